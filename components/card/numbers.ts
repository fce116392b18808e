/**
 * Numbers that differ between outlets, as short flags for the card. Pure.
 * Two sources: the index's declared numbers (report.numbers vs claim.numbers,
 * which say *what* is counted), and figures read from the excerpt vs the page
 * sentence (normalize().numbers), which catches a page quoting another figure.
 */
import type { Claim, NumberFact, Report } from '../../utils/index/schema';
import { normalize } from '../../utils/text/normalize';

function formatFact(n: NumberFact): string {
  if (n.unit === 'percent') return `${n.value} percent`;
  if (n.unit === 'year' || n.unit === 'count') return String(n.value);
  return `${n.value} ${n.unit}`;
}

/** The differing middle of two phrases, common leading/trailing words trimmed (keeping one word of context). */
export function differingPart(a: string, b: string): [string, string] {
  const wa = a.split(/\s+/u);
  const wb = b.split(/\s+/u);
  let head = 0;
  while (head < wa.length && head < wb.length && wa[head] === wb[head]) head++;
  let tail = 0;
  while (tail < wa.length - head && tail < wb.length - head && wa[wa.length - 1 - tail] === wb[wb.length - 1 - tail]) tail++;
  const from = Math.max(0, head - 1);
  return [wa.slice(from, wa.length - tail).join(' '), wb.slice(from, wb.length - tail).join(' ')];
}

export function numberFlags(claim: Claim, report: Report, pageSentence: string): string[] {
  const flags: string[] = [];
  for (const n of report.numbers ?? []) {
    const sameUnit = (claim.numbers ?? []).filter((c) => c.unit === n.unit);
    if (sameUnit.length === 0) continue;
    const same = sameUnit.find((c) => c.value === n.value);
    if (same) {
      if (same.counts !== n.counts) {
        const [claimSide, reportSide] = differingPart(same.counts, n.counts);
        flags.push(`Counts differ: '${reportSide}' here vs '${claimSide}' in the claim`);
      }
    } else {
      flags.push(`Figure differs: ${formatFact(n)} here vs ${sameUnit.map(formatFact).join(' or ')} in the claim`);
    }
  }
  const pageNumbers = normalize(pageSentence).numbers;
  const excerptNumbers = normalize(report.excerpt).numbers;
  for (const p of pageNumbers) {
    const sameKind = excerptNumbers.filter((e) => e.kind === p.kind);
    if (sameKind.length > 0 && !sameKind.some((e) => e.value === p.value)) {
      flags.push(`Figure differs from this page: ${sameKind.map((e) => e.value).join(', ')} here vs ${p.value} on this page`);
    }
  }
  return flags;
}

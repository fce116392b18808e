/**
 * Numbers for the card. Pure.
 * - figureTable: where outlets give a different figure for the claim, or count
 *   a different thing ("global AI patents" vs "global AI patent applications"),
 *   every outlet's version side by side: outlet, figure, what is counted. From
 *   the index's declared numbers: a report without `numbers` gives the claim's.
 * - pageFigureFlags: a figure in the page sentence that differs from the one in
 *   an outlet's excerpt (read with normalize()), e.g. a page quoting 219 for 227.
 */
import { quantityKey, type Claim, type NumberFact, type Report } from '../../utils/index/schema';
import { extractFigures, thingTerms } from '../../utils/text/figures';

export function formatFact(n: NumberFact): string {
  if (n.kind === 'percent') return `${n.value} percent`;
  if (n.kind === 'calendar-year') return String(n.value);
  if (n.kind === 'count' || n.kind === 'ratio') return n.value.toLocaleString('en-US');
  if (n.kind === 'duration') return `${n.value} ${n.per}${n.value === 1 ? '' : 's'}`;
  if (n.currency === 'USD') return `$${n.value.toLocaleString('en-US')}`;
  return `${n.value.toLocaleString('en-US')} ${n.currency}`;
}

export interface FigureRow {
  outletName: string;
  figure: string;
  counts: string;
  /** This outlet's figure or counted thing differs from the claim's. */
  differs: boolean;
}

export interface FigureTable {
  /** "Outlets give different figures" or "Outlets count different things". */
  heading: string;
  rows: FigureRow[];
}

/** Two descriptions of what is counted name different things: neither's content words hold the other's. */
export function countsDiffer(a: string, b: string): boolean {
  if (a === b) return false;
  const x = thingTerms(a);
  const y = thingTerms(b);
  const within = (p: Set<string>, q: Set<string>) => [...p].every((t) => q.has(t));
  return !within(x, y) && !within(y, x);
}

const differsFrom = (n: NumberFact, claimFacts: NumberFact[]) => !claimFacts.some((c) => c.value === n.value && !countsDiffer(c.counts, n.counts));

/** The claim's fact of this unit closest to `n` (same value first). */
function claimFactFor(claim: Claim, unit: string, value?: number): NumberFact | undefined {
  const same = (claim.numbers ?? []).filter((c) => quantityKey(c) === unit);
  return same.find((c) => c.value === value) ?? same[0];
}

export function figureTable(claim: Claim, reports: ReadonlyArray<{ report: Report; outletName: string }>): FigureTable | null {
  // Units on which at least one shown report departs from the claim.
  const units = new Set<string>();
  let valuesDiffer = false;
  for (const { report } of reports) {
    for (const n of report.numbers ?? []) {
      const claimFacts = (claim.numbers ?? []).filter((c) => quantityKey(c) === quantityKey(n));
      if (claimFacts.length === 0 || !differsFrom(n, claimFacts)) continue;
      units.add(quantityKey(n));
      if (!claimFacts.some((c) => c.value === n.value)) valuesDiffer = true;
    }
  }
  if (units.size === 0) return null;
  const rows: FigureRow[] = [];
  for (const unit of units) {
    for (const { report, outletName } of reports) {
      const own = (report.numbers ?? []).filter((n) => quantityKey(n) === unit);
      const facts = own.length > 0 ? own : [claimFactFor(claim, unit)].filter((n): n is NumberFact => !!n);
      for (const n of facts) {
        const claimFacts = (claim.numbers ?? []).filter((c) => quantityKey(c) === unit);
        rows.push({ outletName, figure: formatFact(n), counts: n.counts, differs: own.length > 0 && differsFrom(n, claimFacts) });
      }
    }
  }
  return { heading: valuesDiffer ? 'Outlets give different figures' : 'Outlets count different things', rows };
}

/**
 * Figures of one kind (percent, year, ...) where the page sentence and the
 * excerpt share none: "227 here vs 219 on this page". When they share one, any
 * other figure is a second fact or an omission, not a disagreement.
 */
export function pageFigureFlags(report: Report, pageSentence: string): string[] {
  const flags: string[] = [];
  // extractFigures reads number words ("four thousand five hundred" is 4500) and keeps kinds apart.
  const pageFigures = extractFigures(pageSentence);
  const excerptFigures = extractFigures(report.excerpt);
  for (const kind of new Set(excerptFigures.map((e) => e.kind))) {
    const here = excerptFigures.filter((e) => e.kind === kind);
    const page = pageFigures.filter((p) => p.kind === kind);
    if (page.length > 0 && !here.some((h) => page.some((p) => p.value === h.value))) {
      const texts = (fs: typeof here) => [...new Set(fs.map((f) => f.text))].join(', ');
      flags.push(`Figure differs from this page: ${texts(here)} here vs ${texts(page)} on this page`);
    }
  }
  return flags;
}

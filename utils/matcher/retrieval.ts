/**
 * Candidate retrieval: an inverted index from canonical terms (words and
 * numbers) to the claims whose wording uses them. Built once at build time
 * and shipped, so a page load only parses it; each posting list is decoded
 * the first time a page uses its term.
 *
 * Size trade-off: postings are delta-encoded base-36 strings rather than
 * JSON number arrays (about a third of the bytes at 100,000 claims), at the
 * cost of a decode per distinct term a page actually contains.
 *
 * Pure module.
 */
import type { Claim, Person } from '../index/schema';
import { normalize } from '../text/normalize';

export interface RetrievalIndex {
  claimCount: number;
  /** term → [claim frequency, delta-encoded base-36 claim indices joined by ","]. */
  postings: Record<string, [number, string]>;
}

/** Every text a claim is worded in: its reports' excerpts, then its summary. */
export function claimTexts(claim: Pick<Claim, 'summary' | 'reports'>, withSummary = true): string[] {
  const texts = claim.reports.map((r) => r.excerpt);
  if (withSummary) texts.push(claim.summary);
  return texts;
}

export function buildRetrievalIndex(
  claims: ReadonlyArray<Pick<Claim, 'summary' | 'reports'>>,
  _people: ReadonlyArray<Person> = [],
  opts: { withSummaries?: boolean } = {},
): RetrievalIndex {
  const lists = new Map<string, number[]>();
  claims.forEach((claim, ci) => {
    const seen = new Set<string>();
    for (const text of claimTexts(claim, opts.withSummaries ?? true)) {
      for (const { term } of normalize(text).terms) {
        if (seen.has(term)) continue;
        seen.add(term);
        let list = lists.get(term);
        if (!list) lists.set(term, (list = []));
        list.push(ci);
      }
    }
  });
  const postings: Record<string, [number, string]> = Object.create(null);
  for (const [term, list] of lists) postings[term] = [list.length, encodePostings(list)];
  return { claimCount: claims.length, postings };
}

/** Ascending integers → "first,delta,delta…" in base 36. */
export function encodePostings(sorted: readonly number[]): string {
  let prev = 0;
  let out = '';
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    out += (i ? ',' : '') + (v - prev).toString(36);
    prev = v;
  }
  return out;
}

export function decodePostings(encoded: string): Int32Array {
  const parts = encoded.split(',');
  const out = new Int32Array(parts.length);
  let acc = 0;
  for (let i = 0; i < parts.length; i++) {
    acc += parseInt(parts[i]!, 36);
    out[i] = acc;
  }
  return out;
}

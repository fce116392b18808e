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
import { segmentSentences } from '../text/segment';
import type { HanVariants } from '../text/han';
import { buildSpeakerTable, serializeSpeakerTable, type SpeakerTableData } from './attribution';

export interface RetrievalIndex {
  claimCount: number;
  /** People's alias keys, normalised at build time (see matcher/attribution.ts). */
  speakers?: SpeakerTableData;
  /** Traditional → simplified Chinese characters used by the index's Chinese wordings. */
  han?: HanVariants;
  /**
   * Per claim, its wordings' canonical terms, prebuilt: each report's terms
   * joined by spaces (its sentences joined by "^"), then the summary's, all
   * joined by "|". Lets the matcher
   * score a candidate without normalising its texts on every page load.
   */
  wordings?: string[];
  /** Terms that only name people (names, aliases, roles), prebuilt: they say who, not what. */
  entities?: string[];
  /** term → [claim frequency, delta-encoded base-36 claim indices joined by ","]. */
  postings: Record<string, [number, string]>;
  /** WordNet synonyms, built at index-build time: page term → index terms (see text/synonyms.ts). */
  synonyms?: Record<string, string[]>;
}

/** Every text a claim is worded in: its reports' excerpts, then its summary. */
function claimTexts(claim: Pick<Claim, 'summary' | 'reports'>, withSummary = true): string[] {
  const texts = claim.reports.map((r) => r.excerpt);
  if (withSummary) texts.push(claim.summary);
  return texts;
}

export function buildRetrievalIndex(
  claims: ReadonlyArray<Pick<Claim, 'summary' | 'reports'>>,
  people: ReadonlyArray<Person> = [],
  opts: { withSummaries?: boolean; han?: HanVariants; outletNames?: readonly string[] } = {},
): RetrievalIndex {
  const lists = new Map<string, number[]>();
  const wordings: string[] = [];
  claims.forEach((claim, ci) => {
    const seen = new Set<string>();
    const keys: string[] = [];
    // Each text split into its sentences ("^"): a page sentence that states
    // the fact of one sentence of a two-sentence excerpt is compared with that sentence.
    for (const text of claimTexts(claim, true)) {
      const sentences = segmentSentences(text).map(({ start, end }) => normalize(text, start, end, { han: opts.han }).terms.map((t) => t.term).join(' '));
      keys.push(sentences.filter(Boolean).join('^'));
    }
    wordings.push(keys.join('|'));
    for (const text of claimTexts(claim, opts.withSummaries ?? true)) {
      for (const { term } of normalize(text, 0, text.length, { han: opts.han }).terms) {
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
  const entities = new Set<string>();
  // Names of people and of outlets ("the auto-blog copy of CoinCentral says"): they say who, not what.
  const names = [...people.flatMap((p) => [p.name, p.role, ...p.aliases]), ...(opts.outletNames ?? [])];
  for (const x of names) for (const t of normalize(x, 0, x.length, { han: opts.han }).terms) entities.add(t.term);
  const out: RetrievalIndex = { claimCount: claims.length, wordings, entities: [...entities], speakers: serializeSpeakerTable(buildSpeakerTable(people, opts.han)), postings };
  if (opts.han && Object.keys(opts.han).length > 0) out.han = opts.han;
  return out;
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
  // Hand-rolled: split() + parseInt() allocate a string per entry, and a page
  // decodes hundreds of lists on a large index.
  let count = 1;
  for (let i = 0; i < encoded.length; i++) if (encoded.charCodeAt(i) === 44) count++;
  const out = new Int32Array(count);
  let acc = 0;
  let value = 0;
  let k = 0;
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (c === 44) {
      acc += value;
      out[k++] = acc;
      value = 0;
    } else {
      value = value * 36 + (c <= 57 ? c - 48 : c - 87); // '0'-'9', 'a'-'z'
    }
  }
  out[k] = acc + value;
  return out;
}

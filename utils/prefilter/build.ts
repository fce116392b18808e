/**
 * Build-time: the prefilter (./filter.ts) from the shipped retrieval index.
 * Every key the first stage can compute (./keys.ts) that normalize() may read
 * as something other than "a word no claim uses" gets an entry: the index's
 * terms (and the traditional-character spellings of its Chinese bigrams), the
 * words of normalize()'s tables (spelling variants, irregular verbs, derived
 * nouns) under their own stems. The stopwords ship as a list beside the table. Entries merge bounds: the
 * lowest weight and the highest shared weight of every reading of the key.
 *
 * Pure module (no file access): scripts/build-index.ts passes the stopwords.
 */
import type { RetrievalIndex } from '../matcher/retrieval';
import { decodePostings } from '../matcher/retrieval';
import { canonicalWord } from '../text/normalize';
import { WORD_TABLES } from '../text/synonyms';
import { encodeFilter, keyHash, MAX_WEIGHT, WEIGHT_UNIT, type FilterEntry } from './filter';
import { foldWord, wordKey } from './keys';

/** The matcher's proposing bound (utils/matcher/match.ts, ClaimMatcher constructor). */
export function maxProposingDf(claimCount: number): number {
  return Math.min(256, Math.max(64, Math.ceil(claimCount * 0.01)));
}

export interface PrefilterBuild {
  bytes: Uint8Array;
  entries: number;
  proposing: number;
}

export function buildPrefilter(retrieval: RetrievalIndex, stopwords: readonly string[], bucketBytes = 4, withStopwordList = true): PrefilterBuild {
  const n = retrieval.claimCount;
  const maxDf = maxProposingDf(n);
  const buckets = bucketBytes * 8;
  const unknown = Math.log(1 + n);
  const entries = new Map<number, FilterEntry>();
  const masks = new Map<string, Uint8Array>();

  const weightOf = (term: string): number => {
    if (!term) return 0;
    const e = retrieval.postings[term];
    return e ? Math.log(1 + n / e[0]) : unknown;
  };
  const maskOf = (term: string): Uint8Array | undefined => {
    const e = retrieval.postings[term];
    if (!e || e[0] > maxDf) return undefined;
    let m = masks.get(term);
    if (!m) {
      m = new Uint8Array(bucketBytes);
      for (const ci of decodePostings(e[1])) m[(ci % buckets) >> 3]! |= 1 << (ci % 8);
      masks.set(term, m);
    }
    return m;
  };
  /** Merge the reading "key means term" into the key's entry. */
  const read = (key: string, term: string) => {
    if (!key) return;
    const hash = keyHash(key);
    let entry = entries.get(hash);
    if (!entry) {
      // Every entry also carries the plain reading: a word outside the tables whose stem is the key.
      entry = { hash, weightLo: Math.min(MAX_WEIGHT, Math.floor(weightOf(key) * WEIGHT_UNIT)), sharedHi: 0, mask: new Uint8Array(bucketBytes) };
      entries.set(hash, entry);
      if (key !== term) read(key, key);
    }
    entry.weightLo = Math.min(entry.weightLo, Math.floor(weightOf(term) * WEIGHT_UNIT));
    const mask = maskOf(term);
    if (mask) {
      entry.sharedHi = Math.max(entry.sharedHi, Math.min(MAX_WEIGHT, Math.ceil(weightOf(term) * WEIGHT_UNIT)));
      for (let k = 0; k < bucketBytes; k++) entry.mask[k]! |= mask[k]!;
    }
  };

  // The index's own terms (a term is its own key: stems are fixed points of the key).
  const inverseHan = new Map<string, string[]>();
  for (const [trad, simp] of Object.entries(retrieval.han ?? {})) {
    const list = inverseHan.get(simp) ?? [];
    list.push(trad);
    inverseHan.set(simp, list);
  }
  for (const term of Object.keys(retrieval.postings)) {
    read(term, term);
    if (/\p{Script=Han}/u.test(term)) {
      let spellings = [''];
      for (const ch of term) spellings = spellings.flatMap((s) => [ch, ...(inverseHan.get(ch) ?? [])].map((c) => s + c)).slice(0, 64);
      for (const s of spellings) if (s !== term) read(s, term);
    }
  }
  // Words normalize() reads through its tables (stopwords the first stage drops itself,
  // with the list the filter ships with; without the list, they get entries here).
  const surfaces = new Set<string>([...(withStopwordList ? [] : stopwords), ...WORD_TABLES.canonical.keys(), ...WORD_TABLES.irregularVerbs.keys()]);
  for (const w of WORD_TABLES.derivations.keys()) {
    surfaces.add(w);
    surfaces.add(`${w}s`);
  }
  for (const raw of surfaces) {
    const word = foldWord(raw);
    read(wordKey(word), canonicalWord(word));
  }
  // An entry that says what a missing key says (a word no claim uses) is left out.
  const unknownLo = Math.min(MAX_WEIGHT, Math.floor(unknown * WEIGHT_UNIT));
  const list = [...entries.values()].filter((e) => e.sharedHi > 0 || e.weightLo < unknownLo);
  return { bytes: encodeFilter(n, bucketBytes, list), entries: list.length, proposing: list.filter((e) => e.sharedHi > 0).length };
}

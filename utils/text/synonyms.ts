/**
 * Word tables for matching, and the runtime side of the WordNet synonym map.
 *
 * - `WORD_TABLES`: the hand-written tables in data/synonyms.json (canonical
 *   spellings and news synonyms, irregular verb forms, bound prefixes) and the
 *   WordNet derivations generated into data/derivations.json, validated with
 *   zod when this module loads. normalize.ts folds words with
 *   them, on page text and index wordings alike, at full (exact) weight.
 * - `SynonymMap` / `synonymTargets`: the map built at index-build time from
 *   WordNet (scripts/lib/synonym-map.ts) and shipped in the index as
 *   `retrieval.synonyms`: a page term → the index terms it may stand for.
 *   A synonym hit is weaker evidence than the index's own word; see
 *   `synonymTargets` for how the matcher is meant to use it.
 *
 * Pure module.
 */
import { z } from 'zod';
import tablesJson from '../../data/synonyms.json';
import derivationsJson from '../../data/derivations.json';

const lowerWord = z.string().regex(/^[a-z][a-z.'-]*$/u, 'must be a lower-case word');

export const WordTablesSchema = z.strictObject({
  comment: z.string().min(1),
  canonical: z.array(
    z.strictObject({
      about: z.string().min(1),
      words: z.record(lowerWord, lowerWord),
    }),
  ),
  irregularVerbs: z.record(lowerWord, lowerWord),
  prefixes: z.array(lowerWord),
});

export const DerivationsSchema = z.strictObject({
  comment: z.string().min(1),
  derivations: z.record(lowerWord, lowerWord),
});

export interface WordTables {
  /** word → canonical word, before stemming. */
  canonical: ReadonlyMap<string, string>;
  /** irregular past form → base form ("led" → "lead"). */
  irregularVerbs: ReadonlyMap<string, string>;
  /** Bound prefixes: "pre-eminence" keeps only "preeminence", not "pre". */
  prefixes: ReadonlySet<string>;
  /** noun → verb where Porter leaves them apart ("tracker" → "track"), from data/derivations.json. */
  derivations: ReadonlyMap<string, string>;
}

/** Validate and flatten the tables (throws with the zod path on bad data). */
export function parseWordTables(raw: unknown, rawDerivations: unknown = { comment: '-', derivations: {} }): WordTables {
  const parsed = WordTablesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`data/synonyms.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const derived = DerivationsSchema.safeParse(rawDerivations);
  if (!derived.success) {
    const issue = derived.error.issues[0]!;
    throw new Error(`data/derivations.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const canonical = new Map<string, string>();
  for (const group of parsed.data.canonical) {
    for (const [from, to] of Object.entries(group.words)) {
      if (canonical.has(from) && canonical.get(from) !== to) {
        throw new Error(`data/synonyms.json: canonical "${from}" maps to both "${canonical.get(from)}" and "${to}"`);
      }
      canonical.set(from, to);
    }
  }
  return {
    canonical,
    irregularVerbs: new Map(Object.entries(parsed.data.irregularVerbs)),
    prefixes: new Set(parsed.data.prefixes),
    derivations: new Map(Object.entries(derived.data.derivations)),
  };
}

export const WORD_TABLES: WordTables = parseWordTables(tablesJson, derivationsJson);

/**
 * The shipped synonym map: page term → the index terms it may stand for
 * (canonical terms, as normalize() produces them). Built only for the index's
 * own vocabulary, so every target is a term some claim's wording uses.
 */
export type SynonymMap = Readonly<Record<string, readonly string[]>>;

export const SynonymMapSchema = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));

const NONE: readonly string[] = Object.freeze([]);

/**
 * The index terms that page term `term` may stand for through a WordNet
 * synonym ([] when none). Intended use in the matcher: only for sentences
 * that already have candidates from exact terms (a synonym never proposes a
 * candidate on its own); when scoring a candidate, an index term the sentence
 * lacks but reaches through a synonym counts with a reduced weight (for
 * example half its IDF), once per index term, and never when the sentence
 * already has that term exactly.
 */
export function synonymTargets(term: string, map: SynonymMap | undefined): readonly string[] {
  if (!map || !Object.prototype.hasOwnProperty.call(map, term)) return NONE;
  return map[term] ?? NONE;
}

/**
 * The WordNet synonym map, built at index-build time for the index's own
 * vocabulary (build only: WordNet never reaches the extension bundle; the
 * result ships in the index as `retrieval.synonyms`, read by
 * utils/text/synonyms.ts).
 *
 * For every content word of the index's English wordings (claim summaries and
 * report excerpts), its WordNet lemma(s) as a verb, adjective or adverb (not
 * nouns: noun synsets are mostly kinds of things, not paraphrases), and the
 * other single-word lemmas of its synsets. A pair is kept only when the
 * shared synset is among the first senses of BOTH words (sense ranks adding up
 * to at most MAX_RANK_SUM, each at most MAX_RANK): "circumvent" (3rd sense)
 * and "evade" (1st) pair, rarer senses do not.
 * Adjectives also reach the synsets they are "similar to" (a satellite its
 * head and back: "adept" ~ "skilled"), there only to words SemCor has seen.
 * Index words that SemCor tags mostly as nouns are skipped. Lemmas that are stopwords, multiword, shorter than 3 letters or very common
 * (SemCor tag count above MAX_TAG_COUNT) are dropped, on both sides.
 *
 * The output maps a page term (canonical, as normalize() gives it) to the
 * index terms it may stand for; keys equal to their only target are left out.
 */
import type { Article, Claim } from '../../utils/index/schema';
import { reportLanguage } from '../../utils/index/schema';
import { canonicalWord, wordsOf } from '../../utils/text/normalize';
import { WORD_TABLES } from '../../utils/text/synonyms';
import { WordNet, type Pos } from './wordnet';

export const MAX_RANK = 3;
export const MAX_RANK_SUM = 4;
export const MAX_TAG_COUNT = 100;
const POSES: Pos[] = ['v', 'a', 'r'];

/** WordNet's morphy detachment rules for verbs and adjectives (wndb(7)). */
const MORPHY: Record<Pos, [string, string][]> = {
  n: [],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

/** Base forms of `word` that WordNet has as part of speech `pos`. */
export function lemmasOf(wn: WordNet, word: string, pos: Pos): string[] {
  const out = new Set<string>();
  const irregular = WORD_TABLES.irregularVerbs.get(word);
  if (pos === 'v' && irregular && wn.has(irregular, 'v')) out.add(irregular);
  if (wn.has(word, pos)) out.add(word);
  for (const [suffix, repl] of MORPHY[pos]) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + repl;
      if (wn.has(base, pos)) out.add(base);
    }
  }
  // Doubled final consonant: "stopped" → "stop", "bigger" → "big".
  const doubled = /^(.*([b-df-hj-np-tv-z]))\2(?:ed|ing|er|est)$/u.exec(word);
  if (doubled && wn.has(doubled[1]!, pos)) out.add(doubled[1]!);
  return [...out];
}

/**
 * A word that SemCor tags mostly as a noun ("firm", "stake") is read as the
 * noun in the index's wordings: its verb or adjective synonyms ("tauten") would
 * stand for the wrong word.
 */
function mostlyNoun(wn: WordNet, lemma: string, pos: Pos): boolean {
  return wn.tagCount(lemma, 'n') > 3 * wn.tagCount(lemma, pos);
}

export interface SynonymMapStats {
  indexWords: number;
  entries: number;
  pairs: number;
  bytes: number;
}

export interface SynonymMapOptions {
  maxRank?: number;
  maxRankSum?: number;
  maxTagCount?: number;
  /** The index terms targets must be (the retrieval postings' keys); default: the texts' own terms. */
  vocabulary?: ReadonlySet<string>;
}

/** The English wordings of the index: summaries and the excerpts of English reports. */
export function englishWordings(
  claims: ReadonlyArray<Pick<Claim, 'summary' | 'reports'>>,
  articles: ReadonlyArray<Pick<Article, 'id' | 'language'>>,
): string[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const texts: string[] = [];
  for (const c of claims) {
    texts.push(c.summary);
    for (const r of c.reports) {
      if (reportLanguage(r, byId.get(r.article)) === 'en') texts.push(r.excerpt);
    }
  }
  return texts;
}

export function buildSynonymMap(
  texts: readonly string[],
  wn: WordNet = new WordNet(),
  opts: SynonymMapOptions = {},
): { map: Record<string, string[]>; stats: SynonymMapStats } {
  const maxRank = opts.maxRank ?? MAX_RANK;
  const maxRankSum = opts.maxRankSum ?? MAX_RANK_SUM;
  const maxTag = opts.maxTagCount ?? MAX_TAG_COUNT;
  // Index vocabulary: folded word → its canonical term.
  const words = new Map<string, string>();
  for (const text of texts) {
    for (const { word, term } of wordsOf(text)) if (term && !words.has(word)) words.set(word, term);
  }
  const vocabulary = opts.vocabulary ?? new Set(words.values());
  const out = new Map<string, Set<string>>();
  const usable = (lemma: string) => /^[a-z]{3,}$/u.test(lemma) && wn.tagCount(lemma) <= maxTag;

  for (const [word, term] of words) {
    const mapped = WORD_TABLES.canonical.get(word);
    const forms = mapped && mapped !== word ? [word, mapped] : [word];
    for (const pos of POSES) {
      for (const form of forms) {
        for (const lemma of lemmasOf(wn, form, pos)) {
          if (!usable(lemma) || mostlyNoun(wn, lemma, pos)) continue;
          wn.senses(lemma, pos)
            .slice(0, maxRank)
            .forEach((id, i) => {
              const synset = wn.synset(id);
              if (!synset) return;
              // Adjectives: a satellite reaches its head and a head its satellites ("similar to").
              const reached = [synset];
              for (const p of synset.pointers) {
                const similar = p.symbol === '&' ? wn.synset(p.target) : undefined;
                if (similar) reached.push(similar);
              }
              reached.forEach((s, via) => {
                for (const other of s.words) {
                  if (other === lemma || !usable(other)) continue;
                  // Through "similar to", only words seen at least once in SemCor: a head
                  // adjective has dozens of satellites, most of them rare ("erogenous").
                  if (via > 0 && wn.tagCount(other) < 1) continue;
                  const j = wn.senses(other, pos).indexOf(s.id);
                  if (j < 0 || j >= maxRank || i + 1 + j + 1 > maxRankSum) continue;
                  const key = canonicalWord(other);
                  if (!key || key === term) continue;
                  let set = out.get(key);
                  if (!set) out.set(key, (set = new Set()));
                  set.add(term);
                }
              });
            });
        }
      }
    }
  }
  const map: Record<string, string[]> = {};
  let pairs = 0;
  for (const key of [...out.keys()].sort()) {
    const targets = [...out.get(key)!].filter((t) => vocabulary.has(t)).sort();
    if (targets.length === 0) continue;
    map[key] = targets;
    pairs += targets.length;
  }
  return {
    map,
    stats: { indexWords: words.size, entries: Object.keys(map).length, pairs, bytes: JSON.stringify(map).length },
  };
}

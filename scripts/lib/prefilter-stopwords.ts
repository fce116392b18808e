/**
 * normalize()'s stopword list: the prefilter must know every word normalize()
 * drops, and importing the one list keeps the two from drifting apart.
 */
import { STOPWORDS, canonicalWord } from '../../utils/text/normalize';

export function normalizeStopwords(): string[] {
  const words = [...STOPWORDS];
  if (words.length < 100) throw new Error(`utils/text/normalize.ts: only ${words.length} stopwords`);
  // A word normalize() keeps is no stopword to the prefilter either (the table maps it first).
  return words.filter((w) => canonicalWord(w) === '' || /['’]/u.test(w));
}

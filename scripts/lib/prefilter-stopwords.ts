/**
 * normalize()'s stopword list, read from its source (utils/text/normalize.ts keeps
 * it private): the prefilter must know every word normalize() drops, and reading
 * the one list keeps the two from drifting apart. Fails loudly if the list moves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalWord } from '../../utils/text/normalize';
import { ROOT } from './load-index';

export function normalizeStopwords(): string[] {
  const source = readFileSync(join(ROOT, 'utils/text/normalize.ts'), 'utf8');
  const m = /const STOPWORDS = new Set\(\s*`([^`]*)`/u.exec(source);
  if (!m) throw new Error('utils/text/normalize.ts: STOPWORDS list not found; update scripts/lib/prefilter-stopwords.ts');
  const words = m[1]!.split(/\s+/u).filter(Boolean);
  const kept = words.filter((w) => canonicalWord(w) !== '' && !/['’]/u.test(w));
  if (words.length < 100) throw new Error(`utils/text/normalize.ts: only ${words.length} stopwords read`);
  // A word normalize() keeps is no stopword to the prefilter either (the table maps it first).
  return words.filter((w) => !kept.includes(w));
}

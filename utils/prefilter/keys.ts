/**
 * The first stage's tokenizer: page text → lookup keys for the prefilter
 * (./filter.ts). It is normalize() (utils/text/normalize.ts) without its word
 * tables: the same token pattern, folding, number reading, two-word names and
 * Chinese bigrams, and for words the Porter stem of the folded word. What the
 * tables would change (spelling variants, irregular verbs, derived nouns,
 * stopwords) is resolved at build time instead (./build.ts): every table word
 * and stopword gets its own filter entry under its key, so the filter answers
 * for the word as normalize() would read it.
 *
 * Pure module, small on purpose: it ships in the script every page loads.
 */
import { stemmer } from 'stemmer';
import { CURRENCY_WORDS, NUMBER_WORDS, PAIRS, SCALES, TOKEN_PATTERN } from '../text/token-tables';

/** normalize()'s token pattern and tables, shared (utils/text/token-tables.ts). */
const TOKEN_RE = new RegExp(TOKEN_PATTERN, 'gu');
const HYPHEN = /[‐‑-]/u;
export { PAIRS };

export function foldWord(raw: string): string {
  const w = /[^\x00-\x7f]/u.test(raw) ? raw.normalize('NFKD').replace(/\p{M}/gu, '') : raw;
  return w.toLowerCase().replace(/['’]s$/u, '').replace(/['’]/gu, '');
}

/** The key of a folded word: its Porter stem ('' for what normalize() never makes a term of). */
export function wordKey(word: string): string {
  if (word.length < 2) return '';
  return /\d/u.test(word) ? word : stemmer(word);
}

function parseNumeral(tok: string): number | undefined {
  const digits = tok.replace(/^[$€£¥]/u, '').replace(/%$/u, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(digits)) return Number(digits.replace(/,/gu, ''));
  if (/^\d+(?:\.\d+)?$/u.test(digits)) return Number(digits);
  return undefined;
}

export function numberKey(v: number): string {
  return `#${Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000)}`;
}

/** normalize()'s readNumber, keeping only what the key needs (value and extent). */
function readNumber(tokens: string[], i: number): { value: number; last: number } | undefined {
  const raw = tokens[i]!;
  const lower = raw.toLowerCase();
  let value = NUMBER_WORDS[lower] ?? parseNumeral(raw);
  if (value === undefined) return undefined;
  let last = i;
  const peek = (k: number) => (tokens[k] ? tokens[k]!.toLowerCase() : '');
  const scale = SCALES[peek(last + 1)];
  if (scale) {
    value *= scale;
    last++;
  }
  const after = peek(last + 1);
  let count = !/^[$€£¥]/u.test(raw) && !raw.endsWith('%');
  if (after === 'percent' || after === 'pct') {
    count = false;
    last++;
  } else if (after === 'per' && peek(last + 2) === 'cent') {
    count = false;
    last += 2;
  } else if (CURRENCY_WORDS.has(after)) {
    count = false;
    last++;
  }
  // A lone small number word ("one of the") is no figure.
  if (NUMBER_WORDS[lower] !== undefined && !scale && count && value <= 1) return undefined;
  return { value, last };
}

export interface SegmentKeys {
  /** Keys of the terms normalize() makes (words, numbers, Chinese bigrams), in order, repeats kept. */
  terms: string[];
  /** Joined forms of hyphenated words: normalize() uses either them or the parts. */
  alternatives: string[];
}

/** Keys of `text.slice(from, to)`. */
export function segmentKeys(text: string, from = 0, to = text.length, stopwords?: ReadonlySet<string>): SegmentKeys {
  const key = (word: string) => (stopwords?.has(word) ? '' : wordKey(word));
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const tokens: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) tokens.push(m[0]);
  const terms: string[] = [];
  const alternatives: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const first = raw.charCodeAt(0);
    if (first >= 0x2e80 && /^\p{Script=Han}/u.test(raw)) {
      const chars = [...raw];
      if (chars.length === 1) terms.push(chars[0]!);
      for (let k = 0; k + 1 < chars.length; k++) terms.push(chars[k]! + chars[k + 1]!);
      continue;
    }
    const isDigit = (first >= 48 && first <= 57) || /^[$€£¥]/u.test(raw);
    if (isDigit || NUMBER_WORDS[raw.toLowerCase()] !== undefined) {
      const parsed = readNumber(tokens, i);
      if (parsed) {
        terms.push(numberKey(parsed.value));
        i = parsed.last;
        continue;
      }
    }
    const word = foldWord(raw);
    const next = tokens[i + 1] ? foldWord(tokens[i + 1]!) : '';
    const pair = next ? PAIRS.get(`${word} ${next}`) : undefined;
    if (pair) {
      terms.push(pair);
      i++;
      continue;
    }
    if (HYPHEN.test(word)) {
      const parts = word.split(/[‐‑-]/u);
      const pairOfParts = parts.length === 2 ? PAIRS.get(`${parts[0]} ${parts[1]}`) : undefined;
      if (pairOfParts) {
        terms.push(pairOfParts);
        continue;
      }
      const joined = key(word.replace(/[‐‑-]/gu, ''));
      if (joined) alternatives.push(joined);
      const whole = key(word);
      if (whole) alternatives.push(whole);
      for (let k = 0; k < parts.length; k++) {
        const p = parts[k + 1] !== undefined ? PAIRS.get(`${parts[k]} ${parts[k + 1]}`) : undefined;
        if (p) {
          terms.push(p);
          k++;
          continue;
        }
        const part = key(parts[k]!);
        if (part) terms.push(part);
      }
      continue;
    }
    const term = key(word);
    if (term) terms.push(term);
  }
  return { terms, alternatives };
}

/**
 * Normalisation for matching: text → canonical terms and numbers, each with
 * its offsets in the original text (the map back for highlighting).
 *
 * What it folds together, and why each is safe for news prose:
 * - case, diacritics (NFKD), curly/straight quotes and apostrophes, dashes;
 * - British/American spelling ("defence", "per cent") and a small table of
 *   news synonyms that outlets swap freely ("firms" / "companies"), both in
 *   data/synonyms.json (see ./synonyms.ts);
 * - inflection, through the Porter stemmer, plus irregular verb forms ("led" =
 *   "lead", data/synonyms.json) and derivations Porter leaves apart;
 * - hyphenated compounds give their parts ("location-tracking" = "location
 *   tracking"); after a bound prefix, the joined form ("pre-eminence" =
 *   "preeminence"). Not both: the joined form next to the parts counted the
 *   compound twice and cost precision and recall in `npm run eval`;
 * - number forms: 61 percent = 61% = 61 per cent, 1.3 billion, $150 billion,
 *   4,500, number words ("five of the top ten").
 * Reporting verbs and function words are dropped: attribution is checked
 * separately (see matcher/attribution.ts), not by word overlap.
 *
 * Pure module.
 */
import { stemmer } from 'stemmer';
import { WORD_TABLES } from './synonyms';
import { foldText } from './fold';
import { NAME_TITLES } from './titles';
import { CURRENCY_WORDS, NUMBER_WORDS, PAIRS, SCALES, TOKEN_PATTERN } from './token-tables';
import { hanBigrams, type HanVariants } from './han';

const HAN_START = /^\p{Script=Han}/u;

export interface Term {
  /** Canonical form ("#61" for the number 61). */
  term: string;
  start: number;
  end: number;
}

export interface NumberMention {
  value: number;
  kind: NumberKind;
  start: number;
  end: number;
}

/** Numbers of different kinds never contradict each other (a year is not a count). */
export type NumberKind = 'year' | 'percent' | 'money' | 'count';

export interface Normalized {
  terms: Term[];
  numbers: NumberMention[];
}

/** Words normalize() drops (exported for the first-stage filter, which must drop the same). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...`a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can cannot could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just let me more most my
  myself no nor not of off on once only or other ought our ours ourselves out over own same she should so some
  such than that the their theirs them themselves then there these they this those through to too under until
  up very was we were what when where which while who whom why will with would you your yours yourself
  yourselves said says say saying told tell tells added adding noted notes stated states claimed claims
  according reported reports reportedly argued argues suggested suggests explained stressed emphasized
  emphasised highlighted pointed recently meanwhile however also even still already around may might must
  shall one's per cent percent nearly roughly almost approximately than less
  fewer`.split(/\s+/u),
  // Titles before names ("Sen. Budd") are not content words.
  ...NAME_TITLES,
]);

const { canonical: CANONICAL, irregularVerbs: IRREGULAR, prefixes: PREFIXES, derivations: DERIVED } = WORD_TABLES;

/** "trackers" → "track", "decisions" → "decide": a derived noun (or its plural) → its verb. */
function derivedBase(word: string): string | undefined {
  const base = DERIVED.get(word) ?? (word.length > 4 && word.endsWith('s') ? DERIVED.get(word.slice(0, -1)) : undefined);
  return base === undefined ? undefined : (CANONICAL.get(base) ?? base);
}

/** Words, numbers and dotted abbreviations (./token-tables.ts); hyphens and apostrophes stay inside a word for the word rule. */
const TOKEN_RE = new RegExp(TOKEN_PATTERN, 'gu');

export interface NormalizeOptions {
  /** Traditional → simplified characters for Chinese text (see ./han.ts). */
  han?: HanVariants;
}

const stemCache = new Map<string, string>();
const foldCache = new Map<string, string>();

/** The one fold (./fold.ts), then the possessive and apostrophes dropped ("China's" = "china"). */
function foldWord(raw: string): string {
  const cached = foldCache.get(raw);
  if (cached !== undefined) return cached;
  const w = foldText(raw).replace(/'s$/u, '').replace(/'/gu, '');
  if (foldCache.size < 100_000) foldCache.set(raw, w);
  return w;
}

/** Canonical term for a lower-cased, folded word, or '' for a stopword. */
export function canonicalWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let out: string;
  const mapped = CANONICAL.get(word) ?? IRREGULAR.get(word) ?? derivedBase(word) ?? word;
  if (!mapped || STOPWORDS.has(mapped) || mapped.length < 2) out = '';
  else out = /\d/u.test(mapped) ? mapped : stemmer(mapped);
  if (stemCache.size < 50_000) stemCache.set(word, out);
  return out;
}

/** Parse "4,500", "1.3", "61%", "$150" → number (English separators). */
function parseNumeral(tok: string): number | undefined {
  const digits = tok.replace(/^[$€£¥]/u, '').replace(/%$/u, '');
  // "4,500" and "1,234,567" are thousands; "1.3" is a decimal.
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(digits)) return Number(digits.replace(/,/gu, ''));
  if (/^\d+(?:\.\d+)?$/u.test(digits)) return Number(digits);
  return undefined;
}

/**
 * Tokenise and normalise `text` (or `text.slice(from, to)`, keeping offsets
 * into the whole text). Linear in the input.
 */
export function normalize(text: string, from = 0, to = text.length, options: NormalizeOptions = {}): Normalized {
  const terms: Term[] = [];
  const numbers: NumberMention[] = [];
  const slice = text.slice(from, to);
  const tokens: { raw: string; start: number; end: number }[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    tokens.push({ raw: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const first = tok.raw.charCodeAt(0);
    if (first >= 0x2e80 && HAN_START.test(tok.raw)) {
      // Chinese: character bigrams (./han.ts).
      for (const t of hanBigrams(tok.raw, tok.start, options.han)) terms.push(t);
      continue;
    }
    const isDigit = (first >= 48 && first <= 57) || /^[$€£¥]/u.test(tok.raw);
    if (isDigit || NUMBER_WORDS[tok.raw.toLowerCase()] !== undefined) {
      const parsed = readNumber(tokens, i);
      if (parsed) {
        numbers.push({ value: parsed.value, kind: parsed.kind, start: tok.start, end: tokens[parsed.last]!.end });
        const end = tokens[parsed.last]!.end;
        terms.push({ term: `#${formatValue(parsed.value)}`, start: tok.start, end });
        // "18.01 percent" also says "18 percent" to a reader: a decimal of ten
        // or more also gives its whole number, so retrieval and overlap meet
        // an index that rounds (the figures layer decides whether they agree).
        const whole = Math.round(parsed.value);
        if (!Number.isInteger(parsed.value) && Math.abs(parsed.value) >= 10 && Math.abs(parsed.value) < 1e6) {
          terms.push({ term: `#${whole}`, start: tok.start, end });
        }
        i = parsed.last;
        continue;
      }
    }
    const word = foldWord(tok.raw);
    // Multi-word forms that name one thing.
    const next = tokens[i + 1] ? foldWord(tokens[i + 1]!.raw) : '';
    const pair = next ? PAIRS.get(`${word} ${next}`) : undefined;
    if (pair) {
      terms.push({ term: pair, start: tok.start, end: tokens[i + 1]!.end });
      i++;
      continue;
    }
    if (/[‐‑-]/u.test(word)) {
      pushCompound(terms, word, tok.raw, tok.start);
      continue;
    }
    const term = canonicalWord(word);
    if (term) terms.push({ term, start: tok.start, end: tok.end });
  }
  return { terms, numbers };
}

/**
 * A hyphenated word: each part with its own offsets ("location-tracking" →
 * "locat", "track"), two-word names folded ("artificial-intelligence" → "ai").
 * After a bound prefix ("pre-", "co-", "non-", data/synonyms.json) or for a
 * compound in the hand table ("short-sighted"), only the joined form over the
 * whole token ("pre-eminence" → "preeminence"): the parts are no words of
 * their own there.
 */
function pushCompound(terms: Term[], word: string, raw: string, start: number): void {
  const joinedWord = word.replace(/[‐‑-]/gu, '');
  const partsRaw: { raw: string; start: number }[] = [];
  const re = /[^‐‑-]+/gu;
  for (let m = re.exec(raw); m; m = re.exec(raw)) partsRaw.push({ raw: m[0], start: start + m.index });
  const parts = partsRaw.map((p) => ({ word: foldWord(p.raw), start: p.start, end: p.start + p.raw.length }));
  const pairOfParts = parts.length === 2 ? PAIRS.get(`${parts[0]!.word} ${parts[1]!.word}`) : undefined;
  if (pairOfParts) {
    terms.push({ term: pairOfParts, start, end: start + raw.length });
    return;
  }
  const whole = CANONICAL.get(word) ?? '';
  const joined = whole ? canonicalWord(word) : canonicalWord(joinedWord);
  const first = terms.length;
  if (whole || PREFIXES.has(parts[0]?.word ?? '')) {
    if (joined) terms.push({ term: joined, start, end: start + raw.length });
    return;
  }
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const pair = parts[k + 1] ? PAIRS.get(`${part.word} ${parts[k + 1]!.word}`) : undefined;
    if (pair) {
      pushUnique(terms, first, { term: pair, start: part.start, end: parts[k + 1]!.end });
      k++;
      continue;
    }
    const term = canonicalWord(part.word);
    if (term) pushUnique(terms, first, { term, start: part.start, end: part.end });
  }
}

/** Push unless terms[from..] already has this term (a compound counts a word once). */
function pushUnique(terms: Term[], from: number, t: Term): void {
  for (let k = from; k < terms.length; k++) if (terms[k]!.term === t.term) return;
  terms.push(t);
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
}

/** Read a number starting at token i: numeral or number word, then scale, percent and currency words. */
function readNumber(
  tokens: { raw: string; start: number; end: number }[],
  i: number,
): { value: number; kind: NumberKind; last: number } | undefined {
  const tok = tokens[i]!;
  const lower = tok.raw.toLowerCase();
  let value = NUMBER_WORDS[lower] ?? parseNumeral(tok.raw);
  if (value === undefined) return undefined;
  let kind: NumberKind = 'count';
  let last = i;
  if (/^[$€£¥]/u.test(tok.raw)) kind = 'money';
  if (tok.raw.endsWith('%')) kind = 'percent';
  const peek = (k: number) => (tokens[k] ? tokens[k]!.raw.toLowerCase() : '');
  const scale = SCALES[peek(last + 1)];
  if (scale) {
    value *= scale;
    last++;
  }
  const after = peek(last + 1);
  if (after === 'percent' || after === 'pct') {
    kind = 'percent';
    last++;
  } else if (after === 'per' && peek(last + 2) === 'cent') {
    kind = 'percent';
    last += 2;
  } else if (CURRENCY_WORDS.has(after)) {
    kind = 'money';
    last++;
  }
  if (kind === 'count' && Number.isInteger(value) && value >= 1900 && value <= 2100 && !scale && !tok.raw.includes(',')) {
    kind = 'year';
  }
  // A lone small number word ("one of the") is rarely a figure worth checking.
  if (NUMBER_WORDS[lower] !== undefined && !scale && kind === 'count' && value <= 1) return undefined;
  return { value, kind, last };
}

/**
 * The words of a text with their canonical terms (hyphenated compounds give
 * their parts too; numbers and stopwords are left out). For build-time tables
 * such as the synonym map, which need the word behind each term.
 */
export function wordsOf(text: string): { word: string; term: string }[] {
  const out: { word: string; term: string }[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    if (/^[$€£¥\d]/u.test(m[0])) continue;
    const word = foldWord(m[0]);
    for (const part of /[‐‑-]/u.test(word) ? [word.replace(/[‐‑-]/gu, ''), ...word.split(/[‐‑-]/u)] : [word]) {
      const term = canonicalWord(part);
      if (term && !/\d/u.test(term)) out.push({ word: part, term });
    }
  }
  return out;
}

/** The set of distinct terms of a text (order of first appearance). */
export function termSet(text: string): string[] {
  return [...new Set(normalize(text).terms.map((t) => t.term))];
}

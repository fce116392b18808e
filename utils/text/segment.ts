/**
 * Sentence segmentation with offsets into the original text.
 *
 * `Intl.Segmenter` does the Unicode work (quotes, decimals like 1.3, "U.S."
 * mid-sentence, paragraph breaks ending headlines without a full stop). ICU
 * does not suppress breaks after titles, so "Sen. Budd" splits after "Sen.";
 * we re-join those. Pure module.
 */

import { NAME_TITLES } from './titles';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Titles and short forms that never end a sentence before a name or number (lower case, no final dot). */
const TITLES = new Set([
  ...NAME_TITLES,
  'st', 'no', 'nos', 'vs', 'v', 'e.g', 'i.e',
  'approx', 'dept', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
]);
/** Abbreviations that may also end a sentence ("... ahead of the U.S. Then"). */
const MAYBE_TERMINAL = new Set(['u.s', 'u.k', 'u.n', 'd.c', 'etc', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr']);

/** Abbreviations that are usually an adjective before a noun ("U.S. chips"). */
const COUNTRY_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n']);
/** Words that start sentences and never follow "U.S." as part of a name. */
const SENTENCE_STARTERS = new Set(
  'The A An In On At It He She They We I You But And Or So Yet This That These Those There Here His Her Its Their Our My As For If When While After Before Since However Meanwhile Still Now Then Last Earlier Later According Despite Although Though Instead Also Even Some Many Most Such What Why How Who Which'.split(' '),
);

/** Sentences longer than this are split at the limit: no real sentence is this long. */
export const MAX_SENTENCE_LENGTH = 2000;

let segmenter: Intl.Segmenter | undefined;

function trailingAbbreviation(segment: string): string | undefined {
  const m = /(?:^|[\s(“"'‘])((?:[A-Za-z]\.){1,3}[A-Za-z]?|[A-Za-z]{1,6})\.\s*$/u.exec(segment);
  return m?.[1]?.toLowerCase().replace(/\.$/, '');
}

/** Should the break between `prev` and `next` be undone? */
function isFalseBreak(prev: string, next: string): boolean {
  if (/[\n\r\u2029]/u.test(prev)) return false; // never join across a line break
  const abbr = trailingAbbreviation(prev);
  if (!abbr) return false;
  // "No. 5" and "Nos. 3 and 4" abbreviate "number" only before a figure: "The
  // answer is no. Instead, ..." ends a sentence.
  if (abbr === 'no' || abbr === 'nos') return /^\p{N}/u.test(next);
  if (TITLES.has(abbr)) return /^[\p{L}\p{N}]/u.test(next);
  if (MAYBE_TERMINAL.has(abbr)) {
    if (/^[\p{Ll}\p{N}]/u.test(next)) return true;
    // "U.S. AI chips", "U.S. President": a country abbreviation before a
    // capitalised noun is an adjective; a sentence after it starts with a
    // function word ("... the U.S. The ...", "... the U.S. It ...").
    if (COUNTRY_ABBREVIATIONS.has(abbr)) {
      const word = /^[\p{L}]+/u.exec(next)?.[0] ?? '';
      return word !== '' && !SENTENCE_STARTERS.has(word);
    }
    return false;
  }
  return false;
}

/**
 * Split `text` into sentences. Whitespace around a sentence is excluded from
 * its span; blank segments are dropped.
 */
export function segmentSentences(text: string): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const raw: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const prev = raw.at(-1);
    // Only the previous segment's tail can hold a line break or an abbreviation
    // that matters (ICU ends segments at line breaks).
    if (prev && isFalseBreak(text.slice(Math.max(prev.start, index - 16), index), segment.trimStart())) {
      prev.end = index + segment.length;
      continue;
    }
    raw.push({ start: index, end: index + segment.length });
  }
  const out: SentenceSpan[] = [];
  for (const span of raw) {
    let { start, end } = span;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    for (let s = start; s < end; s += MAX_SENTENCE_LENGTH) {
      out.push({ start: s, end: Math.min(end, s + MAX_SENTENCE_LENGTH) });
    }
  }
  return out;
}

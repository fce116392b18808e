/**
 * The one word fold: what Parallax treats as "the same characters" when it
 * compares words (the quote check, and the matcher once it switches to it).
 * Folds case, diacritics ("Pékin" = "pekin"), typographic quotes (’ = ') and
 * dashes (all of ‐ ‑ ‒ – — ― become "-"). No stemming, spelling or synonyms:
 * those are the matcher's normalisation (utils/text/normalize.ts). Pure.
 */

const SINGLE_QUOTES = /[‘’‚‛′ʼ`´]/gu;
const DOUBLE_QUOTES = /[“”„‟″«»]/gu;
const DASHES = /[‐‑‒–—―−]/gu;

/** Case, diacritics, quotes and dashes folded; length may change (NFKD), so never use it for offsets. */
export function foldText(text: string): string {
  // NFKD only where there is something to decompose: most news text is ASCII.
  const plain = /[^\x00-\x7f]/u.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;
  return plain.toLowerCase().replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

/**
 * One whitespace-delimited token folded for word comparison: foldText, then
 * hyphens dropped ("pre-eminence" = "preeminence") and punctuation around the
 * word trimmed ("(patents)," = "patents"). '' for pure punctuation ("-", "...").
 */
export function foldWord(raw: string): string {
  return foldText(raw)
    .replace(/-/gu, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The text's folded words, in order, with the raw token each came from; punctuation-only tokens dropped. */
export function foldedWords(text: string): { raw: string; folded: string }[] {
  return text
    .split(/\s+/u)
    .map((raw) => ({ raw, folded: foldWord(raw) }))
    .filter((w) => w.folded !== '');
}

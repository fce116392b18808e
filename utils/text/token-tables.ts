/**
 * The tokeniser's tables, shared by normalize() and the first stage's key
 * reader (utils/prefilter/keys.ts), which must split text exactly alike. No
 * imports: the first stage stays small. Pure module.
 */

/** Words, numbers and dotted abbreviations; Han runs whole. Make a RegExp per user (it is stateful). */
export const TOKEN_PATTERN = String.raw`\p{Script=Han}+|[$€£¥]?\d+(?:[.,]\d+)*%?|(?:\p{L}\.){2,}|[\p{L}\p{M}]+(?:['’‐‑-][\p{L}\p{M}]+)*`;

/** Two-word names of one thing, folded to one term ("united states" → "us"). */
export const PAIRS: ReadonlyMap<string, string> = new Map([
  ['united states', 'us'],
  ['united state', 'us'],
  ['artificial intelligence', 'ai'],
]);

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};

export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12,
};

export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['yuan', 'dollars', 'dollar', 'usd', 'rmb', 'euros', 'euro', 'ringgit', 'yen']);

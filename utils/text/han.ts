/**
 * Chinese text for matching. Chinese is written without spaces, so a run of
 * Han characters becomes overlapping character bigrams ("人工智能" → 人工, 工智,
 * 智能): the standard dictionary-free way to index Chinese, robust to the
 * word-boundary choices a segmenter would have to make. Traditional
 * characters fold to the simplified ones the index uses through a table built
 * at index-build time for the index's own characters (scripts/lib/han-variants.ts).
 *
 * Matching works within a language by construction: bigrams only ever meet
 * the Chinese wordings of a claim, while figures and Latin names ("AI",
 * "DeepSeek", "3") meet every wording.
 *
 * Pure module.
 */

/** A run of Han characters (CJK ideographs, including Extension A and compatibility forms). */
export const HAN_RUN = /\p{Script=Han}+/u;
export const HAN_CHAR = /\p{Script=Han}/u;

/** Traditional (or variant) character → the simplified character the index uses. */
export type HanVariants = Readonly<Record<string, string>>;

export interface HanTerm {
  term: string;
  start: number;
  end: number;
}

/**
 * The bigrams of one Han run starting at `start` (offsets in UTF-16 code
 * units; characters outside the BMP take two). A one-character run is its own term.
 */
export function hanBigrams(run: string, start: number, variants?: HanVariants): HanTerm[] {
  const chars: { ch: string; start: number; end: number }[] = [];
  let at = start;
  for (const raw of run) {
    chars.push({ ch: variants?.[raw] ?? raw, start: at, end: at + raw.length });
    at += raw.length;
  }
  if (chars.length === 1) return [{ term: chars[0]!.ch, start: chars[0]!.start, end: chars[0]!.end }];
  const out: HanTerm[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    out.push({ term: chars[i]!.ch + chars[i + 1]!.ch, start: chars[i]!.start, end: chars[i + 1]!.end });
  }
  return out;
}

/** Fold a whole string's traditional characters (for aliases and quotes). */
export function foldHan(text: string, variants?: HanVariants): string {
  if (!variants || !HAN_CHAR.test(text)) return text;
  let out = '';
  for (const ch of text) out += variants[ch] ?? ch;
  return out;
}

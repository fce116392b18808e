/**
 * Word-level differences between two texts, as the card (page sentence vs an
 * outlet's excerpt) and the quote check (selection vs an outlet's words) show
 * them. Whitespace runs count as one space. Pure.
 */
import { diffWords } from 'diff';

/** One run of the diff: `removed` is only in the first text, `added` only in the second. */
export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Whitespace runs to one space, trimmed. */
export const squashSpaces = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The word diff from `from` to `to` (one unchanged part when they are the same). */
export function diffWordParts(from: string, to: string): WordPart[] {
  return diffWords(squashSpaces(from), squashSpaces(to)).map((c) => ({
    value: c.value,
    ...(c.added ? { added: true } : {}),
    ...(c.removed ? { removed: true } : {}),
  }));
}

/** As diffWordParts, but null when the texts are the same words (nothing to show). */
export function wordDiff(from: string, to: string): WordPart[] | null {
  return squashSpaces(from) === squashSpaces(to) ? null : diffWordParts(from, to);
}

/** The shared text helpers: one word fold, one date format, one word diff. */
import { describe, expect, it } from 'vitest';
import { apaDate, formatDate } from '@/utils/text/dates';
import { foldText, foldWord, foldedWords } from '@/utils/text/fold';
import { diffWordParts, wordDiff } from '@/utils/text/word-diff';

describe('fold', () => {
  it.each([
    ['Pékin', 'pekin'],
    ['Scahs’s', "scahs's"],
    ['“Quote”', '"quote"'],
    ['2020–2024 — done', '2020-2024 - done'],
    ['ＡＢＣ', 'abc'],
  ])('foldText(%j) = %j', (raw, folded) => {
    expect(foldText(raw)).toBe(folded);
  });

  it.each([
    ['pre-eminence', 'preeminence'],
    ['pre‑eminence,', 'preeminence'],
    ['(Patents)', 'patents'],
    ['—', ''],
    ['...', ''],
    ['China’s', "china's"],
  ])('foldWord(%j) = %j', (raw, folded) => {
    expect(foldWord(raw)).toBe(folded);
  });

  it('keeps each folded word with its raw token and drops punctuation', () => {
    expect(foldedWords('We stood  — in “danger”')).toEqual([
      { raw: 'We', folded: 'we' },
      { raw: 'stood', folded: 'stood' },
      { raw: 'in', folded: 'in' },
      { raw: '“danger”', folded: 'danger' },
    ]);
  });
});

describe('dates', () => {
  it('formats the index dates one way everywhere', () => {
    expect(formatDate('2025-09-11')).toBe('11 Sep 2025');
    expect(formatDate('2025-06-01')).toBe('1 Jun 2025');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('')).toBe('');
    expect(apaDate('2025-09-11')).toBe('2025, September 11');
    expect(apaDate('')).toBe('n.d.');
  });
});

describe('word diff', () => {
  it('marks removed (first text) and added (second text) words', () => {
    const parts = diffWordParts('losing our preeminence', 'losing  our pre-eminence');
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['preeminence']);
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['pre-eminence']);
    expect(parts.map((p) => (p.added ? '' : p.value)).join('')).toBe('losing our preeminence');
  });

  it('is null when only whitespace differs, and one unchanged part from diffWordParts', () => {
    expect(wordDiff('a  b\n c', 'a b c')).toBeNull();
    expect(diffWordParts('a  b', 'a b')).toEqual([{ value: 'a b' }]);
  });
});

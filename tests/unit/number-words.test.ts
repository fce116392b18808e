import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseNumberWords, readNumberWords, spellNumber } from '../../utils/text/number-words';

describe('number words: parse', () => {
  test.each([
    ['zero', 0],
    ['seven', 7],
    ['nineteen', 19],
    ['sixty-one', 61],
    ['sixty one', 61],
    ['ninety-nine', 99],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['one hundred five', 105],
    ['four thousand five hundred', 4500],
    ['four thousand, five hundred', 4500],
    ['two thousand and twenty', 2020],
    ['nineteen hundred', 1900],
    ['a thousand', 1000],
    ['a million', 1e6],
    ['one million two hundred thousand', 1_200_000],
    ['two hundred and eighty million', 280_000_000],
    ['one and a half', 1.5],
    ['two and a half million', 2_500_000],
    ['a dozen', 12],
    ['two dozen', 24],
    ['three billion four hundred million', 3_400_000_000],
  ])('%s = %d', (text, value) => {
    expect(parseNumberWords(text)).toBe(value);
  });

  test.each([
    ['twenty twenty-four'], // not a year, not 20 and 24
    ['one two three'],
    ['thousand'],
    ['hundred'],
    ['dozens'],
    ['hundreds'],
    ['five thousand five thousand'],
    ['twenty hundred'],
    ['a'],
    [''],
    ['sixty-'],
  ])('%s is not one number', (text) => {
    expect(parseNumberWords(text)).toBeUndefined();
  });

  test('a run that stops at another number word is flagged ambiguous', () => {
    expect(readNumberWords(['twenty', 'twenty', '-', 'four'])).toEqual({ value: 20, consumed: 1, ambiguous: true });
    expect(readNumberWords(['five', 'of', 'the', 'top', 'ten'])).toEqual({ value: 5, consumed: 1, ambiguous: false });
  });

  test('"one and a half" stops before "to two"', () => {
    expect(readNumberWords(['one', 'and', 'a', 'half', 'to', 'two'])).toEqual({ value: 1.5, consumed: 4, ambiguous: false });
  });
});

describe('number words: spell', () => {
  test.each([
    [0, {}, 'zero'],
    [61, { hyphen: true }, 'sixty-one'],
    [105, { and: true }, 'one hundred and five'],
    [4500, {}, 'four thousand five hundred'],
    [1_000_000, { leadingA: true }, 'a million'],
    [2_000_020, { and: true }, 'two million and twenty'],
  ])('%d → %s', (n, opts, text) => {
    expect(spellNumber(n, opts)).toBe(text);
  });

  test('out of range throws (the speller is a test tool; the reader never throws)', () => {
    expect(() => spellNumber(-1)).toThrow(RangeError);
    expect(() => spellNumber(1.5)).toThrow(RangeError);
  });
});

describe('number words: properties', () => {
  const style = fc.record({ and: fc.boolean(), hyphen: fc.boolean(), leadingA: fc.boolean() });

  test('round-trip 0..999,999,999 in every spelling style', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), style, (n, opts) => {
        expect(parseNumberWords(spellNumber(n, opts))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  test('round-trip of small numbers, exhaustively 0..1,099', () => {
    for (let n = 0; n < 1100; n++) {
      expect(parseNumberWords(spellNumber(n, { hyphen: true }))).toBe(n);
      expect(parseNumberWords(spellNumber(n, { and: true }))).toBe(n);
    }
  });

  test('two spelled numbers side by side are never read as one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), (a, b) => {
        const words = `${spellNumber(a)} ${spellNumber(b)}`;
        const read = parseNumberWords(words);
        // Either rejected, or a legitimate composition (e.g. "twenty" + "one" = 21).
        if (read !== undefined) expect(read).toBe(a + b);
      }),
    );
  });

  test('readNumberWords never throws on arbitrary word lists', () => {
    const vocab = fc.constantFrom('a', 'an', 'and', '-', 'one', 'twelve', 'twenty', 'hundred', 'thousand', 'million', 'dozen', 'half', 'of', 'zero', '');
    fc.assert(
      fc.property(fc.array(vocab, { maxLength: 30 }), (words) => {
        const r = readNumberWords(words);
        if (r) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.consumed).toBeGreaterThan(0);
          expect(r.consumed).toBeLessThanOrEqual(words.length);
        }
      }),
    );
  });
});

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalize, termSet } from '../../utils/text/normalize';

const numbers = (text: string) => normalize(text).numbers.map((n) => [n.value, n.kind]);

describe('normalize: number forms', () => {
  test.each([
    ['61 percent', [[61, 'percent']]],
    ['61%', [[61, 'percent']]],
    ['61 per cent', [[61, 'percent']]],
    ['1.3 billion', [[1.3e9, 'count']]],
    ['$150 billion', [[150e9, 'money']]],
    ['nearly 600 billion yuan', [[600e9, 'money']]],
    ['4,500 firms', [[4500, 'count']]],
    ['in 2024', [[2024, 'year']]],
    ['five of the world’s top ten', [[5, 'count'], [10, 'count']]],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });
});

describe('normalize: wording variants fold together', () => {
  test.each([
    ['pre-eminence', 'preeminence'],
    ['defence', 'defense'],
    ['U.S. firms', 'United States companies'],
    ['Chinese enterprises', 'China companies'],
    ['artificial intelligence', 'AI'],
    ['Crème brûlée', 'creme brulee'],
    ['“tech stacks”', '"tech stack"'],
  ])('%s ≈ %s', (a, b) => {
    expect(termSet(a)).toEqual(termSet(b));
  });

  test('terms keep offsets into the original text', () => {
    const text = 'Kratsios said the U.S. lead — once “comfortable” — narrowed.';
    for (const t of normalize(text).terms) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    }
    const lead = normalize(text).terms.find((t) => t.term === 'lead')!;
    expect(text.slice(lead.start, lead.end)).toBe('lead');
  });

  test('any string normalises without throwing, offsets in bounds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (text) => {
        for (const t of normalize(text).terms) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

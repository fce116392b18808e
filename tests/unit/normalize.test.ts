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

describe('normalize: the hand table lives in data/synonyms.json', () => {
  test.each([
    ['firms', 'companies'],
    ['semiconductors', 'chips'],
    ['hampering', 'stifling'],
    ['programme', 'program'],
    ['America', 'US'],
  ])('%s ≈ %s', (a, b) => {
    expect(termSet(a)).toEqual(termSet(b));
  });

  test('a word outside the tables stays itself', () => {
    expect(termSet('tariffs')).toEqual(['tariff']);
  });
});

describe('normalize: hyphenated compounds keep their parts', () => {
  const spans = (text: string) => normalize(text).terms.map((t) => [t.term, text.slice(t.start, t.end)]);

  test('"location-tracking" gives "location" and "tracking", each at its own offsets', () => {
    expect(spans('Apps with location-tracking features')).toEqual([
      ['app', 'Apps'],
      ['locat', 'location'],
      ['track', 'tracking'],
      ['featur', 'features'],
    ]);
    expect(termSet('location-tracking')).toEqual(termSet('location tracking'));
  });

  test('"artificial-intelligence" is AI, like "artificial intelligence"', () => {
    expect(spans('artificial-intelligence chips')).toEqual([
      ['ai', 'artificial-intelligence'],
      ['chip', 'chips'],
    ]);
  });

  test('after a bound prefix only the joined form: "pre-eminence", "co-operation"', () => {
    expect(spans('pre-eminence')).toEqual([['lead', 'pre-eminence']]);
    expect(termSet('co-operation')).toEqual(termSet('cooperation'));
    expect(termSet('non-profit')).toEqual(termSet('nonprofit'));
  });

  test('a compound in the hand table stays whole: "short-sighted"', () => {
    expect(spans('short-sighted')).toEqual([['shortsight', 'short-sighted']]);
  });

  test('a repeated part counts once; a stopword part is dropped', () => {
    expect(termSet('state-to-state')).toEqual(['state']);
    expect(termSet('open-source')).toEqual(termSet('open source'));
  });
});

describe('normalize: inflections Porter does not join', () => {
  test.each([
    ['led', 'lead'],
    ['won', 'win'],
    ['fell', 'fall'],
    ['fallen', 'falls'],
    ['grew', 'grow'],
    ['grown', 'growing'],
    ['sold', 'sell'],
    ['bought', 'buys'],
    ['tracker', 'tracking'],
    ['trackers', 'tracked'],
    ['decision', 'decide'],
    ['invasion', 'invading'],
    ['reduction', 'reducing'],
  ])('%s ≈ %s', (a, b) => {
    expect(termSet(a)).toEqual(termSet(b));
  });

  test.each([
    ['closer', 'closing'], // a comparative, not an agent
    ['better', 'bet'],
    ['action', 'act'], // lexicalised: "AI Action Plan" is not an act
    ['applications', 'apply'],
    ['left', 'leave'], // left is also a direction and a side
  ])('%s stays apart from %s', (a, b) => {
    expect(termSet(a)).not.toEqual(termSet(b));
  });

  test('said and its forms are still dropped', () => {
    expect(termSet('said')).toEqual([]);
  });
});

describe('decimals', () => {
  test('a decimal of ten or more also gives its whole number', () => {
    const terms = normalize('Their share rose to 18.01 percent.').terms.map((t) => t.term);
    expect(terms).toContain('#18.01');
    expect(terms).toContain('#18');
  });
  test('small decimals do not (2.5 is not 2 or 3)', () => {
    expect(normalize('It grew 2.5 times.').terms.map((t) => t.term)).not.toContain('#3');
  });
});

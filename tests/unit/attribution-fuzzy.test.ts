/** Speakers: a name misspelled by a letter or two is the same person; roles name them too. */
import { describe, expect, test } from 'vitest';
import { jaroWinkler } from '../../utils/text/jaro-winkler';
import { buildSpeakerTable, readAttribution, speakerConflict } from '../../utils/matcher/attribution';

const table = buildSpeakerTable([
  { id: 'david-sacks', name: 'David Sacks', aliases: ['Sacks', 'White House AI czar'] },
  { id: 'michael-kratsios', name: 'Michael Kratsios', aliases: ['Kratsios'] },
  { id: 'ted-cruz', name: 'Ted Cruz', aliases: ['Cruz'] },
]);

describe('jaroWinkler', () => {
  test.each([
    ['sacks', 'sacks', 1],
    ['kratsios', 'kratsio', 0.95],
    ['sacks', 'sachs', 0.9],
    ['martha', 'marhta', 0.96],
  ])('%s ~ %s ≥ %d', (a, b, min) => expect(jaroWinkler(a, b)).toBeGreaterThanOrEqual(min));
  test.each([
    ['sacks', 'jacks'],
    ['kratsios', 'kristof'],
    ['cruz', 'bush'],
  ])('%s and %s are different names', (a, b) => expect(jaroWinkler(a, b)).toBeLessThan(0.9));
  test('is symmetric and bounded', () => {
    for (const [a, b] of [['budd', 'bud'], ['xiao', 'xiang'], ['', 'x']] as const) {
      expect(jaroWinkler(a, b)).toBeCloseTo(jaroWinkler(b, a), 10);
      expect(jaroWinkler(a, b)).toBeGreaterThanOrEqual(0);
      expect(jaroWinkler(a, b)).toBeLessThanOrEqual(1);
    }
  });
});

describe('speaker reading', () => {
  test('a misspelled surname next to a reporting verb is the indexed speaker, not another one', () => {
    const a = readAttribution('Kratsois said the gap had closed.', table);
    expect(speakerConflict(a, 'michael-kratsios')).toBeUndefined();
    expect(a.speakers.has('michael-kratsios')).toBe(true);
  });
  test('a different name is still another speaker', () => {
    const a = readAttribution('Jennings said the gap had closed.', table);
    expect(speakerConflict(a, 'michael-kratsios')).toBe('Jennings');
  });
  test('a role used as a name counts as the person', () => {
    const a = readAttribution('The White House AI czar said China was months behind.', table);
    expect(a.mentioned.has('david-sacks')).toBe(true);
  });
});

describe('inverted attribution', () => {
  test('"said X" after a quote or comma names the speaker', () => {
    expect(readAttribution('“We lost,” said Jennings.', table).otherSpeakers).toEqual(['Jennings']);
    expect(readAttribution('The gap is closing, according to Kratsios.', table).speakers.has('michael-kratsios')).toBe(true);
  });
  test('"He said Huawei is ..." is what is said, not who says it', () => {
    const a = readAttribution('He said Huawei Technologies is closing the gap on global rivals.', table);
    expect(a.otherSpeakers).toEqual([]);
    expect(speakerConflict(a, 'david-sacks')).toBeUndefined();
  });
});

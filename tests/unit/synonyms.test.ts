import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/load-index';
import { buildSynonymMap, englishWordings, lemmasOf } from '../../scripts/lib/synonym-map';
import { WordNet } from '../../scripts/lib/wordnet';
import { buildDerivations, regularDerivation, shippedDerivations } from '../../scripts/lib/derivations';
import { canonicalWord } from '../../utils/text/normalize';
import { parseWordTables, synonymTargets, SynonymMapSchema, WORD_TABLES } from '../../utils/text/synonyms';

const raw = JSON.parse(readFileSync(join(ROOT, 'data/synonyms.json'), 'utf8'));
const wn = new WordNet();
const term = (w: string) => canonicalWord(w);

describe('data/synonyms.json', () => {
  test('loads, with a comment saying what it is for', () => {
    expect(raw.comment).toMatch(/normalize/);
    expect(WORD_TABLES.canonical.get('firms')).toBe('companies');
    expect(WORD_TABLES.canonical.get('defence')).toBe('defense');
    expect(WORD_TABLES.irregularVerbs.get('led')).toBe('lead');
    expect(WORD_TABLES.prefixes.has('pre')).toBe(true);
  });

  test('bad data fails with the path', () => {
    expect(() => parseWordTables({ ...raw, comment: '' })).toThrow(/comment/);
    expect(() => parseWordTables({ ...raw, irregularVerbs: { Led: 'lead' } })).toThrow(/irregularVerbs/);
    expect(() => parseWordTables({ ...raw, extra: 1 })).toThrow();
    const clash = { ...raw, canonical: [...raw.canonical, { about: 'x', words: { firms: 'business' } }] };
    expect(() => parseWordTables(clash)).toThrow(/firms/);
  });
});

describe('synonymTargets', () => {
  const map = { imped: ['stifl'], evad: ['circumv', 'dodg'] };
  test('returns the index terms a page term may stand for', () => {
    expect(synonymTargets('imped', map)).toEqual(['stifl']);
    expect(synonymTargets('evad', map)).toEqual(['circumv', 'dodg']);
  });
  test('nothing for unknown terms, inherited keys or no map', () => {
    expect(synonymTargets('stifl', map)).toEqual([]);
    expect(synonymTargets('constructor', map)).toEqual([]);
    expect(synonymTargets('__proto__', map)).toEqual([]);
    expect(synonymTargets('imped', undefined)).toEqual([]);
  });
});

// Reading WordNet (about 30 MB of text) takes seconds, more on a busy machine.
describe('WordNet synonym map (build time)', { timeout: 60_000 }, () => {
  const wordings = ['Export controls hinder progress.', 'An adept engineer.', 'Firms circumvent the rules.', 'Skilled workers.'];
  const { map } = buildSynonymMap(wordings, wn);
  const targets = (w: string) => synonymTargets(term(w), map);

  test('the issue’s examples: impede → hinder, adept ↔ skilled, evade/sidestep → circumvent', () => {
    expect(targets('impede')).toContain(term('hinder'));
    expect(targets('impeding')).toContain(term('hinder'));
    expect(targets('adept')).toContain(term('skilled'));
    expect(targets('skillful')).toContain(term('adept'));
    expect(targets('evade')).toContain(term('circumvent'));
    expect(targets('evaded')).toContain(term('circumvent'));
    expect(targets('sidestep')).toContain(term('circumvent'));
  });

  test('targets are index terms only; stopwords, very common and multiword lemmas are no keys', () => {
    const vocabulary = new Set(wordings.flatMap((w) => w.toLowerCase().split(/\W+/u)).map(term));
    for (const [key, list] of Object.entries(map)) {
      expect(key).not.toBe('');
      for (const t of list) {
        expect(vocabulary.has(t), `${key} -> ${t}`).toBe(true);
        expect(t).not.toBe(key);
      }
    }
    expect(map[term('take')]).toBeUndefined(); // a sense of "lead", but far too common
    expect(Object.keys(map).some((k) => k.includes('_') || k.includes(' '))).toBe(false);
    expect(SynonymMapSchema.safeParse(map).success).toBe(true);
  });

  test('only first senses: the sense ranks of both words bound the pairs', () => {
    // "evade" is circumvent's 3rd verb sense and evade's 1st: rank sum 4.
    const strict = buildSynonymMap(['Firms circumvent the rules.'], wn, { maxRankSum: 3 }).map;
    expect(synonymTargets(term('evade'), strict)).toEqual([]);
    expect(synonymTargets(term('evade'), map)).toContain(term('circumvent'));
  });

  test('words read mostly as nouns bring no verb or adjective synonyms', () => {
    // "firms" (companies): the adjective/verb "firm" would offer "tauten".
    expect(map[term('tauten')]).toBeUndefined();
  });

  test('the map ships in the index only for English wordings', () => {
    const claims = [
      { summary: 'Controls hinder progress.', reports: [{ article: 'zh', excerpt: '阻碍' }, { article: 'en', excerpt: 'They impede it.' }] },
    ];
    const texts = englishWordings(claims as never, [{ id: 'zh', language: 'zh' }, { id: 'en' }] as never);
    expect(texts).toEqual(['Controls hinder progress.', 'They impede it.']);
  });

  test('lemmas: morphy rules and irregular verbs', () => {
    expect(lemmasOf(wn, 'hindering', 'v')).toContain('hinder');
    expect(lemmasOf(wn, 'stopped', 'v')).toContain('stop');
    expect(lemmasOf(wn, 'led', 'v')).toContain('lead');
    expect(lemmasOf(wn, 'skilled', 'a')).toContain('skilled');
  });
});

describe('data/derivations.json (generated from WordNet)', { timeout: 60_000 }, () => {
  test('is what `npm run synonyms:derive` writes now', () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'data/derivations.json'), 'utf8'));
    expect(file.comment).toMatch(/Generated/);
    expect(file.derivations).toEqual(shippedDerivations(wn));
  });

  test('regular suffixes only', () => {
    expect(regularDerivation('tracker', 'track')).toBe(true);
    expect(regularDerivation('creator', 'create')).toBe(true);
    expect(regularDerivation('runner', 'run')).toBe(true);
    expect(regularDerivation('decision', 'decide')).toBe(true);
    expect(regularDerivation('action', 'act')).toBe(false);
    expect(regularDerivation('pilot', 'fly')).toBe(false);
    const all = buildDerivations(wn);
    expect(all.closer).toBeUndefined(); // comparative of "close"
    expect(all.better).toBeUndefined();
    expect(all.tracker).toBe('track');
  });
});

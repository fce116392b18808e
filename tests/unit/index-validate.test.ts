import { describe, expect, test } from 'vitest';
import { formatProblem, validateIndex, type IndexFileKey } from '../../utils/index/validate';

/** A small, valid index; each test breaks one thing in a copy of it. */
function validRaw(): Record<IndexFileKey, any> {
  return {
    categories: [
      { id: 'us', label: 'US outlets', description: 'Outlets based in the United States.', order: 1 },
      { id: 'cn-state', label: 'Chinese state media', description: 'Owned by the Chinese state.', order: 2 },
    ],
    outlets: [
      {
        id: 'global-times',
        name: 'Global Times',
        domains: ['globaltimes.cn'],
        country: 'CN',
        category: 'cn-state',
        owner: "People's Daily",
        classificationNote: 'Published by the party newspaper.',
        evidence: [{ label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Global_Times' }],
      },
    ],
    people: [{ id: 'michael-kratsios', name: 'Michael Kratsios', role: 'OSTP Director', aliases: ['Kratsios'] }],
    articles: [
      {
        id: 'gt-article',
        outlet: 'global-times',
        title: 'A headline',
        url: 'https://www.globaltimes.cn/page/1.shtml',
        date: '2025-09-11',
        textFile: 'tests/fixtures/sources/gt.txt',
      },
    ],
    claims: [
      {
        id: 'preeminence-quote',
        summary: 'Kratsios said the US risked losing its preeminence in AI.',
        kind: 'quote',
        checkWorthy: true,
        speaker: 'michael-kratsios',
        reports: [
          {
            article: 'gt-article',
            excerpt: '"We stood in danger of losing our preeminence in this critical technology," Kratsios said.',
            quote: 'We stood in danger of losing our preeminence in this critical technology',
          },
        ],
      },
    ],
  };
}

const texts = new Map([
  [
    'tests/fixtures/sources/gt.txt',
    'Intro.\n"We stood in danger of losing our preeminence in this\n critical technology," Kratsios said. More.',
  ],
]);

function problemsOf(mutate: (raw: Record<IndexFileKey, any>) => void): string[] {
  const raw = validRaw();
  mutate(raw);
  const result = validateIndex(raw, texts);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateIndex', () => {
  test('accepts a valid index, with excerpts that wrap differently from the article', () => {
    const result = validateIndex(validRaw(), texts);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test.each([
    [
      'missing field',
      (r: any) => delete r.claims[0].summary,
      'data/claims.json: claim "preeminence-quote" summary:',
    ],
    [
      'unknown outlet',
      (r: any) => (r.articles[0].outlet = 'xinhua'),
      'data/articles.json: article "gt-article" outlet: unknown outlet "xinhua"',
    ],
    [
      'excerpt not in its article',
      (r: any) => (r.claims[0].reports[0].excerpt = 'We stood in danger of losing our pre-eminence, Kratsios said.'),
      'data/claims.json: claim "preeminence-quote" reports[0].excerpt: not found verbatim in article "gt-article"',
    ],
    [
      'duplicate id',
      (r: any) => r.claims.push(structuredClone(r.claims[0])),
      'data/claims.json: claim "preeminence-quote" id: duplicate id',
    ],
    [
      'bad date',
      (r: any) => (r.articles[0].date = '2025-02-30'),
      'data/articles.json: article "gt-article" date: is not a real calendar date',
    ],
    [
      'date in the wrong format',
      (r: any) => (r.articles[0].date = '11/09/2025'),
      'data/articles.json: article "gt-article" date: must be a date written YYYY-MM-DD',
    ],
    [
      'bad URL',
      (r: any) => (r.articles[0].url = 'globaltimes.cn/page/1'),
      'data/articles.json: article "gt-article" url: must be an absolute URL',
    ],
    [
      'unknown report article',
      (r: any) => (r.claims[0].reports[0].article = 'nope'),
      'data/claims.json: claim "preeminence-quote" reports[0].article: unknown article "nope"',
    ],
    [
      'unknown category',
      (r: any) => (r.outlets[0].category = 'state'),
      'data/outlets.json: outlet "global-times" category: unknown category "state"',
    ],
    [
      'classification without evidence',
      (r: any) => (r.outlets[0].evidence = []),
      'data/outlets.json: outlet "global-times" evidence: needs at least one evidence link',
    ],
    [
      'unknown speaker',
      (r: any) => (r.claims[0].speaker = 'nobody'),
      'data/claims.json: claim "preeminence-quote" speaker: unknown person "nobody"',
    ],
    [
      'quote not inside its excerpt',
      (r: any) => (r.claims[0].reports[0].quote = 'words nobody said'),
      'data/claims.json: claim "preeminence-quote" reports[0].quote: quoted words are not inside the excerpt',
    ],
    [
      'unknown field (typo)',
      (r: any) => (r.claims[0].sumary = 'typo'),
      'data/claims.json: claim "preeminence-quote" (record):',
    ],
    [
      'bad kind',
      (r: any) => (r.claims[0].kind = 'rumour'),
      'data/claims.json: claim "preeminence-quote" kind:',
    ],
    [
      'record without an id',
      (r: any) => delete r.people[0].id,
      'data/people.json: person #0 id:',
    ],
    [
      'missing text file',
      (r: any) => (r.articles[0].textFile = 'tests/fixtures/sources/missing.txt'),
      'data/articles.json: article "gt-article" textFile: text file not found',
    ],
    ['file is not an array', (r: any) => (r.claims = { claims: [] }), 'data/claims.json: (file) (root): must be a JSON array'],
  ])('rejects %s with a message naming file, record and field', (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(problems.some((p) => p.startsWith(expected)), `expected "${expected}" in:\n${problems.join('\n')}`).toBe(true);
  });
});

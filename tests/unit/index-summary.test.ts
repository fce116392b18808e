import { describe, expect, test } from 'vitest';
import type { IndexSources } from '../../utils/index/schema';
import { summarizeIndex } from '../../utils/index/summary';

const ev = [{ label: 'About', url: 'https://example.org/about' }];
const outlet = (id: string, category: string) => ({
  id,
  name: id,
  domains: [`${id}.example`],
  country: 'US',
  category,
  owner: 'Someone',
  classificationNote: 'A note.',
  evidence: ev,
});
const article = (id: string, outletId: string, language?: string) => ({
  id,
  outlet: outletId,
  title: id,
  date: '2025-09-11',
  ...(language ? { language } : {}),
});
const report = (articleId: string, language?: string) => ({
  article: articleId,
  excerpt: `words of ${articleId} here`,
  ...(language ? { language } : {}),
});
const claim = (id: string, reports: ReturnType<typeof report>[]) => ({
  id,
  summary: `Claim ${id} summary.`,
  kind: 'assertion' as const,
  checkWorthy: true,
  reports,
});

/**
 * Four categories (one of them never reported), five outlets, six articles:
 *   c1: us-a + gt             -> US and CN, 2 categories, 2 outlets
 *   c2: us-a + us-a2          -> 1 category, 1 outlet, 2 articles
 *   c3: gt + xinhua-zh + agg  -> 2 categories, 3 outlets, one zh report
 *   c4: agg                   -> 1 outlet
 *   c5: us-b + xinhua-zh (report in en) + agg -> US and CN, 3 categories
 */
function index(): IndexSources {
  return {
    categories: [
      { id: 'us', label: 'US outlets', description: 'US.', order: 1 },
      { id: 'cn-state', label: 'Chinese state media', description: 'CN.', order: 2 },
      { id: 'aggregator', label: 'Aggregators', description: 'Agg.', order: 4 },
      { id: 'hk-commercial', label: 'Hong Kong commercial media', description: 'HK.', order: 3 },
    ],
    outlets: [
      outlet('us-paper', 'us'),
      outlet('us-senate', 'us'),
      outlet('gt', 'cn-state'),
      outlet('xinhua', 'cn-state'),
      outlet('agg', 'aggregator'),
    ],
    people: [],
    articles: [
      article('us-a', 'us-paper'),
      article('us-a2', 'us-paper'),
      article('us-b', 'us-senate'),
      article('gt-1', 'gt'),
      article('xh-zh', 'xinhua', 'zh'),
      article('agg-1', 'agg'),
    ],
    claims: [
      claim('c1', [report('us-a'), report('gt-1')]),
      claim('c2', [report('us-a'), report('us-a2')]),
      claim('c3', [report('gt-1'), report('xh-zh'), report('agg-1')]),
      claim('c4', [report('agg-1')]),
      claim('c5', [report('us-b'), report('xh-zh', 'en'), report('agg-1')]),
    ],
  } as IndexSources;
}

describe('summarizeIndex', () => {
  const s = summarizeIndex(index());

  test('totals', () => {
    expect(s.claims).toBe(5);
    expect(s.reports).toBe(11);
    expect(s.articles).toBe(6);
    expect(s.outlets).toBe(5);
  });

  test('claims with both a US and a Chinese state media report', () => {
    expect(s.claimsWithUsAndCnState).toBe(2); // c1, c5
  });

  test('claims in two or more categories, two or more articles, one outlet only', () => {
    expect(s.claimsInTwoOrMoreCategories).toBe(3); // c1, c3, c5
    expect(s.claimsInTwoOrMoreArticles).toBe(4); // c1, c2, c3, c5
    expect(s.claimsWithOneOutlet).toBe(2); // c2 (two articles, one outlet), c4
  });

  test('reports per category, in display order, with zero for a category without reports', () => {
    expect(s.reportsByCategory).toEqual({ us: 4, 'cn-state': 4, 'hk-commercial': 0, aggregator: 3 });
    expect(Object.keys(s.reportsByCategory)).toEqual(['us', 'cn-state', 'hk-commercial', 'aggregator']);
    expect(s.categoriesWithoutReports).toEqual(['hk-commercial']);
  });

  test("reports per language: the report's own language, else its article's, else English", () => {
    // xh-zh is a zh article: its report on c3 is zh, its report on c5 says en.
    expect(s.reportsByLanguage).toEqual({ en: 10, zh: 1 });
  });

  test('an index where every category has reports lists none without', () => {
    const full = index();
    full.categories = full.categories.filter((c) => c.id !== 'hk-commercial');
    expect(summarizeIndex(full).categoriesWithoutReports).toEqual([]);
  });
});

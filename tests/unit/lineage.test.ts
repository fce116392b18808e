/** Lineage from articles[].derivedFrom, and the outlet of a page's hostname, on the real index. */
import { describe, expect, it } from 'vitest';
import { lineageOf, sentenceLineage } from '../../components/card/lineage';
import { bundledView } from '../../utils/index/bundled';
import { createIndexView } from '../../utils/index/view';
import { articleChain, isOriginal, sentenceSources } from '../../utils/lineage';
import { outletOfHostname } from '../../utils/outlet-of-page';

const index = bundledView;
const claim = (id: string) => index.claims.find((c) => c.id === id)!;

describe('articleChain', () => {
  it.each([
    ['asiareview-ai-debate', 'The Asia Review rewrites Global Times, 11 Sep 2025 (condensed, unattributed)'],
    ['star-2025-09-15-ai-lead', 'The Star (Malaysia) republishes South China Morning Post, 11 Sep 2025 (republished in full under an SCMP tag)'],
    ['autoblog-ai-tech-exports', 'Unidentified WordPress auto-blog copies CoinCentral, 11 Sep 2025 (full copy; its only attribution is a bare "Source link" line)'],
  ])('%s: %s', (articleId, line) => {
    expect(lineageOf(index, articleId)).toEqual([line]);
  });

  it('an original has no chain', () => {
    expect(articleChain(index, 'gt-2025-09-11-ai-export')).toEqual([]);
    expect(isOriginal(index, 'gt-2025-09-11-ai-export')).toBe(true);
    expect(isOriginal(index, 'asiareview-ai-debate')).toBe(false);
  });

  it('follows several links and stops at a cycle', () => {
    const articles = [
      { id: 'a', outlet: 'o', title: 'A', date: '2025-01-03', derivedFrom: [{ article: 'b', relation: 'copies' as const }] },
      { id: 'b', outlet: 'o', title: 'B', date: '2025-01-02', derivedFrom: [{ article: 'c', relation: 'rewrites' as const }] },
      { id: 'c', outlet: 'o', title: 'C', date: '2025-01-01', derivedFrom: [{ article: 'a', relation: 'reports-on' as const }] },
    ];
    const view = createIndexView({ version: 1, categories: [], outlets: [], people: [], articles, claims: [], retrieval: bundledView.shipped.retrieval });
    const chain = articleChain(view, 'a');
    expect(chain.map((s) => `${s.article.id}>${s.source.id}`)).toEqual(['a>b', 'b>c', 'c>a']);
  });
});

describe('sentenceSources', () => {
  it('The Asia Review’s sentence rewrites Global Times’ sentence on the same claim, quoted', () => {
    const c = claim('cn-ai-patent-share-2024');
    const i = c.reports.findIndex((r) => r.article === 'asiareview-ai-debate');
    const gt = c.reports.find((r) => r.article === 'gt-2025-09-11-ai-export')!;
    expect(sentenceSources(index, c, i)[0]?.sourceExcerpt).toBe(gt.excerpt);
    expect(sentenceLineage(index, c, i)).toEqual([
      { lead: 'The Asia Review’s sentence rewrites Global Times, 11 Sep 2025, which reported:', excerpt: gt.excerpt },
    ]);
  });

  it('none where the earlier article is not in the index as text (SCMP for The Star)', () => {
    const c = claim('kratsios-danger-of-losing-preeminence');
    expect(sentenceSources(index, c, c.reports.findIndex((r) => r.article === 'star-2025-09-15-ai-lead'))).toEqual([]);
  });
});

describe('outletOfHostname', () => {
  it.each([
    ['www.globaltimes.cn', 'Global Times'],
    ['globaltimes.cn', 'Global Times'],
    ['WWW.GlobalTimes.CN.', 'Global Times'],
    ['www.thestar.com.my', 'The Star (Malaysia)'],
    ['amp.scmp.com', 'South China Morning Post'],
    ['www.budd.senate.gov', 'Office of Sen. Ted Budd (US Senate)'],
    ['www.techpolicy.press', 'Tech Policy Press'],
  ])('%s → %s', (host, name) => {
    expect(outletOfHostname(index, host)?.name).toBe(name);
  });

  it.each(['127.0.0.1', 'localhost', 'notscmp.com', 'scmp.com.evil.example', 'senate.gov', ''])('%s → none', (host) => {
    expect(outletOfHostname(index, host)).toBeUndefined();
  });
});

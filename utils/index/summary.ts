/** Counts that describe an index: what `npm run index:check` prints. Pure. */
import type { IndexSources } from './schema';

export interface IndexSummary {
  claims: number;
  reports: number;
  articles: number;
  articlesWithText: number;
  outlets: number;
  claimsByKind: Record<string, number>;
  reportsByCategory: Record<string, number>;
  /** Claims whose reports come from two or more outlet categories. */
  claimsInTwoOrMoreCategories: number;
  /** Claims reported by two or more articles. */
  claimsInTwoOrMoreArticles: number;
}

export function summarizeIndex(index: IndexSources): IndexSummary {
  const outletCategory = new Map(index.outlets.map((o) => [o.id, o.category]));
  const articleCategory = new Map(index.articles.map((a) => [a.id, outletCategory.get(a.outlet) ?? 'unknown']));
  const claimsByKind: Record<string, number> = {};
  const reportsByCategory: Record<string, number> = {};
  let reports = 0;
  let multiCategory = 0;
  let multiArticle = 0;
  for (const claim of index.claims) {
    claimsByKind[claim.kind] = (claimsByKind[claim.kind] ?? 0) + 1;
    const cats = new Set<string>();
    for (const r of claim.reports) {
      const cat = articleCategory.get(r.article) ?? 'unknown';
      reportsByCategory[cat] = (reportsByCategory[cat] ?? 0) + 1;
      cats.add(cat);
      reports++;
    }
    if (cats.size >= 2) multiCategory++;
    if (claim.reports.length >= 2) multiArticle++;
  }
  return {
    claims: index.claims.length,
    reports,
    articles: index.articles.length,
    articlesWithText: index.articles.filter((a) => a.textFile).length,
    outlets: index.outlets.length,
    claimsByKind,
    reportsByCategory,
    claimsInTwoOrMoreCategories: multiCategory,
    claimsInTwoOrMoreArticles: multiArticle,
  };
}

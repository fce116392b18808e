/** Counts that describe an index: what `npm run index:check` prints. Pure. */
import { reportLanguage, type IndexSources } from './schema';

export interface IndexSummary {
  claims: number;
  reports: number;
  articles: number;
  articlesWithText: number;
  outlets: number;
  claimsByKind: Record<string, number>;
  /** Reports per outlet category id; every category of the index is present, with 0 where it has none. */
  reportsByCategory: Record<string, number>;
  /** Reports per language (`reportLanguage`: the report's own, else its article's, else "en"). */
  reportsByLanguage: Record<string, number>;
  /** Category ids of the index with no report at all, in display order. */
  categoriesWithoutReports: string[];
  /** Claims with at least one report from a US outlet and one from Chinese state media. */
  claimsWithUsAndCnState: number;
  /** Claims whose reports come from two or more outlet categories. */
  claimsInTwoOrMoreCategories: number;
  /** Claims reported by two or more articles. */
  claimsInTwoOrMoreArticles: number;
  /** Claims whose reports all come from one outlet (one article, or several of the same outlet). */
  claimsWithOneOutlet: number;
}

/** The category ids the "US and Chinese state media" figure pairs. */
export const US_CATEGORY = 'us';
export const CN_STATE_CATEGORY = 'cn-state';

export function summarizeIndex(index: IndexSources): IndexSummary {
  const outletCategory = new Map(index.outlets.map((o) => [o.id, o.category]));
  const articleById = new Map(index.articles.map((a) => [a.id, a]));
  const claimsByKind: Record<string, number> = {};
  const reportsByCategory: Record<string, number> = {};
  for (const c of [...index.categories].sort((a, b) => a.order - b.order)) reportsByCategory[c.id] = 0;
  const reportsByLanguage: Record<string, number> = {};
  let reports = 0;
  let multiCategory = 0;
  let multiArticle = 0;
  let usAndCn = 0;
  let oneOutlet = 0;
  for (const claim of index.claims) {
    claimsByKind[claim.kind] = (claimsByKind[claim.kind] ?? 0) + 1;
    const cats = new Set<string>();
    const outlets = new Set<string>();
    for (const r of claim.reports) {
      const article = articleById.get(r.article);
      const outlet = article?.outlet ?? `unknown:${r.article}`;
      const cat = (article && outletCategory.get(article.outlet)) ?? 'unknown';
      reportsByCategory[cat] = (reportsByCategory[cat] ?? 0) + 1;
      const lang = reportLanguage(r, article);
      reportsByLanguage[lang] = (reportsByLanguage[lang] ?? 0) + 1;
      cats.add(cat);
      outlets.add(outlet);
      reports++;
    }
    if (cats.size >= 2) multiCategory++;
    if (claim.reports.length >= 2) multiArticle++;
    if (cats.has(US_CATEGORY) && cats.has(CN_STATE_CATEGORY)) usAndCn++;
    if (outlets.size === 1) oneOutlet++;
  }
  const categoriesWithoutReports = [...index.categories]
    .sort((a, b) => a.order - b.order)
    .filter((c) => !reportsByCategory[c.id])
    .map((c) => c.id);
  return {
    claims: index.claims.length,
    reports,
    articles: index.articles.length,
    articlesWithText: index.articles.filter((a) => a.textFile).length,
    outlets: index.outlets.length,
    claimsByKind,
    reportsByCategory,
    reportsByLanguage,
    categoriesWithoutReports,
    claimsWithUsAndCnState: usAndCn,
    claimsInTwoOrMoreCategories: multiCategory,
    claimsInTwoOrMoreArticles: multiArticle,
    claimsWithOneOutlet: oneOutlet,
  };
}

/**
 * A claim's reports as a reader sees them listed: outlet, category, date, excerpt.
 * Pure; shared by the popup's search results and anything else that lists reports.
 */
import type { Claim } from './index/schema';
import type { ShippedIndex } from './index/shipped';

export interface ReportRow {
  articleId: string;
  outletId: string;
  outletName: string;
  categoryId: string;
  /** YYYY-MM-DD, as in the index. */
  date: string;
  title: string;
  url?: string;
  excerpt: string;
}

export function reportRows(claim: Claim, index: Pick<ShippedIndex, 'articles' | 'outlets'>): ReportRow[] {
  const articles = new Map(index.articles.map((a) => [a.id, a]));
  const outlets = new Map(index.outlets.map((o) => [o.id, o]));
  return claim.reports.flatMap((report) => {
    const article = articles.get(report.article);
    const outlet = article ? outlets.get(article.outlet) : undefined;
    if (!article || !outlet) return [];
    return [
      {
        articleId: article.id,
        outletId: outlet.id,
        outletName: outlet.name,
        categoryId: outlet.category,
        date: article.date,
        title: article.title,
        ...(article.url ? { url: article.url } : {}),
        excerpt: report.excerpt,
      },
    ];
  });
}

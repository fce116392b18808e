/**
 * A claim's reports as a reader sees them listed: outlet, category, date, excerpt.
 * Pure; shared by the popup's search results and anything else that lists reports.
 */
import type { Claim } from './index/schema';
import type { IndexView } from './index/view';

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

export function reportRows(claim: Claim, view: IndexView): ReportRow[] {
  return claim.reports.flatMap((report) => {
    const article = view.article(report.article);
    const outlet = view.outletOfArticle(report.article);
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

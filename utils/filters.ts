/**
 * Source filters: which categories and outlets a reader has turned off, and
 * what that leaves visible. Pure: the storage item lives in utils/settings.ts.
 */
import type { Claim } from './index/schema';
import type { ShippedIndex } from './index/shipped';

export interface SourceFilters {
  /** Category ids the reader turned off. */
  hiddenCategories: string[];
  /** Outlet ids the reader turned off. */
  hiddenOutlets: string[];
}

export const NO_FILTERS: SourceFilters = { hiddenCategories: [], hiddenOutlets: [] };

export interface ReportOwner {
  articleId: string;
  outletId: string;
  categoryId: string;
}

/** article id → its outlet and category, for fast filtering. */
export function reportOwners(index: Pick<ShippedIndex, 'articles' | 'outlets'>): Map<string, ReportOwner> {
  const outletCategory = new Map(index.outlets.map((o) => [o.id, o.category]));
  return new Map(
    index.articles.map((a) => [a.id, { articleId: a.id, outletId: a.outlet, categoryId: outletCategory.get(a.outlet) ?? 'other' }]),
  );
}

export function isReportVisible(articleId: string, owners: Map<string, ReportOwner>, filters: SourceFilters): boolean {
  const owner = owners.get(articleId);
  if (!owner) return false;
  return !filters.hiddenCategories.includes(owner.categoryId) && !filters.hiddenOutlets.includes(owner.outletId);
}

/** The claim's reports a reader with these filters sees (indices into `claim.reports`). */
export function visibleReports(claim: Claim, owners: Map<string, ReportOwner>, filters: SourceFilters): number[] {
  const out: number[] = [];
  claim.reports.forEach((r, i) => {
    if (isReportVisible(r.article, owners, filters)) out.push(i);
  });
  return out;
}

/** A highlight whose claim has no visible report is not drawn. */
export function isClaimVisible(claim: Claim, owners: Map<string, ReportOwner>, filters: SourceFilters): boolean {
  return claim.reports.some((r) => isReportVisible(r.article, owners, filters));
}

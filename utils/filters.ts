/**
 * Source filters: which categories and outlets a reader has turned off, and
 * what that leaves visible. Pure: the storage item lives in utils/settings.ts.
 */
import { z } from 'zod/mini';
import type { Claim } from './index/schema';
import type { ShippedIndex } from './index/shipped';
import { createIndexView, type IndexView } from './index/view';

/** What visibility needs to know about a report: whose article it is (an IndexView answers). */
export type ReportOwners = Pick<IndexView, 'outletOfArticle'>;

/** The index's owners of reports: its (memoised) view. Kept for callers that hold a ShippedIndex (the e2e suite). */
export function reportOwners(index: ShippedIndex): ReportOwners {
  return createIndexView(index);
}

/** Ids kept from a stored list: strings only (anything else is dropped, not the whole list). */
export const idList = z.pipe(
  z.catch(z.array(z.unknown()), []),
  z.transform((xs) => xs.filter((x): x is string => typeof x === 'string')),
);

/**
 * The stored shape, parsed on every read: values in sync storage come from other
 * versions and other machines, so whatever is not the known shape falls back
 * field by field to "nothing hidden".
 */
export const SourceFiltersSchema = z.catch(
  z.object({
    /** Category ids the reader turned off. */
    hiddenCategories: idList,
    /** Outlet ids the reader turned off. */
    hiddenOutlets: idList,
  }),
  { hiddenCategories: [], hiddenOutlets: [] },
);

export type SourceFilters = z.output<typeof SourceFiltersSchema>;

export const NO_FILTERS: SourceFilters = { hiddenCategories: [], hiddenOutlets: [] };

/** Any stored value as filters (see SourceFiltersSchema). */
export function sanitizeFilters(value: unknown): SourceFilters {
  return SourceFiltersSchema.parse(value);
}

export function isReportVisible(articleId: string, view: ReportOwners, filters: SourceFilters): boolean {
  const outlet = view.outletOfArticle(articleId);
  if (!outlet) return false;
  return !filters.hiddenCategories.includes(outlet.category) && !filters.hiddenOutlets.includes(outlet.id);
}

/** The claim's reports a reader with these filters sees (indices into `claim.reports`). */
export function visibleReports(claim: Claim, view: ReportOwners, filters: SourceFilters): number[] {
  const out: number[] = [];
  claim.reports.forEach((r, i) => {
    if (isReportVisible(r.article, view, filters)) out.push(i);
  });
  return out;
}

/** A highlight whose claim has no visible report is not drawn. */
export function isClaimVisible(claim: Claim, view: ReportOwners, filters: SourceFilters): boolean {
  return claim.reports.some((r) => isReportVisible(r.article, view, filters));
}

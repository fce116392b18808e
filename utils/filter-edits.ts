/**
 * Turning one category or outlet on or off in the source filters: the edits the popup's
 * checkboxes make. Pure; returns a new value, never mutates, and keeps ids unique and
 * sorted so the stored value does not churn (sync storage has write quotas).
 */
import type { SourceFilters } from './filters';

function withMember(list: string[], id: string, member: boolean): string[] {
  const set = new Set(list);
  if (member) set.add(id);
  else set.delete(id);
  return [...set].sort();
}

export function setCategoryShown(filters: SourceFilters, categoryId: string, shown: boolean): SourceFilters {
  return { ...filters, hiddenCategories: withMember(filters.hiddenCategories, categoryId, !shown) };
}

export function setOutletShown(filters: SourceFilters, outletId: string, shown: boolean): SourceFilters {
  return { ...filters, hiddenOutlets: withMember(filters.hiddenOutlets, outletId, !shown) };
}

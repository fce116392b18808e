/**
 * Source filters: one switch per category and, under it, one per outlet. Stored in
 * filtersItem (sync); every tab's content script applies them live. An outlet switch shows
 * off and is disabled while its whole category is off (its own choice is kept for later).
 * Only categories and outlets that report something are offered (reportingSources).
 */
import type { Category, Outlet } from '@/utils/index/schema';
import type { IndexView } from '@/utils/index/view';
import { NO_FILTERS, type SourceFilters as Filters } from '@/utils/filters';
import { setCategoryShown, setOutletShown } from '@/utils/filter-edits';
import { filtersItem } from '@/utils/settings';
import { Toggle } from '../shared/Toggle';

export interface SourceFiltersProps {
  categories: readonly Category[];
  outlets: readonly Outlet[];
  filters: Filters | undefined;
}

/** Only categories and outlets with at least one report in the index: a switch for nothing is noise. */
export function reportingSources(view: IndexView): { categories: Category[]; outlets: Outlet[] } {
  const outletIds = new Set(view.claims.flatMap((c) => c.reports.map((r) => view.outletOfArticle(r.article)?.id ?? '')));
  const outlets = view.outlets.filter((o) => outletIds.has(o.id));
  const categoryIds = new Set(outlets.map((o) => o.category));
  return { categories: view.categories.filter((c) => categoryIds.has(c.id)), outlets };
}

export function SourceFilters({ categories, outlets, filters = NO_FILTERS }: SourceFiltersProps) {
  const save = (next: Filters): void => void filtersItem.setValue(next);
  return (
    <ul class="px-filters">
      {[...categories]
        .sort((a, b) => a.order - b.order)
        .map((category) => {
          const shown = !filters.hiddenCategories.includes(category.id);
          const own = outlets.filter((o) => o.category === category.id);
          return (
            <li key={category.id} class="px-filters__category" data-category={category.id}>
              <Toggle
                label={category.label}
                description={category.description}
                checked={shown}
                onChange={(on) => save(setCategoryShown(filters, category.id, on))}
              />
              {own.length > 0 && (
                <details class="px-filters__outlets">
                  <summary>
                    {own.length === 1 ? '1 outlet' : `${own.length} outlets`}
                    <span class="px-sr-only"> in {category.label}</span>
                  </summary>
                  <ul>
                    {own.map((outlet) => (
                      <li key={outlet.id} data-outlet={outlet.id}>
                        <Toggle
                          label={outlet.name}
                          checked={shown && !filters.hiddenOutlets.includes(outlet.id)}
                          disabled={!shown}
                          onChange={(on) => save(setOutletShown(filters, outlet.id, on))}
                        />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
    </ul>
  );
}

/**
 * Source filters: one switch per category and, under it, one per outlet. Stored in
 * filtersItem (sync); every tab's content script applies them live. An outlet switch is
 * disabled while its whole category is off (its own choice is kept for later).
 */
import type { Category, Outlet } from '@/utils/index/schema';
import { NO_FILTERS, type SourceFilters as Filters } from '@/utils/filters';
import { setCategoryShown, setOutletShown } from '@/utils/filter-edits';
import { filtersItem } from '@/utils/settings';
import { Toggle } from '../shared/Toggle';

export interface SourceFiltersProps {
  categories: readonly Category[];
  outlets: readonly Outlet[];
  filters: Filters | undefined;
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
                          checked={!filters.hiddenOutlets.includes(outlet.id)}
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

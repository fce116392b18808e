/**
 * Search the claims index without a page: by words, speaker, outlet or a number as
 * written. Shows each found claim with every report (outlet, date, excerpt).
 *
 * Trade-off: results list every report, ignoring the source filters, because this is for
 * checking what the index holds; the filters decide what pages show.
 */
import { useMemo, useState } from 'preact/hooks';
import type { IndexView } from '@/utils/index/view';
import { reportRows } from '@/utils/claim-reports';
import { createClaimSearch } from '@/utils/search';
import { CategoryChip } from '../shared/CategoryChip';
import { formatDate } from '@/utils/text/dates';

export const SEARCH_LIMIT = 10;

export function ClaimSearch({ index }: { index: IndexView }) {
  const search = useMemo(() => createClaimSearch(index), [index]);
  const [query, setQuery] = useState('');
  const results = useMemo(() => search.search(query, SEARCH_LIMIT), [search, query]);
  const blank = query.trim() === '';

  return (
    <div class="px-search">
      <label for="px-search-input">Find a claim by words, speaker, outlet or number</label>
      <input
        id="px-search-input"
        type="search"
        value={query}
        placeholder="e.g. Kratsios, Global Times, 4,500"
        autocomplete="off"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p role="status" class="px-muted px-search__status">
        {blank ? '' : results.length === 0 ? 'No claims found.' : results.length === 1 ? '1 claim found.' : `${results.length} claims found${results.length === SEARCH_LIMIT ? ' (the best 10)' : ''}.`}
      </p>
      {!blank && results.length > 0 && (
        <ol class="px-results">
          {results.map((claim) => (
            <li key={claim.id} class="px-result" data-claim-id={claim.id}>
              <h3 class="px-result__summary">{claim.summary}</h3>
              <ul class="px-reports">
                {reportRows(claim, index).map((row) => {
                  const category = index.category(row.categoryId);
                  return (
                    <li key={row.articleId} class="px-report">
                      <p class="px-report__source">
                        <strong>{row.outletName}</strong> {category && <CategoryChip category={category} />}{' '}
                        <time dateTime={row.date} class="px-muted">
                          {formatDate(row.date)}
                        </time>
                      </p>
                      <blockquote class="px-report__excerpt">{row.excerpt}</blockquote>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

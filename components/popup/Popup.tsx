/**
 * The toolbar popup: what matched on the inspected page, search, quote check, source
 * filters, pause.
 * Browser access comes in through props (TabLink, close, openOptions) so the view can be
 * rendered in happy-dom; settings are read and written through the WXT storage items.
 */
import type { IndexView } from '@/utils/index/view';
import { siteOf } from '@/utils/action-icon';
import { pageAccess } from '@/utils/page-access';
import { filtersItem, pauseItem } from '@/utils/settings';
import { Shortcuts } from '../shared/Shortcuts';
import { useStoredValue } from '../shared/use-stored-value';
import { ClaimSearch } from './ClaimSearch';
import { PageMatches } from './PageMatches';
import { PauseControls } from './PauseControls';
import { QuoteBox } from './QuoteBox';
import { reportingSources, SourceFilters } from './SourceFilters';
import type { TabLink } from './tab-link';
import { usePageState } from './use-page-state';

export interface PopupProps {
  index: IndexView;
  link: TabLink;
  /** Closes the popup (window.close in the browser). */
  close(): void;
  openOptions(): void;
}

export function Popup({ index, link, close, openOptions }: PopupProps) {
  const { state, tab } = usePageState(link);
  const filters = useStoredValue(filtersItem);
  const pause = useStoredValue(pauseItem);
  const site = pageAccess(tab?.url).kind === 'readable' ? siteOf(tab?.url) : undefined;

  const reveal = (claimId: string): void => {
    if (!tab) return;
    // Close even if the page does not answer: the reader asked to go to the page.
    link
      .send(tab.id, { type: 'reveal-claim', claimId })
      .catch(() => undefined)
      .finally(close);
  };

  return (
    <main class="px-popup">
      <header class="px-popup__header">
        <h1>Parallax</h1>
        <button type="button" class="px-link-button" onClick={openOptions}>
          Outlets and settings
        </button>
      </header>

      <section aria-labelledby="px-page-heading">
        <h2 id="px-page-heading">On this page</h2>
        <PageMatches state={state} categories={index.categories} onReveal={reveal} />
      </section>

      <section aria-labelledby="px-pause-heading">
        <h2 id="px-pause-heading">Pause</h2>
        <PauseControls pause={pause} site={site} />
      </section>

      <section aria-labelledby="px-search-heading">
        <h2 id="px-search-heading">Search the index</h2>
        <ClaimSearch index={index} />
      </section>

      <section aria-labelledby="px-quote-heading">
        <h2 id="px-quote-heading">Check a quote</h2>
        <QuoteBox index={index} />
      </section>

      <section aria-labelledby="px-sources-heading">
        <h2 id="px-sources-heading">Sources</h2>
        <p class="px-muted">Choose whose reports Parallax shows. Changes apply at once in every tab.</p>
        <SourceFilters {...reportingSources(index)} filters={filters} />
      </section>

      <section aria-labelledby="px-keys-heading">
        <h2 id="px-keys-heading">Keyboard</h2>
        <Shortcuts />
      </section>
    </main>
  );
}

/**
 * Everything Parallax shows in the page, inside its one shadow root: a polite
 * live region for keyboard announcements, a focus target for the keyboard
 * path (a text range cannot take focus, so focus lands on this button, whose
 * Enter opens the card), the card or the quote check when one is open, and
 * the note about the site's outlet on an indexed outlet's own pages.
 */
import type { Category, Outlet } from '../../utils/index/schema';
import type { IndexView } from '../../utils/index/view';
import { QuoteCheckDialog } from '../quote-check/QuoteCheckDialog';
import type { CardModel } from './card-model';
import { ClaimCard } from './ClaimCard';
import { OutletBanner } from './OutletBanner';

export interface CardLayerProps {
  announcement: string;
  /** Label of the keyboard focus target; null hides it. */
  focusLabel: string | null;
  onFocusActivate: () => void;
  onFocusEscape: () => void;
  card: CardModel | null;
  onClose: () => void;
  onSelectFact: (claimId: string) => void;
  /** Text to quote-check; null when the quote check is closed. */
  quoteCheck: { index: IndexView; text: string } | null;
  onCloseQuoteCheck: () => void;
  pageOutlet: { outlet: Outlet; category: Category | undefined } | null;
  onDismissPageOutlet: () => void;
}

export function CardLayer(props: CardLayerProps) {
  return (
    <>
      <div class="px-sr" role="status" aria-live="polite">
        {props.announcement}
      </div>
      {props.focusLabel !== null && (
        <button
          type="button"
          class="px-sr px-focus-target"
          onClick={props.onFocusActivate}
          onKeyDown={(e) => {
            if (e.key === 'Escape') props.onFocusEscape();
          }}
        >
          {props.focusLabel}
        </button>
      )}
      {props.pageOutlet && <OutletBanner {...props.pageOutlet} onDismiss={props.onDismissPageOutlet} />}
      {props.card && <ClaimCard model={props.card} onClose={props.onClose} onSelectFact={props.onSelectFact} />}
      {props.quoteCheck && <QuoteCheckDialog index={props.quoteCheck.index} text={props.quoteCheck.text} onClose={props.onCloseQuoteCheck} />}
    </>
  );
}

/**
 * Everything Parallax shows in the page, inside its one shadow root: a polite
 * live region for keyboard announcements, a focus target for the keyboard
 * path (a text range cannot take focus, so focus lands on this button, whose
 * Enter opens the card), and the card when one is open.
 */
import type { CardModel } from './card-model';
import { ClaimCard } from './ClaimCard';

export interface CardLayerProps {
  announcement: string;
  /** Label of the keyboard focus target; null hides it. */
  focusLabel: string | null;
  onFocusActivate: () => void;
  onFocusEscape: () => void;
  card: CardModel | null;
  onClose: () => void;
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
      {props.card && <ClaimCard model={props.card} onClose={props.onClose} />}
    </>
  );
}

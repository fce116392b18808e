/**
 * The quote check in the page: QuoteCheckPanel in a non-modal dialog, styled
 * and placed like the comparison card (the same shadow root). Focus moves in on
 * open; Escape or the close button closes it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ShippedIndex } from '../../utils/index/shipped';
import { QuoteCheckPanel } from './QuoteCheckPanel';

export interface QuoteCheckDialogProps {
  index: ShippedIndex;
  text: string;
  onClose: () => void;
  autoFocus?: boolean;
}

export function QuoteCheckDialog({ index, text, onClose, autoFocus = true }: QuoteCheckDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [text, autoFocus]);
  return (
    <div
      ref={ref}
      class="px-card px-qc-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby="px-qc-title"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="px-card-head">
        <h2 id="px-qc-title" class="px-title">
          Quote check
        </h2>
        <button type="button" class="px-close" aria-label="Close quote check" onClick={onClose}>
          ×
        </button>
      </div>
      <div class="px-body">
        <QuoteCheckPanel index={index} text={text} showHeading={false} />
      </div>
    </div>
  );
}

/**
 * The quote check in the page: QuoteCheckPanel in a non-modal dialog, styled
 * and placed like the comparison card (the same shadow root). Focus moves in on
 * open; Escape or the close button closes it.
 */
import { CardDialog } from '../card/CardDialog';
import type { IndexView } from '../../utils/index/view';
import { QuoteCheckPanel } from './QuoteCheckPanel';

export interface QuoteCheckDialogProps {
  index: IndexView;
  text: string;
  onClose: () => void;
  autoFocus?: boolean;
}

export function QuoteCheckDialog({ index, text, onClose, autoFocus = true }: QuoteCheckDialogProps) {
  return (
    <CardDialog
      class="px-qc-dialog"
      title="Quote check"
      titleId="px-qc-title"
      closeLabel="Close quote check"
      onClose={onClose}
      focusKey={text}
      autoFocus={autoFocus}
    >
      <div class="px-body">
        <QuoteCheckPanel index={index} text={text} showHeading={false} />
      </div>
    </CardDialog>
  );
}

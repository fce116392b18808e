/**
 * The shell Parallax's in-page panels share (the comparison card, the quote
 * check): a non-modal dialog with a title and a close button. Focus moves in
 * when `focusKey` changes and stays in (Tab cycles); Escape or the button calls onClose (focus return
 * is the container's job).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface CardDialogProps {
  title: string;
  titleId: string;
  closeLabel: string;
  onClose: () => void;
  /** Focus the dialog when this value changes (and on open). */
  focusKey: unknown;
  autoFocus?: boolean;
  class?: string;
  children: ComponentChildren;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea, select, summary, [tabindex]:not([tabindex="-1"])';

/** Rendered and not inside a closed <details> (whose content Chrome hides with content-visibility, keeping its boxes). */
const shown = (el: HTMLElement): boolean => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0);

/** Tab past the last control goes to the first, Shift+Tab before the first to the last: focus stays in the open card. */
function trapTab(e: KeyboardEvent, dialog: HTMLElement | null): void {
  if (!dialog) return;
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(shown);
  if (items.length === 0) return;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const current = root.activeElement;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (e.shiftKey && (current === first || current === dialog)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && current === last) {
    e.preventDefault();
    first.focus();
  }
}

export function CardDialog({ title, titleId, closeLabel, onClose, focusKey, autoFocus = true, class: extra, children }: CardDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [focusKey, autoFocus]);
  return (
    <div
      ref={ref}
      class={extra ? `px-card ${extra}` : 'px-card'}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        } else if (e.key === 'Tab') trapTab(e, ref.current);
      }}
    >
      <div class="px-card-head">
        <h2 id={titleId} class="px-title">
          {title}
        </h2>
        <button type="button" class="px-close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </div>
  );
}

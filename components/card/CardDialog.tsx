/**
 * The shell Parallax's in-page panels share (the comparison card, the quote
 * check): a non-modal dialog with a title and a close button. Focus moves in
 * when `focusKey` changes; Escape or the button calls onClose (focus return
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
        }
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

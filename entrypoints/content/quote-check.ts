/**
 * The quote check in the page: the context menu's "Check quote with Parallax"
 * (relayed by popup-answers.ts) opens the panel next to the reader's selection
 * with the verdict for the selected words. Works while paused: the reader asked.
 * Closes on Escape or its close button, returning focus.
 */
import type { ContentScriptContext } from '#imports';
import type { IndexView } from '@/utils/index/view';
import type { ParallaxUi } from './ui';

export interface QuoteCheck {
  open(text: string): Promise<void>;
  /** False when it was not open. */
  close(restoreFocus?: boolean): boolean;
}

export function startQuoteCheck(ctx: ContentScriptContext, view: IndexView, ui: ParallaxUi, others: { closeCard: () => void }): QuoteCheck {
  let open: { returnFocus: HTMLElement | null } | null = null;

  const close = (restoreFocus = true): boolean => {
    if (!open) return false;
    const { returnFocus } = open;
    open = null;
    void ui.update({ quoteCheck: null }, null).then(() => {
      if (restoreFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    });
    return true;
  };

  ui.handle({ onCloseQuoteCheck: () => close() });
  ctx.addEventListener(
    document,
    'keydown',
    (e) => {
      if (e.key === 'Escape' && close()) e.preventDefault();
    },
    { capture: true },
  );

  return {
    async open(text) {
      others.closeCard();
      const active = document.activeElement;
      open ??= { returnFocus: active instanceof HTMLElement && active !== ui.host ? active : null };
      const selection = document.getSelection();
      // A clone keeps the selection's place while the reader scrolls, even if they select something else.
      const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
      const anchorRect = () => {
        const rect = range?.getBoundingClientRect();
        return rect && (rect.width > 0 || rect.height > 0) ? rect : new DOMRect(window.innerWidth, 0, 0, 0);
      };
      await ui.update({ quoteCheck: { index: view, text } }, anchorRect, range !== null);
      ui.focusCard();
    },
    close,
  };
}

/**
 * Keyboard navigation: Alt+Shift+. and Alt+Shift+, (in the page, and the
 * manifest commands relayed through the popup-answers listener) move the active
 * highlight (related statements included, in page order), scroll to it, announce it in the live region and put focus on the
 * focus target, whose Enter opens the card (card.ts). Escape on the target ends
 * navigation and returns focus to where it was. Keys are matched on `code`,
 * since Shift and Alt change `key` ("." becomes ">" or "≥").
 */
import type { ContentScriptContext } from '#imports';
import { scrollRangeIntoView } from '@/utils/dom/scroll';
import type { AnchorStore } from './anchors';
import type { Card } from './card';
import { paintActiveRange } from './highlights';
import type { ParallaxUi } from './ui';

/** Focus is where the reader types (a field, an editor): shortcuts leave it alone. Looks into shadow roots. */
export function isEditable(el: Element | null): boolean {
  let e = el;
  while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
  if (!(e instanceof HTMLElement)) return false;
  if (e instanceof HTMLTextAreaElement || e instanceof HTMLSelectElement) return true;
  if (e instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(e.type);
  return e.isContentEditable;
}

export interface KeyboardNavigation {
  move(step: 1 | -1): void;
}

export function startKeyboardNavigation(ctx: ContentScriptContext, store: AnchorStore, ui: ParallaxUi, card: Pick<Card, 'close' | 'isOpen' | 'targetRelated'>): KeyboardNavigation {
  let focusBeforeNav: HTMLElement | null = null;
  /** The related statement the keyboard is on (index into store.related), -1 when on a highlight or nowhere. */
  let relatedAt = -1;

  /** Highlights and related statements in page order: the keyboard visits both. */
  const stops = (): { kind: 'claim' | 'related'; i: number; start: number }[] =>
    [
      ...store.anchors.map((a, i) => ({ kind: 'claim' as const, i, start: a.start })),
      ...store.related.map((r, i) => ({ kind: 'related' as const, i, start: r.start })),
    ].sort((a, b) => a.start - b.start);

  const move = (step: 1 | -1): void => {
    // Typing in the page: the shortcut (a key event or the relayed manifest command) does nothing.
    if (isEditable(document.activeElement)) return;
    const list = stops();
    const n = store.anchors.length;
    if (list.length === 0) {
      void ui.update({ announcement: store.paused ? 'Parallax is paused on this page.' : 'No highlighted claims on this page.' });
      return;
    }
    if (!ui.hasFocus()) {
      const current = document.activeElement;
      focusBeforeNav = current instanceof HTMLElement && current !== document.body ? current : null;
    }
    card.close(false);
    const here = list.findIndex((s) => (s.kind === 'claim' ? s.i === store.active : s.i === relatedAt));
    const next = list[here < 0 ? (step === 1 ? 0 : list.length - 1) : (here + step + list.length) % list.length]!;
    if (next.kind === 'related') {
      const anchor = store.related[next.i]!;
      relatedAt = next.i;
      store.setActive(-1);
      const range = store.relatedRanges[next.i];
      paintActiveRange(range ?? null);
      if (range) scrollRangeIntoView(range);
      card.targetRelated(anchor);
      const where = `Related statement ${next.i + 1} of ${store.related.length}`;
      void ui
        .update({
          announcement: `${where}: ${anchor.sentence} ${anchor.related[0]?.detail ?? ''}. Press Enter to compare its figure with the outlets'.`,
          focusLabel: `${where}. ${anchor.related[0]?.detail ?? ''}. Press Enter to compare.`,
        })
        .then(() => ui.focusTarget());
      return;
    }
    relatedAt = -1;
    paintActiveRange(null);
    card.targetRelated(null);
    store.setActive(next.i);
    const anchor = store.anchors[store.active]!;
    const range = store.ranges[store.active];
    if (range) scrollRangeIntoView(range);
    const summary = store.view.claim(anchor.claims[0]!.claimId)?.summary ?? '';
    const where = `Claim ${store.active + 1} of ${n}`;
    void ui
      .update({
        announcement: `${where}: ${anchor.sentence} Press Enter to compare how outlets reported it.`,
        focusLabel: `${where}. ${summary} Press Enter to compare outlets.`,
      })
      .then(() => ui.focusTarget());
  };

  const end = (): void => {
    store.setActive(-1);
    relatedAt = -1;
    paintActiveRange(null);
    card.targetRelated(null);
    void ui.update({ focusLabel: null });
    focusBeforeNav?.focus({ preventScroll: true });
    focusBeforeNav = null;
  };

  ui.handle({ onFocusEscape: end });
  // The active sentence is gone (rescan, filters) while the reader is on the focus target: end there.
  store.on(
    'anchors',
    () => {
      if (store.active < 0 && relatedAt < 0 && ui.hasFocus() && !card.isOpen()) end();
    },
    ctx.signal,
  );
  ctx.addEventListener(
    document,
    'keydown',
    (e) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'Period' || e.code === 'Comma')) {
        if (isEditable(document.activeElement)) return;
        e.preventDefault();
        move(e.code === 'Period' ? 1 : -1);
      }
    },
    { capture: true },
  );

  return { move };
}

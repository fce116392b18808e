/**
 * The comparison card: opens for a highlight (pointer, keyboard Enter, the
 * popup's list), shows another fact of the same sentence (tabs), follows its
 * sentence when the anchors change (or closes when it is gone), and closes on
 * Escape, its close button or SPA navigation, returning focus to where it was.
 */
import type { ContentScriptContext } from '#imports';
import { buildCardModel } from '@/components/card/card-model';
import type { AnchorStore, SentenceAnchor } from './anchors';
import type { ParallaxUi } from './ui';

/** How the card was asked for: it decides where focus goes and whether the page may scroll. */
export type CardVia = 'pointer' | 'keyboard' | 'refresh';

export interface Card {
  /** Open the card for highlight `i` (its best claim unless `claimId` is given). */
  open(i: number, claimId: string | undefined, via: CardVia): void;
  /** Close; focus returns to the keyboard target or the page element it came from. False when it was not open. */
  close(restoreFocus?: boolean): boolean;
  isOpen(): boolean;
}

interface OpenCard {
  anchor: SentenceAnchor;
  claimId: string;
  returnFocus: HTMLElement | null;
}

export function startCard(ctx: ContentScriptContext, store: AnchorStore, ui: ParallaxUi, others: { closeQuoteCheck: () => void }): Card {
  const { view } = store;
  let card: OpenCard | null = null;

  const open = (i: number, claimId: string | undefined, via: CardVia): void => {
    const anchor = store.anchors[i];
    if (!anchor) return;
    const match = anchor.claims.find((c) => c.claimId === claimId) ?? anchor.claims[0];
    const claim = match && view.claim(match.claimId);
    if (!match || !claim) return;
    const active = document.activeElement;
    const returnFocus =
      via === 'refresh'
        ? (card?.returnFocus ?? null)
        : via === 'keyboard'
          ? null // focus goes back to the keyboard focus target, see close()
          : active instanceof HTMLElement && active !== ui.host
            ? active
            : null;
    const isNew = !card || card.claimId !== claim.id || card.anchor.sentence !== anchor.sentence;
    others.closeQuoteCheck();
    card = { anchor, claimId: claim.id, returnFocus };
    const facts = anchor.claims.flatMap((c) => {
      const summary = view.claim(c.claimId)?.summary;
      return summary ? [{ claimId: c.claimId, summary }] : [];
    });
    const model = buildCardModel(view, claim, anchor.sentence, store.filters, match.closestReport, facts, store.siteOutlet);
    const fresh = isNew && via !== 'refresh';
    void ui
      .update({ card: model }, () => store.ranges[store.anchors.indexOf(anchor)]?.getBoundingClientRect() ?? null, fresh)
      .then(() => {
        if (fresh) ui.focusCard();
      });
  };

  const close = (restoreFocus = true): boolean => {
    if (!card) return false;
    const { returnFocus } = card;
    card = null;
    void ui.update({ card: null }, null).then(() => {
      if (!restoreFocus) return;
      if (store.active >= 0) ui.focusTarget();
      else if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    });
    return true;
  };

  ui.handle({
    onClose: () => close(),
    // Another fact of the open card's sentence (its tabs).
    onSelectFact: (claimId) => {
      if (!card) return;
      const i = store.find(card.anchor.sentence, card.claimId);
      if (i >= 0) open(i, claimId, 'refresh');
    },
    // Enter on the keyboard focus target.
    onFocusActivate: () => open(store.active, undefined, 'keyboard'),
  });

  // Follow the sentence through rescans and filter changes; close when it is gone.
  store.on(
    'anchors',
    () => {
      if (!card) return;
      const i = store.find(card.anchor.sentence, card.claimId);
      if (i >= 0) open(i, card.claimId, 'refresh');
      else close();
    },
    ctx.signal,
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => close(false));
  ctx.addEventListener(
    document,
    'keydown',
    (e) => {
      if (e.key === 'Escape' && close()) e.preventDefault();
    },
    { capture: true },
  );

  return { open, close, isOpen: () => card !== null };
}

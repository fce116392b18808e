/**
 * The comparison card: opens for a highlight (pointer, keyboard Enter, the
 * popup's list) or a related statement (pointer), shows another fact of the
 * same sentence (tabs), follows its sentence when the anchors change (or
 * closes when it is gone), and closes on Escape, its close button or SPA
 * navigation.
 *
 * Whichever way the card was opened, its sentence is the active highlight
 * while it is open. On close, focus returns to where it was before the card
 * (an element of the page the reader was on); when that was nothing (a click
 * on text leaves focus on <body>) or the keyboard path, it goes to the
 * highlight itself (the focus target, whose Enter opens the card again).
 */
import type { ContentScriptContext } from '#imports';
import { buildCardModel, relatedView } from '@/components/card/card-model';
import type { AnchorStore, RelatedAnchor, SentenceAnchor } from './anchors';
import { paintActiveRange } from './highlights';
import type { ParallaxUi } from './ui';

/** How the card was asked for: it decides where focus goes and whether the page may scroll. */
export type CardVia = 'pointer' | 'keyboard' | 'refresh';

export interface Card {
  /** Open the card for highlight `i` (its best claim unless `claimId` is given). */
  open(i: number, claimId: string | undefined, via: CardVia): void;
  /** Open the card of related statement `i` (store.related). */
  openRelated(i: number, via: CardVia): void;
  /** Close; focus returns to where it was before the card, or to the highlight. False when it was not open. */
  close(restoreFocus?: boolean): boolean;
  isOpen(): boolean;
  /** The keyboard is on this related statement (null: on a highlight): Enter on the focus target opens its card. */
  targetRelated(anchor: RelatedAnchor | null): void;
}

interface OpenCard {
  anchor: SentenceAnchor | RelatedAnchor;
  related: boolean;
  claimId: string;
  returnFocus: HTMLElement | null;
}

/** The element focus should go back to: a real element of the page, not <body> or Parallax's own host. */
function focusToReturn(ui: ParallaxUi): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== ui.host && active !== document.body && active !== document.documentElement ? active : null;
}

export function startCard(ctx: ContentScriptContext, store: AnchorStore, ui: ParallaxUi, others: { closeQuoteCheck: () => void }): Card {
  const { view } = store;
  let card: OpenCard | null = null;
  /** The related statement to reopen from the focus target after its card was closed. */
  let relatedTarget: RelatedAnchor | null = null;

  const rangeOf = (c: OpenCard): Range | null =>
    c.related ? (store.relatedRanges[store.related.indexOf(c.anchor as RelatedAnchor)] ?? null) : (store.ranges[store.anchors.indexOf(c.anchor as SentenceAnchor)] ?? null);

  const show = (next: OpenCard, fresh: boolean, model: Parameters<typeof ui.update>[0]['card']): void => {
    void ui.update({ card: model }, () => rangeOf(next)?.getBoundingClientRect() ?? null, fresh).then(() => {
      if (fresh) ui.focusCard();
    });
  };

  const returnFocusFor = (via: CardVia): HTMLElement | null => (via === 'refresh' ? (card?.returnFocus ?? null) : via === 'keyboard' ? null : focusToReturn(ui));

  const open = (i: number, claimId: string | undefined, via: CardVia): void => {
    const anchor = store.anchors[i];
    if (!anchor) return;
    const match = anchor.claims.find((c) => c.claimId === claimId) ?? anchor.claims[0];
    const claim = match && view.claim(match.claimId);
    if (!match || !claim) return;
    const returnFocus = returnFocusFor(via);
    const isNew = !card || card.claimId !== claim.id || card.anchor.sentence !== anchor.sentence;
    others.closeQuoteCheck();
    paintActiveRange(null);
    relatedTarget = null;
    card = { anchor, related: false, claimId: claim.id, returnFocus };
    // The card's sentence is the active highlight, however the card was opened.
    store.setActive(i);
    const facts = anchor.claims.flatMap((c) => {
      const summary = view.claim(c.claimId)?.summary;
      return summary ? [{ claimId: c.claimId, summary }] : [];
    });
    const model = buildCardModel(view, claim, anchor.sentence, store.filters, match.closestReport, facts, store.siteOutlet);
    show(card, isNew && via !== 'refresh', model);
  };

  const openRelated = (i: number, via: CardVia): void => {
    const anchor = store.related[i];
    const statement = anchor?.related[0];
    const claim = statement && view.claim(statement.claimId);
    if (!anchor || !statement || !claim) return;
    const returnFocus = returnFocusFor(via);
    const isNew = !card || card.claimId !== claim.id || card.anchor.sentence !== anchor.sentence;
    others.closeQuoteCheck();
    card = { anchor, related: true, claimId: claim.id, returnFocus };
    store.setActive(-1);
    paintActiveRange(store.relatedRanges[i] ?? null);
    const model = buildCardModel(view, claim, anchor.sentence, store.filters, -1, undefined, store.siteOutlet);
    show(card, isNew && via !== 'refresh', { ...model, related: relatedView(model, statement.detail, statement.reason) });
  };

  const close = (restoreFocus = true): boolean => {
    if (!card) return false;
    const { returnFocus, related, anchor } = card;
    card = null;
    if (related) paintActiveRange(null);
    // Without focus to restore, the active highlight is left to the caller (the keyboard moves it next).
    const toHighlight = restoreFocus && !returnFocus?.isConnected;
    if (restoreFocus && !toHighlight) store.setActive(-1);
    void ui.update({ card: null }, null).then(() => {
      if (!restoreFocus) return;
      if (!toHighlight) {
        returnFocus?.focus({ preventScroll: true });
        return;
      }
      // Back to the highlight: the focus target stands for it (Enter opens the card again, Escape leaves).
      const label = related
        ? `Related statement: ${anchor.sentence} Press Enter to compare its figure with the outlets'.`
        : `${view.claim(store.anchors[store.active]?.claims[0]?.claimId ?? '')?.summary ?? anchor.sentence} Press Enter to compare outlets.`;
      relatedTarget = related ? (anchor as RelatedAnchor) : null;
      if (related) paintActiveRange(store.relatedRanges[store.related.indexOf(anchor as RelatedAnchor)] ?? null);
      void ui.update({ focusLabel: label }).then(() => ui.focusTarget());
    });
    return true;
  };

  ui.handle({
    onClose: () => close(),
    // Another fact of the open card's sentence (its tabs).
    onSelectFact: (claimId) => {
      if (!card || card.related) return;
      const i = store.find(card.anchor.sentence, card.claimId);
      if (i >= 0) open(i, claimId, 'refresh');
    },
    // Enter on the keyboard focus target.
    onFocusActivate: () => {
      const r = relatedTarget ? store.related.indexOf(relatedTarget) : -1;
      if (r >= 0) openRelated(r, 'keyboard');
      else open(store.active, undefined, 'keyboard');
    },
  });

  // Follow the sentence through rescans and filter changes; close when it is gone.
  store.on(
    'anchors',
    () => {
      if (!card) return;
      if (card.related) {
        const r = store.related.findIndex((a) => a.sentence === card!.anchor.sentence);
        if (r >= 0) openRelated(r, 'refresh');
        else close();
        return;
      }
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

  return {
    open,
    openRelated,
    close,
    isOpen: () => card !== null,
    targetRelated: (anchor) => {
      relatedTarget = anchor;
    },
  };
}

/**
 * Parallax's one element in the page: a shadow-root host (createShadowRootUi,
 * so page CSS cannot reach in) holding the live region, the keyboard focus
 * target, the card, the quote check and the site's outlet note. Mounted
 * lazily, when there is first something to show. Places the card (or the quote
 * check) next to what it explains and keeps it on screen. Shared by the
 * behaviours that show something: each sets its part of the state and its own
 * event handlers (handle()); removed when the context is invalidated.
 */
import { h, render } from 'preact';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { CardLayer, type CardLayerProps } from '@/components/card/CardLayer';
import cardCss from '@/components/card/card.css?inline';
import quoteCheckCss from '@/components/quote-check/quote-check.css?inline';
import { placeCard } from '@/utils/dom/place-card';

export const HOST_NAME = 'parallax-card';
const GAP = 8;

export type UiHandlers = Pick<CardLayerProps, 'onFocusActivate' | 'onFocusEscape' | 'onClose' | 'onSelectFact' | 'onCloseQuoteCheck' | 'onDismissPageOutlet'>;

type UiState = Pick<CardLayerProps, 'announcement' | 'focusLabel' | 'card' | 'quoteCheck' | 'pageOutlet'>;

const NOTHING = (): void => undefined;

export class ParallaxUi {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private mounting: Promise<void> | null = null;
  private state: UiState = { announcement: '', focusLabel: null, card: null, quoteCheck: null, pageOutlet: null };
  private anchorRect: (() => DOMRect | null) | null = null;
  /** Scroll the page once, at the next placement, if the card would be cramped (see position()). */
  private fitPending = false;
  private frame = 0;
  private destroyed = false;
  private handlers: UiHandlers = {
    onFocusActivate: NOTHING,
    onFocusEscape: NOTHING,
    onClose: NOTHING,
    onSelectFact: NOTHING,
    onCloseQuoteCheck: NOTHING,
    onDismissPageOutlet: NOTHING,
  };

  constructor(private readonly ctx: ContentScriptContext) {
    const reposition = () => this.schedulePosition();
    ctx.addEventListener(window, 'scroll', reposition, { passive: true, capture: true });
    ctx.addEventListener(window, 'resize', reposition, { passive: true });
    ctx.onInvalidated(() => this.destroy());
  }

  /** A behaviour's handlers for the events of its part of the UI. */
  handle(handlers: Partial<UiHandlers>): void {
    this.handlers = { ...this.handlers, ...handlers };
  }

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  get cardOpen(): boolean {
    return this.state.card !== null || this.state.quoteCheck !== null;
  }

  /** True when focus is inside Parallax's UI. */
  hasFocus(): boolean {
    return !!this.host && document.activeElement === this.host;
  }

  private mount(): Promise<void> {
    this.mounting ??= createShadowRootUi<void>(this.ctx, {
      name: HOST_NAME,
      position: 'inline',
      // Closed: page script cannot read or rewrite the card (element.shadowRoot is null for it).
      mode: 'closed',
      anchor: 'body',
      append: 'last',
      css: `${cardCss}\n${quoteCheckCss}`,
      onMount: () => undefined,
      onRemove: () => {
        if (this.ui) render(null, this.ui.uiContainer);
      },
    }).then((ui) => {
      if (this.destroyed) return;
      this.ui = ui;
      // An empty inline host takes no space in the page's layout; the card inside is position: fixed.
      ui.mount();
    });
    return this.mounting;
  }

  /** `fit`: the card was just opened by the reader, so it may scroll the page once to make room. */
  async update(patch: Partial<UiState>, anchorRect?: (() => DOMRect | null) | null, fit = false): Promise<void> {
    this.state = { ...this.state, ...patch };
    if (anchorRect !== undefined) this.anchorRect = anchorRect;
    this.fitPending = fit;
    await this.mount();
    if (!this.ui || this.destroyed) return;
    render(
      h(CardLayer, { ...this.state, ...this.handlers }),
      this.ui.uiContainer,
    );
    this.position();
  }

  /** Move focus to the keyboard focus target (it exists once focusLabel is set). */
  focusTarget(): void {
    this.ui?.shadow.querySelector<HTMLElement>('.px-focus-target')?.focus({ preventScroll: true });
  }

  focusCard(): void {
    this.ui?.shadow.querySelector<HTMLElement>('.px-card')?.focus({ preventScroll: true });
  }

  private schedulePosition(): void {
    if (!this.cardOpen || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  /**
   * Next to the sentence, never over it when avoidable (see placeCard). When the
   * reader has just opened the card and the only room left would make it cramped
   * (200% zoom, a small window, a sentence mid-screen), the page scrolls once so
   * the sentence sits near the top and the card fits below it. Only once per
   * opening: later placements (the reader scrolling) never move the page.
   */
  private position(): void {
    const card = this.ui?.shadow.querySelector<HTMLElement>('.px-card');
    let rect = this.anchorRect?.();
    if (!card || !rect) return;
    const fit = this.fitPending;
    this.fitPending = false;
    // Measure the card's natural size: undo the last placement's constraints first.
    card.style.width = '';
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const em = parseFloat(getComputedStyle(card).fontSize) || 16;
    const place = (anchor: DOMRect) =>
      placeCard({
        anchor,
        card: { width, height },
        viewport: { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight },
        gap: GAP,
        minWidth: 18 * em,
        minHeight: 8 * em,
        heightAtWidth: (w) => {
          card.style.width = `${w}px`;
          const h = card.getBoundingClientRect().height;
          card.style.width = '';
          return h;
        },
      });
    let placement = place(rect);
    const cramped = placement.maxHeight !== undefined && placement.maxHeight < Math.min(height, 20 * em) && !['left', 'right'].includes(placement.side);
    if (fit && cramped && rect.height < window.innerHeight / 2) {
      window.scrollBy({ top: rect.top - 2 * GAP, behavior: 'instant' });
      rect = this.anchorRect?.() ?? rect;
      placement = place(rect);
    }
    card.style.width = placement.width !== undefined ? `${Math.floor(placement.width)}px` : '';
    card.style.maxHeight = placement.maxHeight !== undefined ? `${Math.floor(placement.maxHeight)}px` : '';
    card.style.top = `${Math.round(placement.top)}px`;
    card.style.left = `${Math.round(placement.left)}px`;
    card.dataset.side = placement.side;
  }

  private destroy(): void {
    this.destroyed = true;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.ui?.remove();
    this.ui = null;
  }
}

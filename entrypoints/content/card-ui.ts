/**
 * Parallax's one element in the page: a shadow-root host (createShadowRootUi,
 * so page CSS cannot reach in) holding the live region, the keyboard focus
 * target and the card. Mounted lazily, on the first highlight. Positions the
 * card next to its sentence and keeps it on screen.
 */
import { h, render } from 'preact';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { CardLayer } from '@/components/card/CardLayer';
import type { CardModel } from '@/components/card/card-model';
import cardCss from '@/components/card/card.css?inline';

export const HOST_NAME = 'parallax-card';
const GAP = 8;

export interface UiCallbacks {
  onFocusActivate: () => void;
  onFocusEscape: () => void;
  onClose: () => void;
}

interface UiState {
  announcement: string;
  focusLabel: string | null;
  card: CardModel | null;
}

export class ParallaxUi {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private mounting: Promise<void> | null = null;
  private state: UiState = { announcement: '', focusLabel: null, card: null };
  private anchorRect: (() => DOMRect | null) | null = null;
  private frame = 0;
  private destroyed = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly callbacks: UiCallbacks,
  ) {
    const reposition = () => this.schedulePosition();
    ctx.addEventListener(window, 'scroll', reposition, { passive: true, capture: true });
    ctx.addEventListener(window, 'resize', reposition, { passive: true });
  }

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  get cardOpen(): boolean {
    return this.state.card !== null;
  }

  /** True when focus is inside Parallax's UI. */
  hasFocus(): boolean {
    return !!this.host && document.activeElement === this.host;
  }

  private mount(): Promise<void> {
    this.mounting ??= createShadowRootUi<void>(this.ctx, {
      name: HOST_NAME,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardCss,
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

  async update(patch: Partial<UiState>, anchorRect?: (() => DOMRect | null) | null): Promise<void> {
    this.state = { ...this.state, ...patch };
    if (anchorRect !== undefined) this.anchorRect = anchorRect;
    await this.mount();
    if (!this.ui || this.destroyed) return;
    render(
      h(CardLayer, {
        ...this.state,
        onFocusActivate: this.callbacks.onFocusActivate,
        onFocusEscape: this.callbacks.onFocusEscape,
        onClose: this.callbacks.onClose,
      }),
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
    if (!this.state.card || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  /** Below the sentence, or above when there is no room; clamped to the viewport. */
  private position(): void {
    const card = this.ui?.shadow.querySelector<HTMLElement>('.px-card');
    const rect = this.anchorRect?.();
    if (!card || !rect) return;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    const { width, height } = card.getBoundingClientRect();
    let top = rect.bottom + GAP;
    if (top + height > vh - GAP && rect.top - GAP - height >= GAP) top = rect.top - GAP - height;
    top = Math.max(GAP, Math.min(top, vh - height - GAP));
    const left = Math.max(GAP, Math.min(rect.left, vw - width - GAP));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.ui?.remove();
    this.ui = null;
  }
}

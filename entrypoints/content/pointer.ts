/**
 * Pointer access to highlights: a click on a highlighted sentence (or a related
 * statement) opens its card, and the pointer shows that the sentence is clickable.
 *
 * Highlights are not elements, so the cursor cannot be set on them, and we
 * change nothing in the page's DOM (no class or style attribute on <html>).
 * Choice: one constructed stylesheet adopted by the document
 * (document.adoptedStyleSheets is not part of the DOM tree or its
 * serialisation) holds `:root { cursor: pointer }` while, and only while, the
 * pointer is over a highlight. Where adoption is refused (some Firefox
 * content-script setups), there is no pointer cursor; clicks still work.
 */
import type { ContentScriptContext } from '#imports';
import { caretAt, rangeIndexAt } from '@/utils/dom/hit-test';
import type { AnchorStore } from './anchors';
import type { Card } from './card';

export function startPointer(ctx: ContentScriptContext, store: AnchorStore, card: Pick<Card, 'open' | 'openRelated'>): void {
  const pointer = new PointerAccess(store, card);
  ctx.addEventListener(document, 'click', (e) => pointer.onClick(e), { capture: true });
  ctx.addEventListener(document, 'mousemove', (e) => pointer.onMove(e), { passive: true });
  ctx.addEventListener(document, 'mouseleave', () => pointer.setPointer(false));
  ctx.onInvalidated(() => pointer.destroy());
}

class PointerAccess {
  private frame = 0;
  private lastMove: MouseEvent | null = null;
  private sheet: CSSStyleSheet | null = null;
  private pointerOn = false;

  constructor(
    private readonly store: AnchorStore,
    private readonly card: Pick<Card, 'open' | 'openRelated'>,
  ) {}

  /** Index of the highlight at the point, or -1; with `related`, of the related statement instead. */
  private hit(x: number, y: number, related = false): number {
    const caret = caretAt(document, x, y);
    if (!caret || !(caret.node instanceof Text)) return -1;
    return rangeIndexAt(related ? this.store.relatedRanges : this.store.ranges, caret, x, y);
  }

  onClick(e: MouseEvent): void {
    if (e.button !== 0 || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    // A click that ends a text selection is the reader selecting, not asking for the card.
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    // Links inside a highlighted sentence keep working as links.
    if (e.target instanceof Element && e.target.closest('a[href], button, input, select, textarea, label')) return;
    const index = this.hit(e.clientX, e.clientY);
    if (index >= 0) this.card.open(index, undefined, 'pointer');
    else {
      const related = this.hit(e.clientX, e.clientY, true);
      if (related >= 0) this.card.openRelated(related, 'pointer');
    }
  }

  onMove(e: MouseEvent): void {
    this.lastMove = e;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const m = this.lastMove;
      if (m) this.setPointer(this.hit(m.clientX, m.clientY) >= 0 || this.hit(m.clientX, m.clientY, true) >= 0);
    });
  }

  setPointer(on: boolean): void {
    if (on === this.pointerOn) return;
    this.pointerOn = on;
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(on ? ':root { cursor: pointer; }' : '');
    } catch {
      // Adopted stylesheets unavailable here: no cursor affordance.
    }
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.setPointer(false);
    const sheet = this.sheet;
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/**
 * Pointer access to highlights: a click on a highlighted sentence opens its
 * card, and the pointer shows that the sentence is clickable.
 *
 * Highlights are not elements, so the cursor cannot be set on them, and we
 * change nothing in the page's DOM (no class or style attribute on <html>).
 * Choice: one constructed stylesheet adopted by the document
 * (document.adoptedStyleSheets is not part of the DOM tree or its
 * serialisation) holds `:root { cursor: pointer }` while, and only while, the
 * pointer is over a highlight. Where adoption is refused (some Firefox
 * content-script setups), there is no pointer cursor; clicks still work.
 */
import { caretAt } from '@/utils/dom/hit-test';

export interface PointerOptions {
  /** Index of the highlight at the point, or -1. */
  hitTest: (x: number, y: number, caret: { node: Node; offset: number }) => number;
  onActivate: (index: number) => void;
  signal: AbortSignal;
}

export class PointerAccess {
  private frame = 0;
  private lastMove: MouseEvent | null = null;
  private sheet: CSSStyleSheet | null = null;
  private pointerOn = false;

  constructor(private readonly opts: PointerOptions) {
    const { signal } = opts;
    document.addEventListener('click', (e) => this.onClick(e), { capture: true, signal });
    document.addEventListener('mousemove', (e) => this.onMove(e), { passive: true, signal });
    document.addEventListener('mouseleave', () => this.setPointer(false), { signal });
  }

  private hit(x: number, y: number): number {
    const caret = caretAt(document, x, y);
    if (!caret || !(caret.node instanceof Text)) return -1;
    return this.opts.hitTest(x, y, caret);
  }

  private onClick(e: MouseEvent): void {
    if (e.button !== 0 || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    // A click that ends a text selection is the reader selecting, not asking for the card.
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    // Links inside a highlighted sentence keep working as links.
    if (e.target instanceof Element && e.target.closest('a[href], button, input, select, textarea, label')) return;
    const index = this.hit(e.clientX, e.clientY);
    if (index >= 0) this.opts.onActivate(index);
  }

  private onMove(e: MouseEvent): void {
    this.lastMove = e;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const m = this.lastMove;
      if (m) this.setPointer(this.hit(m.clientX, m.clientY) >= 0);
    });
  }

  private setPointer(on: boolean): void {
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

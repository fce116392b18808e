/**
 * Highlights: paints the store's sentences through the CSS Custom Highlight API
 * (utils/dom/highlights.ts; the page's DOM is never touched), and the active
 * sentence (keyboard or open card) on top. Three kinds, each its own registry
 * name styled in style.css:
 *   parallax          every sentence with something to compare (quiet underline)
 *   parallax-differs  of those, the ones other outlets told in other words or figures (painted over: yellow)
 *   parallax-related  a sentence stating a claim with other figures (dashed, no fill)
 * Unpainted when the context is invalidated.
 */
import type { ContentScriptContext } from '#imports';
import { ACTIVE_HIGHLIGHT_NAME, HighlightPainter, supportsHighlights } from '@/utils/dom/highlights';
import type { AnchorStore } from './anchors';

export const DIFFERS_HIGHLIGHT_NAME = 'parallax-differs';
export const RELATED_HIGHLIGHT_NAME = 'parallax-related';

const present = (r: Range | null | undefined): r is Range => !!r;

function paintNamed(name: string, ranges: Range[]): void {
  if (!supportsHighlights()) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/** Mark a related statement as the active sentence (its card is open); null clears it. The keyboard's active highlight uses the store. */
export function paintActiveRange(range: Range | null): void {
  if (!supportsHighlights()) return;
  if (range) {
    const active = new Highlight(range);
    active.priority = 1;
    CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, active);
  } else if (!CSS.highlights.has(ACTIVE_HIGHLIGHT_NAME) || activeIsRelated) CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
  activeIsRelated = range !== null;
}
let activeIsRelated = false;

export function startHighlights(ctx: ContentScriptContext, store: AnchorStore): void {
  const painter = new HighlightPainter();
  const paintActive = () => painter.setActive(store.ranges[store.active] ?? null);
  store.on(
    'anchors',
    () => {
      painter.paint(store.ranges.filter(present));
      paintNamed(DIFFERS_HIGHLIGHT_NAME, store.anchors.map((a, i) => (a.kind === 'differs' ? store.ranges[i] : null)).filter(present));
      paintNamed(RELATED_HIGHLIGHT_NAME, store.relatedRanges.filter(present));
      paintActive();
    },
    ctx.signal,
  );
  store.on('active', paintActive, ctx.signal);
  ctx.onInvalidated(() => {
    painter.destroy();
    paintNamed(DIFFERS_HIGHLIGHT_NAME, []);
    paintNamed(RELATED_HIGHLIGHT_NAME, []);
  });
}

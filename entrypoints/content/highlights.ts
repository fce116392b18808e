/**
 * Highlights: paints the store's sentences through the CSS Custom Highlight API
 * (utils/dom/highlights.ts; the page's DOM is never touched), and the keyboard's
 * active sentence on top. Unpainted when the context is invalidated.
 */
import type { ContentScriptContext } from '#imports';
import { HighlightPainter } from '@/utils/dom/highlights';
import type { AnchorStore } from './anchors';

const present = (r: Range | null): r is Range => r !== null;

export function startHighlights(ctx: ContentScriptContext, store: AnchorStore): void {
  const painter = new HighlightPainter();
  const paintActive = () => painter.setActive(store.ranges[store.active] ?? null);
  store.on(
    'anchors',
    () => {
      painter.paint(store.ranges.filter(present));
      paintActive();
    },
    ctx.signal,
  );
  store.on('active', paintActive, ctx.signal);
  ctx.onInvalidated(() => painter.destroy());
}

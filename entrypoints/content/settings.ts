/**
 * The reader's settings in this page: source filters and pause (for this
 * site or everywhere), read once (parsed, see utils/settings.ts) and then
 * followed live. The store turns ready after the first read.
 */
import type { ContentScriptContext } from '#imports';
import { isPausedFor } from '@/utils/pause';
import { filtersItem, pauseItem } from '@/utils/settings';
import type { AnchorStore } from './anchors';

export function followSettings(ctx: ContentScriptContext, store: AnchorStore): void {
  const hostname = location.hostname;
  const unwatchFilters = filtersItem.watch((f) => store.setFilters(f));
  const unwatchPause = pauseItem.watch((p) => store.setPaused(isPausedFor(p, hostname)));
  ctx.onInvalidated(() => {
    unwatchFilters();
    unwatchPause();
  });
  void Promise.all([filtersItem.getValue(), pauseItem.getValue()]).then(([filters, pause]) => {
    if (ctx.isInvalid) return;
    store.setFilters(filters);
    store.setPaused(isPausedFor(pause, hostname));
    store.settle();
  });
}

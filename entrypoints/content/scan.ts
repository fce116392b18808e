/**
 * Scanning: reads the page (in 8 ms slices, see scan-page.ts) and puts the
 * matched sentences into the anchor store. Rescans after DOM changes
 * (watch-mutations.ts), SPA navigation and un-pausing; a new scan aborts the
 * one in progress; pausing aborts it. Starts reading only once the store is
 * ready (the settings say whether this site is paused).
 */
import type { ContentScriptContext } from '#imports';
import { runSliced } from '@/utils/dom/schedule';
import { ClaimMatcher } from '@/utils/matcher/match';
import type { AnchorStore } from './anchors';
import { PageScanner } from './scan-page';
import { HOST_NAME, type ParallaxUi } from './ui';
import { MutationWatcher } from './watch-mutations';

export function startScanning(ctx: ContentScriptContext, store: AnchorStore, ui: ParallaxUi): void {
  const scanner = new PageScanner(new ClaimMatcher(store.view.shipped), { exclude: (el) => el.localName === HOST_NAME });
  let current: AbortController | null = null;

  const rescan = async (): Promise<void> => {
    current?.abort();
    if (!store.ready || store.paused || ctx.isInvalid) return;
    const scan = new AbortController();
    current = scan;
    const signal = AbortSignal.any([scan.signal, ctx.signal]);
    try {
      const root = document.body ?? document.documentElement;
      const result = await runSliced(scanner.steps(root, document.title), { signal });
      store.setScan(result);
    } catch (err) {
      if (!signal.aborted) throw err;
    } finally {
      if (current === scan) current = null;
    }
  };

  new MutationWatcher({
    root: document.documentElement,
    isOwn: (m) => {
      const host = ui.host;
      if (host && (host === m.target || host.contains(m.target))) return true;
      return m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every((n) => n === host);
    },
    onChange: () => void rescan(),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
    signal: ctx.signal,
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => void rescan());
  store.on('paused', () => (store.paused ? current?.abort() : void rescan()), ctx.signal);
  store.on('ready', () => void rescan(), ctx.signal);
  ctx.onInvalidated(() => current?.abort());
}

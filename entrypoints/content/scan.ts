/**
 * Scanning: reads the page (in 8 ms slices that yield to the page's own tasks,
 * see scan-page.ts and utils/dom/schedule.ts) and puts the matched sentences
 * into the anchor store.
 *
 * Rescans after DOM changes (watch-mutations.ts), SPA navigation and
 * un-pausing are coalesced: changes during a scan never restart it; they mark
 * the page dirty and one more scan follows when it ends. Rescans also keep to
 * a budget (SCAN_BUDGET_MS of work per second), so a page changing 10,000
 * times a second keeps its frames. Pausing aborts a scan. SPA navigation waits
 * for the new content to settle (no change for SETTLE_MS, at most
 * SETTLE_MAX_MS). Every relevant change first re-checks the painted anchors
 * (AnchorStore.verify) so text that changed under a highlight is never painted.
 * Starts reading only once the store is ready (the settings say whether this
 * site is paused).
 */
import type { ContentScriptContext } from '#imports';
import { runSliced, SignalTimers } from '@/utils/dom/schedule';
import { ClaimMatcher } from '@/utils/matcher/match';
import type { AnchorStore } from './anchors';
import { PageScanner } from './scan-page';
import { HOST_NAME, type ParallaxUi } from './ui';
import { MutationWatcher } from './watch-mutations';

export const MUTATION_DEBOUNCE_MS = 300;
/** Work allowed per rolling second for rescans (the first scan is only sliced). */
export const SCAN_BUDGET_MS = 200;
export const SETTLE_MS = 300;
export const SETTLE_MAX_MS = 3000;

type ShadowRootGetter = (el: Element) => ShadowRoot | null;

/**
 * Open or closed shadow roots, as far as the browser lets an extension see them.
 * chrome.dom.openOrClosedShadowRoot is an extension API call (costly per
 * element on a 1,000,000-word page), so it is asked only of elements that
 * look like hosts: custom elements, and elements with no light children.
 */
export function extensionShadowRootOf(): ShadowRootGetter {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }).chrome?.dom;
  const opener = chromeDom?.openOrClosedShadowRoot;
  return (el) => {
    const open = el.shadowRoot;
    if (open) return open;
    const gecko = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
    if (gecko !== undefined) return gecko ?? null;
    if (!opener || (!el.localName.includes('-') && el.firstChild !== null)) return null;
    try {
      return opener.call(chromeDom, el) ?? null;
    } catch {
      return null;
    }
  };
}

export function startScanning(ctx: ContentScriptContext, store: AnchorStore, ui: ParallaxUi): void {
  const scanner = new PageScanner(new ClaimMatcher(store.view.shipped), {
    exclude: (el) => el.localName === HOST_NAME,
    shadowRootOf: extensionShadowRootOf(),
  });
  const timers = new SignalTimers(ctx.signal);
  let current: AbortController | null = null;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** [end time, ms] of recent slices, for the rolling budget. */
  const slices: [number, number][] = [];
  let lastChange = 0;
  let settlingSince = 0;

  const spentLastSecond = (now: number): number => {
    while (slices.length > 0 && slices[0]![0] < now - 1000) slices.shift();
    return slices.reduce((sum, [, ms]) => sum + ms, 0);
  };

  /** Run scans until the page is clean; at most one at a time. */
  const run = async (): Promise<void> => {
    if (current || !store.ready || store.paused || ctx.isInvalid) return;
    dirty = false;
    const scan = new AbortController();
    current = scan;
    // Not AbortSignal.any([scan, ctx]): where that is built from listeners it would add one to ctx.signal per scan.
    // ctx's end aborts `current` (onInvalidated below).
    const signal = scan.signal;
    try {
      const root = document.body ?? document.documentElement;
      const result = await runSliced(scanner.steps(root, document.title), {
        signal,
        onSlice: (ms) => slices.push([performance.now(), ms]),
      });
      for (const shadow of result.pageText.shadowRoots ?? []) watcher.watch(shadow);
      store.setScan(result);
    } catch (err) {
      if (!signal.aborted) throw err;
    } finally {
      if (current === scan) current = null;
    }
    if (dirty && !signal.aborted) schedule(MUTATION_DEBOUNCE_MS);
  };

  /** Scan after `delay`, later if the budget is spent or a navigation has not settled. */
  const schedule = (delay: number): void => {
    dirty = true;
    if (current || timer !== undefined) return;
    timer = timers.set(fire, delay);
  };
  const fire = (): void => {
    timer = undefined;
    const now = performance.now();
    if (settlingSince && now - lastChange < SETTLE_MS && now - settlingSince < SETTLE_MAX_MS) {
      timer = timers.set(fire, SETTLE_MS - (now - lastChange));
      return;
    }
    settlingSince = 0;
    const spent = spentLastSecond(now);
    if (spent > SCAN_BUDGET_MS) {
      // Wait until enough old work leaves the window.
      timer = timers.set(fire, Math.max(50, (slices[0]?.[0] ?? now) + 1000 - now));
      return;
    }
    void run();
  };

  const watcher = new MutationWatcher({
    root: document.documentElement,
    isOwn: (m) => {
      const host = ui.host;
      if (host && (host === m.target || host.contains(m.target))) return true;
      return m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every((n) => n === host);
    },
    onChange: () => {
      lastChange = performance.now();
      store.verify();
      schedule(MUTATION_DEBOUNCE_MS);
    },
    signal: ctx.signal,
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    lastChange = performance.now();
    settlingSince = lastChange;
    store.verify();
    schedule(SETTLE_MS);
  });
  store.on('paused', () => {
    if (store.paused) current?.abort();
    else schedule(0);
  }, ctx.signal);
  store.on('ready', () => void run(), ctx.signal);
  ctx.onInvalidated(() => current?.abort());
}

/**
 * Parallax's content script: finds sentences stating indexed claims and
 * highlights them; a click or the keyboard opens the comparison card.
 * Makes no network request: the index ships inside the extension.
 */
import { defineContentScript } from '#imports';
import indexJson from '@/data/generated/index.json';
import type { ShippedIndex } from '@/utils/index/shipped';
import { isPausedFor } from '@/utils/pause';
import { filtersItem, pauseItem } from '@/utils/settings';
import './style.css';
import { listenForKeys } from './keyboard';
import { listenForMessages } from './messages';
import { PointerAccess } from './pointer';
import { PageSession } from './session';
import { MutationWatcher } from './watch-mutations';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // ::highlight() rules go in the manifest (CSP-proof); the card's CSS is passed to its shadow root.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const session = new PageSession(ctx, indexJson as unknown as ShippedIndex);
    const { signal } = ctx;

    const pointer = new PointerAccess({
      signal,
      hitTest: (x, y, caret) => session.hitTest(x, y, caret),
      onActivate: (i) => session.openCard(i, undefined, 'pointer'),
    });
    listenForKeys({ signal, onMove: (step) => session.moveFocus(step), onEscape: () => session.closeOverlay() });
    listenForMessages(session, signal);

    const watcher = new MutationWatcher({
      root: document.documentElement,
      isOwn: (m) => {
        const host = session.ui.host;
        if (host && (host === m.target || host.contains(m.target))) return true;
        return m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every((n) => n === host);
      },
      onChange: () => void session.rescan(),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      session.closeCard(false);
      void session.rescan();
    });

    const hostname = location.hostname;
    session.setFilters(await filtersItem.getValue());
    session.setPaused(isPausedFor(await pauseItem.getValue(), hostname));
    const unwatchFilters = filtersItem.watch((f) => session.setFilters(f));
    const unwatchPause = pauseItem.watch((p) => session.setPaused(isPausedFor(p, hostname)));
    if (!session.isPaused) void session.rescan();
    session.showPageOutlet(hostname);

    ctx.onInvalidated(() => {
      unwatchFilters();
      unwatchPause();
      watcher.destroy();
      pointer.destroy();
      session.destroy();
    });
  },
});

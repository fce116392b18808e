/**
 * Toolbar icon shows whether Parallax is paused for a tab (everywhere, or for its site).
 * Recomputed from `pauseItem` whenever a tab is activated or navigates and whenever the
 * pause settings change; nothing is cached here.
 *
 * Trade-off: per-tab icons (setIcon with tabId) instead of one global icon, because a site
 * pause applies to some tabs only. The browser resets per-tab icons on navigation, hence
 * the onUpdated hook. Tab URLs are visible only for pages the content script may run on;
 * for the others only "paused everywhere" can show.
 */
import { browser } from 'wxt/browser';
import { iconFor, PAUSED_ICON, ACTIVE_ICON } from '@/utils/action-icon';
import type { PauseState } from '@/utils/pause';
import { pauseItem } from '@/utils/settings';
import { toolbarAction } from './toolbar-action';

export async function applyTabIcon(tabId: number, url: string | undefined, pause?: PauseState): Promise<void> {
  const state = pause ?? (await pauseItem.getValue());
  await toolbarAction().setIcon({ tabId, path: iconFor(state, url) });
}

export async function refreshAllIcons(pause?: PauseState): Promise<void> {
  const state = pause ?? (await pauseItem.getValue());
  const action = toolbarAction();
  // The default for tabs not seen yet (new tabs get a per-tab icon once they load).
  await action.setIcon({ path: state.everywhere ? PAUSED_ICON : ACTIVE_ICON }).catch(() => undefined);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((t) => (t.id === undefined ? undefined : applyTabIcon(t.id, t.url, state).catch(() => undefined))),
  );
}

export function registerPauseIcon(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.tabs
      .get(tabId)
      .then((tab) => applyTabIcon(tabId, tab.url))
      .catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' || change.url) applyTabIcon(tabId, tab.url).catch(() => undefined);
  });
  pauseItem.watch((state) => {
    refreshAllIcons(state).catch(() => undefined);
  });
  // A (re)started worker does not know what the icons show: set them all (cheap).
  refreshAllIcons().catch(() => undefined);
}

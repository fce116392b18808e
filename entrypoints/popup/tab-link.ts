/**
 * The popup's link to the page it is about.
 *
 * The toolbar popup inspects the active tab of its window. `?tab=<id>` names another tab:
 * a popup opened as an ordinary tab (e2e tests) would otherwise inspect itself.
 */
import { browser } from 'wxt/browser';
import type { TabLink } from '@/components/popup/tab-link';

export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

export function browserTabLink(search: string): TabLink {
  const named = tabIdFromQuery(search);
  return {
    async getTab() {
      const tab =
        named !== undefined
          ? await browser.tabs.get(named).catch(() => undefined)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
    },
    send: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  };
}

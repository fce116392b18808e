/**
 * Badge = number of indexed claims the content script found on the tab, per tab.
 * The count arrives in `page-matches-changed`; a navigation clears it until the new page
 * reports (the browser also resets per-tab badges on navigation, but not for every kind
 * of navigation in every browser, so clear explicitly).
 */
import { browser } from 'wxt/browser';
import { badgeText } from '@/utils/badge';
import { onBackgroundMessage } from '@/utils/messaging';
import { toolbarAction } from './toolbar-action';

/** Dark blue: white badge text on it passes WCAG AA contrast. */
export const BADGE_COLOR = '#1d4ed8';

export async function showMatchCount(tabId: number, count: number, paused: boolean): Promise<void> {
  const action = toolbarAction();
  const text = badgeText(count, paused);
  await action.setBadgeText({ tabId, text });
  if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

export function registerMatchBadge(): void {
  onBackgroundMessage((message, { tabId, frameId }) => {
    // Only the top frame speaks for the tab; a frame's own count would overwrite it.
    if (tabId === undefined || (frameId !== undefined && frameId !== 0)) return;
    // Tab closed in between: nothing to show, and nothing to report to the sender.
    showMatchCount(tabId, message.count, message.paused).catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') toolbarAction().setBadgeText({ tabId, text: '' }).catch(() => undefined);
  });
}

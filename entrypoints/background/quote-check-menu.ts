/**
 * "Check quote with Parallax": a context-menu item on selected text. A click
 * sends the selection to the tab's content script, which opens the quote check
 * next to it ({ type: 'check-quote', text }, see utils/messages.ts).
 *
 * Registered once, on start, by entrypoints/background/index.ts:
 *   registerQuoteCheckMenu();
 * Needs the "contextMenus" permission (Firefox accepts it as an alias of "menus").
 *
 * Menu items outlive an MV3 service worker but not a browser restart in every
 * browser, so the item is (re)created on install and on startup; removing it
 * first keeps creation idempotent (creating an existing id is an error).
 */
import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from '@/utils/messaging';

export const QUOTE_CHECK_MENU_ID = 'parallax-check-quote';

/** Longer selections are not quotes; the cap keeps the message and the check small. */
export const MAX_QUOTE_CHARS = 2000;

async function createMenuItem(): Promise<void> {
  await browser.contextMenus.remove(QUOTE_CHECK_MENU_ID).catch(() => undefined);
  browser.contextMenus.create({ id: QUOTE_CHECK_MENU_ID, title: 'Check quote with Parallax', contexts: ['selection'] });
}

/** Send the selected text to the tab's content script. Pages without it (browser pages, stores, PDFs) cannot answer. */
export async function handleQuoteCheckClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== QUOTE_CHECK_MENU_ID || tab?.id === undefined) return;
  const text = (info.selectionText ?? '').trim().slice(0, MAX_QUOTE_CHARS);
  if (!text) return;
  await sendToTab(tab.id, { type: 'check-quote', text }).catch(() => undefined);
}

export function registerQuoteCheckMenu(): void {
  // Listeners first and synchronously, so a click wakes the worker and is handled.
  browser.contextMenus.onClicked.addListener((info, tab) => void handleQuoteCheckClick(info, tab));
  browser.runtime.onInstalled.addListener(() => void createMenuItem());
  browser.runtime.onStartup.addListener(() => void createMenuItem());
}

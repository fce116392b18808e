/**
 * The browser edge of utils/messages.ts: sending and receiving Parallax's
 * messages with their types checked on both sides. (Imports `wxt/browser`,
 * like utils/settings.ts imports storage; the definitions stay pure.)
 */
import { browser } from 'wxt/browser';
import {
  parseBackgroundMessage,
  parseTabMessage,
  parseTabReply,
  type ContentToBackground,
  type TabMessage,
  type TabReplies,
} from './messages';

/**
 * Send to a tab's content script (every frame, or the one `frameId` names) and parse
 * the reply: undefined when the reply is not the one that message gets. Rejects when
 * nothing answers (no content script on the page).
 */
export async function sendToTab<M extends TabMessage>(tabId: number, message: M, frameId?: number): Promise<TabReplies[M['type']] | undefined> {
  const raw: unknown = await (frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId }));
  return parseTabReply<M['type']>(message.type, raw);
}

/** Tell the background; a background not listening yet is fine (the message is a notice, not a request). */
export function sendToBackground(message: ContentToBackground): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** What a content script does with a message: a reply (as a promise) or undefined for "no answer". */
export type TabMessageHandler = (message: TabMessage) => Promise<TabReplies[TabMessage['type']]> | undefined;

/** Receive tab messages until `signal` aborts. Anything that is not one of our messages is ignored. */
export function onTabMessage(handler: TabMessageHandler, signal: AbortSignal): void {
  const listener = (raw: unknown) => {
    const message = parseTabMessage(raw);
    return message ? handler(message) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Receive the background's messages (for the life of the worker). */
export function onBackgroundMessage(handler: (message: ContentToBackground, sender: { tabId?: number; frameId?: number }) => void): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseBackgroundMessage(raw);
    if (message) handler(message, { tabId: sender.tab?.id, frameId: sender.frameId });
  });
}

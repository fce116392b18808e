/**
 * Messages between Parallax's parts, typed by direction.
 * PopupToContent: sent with browser.tabs.sendMessage to the active tab.
 * ContentToBackground: sent with browser.runtime.sendMessage.
 */

/** One matched claim on a page, in page order, as the popup lists it. */
export interface PageMatch {
  claimId: string;
  summary: string;
  /** Category ids with at least one visible report of this claim. */
  categories: string[];
  /** The matched sentence on the page (first occurrence). */
  sentence: string;
}

export type PopupToContent =
  | { type: 'get-page-matches' }
  | { type: 'reveal-claim'; claimId: string };

export interface PageMatchesResponse {
  status: 'ok' | 'paused' | 'scanning';
  matches: PageMatch[];
}

export type ContentToBackground = { type: 'page-matches-changed'; count: number; paused: boolean };

/**
 * From the background to a tab: keyboard commands (manifest `commands`) relayed
 * to the active tab, and the "Check quote with Parallax" context-menu item's
 * selected text (entrypoints/background/quote-check-menu.ts).
 */
export type BackgroundToContent =
  | { type: 'focus-next-highlight' }
  | { type: 'focus-previous-highlight' }
  | { type: 'check-quote'; text: string };

/** Manifest command names (wxt.config.ts) and the message each becomes. */
export const COMMAND_MESSAGES: Record<string, BackgroundToContent> = {
  'next-highlight': { type: 'focus-next-highlight' },
  'previous-highlight': { type: 'focus-previous-highlight' },
};

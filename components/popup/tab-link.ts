/**
 * How the popup reaches the page it is about. The browser implementation lives in
 * entrypoints/popup/tab-link.ts; DOM tests pass a fake.
 */
import type { PopupToContent } from '@/utils/messages';

export interface InspectedTab {
  id: number;
  /** Undefined when the browser does not reveal it (pages Parallax may not read). */
  url?: string;
}

export interface TabLink {
  /** The tab the popup is about, or undefined if there is none. */
  getTab(): Promise<InspectedTab | undefined>;
  /**
   * Sends a message to the tab's content script and resolves with its raw answer (the
   * caller parses it with parseTabReply); rejects when nothing answers.
   */
  send(tabId: number, message: PopupToContent): Promise<unknown>;
}

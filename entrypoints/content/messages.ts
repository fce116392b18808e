/** Messages to this tab: the popup's questions, the background's relayed keyboard commands and quote checks. */
import { browser } from 'wxt/browser';
import type { BackgroundToContent, PageMatchesResponse, PopupToContent } from '@/utils/messages';
import type { PageSession } from './session';

export function listenForMessages(session: PageSession, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<PageMatchesResponse | boolean> | undefined => {
    const m = message as PopupToContent | BackgroundToContent | undefined;
    switch (m?.type) {
      case 'get-page-matches':
        return Promise.resolve(session.pageMatches());
      case 'reveal-claim':
        return Promise.resolve(session.reveal(m.claimId));
      case 'focus-next-highlight':
        session.moveFocus(1);
        return undefined;
      case 'focus-previous-highlight':
        session.moveFocus(-1);
        return undefined;
      case 'check-quote':
        // Answered, so the sender's sendMessage resolves once the panel is open.
        return session.openQuoteCheck(typeof m.text === 'string' ? m.text : '').then(() => true);
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/**
 * Parallax's first stage, on every page: reads the text after the page is
 * idle, in slices, and tests it against a compact filter of the index
 * (utils/prefilter/). Only a page that can match gets the full content script
 * (entrypoints/content, injected by the background on request): the matcher,
 * the index and the card stay out of every other page.
 *
 * Until it hands over, it answers the popup's question for the page (no
 * claims here) and passes a quote check on to the full script.
 */
import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import prefilterJson from '@/data/generated/prefilter.json';
import { bytesFromBase64, Prefilter } from '@/utils/prefilter/filter';
import { Probe } from './probe';
import { LOAD_FULL_SCRIPT, type LoadFullScript } from '@/utils/prefilter/stages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Frames too (an article in an iframe); the full script skips tiny frames.
  allFrames: true,
  // The page sees nothing of Parallax: no window.postMessage announcing the script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let filter: Prefilter | undefined;
    const probe = new Probe(() => (filter ??= new Prefilter(bytesFromBase64(prefilterJson.base64), prefilterJson.stopwords)), {
      signal: ctx.signal,
      idle: (fn) => {
        if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback((d) => fn(() => d.timeRemaining()), { timeout: 2000 });
        else ctx.setTimeout(() => fn(() => 5), 50);
      },
      // Only the top frame speaks for the tab (as the full script's count does).
      onNoMatch: () => {
        if (window === window.top) browser.runtime.sendMessage({ type: 'page-matches-changed', count: 0, paused: false }).catch(() => undefined);
      },
      handOver: (replay) => {
        // From here on the full script answers this frame's messages.
        browser.runtime.onMessage.removeListener(listener);
        const request: LoadFullScript = replay ? { type: LOAD_FULL_SCRIPT, replay } : { type: LOAD_FULL_SCRIPT };
        return browser.runtime.sendMessage(request).catch(() => undefined);
      },
    });
    const listener = (raw: unknown): Promise<unknown> | undefined => {
      const message = raw as { type?: unknown; text?: unknown } | null;
      if (message?.type === 'get-page-matches' && probe.state === 'no-match') return Promise.resolve({ status: 'ok', matches: [] });
      if (message?.type === 'check-quote' && typeof message.text === 'string') {
        // The full script opens the quote check: load it, then the background delivers the message.
        return probe.handOver({ type: 'check-quote', text: message.text }).then(() => true);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
    if (document.body) probe.start(document.body);
  },
});

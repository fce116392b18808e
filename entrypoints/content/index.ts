/**
 * Parallax's content script: finds sentences stating indexed claims and
 * highlights them; a click or the keyboard opens the comparison card.
 * Makes no network request: the index ships inside the extension.
 *
 * One behaviour per file, each started here with the context (its listeners,
 * timers and page changes end with ctx.signal / ctx.onInvalidated), sharing
 * the anchor store (anchors.ts) and the one shadow-root UI (ui.ts). Everything
 * is registered synchronously, before anything is awaited, so a context
 * invalidated at any point tears all of it down.
 */
import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { PageProofContext } from '@/utils/dom/page-proof-context';
import { bundledView } from '@/utils/index/bundled';
import { outletOfHostname } from '@/utils/outlet-of-page';
import './style.css';
import { AnchorStore } from './anchors';
import { startCard } from './card';
import { startHighlights } from './highlights';
import { startKeyboardNavigation } from './keyboard';
import { startMatchCount } from './match-count';
import { startOutletNote } from './outlet-note';
import { startPointer } from './pointer';
import { answerMessages } from './popup-answers';
import { startQuoteCheck } from './quote-check';
import { startScanning } from './scan';
import { followSettings } from './settings';
import { ParallaxUi } from './ui';

/** Frames smaller than this (px²) are not read: ads and widgets, not articles. */
const MIN_FRAME_AREA = 200 * 150;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Injected by the background when the first stage (entrypoints/probe.content) finds matchable text.
  registration: 'runtime',
  // WXT would post a "content script started" message (with the extension's id) to the page.
  noScriptStartedPostMessage: true,
  // ::highlight() rules go in the manifest (CSP-proof); the card's CSS is passed to its shadow root.
  cssInjectionMode: 'manifest',
  main(wxtCtx) {
    if (window !== window.top && window.innerWidth * window.innerHeight < MIN_FRAME_AREA) return;
    // The page can neither end nor steer this context (see page-proof-context.ts).
    const ctx = new PageProofContext(wxtCtx, () => browser.runtime?.id != null).asContext();
    const store = new AnchorStore(bundledView, outletOfHostname(bundledView, location.hostname)?.id);
    const ui = new ParallaxUi(ctx);
    // Order matters for store listeners: paint first, then the card follows its sentence, then the keyboard, then the badge.
    startHighlights(ctx, store);
    const card = startCard(ctx, store, ui, { closeQuoteCheck: () => quoteCheck.close(false) });
    const quoteCheck = startQuoteCheck(ctx, bundledView, ui, { closeCard: () => card.close(false) });
    const keyboard = startKeyboardNavigation(ctx, store, ui, card);
    startPointer(ctx, store, card);
    startMatchCount(ctx, store);
    startOutletNote(ctx, store, ui);
    // Only the top frame answers the popup and the badge (every frame would answer tabs.sendMessage).
    if (window === window.top) answerMessages(ctx, store, { card, keyboard, quoteCheck });
    startScanning(ctx, store, ui);
    // Last: reads the stored settings (async) and makes the store ready, which starts the scan.
    followSettings(ctx, store);
  },
});

/**
 * The second stage: a page's first-stage script (entrypoints/probe.content)
 * found text that can match and asks for the full content script. Injected
 * into the asking frame only, CSS first (the ::highlight rules), with
 * chrome.scripting in MV3 and tabs.executeScript in Firefox's MV2 build.
 * A quote check the first stage received is delivered once the script listens
 * (its listeners are registered synchronously when it runs).
 *
 * Registered once, on start, by entrypoints/background/index.ts. Holds no state:
 * a frame asks once per document.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '@/utils/messaging';
import { FULL_SCRIPT_FILES, isLoadFullScript } from '@/utils/prefilter/stages';

export async function injectFullScript(tabId: number, frameId: number): Promise<void> {
  if (browser.scripting && import.meta.env.MANIFEST_VERSION === 3) {
    const target = { tabId, frameIds: [frameId] };
    await browser.scripting.insertCSS({ target, files: [FULL_SCRIPT_FILES.css] });
    await browser.scripting.executeScript({ target, files: [FULL_SCRIPT_FILES.js] });
    return;
  }
  await browser.tabs.insertCSS(tabId, { file: FULL_SCRIPT_FILES.css, frameId });
  await browser.tabs.executeScript(tabId, { file: FULL_SCRIPT_FILES.js, frameId });
}

export function registerStageLoader(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isLoadFullScript(raw)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const frameId = sender.frameId ?? 0;
    return injectFullScript(tabId, frameId)
      .then(async () => {
        if (raw.replay) await sendToTab(tabId, raw.replay, frameId);
        return true;
      })
      .catch(() => false);
  });
}

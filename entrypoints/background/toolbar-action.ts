import { browser } from 'wxt/browser';

/**
 * The toolbar button API: `action` in MV3 (Chrome), `browserAction` in Firefox's MV2 build.
 * Both have the same setBadgeText / setIcon calls Parallax uses.
 */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser.browserAction as unknown as typeof browser.action);
}

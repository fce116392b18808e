/**
 * Can extensions read this page? Decided from the tab's URL before asking the content
 * script, so the popup can say why in plain words. Pure.
 *
 * Trade-off: Parallax has no "tabs" permission, so the browser reveals a tab's URL only
 * for http(s) pages its content script runs on. An unknown URL therefore already means
 * "not a page we can read" (chrome://, about:, the extension stores...). The content script
 * failing to answer is the other signal (see the popup); both end in the same states here.
 */
export type PageAccess =
  | { kind: 'readable'; site: string }
  | { kind: 'unreadable'; reason: UnreadableReason };

export type UnreadableReason = 'browser-page' | 'store' | 'pdf' | 'local-file' | 'unknown';

/** Pages of the extension galleries, where browsers forbid every extension's scripts. */
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { kind: 'unreadable', reason: 'unknown' };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'unreadable', reason: 'unknown' };
  }
  if (u.protocol === 'file:') return { kind: 'unreadable', reason: u.pathname.toLowerCase().endsWith('.pdf') ? 'pdf' : 'local-file' };
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { kind: 'unreadable', reason: 'browser-page' };
  const host = u.hostname.toLowerCase();
  if (STORE_HOSTS.includes(host) || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) {
    return { kind: 'unreadable', reason: 'store' };
  }
  if (u.pathname.toLowerCase().endsWith('.pdf')) return { kind: 'unreadable', reason: 'pdf' };
  return { kind: 'readable', site: host };
}

/** One plain sentence for each reason. */
export const UNREADABLE_TEXT: Record<UnreadableReason, string> = {
  'browser-page': 'This is one of the browser’s own pages, which extensions are not allowed to read.',
  store: 'Browsers do not let extensions read the extension store’s pages.',
  pdf: 'Parallax reads web pages, not PDF documents.',
  'local-file': 'Parallax can read files on this computer only if you turn on “Allow access to file URLs” for it in the browser’s extension settings.',
  unknown: 'Browsers do not let extensions read this kind of page.',
};

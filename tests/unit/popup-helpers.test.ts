import { describe, expect, it } from 'vitest';
import { badgeText } from '@/utils/badge';
import { iconFor, isTabPaused, PAUSED_ICON, ACTIVE_ICON, siteOf } from '@/utils/action-icon';
import { pageAccess } from '@/utils/page-access';

describe('badgeText', () => {
  it.each([
    [0, false, ''],
    [1, false, '1'],
    [12, false, '12'],
    [120, false, '99+'],
    [5, true, ''],
    [-1, false, ''],
    [Number.NaN, false, ''],
  ])('%d claims, paused %s → %j', (count, paused, text) => {
    expect(badgeText(count, paused)).toBe(text);
  });
});

describe('pause icon choice', () => {
  const pause = { everywhere: false, sites: ['www.globaltimes.cn'] };
  it.each([
    ['https://www.globaltimes.cn/page/1.html', true],
    ['https://WWW.GlobalTimes.cn/x', true],
    ['https://globaltimes.cn/x', false],
    ['chrome://extensions', false],
    [undefined, false],
  ])('%s paused: %s', (url, paused) => {
    expect(isTabPaused(pause, url)).toBe(paused);
    expect(iconFor(pause, url)).toBe(paused ? PAUSED_ICON : ACTIVE_ICON);
  });
  it('everywhere covers pages with no known URL', () => {
    expect(isTabPaused({ everywhere: true, sites: [] }, undefined)).toBe(true);
  });
  it('icon paths name every size', () => {
    expect(Object.keys(PAUSED_ICON)).toEqual(['16', '32', '48', '128']);
    expect(ACTIVE_ICON['16']).toBe('/icon/16.png');
    expect(PAUSED_ICON['128']).toBe('/icon/paused/128.png');
  });
  it('siteOf only knows http(s) hosts', () => {
    expect(siteOf('http://127.0.0.1:4000/a.html')).toBe('127.0.0.1');
    expect(siteOf('file:///tmp/a.html')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
  });
});

describe('pageAccess', () => {
  it.each([
    ['https://www.thestar.com.my/news/a', { kind: 'readable', site: 'www.thestar.com.my' }],
    ['http://127.0.0.1:5173/star-ai-lead.html', { kind: 'readable', site: '127.0.0.1' }],
    ['chrome://extensions/', { kind: 'unreadable', reason: 'browser-page' }],
    ['about:blank', { kind: 'unreadable', reason: 'browser-page' }],
    ['chrome-extension://abc/popup.html', { kind: 'unreadable', reason: 'browser-page' }],
    ['https://chromewebstore.google.com/detail/x', { kind: 'unreadable', reason: 'store' }],
    ['https://chrome.google.com/webstore/detail/x', { kind: 'unreadable', reason: 'store' }],
    ['https://addons.mozilla.org/en-US/firefox/', { kind: 'unreadable', reason: 'store' }],
    ['https://example.org/report.PDF', { kind: 'unreadable', reason: 'pdf' }],
    ['file:///home/me/a.html', { kind: 'unreadable', reason: 'local-file' }],
    ['file:///home/me/a.pdf', { kind: 'unreadable', reason: 'pdf' }],
    [undefined, { kind: 'unreadable', reason: 'unknown' }],
    ['::', { kind: 'unreadable', reason: 'unknown' }],
  ])('%s', (url, access) => {
    expect(pageAccess(url)).toEqual(access);
  });
});

/**
 * Background worker: badge per tab from `page-matches-changed`, cleared on navigation;
 * command relay to the content script; paused icon per tab from the pause settings.
 * fakeBrowser lacks commands, setIcon and tabs.sendMessage: those are stubbed here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { registerCommandRelay, relayCommand } from '@/entrypoints/background/command-relay';
import { registerMatchBadge } from '@/entrypoints/background/match-badge';
import { applyTabIcon, registerPauseIcon } from '@/entrypoints/background/pause-icon';
import { ACTIVE_ICON, PAUSED_ICON } from '@/utils/action-icon';
import { pauseItem } from '@/utils/settings';

type Listener = (...args: any[]) => unknown;
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
}


/** A runtime message from a content script, as the browser delivers it. */
const deliver = (message: unknown, sender: object) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender as Browser.runtime.MessageSender, () => undefined);
const tabLike = (t: Partial<Browser.tabs.Tab>) => t as Browser.tabs.Tab;
const flush = () => new Promise((r) => setTimeout(r, 0));
const badge = (tabId: number) => browser.action.getBadgeText({ tabId });
const matchesChanged = (count: number, paused = false) => ({ type: 'page-matches-changed', count, paused });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('match badge', () => {
  beforeEach(() => registerMatchBadge());

  it('shows each tab’s own count', async () => {
    await deliver(matchesChanged(3), { tab: { id: 7 }, frameId: 0 });
    await deliver(matchesChanged(12), { tab: { id: 8 }, frameId: 0 });
    await flush();
    expect(await badge(7)).toBe('3');
    expect(await badge(8)).toBe('12');
    expect(await browser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([29, 78, 216, 255]);
  });

  it('hides the badge at zero and while paused', async () => {
    await deliver(matchesChanged(3), { tab: { id: 7 }, frameId: 0 });
    await flush();
    await deliver(matchesChanged(0), { tab: { id: 7 }, frameId: 0 });
    await flush();
    expect(await badge(7)).toBe('');
    await deliver(matchesChanged(4, true), { tab: { id: 8 }, frameId: 0 });
    await flush();
    expect(await badge(8)).toBe('');
  });

  it('ignores subframes, messages without a tab, and other messages', async () => {
    await deliver(matchesChanged(5), { tab: { id: 7 }, frameId: 3 });
    await deliver(matchesChanged(5), {});
    await deliver({ type: 'something-else', count: 9 }, { tab: { id: 7 }, frameId: 0 });
    await flush();
    expect(await badge(7)).toBe('');
  });

  it('clears a tab’s badge when it starts loading a new page', async () => {
    await deliver(matchesChanged(3), { tab: { id: 7 }, frameId: 0 });
    await deliver(matchesChanged(2), { tab: { id: 8 }, frameId: 0 });
    await flush();
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, tabLike({ id: 7 }));
    await fakeBrowser.tabs.onUpdated.trigger(8, { title: 'x' }, tabLike({ id: 8 }));
    await flush();
    expect(await badge(7)).toBe('');
    expect(await badge(8)).toBe('2');
  });
});

describe('command relay', () => {
  it.each([
    ['next-highlight', { type: 'focus-next-highlight' }],
    ['previous-highlight', { type: 'focus-previous-highlight' }],
  ])('relays %s to the tab it was pressed in', async (command, message) => {
    const onCommand = fakeEvent();
    (fakeBrowser as any).commands = { onCommand };
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    registerCommandRelay();
    await onCommand.trigger(command, { id: 42 });
    await flush();
    expect(sendMessage).toHaveBeenCalledWith(42, message);
  });

  it('falls back to the active tab, and ignores unknown commands', async () => {
    // fakeBrowser has no focused window after reset(); answer the active-tab query directly.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() => Promise.resolve([tabLike({ id: 5 })])) as never);
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await relayCommand('next-highlight');
    await relayCommand('_execute_action');
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'focus-next-highlight' });
  });

  it('swallows the error from a tab without the content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(relayCommand('next-highlight', 3)).resolves.toBeUndefined();
  });
});

describe('pause icon', () => {
  it('shows the paused icon for a paused site or everywhere, the active one otherwise', async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined);
    await pauseItem.setValue({ everywhere: false, sites: ['news.example'] });
    await applyTabIcon(1, 'https://news.example/a');
    await applyTabIcon(2, 'https://other.example/b');
    await applyTabIcon(3, undefined);
    await pauseItem.setValue({ everywhere: true, sites: [] });
    await applyTabIcon(3, undefined);
    expect(setIcon.mock.calls.map((c) => c[0])).toEqual([
      { tabId: 1, path: PAUSED_ICON },
      { tabId: 2, path: ACTIVE_ICON },
      { tabId: 3, path: ACTIVE_ICON },
      { tabId: 3, path: PAUSED_ICON },
    ]);
  });

  it('updates every tab when the pause settings change, and on navigation', async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined);
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    registerPauseIcon();
    await flush();
    setIcon.mockClear();
    await pauseItem.setValue({ everywhere: false, sites: ['news.example'] });
    await flush();
    expect(setIcon).toHaveBeenCalledWith({ tabId: tab.id, path: PAUSED_ICON });
    setIcon.mockClear();
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tabLike({ id: tab.id, url: 'https://elsewhere.example/' }));
    await flush();
    expect(setIcon).toHaveBeenCalledWith({ tabId: tab.id, path: ACTIVE_ICON });
  });
});

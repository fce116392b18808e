/**
 * Popup view in happy-dom: plain-words page states, the list of matches and revealing
 * one, and search. The page is a fake TabLink; settings are fakeBrowser storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledView } from '@/utils/index/bundled';
import type { PageMatchesResponse, PopupToContent } from '@/utils/messages';
import { Popup } from '@/components/popup/Popup';
import type { InspectedTab, TabLink } from '@/components/popup/tab-link';
import { pauseItem } from '@/utils/settings';


const index = bundledView;
const PAGE = 'http://127.0.0.1:4000/star-ai-lead.html';

let container: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function fakeLink(tab: InspectedTab | undefined, answer: (m: PopupToContent) => unknown): TabLink & { sent: PopupToContent[] } {
  const sent: PopupToContent[] = [];
  return {
    sent,
    getTab: async () => tab,
    send: async (_id, message) => {
      sent.push(message);
      const a = answer(message);
      if (a instanceof Error) throw a;
      return a;
    },
  };
}

async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 2000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`waitFor timed out; DOM:\n${container.innerHTML.slice(0, 2000)}`);
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

async function show(link: TabLink, close = vi.fn()) {
  await act(() => render(<Popup index={index} link={link} close={close} openOptions={vi.fn()} />, container));
  return close;
}

const notice = () => container.querySelector('[data-testid=page-notice]')?.textContent ?? '';
const ok = (matches: PageMatchesResponse['matches'], status: PageMatchesResponse['status'] = 'ok'): PageMatchesResponse => ({
  status,
  matches,
});

describe('popup: page states in plain words', () => {
  it.each([
    ['a browser page', { id: 1, url: 'chrome://extensions/' }, /can’t read this page.*browser’s own pages/],
    ['the extension store', { id: 1, url: 'https://chromewebstore.google.com/detail/x' }, /extension store/],
    ['a PDF', { id: 1, url: 'https://example.org/report.pdf' }, /not PDF documents/],
    ['a local file', { id: 1, url: 'file:///tmp/a.html' }, /Allow access to file URLs/],
  ])('%s: says it cannot be read, without asking the page', async (_name, tab, text) => {
    const link = fakeLink(tab, () => ok([]));
    await show(link);
    await waitFor(() => text.test(notice()));
    expect(link.sent).toEqual([]);
  });

  it('a page whose URL the browser hides and that does not answer cannot be read', async () => {
    await show(fakeLink({ id: 1 }, () => new Error('Could not establish connection. Receiving end does not exist.')));
    await waitFor(() => /can’t read this page/.test(notice()));
  });

  it('a web page without the content script: suggests reloading', async () => {
    await show(fakeLink({ id: 1, url: PAGE }, () => new Error('Receiving end does not exist.')));
    await waitFor(() => /hasn’t read this page yet.*Reload/.test(notice()));
  });

  it('paused here', async () => {
    await show(fakeLink({ id: 1, url: PAGE }, () => ok([], 'paused')));
    await waitFor(() => /Parallax is paused here/.test(notice()));
  });

  it('no matches', async () => {
    await show(fakeLink({ id: 1, url: PAGE }, () => ok([])));
    await waitFor(() => /No claims from the index on this page/.test(notice()));
  });

  it('an answer it does not understand is an error', async () => {
    await show(fakeLink({ id: 1, url: PAGE }, () => ({ nonsense: true })));
    await waitFor(() => /Something went wrong/.test(notice()));
  });

  it('no tab at all', async () => {
    await show(fakeLink(undefined, () => ok([])));
    await waitFor(() => /no open page/.test(notice()));
  });

  it('asks again while the page is still being read', async () => {
    let calls = 0;
    const link = fakeLink({ id: 1, url: PAGE }, () =>
      ++calls < 2 ? ok([], 'scanning') : ok([{ claimId: 'a', summary: 'Claim A.', categories: [], sentence: 'A.' }]),
    );
    await show(link);
    await waitFor(() => /Still reading/.test(notice()));
    await waitFor(() => container.querySelector('.px-match'));
    expect(link.sent.filter((m) => m.type === 'get-page-matches').length).toBe(2);
  });

  it('asks again after the pause settings change', async () => {
    let paused = false;
    const link = fakeLink({ id: 1, url: PAGE }, () => ok([], paused ? 'paused' : 'ok'));
    await show(link);
    await waitFor(() => /No claims/.test(notice()));
    paused = true;
    await act(() => pauseItem.setValue({ everywhere: true, sites: [] }));
    await waitFor(() => /paused here/.test(notice()));
  });
});

describe('popup: matches on this page', () => {
  const matches = [
    { claimId: 'us-ai-lead-narrowed-2020-2024', summary: 'Kratsios said the US lead narrowed.', categories: ['aggregator', 'us'], sentence: 's1' },
    { claimId: 'kratsios-ostp-director', summary: 'Kratsios is OSTP Director.', categories: ['us'], sentence: 's2' },
  ];

  it('lists claims in page order with the labels of the categories that reported them', async () => {
    await show(fakeLink({ id: 3, url: PAGE }, () => ok(matches)));
    const items = await waitFor(() => {
      const found = container.querySelectorAll<HTMLButtonElement>('button.px-match');
      return found.length === 2 && found;
    });
    expect([...items].map((b) => b.dataset.claimId)).toEqual(matches.map((m) => m.claimId));
    // Chips follow category order (US outlets first), with labels, not ids.
    expect([...items[0]!.querySelectorAll('.px-chip')].map((c) => c.textContent)).toEqual([
      'US outlets',
      'Aggregators and republishers',
    ]);
    expect(container.textContent).toContain('2 claims on this page');
  });

  it('choosing a claim reveals it on the page and closes the popup', async () => {
    const link = fakeLink({ id: 3, url: PAGE }, () => ok(matches));
    const close = await show(link);
    const second = await waitFor(() => container.querySelectorAll<HTMLButtonElement>('button.px-match')[1]);
    await act(() => second.click());
    await waitFor(() => close.mock.calls.length > 0);
    expect(link.sent.at(-1)).toEqual({ type: 'reveal-claim', claimId: 'kratsios-ostp-director' });
  });
});

describe('popup: search', () => {
  async function search(q: string): Promise<HTMLElement[]> {
    await show(fakeLink({ id: 1, url: PAGE }, () => ok([])));
    const input = container.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(container.querySelector(`label[for="${input.id}"]`)?.textContent).toMatch(/Find a claim/);
    await act(() => {
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    return [...container.querySelectorAll<HTMLElement>('.px-result')];
  }

  it('finds claims by a speaker’s name, with every report', async () => {
    const results = await search('Kratsios');
    expect(results.length).toBeGreaterThan(3);
    expect(container.querySelector('[role=status]')?.textContent).toMatch(/claims found/);
    const narrowed = results.find((r) => r.dataset.claimId === 'us-ai-lead-narrowed-2020-2024')!;
    const reports = [...narrowed.querySelectorAll('.px-report')];
    expect(reports).toHaveLength(4);
    expect(narrowed.querySelector('.px-report time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(narrowed.textContent).toContain('The Star (Malaysia)');
  });

  it('finds a claim by a number as written', async () => {
    const results = await search('4,500');
    expect(results.map((r) => r.dataset.claimId)).toContain('cn-ai-enterprises-over-4500-may-2025');
    expect(results[0]?.querySelector('blockquote')?.textContent).toContain('4,500');
  });

  it('says when nothing is found', async () => {
    await search('zzqxv');
    expect(container.querySelector('[role=status]')?.textContent).toBe('No claims found.');
  });
});

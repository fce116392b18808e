/** Popup source filters and pause toggles: real checkboxes, persisted in sync storage. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledView } from '@/utils/index/bundled';
import { Popup } from '@/components/popup/Popup';
import { reportingSources } from '@/components/popup/SourceFilters';
import type { TabLink } from '@/components/popup/tab-link';
import { filtersItem, pauseItem } from '@/utils/settings';


const index = bundledView;
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

const tick = () => act(() => new Promise((r) => setTimeout(r, 20)));

async function show(url = 'http://news.example/a.html'): Promise<{ asked: () => number }> {
  let asked = 0;
  const link: TabLink = {
    getTab: async () => ({ id: 9, url }),
    send: async () => {
      asked++;
      return { status: 'ok', matches: [] };
    },
  };
  await act(() => render(<Popup index={index} link={link} close={vi.fn()} openOptions={vi.fn()} />, container));
  await tick();
  return { asked: () => asked };
}

/** The checkbox whose label text starts with `label`, within `scope`. */
function checkbox(label: string, scope: ParentNode = container): HTMLInputElement {
  const found = [...scope.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  const input = found?.querySelector<HTMLInputElement>('input[type=checkbox]');
  if (!input) throw new Error(`no checkbox labelled ${label}`);
  return input;
}

describe('source filters', () => {
  it('one checkbox per category (index order) and per outlet that reports something, all on by default', async () => {
    await show();
    const { categories: reporting, outlets } = reportingSources(index);
    const categories = [...container.querySelectorAll<HTMLElement>('.px-filters__category')];
    expect(categories.map((c) => c.dataset.category)).toEqual(reporting.map((c) => c.id));
    for (const c of reporting) expect(checkbox(c.label).checked).toBe(true);
    for (const o of outlets) expect(checkbox(o.name).checked).toBe(true);
    // An outlet with no report in the index (an original named only for lineage) is not offered.
    const silent = index.outlets.filter((o) => !outlets.includes(o));
    expect(silent.length).toBeGreaterThan(0);
    for (const o of silent) expect(container.querySelector(`[data-outlet="${o.id}"]`)).toBeNull();
    // Outlets sit under their category.
    const cnState = container.querySelector('[data-category="cn-state"]')!;
    expect(cnState.querySelector('[data-outlet="global-times"]')).not.toBeNull();
  });

  it('turning a category off is stored, and disables its outlets', async () => {
    const { asked } = await show();
    const before = asked();
    await act(() => checkbox('Chinese state media').click());
    await tick();
    expect(await filtersItem.getValue()).toEqual({ hiddenCategories: ['cn-state'], hiddenOutlets: [] });
    expect(checkbox('Chinese state media').checked).toBe(false);
    expect(checkbox('Global Times').disabled).toBe(true);
    // Shown off while its category is off, though its own choice (on) is kept.
    expect(checkbox('Global Times').checked).toBe(false);
    await act(() => new Promise((r) => setTimeout(r, 250)));
    // The popup asks the page again so its list reflects the filter.
    expect(asked()).toBeGreaterThan(before);
    await act(() => checkbox('Chinese state media').click());
    await tick();
    expect(await filtersItem.getValue()).toEqual({ hiddenCategories: [], hiddenOutlets: [] });
  });

  it('turning an outlet off is stored', async () => {
    await show();
    await act(() => checkbox('The Star (Malaysia)').click());
    await tick();
    expect(await filtersItem.getValue()).toEqual({ hiddenCategories: [], hiddenOutlets: ['the-star'] });
  });

  it('shows filters changed elsewhere (another tab, the options page)', async () => {
    await show();
    await act(() => filtersItem.setValue({ hiddenCategories: ['us'], hiddenOutlets: ['scmp'] }));
    await tick();
    expect(checkbox('US outlets').checked).toBe(false);
    expect(checkbox('South China Morning Post').checked).toBe(false);
  });

  it('descriptions are tied to their checkbox', async () => {
    await show();
    const input = checkbox('US outlets');
    const description = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe(index.categories[0]!.description);
  });
});

describe('pause', () => {
  it('pauses and resumes the inspected site', async () => {
    await show('https://News.Example/a.html');
    expect(container.textContent).toContain('No highlights on news.example.');
    await act(() => checkbox('Pause on this site').click());
    await tick();
    expect(await pauseItem.getValue()).toEqual({ everywhere: false, sites: ['news.example'] });
    expect(checkbox('Pause on this site').checked).toBe(true);
    await act(() => checkbox('Pause on this site').click());
    await tick();
    expect(await pauseItem.getValue()).toEqual({ everywhere: false, sites: [] });
  });

  it('pauses everywhere, keeping site pauses', async () => {
    await pauseItem.setValue({ everywhere: false, sites: ['other.example'] });
    await show();
    await act(() => checkbox('Pause everywhere').click());
    await tick();
    expect(await pauseItem.getValue()).toEqual({ everywhere: true, sites: ['other.example'] });
  });

  it('a page without a site cannot be paused on its own', async () => {
    await show('chrome://extensions/');
    expect(checkbox('Pause on this site').disabled).toBe(true);
    expect(checkbox('Pause everywhere').disabled).toBe(false);
  });
});

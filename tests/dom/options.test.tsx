/** Options page: outlet registry, what Parallax stores, reset after confirmation. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledView } from '@/utils/index/bundled';
import { Options } from '@/components/options/Options';
import { RESET_QUESTION } from '@/components/options/ResetSettings';
import { NO_FILTERS } from '@/utils/filters';
import { NOT_PAUSED } from '@/utils/pause';
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

async function show(confirm: (q: string) => boolean = () => true) {
  await act(() => render(<Options index={index} confirm={confirm} />, container));
}

describe('options page', () => {
  it('lists every outlet with category, country, owner, domains, note and evidence links', async () => {
    await show();
    const entries = [...container.querySelectorAll<HTMLElement>('.px-outlet')];
    expect(entries.map((e) => e.dataset.outlet).sort()).toEqual(index.outlets.map((o) => o.id).sort());
    const gt = container.querySelector('[data-outlet="global-times"]')!;
    const text = gt.textContent!;
    expect(text).toContain('Global Times');
    expect(text).toContain('Chinese state media');
    expect(text).toContain('China');
    expect(text).toContain("People's Daily");
    expect(text).toContain('globaltimes.cn');
    const links = [...gt.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.href)).toEqual(index.outlets.find((o) => o.id === 'global-times')!.evidence.map((e) => e.url));
    expect(links.every((a) => a.rel === 'noreferrer')).toBe(true);
    expect(container.querySelector('[data-outlet="coincentral"]')?.textContent).toContain('Unknown');
  });

  it('says what is stored and that nothing is sent', async () => {
    await show();
    const text = container.textContent!;
    expect(text).toMatch(/sync storage/);
    expect(text).toMatch(/source filters/);
    expect(text).toMatch(/pause settings/);
    expect(text).toMatch(/Nothing else is stored/);
    expect(text).toMatch(/sends nothing anywhere/);
  });

  it('Reset settings clears filters and pause after confirmation', async () => {
    await filtersItem.setValue({ hiddenCategories: ['us'], hiddenOutlets: ['scmp'] });
    await pauseItem.setValue({ everywhere: true, sites: ['a.example'] });
    const confirm = vi.fn(() => true);
    await show(confirm);
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Reset settings')!;
    await act(async () => {
      button.click();
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(confirm).toHaveBeenCalledWith(RESET_QUESTION);
    expect(await filtersItem.getValue()).toEqual(NO_FILTERS);
    expect(await pauseItem.getValue()).toEqual(NOT_PAUSED);
    expect(container.querySelector('.px-reset [role=status]')?.textContent).toMatch(/Settings reset/);
  });

  it('Reset settings changes nothing when not confirmed', async () => {
    await filtersItem.setValue({ hiddenCategories: ['us'], hiddenOutlets: [] });
    await show(() => false);
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Reset settings')!;
    await act(async () => {
      button.click();
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(await filtersItem.getValue()).toEqual({ hiddenCategories: ['us'], hiddenOutlets: [] });
    expect(container.querySelector('.px-reset [role=status]')?.textContent).toBe('Nothing was changed.');
  });
});

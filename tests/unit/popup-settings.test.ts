/** Settings in sync storage: filters and pause round trip, fallbacks, and the popup's edits. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_FILTERS, sanitizeFilters } from '@/utils/filters';
import { setCategoryShown, setOutletShown } from '@/utils/filter-edits';
import { NOT_PAUSED, togglePausedSite } from '@/utils/pause';
import { filtersItem, pauseItem } from '@/utils/settings';


beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('falls back to no filters and not paused', async () => {
    expect(await filtersItem.getValue()).toEqual(NO_FILTERS);
    expect(await pauseItem.getValue()).toEqual(NOT_PAUSED);
  });

  it('round-trips filters and pause through sync storage', async () => {
    const filters = setOutletShown(setCategoryShown(NO_FILTERS, 'cn-state', false), 'the-star', false);
    await filtersItem.setValue(filters);
    await pauseItem.setValue(togglePausedSite(NOT_PAUSED, 'News.Example'));
    expect(await filtersItem.getValue()).toEqual({ hiddenCategories: ['cn-state'], hiddenOutlets: ['the-star'] });
    expect(await pauseItem.getValue()).toEqual({ everywhere: false, sites: ['news.example'] });
    expect(await fakeBrowser.storage.sync.get('filters')).toEqual({ filters });
  });

  it('clearing returns to the fallbacks (Reset settings)', async () => {
    await filtersItem.setValue({ hiddenCategories: ['us'], hiddenOutlets: [] });
    await pauseItem.setValue({ everywhere: true, sites: [] });
    await Promise.all([filtersItem.removeValue(), pauseItem.removeValue()]);
    expect(await filtersItem.getValue()).toEqual(NO_FILTERS);
    expect(await pauseItem.getValue()).toEqual(NOT_PAUSED);
  });

  it('tells watchers about changes (how other tabs learn of them)', async () => {
    const seen: unknown[] = [];
    const unwatch = filtersItem.watch((v) => seen.push(v));
    await filtersItem.setValue({ hiddenCategories: ['aggregator'], hiddenOutlets: [] });
    unwatch();
    expect(seen).toEqual([{ hiddenCategories: ['aggregator'], hiddenOutlets: [] }]);
  });

  it('parses what it reads: malformed stored values (other versions, other machines) fall back', async () => {
    await fakeBrowser.storage.sync.set({ filters: { hiddenCategories: ['us', 7], hiddenOutlets: 'scmp' }, pause: { everywhere: 'yes', sites: ['a.example', null] } });
    expect(await filtersItem.getValue()).toEqual({ hiddenCategories: ['us'], hiddenOutlets: [] });
    expect(await pauseItem.getValue()).toEqual({ everywhere: false, sites: ['a.example'] });
    await fakeBrowser.storage.sync.set({ filters: 'junk', pause: 42 });
    expect(await filtersItem.getValue()).toEqual(NO_FILTERS);
    expect(await pauseItem.getValue()).toEqual(NOT_PAUSED);
  });

  it('hands watchers parsed values too', async () => {
    const seen: unknown[] = [];
    const unwatch = pauseItem.watch((v) => seen.push(v));
    await fakeBrowser.storage.sync.set({ pause: { everywhere: true, sites: 'x' } });
    unwatch();
    expect(seen).toEqual([{ everywhere: true, sites: [] }]);
  });
});

describe('filter edits', () => {
  it('hide and show are idempotent and keep ids sorted and unique', () => {
    let f = setCategoryShown(NO_FILTERS, 'us', false);
    f = setCategoryShown(f, 'aggregator', false);
    f = setCategoryShown(f, 'us', false);
    expect(f.hiddenCategories).toEqual(['aggregator', 'us']);
    f = setCategoryShown(f, 'us', true);
    f = setCategoryShown(f, 'us', true);
    expect(f.hiddenCategories).toEqual(['aggregator']);
    expect(NO_FILTERS).toEqual({ hiddenCategories: [], hiddenOutlets: [] });
  });

  it.each([
    [undefined, NO_FILTERS],
    [null, NO_FILTERS],
    ['junk', NO_FILTERS],
    [{ hiddenCategories: ['us', 3], hiddenOutlets: 'x' }, { hiddenCategories: ['us'], hiddenOutlets: [] }],
  ])('sanitizeFilters(%j)', (value, expected) => {
    expect(sanitizeFilters(value)).toEqual(expected);
  });
});

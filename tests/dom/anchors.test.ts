/**
 * The content script's shared store (entrypoints/content/anchors.ts): matches
 * grouped by sentence in page order, filters and pause applied, the keyboard's
 * active sentence kept across changes, and listeners ended by their signal.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AnchorStore } from '@/entrypoints/content/anchors';
import { collectPageText } from '@/utils/dom/page-text';
import { NO_FILTERS } from '@/utils/filters';
import { bundledView as view } from '@/utils/index/bundled';
import type { ClaimMatch } from '@/utils/matcher/types';

const outletsOf = (claimId: string) => new Set(view.claim(claimId)!.reports.map((r) => view.outletOfArticle(r.article)!.id));
const [a, b] = (() => {
  for (const x of view.claims) {
    const hidden = outletsOf(x.id);
    const y = view.claims.find((c) => c.id !== x.id && [...outletsOf(c.id)].some((o) => !hidden.has(o)));
    if (y) return [x, y];
  }
  throw new Error('index has no two claims from different outlets');
})();

const S1 = 'The first sentence states a fact.';
const S2 = 'The second sentence states another.';

function page() {
  document.body.innerHTML = `<p>${S1} ${S2}</p>`;
  const pageText = collectPageText(document.body);
  const at = (s: string) => pageText.text.indexOf(s);
  const match = (sentence: string, claimId: string, score: number): ClaimMatch => ({
    start: at(sentence),
    end: at(sentence) + sentence.length,
    sentence,
    claimId,
    score,
    closestReport: 0,
    closestArticle: view.claim(claimId)!.reports[0]!.article,
    checkWorthy: true,
  });
  return { pageText, matches: [match(S2, a!.id, 0.9), match(S1, a!.id, 0.5), match(S1, b!.id, 0.8)] };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AnchorStore', () => {
  it('groups matches by sentence, in page order, best claim first, with a range each', () => {
    const store = new AnchorStore(view);
    store.setScan(page());
    expect(store.scanned).toBe(true);
    expect(store.anchors.map((x) => x.sentence)).toEqual([S1, S2]);
    expect(store.anchors[0]!.claims.map((c) => c.claimId)).toEqual([b!.id, a!.id]);
    expect(store.ranges.map((r) => r?.toString())).toEqual([S1, S2]);
    expect(store.claimCount()).toBe(2);
    expect(store.firstOf(a!.id)).toBe(0);
    expect(store.find(S2, a!.id)).toBe(1);
    expect(store.find(S2, b!.id)).toBe(-1);
  });

  it('drops claims whose every report is filtered out, and keeps the active sentence', () => {
    const store = new AnchorStore(view);
    store.setScan(page());
    store.setActive(1);
    store.setActive(0);
    store.setFilters({ ...NO_FILTERS, hiddenOutlets: [...outletsOf(a!.id)] });
    expect(store.anchors.map((x) => x.sentence)).toEqual([S1]);
    expect(store.anchors[0]!.claims.map((c) => c.claimId)).toEqual([b!.id]);
    expect(store.active).toBe(0);
    store.setFilters(NO_FILTERS);
    expect(store.anchors).toHaveLength(2);
  });

  it('loses the active sentence when it is gone', () => {
    const store = new AnchorStore(view);
    store.setScan(page());
    store.setActive(1);
    store.setFilters({ ...NO_FILTERS, hiddenOutlets: [...outletsOf(a!.id)] });
    expect(store.active).toBe(-1);
  });

  it('forgets the scan while paused, and tells its listeners until their signal aborts', () => {
    const store = new AnchorStore(view);
    const seen: string[] = [];
    const life = new AbortController();
    for (const topic of ['ready', 'anchors', 'active', 'paused'] as const) store.on(topic, () => seen.push(topic), life.signal);
    store.settle();
    store.settle();
    store.setScan(page());
    store.setActive(0);
    store.setPaused(true);
    expect(store.anchors).toEqual([]);
    expect(store.active).toBe(-1);
    expect(seen).toEqual(['ready', 'anchors', 'active', 'anchors', 'paused']);
    life.abort();
    store.setPaused(false);
    store.setScan(page());
    expect(seen).toHaveLength(5);
    expect(store.anchors).toHaveLength(2);
  });
});

/** The index view (utils/index/view.ts): every lookup answers as the arrays do, built once per index. */
import { describe, expect, it } from 'vitest';
import { asShippedIndex, bundledIndex, bundledView, isShippedIndex } from '@/utils/index/bundled';
import type { ShippedIndex } from '@/utils/index/shipped';
import { OTHER_CATEGORY, createIndexView } from '@/utils/index/view';

const index = bundledIndex;
const view = bundledView;

describe('createIndexView', () => {
  it('is built once per index', () => {
    expect(createIndexView(index)).toBe(view);
    expect(view.shipped).toBe(index);
  });

  it('finds every record by id, and nothing for unknown ids', () => {
    for (const c of index.claims) expect(view.claim(c.id)).toBe(c);
    for (const a of index.articles) expect(view.article(a.id)).toBe(a);
    for (const o of index.outlets) expect(view.outlet(o.id)).toBe(o);
    for (const c of index.categories) expect(view.category(c.id)).toBe(c);
    for (const p of index.people) expect(view.person(p.id)).toBe(p);
    for (const find of [view.claim, view.article, view.outlet, view.category, view.person]) expect(find('no-such-id')).toBeUndefined();
  });

  it('answers whose article it is, as a linear search would', () => {
    for (const a of index.articles) {
      const outlet = index.outlets.find((o) => o.id === a.outlet);
      expect(view.outletOfArticle(a.id)).toBe(outlet);
      expect(view.categoryOfArticle(a.id)).toBe(outlet?.category ?? OTHER_CATEGORY);
    }
    expect(view.outletOfArticle('no-such-article')).toBeUndefined();
    expect(view.categoryOfArticle('no-such-article')).toBe(OTHER_CATEGORY);
  });

  it('orders categories by their order field, unknown ids last', () => {
    const orders = view.categories.map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(view.categories).toHaveLength(index.categories.length);
    const ranks = view.categories.map((c) => view.categoryRank(c.id));
    expect(ranks).toEqual(ranks.map((_, i) => i));
    expect(view.categoryRank('no-such-category')).toBe(view.categories.length);
  });

  it('works on a small hand-made index, including an article whose outlet is missing', () => {
    const small: ShippedIndex = {
      version: 1,
      categories: [
        { id: 'b', label: 'B', description: 'b', order: 2 },
        { id: 'a', label: 'A', description: 'a', order: 1 },
      ],
      outlets: [{ id: 'o', name: 'O', domains: ['o.example'], country: 'US', category: 'b', owner: 'x', classificationNote: 'n', evidence: [] }],
      people: [],
      articles: [
        { id: 'x', outlet: 'o', title: 'X', date: '2025-01-01', url: 'https://o.example/x' },
        { id: 'y', outlet: 'gone', title: 'Y', date: '2025-01-02', url: 'https://o.example/y' },
      ],
      claims: [],
      retrieval: index.retrieval,
    };
    const v = createIndexView(small);
    expect(v.categories.map((c) => c.id)).toEqual(['a', 'b']);
    expect(v.outletOfArticle('x')?.name).toBe('O');
    expect(v.categoryOfArticle('x')).toBe('b');
    expect(v.outletOfArticle('y')).toBeUndefined();
    expect(v.categoryOfArticle('y')).toBe(OTHER_CATEGORY);
  });
});

describe('the bundled index', () => {
  it('is recognised by its shape', () => {
    expect(isShippedIndex(index)).toBe(true);
    for (const bad of [null, 'index', {}, { ...index, version: 2 }, { ...index, claims: 'none' }]) expect(isShippedIndex(bad)).toBe(false);
    expect(() => asShippedIndex({ version: 0 })).toThrow(/Not a Parallax index/);
  });
});

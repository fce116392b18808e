/**
 * One view of the shipped index: every lookup by id (claim, article, outlet,
 * category, person) and every "whose article is this" question goes through
 * it. Built once per index (createIndexView memoises), so nothing rebuilds maps
 * or scans arrays per call. Pure.
 */
import type { Category, Claim, Outlet, Person } from './schema';
import type { ShippedArticle, ShippedIndex } from './shipped';

/** Category id for reports whose outlet is unknown or has an unknown category. */
export const OTHER_CATEGORY = 'other';

export interface IndexView {
  /** The index itself, for the matcher (utils/matcher/), which takes it whole. */
  readonly shipped: ShippedIndex;
  /** In display order. */
  readonly categories: readonly Category[];
  readonly outlets: readonly Outlet[];
  readonly articles: readonly ShippedArticle[];
  readonly people: readonly Person[];
  readonly claims: readonly Claim[];
  claim(id: string): Claim | undefined;
  article(id: string): ShippedArticle | undefined;
  outlet(id: string): Outlet | undefined;
  category(id: string): Category | undefined;
  person(id: string): Person | undefined;
  /** The outlet that published the article. */
  outletOfArticle(articleId: string): Outlet | undefined;
  /** The article's outlet's category id, OTHER_CATEGORY when unknown. */
  categoryOfArticle(articleId: string): string;
  /** Sort key of a category id (unknown ids last). */
  categoryRank(categoryId: string): number;
}

const views = new WeakMap<ShippedIndex, IndexView>();

export function createIndexView(index: ShippedIndex): IndexView {
  const cached = views.get(index);
  if (cached) return cached;
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));
  const claims = byId(index.claims);
  const articles = byId(index.articles);
  const outlets = byId(index.outlets);
  const categories = byId(index.categories);
  const people = byId(index.people);
  const ordered = [...index.categories].sort((a, b) => a.order - b.order);
  const rank = new Map(ordered.map((c, i) => [c.id, i]));
  const outletOfArticle = (articleId: string): Outlet | undefined => {
    const article = articles.get(articleId);
    return article && outlets.get(article.outlet);
  };
  const view: IndexView = {
    shipped: index,
    categories: ordered,
    outlets: index.outlets,
    articles: index.articles,
    people: index.people,
    claims: index.claims,
    claim: (id) => claims.get(id),
    article: (id) => articles.get(id),
    outlet: (id) => outlets.get(id),
    category: (id) => categories.get(id),
    person: (id) => people.get(id),
    outletOfArticle,
    categoryOfArticle: (articleId) => outletOfArticle(articleId)?.category ?? OTHER_CATEGORY,
    categoryRank: (categoryId) => rank.get(categoryId) ?? ordered.length,
  };
  views.set(index, view);
  return view;
}

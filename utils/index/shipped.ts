/**
 * The index as the extension ships it: compiled and validated once at build
 * time (scripts/build-index.ts), so a page load only parses JSON and never
 * re-validates records. Pure module.
 */
import type { Article, Category, Claim, Outlet, Person, IndexSources } from './schema';
import type { RetrievalIndex } from '../matcher/retrieval';
import { buildRetrievalIndex } from '../matcher/retrieval';
import type { HanVariants } from '../text/han';

/** Tables computed at build time by tools that the extension does not ship (WordNet, OpenCC). */
export interface BuildTables {
  han?: HanVariants;
  synonyms?: Record<string, string[]>;
}

export const SHIPPED_INDEX_VERSION = 1;

/** An article as shipped: without the build-only `textFile` path. */
export type ShippedArticle = Omit<Article, 'textFile'>;

export interface ShippedIndex {
  version: typeof SHIPPED_INDEX_VERSION;
  categories: Category[];
  outlets: Outlet[];
  people: Person[];
  articles: ShippedArticle[];
  claims: Claim[];
  /** Prebuilt candidate-retrieval tables for the matcher. */
  retrieval: RetrievalIndex;
}

/** Outlet names and their domains' words ("Global Times", "globaltimes"). */
export function outletNames(sources: Pick<IndexSources, 'outlets'>): string[] {
  return sources.outlets.flatMap((o) => [o.name, ...o.domains.map((d) => d.split('.')[0]!)]);
}

export function compileShippedIndex(sources: IndexSources, tables: BuildTables = {}): ShippedIndex {
  const categories = [...sources.categories].sort((a, b) => a.order - b.order);
  return {
    version: SHIPPED_INDEX_VERSION,
    categories,
    outlets: sources.outlets,
    people: sources.people,
    articles: sources.articles.map(({ textFile: _textFile, ...rest }) => rest),
    claims: sources.claims,
    retrieval: { ...buildRetrievalIndex(sources.claims, sources.people, { han: tables.han, outletNames: outletNames(sources) }), ...(tables.synonyms ? { synonyms: tables.synonyms } : {}) },
  };
}

/**
 * The build-time tables the shipped index carries, from tools the extension
 * never ships: OpenCC's traditional→simplified characters for the index's
 * Chinese, and WordNet synonyms for its English vocabulary. Used by the
 * index build, `npm run eval` and `npm run fit:matcher`, so all three match
 * with exactly what the extension ships.
 */
import type { IndexSources } from '../../utils/index/schema';
import type { BuildTables } from '../../utils/index/shipped';
import { buildRetrievalIndex } from '../../utils/matcher/retrieval';
import { buildHanVariants } from './han-variants';
import { buildSynonymMap, englishWordings, type SynonymMapStats } from './synonym-map';

export function buildTables(index: IndexSources): BuildTables & { synonymStats: SynonymMapStats; hanEntries: number } {
  const texts = [...index.claims.flatMap((c) => [c.summary, ...c.reports.map((r) => r.excerpt)]), ...index.people.flatMap((p) => p.aliases)];
  const han = buildHanVariants(texts);
  const vocabulary = new Set(Object.keys(buildRetrievalIndex(index.claims, index.people, { han }).postings));
  const synonyms = buildSynonymMap(englishWordings(index.claims, index.articles), undefined, { vocabulary });
  return { han, synonyms: synonyms.map, synonymStats: synonyms.stats, hanEntries: Object.keys(han).length };
}

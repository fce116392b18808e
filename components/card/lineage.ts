/** Where a text came from, in plain words, from articles[].derivedFrom. Pure. */
import type { Relation } from '../../utils/index/schema';
import type { ShippedIndex } from '../../utils/index/shipped';
import { formatDate } from './format';

const VERB: Record<Relation, string> = {
  republishes: 'Republishes',
  copies: 'Copy of',
  rewrites: 'Rewrite of',
  transcribes: 'Transcript of',
  'reports-on': 'Reports on',
};

/** e.g. ["Rewrite of Global Times, 11 Sep 2025 (condensed, unattributed)"]. */
export function lineageOf(index: Pick<ShippedIndex, 'articles' | 'outlets'>, articleId: string): string[] {
  const article = index.articles.find((a) => a.id === articleId);
  return (article?.derivedFrom ?? []).map((d) => {
    const source = index.articles.find((a) => a.id === d.article);
    const outlet = source && index.outlets.find((o) => o.id === source.outlet);
    const who = outlet?.name ?? source?.title ?? d.article;
    const when = source ? `, ${formatDate(source.date)}` : '';
    const note = d.note ? ` (${d.note})` : '';
    return `${VERB[d.relation]} ${who}${when}${note}`;
  });
}

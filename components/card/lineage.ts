/** Lineage in plain words, from utils/lineage.ts's records. Pure. */
import type { Claim, Relation } from '../../utils/index/schema';
import type { IndexView } from '../../utils/index/view';
import { articleChain, sentenceSources, type LineageStep, type SentenceSource } from '../../utils/lineage';
import { formatDate } from '../../utils/text/dates';

const VERB: Record<Relation, string> = {
  republishes: 'republishes',
  copies: 'copies',
  rewrites: 'rewrites',
  transcribes: 'transcribes',
  'reports-on': 'reports on',
};

const when = (date: string) => (date ? `, ${formatDate(date)}` : '');

/** "The Asia Review rewrites Global Times, 11 Sep 2025 (condensed, unattributed)". */
export function describeStep(step: LineageStep): string {
  const note = step.note ? ` (${step.note})` : '';
  return `${step.article.outletName} ${VERB[step.relation]} ${step.source.outletName}${when(step.source.date)}${note}`;
}

/** The article's chain back to the original, one line per link. */
export function lineageOf(view: IndexView, articleId: string): string[] {
  return articleChain(view, articleId).map(describeStep);
}

export interface SentenceSourceView {
  /** "The Asia Review's sentence rewrites Global Times, 11 Sep 2025, which reported:" */
  lead: string;
  excerpt: string;
}

export function describeSentenceSource(source: SentenceSource): SentenceSourceView {
  const { step } = source;
  return {
    lead: `${step.article.outletName}’s sentence ${VERB[step.relation]} ${step.source.outletName}${when(step.source.date)}, which reported:`,
    excerpt: source.sourceExcerpt,
  };
}

export function sentenceLineage(view: IndexView, claim: Claim, reportIndex: number): SentenceSourceView[] {
  return sentenceSources(view, claim, reportIndex).map(describeSentenceSource);
}

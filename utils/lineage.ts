/**
 * Where a text came from, from the index's own records (articles[].derivedFrom):
 * the chain of articles back to the earliest one the index knows, and, per
 * claim, the earlier article's words where that article reports the same claim.
 * Returns data, not sentences: the card and the quote check word it. Pure.
 */
import type { Claim, Relation } from './index/schema';
import type { IndexView } from './index/view';

export interface ArticleRef {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  url?: string;
  outletId: string;
  outletName: string;
}

/** One link of a chain: `article` <relation> `source` (e.g. The Star republishes SCMP). */
export interface LineageStep {
  article: ArticleRef;
  relation: Relation;
  note?: string;
  source: ArticleRef;
}

/** A claim's report whose article derives from an earlier article that reports the same claim. */
export interface SentenceSource {
  step: LineageStep;
  /** The earlier article's own words for the claim. */
  sourceExcerpt: string;
  sourceQuote?: string;
}

export function articleRef(view: IndexView, articleId: string): ArticleRef {
  const article = view.article(articleId);
  const outlet = view.outletOfArticle(articleId);
  return {
    id: articleId,
    title: article?.title ?? articleId,
    date: article?.date ?? '',
    url: article?.url,
    outletId: article?.outlet ?? '',
    outletName: outlet?.name ?? article?.outlet ?? articleId,
  };
}

/**
 * The chain back to the original: every derivedFrom link of the article, then of
 * its sources, breadth first. Cycle-safe (the schema does not forbid a cycle).
 */
export function articleChain(view: IndexView, articleId: string): LineageStep[] {
  const steps: LineageStep[] = [];
  const seen = new Set([articleId]);
  const queue = [articleId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const d of view.article(id)?.derivedFrom ?? []) {
      steps.push({ article: articleRef(view, id), relation: d.relation, note: d.note, source: articleRef(view, d.article) });
      if (!seen.has(d.article)) {
        seen.add(d.article);
        queue.push(d.article);
      }
    }
  }
  return steps;
}

/**
 * For the claim's report `reportIndex`: each earlier article in its chain that
 * reports the same claim, with that article's words ("this sentence rewrites
 * Global Times, which reported: ..."). Empty where the index has no earlier text.
 */
export function sentenceSources(view: IndexView, claim: Claim, reportIndex: number): SentenceSource[] {
  const report = claim.reports[reportIndex];
  if (!report) return [];
  const out: SentenceSource[] = [];
  for (const step of articleChain(view, report.article)) {
    const earlier = claim.reports.find((r) => r.article === step.source.id);
    if (earlier) out.push({ step, sourceExcerpt: earlier.excerpt, sourceQuote: earlier.quote });
  }
  return out;
}

/** Articles that are derived from nothing: the index's originals. */
export function isOriginal(view: IndexView, articleId: string): boolean {
  return !view.article(articleId)?.derivedFrom?.length;
}

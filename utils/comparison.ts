/**
 * The highlight policy: which matched sentences are worth a highlight, and of
 * which kind. Pure (no DOM, no wxt).
 *
 * A claim is worth highlighting when the index holds at least one visible
 * report from an outlet other than the page's own: otherwise its card could
 * only say "same words as this page". The page's own outlet is the one whose
 * domain the page is on; on a page of unknown domain (a copy, a saved page, the
 * demo pages) it is the outlet of the report the sentence repeats word for word.
 *
 * Of the highlighted sentences, those whose other versions differ from the
 * page (other words or other figures) are 'differs'; those every other outlet
 * told in the same words are 'same' (painted more quietly).
 */
import { isReportVisible, type SourceFilters } from './filters';
import type { Claim } from './index/schema';
import type { IndexView } from './index/view';
import { extractFigures } from './text/figures';
import { foldText } from './text/fold';

export type HighlightKind = 'differs' | 'same';

/** Lower-case words without punctuation, for "same words" comparisons. */
export function plainWords(text: string): string {
  return foldText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%$]+/gu, ' ')
    .trim();
}

/** The excerpt's words are the page sentence's, or one holds the other whole (an excerpt may be part of a sentence). */
export function sameWords(sentence: string, excerpt: string): boolean {
  const a = plainWords(sentence);
  const b = plainWords(excerpt);
  return a === b || (b.length > 0 && a.includes(b)) || (a.length > 0 && b.includes(a));
}

/** The figures written in a text, as "kind:value" keys ("four thousand five hundred" is 4500). */
export function figureKeys(text: string): Set<string> {
  return new Set(extractFigures(text).map((f) => `${f.kind}:${f.value}`));
}

/** The outlet id of the page for this sentence: the site's outlet, else the outlet whose words the sentence repeats. */
export function pageOutletFor(view: IndexView, claim: Claim, sentence: string, siteOutlet: string | undefined, closestReport: number): string | undefined {
  if (siteOutlet) return siteOutlet;
  const closest = claim.reports[closestReport];
  if (closest && sameWords(sentence, closest.excerpt)) return view.outletOfArticle(closest.article)?.id;
  return undefined;
}

/**
 * The highlight kind of a sentence stating `claim`, or null when the reader
 * would find nothing to compare (every visible report is the page's own outlet's).
 */
export function comparisonKind(
  view: IndexView,
  claim: Claim,
  sentence: string,
  filters: SourceFilters,
  siteOutlet: string | undefined,
  closestReport: number,
): HighlightKind | null {
  const own = pageOutletFor(view, claim, sentence, siteOutlet, closestReport);
  const others = claim.reports.filter((r) => isReportVisible(r.article, view, filters) && view.outletOfArticle(r.article)?.id !== own);
  if (others.length === 0) return null;
  const pageFigures = figureKeys(sentence);
  const differs = others.some((r) => {
    if (!sameWords(sentence, r.excerpt)) return true;
    const theirs = figureKeys(r.excerpt);
    return [...theirs].some((k) => !pageFigures.has(k));
  });
  return differs ? 'differs' : 'same';
}

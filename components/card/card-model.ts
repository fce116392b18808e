/**
 * What the comparison card shows for one matched sentence, computed from the
 * index without any DOM: the other facts the same sentence states (tabs), the
 * outlets' differing figures side by side, and the reports grouped by outlet
 * category (in category order), each with its wording, word differences from
 * the page sentence, lineage, a citation and classification evidence. Pure.
 */
import type { Claim, Evidence } from '../../utils/index/schema';
import type { IndexView } from '../../utils/index/view';
import { citeReport } from '../../utils/citation';
import { isReportVisible, type SourceFilters } from '../../utils/filters';
import { formatDate } from '../../utils/text/dates';
import { wordsOf } from '../../utils/text/normalize';
import { diffWordParts, wordDiff, type WordPart } from '../../utils/text/word-diff';
import { sameWords } from '../../utils/comparison';
import { extractFigures } from '../../utils/text/figures';
import { lineageOf, sentenceLineage, type SentenceSourceView } from './lineage';
import { figureTable, pageFigureFlags, type FigureTable } from './numbers';

export interface ReportView {
  key: string;
  outletName: string;
  categoryLabel: string;
  title: string;
  date: string;
  url?: string;
  excerpt: string;
  outletId: string;
  categoryId: string;
  /** Word differences from the page sentence (removed: page words, added: this outlet's); null when identical. */
  diff: WordPart[] | null;
  /** The article's chain back to the original ("The Star republishes South China Morning Post, ..."). */
  lineage: string[];
  /** Where an earlier article in that chain reports the same claim: its words. */
  sentenceSources: SentenceSourceView[];
  /** Page figures that differ from this excerpt's. */
  numberFlags: string[];
  /** APA 7 reference with the quoted words (utils/citation.ts). */
  citation: string;
  evidence?: Evidence;
  classificationNote: string;
  /** The wording the page sentence is closest to. */
  closest: boolean;
}

export interface CategoryGroup {
  id: string;
  label: string;
  description: string;
  reports: ReportView[];
}

/** One of the claims the page sentence states (a sentence can state several). */
export interface FactTab {
  claimId: string;
  summary: string;
  /** The tab's label: the summary without the words every fact's summary starts with. */
  label?: string;
}

/**
 * Tab labels that tell the facts apart: summaries often share an opening
 * ("According to official Chinese data cited by Global Times, ..."), which a
 * two-line tab would show and nothing else. Three or more shared leading words
 * are cut and marked with an ellipsis; the full summary stays in the panel.
 */
export function factLabels(facts: FactTab[]): FactTab[] {
  if (facts.length < 2) return facts;
  const split = facts.map((f) => f.summary.split(/\s+/u));
  let shared = 0;
  while (split.every((w) => shared < w.length - 1 && w[shared] === split[0]![shared])) shared++;
  if (shared < 3) return facts.map((f) => ({ ...f, label: f.summary }));
  return facts.map((f, i) => ({ ...f, label: `…${split[i]!.slice(shared).join(' ')}` }));
}

/** The first screen: one line per category, its outlet's wording with the words that differ from this page marked. */
export interface GlanceLine {
  categoryId: string;
  categoryLabel: string;
  outletName: string;
  /** Word diff from the page sentence to the outlet's excerpt (removed: page words the outlet lacks, added: the outlet's own). */
  parts: WordPart[];
  /** The outlet used the same words as this page. */
  same: boolean;
  /** This outlet is the page's own (the page is its article or a copy of it). */
  isPage: boolean;
  /** Other outlets of the category that reported it. */
  moreOutlets: string[];
}

/** The page sentence in runs, `matched` on the words the claim's reports share ("why this was flagged"). */
export interface SentencePart {
  text: string;
  matched: boolean;
}

/** A sentence that states the claim with other figures: what this page says beside what each outlet says. */
export interface RelatedView {
  /** The matcher's words, e.g. "this page: 219; the index: 227". */
  detail: string;
  reason: 'different-figures' | 'different-speaker';
  rows: { who: string; categoryLabel: string; figures: string; isPage: boolean; differs: boolean }[];
}

export interface CardModel {
  /** Set when the sentence is a related statement (not a match): the card shows the figures side by side. */
  related?: RelatedView;
  claimId: string;
  summary: string;
  sentence: string;
  sentenceParts: SentencePart[];
  glance: GlanceLine[];
  /** Every visible claim of the sentence, best match first; one entry when it states one. */
  facts: FactTab[];
  /** Outlets' differing figures for this claim, side by side; null when they agree. */
  figures: FigureTable | null;
  groups: CategoryGroup[];
  /** Reports hidden by the reader's source filters. */
  hiddenCount: number;
}

export function buildCardModel(
  view: IndexView,
  claim: Claim,
  sentence: string,
  filters: SourceFilters,
  closestReport = -1,
  facts: FactTab[] = [{ claimId: claim.id, summary: claim.summary }],
  siteOutlet?: string,
): CardModel {
  const groups = new Map<string, CategoryGroup>();
  for (const category of view.categories) {
    groups.set(category.id, { id: category.id, label: category.label, description: category.description, reports: [] });
  }
  let hiddenCount = 0;
  const shown: { report: Claim['reports'][number]; outletName: string }[] = [];
  claim.reports.forEach((report, i) => {
    if (!isReportVisible(report.article, view, filters)) {
      hiddenCount++;
      return;
    }
    const article = view.article(report.article);
    const outlet = view.outletOfArticle(report.article);
    const categoryId = view.categoryOfArticle(report.article);
    let group = groups.get(categoryId);
    if (!group) {
      group = { id: categoryId, label: categoryId, description: '', reports: [] };
      groups.set(categoryId, group);
    }
    const outletName = outlet?.name ?? article?.outlet ?? report.article;
    shown.push({ report, outletName });
    group.reports.push({
      key: `${report.article}-${i}`,
      outletName,
      categoryLabel: group.label,
      title: article?.title ?? '',
      date: article ? formatDate(article.date) : '',
      url: article?.url,
      excerpt: report.excerpt,
      outletId: outlet?.id ?? '',
      categoryId,
      diff: wordDiff(sentence, report.excerpt),
      lineage: lineageOf(view, report.article),
      sentenceSources: sentenceLineage(view, claim, i),
      numberFlags: pageFigureFlags(report, sentence),
      citation: citeReport(view, claim, i),
      evidence: outlet?.evidence[0],
      classificationNote: outlet?.classificationNote ?? '',
      closest: i === closestReport,
    });
  });
  const groupList = [...groups.values()].filter((g) => g.reports.length > 0);
  return {
    claimId: claim.id,
    summary: claim.summary,
    sentence,
    sentenceParts: matchedParts(sentence, shown.map((s) => s.report.excerpt)),
    glance: glanceLines(groupList, sentence, pageOutletId(view, claim, sentence, closestReport, siteOutlet)),
    facts: factLabels(facts),
    figures: figureTable(claim, shown),
    groups: groupList,
    hiddenCount,
  };
}

function pageOutletId(view: IndexView, claim: Claim, sentence: string, closestReport: number, siteOutlet: string | undefined): string | undefined {
  if (siteOutlet) return siteOutlet;
  const closest = claim.reports[closestReport];
  return closest && sameWords(sentence, closest.excerpt) ? view.outletOfArticle(closest.article)?.id : undefined;
}

/** One line per category: the page's own outlet last within it, the outlet whose words differ most from the page first. */
export function glanceLines(groups: CategoryGroup[], sentence: string, pageOutlet: string | undefined): GlanceLine[] {
  return groups.map((g) => {
    const ranked = [...g.reports].sort((a, b) => rank(a) - rank(b));
    function rank(r: ReportView): number {
      return (r.outletId === pageOutlet ? 2 : 0) + (sameWords(sentence, r.excerpt) ? 1 : 0);
    }
    const first = ranked[0]!;
    const same = sameWords(sentence, first.excerpt);
    return {
      categoryId: g.id,
      categoryLabel: g.label,
      outletName: first.outletName,
      parts: same ? shorten([{ value: first.excerpt }]) : shorten(diffWordParts(sentence, first.excerpt)),
      same,
      isPage: first.outletId === pageOutlet,
      moreOutlets: [...new Set(ranked.slice(1).map((r) => r.outletName))].filter((n) => n !== first.outletName),
    };
  });
}

/** Long runs of words the page and the outlet share are cut to their ends ("three words … three words"): the differences are the point; full texts are in the details. */
export function shorten(parts: WordPart[], keep = 3): WordPart[] {
  return parts.map((p) => {
    if (p.added || p.removed) return p;
    const words = p.value.split(/(\s+)/u);
    const count = words.filter((w) => /\S/u.test(w)).length;
    if (count <= 3 * keep) return p;
    const head = words.slice(0, 2 * keep).join('');
    const tail = words.slice(-2 * keep).join('');
    return { value: `${head} … ${tail}`.replace(/\s+…\s+/u, ' … ') };
  });
}

/** The sentence in runs of words shared with the reports' excerpts (stopwords and numbers aside) and the rest. */
export function matchedParts(sentence: string, excerpts: string[]): SentencePart[] {
  const terms = new Set(excerpts.flatMap((e) => wordsOf(e).map((w) => w.term)));
  const figures = new Set(excerpts.flatMap((e) => e.match(/\d[\d,.]*/gu) ?? []).map((n) => n.replace(/[,.]$/u, '')));
  const parts: SentencePart[] = [];
  for (const token of sentence.split(/(\s+)/u)) {
    if (!token) continue;
    const bare = token.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '');
    const matched =
      /\S/u.test(token) && (wordsOf(token).some((w) => terms.has(w.term)) || (/\d/u.test(bare) && figures.has(bare.replace(/[%$]/gu, ''))));
    const last = parts[parts.length - 1];
    // Spaces between two matched words stay inside the mark.
    if (last && (last.matched === matched || (!/\S/u.test(token) && !last.matched))) last.text += token;
    else parts.push({ text: token, matched });
  }
  return parts;
}

/** This page's figures beside each visible outlet's, for a related statement. */
export function relatedView(model: CardModel, detail: string, reason: RelatedView['reason']): RelatedView {
  const page = extractFigures(model.sentence);
  const kinds = new Set(page.map((f) => f.kind));
  const pageValues = new Set(page.map((f) => `${f.kind}:${f.value}`));
  const texts = (fs: ReturnType<typeof extractFigures>) => [...new Set(fs.map((f) => f.text))].join(', ');
  const rows: RelatedView['rows'] = [{ who: 'This page', categoryLabel: '', figures: texts(page), isPage: true, differs: false }];
  for (const g of model.groups) {
    for (const r of g.reports) {
      const theirs = extractFigures(r.excerpt).filter((f) => kinds.has(f.kind));
      rows.push({
        who: r.outletName,
        categoryLabel: g.label,
        figures: texts(theirs) || '(no figure of this kind)',
        isPage: false,
        differs: theirs.some((f) => !pageValues.has(`${f.kind}:${f.value}`)),
      });
    }
  }
  return { detail, reason, rows };
}

/**
 * What the comparison card shows for one matched sentence, computed from the
 * index without any DOM: reports grouped by outlet category (in category
 * order), each with its wording, word differences from the page sentence,
 * lineage, number flags and classification evidence. Pure.
 */
import { diffWords } from 'diff';
import type { Claim, Evidence } from '../../utils/index/schema';
import type { ShippedIndex } from '../../utils/index/shipped';
import { isReportVisible, reportOwners, type SourceFilters } from '../../utils/filters';
import { formatDate } from './format';
import { lineageOf } from './lineage';
import { numberFlags } from './numbers';

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface ReportView {
  key: string;
  outletName: string;
  categoryLabel: string;
  title: string;
  date: string;
  url?: string;
  urlNote?: string;
  excerpt: string;
  /** Word differences from the page sentence (removed: page words, added: this outlet's); null when identical. */
  diff: WordPart[] | null;
  lineage: string[];
  numberFlags: string[];
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

export interface CardModel {
  claimId: string;
  summary: string;
  sentence: string;
  groups: CategoryGroup[];
  /** Reports hidden by the reader's source filters. */
  hiddenCount: number;
}

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

export function wordDiff(pageSentence: string, excerpt: string): WordPart[] | null {
  const a = squash(pageSentence);
  const b = squash(excerpt);
  if (a === b) return null;
  return diffWords(a, b).map((c) => ({ value: c.value, added: c.added || undefined, removed: c.removed || undefined }));
}

export function buildCardModel(
  index: ShippedIndex,
  claim: Claim,
  sentence: string,
  filters: SourceFilters,
  closestReport = -1,
): CardModel {
  const owners = reportOwners(index);
  const groups = new Map<string, CategoryGroup>();
  for (const category of index.categories) {
    groups.set(category.id, { id: category.id, label: category.label, description: category.description, reports: [] });
  }
  let hiddenCount = 0;
  claim.reports.forEach((report, i) => {
    if (!isReportVisible(report.article, owners, filters)) {
      hiddenCount++;
      return;
    }
    const article = index.articles.find((a) => a.id === report.article);
    const outlet = article && index.outlets.find((o) => o.id === article.outlet);
    const categoryId = owners.get(report.article)?.categoryId ?? 'other';
    let group = groups.get(categoryId);
    if (!group) {
      group = { id: categoryId, label: categoryId, description: '', reports: [] };
      groups.set(categoryId, group);
    }
    group.reports.push({
      key: `${report.article}-${i}`,
      outletName: outlet?.name ?? article?.outlet ?? report.article,
      categoryLabel: group.label,
      title: article?.title ?? '',
      date: article ? formatDate(article.date) : '',
      url: article?.url,
      urlNote: article?.urlNote,
      excerpt: report.excerpt,
      diff: wordDiff(sentence, report.excerpt),
      lineage: lineageOf(index, report.article),
      numberFlags: numberFlags(claim, report, sentence),
      evidence: outlet?.evidence[0],
      classificationNote: outlet?.classificationNote ?? '',
      closest: i === closestReport,
    });
  });
  return {
    claimId: claim.id,
    summary: claim.summary,
    sentence,
    groups: [...groups.values()].filter((g) => g.reports.length > 0),
    hiddenCount,
  };
}

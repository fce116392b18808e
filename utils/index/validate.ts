/**
 * Validation of the claims index: shape (zod) and cross-references
 * (ids resolve, excerpts are verbatim). Pure: the caller reads the files and
 * passes their parsed JSON and the article texts, so the same checks run in
 * the build, in `npm run index:check` and in tests.
 */
import type { z } from 'zod';
import { INDEX_FILES, type IndexSources } from './schema';

export type IndexFileKey = keyof typeof INDEX_FILES;

export interface IndexProblem {
  /** Repository path of the data file, e.g. "data/claims.json". */
  file: string;
  /** The record's id, or "#3" when the record has no usable id. */
  record: string;
  /** Path of the field inside the record, e.g. "reports[2].excerpt". */
  field: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; index: IndexSources; problems: [] }
  | { ok: false; problems: IndexProblem[] };

/** One line a person can act on: `data/claims.json: claim "x" reports[1].excerpt: ...`. */
export function formatProblem(p: IndexProblem): string {
  return `${p.file}: ${p.record} ${p.field}: ${p.message}`;
}

/** Collapse whitespace so excerpts may wrap differently from the article text. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

const RECORD_NOUN: Record<IndexFileKey, string> = {
  categories: 'category',
  outlets: 'outlet',
  people: 'person',
  articles: 'article',
  claims: 'claim',
};

function recordLabel(key: IndexFileKey, raw: unknown, position: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `${RECORD_NOUN[key]} "${id}"` : `${RECORD_NOUN[key]} #${position}`;
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(record)';
}

/**
 * Validate every data file. `raw` holds each file's parsed JSON; `articleTexts`
 * maps an article's `textFile` path to its text (missing entries are reported).
 */
export function validateIndex(
  raw: Record<IndexFileKey, unknown>,
  articleTexts: ReadonlyMap<string, string>,
): ValidationResult {
  const problems: IndexProblem[] = [];
  const parsed: Partial<IndexSources> = {};

  for (const key of Object.keys(INDEX_FILES) as IndexFileKey[]) {
    const { file, schema } = INDEX_FILES[key];
    const data = raw[key];
    if (!Array.isArray(data)) {
      problems.push({ file, record: '(file)', field: '(root)', message: 'must be a JSON array of records' });
      continue;
    }
    const good: unknown[] = [];
    data.forEach((record, i) => {
      const result = (schema.element as z.ZodType).safeParse(record);
      if (result.success) {
        good.push(result.data);
        return;
      }
      for (const issue of result.error.issues) {
        problems.push({ file, record: recordLabel(key, record, i), field: fieldPath(issue.path), message: issue.message });
      }
    });
    (parsed as Record<string, unknown>)[key] = good;
  }

  const index = parsed as IndexSources;
  checkUniqueIds(index, problems);
  checkReferences(index, articleTexts, problems);

  return problems.length === 0 ? { ok: true, index, problems: [] } : { ok: false, problems };
}

function checkUniqueIds(index: IndexSources, problems: IndexProblem[]): void {
  for (const key of Object.keys(INDEX_FILES) as IndexFileKey[]) {
    const seen = new Set<string>();
    for (const record of index[key] ?? []) {
      if (seen.has(record.id)) {
        problems.push({
          file: INDEX_FILES[key].file,
          record: `${RECORD_NOUN[key]} "${record.id}"`,
          field: 'id',
          message: `duplicate id: another ${RECORD_NOUN[key]} already uses "${record.id}"`,
        });
      }
      seen.add(record.id);
    }
  }
}

function checkReferences(
  index: IndexSources,
  articleTexts: ReadonlyMap<string, string>,
  problems: IndexProblem[],
): void {
  const categories = new Set((index.categories ?? []).map((c) => c.id));
  const outlets = new Set((index.outlets ?? []).map((o) => o.id));
  const people = new Set((index.people ?? []).map((p) => p.id));
  const articles = new Map((index.articles ?? []).map((a) => [a.id, a]));
  const collapsedTexts = new Map<string, string>();

  for (const outlet of index.outlets ?? []) {
    if (!categories.has(outlet.category)) {
      problems.push({
        file: INDEX_FILES.outlets.file,
        record: `outlet "${outlet.id}"`,
        field: 'category',
        message: `unknown category "${outlet.category}" (not in ${INDEX_FILES.categories.file})`,
      });
    }
  }

  for (const article of index.articles ?? []) {
    const record = `article "${article.id}"`;
    const file = INDEX_FILES.articles.file;
    if (!outlets.has(article.outlet)) {
      problems.push({ file, record, field: 'outlet', message: `unknown outlet "${article.outlet}" (not in ${INDEX_FILES.outlets.file})` });
    }
    if (!article.url && !article.urlNote) {
      problems.push({ file, record, field: 'url', message: 'missing: give the URL, or say in urlNote why it is unknown' });
    }
    article.derivedFrom?.forEach((d, i) => {
      if (!articles.has(d.article)) {
        problems.push({ file, record, field: `derivedFrom[${i}].article`, message: `unknown article "${d.article}"` });
      } else if (d.article === article.id) {
        problems.push({ file, record, field: `derivedFrom[${i}].article`, message: 'an article cannot derive from itself' });
      }
    });
    if (article.textFile) {
      const text = articleTexts.get(article.textFile);
      if (text === undefined) {
        problems.push({ file, record, field: 'textFile', message: `text file not found: ${article.textFile}` });
      } else {
        collapsedTexts.set(article.id, collapseWhitespace(text));
      }
    }
  }

  for (const claim of index.claims ?? []) {
    const record = `claim "${claim.id}"`;
    const file = INDEX_FILES.claims.file;
    if (claim.speaker && !people.has(claim.speaker)) {
      problems.push({ file, record, field: 'speaker', message: `unknown person "${claim.speaker}" (not in ${INDEX_FILES.people.file})` });
    }
    const reported = new Set<string>();
    claim.reports.forEach((report, i) => {
      const at = `reports[${i}]`;
      const article = articles.get(report.article);
      if (!article) {
        problems.push({ file, record, field: `${at}.article`, message: `unknown article "${report.article}" (not in ${INDEX_FILES.articles.file})` });
        return;
      }
      if (reported.has(report.article)) {
        problems.push({ file, record, field: `${at}.article`, message: `article "${report.article}" already has a report for this claim` });
      }
      reported.add(report.article);
      const text = collapsedTexts.get(report.article);
      if (text === undefined) {
        if (!article.textFile) {
          problems.push({ file, record, field: `${at}.article`, message: `article "${report.article}" has no textFile, so its excerpt cannot be checked` });
        }
        return;
      }
      const excerpt = collapseWhitespace(report.excerpt);
      if (!text.includes(excerpt)) {
        problems.push({
          file,
          record,
          field: `${at}.excerpt`,
          message: `not found verbatim in article "${report.article}" (${article.textFile}): "${truncate(excerpt, 80)}"`,
        });
      }
      report.restatements?.forEach((r, k) => {
        if (!text.includes(collapseWhitespace(r))) {
          problems.push({
            file,
            record,
            field: `${at}.restatements[${k}]`,
            message: `not found verbatim in article "${report.article}" (${article.textFile}): "${truncate(collapseWhitespace(r), 80)}"`,
          });
        }
      });
      if (report.quote && !excerpt.includes(collapseWhitespace(report.quote))) {
        problems.push({ file, record, field: `${at}.quote`, message: `quoted words are not inside the excerpt: "${truncate(report.quote, 60)}"` });
      }
    });
    if (claim.kind === 'quote' && !claim.reports.some((r) => r.quote)) {
      problems.push({ file, record, field: 'reports', message: 'a quote claim needs the quoted words (quote) on at least one report' });
    }
  }
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/**
 * The bundled index itself: valid, and every excerpt is the article's own
 * words (an exact substring of the text in tests/fixtures/sources, whitespace aside).
 */
import { describe, expect, test } from 'vitest';
import { readIndexSources } from '../../scripts/lib/load-index';
import { collapseWhitespace, formatProblem, validateIndex } from '../../utils/index/validate';
import type { IndexSources } from '../../utils/index/schema';

const { raw, texts, parseErrors } = readIndexSources();
const result = validateIndex(raw, texts);

test('data/ parses and validates', () => {
  expect(parseErrors).toEqual([]);
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
});

const index = raw as unknown as IndexSources;
const articleText = new Map(
  index.articles.filter((a) => a.textFile).map((a) => [a.id, collapseWhitespace(texts.get(a.textFile!) ?? '')]),
);
const reports = index.claims.flatMap((c) => c.reports.map((r, i) => ({ claim: c.id, i, ...r })));

describe('excerpt fidelity', () => {
  test.each(reports.map((r) => [`${r.claim} reports[${r.i}] (${r.article})`, r] as const))('%s is verbatim', (_n, r) => {
    const text = articleText.get(r.article);
    expect(text, `article ${r.article} has no text`).toBeDefined();
    expect(text!.includes(collapseWhitespace(r.excerpt))).toBe(true);
    if (r.quote) expect(collapseWhitespace(r.excerpt).includes(collapseWhitespace(r.quote))).toBe(true);
  });
});

describe('index coverage', () => {
  test('has at least 40 claims, and every article with text is indexed', () => {
    expect(index.claims.length).toBeGreaterThanOrEqual(40);
    const reported = new Set(reports.map((r) => r.article));
    for (const a of index.articles.filter((x) => x.textFile)) expect(reported, a.id).toContain(a.id);
  });

  test('outlets keep their own wording where they differ (never normalised away)', () => {
    const all = reports.map((r) => r.excerpt).join('\n');
    expect(all).toContain('pre-eminence');
    expect(all).toContain('preeminence');
    expect(all).toContain('patent applications');
    expect(all).toMatch(/61 percent of global AI patents/);
  });

  test('lineage: each rewrite or copy names an article that exists', () => {
    const ids = new Set(index.articles.map((a) => a.id));
    const derived = index.articles.filter((a) => a.derivedFrom?.length);
    expect(derived.length).toBeGreaterThanOrEqual(4);
    for (const a of derived) for (const d of a.derivedFrom!) expect(ids).toContain(d.article);
  });
});

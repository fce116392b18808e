/**
 * The matcher's quality figures, shared by `npm run eval` and the regression
 * guard in `npm test` (tests/unit/eval-floors.test.ts).
 *
 * 1. Leave one article out (LOO): each source article is matched against an
 *    index built WITHOUT that article's reports, so the matcher has to
 *    recognise the article's sentences from other outlets' wording. Only
 *    claims that other articles also report are counted. This flatters: the
 *    summaries were written with every article in view (hence the run without
 *    summaries), and single-report claims test nothing.
 * 2. Negatives: real prose that states no claim (tests/fixtures/negatives).
 * 3. The dev set: real pages from other outlets, scored by claim identity
 *    (scripts/lib/devset.ts). This is the figure decisions are made on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadAndValidate } from './load-index';
import { buildRetrievalIndex } from '../../utils/matcher/retrieval';
import { ClaimMatcher, type MatcherOptions } from '../../utils/matcher/match';
import { collapseWhitespace } from '../../utils/index/validate';
import type { Claim } from '../../utils/index/schema';
import type { IndexSources } from '../../utils/index/schema';
import { loadDevset, scorePage, summarize, type SetScore } from './devset';
import { buildTables } from './build-tables';
import { outletNames, type BuildTables } from '../../utils/index/shipped';

const tablesCache = new WeakMap<IndexSources, BuildTables>();
/** The build-time tables (Chinese folding, synonyms) of the full index, computed once. */
function tablesOf(index: IndexSources): BuildTables {
  let t = tablesCache.get(index);
  if (!t) tablesCache.set(index, (t = buildTables(index)));
  return t;
}

export interface LooResult {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  perArticle: string[];
  misses: Map<string, string[]>;
  falsePositives: string[];
}

function locate(text: string, excerpt: string): { start: number; end: number } | undefined {
  const words = collapseWhitespace(excerpt).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const m = new RegExp(words.join('\\s+'), 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

export function loadIndexOrExit(): { index: IndexSources; texts: Map<string, string> } {
  const loaded = loadAndValidate();
  if (!loaded.ok) {
    console.error('index invalid: run npm run index:check');
    process.exit(1);
  }
  return { index: loaded.index, texts: loaded.texts };
}

export function matcherFor(claims: ReadonlyArray<Claim>, index: IndexSources, options: MatcherOptions = {}): ClaimMatcher {
  const useSummaries = options.useSummaries ?? true;
  // The full index's tables also serve a leave-one-out index: a synonym or a
  // character fold aimed at a term the smaller index lacks never fires.
  const tables = tablesOf(index);
  const retrieval = buildRetrievalIndex(claims, index.people, { withSummaries: useSummaries, han: tables.han, outletNames: outletNames(index) });
  if (tables.synonyms) retrieval.synonyms = tables.synonyms;
  return new ClaimMatcher(
    {
      claims,
      people: index.people,
      articles: index.articles,
      retrieval,
    },
    options,
  );
}

export function leaveOneOut(index: IndexSources, texts: Map<string, string>, useSummaries: boolean, verbose = false): LooResult {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses = new Map<string, string[]>();
  const falsePositives: string[] = [];
  const perArticle: string[] = [];
  for (const article of index.articles.filter((a) => a.textFile)) {
    const text = texts.get(article.textFile!)!;
    const loo: Claim[] = index.claims
      .map((c) => ({ ...c, reports: c.reports.filter((r) => r.article !== article.id) }))
      .filter((c) => c.reports.length > 0);
    const best = new Map<string, { score: number; sentence: string }>();
    const matcher = matcherFor(loo, index, {
      useSummaries,
      onCandidate: ({ claimId, score, sentence }) => {
        if ((best.get(claimId)?.score ?? -1) < score) best.set(claimId, { score, sentence });
      },
    });
    const truth = new Map<string, { start: number; end: number }[]>();
    for (const c of loo) {
      if (!c.checkWorthy) continue;
      const own = index.claims.find((x) => x.id === c.id)!.reports.find((r) => r.article === article.id);
      if (!own) continue;
      const spans = [own.excerpt, ...(own.restatements ?? [])].map((e) => locate(text, e)).filter((x) => x !== undefined);
      if (spans.length) truth.set(c.id, spans);
    }
    const background = new Set(loo.filter((c) => !c.checkWorthy).map((c) => c.id));
    const { matches } = matcher.matchText(text);
    const found = new Set<string>();
    let aTp = 0;
    let aFp = 0;
    for (const m of matches) {
      if (background.has(m.claimId)) continue; // background facts: neither right nor wrong
      const spans = truth.get(m.claimId) ?? [];
      if (spans.some((span) => m.start < span.end && m.end > span.start)) {
        if (!found.has(m.claimId)) aTp++;
        found.add(m.claimId);
      } else {
        aFp++;
        falsePositives.push(`${article.id}: ${m.claimId} [${m.score}] "${m.sentence.slice(0, 120)}"`);
      }
    }
    const aFn = [...truth.keys()].filter((id) => !found.has(id));
    for (const id of aFn) {
      const list = misses.get(id) ?? [];
      const b = best.get(id);
      list.push(verbose && b ? `${article.id} (best ${b.score.toFixed(2)}: "${b.sentence.slice(0, 90)}")` : article.id);
      misses.set(id, list);
    }
    tp += aTp;
    fp += aFp;
    fn += aFn.length;
    perArticle.push(
      `  ${article.id.padEnd(36)} claims also reported elsewhere ${String(truth.size).padStart(3)}  found ${String(aTp).padStart(3)}  missed ${String(aFn.length).padStart(3)}  false ${String(aFp).padStart(3)}`,
    );
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    tp,
    fp,
    fn,
    perArticle,
    misses,
    falsePositives,
  };
}

export function negatives(matcher: ClaimMatcher): { words: number; matches: number; lines: string[]; falsePositives: string[] } {
  const negDir = join(ROOT, 'tests', 'fixtures', 'negatives');
  let words = 0;
  let count = 0;
  const lines: string[] = [];
  const falsePositives: string[] = [];
  for (const file of readdirSync(negDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(negDir, file), 'utf8');
    words += text.split(/\s+/u).filter(Boolean).length;
    const { matches } = matcher.matchText(text);
    count += matches.length;
    lines.push(`  ${file.padEnd(36)} matches ${matches.length}`);
    for (const m of matches) falsePositives.push(`negatives/${file}: ${m.claimId} [${m.score}] "${m.sentence.slice(0, 120)}"`);
  }
  return { words, matches: count, lines, falsePositives };
}

export interface DevResult {
  A: SetScore;
  B: SetScore;
  all: SetScore;
  zh: SetScore;
}

/** One half of the English dev pages (the fit chooses its threshold on half A only). */
export function devHalf(matcher: ClaimMatcher, half: 'A' | 'B'): SetScore {
  return summarize(loadDevset().filter((p) => p.half === half).map((p) => scorePage(p, matcher.matchText(p.text).matches)));
}

export function devPages(matcher: ClaimMatcher): DevResult {
  const score = (pages: ReturnType<typeof loadDevset>) => summarize(pages.map((p) => scorePage(p, matcher.matchText(p.text).matches)));
  const en = loadDevset();
  return {
    A: score(en.filter((p) => p.half === 'A')),
    B: score(en.filter((p) => p.half === 'B')),
    all: score(en),
    zh: score(loadDevset('zh')),
  };
}

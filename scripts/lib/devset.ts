/**
 * The real-page dev set (tests/fixtures/devset/, see its README): 40 labelled
 * pages from outlets the index does not hold, plus 8 Chinese pages. It is a
 * measurement fixture: nothing of it goes into the index, the summaries or a
 * rule.
 *
 * Scoring, as the dev set's README defines it (claim identity):
 * - a match is right when it overlaps a labelled sentence (any occurrence) by
 *   at least half of the shorter span and its claim is one of that label's;
 * - a match on a neutral sentence (background facts) is ignored;
 * - every other match is wrong; any match on an unrelated page is a failure;
 * - recall counts labelled (sentence, claims) entries found by a right match.
 *
 * The pages are split into two fixed halves by file number (odd: A, even: B).
 * Mechanisms are tuned on half A only; half B is reported as the check that a
 * change generalises.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT } from './load-index';

const Entry = z.object({ sentence: z.string(), claims: z.array(z.string()), note: z.string().optional() });
const Page = z.object({
  file: z.string(),
  url: z.string(),
  outlet: z.string(),
  category: z.string(),
  kind: z.enum(['positive', 'hard-negative', 'unrelated']),
  language: z.string().optional(),
  labels: z.array(Entry),
  neutral: z.array(Entry).default([]),
});
export type DevPage = z.infer<typeof Page> & { text: string; half: 'A' | 'B'; lang: string };

export const DEVSET_DIR = join(ROOT, 'tests', 'fixtures', 'devset');

export function loadDevset(sub: '' | 'zh' = ''): DevPage[] {
  const dir = join(DEVSET_DIR, sub);
  const pages = z.array(Page).parse(JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')));
  return pages.map((p) => {
    const num = Number(/(\d+)-/u.exec(p.file)?.[1] ?? 0);
    return { ...p, text: readFileSync(join(dir, p.file), 'utf8'), half: num % 2 === 1 ? 'A' : 'B', lang: p.language ?? 'en' };
  });
}

export interface Span {
  start: number;
  end: number;
  claimId: string;
  sentence?: string;
  score?: number;
}

interface Located {
  start: number;
  end: number;
  claims: string[];
  note?: string;
  entry: number;
}

function occurrences(text: string, sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) out.push({ start: at, end: at + sentence.length });
  return out;
}

function overlapsEnough(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap >= shorter / 2;
}

export interface PageScore {
  page: DevPage;
  right: Span[];
  wrong: Span[];
  ignored: Span[];
  pairs: number;
  found: number;
  /** Labelled entries not found, with the label's note. */
  missed: { sentence: string; claims: string[]; note?: string }[];
}

export function scorePage(page: DevPage, matches: ReadonlyArray<Span>): PageScore {
  const labels: Located[] = page.labels.flatMap((l, entry) => occurrences(page.text, l.sentence).map((o) => ({ ...o, claims: l.claims, note: l.note, entry })));
  const neutral = page.neutral.flatMap((l) => occurrences(page.text, l.sentence));
  const right: Span[] = [];
  const wrong: Span[] = [];
  const ignored: Span[] = [];
  const foundEntries = new Set<number>();
  for (const m of matches) {
    const hits = labels.filter((l) => overlapsEnough(m, l) && l.claims.includes(m.claimId));
    if (hits.length > 0) {
      right.push(m);
      for (const h of hits) foundEntries.add(h.entry);
    } else if (neutral.some((n) => overlapsEnough(m, n))) {
      ignored.push(m);
    } else {
      wrong.push(m);
    }
  }
  const missed = page.labels.filter((_, i) => !foundEntries.has(i)).map(({ sentence, claims, note }) => ({ sentence, claims, note }));
  return { page, right, wrong, ignored, pairs: page.labels.length, found: foundEntries.size, missed };
}

export interface SetScore {
  pages: PageScore[];
  right: number;
  wrong: number;
  pairs: number;
  found: number;
  precision: number;
  recall: number;
  /** Matches on hard-negative pages. */
  hardNegativeMatches: number;
  /** Matches on unrelated pages (each one a failure). */
  unrelatedMatches: number;
}

export function summarize(pages: PageScore[]): SetScore {
  let right = 0;
  let wrong = 0;
  let pairs = 0;
  let found = 0;
  let hard = 0;
  let unrelated = 0;
  for (const p of pages) {
    right += p.right.length;
    wrong += p.wrong.length;
    pairs += p.pairs;
    found += p.found;
    if (p.page.kind === 'hard-negative') hard += p.wrong.length;
    if (p.page.kind === 'unrelated') unrelated += p.wrong.length + p.right.length + p.ignored.length;
  }
  return {
    pages,
    right,
    wrong,
    pairs,
    found,
    precision: right + wrong === 0 ? 1 : right / (right + wrong),
    recall: pairs === 0 ? 1 : found / pairs,
    hardNegativeMatches: hard,
    unrelatedMatches: unrelated,
  };
}

export function formatSetScore(name: string, s: SetScore): string {
  return `${name.padEnd(22)} precision ${s.precision.toFixed(3)} (${s.right}/${s.right + s.wrong})  recall ${s.recall.toFixed(3)} (${s.found}/${s.pairs})  hard-negative matches ${s.hardNegativeMatches}  unrelated matches ${s.unrelatedMatches}`;
}

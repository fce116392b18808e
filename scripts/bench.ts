/**
 * `npm run bench`: the matcher's cost per page, against a floor and a naive
 * baseline measured in the same run.
 *
 * - pages: ~5,000 and ~50,000 words, built deterministically from the source
 *   articles and the negatives prose (so some sentences match, most do not);
 * - index sizes: the real index, then 1,000, 10,000 and 100,000 claims (the
 *   real claims plus synthetic ones: news-like sentences with names and numbers
 *   from a fixed-seed generator);
 * - floor: only segmenting and normalising the page;
 * - naive: `fuse.search` of each sentence against the whole index (sampled
 *   sentences at large sizes, extrapolated to the page, and said so);
 * - per size: index build time, shipped size (raw and gzip), load (JSON.parse
 *   + matcher construction) and heap.
 *
 * Timings are medians; no timing is asserted anywhere in the tests.
 */
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { makePage, synthetic } from './lib/synthetic';
import { compileFromSources } from './lib/shipped';
import { ClaimMatcher } from '../utils/matcher/match';
import { buildRetrievalIndex } from '../utils/matcher/retrieval';
import { segmentSentences } from '../utils/text/segment';
import { normalize } from '../utils/text/normalize';
import type { Claim, Person } from '../utils/index/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildPrefilter } from '../utils/prefilter/build';
import { bytesFromBase64, Prefilter } from '../utils/prefilter/filter';
import { pageText } from '../entrypoints/probe.content/page-text';
import { normalizeStopwords } from './lib/prefilter-stopwords';
import { ROOT } from './lib/load-index';

const quick = process.argv.includes('--quick');
const real = compileFromSources();

// ---------------------------------------------------------------- timing
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
/** Median of `runs` timed calls, after two untimed warm-up calls (JIT). */
function time(fn: () => void, runs: number): number {
  fn();
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

// ---------------------------------------------------------------- run
const pages = { '5k': makePage(5000, 1), '50k': makePage(50_000, 2) };
const sizes = quick ? [real.claims.length, 1000, 10_000] : [real.claims.length, 1000, 10_000, 100_000];
console.log(`Parallax matcher benchmark (${quick ? 'quick' : 'full'}), Node ${process.version}${gc ? '' : ' (no --expose-gc: heap figures include garbage)'}`);
for (const [name, text] of Object.entries(pages)) {
  console.log(`  page ${name}: ${text.split(/\s+/u).length} words, ${segmentSentences(text).length} sentences`);
}

const newsText = pageText(parseHTML(readFileSync(join(ROOT, 'tests/fixtures/stages/no-match-news.html'), 'utf8')).document.body as unknown as Node);

const floor: Record<string, number> = {};
for (const [name, text] of Object.entries(pages)) {
  floor[name] = time(() => {
    for (const s of segmentSentences(text)) normalize(text, s.start, s.end);
  }, name === '5k' ? 15 : 5);
}
console.log(`  floor (segment + normalise): 5k ${ms(floor['5k']!)} ms, 50k ${ms(floor['50k']!)} ms\n`);

/** Mean time of fuse.search per sentence over a spread sample (few at large sizes: each takes seconds). */
function measureNaive(claims: Claim[], text: string): { ms: number; sampled: number } {
  const fuse = new Fuse(
    claims.flatMap((c) => [c.summary, ...c.reports.map((r) => r.excerpt)]),
    { ignoreLocation: true, threshold: 0.4, includeScore: true },
  );
  const sentences = segmentSentences(text);
  const n = Math.max(2, Math.min(sentences.length, 30, Math.floor(100_000 / claims.length)));
  const step = Math.ceil(sentences.length / n);
  const sample = sentences.filter((_, i) => i % step === 0).slice(0, n);
  const t = performance.now();
  for (const s of sample) fuse.search(text.slice(s.start, s.end).slice(0, 200), { limit: 3 });
  return { ms: (performance.now() - t) / sample.length, sampled: sample.length };
}

const rows: string[] = [];
for (const size of sizes) {
  const extra = size > real.claims.length ? synthetic(size - real.claims.length, 42) : { claims: [], people: [] };
  const claims = [...real.claims, ...extra.claims];
  const people = [...real.people, ...extra.people];
  const heapBefore = heapMb();
  const t0 = performance.now();
  const retrieval = buildRetrievalIndex(claims, people);
  const buildMs = performance.now() - t0;
  const shipped = JSON.stringify({ claims, people, retrieval });
  const bytes = Buffer.byteLength(shipped);
  const gzBytes = gzipSync(shipped).length;
  // Of which the matcher's prebuilt index (postings, speakers); the rest is
  // the claims' own text (summaries, every outlet's excerpt) that cards show.
  const retrievalJson = JSON.stringify(retrieval);
  const retrievalBytes = Buffer.byteLength(retrievalJson);
  const retrievalLoadMs = time(() => JSON.parse(retrievalJson), size >= 100_000 ? 3 : 5);
  const loadMs = time(() => {
    const parsed = JSON.parse(shipped) as { claims: Claim[]; people: Person[]; retrieval: typeof retrieval };
    new ClaimMatcher(parsed);
  }, size >= 100_000 ? 3 : 5);
  const index = JSON.parse(shipped) as { claims: Claim[]; people: Person[]; retrieval: typeof retrieval };
  const heap = heapMb() - heapBefore;

  let naivePerSentence: { ms: number; sampled: number } | undefined;
  const realMatcher = new ClaimMatcher(real);
  for (const [name, text] of Object.entries(pages)) {
    let found: { start: number; claimId: string }[] = [];
    const matchMs = time(() => {
      found = new ClaimMatcher(index).matchText(text).matches;
    }, name === '5k' ? 9 : 3);
    // Recall at scale: of the matches the real index alone finds on this page,
    // how many survive among `size` claims (the synthetic claims' words come
    // from the same prose, so they crowd the real ones).
    const key = (m: { start: number; claimId: string }) => `${m.start}:${m.claimId}`;
    const foundKeys = new Set(found.map(key));
    const realMatches = realMatcher.matchText(text).matches;
    const kept = realMatches.filter((m) => foundKeys.has(key(m))).length;

    // Naive baseline: fuse.search of every sentence against every claim
    // wording. Its cost per sentence is measured once per index size on a
    // sample of the 5k page's sentences, then multiplied out per page.
    const sentences = segmentSentences(text);
    naivePerSentence ??= measureNaive(claims, pages['5k']);
    const naiveMs = naivePerSentence.ms * sentences.length;
    const sampled = ` (${naivePerSentence.sampled} sentences sampled, x${sentences.length})`;

    rows.push(
      [
        `claims ${String(size).padStart(6)}  page ${name.padEnd(3)}`,
        `match ${ms(matchMs).padStart(6)} ms`,
        `floor x${(matchMs / floor[name]!).toFixed(2)}`,
        `naive ${ms(naiveMs).padStart(8)} ms${sampled}`,
        `naive/match x${Math.round(naiveMs / matchMs)}`,
        `matches ${found.length} (real-index matches kept ${kept}/${realMatches.length})`,
      ].join('  '),
    );
  }
  rows.push(
    `claims ${String(size).padStart(6)}  index build ${ms(buildMs)} ms  shipped ${(bytes / 1e6).toFixed(2)} MB (gzip ${(gzBytes / 1e6).toFixed(2)} MB; matcher index ${(retrievalBytes / 1e6).toFixed(2)} MB, parse ${ms(retrievalLoadMs)} ms)  load ${ms(loadMs)} ms  heap ${heap.toFixed(1)} MB`,
  );
  rows.push(firstStage(size, retrieval));
  console.log(rows.splice(0).join('\n'));
}

/**
 * The first stage (utils/prefilter/, entrypoints/probe.content/) at this index size:
 * the filter's size (what every page loads besides the probe's code), its decode, its
 * heap, and the time to decide on a no-match news page (every sentence read when it
 * rejects, up to the first passing sentence when it does not) and on the 5k page.
 */
function firstStage(size: number, retrieval: ReturnType<typeof buildRetrievalIndex>): string {
  const stopwords = normalizeStopwords();
  const built = buildPrefilter(retrieval, stopwords);
  const b64 = Buffer.from(built.bytes).toString('base64');
  const kept = new Prefilter(bytesFromBase64(b64), stopwords.join(' '));
  // What a tab holds for it: the base64 source string, the table, one mask offset per key.
  const held = b64.length + built.bytes.length + 4 * built.entries;
  const decodeMs = time(() => new Prefilter(bytesFromBase64(b64), stopwords.join(' ')), 5);
  const decide = (text: string) => {
    for (const s of segmentSentences(text)) if (kept.sentenceCanMatch(text, s.start, s.end)) return true;
    return false;
  };
  const readAll = (text: string) => {
    let n = 0;
    for (const s of segmentSentences(text)) if (kept.sentenceCanMatch(text, s.start, s.end)) n++;
    return n;
  };
  const parts = [`claims ${String(size).padStart(6)}  first stage: filter ${(b64.length / 1024).toFixed(1)} KiB base64 (${built.entries} keys), decode ${ms(decodeMs)} ms, holds ${(held / 1e6).toFixed(2)} MB`];
  for (const [name, text] of [['no-match news', newsText], ['5k', pages['5k']]] as const) {
    let passes = false;
    const decideMs = time(() => (passes = decide(text)), 9);
    const allMs = time(() => readAll(text), 5);
    parts.push(`${name}: ${passes ? 'passes' : 'rejected'} in ${ms(decideMs)} ms (all ${segmentSentences(text).length} sentences ${ms(allMs)} ms, ${readAll(text)} pass)`);
  }
  return parts.join('  ');
}

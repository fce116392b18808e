/**
 * `npx tsx scripts/prefilter-check.ts`: the first stage's filter against the matcher.
 * Soundness: every sentence the matcher matches (demo pages, source articles,
 * dev-set pages, read here for measurement only) must pass the filter. Selectivity:
 * how many sentences and pages that match nothing the filter lets through.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import indexJson from '../data/generated/index.json';
import prefilterJson from '../data/generated/prefilter.json';
import { asShippedIndex } from '../utils/index/bundled';
import { ClaimMatcher } from '../utils/matcher/match';
import { bytesFromBase64, Prefilter } from '../utils/prefilter/filter';
import { pageText } from '../entrypoints/probe.content/page-text';
import { segmentSentences } from '../utils/text/segment';
import { ROOT } from './lib/load-index';

const index = asShippedIndex(indexJson);
const matcher = new ClaimMatcher(index);
const filter = new Prefilter(bytesFromBase64(prefilterJson.base64), prefilterJson.stopwords);

interface Row { set: string; file: string; matched: number; missed: number; sentences: number; passed: number }
const rows: Row[] = [];

function check(set: string, file: string, text: string): void {
  const result = matcher.matchText(text);
  const sentences = segmentSentences(text);
  const pass = sentences.map((s) => filter.sentenceCanMatch(text, s.start, s.end));
  let missed = 0;
  for (const m of result.matches) {
    const ok = sentences.some((s, i) => pass[i] && s.start < m.end && m.start < s.end);
    if (!ok) {
      missed++;
      console.log(`MISSED ${set}/${file}: ${text.slice(m.start, m.end).slice(0, 140)}`);
    }
  }
  rows.push({ set, file, matched: result.matches.length, missed, sentences: sentences.length, passed: pass.filter(Boolean).length });
}

function htmlText(html: string): string {
  const { document } = parseHTML(html);
  return pageText(document.body as unknown as HTMLElement);
}

const dir = (p: string) => join(ROOT, p);
for (const f of readdirSync(dir('tests/fixtures/pages')).filter((f) => f.endsWith('.html'))) check('demo', f, htmlText(readFileSync(join(dir('tests/fixtures/pages'), f), 'utf8')));
for (const f of readdirSync(dir('tests/fixtures/sources')).filter((f) => f.endsWith('.txt'))) check('sources', f, readFileSync(join(dir('tests/fixtures/sources'), f), 'utf8'));
for (const f of readdirSync(dir('tests/fixtures/devset/pages'))) check('devset', f, readFileSync(join(dir('tests/fixtures/devset/pages'), f), 'utf8'));
for (const f of readdirSync(dir('tests/fixtures/devset/zh/pages'))) check('devset-zh', f, readFileSync(join(dir('tests/fixtures/devset/zh/pages'), f), 'utf8'));
for (const f of readdirSync(dir('tests/fixtures/negatives')).filter((f) => f.endsWith('.txt'))) check('negatives', f, readFileSync(join(dir('tests/fixtures/negatives'), f), 'utf8'));
for (const f of readdirSync(dir('tests/fixtures/stages')).filter((f) => f.endsWith('.html'))) check('stages', f, htmlText(readFileSync(join(dir('tests/fixtures/stages'), f), 'utf8')));

for (const set of [...new Set(rows.map((r) => r.set))]) {
  const rs = rows.filter((r) => r.set === set);
  const sum = (k: keyof Row) => rs.reduce((a, r) => a + (r[k] as number), 0);
  const noMatch = rs.filter((r) => r.matched === 0);
  console.log(
    `${set}: ${rs.length} pages, ${sum('matched')} matched sentences, ${sum('missed')} missed by the filter; sentences passing ${sum('passed')}/${sum('sentences')}; pages without a match: ${noMatch.length}, of them passing: ${noMatch.filter((r) => r.passed > 0).length}${noMatch.length ? ` (${noMatch.map((r) => `${r.file}:${r.passed}`).join(', ')})` : ''}`,
  );
}
const missed = rows.reduce((a, r) => a + r.missed, 0);
if (missed > 0) process.exitCode = 1;

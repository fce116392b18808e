/**
 * `npm run eval`: precision and recall of the matcher without cheating.
 *
 * Leave one article out: each source article is matched against an index
 * built WITHOUT that article's reports (claims only it reports disappear), so
 * the matcher has to recognise the article's sentences from other outlets'
 * wording. Only claims that other articles also report are counted.
 *
 * A match (sentence, claim) is correct when the article reports that claim
 * and the sentence overlaps the article's own excerpt for it (or one of the
 * report's recorded restatements: the headline or a summary bullet).
 *
 * Negatives: real prose that states none of the claims (tests/fixtures/negatives,
 * see its README); any match there is a false positive.
 *
 * Options: --no-summaries  match against outlets' wordings only (the summaries
 * were written by us from all articles, including the one left out);
 * --verbose  show each missed claim's best-scoring sentence.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadAndValidate } from './lib/load-index';
import { buildRetrievalIndex } from '../utils/matcher/retrieval';
import { ClaimMatcher } from '../utils/matcher/match';
import { collapseWhitespace } from '../utils/index/validate';
import type { Claim } from '../utils/index/schema';

const useSummaries = !process.argv.includes('--no-summaries');
const verbose = process.argv.includes('--verbose');
const loaded = loadAndValidate();
if (!loaded.ok) {
  console.error('index invalid: run npm run index:check');
  process.exit(1);
}
const { index } = loaded;

/** Where an excerpt sits in the raw text (whitespace-tolerant). */
function locate(text: string, excerpt: string): { start: number; end: number } | undefined {
  const words = collapseWhitespace(excerpt).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const m = new RegExp(words.join('\\s+'), 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

let tp = 0;
let fp = 0;
let fn = 0;
const missesByClaim = new Map<string, string[]>();
const falsePositives: string[] = [];
const perArticle: string[] = [];

for (const article of index.articles.filter((a) => a.textFile)) {
  const text = loaded.texts.get(article.textFile!)!;
  const loo: Claim[] = index.claims
    .map((c) => ({ ...c, reports: c.reports.filter((r) => r.article !== article.id) }))
    .filter((c) => c.reports.length > 0);
  const best = new Map<string, { score: number; sentence: string }>();
  const matcher = new ClaimMatcher(
    { claims: loo, people: index.people, retrieval: buildRetrievalIndex(loo, index.people, { withSummaries: useSummaries }) },
    {
      useSummaries,
      onCandidate: ({ claimId, score, sentence }) => {
        if ((best.get(claimId)?.score ?? -1) < score) best.set(claimId, { score, sentence });
      },
    },
  );
  // Truth: claims in the reduced index that this article reports, with where it says so.
  const truth = new Map<string, { start: number; end: number }[]>();
  for (const c of loo) {
    const own = index.claims.find((x) => x.id === c.id)!.reports.find((r) => r.article === article.id);
    if (!own) continue;
    const spans = [own.excerpt, ...(own.restatements ?? [])].map((e) => locate(text, e)).filter((x) => x !== undefined);
    if (spans.length) truth.set(c.id, spans);
  }
  const { matches } = matcher.matchText(text);
  const found = new Set<string>();
  let aTp = 0;
  let aFp = 0;
  for (const m of matches) {
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
    const list = missesByClaim.get(id) ?? [];
    const b = best.get(id);
    list.push(verbose && b ? `${article.id} (best ${b.score.toFixed(2)}: "${b.sentence.slice(0, 90)}")` : article.id);
    missesByClaim.set(id, list);
  }
  tp += aTp;
  fp += aFp;
  fn += aFn.length;
  perArticle.push(
    `  ${article.id.padEnd(36)} claims also reported elsewhere ${String(truth.size).padStart(3)}  found ${String(aTp).padStart(3)}  missed ${String(aFn.length).padStart(3)}  false ${String(aFp).padStart(3)}`,
  );
}

// Negatives, against the full index.
const full = new ClaimMatcher(
  { claims: index.claims, people: index.people, retrieval: buildRetrievalIndex(index.claims, index.people, { withSummaries: useSummaries }) },
  { useSummaries },
);
const negDir = join(ROOT, 'tests', 'fixtures', 'negatives');
let negWords = 0;
let negMatches = 0;
const negLines: string[] = [];
for (const file of readdirSync(negDir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(negDir, file), 'utf8');
  negWords += text.split(/\s+/u).filter(Boolean).length;
  const { matches } = full.matchText(text);
  negMatches += matches.length;
  negLines.push(`  ${file.padEnd(36)} matches ${matches.length}`);
  for (const m of matches) falsePositives.push(`negatives/${file}: ${m.claimId} [${m.score}] "${m.sentence.slice(0, 120)}"`);
}

const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

console.log(`Leave-one-article-out evaluation (${useSummaries ? 'with' : 'without'} claim summaries)`);
console.log(perArticle.join('\n'));
console.log(`Negatives (${negWords} words of prose stating no claim):`);
console.log(negLines.join('\n'));
console.log('');
console.log(`precision ${precision.toFixed(3)}  (${tp} correct of ${tp + fp} matches)`);
console.log(`recall    ${recall.toFixed(3)}  (${tp} of ${tp + fn} claim reports found)`);
console.log(`F1        ${f1.toFixed(3)}`);
console.log(`negatives ${negMatches} match${negMatches === 1 ? '' : 'es'}`);
console.log(`\nMisses per claim (${missesByClaim.size} claims):`);
for (const [id, arts] of [...missesByClaim].sort()) console.log(`  ${id}: missed in ${arts.join(', ')}`);
if (falsePositives.length) {
  console.log(`\nFalse positives (${falsePositives.length}):`);
  for (const l of falsePositives) console.log(`  ${l}`);
}

/**
 * `npm run match -- [--json] FILE...`: find indexed claims in text or HTML files.
 * HTML goes through Readability first, so page chrome does not count.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { extractArticleText } from './lib/extract';
import { compileFromSources } from './lib/shipped';
import { ClaimMatcher } from '../utils/matcher/match';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('usage: npm run match -- [--json] FILE...   (.txt or .html)');
  process.exit(2);
}

const index = compileFromSources();
const matcher = new ClaimMatcher(index);
const claims = new Map(index.claims.map((c) => [c.id, c]));
const articles = new Map(index.articles.map((a) => [a.id, a]));
const outlets = new Map(index.outlets.map((o) => [o.id, o]));
const outletOf = (articleId: string) => outlets.get(articles.get(articleId)?.outlet ?? '')?.name ?? articleId;

let failed = false;
for (const file of files) {
  let text: string;
  try {
    const raw = readFileSync(file, 'utf8');
    text = /^\.html?$/iu.test(extname(file)) ? extractArticleText(raw).text : raw;
  } catch (err) {
    console.error(`${file}: cannot read (${(err as Error).message})`);
    failed = true;
    continue;
  }
  const result = matcher.matchText(text);
  const matches = result.matches.map((m) => ({
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    claimId: m.claimId,
    summary: claims.get(m.claimId)?.summary ?? '',
    score: m.score,
    closestOutlet: outletOf(m.closestArticle),
  }));
  if (json) {
    console.log(JSON.stringify({ file, text, matches, related: result.related }));
    continue;
  }
  console.log(`\n${file}: ${matches.length} match${matches.length === 1 ? '' : 'es'}, ${result.related.length} related`);
  for (const m of matches) {
    console.log(`  [${m.score.toFixed(2)}] ${m.claimId} (closest: ${m.closestOutlet})`);
    console.log(`         "${m.sentence.length > 160 ? `${m.sentence.slice(0, 159)}…` : m.sentence}"`);
    console.log(`         claim: ${m.summary}`);
  }
  for (const r of result.related) {
    console.log(`  related ${r.claimId}: ${r.detail}`);
    console.log(`         "${r.sentence.length > 160 ? `${r.sentence.slice(0, 159)}…` : r.sentence}"`);
  }
}
process.exit(failed ? 1 : 0);

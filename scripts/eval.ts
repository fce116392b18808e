/**
 * `npm run eval`: the matcher's precision and recall, measured honestly.
 * See scripts/lib/evaluate.ts for what each figure means.
 *
 * Options:
 *   --verbose        leave-one-out misses with each missed claim's best sentence
 *   --detail A|B|zh  every miss and wrong match on that half of the dev pages
 *                    (tune on A; B is the check that a change generalises)
 */
import { devPages, leaveOneOut, loadIndexOrExit, matcherFor, negatives } from './lib/evaluate';
import { formatSetScore, type SetScore } from './lib/devset';

const verbose = process.argv.includes('--verbose');
const detailAt = process.argv.indexOf('--detail');
const detail = detailAt >= 0 ? process.argv[detailAt + 1] : undefined;
const { index, texts } = loadIndexOrExit();

const withSummaries = leaveOneOut(index, texts, true, verbose);
const withoutSummaries = leaveOneOut(index, texts, false);
const full = matcherFor(index.claims, index);
const neg = negatives(full);
const dev = devPages(full);

const pct = (x: number) => x.toFixed(3);
console.log('Leave one article out, with claim summaries');
console.log(withSummaries.perArticle.join('\n'));
console.log(`Negatives (${neg.words} words of prose stating no claim):`);
console.log(neg.lines.join('\n'));

if (verbose) {
  console.log(`\nLeave-one-out misses per claim (${withSummaries.misses.size} claims):`);
  for (const [id, arts] of [...withSummaries.misses].sort()) console.log(`  ${id}: missed in ${arts.join(', ')}`);
  const fps = [...withSummaries.falsePositives, ...neg.falsePositives];
  if (fps.length) {
    console.log(`\nFalse positives (${fps.length}):`);
    for (const l of fps) console.log(`  ${l}`);
  }
}

function printDetail(name: string, s: SetScore): void {
  console.log(`\nDev pages ${name}: misses and wrong matches`);
  for (const p of s.pages) {
    if (p.missed.length === 0 && p.wrong.length === 0) continue;
    console.log(`  ${p.page.file} (${p.page.kind}) found ${p.found}/${p.pairs}`);
    for (const m of p.missed) console.log(`    MISS ${m.claims.join(',')}: "${m.sentence.slice(0, 140)}"${m.note ? ` [${m.note.slice(0, 60)}]` : ''}`);
    for (const w of p.wrong) console.log(`    WRONG ${w.claimId} [${w.score}]: "${(w.sentence ?? '').slice(0, 140)}"`);
  }
}
if (detail === 'A' || detail === 'B' || detail === 'zh') printDetail(detail, dev[detail]);

console.log('\nSummary');
console.log(`leave-one-out, with summaries     precision ${pct(withSummaries.precision)} (${withSummaries.tp}/${withSummaries.tp + withSummaries.fp})  recall ${pct(withSummaries.recall)} (${withSummaries.tp}/${withSummaries.tp + withSummaries.fn})`);
console.log(`leave-one-out, without summaries  precision ${pct(withoutSummaries.precision)} (${withoutSummaries.tp}/${withoutSummaries.tp + withoutSummaries.fp})  recall ${pct(withoutSummaries.recall)} (${withoutSummaries.tp}/${withoutSummaries.tp + withoutSummaries.fn})`);
console.log(`negatives                         ${neg.matches} match${neg.matches === 1 ? '' : 'es'} in ${neg.words} words`);
console.log(formatSetScore('dev pages, half A', dev.A));
console.log(formatSetScore('dev pages, half B', dev.B));
console.log(formatSetScore('dev pages, all', dev.all));
console.log(formatSetScore('dev pages, Chinese', dev.zh));

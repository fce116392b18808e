import { loadIndexOrExit, matcherFor } from './lib/evaluate';
import { loadDevset } from './lib/devset';
import type { CandidateInfo } from '../utils/matcher/match';
import { normalize } from '../utils/text/normalize';
const { index } = loadIndexOrExit();
const seen: CandidateInfo[] = [];
const m = matcherFor(index.claims, index, { onCandidate: (c) => seen.push(c) });
const set = process.argv[2] === 'zh' ? loadDevset('zh') : loadDevset().filter((p) => p.half === process.argv[2]);
const stat = { none: 0, vetoed: 0, low: 0, ok: 0 };
for (const p of set.filter((p) => p.kind === 'positive')) {
  seen.length = 0;
  m.matchText(p.text);
  for (const l of p.labels) {
    const at = p.text.indexOf(l.sentence);
    const c = seen.filter((c) => c.start < at + l.sentence.length && c.end > at && l.claims.includes(c.claimId)).sort((a, b) => b.score - a.score)[0];
    const k = !c ? 'none' : c.vetoed ? 'vetoed' : c.score < m.options.threshold ? 'low' : 'ok';
    stat[k]++;
    if (k !== 'ok') console.log(k.padEnd(6), c ? c.score.toFixed(2) + ' ' + JSON.stringify(Object.fromEntries(Object.entries(c.features).map(([a, b]) => [a, +b.toFixed(2)]))) : '', l.sentence.slice(0, 80));
  }
}
console.log(stat);

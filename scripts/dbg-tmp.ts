import { loadIndexOrExit, matcherFor } from './lib/evaluate';
import type { CandidateInfo } from '../utils/matcher/match';
const { index } = loadIndexOrExit();
const seen: CandidateInfo[] = [];
const m = matcherFor(index.claims, index, { onCandidate: (c) => seen.push(c) });
for (const s of process.argv.slice(2)) {
  seen.length = 0;
  m.matchText(s);
  console.log(s.slice(0, 80));
  for (const c of seen) console.log('  ', c.claimId, c.score.toFixed(2), c.vetoed ? 'VETO' : '', JSON.stringify(Object.fromEntries(Object.entries(c.features).map(([a, b]) => [a, +b.toFixed(2)]))));
}
console.log('threshold', m.options.threshold);

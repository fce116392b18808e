/**
 * `npm run synonyms:derive`: regenerates data/derivations.json from WordNet
 * (see scripts/lib/derivations.ts); `--check` fails when the file is stale.
 * The WordNet synonym map itself is built by `npm run index:build`
 * (scripts/lib/synonym-map.ts), since it depends on the index's vocabulary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/load-index';
import { DERIVATIONS_COMMENT, shippedDerivations } from './lib/derivations';

const file = join(ROOT, 'data', 'derivations.json');
const derivations = shippedDerivations();
const json = `${JSON.stringify({ comment: DERIVATIONS_COMMENT, derivations }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== json) {
    console.error('data/derivations.json is stale: run npm run synonyms:derive');
    process.exit(1);
  }
  console.log(`data/derivations.json is up to date (${Object.keys(derivations).length} derivations)`);
} else {
  writeFileSync(file, json);
  console.log(`data/derivations.json: ${Object.keys(derivations).length} derivations (${(json.length / 1024).toFixed(1)} KiB)`);
}

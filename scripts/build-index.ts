/**
 * Validates data/ and writes the compiled index the extension ships
 * (data/generated/index.json). Invalid data fails the build with one line per
 * problem naming the file, the record and the field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAndValidate, ROOT } from './lib/load-index';
import { formatProblem } from '../utils/index/validate';
import { compileShippedIndex } from '../utils/index/shipped';
import { buildTables } from './lib/build-tables';
import { normalizeStopwords } from './lib/prefilter-stopwords';
import { buildPrefilter } from '../utils/prefilter/build';

const result = loadAndValidate();
const problems = [...result.parseErrors, ...(result.ok ? [] : result.problems.map(formatProblem))];
if (problems.length > 0 || !result.ok) {
  console.error(`Claims index is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
const tables = buildTables(result.index);
const shipped = compileShippedIndex(result.index, tables);
const synonyms = { stats: tables.synonymStats };
const outDir = join(ROOT, 'data', 'generated');
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(shipped);
writeFileSync(join(outDir, 'index.json'), json);
console.log(
  `Claims index: ${shipped.claims.length} claims, ${shipped.articles.length} articles, ${shipped.outlets.length} outlets -> data/generated/index.json (${(json.length / 1024).toFixed(1)} KiB)`,
);
console.log(
  `  Chinese: ${tables.hanEntries} traditional characters fold to the index's simplified ones\n  WordNet synonyms: ${synonyms.stats.entries} page terms -> ${synonyms.stats.pairs} index terms, from ${synonyms.stats.indexWords} index words (${(synonyms.stats.bytes / 1024).toFixed(1)} KiB of the index)`,
);

// The first stage's filter (utils/prefilter/): what every page loads to decide whether it can match.
const stopwords = normalizeStopwords();
const prefilter = buildPrefilter(shipped.retrieval, stopwords);
const prefilterB64 = Buffer.from(prefilter.bytes).toString('base64');
writeFileSync(join(outDir, 'prefilter.json'), JSON.stringify({ claims: shipped.claims.length, stopwords: stopwords.join(' '), base64: prefilterB64 }));
console.log(
  `  Prefilter: ${prefilter.entries} keys (${prefilter.proposing} proposing), ${(prefilter.bytes.length / 1024).toFixed(1)} KiB binary, ${(prefilterB64.length / 1024).toFixed(1)} KiB base64 -> data/generated/prefilter.json`,
);

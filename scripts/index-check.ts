/** `npm run index:check`: validate data/ and print what the index holds. */
import { loadAndValidate } from './lib/load-index';
import { formatProblem } from '../utils/index/validate';
import { summarizeIndex } from '../utils/index/summary';

const result = loadAndValidate();
if (result.parseErrors.length > 0 || !result.ok) {
  const lines = [...result.parseErrors, ...(result.ok ? [] : result.problems.map(formatProblem))];
  console.error(`Claims index: INVALID, ${lines.length} problem${lines.length === 1 ? '' : 's'}`);
  for (const l of lines) console.error(`  ${l}`);
  process.exit(1);
}
const s = summarizeIndex(result.index);
const row = (label: string, n: number) => `  ${label.padEnd(40)} ${String(n).padStart(4)}`;
const categoryLabel = new Map(result.index.categories.map((c) => [c.id, c.label]));
console.log('Claims index: valid');
console.log(row('claims', s.claims));
console.log(row('reports', s.reports));
console.log(row('articles (with text)', s.articles) + ` (${s.articlesWithText})`);
console.log(row('outlets', s.outlets));
console.log('Claims by kind:');
for (const [kind, n] of Object.entries(s.claimsByKind).sort((a, b) => b[1] - a[1])) console.log(row(kind, n));
console.log('Reports by outlet category:');
for (const [cat, n] of Object.entries(s.reportsByCategory)) console.log(row(categoryLabel.get(cat) ?? cat, n));
console.log('Reports by language:');
for (const [lang, n] of Object.entries(s.reportsByLanguage).sort((a, b) => b[1] - a[1])) console.log(row(lang, n));
console.log('Coverage:');
console.log(row('claims with US and Chinese state media', s.claimsWithUsAndCnState));
console.log(row('claims in 2+ categories', s.claimsInTwoOrMoreCategories));
console.log(row('claims in 2+ articles', s.claimsInTwoOrMoreArticles));
console.log(row('claims with one outlet only', s.claimsWithOneOutlet));
console.log(
  `  categories without reports: ${
    s.categoriesWithoutReports.length === 0 ? 'none' : s.categoriesWithoutReports.map((c) => categoryLabel.get(c) ?? c).join(', ')
  }`,
);

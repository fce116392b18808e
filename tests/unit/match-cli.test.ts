/** `npm run match` as a user runs it, and the eval's negatives (no match at all). */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/load-index';
import { compileFromSources } from '../../scripts/lib/shipped';
import { ClaimMatcher } from '../../utils/matcher/match';

function runMatch(...args: string[]) {
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/match.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run match', () => {
  test('--json prints one object per file with offsets into its text', () => {
    const r = runMatch('--json', 'tests/fixtures/sources/003_8ae9b48f3314d038.txt', 'tests/fixtures/pages/globaltimes-ai-export.html');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const [txt, html] = lines;
    expect(txt.text).toBe(readFileSync(join(ROOT, 'tests/fixtures/sources/003_8ae9b48f3314d038.txt'), 'utf8'));
    for (const file of lines) {
      expect(Object.keys(file)).toEqual(['file', 'text', 'matches', 'related']);
      expect(file.matches.length).toBeGreaterThan(0);
      for (const m of file.matches) {
        expect(file.text.slice(m.start, m.end)).toBe(m.sentence);
        expect(Object.keys(m)).toEqual(['start', 'end', 'sentence', 'claimId', 'summary', 'score', 'closestOutlet']);
      }
    }
    // Readability keeps the article and drops page chrome: no comment form text, no script text.
    expect(html.text).not.toContain('Write to the editor');
    expect(html.text).toContain('Chinese entities accounted for more than 61 percent');
  }, 60_000);

  test('human output names claim, score and closest outlet; a missing file is a clear error', () => {
    const ok = runMatch('tests/fixtures/sources/002_4e7f34e0a358acd3.txt');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/\[\d\.\d\d\] cn-ai-patent-share-2024 \(closest: Global Times\)/);
    const missing = runMatch('no/such/file.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no/such/file.txt: cannot read');
  }, 60_000); // two CLI processes: slow on a loaded 2-core machine
});

test('the negatives (real prose stating no claim) produce no match at all', () => {
  const matcher = new ClaimMatcher(compileFromSources());
  const dir = join(ROOT, 'tests/fixtures/negatives');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    expect(matcher.matchText(readFileSync(join(dir, f), 'utf8')).matches, f).toEqual([]);
  }
});

/**
 * Mozilla's linter (web-ext lint, the addons.mozilla.org validator) on the
 * Firefox build: no errors, and no manifest warnings (gecko id, data
 * collection permissions, minimum version). innerHTML warnings come from
 * Preact's runtime (its dangerouslySetInnerHTML support), which Parallax
 * never uses: `tests/unit/conventions.test.ts` checks our own code.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIREFOX_EXT_DIR, ROOT, assertBuilt } from './harness';

test('web-ext lint: no errors, no manifest warnings', () => {
  assertBuilt(FIREFOX_EXT_DIR);
  const r = spawnSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_EXT_DIR, '--output', 'json', '--self-hosted'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const report = JSON.parse(r.stdout) as {
    errors: { code: string; message: string }[];
    warnings: { code: string; message: string; file?: string }[];
  };
  expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  const manifestWarnings = report.warnings.filter((w) => w.file === 'manifest.json');
  expect(manifestWarnings.map((w) => `${w.code}: ${w.message}`)).toEqual([]);
});

/**
 * `npm test`: the index build, the type checks (the whole project, then the
 * pure folders without DOM, Node or wxt types: tsconfig.pure.json), the
 * extension build, then every vitest tier. Ends with one plain line, `N passed, N failed`, derived from
 * vitest's JSON report (CI reads that line).
 *
 * Extra arguments go to vitest, e.g. `npm test -- --project unit`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/load-index';

const args = process.argv.slice(2);
let extraFailed = 0;

function step(name: string, cmd: string, cmdArgs: string[]): boolean {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`✖ ${name} failed (exit ${r.status ?? r.signal})`);
    return false;
  }
  return true;
}

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const onlyUnit = args.includes('--project') && !args.some((a) => a === 'e2e');

if (!step('claims index (validate + compile)', bin('tsx'), ['scripts/build-index.ts'])) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
if (!step('type check', bin('tsc'), ['--noEmit', '-p', '.'])) extraFailed++;
if (!step('type check of the pure folders (no DOM, Node or wxt)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.pure.json'])) extraFailed++;
if (!onlyUnit && !step('extension build (chrome)', bin('wxt'), ['build'])) extraFailed++;
if (!onlyUnit && !step('extension build (firefox)', bin('wxt'), ['build', '-b', 'firefox'])) extraFailed++;

const reportDir = join(ROOT, 'test-results');
const reportFile = join(reportDir, 'vitest.json');
mkdirSync(reportDir, { recursive: true });
rmSync(reportFile, { force: true });
step('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...args]);

let passed = 0;
let failed = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    testResults: Array<{ status: string; message?: string; name: string; assertionResults: unknown[] }>;
  };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  // A test file that fails to load has no assertion results but must count.
  for (const file of report.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) failed++;
  }
} else {
  console.error('vitest wrote no JSON report');
  failed++;
}
failed += extraFailed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

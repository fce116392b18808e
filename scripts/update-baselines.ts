/**
 * `npm run baselines`: regenerates tests/e2e/baselines/*.json from the BUILT extension
 * (run `npm run build` first) in headless Chromium: for each fixture page the e2e tests
 * load, the highlighted sentences exactly as CSS.highlights holds them and the claim ids
 * the content script reports. Review the git diff: it shows which highlights a change
 * gained or lost.
 *
 * `npm run baselines -- /star-ai-lead.html ...` regenerates only the named pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { serveFixtures } from './lib/serve';
import { BASELINE_DIR, BASELINE_PAGES, baselineFile, observe, openSettled } from '../tests/e2e/baselines';
import { ROOT, launchChromiumWithExtension } from '../tests/e2e/harness';

const only = process.argv.slice(2);
const unknown = only.filter((p) => !BASELINE_PAGES.some((b) => b.path === p));
if (unknown.length) {
  console.error(`Not a baseline page: ${unknown.join(', ')}. Pages: ${BASELINE_PAGES.map((b) => b.path).join(' ')}`);
  process.exit(2);
}

const server = await serveFixtures();
const browser = await launchChromiumWithExtension();
let changed = 0;
try {
  mkdirSync(BASELINE_DIR, { recursive: true });
  for (const spec of BASELINE_PAGES.filter((b) => only.length === 0 || only.includes(b.path))) {
    const page = await openSettled(browser, server.url, spec, { forceRescan: true });
    const baseline = await observe(browser, page, spec.path);
    await page.close();
    const file = baselineFile(spec.path);
    const json = `${JSON.stringify(baseline, null, 2)}\n`;
    let before = '';
    try {
      before = readFileSync(file, 'utf8');
    } catch {
      // new page
    }
    if (before !== json) changed++;
    writeFileSync(file, json);
    const claims = baseline.highlights.reduce((n, h) => n + h.claims.length, 0);
    console.log(`${before === json ? ' ' : 'M'} ${relative(ROOT, file)}: ${baseline.highlights.length} highlighted sentences, ${claims} claims`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(changed ? `${changed} baseline(s) changed: review with \`git diff tests/e2e/baselines\`.` : 'Baselines unchanged.');

/**
 * `npm start` (after `npm run build`): serve the demo pages and open Chromium with the
 * built extension.
 *
 * - With a display: opens the demo index and the Star page and stays open until the
 *   browser is closed or Ctrl-C is pressed.
 * - Without a display (no DISPLAY / WAYLAND_DISPLAY, or CI set, or --headless): visits
 *   every demo page, waits for highlights, writes full-page screenshots to
 *   screenshots/start/<page>.png and exits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveFixtures, PAGES_DIR, type FixtureServer } from './lib/serve';
import {
  CHROME_EXT_DIR,
  CHROMIUM_PATH,
  ROOT,
  getHighlights,
  launchChromiumWithExtension,
  screenshot,
  waitForHighlights,
  type ChromiumWithExtension,
} from '../tests/e2e/harness';

const PREFERRED_PORT = 5173;

interface ManifestEntry {
  file: string;
  path: string;
  title: string;
  sourceFile: string | null;
}

async function startServer(): Promise<FixtureServer> {
  try {
    return await serveFixtures({ port: PREFERRED_PORT });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    console.log(`Port ${PREFERRED_PORT} is busy, using a random port.`);
    return serveFixtures({ port: 0 });
  }
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** Waits for the page-specific "ready" signal, then for highlights (bounded). */
async function settle(page: Page, entry: ManifestEntry): Promise<string[]> {
  if (entry.file === 'late-load.html') {
    await page.waitForSelector('body[data-loaded="done"]', { timeout: 10_000 }).catch(() => undefined);
  }
  // plain.html must have none, so do not wait long for it.
  const timeoutMs = entry.file === 'plain.html' || entry.file === 'index.html' ? 1_500 : 6_000;
  const found = await waitForHighlights(page, { timeoutMs });
  // Give incremental highlighting (long pages, late content) a moment to finish.
  await page.waitForTimeout(500);
  return found.length ? getHighlights(page) : found;
}

async function runHeadless(browser: ChromiumWithExtension, server: FixtureServer, pages: ManifestEntry[]) {
  const page = await browser.context.newPage();
  console.log('\nVisiting demo pages (headless):');
  for (const entry of pages) {
    const name = entry.file.replace(/\.html$/, '');
    try {
      await page.goto(server.url + entry.path, { waitUntil: 'load' });
      const highlights = await settle(page, entry);
      // Full-page shots of the long pages would be 20+ MB; keep those to the first screen.
      const file = await screenshot(page, name, 'start', !entry.file.startsWith('long-'));
      console.log(`  ${entry.file.padEnd(28)} ${String(highlights.length).padStart(3)} highlights  -> ${file}`);
      if (entry.file === 'spa.html') {
        // Also show the second SPA route, reached via pushState navigation.
        await page.click('button[data-route="/spa/asiareview"]');
        await page.waitForSelector('body[data-route="/spa/asiareview"]');
        const more = await settle(page, entry);
        const file2 = await screenshot(page, 'spa-asiareview', 'start');
        console.log(`  ${'spa.html (/spa/asiareview)'.padEnd(28)} ${String(more.length).padStart(3)} highlights  -> ${file2}`);
      }
    } catch (err) {
      console.log(`  ${entry.file.padEnd(28)} FAILED: ${String(err).split('\n')[0]}`);
    }
  }
  console.log(`\nScreenshots are in ${join(ROOT, 'screenshots/start')}/`);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) fail('Chromium not found: apt-get install -y chromium');
  if (!existsSync(join(CHROME_EXT_DIR, 'manifest.json'))) {
    fail(`Built extension not found at ${CHROME_EXT_DIR}. Run \`npm run build\` (npm start does this for you).`);
  }
  const manifestPath = join(PAGES_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) fail('Demo pages missing: run `npx tsx scripts/make-demo-pages.ts`.');
  const pages = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[];

  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const headless = !hasDisplay || Boolean(process.env.CI) || process.argv.includes('--headless');

  const server = await startServer();
  console.log(`Demo pages: ${server.url}/  (served from ${PAGES_DIR}, 127.0.0.1 only)`);

  let browser: ChromiumWithExtension;
  try {
    // Headed: let the window size itself (viewport null) so the user can resize it.
    browser = await launchChromiumWithExtension({ headless, viewport: headless ? undefined : null });
  } catch (err) {
    await server.close();
    fail(`Could not start Chromium with the extension: ${String(err)}`);
  }
  console.log(`Chromium ${headless ? '(headless) ' : ''}started with Parallax, extension id ${browser.extensionId}`);

  let closing = false;
  const shutdown = async (code = 0): Promise<void> => {
    if (closing) return;
    closing = true;
    await browser.close();
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => {
    console.log('\nClosing browser and server…');
    void shutdown(0);
  });
  process.on('SIGTERM', () => void shutdown(0));

  if (headless) {
    await runHeadless(browser, server, pages);
    await shutdown(0);
    return;
  }

  // Interactive: persistent contexts open with one blank tab; reuse it for the index.
  const first = browser.context.pages()[0] ?? (await browser.context.newPage());
  await first.goto(`${server.url}/index.html`);
  const star = await browser.context.newPage();
  await star.goto(`${server.url}/star-ai-lead.html`);
  console.log(`Opened ${server.url}/index.html and ${server.url}/star-ai-lead.html`);
  console.log('Close the browser window or press Ctrl-C to stop.');
  browser.context.on('close', () => {
    console.log('Browser closed.');
    void shutdown(0);
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/**
 * `npm start` (after `npm run build`): serve the demo pages and open Chromium with the
 * built extension.
 *
 * The browser: PARALLAX_BROWSER (a path to a Chromium-family binary) if set, else the first
 * that exists of Chromium, Chrome for Testing, Google Chrome, Microsoft Edge at their usual
 * places on Linux, macOS and Windows (findBrowser). Google Chrome and Edge from version 137
 * ignore --load-extension; then the extension's service worker never starts and npm start
 * says to use Chromium or to load .output/chrome-mv3 by hand (README).
 *
 * - With a display: opens the demo index and the Star page and stays open until the
 *   browser is closed or Ctrl-C is pressed.
 * - Without a display (no DISPLAY / WAYLAND_DISPLAY, or CI set, or --headless): visits
 *   every demo page, waits for highlights, writes full-page screenshots to
 *   screenshots/start/<page>.png, then an open card (star-card.png) and the popup for that
 *   page (popup.png), and exits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
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
  tabIdOf,
  waitForHighlights,
  waitForScan,
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

/** Where Chromium-family browsers usually live, per OS, most suitable first (Chromium loads unpacked extensions from the command line). */
export function browserCandidates(os: NodeJS.Platform = platform(), env: NodeJS.ProcessEnv = process.env): string[] {
  if (os === 'darwin') {
    const apps = ['/Applications', join(homedir(), 'Applications')];
    return apps.flatMap((dir) => [
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`,
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`,
    ]);
  }
  if (os === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      join(r, 'Chromium', 'Application', 'chrome.exe'),
      join(r, 'Google', 'Chrome for Testing', 'Application', 'chrome.exe'),
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [CHROMIUM_PATH, '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome-for-testing', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'];
}

/** PARALLAX_BROWSER if set (it must exist), else the first candidate that exists. */
export function findBrowser(): string | undefined {
  const chosen = process.env.PARALLAX_BROWSER;
  if (chosen) return existsSync(chosen) ? chosen : fail(`PARALLAX_BROWSER=${chosen} does not exist.`);
  return browserCandidates().find((p) => existsSync(p));
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
  // An open card and the popup, as a reader sees them on The Star's page.
  try {
    await page.goto(`${server.url}/star-ai-lead.html`, { waitUntil: 'load' });
    await waitForScan(browser, page);
    await page.setViewportSize({ width: 1280, height: 900 });
    const point = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('parallax-differs') ?? CSS.highlights.get('parallax') ?? [])][0] as Range | undefined;
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const q = [...r.getClientRects()].find((x) => x.width > 20);
      return q ? { x: q.left + Math.min(40, q.width / 2), y: q.top + q.height / 2 } : null;
    });
    if (point) {
      await page.mouse.click(point.x, point.y);
      await page.locator('parallax-card .px-card[data-side]').waitFor({ timeout: 10_000 });
      console.log(`  ${'open card (The Star)'.padEnd(28)}                -> ${await screenshot(page, 'star-card', 'start', false)}`);
    }
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.px-matches, [data-testid=page-notice]').first().waitFor({ timeout: 10_000 });
    console.log(`  ${'popup (The Star)'.padEnd(28)}                -> ${await screenshot(popup, 'popup', 'start')}`);
    await popup.close();
  } catch (err) {
    console.log(`  card and popup screenshots FAILED: ${String(err).split('\n')[0]}`);
  }
  console.log(`\nScreenshots are in ${join(ROOT, 'screenshots/start')}/`);
}

async function main(): Promise<void> {
  const executablePath = findBrowser();
  if (!executablePath) {
    fail(
      'No Chromium-family browser found. Install Chromium (Debian/Ubuntu: apt-get install -y chromium; macOS: brew install --cask chromium; ' +
        'Windows: a Chromium build or Chrome for Testing), or set PARALLAX_BROWSER to the browser binary.',
    );
  }
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
    browser = await launchChromiumWithExtension({ headless, viewport: headless ? undefined : null, executablePath });
  } catch (err) {
    await server.close();
    fail(
      `Could not start ${executablePath} with the extension: ${String(err).split('\n')[0]}\n` +
        'Google Chrome and Edge 137+ ignore --load-extension: use Chromium or Chrome for Testing (PARALLAX_BROWSER=...), ' +
        'or load .output/chrome-mv3 with "Load unpacked" at chrome://extensions (README, "Load Parallax into your own browser").',
    );
  }
  console.log(`${executablePath} ${headless ? '(headless) ' : ''}started with Parallax, extension id ${browser.extensionId}`);

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

/**
 * The first stage's cost, measured in Chromium with CDP: a no-match news page
 * (tests/fixtures/stages/no-match-news.html) with and without Parallax, in one
 * run, alternating, several loads each. Reports added main-thread task time,
 * load event delay, the extension script bytes the page loaded and the heap the
 * extension adds; and on a matching demo page, the time to the first highlight.
 * Asserts what must hold (the full script stays out of the no-match page and
 * comes into the matching one); prints the figures.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import prefilterJson from '../../data/generated/prefilter.json';
import { pageText } from '../../entrypoints/probe.content/page-text';
import { bytesFromBase64, Prefilter } from '../../utils/prefilter/filter';
import { segmentSentences } from '../../utils/text/segment';
import { CHROMIUM_PATH, chromiumArgs, CHROME_EXT_DIR, launchChromiumWithExtension, pageMatches, ROOT, tabIdOf, until, type ChromiumWithExtension } from './harness';

const FILES: Record<string, string> = {
  '/no-match-news.html': join(ROOT, 'tests/fixtures/stages/no-match-news.html'),
  '/no-match-howto.html': join(ROOT, 'tests/fixtures/stages/no-match-howto.html'),
  '/star-ai-lead.html': join(ROOT, 'tests/fixtures/pages/star-ai-lead.html'),
};
/**
 * A page the filter rejects: a league's results and fixtures, short table rows (about
 * 1,500 words). Generated here; no claim is about football.
 */
const TEAMS = ['Ashford Rovers', 'Bramley Town', 'Castleton United', 'Dunmore Athletic', 'Eastwick Albion', 'Fenwick City', 'Glenbrook Wanderers', 'Harwood Villa'];
const RESULTS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>County League results</title></head><body><main><h1>County League: results and fixtures</h1>${Array.from(
  { length: 12 },
  (_, week) =>
    `<h2>Matchday ${week + 1}</h2><table>${Array.from({ length: 8 }, (_, i) => {
      const home = TEAMS[(i + week) % 8]!;
      const away = TEAMS[(i * 3 + week + 1) % 8]!;
      return `<tr><td>${home}</td><td>${(i * 7 + week) % 4} – ${(i * 5 + week * 3) % 3}</td><td>${away}</td><td>Kick-off 15:00</td></tr>`;
    }).join('')}</table>`,
).join('')}</main></body></html>`;

/** Does the filter, run in Node on the page's text, let the page through? (What the probe must do in the browser.) */
function filterPasses(html: string): boolean {
  const { document } = parseHTML(html);
  const filter = new Prefilter(bytesFromBase64(prefilterJson.base64), prefilterJson.stopwords);
  const text = pageText(document.body as unknown as Node);
  return segmentSentences(text).some((s) => filter.sentenceCanMatch(text, s.start, s.end));
}
const LOADS = 5;
/**
 * STAGES_EXT_DIR=<a built chrome-mv3 dir> measures another build the same way (e.g. one
 * without the first stage, for comparison); the checks on which scripts load are then skipped.
 */
const OTHER_BUILD = process.env.STAGES_EXT_DIR;

let server: Server;
let base = '';
let withExt: ChromiumWithExtension;
let without: BrowserContext;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = FILES[path];
    const body = path === '/results.html' ? RESULTS_PAGE : file ? readFileSync(file) : undefined;
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  withExt = await launchChromiumWithExtension(OTHER_BUILD ? { extensionDir: OTHER_BUILD } : {});
  // The same browser and flags, without the extension.
  const args = chromiumArgs(CHROME_EXT_DIR).filter((a) => !a.includes('extension'));
  without = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'parallax-noext-')), { executablePath: CHROMIUM_PATH, headless: true, args });
});

afterAll(async () => {
  await withExt?.close();
  await without?.close();
  await new Promise<void>((r) => server?.close(() => r()));
});

interface Load {
  taskMs: number;
  scriptMs: number;
  loadEventMs: number;
  heapBytes: number;
  extensionBytes: number;
  extensionScripts: string[];
}

const metric = (m: { metrics: { name: string; value: number }[] }, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;

/** One load of `path` in a fresh page: CDP task time over the load and the settle that follows. */
async function measure(context: BrowserContext, path: string, settleMs: number): Promise<Load & { page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Debugger.enable');
  const scripts: { url: string; length: number }[] = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://')) scripts.push({ url: e.url, length: e.length ?? 0 });
  });
  const before = await cdp.send('Performance.getMetrics');
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await cdp.send('Performance.getMetrics');
  const loadEventMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  return {
    page,
    cdp,
    taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
    scriptMs: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000,
    loadEventMs,
    heapBytes: metric(after, 'JSHeapUsedSize'),
    extensionBytes: scripts.reduce((a, s) => a + s.length, 0),
    extensionScripts: [...new Set(scripts.map((s) => s.url.replace(/^chrome-extension:\/\/[^/]+/u, '')))],
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => x.toFixed(1);

describe('first stage cost (Chromium, CDP)', () => {
  it.each(['/no-match-news.html', '/no-match-howto.html', '/results.html'])('%s (no claims): with and without Parallax, alternating, in one run', async (path) => {
    const html = path === '/results.html' ? RESULTS_PAGE : readFileSync(FILES[path]!, 'utf8');
    const passes = filterPasses(html);
    const rows: { with: Load; without: Load }[] = [];
    for (let i = 0; i < LOADS; i++) {
      const a = await measure(withExt.context, path, 2500);
      const tabId = await tabIdOf(withExt, a.page);
      const answer = await until(() => pageMatches(withExt, tabId), (r) => r?.status === 'ok', { what: 'an answer for the page', timeoutMs: 10_000 });
      expect(answer?.matches).toEqual([]);
      // The full script comes in exactly when the filter lets a sentence through.
      if (!OTHER_BUILD) expect(a.extensionScripts).toEqual(passes ? ['/content-scripts/probe.js', '/content-scripts/content.js'] : ['/content-scripts/probe.js']);
      const b = await measure(without, path, 2500);
      expect(b.extensionScripts).toEqual([]);
      rows.push({ with: a, without: b });
      await a.page.close();
      await b.page.close();
    }
    const d = (k: keyof Load) => rows.map((r) => (r.with[k] as number) - (r.without[k] as number));
    console.log(
      [
        `${OTHER_BUILD ? `[build ${OTHER_BUILD}] ` : ''}${path}: filter ${passes ? 'lets it through (full script loaded)' : 'rejects it (first stage only)'}; ${LOADS} loads each, medians, with Parallax − without, same run:`,
        `  main-thread task time: +${fmt(median(d('taskMs')))} ms (with ${fmt(median(rows.map((r) => r.with.taskMs)))}, without ${fmt(median(rows.map((r) => r.without.taskMs)))}); script time +${fmt(median(d('scriptMs')))} ms`,
        `  load event end: +${fmt(median(d('loadEventMs')))} ms (with ${fmt(median(rows.map((r) => r.with.loadEventMs)))}, without ${fmt(median(rows.map((r) => r.without.loadEventMs)))})`,
        `  JS heap after GC: +${fmt(median(d('heapBytes')) / 1024)} KiB`,
        `  extension script bytes the page loaded: ${rows[0]!.with.extensionBytes} (${rows[0]!.with.extensionScripts.join(', ')})`,
      ].join('\n'),
    );
    expect(rows[0]!.with.extensionBytes).toBeGreaterThan(0);
  });

  it('matching page: the full script comes in and highlights; time to the first highlight', async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await withExt.context.newPage();
      // Records when the highlight registry first holds Parallax's entry (polled every 5 ms from the start).
      await page.addInitScript(() => {
        const w = window as unknown as { __firstHighlight?: number };
        const timer = setInterval(() => {
          if (CSS.highlights.has('parallax')) {
            w.__firstHighlight = performance.now();
            clearInterval(timer);
          }
        }, 5);
      });
      await page.goto(`${base}/star-ai-lead.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __firstHighlight?: number }).__firstHighlight !== undefined, undefined, { timeout: 20_000 });
      times.push(await page.evaluate(() => (window as unknown as { __firstHighlight: number }).__firstHighlight));
      await page.close();
    }
    console.log(`${OTHER_BUILD ? `[build ${OTHER_BUILD}] ` : ''}matching page (star-ai-lead.html): first highlight at ${times.map(fmt).join(', ')} ms after navigation start (median ${fmt(median(times))})`);
    expect(times.length).toBe(3);
  });
});

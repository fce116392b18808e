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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, chromiumArgs, CHROME_EXT_DIR, launchChromiumWithExtension, pageMatches, ROOT, tabIdOf, until, type ChromiumWithExtension } from './harness';

const FILES: Record<string, string> = {
  '/no-match-news.html': join(ROOT, 'tests/fixtures/stages/no-match-news.html'),
  '/star-ai-lead.html': join(ROOT, 'tests/fixtures/pages/star-ai-lead.html'),
};
const LOADS = 5;

let server: Server;
let base = '';
let withExt: ChromiumWithExtension;
let without: BrowserContext;

beforeAll(async () => {
  server = createServer((req, res) => {
    const file = FILES[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  withExt = await launchChromiumWithExtension();
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
  it('no-match news page: with and without Parallax, alternating, in one run', async () => {
    const rows: { with: Load; without: Load }[] = [];
    for (let i = 0; i < LOADS; i++) {
      const a = await measure(withExt.context, '/no-match-news.html', 2500);
      // The first stage read the page and answers for it; the full script never came.
      const tabId = await tabIdOf(withExt, a.page);
      const answer = await until(() => pageMatches(withExt, tabId), (r) => r?.status === 'ok', { what: 'the first stage’s answer', timeoutMs: 10_000 });
      expect(answer?.matches).toEqual([]);
      expect(a.extensionScripts).toEqual(['/content-scripts/probe.js']);
      const b = await measure(without, '/no-match-news.html', 2500);
      expect(b.extensionScripts).toEqual([]);
      rows.push({ with: a, without: b });
      await a.page.close();
      await b.page.close();
    }
    const d = (k: keyof Load) => rows.map((r) => (r.with[k] as number) - (r.without[k] as number));
    console.log(
      [
        `no-match news page, ${LOADS} loads each, medians (with Parallax − without, same run):`,
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
    console.log(`matching page (star-ai-lead.html): first highlight at ${times.map(fmt).join(', ')} ms after navigation start (median ${fmt(median(times))})`);
    expect(times.length).toBe(3);
  });
});

/**
 * Hostile and heavy pages (tests/fixtures/hostile/), measured with and without
 * Parallax in the same run: the page's own 10 ms timer lag, long tasks, frame
 * rate, and the renderer's JS event-listener count (CDP Performance metrics).
 * Used by tests/e2e/hostile-chromium.test.ts and scripts/bench-page.ts.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, ROOT, launchChromiumWithExtension, type ChromiumWithExtension } from '../harness';

export const HOSTILE_DIR = join(ROOT, 'tests/fixtures/hostile');

export async function serveHostile(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const rel = normalize(decodeURIComponent(path)).replace(/^[/\\]+/, '') || 'index.html';
    const file = resolve(HOSTILE_DIR, rel.startsWith('spa-') ? 'spa.html' : rel);
    if (!file.startsWith(HOSTILE_DIR)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** A Chromium without any extension, same flags otherwise. */
export async function launchPlainChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1280, height: 900 },
  });
  return { context, close: async () => { await context.close().catch(() => undefined); await rm(dir, { recursive: true, force: true }); } };
}

export interface PageFigures {
  /** Worst lateness of the page's 10 ms timer (ms). */
  maxTimerLagMs: number;
  longTasks: number;
  maxLongTaskMs: number;
  fps: number;
  /** Highlighted sentences at the end. */
  highlights: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function figures(page: Page, framesBefore: number, ms: number): Promise<PageFigures> {
  return page.evaluate(([f0, ms]) => {
    const w = window as unknown as { __lag: { max: number }; __longTasks: number[]; __frames: () => number };
    return {
      maxTimerLagMs: Math.round(w.__lag.max),
      longTasks: w.__longTasks.length,
      maxLongTaskMs: Math.round(w.__longTasks.reduce((m, d) => Math.max(m, d), 0)),
      fps: Math.round(((w.__frames() - f0) * 1000) / ms),
      highlights: CSS.highlights.get('parallax')?.size ?? 0,
    };
  }, [framesBefore, ms] as const);
}

const framesNow = (page: Page) => page.evaluate(() => (window as unknown as { __frames: () => number }).__frames());

/** The 1,000,000-word page: load, then watch for `ms` (the scan runs in it). */
export async function measureMillion(context: BrowserContext, url: string, ms = 12_000): Promise<PageFigures> {
  const page = await context.newPage();
  await page.goto(`${url}/million.html`, { timeout: 60_000 });
  // Count from here: the page's own build (one long task of its own) is the same with and without.
  await page.evaluate(() => {
    const w = window as unknown as { __lag: { max: number }; __longTasks: number[] };
    w.__lag.max = 0;
    w.__longTasks.length = 0;
  });
  const f0 = await framesNow(page);
  await sleep(ms);
  const out = await figures(page, f0, ms);
  await page.close();
  return out;
}

/** 10,000 mutations a second on 3,000 live paragraphs for `ms`; then calm, and the final highlights. */
export async function measureStorm(context: BrowserContext, url: string, ms = 6000): Promise<PageFigures & { initialHighlights: string[]; finalHighlights: string[] }> {
  const page = await context.newPage();
  await page.goto(`${url}/storm.html`);
  // The first scan (the first stage hands the page to the full script first); none comes without Parallax.
  await page.waitForFunction(() => (CSS.highlights.get('parallax')?.size ?? 0) > 0, null, { timeout: 10_000 }).catch(() => undefined);
  const initialHighlights = await page.evaluate(() => [...(CSS.highlights.get('parallax') ?? [])].map((r) => r.toString()).sort());
  await page.evaluate(() => (window as unknown as { __lag: { max: number }; __longTasks: number[] }).__lag.max = 0);
  await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length = 0);
  const f0 = await framesNow(page);
  await page.evaluate(() => (window as unknown as { storm: (r: number) => void }).storm(10_000));
  await sleep(ms);
  const out = await figures(page, f0, ms);
  await page.evaluate(() => (window as unknown as { calm: () => void }).calm());
  await sleep(2500);
  const finalHighlights = await page.evaluate(() => [...(CSS.highlights.get('parallax') ?? [])].map((r) => r.toString()).sort());
  await page.close();
  return { ...out, initialHighlights, finalHighlights };
}

/** The ticking page: JS event listeners in the renderer after `settleMs` and `ms` later. */
export async function measureTicking(context: BrowserContext, url: string, ms = 20_000, settleMs = 3000): Promise<PageFigures & { listenersAtStart: number; listenersAtEnd: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const listeners = async () => {
    await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSEventListeners')?.value ?? NaN;
  };
  await page.goto(`${url}/ticking.html`);
  await sleep(settleMs);
  const listenersAtStart = await listeners();
  const f0 = await framesNow(page);
  await sleep(ms);
  const listenersAtEnd = await listeners();
  const out = await figures(page, f0, ms);
  await page.close();
  return { ...out, listenersAtStart, listenersAtEnd };
}

/**
 * Runs `run` in a Chromium without Parallax and one with it (PARALLAX_EXT_DIR picks another build,
 * e.g. an older one to compare), alternating `rounds` times so both see the same machine load.
 */
export async function withBoth<T>(run: (context: BrowserContext, label: 'with' | 'without') => Promise<T>, rounds = 1): Promise<{ with: T[]; without: T[] }> {
  const plain = await launchPlainChromium();
  let ext: ChromiumWithExtension | undefined;
  try {
    ext = await launchChromiumWithExtension({ extensionDir: process.env.PARALLAX_EXT_DIR, revealClosedShadow: false });
    const out = { with: [] as T[], without: [] as T[] };
    for (let i = 0; i < rounds; i++) {
      out.without.push(await run(plain.context, 'without'));
      out.with.push(await run(ext.context, 'with'));
    }
    return out;
  } finally {
    await plain.close();
    await ext?.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Per-field medians of numeric figures. */
export function medians<T extends object>(runs: T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(runs[0] ?? {})) {
    const values = runs.map((r) => (r as Record<string, unknown>)[key]).filter((v): v is number => typeof v === 'number');
    if (values.length === runs.length) out[key] = median(values);
  }
  return out;
}

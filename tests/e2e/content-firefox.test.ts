/**
 * The content script's core path in Firefox ESR (puppeteer-core over WebDriver BiDi):
 * highlights appear and a click opens the card. Firefox ESR 153 has CSS.highlights
 * (since 140); on a release without it the documented fallback is no painting, so
 * the test then only checks that the page is left alone.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { isAllowedUrl, launchFirefoxWithExtension, recordPageRequests, type FirefoxWithExtension } from './harness';

let server: FixtureServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => (typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS.highlights.get('parallax')?.size ?? 0) : -1));
}

async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let v = await fn();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    v = await fn();
  }
  return v;
}

describe('content script (Firefox ESR)', () => {
  it('highlights the article and a click opens the card', async () => {
    const page = await firefox.browser.newPage();
    const log = recordPageRequests(page);
    await page.goto(`${server.url}/star-ai-lead.html`, { waitUntil: 'load' });
    const supported = await page.evaluate(() => typeof CSS !== 'undefined' && 'highlights' in CSS);
    console.log(`Firefox ESR CSS.highlights supported: ${supported}`);
    if (!supported) {
      await new Promise((r) => setTimeout(r, 2000));
      expect(await page.$$eval('mark', (m) => m.length)).toBe(0); // the fallback never wraps text
      return;
    }
    const count = await poll(() => highlightCount(page), (n) => n > 0);
    console.log(`Firefox: ${count} highlighted sentences on star-ai-lead.html`);
    expect(count).toBeGreaterThan(10);

    const point = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('parallax') ?? [])] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = ranges[1]!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = [...r.getClientRects()].find((q) => q.width > 20)!;
      return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    const outlets = await poll(
      () => page.evaluate(() => [...(document.querySelector('parallax-card')?.shadowRoot?.querySelectorAll('.px-outlet') ?? [])].map((e) => e.textContent)),
      (names) => names.length > 0,
    );
    console.log(`Firefox card outlets: ${outlets.join(', ')}`);
    expect(outlets.length).toBeGreaterThan(0);
    expect(log.urls.filter((u) => !isAllowedUrl(u))).toEqual([]);
    await page.close();
  });
});

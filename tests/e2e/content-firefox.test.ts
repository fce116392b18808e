/**
 * The content script's core path in Firefox ESR (puppeteer-core over WebDriver BiDi):
 * highlights appear and a click opens the card. Firefox ESR 153 has CSS.highlights
 * (since 140); on a release without it the documented fallback is no painting, so
 * the test then only checks that the page is left alone. Highlights are compared with the
 * saved Chromium baseline (tests/e2e/baselines/): both browsers must find the same sentences.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { readBaseline } from './baselines';
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

/** Texts of the 'parallax' highlights in document order (as the harness reads them in Chromium). */
function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('parallax') ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

describe('content script (Firefox ESR)', () => {
  it('highlights the article and a click opens the card', async () => {
    const page = await firefox.browser.newPage();
    const log = recordPageRequests(page);
    await page.goto(`${server.url}/star-ai-lead.html`, { waitUntil: 'load' });
    const supported = await page.evaluate(() => typeof CSS !== 'undefined' && 'highlights' in CSS);
    console.log(`Firefox ESR CSS.highlights supported: ${supported}`);
    if (!supported) {
      // Nothing is painted; the keyboard still reaches the matches, which shows the scan is done.
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('Period');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await page.waitForFunction(
        () => /^Claim 1 of/.test(document.querySelector('parallax-card')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? ''),
        { timeout: 15_000, polling: 50 },
      );
      expect(await page.$$eval('mark', (m) => m.length)).toBe(0); // the fallback never wraps text
      return;
    }
    // The first scan paints all its highlights at once.
    await page.waitForFunction(() => (CSS.highlights.get('parallax')?.size ?? 0) > 0, { timeout: 15_000, polling: 50 });
    const texts = await highlightTexts(page);
    console.log(`Firefox: ${texts.length} highlighted sentences on star-ai-lead.html`);
    // The same sentences as the Chromium baseline.
    expect(texts).toEqual(readBaseline('/star-ai-lead.html').highlights.map((h) => h.text));

    const point = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('parallax') ?? [])] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = ranges[1]!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = [...r.getClientRects()].find((q) => q.width > 20)!;
      return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    // The card's shadow root is closed: the page (and so this test, which runs as
    // page script over WebDriver BiDi) sees only that focus moved into Parallax's
    // host (the open card takes focus), never the card's contents.
    await page.waitForFunction(
      () => document.activeElement?.localName === 'parallax-card' && document.activeElement.shadowRoot === null,
      { timeout: 10_000, polling: 50 },
    );
    console.log('Firefox: the card opened and took focus; its shadow root is closed to the page');
    expect(log.urls.filter((u) => !isAllowedUrl(u))).toEqual([]);
    await page.close();
  });
});

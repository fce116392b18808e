/**
 * The quote check in real Chromium with the built extension (`npx wxt build` first).
 *
 * Playwright cannot click a browser context menu, so the test does what the menu
 * item does (entrypoints/background/quote-check-menu.ts): it selects text in the page, then sends the
 * selection to the tab's content script from the extension's service worker as
 * `{ type: 'check-quote', text }`. The panel's verdict and differences are read
 * back from Parallax's shadow root.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { browser as ExtensionApi } from 'wxt/browser';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { axeViolations, launchChromiumWithExtension, screenshot, waitForHighlights, waitForScan, type ChromiumWithExtension } from './harness';

// Condition waits (expect.poll) get up to 10 s, not vitest's 1 s: the e2e machine may be
// loaded, and a wait still ends as soon as its condition holds.
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });


/** The extension API inside serviceWorker.evaluate callbacks (they run in the worker). */
declare const chrome: typeof ExtensionApi;

let server: FixtureServer;
let browser: ChromiumWithExtension;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromiumWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, minHighlights = 1): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.url}${path}`);
  await waitForScan(browser, page);
  if (minHighlights > 0) await waitForHighlights(page, { min: minHighlights });
  await page.bringToFront();
  return page;
}

/** Select `words` where they first occur in a <p> of the page; returns the selection's text. */
async function select(page: Page, words: string): Promise<string> {
  return page.evaluate((w) => {
    for (const p of document.querySelectorAll('p')) {
      const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(w));
      if (!node) continue;
      const start = node.textContent!.indexOf(w);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + w.length);
      p.scrollIntoView({ block: 'center' });
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    }
    throw new Error(`not on the page: ${w}`);
  }, words);
}

/** What the context-menu click does: the selection text to the active tab's content script. */
async function checkQuote(text: string): Promise<void> {
  await browser.serviceWorker.evaluate(
    async ({ text }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'check-quote', text });
    },
    { text },
  );
}

const panel = (page: Page) => page.locator('parallax-card .px-qc-dialog');

describe('quote check (Chromium)', () => {
  it('a fragment of a quote: "shortened", with the left-out words, and the other outlet’s spelling in the diff', async () => {
    const page = await open('/star-ai-lead.html');
    const text = await select(page, 'losing our pre-eminence in this critical technology');
    await checkQuote(text);
    await expect.poll(() => panel(page).count()).toBe(1);
    expect(await page.locator('parallax-card .px-qc-dialog .px-verdict').textContent()).toMatch(/^Shortened: .*The Star \(Malaysia\)’s quotation.*left out: “We stood in danger of”/);
    // Focus moved into the panel; the page's selection is left alone.
    expect(await page.evaluate(() => document.querySelector('parallax-card')?.shadowRoot?.activeElement?.classList.contains('px-qc-dialog'))).toBe(true);
    const versions = await page.locator('parallax-card .px-qc-versions > li').allTextContents();
    const gt = versions.find((v) => v.includes('Global Times'))!;
    expect(gt).toMatch(/Shortened/);
    // Global Times spells it "preeminence": the word diff shows the two spellings.
    const gtDiff = page.locator('parallax-card .px-qc-versions > li', { hasText: 'Global Times' }).locator('.px-diff');
    expect(await gtDiff.locator('del').allTextContents()).toContain('[removed: pre-eminence]');
    expect(await gtDiff.locator('ins').allTextContents()).toContain('[added: preeminence]');
    expect(versions.join(' ')).toMatch(/The Star \(Malaysia\) republishes South China Morning Post, 11 Sep 2025/);
    expect(await page.locator('parallax-card .px-primary').first().textContent()).toMatch(/No primary source in the index.*earliest original report it has is from Global Times, 11 Sep 2025/);
    await screenshot(page, 'quote-check-shortened', 'e2e', false);
    // The card is not covering the selection.
    const overlap = await page.evaluate(() => {
      const card = document.querySelector('parallax-card')!.shadowRoot!.querySelector('.px-qc-dialog')!.getBoundingClientRect();
      const sel = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return !(card.right <= sel.left || card.left >= sel.right || card.bottom <= sel.top || card.top >= sel.bottom);
    });
    expect(overlap).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).count()).toBe(0);
    await page.close();
  });

  it('the same quote as another outlet printed it: "altered", with the changed words', async () => {
    const page = await open('/globaltimes-ai-export.html');
    const text = await select(page, "We're at a moment where we do actually have competitive technology.");
    await checkQuote(text);
    await expect.poll(() => panel(page).count()).toBe(1);
    expect(await page.locator('parallax-card .px-verdict').textContent()).toMatch(/^Exact: the same words and punctuation as Global Times’ quotation/);
    const star = await page.locator('parallax-card .px-qc-versions > li', { hasText: 'The Star (Malaysia)' }).locator('.px-version-verdict').textContent();
    expect(star).toMatch(/^Altered: the text has “at” where this version has “in”; this version also has “And”, “now”/);
    await screenshot(page, 'quote-check-altered', 'e2e', false);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'quote-check-altered-dark', 'e2e', false);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });

  it('text the index does not have: "not in the index"', async () => {
    const page = await open('/plain.html', 0);
    const text = await select(page, 'High pressure drifts in from the west on Wednesday');
    await checkQuote(text);
    await expect.poll(() => panel(page).count()).toBe(1);
    expect(await page.locator('parallax-card .px-verdict').textContent()).toMatch(/^Not in the index/);
    expect(await page.locator('parallax-card .px-qc-versions').count()).toBe(0);
    await page.close();
  });

  it('axe finds no violations in the quote check, light and dark', async () => {
    const page = await open('/star-ai-lead.html');
    await checkQuote(await select(page, 'We stood in danger of losing our pre-eminence in this critical technology'));
    await expect.poll(() => panel(page).count()).toBe(1);
    await page.evaluate(() => document.querySelector('parallax-card')?.shadowRoot?.querySelectorAll('details').forEach((d) => (d.open = true)));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page, [['parallax-card', '.px-qc-dialog']]), scheme).toEqual([]);
    }
    await page.close();
  });

  it('pages on 127.0.0.1 (no indexed outlet) get no outlet banner', async () => {
    // open() waited for the scan, and the content script decides on the banner as it starts the scan.
    const page = await open('/globaltimes-ai-export.html');
    expect(await page.locator('parallax-card .px-banner').count()).toBe(0);
    await page.close();
  });
});

describe('quote check in the popup (Chromium)', () => {
  it('pasted text gets the same verdict and diff as a selection', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 800 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByLabel('Paste a quote or a sentence to check it against the index').fill('losing our preeminence in this critical technology');
    await popup.getByRole('button', { name: 'Check quote' }).click();
    // Playwright's CSS locators pierce the panel's open shadow root.
    const verdict = popup.locator('.px-quote-result .px-verdict');
    await expect.poll(() => verdict.count()).toBe(1);
    expect(await verdict.textContent()).toMatch(/^Shortened: .*Global Times’ quotation.*left out: “We stood in danger of”/);
    const star = popup.locator('.px-quote-result .px-qc-versions > li', { hasText: 'The Star (Malaysia)' });
    expect(await star.locator('.px-diff ins').allTextContents()).toContain('[added: pre-eminence]');
    await popup.locator('#px-quote-heading').scrollIntoViewIfNeeded();
    await screenshot(popup, 'popup-quote-check', 'e2e', false);
    await popup.close();
  });
});

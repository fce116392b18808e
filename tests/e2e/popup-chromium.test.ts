/**
 * The toolbar popup, options page and background in real Chromium with the built extension
 * (`npx wxt build` first): badge counts, source filters applied live in every tab and kept
 * across a relaunch, pause on a site, search, accessibility, screenshots.
 *
 * The popup is opened as an ordinary tab at popup.html?tab=<id>, naming the page to inspect
 * (opened so, the popup would otherwise inspect itself). Tab ids, badges and messages to
 * the content script go through the extension's service worker.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { isClaimVisible, reportOwners, type SourceFilters } from '../../utils/filters';
import type { ShippedIndex } from '../../utils/index/shipped';
import type { PageMatchesResponse } from '../../utils/messages';
import type { browser as ExtensionApi } from 'wxt/browser';
import { baselinePage, openSettled, readBaseline } from './baselines';
import {
  axeViolations,
  CHROME_EXT_DIR,
  ROOT,
  assertBuilt,
  getHighlights,
  launchChromiumWithExtension,
  recordRequests,
  screenshot,
  waitForHighlights,
  waitForScan,
  type ChromiumWithExtension,
  type RequestLog,
} from './harness';

// Condition waits (expect.poll) get up to 10 s, not vitest's 1 s: the e2e machine may be
// loaded, and a wait still ends as soon as its condition holds.
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

const index = JSON.parse(readFileSync(join(ROOT, 'data/generated/index.json'), 'utf8')) as ShippedIndex;
const owners = reportOwners(index);
const fixturePages = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages/manifest.json'), 'utf8')) as {
  path: string;
  sourceFile?: string;
}[];
const CN_STATE = index.categories.find((c) => c.id === 'cn-state')!;

/** The extension API inside serviceWorker.evaluate callbacks (they run in the worker). */
declare const chrome: typeof ExtensionApi;

let server: FixtureServer;
let profileDir: string;
let extensionDir: string;
let browser: ChromiumWithExtension;
let requests: RequestLog;

async function launch(): Promise<void> {
  browser = await launchChromiumWithExtension({ userDataDir: profileDir, extensionDir });
  requests = recordRequests(browser.context);
}

beforeAll(async () => {
  server = await serveFixtures();
  profileDir = await mkdtemp(join(tmpdir(), 'parallax-popup-e2e-'));
  // A private copy of the build: a concurrent `wxt build` empties .output/ while it works,
  // and the relaunch below must load the very same extension (same path, same id).
  assertBuilt(CHROME_EXT_DIR);
  extensionDir = await mkdtemp(join(tmpdir(), 'parallax-popup-ext-'));
  await cp(CHROME_EXT_DIR, extensionDir, { recursive: true });
  await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
  if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// Helpers: the service worker as the test's window into tabs, badges and messages.
// ---------------------------------------------------------------------------

async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  const id = await browser.serviceWorker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

const badgeOf = (tabId: number): Promise<string> =>
  browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

const pageMatches = (tabId: number): Promise<PageMatchesResponse> =>
  browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-page-matches' }), tabId);

const storedFilters = (): Promise<unknown> =>
  browser.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('filters')).filters);

async function openPage(path: string, minHighlights = 1): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${path}`);
  if (minHighlights > 0) await waitForHighlights(page, { min: minHighlights, timeoutMs: 20_000 });
  return { page, tabId: await tabIdOf(page) };
}

/** Waits until the content script has finished reading the page and answers 'ok'. */
async function settledMatches(tabId: number): Promise<PageMatchesResponse> {
  let last: PageMatchesResponse | undefined;
  await expect
    .poll(async () => (last = await pageMatches(tabId).catch(() => undefined))?.status, { timeout: 20_000 })
    .toBe('ok');
  return last!;
}

async function openPopup(tabId: number, opts: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.emulateMedia({ colorScheme: opts.colorScheme ?? 'light' });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await expect.poll(() => popup.locator('[data-testid=page-notice], .px-matches').count()).toBeGreaterThan(0);
  await expect.poll(() => popup.getByText('Looking at this page…').count()).toBe(0);
  return popup;
}

const highlightCount = async (page: Page): Promise<number> => (await getHighlights(page)).length;

const cardOutlets = (page: Page): Promise<string[]> => page.locator('parallax-card .px-card .px-outlet').allTextContents();

// ---------------------------------------------------------------------------

describe('badge (Chromium)', () => {
  it('shows the number of claims the page states, on each fixture page; hidden at zero', async () => {
    const seen: Record<string, string> = {};
    for (const { path } of fixturePages) {
      // Scanned, and late content (late-load.html) in; a rescan of it may still run, so the claims are polled.
      const page = await openSettled(browser, server.url, baselinePage(path));
      const tabId = await tabIdOf(page);
      // The saved baseline names each claim once, at its first sentence: the badge counts them.
      const baselineClaims = readBaseline(path).highlights.flatMap((h) => h.claims);
      await expect.poll(async () => (await settledMatches(tabId)).matches.map((m) => m.claimId), { timeout: 15_000 }).toEqual(baselineClaims);
      const expected = baselineClaims.length > 0 ? String(baselineClaims.length) : '';
      await expect.poll(() => badgeOf(tabId), { timeout: 10_000 }).toBe(expected);
      seen[path] = expected;
      await page.close();
    }
    // Every article page states claims; the weather-and-recipe page states none.
    for (const p of fixturePages.filter((f) => f.sourceFile)) expect(Number(seen[p.path]), p.path).toBeGreaterThan(0);
    expect(seen['/plain.html']).toBe('');
    console.log('badge per page:', seen);
  });

  it('a new page in the same tab clears the old count', async () => {
    const { page, tabId } = await openPage('/star-ai-lead.html');
    await expect.poll(() => badgeOf(tabId)).not.toBe('');
    await page.goto(`${server.url}/plain.html`);
    expect((await waitForScan(browser, page)).matches).toEqual([]);
    await expect.poll(() => badgeOf(tabId)).toBe('');
    await page.close();
  });
});

describe('popup (Chromium)', () => {
  it('lists the page’s claims in page order with category chips; choosing one reveals it', async () => {
    const { page, tabId } = await openPage('/star-ai-lead.html');
    const { matches } = await settledMatches(tabId);
    const popup = await openPopup(tabId);
    const ids = await popup.locator('button.px-match').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.claimId));
    expect(ids).toEqual(matches.map((m) => m.claimId));
    expect(await badgeOf(tabId)).toBe(String(ids.length));
    const firstChips = await popup.locator('button.px-match').first().locator('.px-chip').allTextContents();
    expect(firstChips.length).toBeGreaterThan(0);
    expect(firstChips.every((label) => index.categories.some((c) => c.label === label))).toBe(true);

    const target = matches[1]!;
    const closed = popup.waitForEvent('close');
    await popup.locator(`button.px-match[data-claim-id="${target.claimId}"]`).click();
    await closed; // window.close()
    await expect.poll(() => page.locator('parallax-card .px-card').count()).toBe(1);
    await page.close();
  });

  it('turning a category off hides its reports in an open card and highlights left without reports, in every tab', async () => {
    const star = await openPage('/star-ai-lead.html');
    const gt = await openPage('/globaltimes-ai-export.html');
    const starBefore = await settledMatches(star.tabId);
    const gtBefore = await settledMatches(gt.tabId);
    const gtHighlightsBefore = await highlightCount(gt.page);

    // A claim on the Star page reported by Chinese state media and by others: open its card.
    const mixed = starBefore.matches.find((m) => m.categories.includes('cn-state') && m.categories.length > 1)!;
    expect(mixed, 'a Star claim with cn-state and other reports').toBeDefined();
    await browser.serviceWorker.evaluate(
      ([id, claimId]) => chrome.tabs.sendMessage(id, { type: 'reveal-claim', claimId }),
      [star.tabId, mixed.claimId] as const,
    );
    await expect.poll(() => star.page.locator('parallax-card .px-card').count()).toBe(1);
    expect(await cardOutlets(star.page)).toContain('Global Times');

    const popup = await openPopup(gt.tabId);
    await popup.getByRole('checkbox', { name: CN_STATE.label }).uncheck();
    await expect.poll(storedFilters).toEqual({ hiddenCategories: ['cn-state'], hiddenOutlets: [] });

    // Open card (other tab): its Global Times report is gone, the others stay.
    await expect.poll(() => cardOutlets(star.page)).not.toContain('Global Times');
    expect((await cardOutlets(star.page)).length).toBeGreaterThan(0);

    // Global Times page: claims reported only by Chinese state media lose their highlights.
    const filters: SourceFilters = { hiddenCategories: ['cn-state'], hiddenOutlets: [] };
    const stillVisible = gtBefore.matches.filter((m) => isClaimVisible(index.claims.find((c) => c.id === m.claimId)!, owners, filters));
    expect(stillVisible.length).toBeLessThan(gtBefore.matches.length);
    await expect.poll(async () => (await pageMatches(gt.tabId)).matches.map((m) => m.claimId)).toEqual(stillVisible.map((m) => m.claimId));
    await expect.poll(() => highlightCount(gt.page)).toBeLessThan(gtHighlightsBefore);
    await expect.poll(() => badgeOf(gt.tabId)).toBe(stillVisible.length ? String(stillVisible.length) : '');
    // The popup's own list follows.
    await expect.poll(() => popup.locator('button.px-match').count()).toBe(stillVisible.length);
    expect(await popup.locator('.px-match .px-chip', { hasText: CN_STATE.label }).count()).toBe(0);

    // Outlet switches of a category that is off are disabled.
    await popup.locator('[data-category="cn-state"] summary').click();
    expect(await popup.getByRole('checkbox', { name: 'Global Times' }).isDisabled()).toBe(true);
    await screenshot(popup, 'popup-filters-light');
    await popup.close();
    await star.page.close();
    await gt.page.close();
  });

  it('the filter choice survives closing the popup and relaunching the browser (same profile)', async () => {
    await browser.close();
    await launch();
    const gt = await openPage('/globaltimes-ai-export.html', 0);
    const { matches } = await settledMatches(gt.tabId);
    expect(matches.every((m) => !m.categories.includes('cn-state'))).toBe(true);
    const popup = await openPopup(gt.tabId);
    expect(await popup.getByRole('checkbox', { name: CN_STATE.label }).isChecked()).toBe(false);

    // Turn it back on: the hidden highlights return.
    const before = await highlightCount(gt.page);
    await popup.getByRole('checkbox', { name: CN_STATE.label }).check();
    await expect.poll(storedFilters).toEqual({ hiddenCategories: [], hiddenOutlets: [] });
    await expect.poll(() => highlightCount(gt.page)).toBeGreaterThan(before);
    await popup.close();
    await gt.page.close();
  });

  it('pause on this site removes the highlights and the badge; resuming brings them back', async () => {
    const { page, tabId } = await openPage('/star-ai-lead.html');
    const before = await highlightCount(page);
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.getByText('No highlights on 127.0.0.1.').count()).toBe(1);
    await popup.getByRole('checkbox', { name: /Pause on this site/ }).check();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await expect.poll(() => badgeOf(tabId)).toBe('');
    await expect.poll(() => popup.getByText('Parallax is paused here.').count()).toBe(1);
    expect(await browser.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('pause')).pause)).toEqual({
      everywhere: false,
      sites: ['127.0.0.1'],
    });
    await screenshot(popup, 'popup-paused-light');

    await popup.getByRole('checkbox', { name: /Pause on this site/ }).uncheck();
    await expect.poll(() => highlightCount(page)).toBe(before);
    await expect.poll(() => badgeOf(tabId)).not.toBe('');
    await popup.close();
    await page.close();
  });

  it('search finds a claim by a speaker’s name and by a number', async () => {
    const { page, tabId } = await openPage('/plain.html', 0);
    const popup = await openPopup(tabId);
    // The first stage may hand the page to the full script while the popup opens: wait for the answer.
    await expect.poll(() => popup.getByText('No claims from the index on this page.').count()).toBe(1);
    const box = popup.getByRole('searchbox', { name: /Find a claim/ });

    await box.fill('Kratsios');
    await expect.poll(() => popup.locator('.px-result').count()).toBeGreaterThan(3);
    expect(await popup.locator('.px-result[data-claim-id="us-ai-lead-narrowed-2020-2024"]').count()).toBe(1);

    await box.fill('61');
    await expect.poll(() => popup.locator('.px-result[data-claim-id="cn-ai-patent-share-2024"]').count()).toBe(1);
    const patent = popup.locator('.px-result[data-claim-id="cn-ai-patent-share-2024"]');
    expect(await patent.locator('.px-report').count()).toBe(2);
    expect(await patent.locator('.px-report strong').allTextContents()).toContain('Global Times');
    await box.scrollIntoViewIfNeeded();
    await popup.evaluate(() => document.querySelector('#px-search-heading')?.scrollIntoView());
    await popup.screenshot({ path: join(ROOT, 'screenshots/e2e', 'popup-search-number-window.png') });

    await box.fill('Global Times');
    await expect.poll(() => popup.locator('.px-result').count()).toBeGreaterThan(3);
    await screenshot(popup, 'popup-search-light');
    await popup.close();
    await page.close();
  });

  it('a page extensions may not read says so', async () => {
    const allTabIds = () => browser.serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const before = await allTabIds();
    const page = await browser.context.newPage();
    await page.goto('chrome://version/');
    // The browser hides this tab's URL from Parallax: find it as the one new tab.
    const tabId = (await allTabIds()).find((id) => !before.includes(id));
    const popup = await openPopup(tabId!);
    expect(await popup.locator('[data-testid=page-notice]').textContent()).toMatch(/can’t read this page/);
    expect(await popup.getByRole('checkbox', { name: /Pause on this site/ }).isDisabled()).toBe(true);
    await screenshot(popup, 'popup-unreadable-light');
    await popup.close();
    await page.close();
  });

  it('axe finds no violations; screenshots light and dark', async () => {
    const { page, tabId } = await openPage('/globaltimes-ai-export.html');
    await settledMatches(tabId);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(tabId, { colorScheme: scheme });
      await popup.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await popup.getByRole('searchbox').fill('4,500');
      await expect.poll(() => popup.locator('.px-result').count()).toBeGreaterThan(0);
      expect(await axeViolations(popup)).toEqual([]);
      await screenshot(popup, `popup-${scheme}`);
      // What the reader sees first: the popup's 380×600 window, search box empty.
      await popup.getByRole('searchbox').fill('');
      await popup.evaluate(() => window.scrollTo(0, 0));
      await popup.screenshot({ path: join(ROOT, 'screenshots/e2e', `popup-${scheme}-window.png`) });
      await popup.close();
    }
    await page.close();
  });

  it('keyboard only: Tab reaches the claims, Enter on one reveals it', async () => {
    const { page, tabId } = await openPage('/budd-press-release.html');
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('button.px-match').count()).toBeGreaterThan(0);
    await popup.keyboard.press('Tab'); // "Outlets and settings"
    await popup.keyboard.press('Tab'); // first claim
    const focused = await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claimId);
    expect(focused).toBeTruthy();
    // The focus ring is visible (outline drawn).
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    const closed = popup.waitForEvent('close');
    // The popup closes itself while the key is still being delivered.
    await popup.keyboard.press('Enter').catch(() => undefined);
    await closed;
    await expect.poll(() => page.locator('parallax-card .px-card').count()).toBe(1);
    await page.close();
  });
});

describe('options page (Chromium)', () => {
  it('lists the outlet registry, resets settings after confirming, passes axe; screenshots', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ filters: { hiddenCategories: ['us'], hiddenOutlets: [] }, pause: { everywhere: true, sites: [] } }),
    );
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await options.locator('.px-outlet').count()).toBe(index.outlets.length);
    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: 'Reset settings' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/Settings reset/);
    expect(await browser.serviceWorker.evaluate(() => chrome.storage.sync.get(['filters', 'pause']))).toEqual({});
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, 'options-light');
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, 'options-dark');
    // About 200% zoom of a 1280px window.
    await options.setViewportSize({ width: 640, height: 900 });
    await screenshot(options, 'options-narrow-dark');
    await options.close();
  });

  it('sent nothing beyond 127.0.0.1 and the extension', () => {
    // chrome://version is the test's own navigation (the unreadable-page case).
    expect(requests.offending().filter((u) => !u.startsWith('chrome://'))).toEqual([]);
  });
});

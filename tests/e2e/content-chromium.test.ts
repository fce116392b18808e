/**
 * The content script in real Chromium with the built extension (`npx wxt build` first):
 * highlights on the fixture pages, the card by click and by keyboard, dynamic pages,
 * strict CSP, no DOM changes, no network, accessibility, and long-task figures.
 *
 * Expected highlights are saved baselines (tests/e2e/baselines/, regenerated from the
 * built extension by `npm run baselines` and reviewed in the git diff), so a change that
 * gains or loses highlights fails here with a list of the sentences concerned. Waits are
 * on conditions (the content script's scan answer, a repaint, the DOM), never on a clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import type { ShippedIndex } from '../../utils/index/shipped';
import { ClaimMatcher } from '../../utils/matcher/match';
import { baselinePage, describeDifference, observe, openSettled, readBaseline } from './baselines';
import {
  axeViolations,
  ROOT,
  collectLongTasks,
  getHighlights,
  launchChromiumWithExtension,
  recordRequests,
  screenshot,
  waitForRepaint,
  waitForScan,
  type ChromiumWithExtension,
  type RequestLog,
} from './harness';

// Condition waits (expect.poll) get up to 10 s, not vitest's 1 s: the e2e machine may be
// loaded, and a wait still ends as soon as its condition holds.
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

const index = JSON.parse(readFileSync(join(ROOT, 'data/generated/index.json'), 'utf8')) as ShippedIndex;
const matcher = new ClaimMatcher(index);

let server: FixtureServer;
let browser: ChromiumWithExtension;
let requests: RequestLog;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromiumWithExtension();
  requests = recordRequests(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a fixture page and waits until the content script has read it and painted its highlights. */
async function open(path: string, opts: { before?: (p: Page) => Promise<unknown> } = {}): Promise<Page> {
  if (!opts.before) return openSettled(browser, server.url, baselinePage(path));
  const page = await browser.context.newPage();
  await opts.before(page);
  await page.goto(`${server.url}${path}`);
  await waitForScan(browser, page);
  return page;
}

/** What the extension shows on the page equals the saved baseline; on a mismatch, says which sentences differ. */
async function expectBaseline(page: Page, path: string): Promise<number> {
  const expected = readBaseline(path);
  const actual = await observe(browser, page, path);
  const difference = describeDifference(expected, actual);
  if (difference) expect.fail(difference);
  expect(actual).toEqual(expected);
  return actual.highlights.length;
}

/** The same, waiting (polling the page) for the extension to reach the baseline after a change. */
async function expectBaselineSoon(page: Page, path: string): Promise<void> {
  const expected = readBaseline(path);
  let difference = '';
  await expect
    .poll(async () => (difference = describeDifference(expected, await observe(browser, page, path))) === '', { timeout: 10_000 })
    .toBe(true)
    .catch(() => expect.fail(difference));
}

/** Centre of the first line box of the n-th highlight (document order), in viewport coordinates. */
async function highlightPoint(page: Page, n = 0): Promise<{ x: number; y: number; text: string }> {
  return page.evaluate((i) => {
    const ranges = [...(CSS.highlights.get('parallax') ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const r = ranges[i]!;
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = [...r.getClientRects()].find((q) => q.width > 20)!;
    return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2, text: r.toString() };
  }, n);
}

function outletsOfBestClaim(sentence: string): string[] {
  const best = matcher.matchText(sentence).matches.sort((a, b) => b.score - a.score)[0];
  const claim = index.claims.find((c) => c.id === best?.claimId)!;
  return [...new Set(claim.reports.map((r) => {
    const article = index.articles.find((a) => a.id === r.article)!;
    return index.outlets.find((o) => o.id === article.outlet)!.name;
  }))].sort();
}

async function cardOutlets(page: Page): Promise<string[]> {
  const names = await page.locator('parallax-card .px-card .px-outlet').allTextContents();
  return [...new Set(names)].sort();
}

const ARTICLE_PAGES = [
  'star-ai-lead.html',
  'autoblog-ai-exports.html',
  'globaltimes-ai-export.html',
  'asiareview-ai-debate.html',
  'supremacy-sacks.html',
  'budd-press-release.html',
  'techpolicy-transcript.html',
];

describe('highlights on fixture pages (Chromium)', () => {
  it.each(ARTICLE_PAGES)('%s: exactly the saved baseline of highlighted sentences and claims', async (file) => {
    const page = await open(`/${file}`);
    const n = await expectBaseline(page, `/${file}`);
    console.log(`${file}: ${n} highlighted sentences, as in the baseline`);
    expect(n).toBeGreaterThan(0);
    await page.close();
  });

  it('plain.html (no claims) has no highlights', async () => {
    const page = await open('/plain.html');
    expect(await getHighlights(page)).toEqual([]);
    expect(await expectBaseline(page, '/plain.html')).toBe(0);
    await page.close();
  });

  it('csp.html: highlights are painted despite a strict CSP', async () => {
    const page = await open('/csp.html');
    expect(await expectBaseline(page, '/csp.html')).toBeGreaterThan(0);
    // The ::highlight style comes from manifest CSS, not an inline <style> the CSP would block.
    const painted = await page.evaluate(() => {
      for (const sheet of document.styleSheets) {
        try {
          if ([...sheet.cssRules].some((r) => r.cssText.includes('::highlight(parallax)'))) return true;
        } catch {
          /* cross-origin sheet */
        }
      }
      return false;
    });
    // Extension manifest CSS is a user-agent-level sheet, invisible to document.styleSheets.
    expect(painted).toBe(false);
    const p = await highlightPoint(page);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator('parallax-card .px-card').count()).toBe(1);
    await screenshot(page, 'content-csp-card');
    await page.close();
  });

  it('editable.html: nothing inside contenteditable or a textarea is highlighted', async () => {
    const page = await open('/editable.html');
    const inEditable = () =>
      page.evaluate(
        () =>
          [...(CSS.highlights.get('parallax') ?? [])].filter((r) => {
            const el = (r as Range).commonAncestorContainer;
            const parent = el instanceof Element ? el : el.parentElement;
            return !!parent?.closest('[contenteditable], textarea');
          }).length,
      );
    expect(await inEditable()).toBe(0);
    expect(await expectBaseline(page, '/editable.html')).toBeGreaterThan(0);
    // Typing in the editable region does not make it highlighted either. Typing alone causes
    // no rescan; a change elsewhere does, and the rescan that follows reads the typed text too.
    await page.click('.editable p');
    await page.keyboard.type(' More text.');
    await waitForRepaint(page, () =>
      page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'The weather stayed mild.' }))),
    );
    expect(await inEditable()).toBe(0);
    await expectBaseline(page, '/editable.html');
    await page.close();
  });
});

describe('the card (Chromium)', () => {
  it('a click on a highlight opens the card with the claim’s outlets; Escape closes it; the page DOM is unchanged', async () => {
    const page = await open('/star-ai-lead.html', {
      before: (p) =>
        p.addInitScript(() => {
          document.addEventListener('DOMContentLoaded', () => {
            (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
          });
        }),
    });
    const p = await highlightPoint(page, 1);
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('pointer');
    await page.mouse.click(p.x, p.y);
    const card = page.locator('parallax-card .px-card');
    await expect.poll(() => card.count()).toBe(1);
    expect(await cardOutlets(page)).toEqual(outletsOfBestClaim(p.text));
    expect(await card.getAttribute('role')).toBe('dialog');
    // Focus moved into the card.
    expect(await page.evaluate(() => document.querySelector('parallax-card')?.shadowRoot?.activeElement?.className)).toBe('px-card');
    await expect.poll(async () => (await card.boundingBox())?.y ?? -1).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.mouse.move(2, 2);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).cursor)).not.toBe('pointer');
    const { before, after } = await page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('parallax-card').forEach((e) => e.remove());
      return { before: (window as unknown as { __before: string }).__before, after: clone.outerHTML };
    });
    expect(after).toBe(before);

    // Screenshots of the card, light and dark.
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => card.count()).toBe(1);
    await screenshot(page, 'content-card-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'content-card-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });

  it('keyboard: Alt+Shift+. focuses a highlight and announces it, Enter opens the card, Escape closes it', async () => {
    const page = await open('/globaltimes-ai-export.html');
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('parallax-active')?.size ?? 0)).toBe(1);
    const status = page.locator('parallax-card [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^Claim 1 of \d+/);
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(() => status.textContent()).toMatch(/^Claim 2 of \d+/);
    await page.keyboard.press('Enter');
    const card = page.locator('parallax-card .px-card');
    await expect.poll(() => card.count()).toBe(1);
    const active = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('parallax-active') ?? [])][0] as Range;
      return r.toString();
    });
    expect(await cardOutlets(page)).toEqual(outletsOfBestClaim(active));
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    // Focus is back on the keyboard target; Escape again ends keyboard navigation.
    expect(await page.evaluate(() => document.querySelector('parallax-card')?.shadowRoot?.activeElement?.className)).toContain('px-focus-target');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('parallax-active')?.size ?? 0)).toBe(0);
    await page.close();
  });

  it('axe finds no violations in the open card', async () => {
    const page = await open('/star-ai-lead.html');
    const p = await highlightPoint(page, 0);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator('parallax-card .px-card').count()).toBe(1);
    await page.evaluate(() => document.querySelector('parallax-card')?.shadowRoot?.querySelectorAll('details').forEach((d) => (d.open = true)));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page, [['parallax-card', '.px-card']]), scheme).toEqual([]);
    }
    await page.close();
  });
});

describe('card placement and the sentence’s facts (Chromium)', () => {
  /** Click the highlight containing `text`; returns its line rects (viewport coordinates). */
  async function clickHighlight(page: Page, text: string): Promise<{ left: number; top: number; right: number; bottom: number }[]> {
    const rects = await page.evaluate((t) => {
      const r = ([...(CSS.highlights.get('parallax') ?? [])] as Range[]).find((x) => x.toString().includes(t))!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      return [...r.getClientRects()].filter((q) => q.width > 1).map((q) => ({ left: q.left, top: q.top, right: q.right, bottom: q.bottom }));
    }, text);
    const first = rects[0]!;
    await page.mouse.click(first.left + Math.min(40, (first.right - first.left) / 2), (first.top + first.bottom) / 2);
    // Placed: the card carries the side it was put on.
    await expect.poll(() => page.locator('parallax-card .px-card[data-side]').count()).toBe(1);
    return page.evaluate((t) => {
      const r = ([...(CSS.highlights.get('parallax') ?? [])] as Range[]).find((x) => x.toString().includes(t))!;
      return [...r.getClientRects()].filter((q) => q.width > 1).map((q) => ({ left: q.left, top: q.top, right: q.right, bottom: q.bottom }));
    }, text);
  }

  async function cardCoversSentence(page: Page, rects: { left: number; top: number; right: number; bottom: number }[]): Promise<boolean> {
    const card = (await page.locator('parallax-card .px-card').boundingBox())!;
    return rects.some((r) => !(card.x + card.width <= r.left || card.x >= r.right || card.y + card.height <= r.top || card.y >= r.bottom));
  }

  it('a mid-page sentence: the card sits next to it, on screen, not over it (1280×800)', async () => {
    const page = await open('/globaltimes-ai-export.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    const rects = await clickHighlight(page, 'We have the best chips, models, applications');
    expect(await cardCoversSentence(page, rects)).toBe(false);
    const box = (await page.locator('parallax-card .px-card').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    await screenshot(page, 'content-card-placement', 'e2e', false);
    await page.close();
  });

  it('a sentence that states two facts: a tab for each, the best selected; another tab shows its claim', async () => {
    const page = await open('/globaltimes-ai-export.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    // Both facts of this sentence are reported by another outlet too (a fact only the page reports gets no tab: issue 13).
    const sentence = 'According to official data, China is home to over 4,500';
    await clickHighlight(page, sentence);
    const expected = matcher
      .matchText(index.claims.find((c) => c.id === 'cn-ai-enterprises-over-4500-may-2025')!.reports.find((r) => r.article === 'gt-2025-09-11-ai-export')!.excerpt)
      .matches.sort((a, b) => b.score - a.score)
      .map((m) => m.claimId);
    expect(expected).toHaveLength(2);
    const tabs = page.locator('parallax-card [role="tab"]');
    expect(await page.locator('parallax-card .px-facts-label').textContent()).toBe('2 facts in this sentence');
    expect(await tabs.count()).toBe(2);
    expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
    const summary = (id: string) => index.claims.find((c) => c.id === id)!.summary;
    expect(await page.locator('parallax-card .px-summary').textContent()).toBe(summary(expected[0]!));
    await tabs.nth(1).click();
    await expect.poll(() => page.locator('parallax-card .px-summary').textContent()).toBe(summary(expected[1]!));
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    // Arrow keys move between tabs, focus staying on the tabs.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('parallax-card .px-summary').textContent()).toBe(summary(expected[0]!));
    expect(await page.evaluate(() => document.querySelector('parallax-card')?.shadowRoot?.activeElement?.getAttribute('role'))).toBe('tab');
    await screenshot(page, 'content-card-two-facts', 'e2e', false);
    await page.close();
  });

  it('200% zoom (640×400 CSS px) and dark mode: the card stays clear of the sentence', async () => {
    const page = await open('/globaltimes-ai-export.html');
    await page.setViewportSize({ width: 640, height: 400 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const rects = await clickHighlight(page, 'In 2024, Chinese entities accounted for more than 61 percent');
    expect(await cardCoversSentence(page, rects)).toBe(false);
    const box = (await page.locator('parallax-card .px-card').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
    expect(box.y + box.height).toBeLessThanOrEqual(400);
    // Room for the body: the card was not squeezed to its head.
    expect(box.height).toBeGreaterThan(200);
    await screenshot(page, 'content-card-zoom200-dark', 'e2e', false);
    await page.close();
  });
});

describe('dynamic pages (Chromium)', () => {
  it('late-load.html: text inserted after load gets highlighted', async () => {
    const page = await open('/late-load.html');
    // The page's last paragraphs arrived; the content script rescans them by itself.
    await expectBaselineSoon(page, '/late-load.html');
    expect(readBaseline('/late-load.html').highlights.length).toBeGreaterThan(3);
    await page.close();
  });

  it('spa.html: the new article is highlighted after pushState navigation', async () => {
    const page = await open('/spa/star');
    const first = await expectBaseline(page, '/spa/star');
    expect(first).toBeGreaterThan(0);
    const { via } = baselinePage('/spa/asiareview');
    await waitForRepaint(page, async () => {
      await page.click(via!.click);
      await page.waitForFunction(via!.ready);
    });
    await expectBaselineSoon(page, '/spa/asiareview');
    expect(readBaseline('/spa/asiareview').highlights).not.toEqual(readBaseline('/spa/star').highlights);
    await page.close();
  });
});

describe('long pages (Chromium)', () => {
  it.each(['long-5k.html', 'long-50k.html'])('%s: highlights without long tasks from Parallax', async (file) => {
    const page = await browser.context.newPage();
    const readLongTasks = await collectLongTasks(page);
    const t0 = Date.now();
    await page.goto(`${server.url}/${file}`);
    // A static page: the content script's first (sliced) scan is final once it answers.
    await waitForScan(browser, page, 60_000);
    const elapsed = Date.now() - t0;
    const stats = await readLongTasks();
    const n = await expectBaseline(page, `/${file}`);
    console.log(`${file}: ${n} highlights, scanned within ${elapsed} ms of navigation; long tasks: ${JSON.stringify(stats)}`);
    expect(n).toBeGreaterThan(0);
    expect(stats.maxMs).toBeLessThan(1000); // sanity bound only; the figures are printed above
    await page.close();
  });
});

describe('privacy (Chromium)', () => {
  it('no request left the browser except to 127.0.0.1 and the extension', () => {
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.offending()).toEqual([]);
  });
});

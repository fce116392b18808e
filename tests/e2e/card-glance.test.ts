/**
 * Issue 13 in real Chromium with the built extension (`npm run build` first): highlights only
 * where there is something to compare (two kinds), the card at a glance (one line per
 * category, marked differences, legend, details on demand, why the sentence was flagged, the
 * active sentence marked), related statements, figures read from number words, no curator
 * notes, search by every word, keyboard (editable fields, Tab cycling, focus return), source
 * filters, the shortcuts listed, axe, and the README's screenshots (docs/screenshots/).
 *
 * The card is read through playwright locators (`parallax-card .px-card ...`) and evaluate on
 * the elements they find, never through `element.shadowRoot` from page script.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import { comparisonKind } from '../../utils/comparison';
import { NO_FILTERS } from '../../utils/filters';
import type { ShippedIndex } from '../../utils/index/shipped';
import { createIndexView } from '../../utils/index/view';
import { ClaimMatcher } from '../../utils/matcher/match';
import { axeViolations, getHighlights, launchChromiumWithExtension, ROOT, screenshot, tabIdOf, waitForScan, type ChromiumWithExtension } from './harness';

vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

const index = JSON.parse(readFileSync(join(ROOT, 'data/generated/index.json'), 'utf8')) as ShippedIndex;
const view = createIndexView(index);
const matcher = new ClaimMatcher(index);
const DOCS = join(ROOT, 'docs/screenshots');

let server: FixtureServer;
let browser: ChromiumWithExtension;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchChromiumWithExtension();
  await mkdir(DOCS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of sentences written for these tests (not a fixture or a devset page), served from the fixture origin. */
const RELATED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Supercomputers and AI firms</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head><body><main><article>
<h1>Supercomputers and AI firms</h1>
<p>Counting machines is a sport of its own. However, China operates more machines overall, 219 compared to America’s 109.</p>
<p>By May, the country housed over four thousand five hundred AI-related companies, with the core AI industry valued near 600 billion yuan.</p>
<form><label>Notes <textarea id="notes">Draft</textarea></label></form>
</article></main></body></html>`;

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  if (path === '/card-related.html') {
    await page.route(`${server.url}${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: RELATED_PAGE }));
  }
  await page.goto(`${server.url}${path}`);
  await waitForScan(browser, page);
  return page;
}

const card = (page: Page): Locator => page.locator('parallax-card .px-card');

/** Clicks the first line of the `name` highlight containing `text`. */
async function clickHighlight(page: Page, text: string, name = 'parallax'): Promise<void> {
  const point = await page.evaluate(
    ([t, n]) => {
      const r = ([...(CSS.highlights.get(n) ?? [])] as Range[]).find((x) => x.toString().includes(t));
      if (!r) return null;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const q = [...r.getClientRects()].find((x) => x.width > 20)!;
      return { x: q.left + Math.min(40, q.width / 2), y: q.top + q.height / 2 };
    },
    [text, name] as const,
  );
  if (!point) throw new Error(`no ${name} highlight containing "${text}"`);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => page.locator('parallax-card .px-card[data-side]').count()).toBe(1);
}

/** What has focus inside Parallax's shadow root, read from an element the locator found (no page-script shadowRoot). */
const focusedInUi = (page: Page): Promise<string> =>
  card(page)
    .or(page.locator('parallax-card [role="status"]'))
    .first()
    .evaluate((el) => {
      const active = (el.getRootNode() as ShadowRoot).activeElement;
      return active ? `${active.localName}.${active.className}` : '';
    });

const activeText = (page: Page): Promise<string[]> => getHighlights(page, 'parallax-active');

describe('highlights only where there is something to compare (Chromium)', () => {
  it.each(['/star-ai-lead.html', '/globaltimes-ai-export.html'])('%s: every highlight has another outlet’s report; kinds counted', async (path) => {
    const page = await open(path);
    const all = await getHighlights(page);
    const differs = await getHighlights(page, 'parallax-differs');
    const related = await getHighlights(page, 'parallax-related');
    console.log(`${path}: ${all.length} highlights: ${differs.length} told differently elsewhere, ${all.length - differs.length} told the same way elsewhere; ${related.length} related statements`);
    expect(all.length).toBeGreaterThan(0);
    // Fewer than the issue saw with every matched sentence painted (The Star 23, Global Times 37).
    expect(all.length).toBeLessThan(path.includes('star') ? 23 : 37);
    expect(differs.every((d) => all.includes(d))).toBe(true);
    // The same decision recomputed in Node from the matcher and the index: each highlighted sentence
    // states a claim with another outlet's report, and its kind is the one painted.
    const text = await page.evaluate(() => document.body.innerText);
    const matches = matcher.matchText(text).matches;
    for (const sentence of all) {
      const kinds = matches
        .filter((m) => m.sentence.replace(/\s+/g, ' ').trim() === sentence.replace(/\s+/g, ' ').trim())
        .map((m) => comparisonKind(view, view.claim(m.claimId)!, m.sentence, NO_FILTERS, undefined, m.closestReport));
      if (kinds.length === 0) continue; // offsets differ between innerText and the page reading: checked by the baselines
      expect(kinds.some((k) => k !== null), sentence).toBe(true);
      expect(differs.includes(sentence), sentence).toBe(kinds.includes('differs'));
    }
    await page.close();
  });
});

describe('the card at a glance (Chromium)', () => {
  const SENTENCE = 'Michael Kratsios, director';

  it('one line per category with its wording, differences marked, a legend; details on demand; the matched words; the active sentence', async () => {
    const page = await open('/star-ai-lead.html');
    const star = (await getHighlights(page)).find((s) => s.includes(SENTENCE));
    expect(star, 'the Kratsios sentence is highlighted').toBeDefined();
    await clickHighlight(page, SENTENCE);
    const c = card(page);
    await page.screenshot({ path: join(DOCS, 'card-light-1280.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(DOCS, 'card-dark-1280.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    const lines = c.locator('.px-glance-line');
    const categories = await lines.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.category));
    expect(categories.length).toBeGreaterThan(1);
    expect(new Set(categories).size).toBe(categories.length);
    // Each line names an outlet and carries its wording.
    for (const line of await lines.all()) {
      expect((await line.locator('.px-glance-outlet').textContent())?.trim()).not.toBe('');
      expect((await line.locator('.px-glance-words').textContent())?.length).toBeGreaterThan(10);
    }
    expect(await c.locator('.px-glance-words ins, .px-glance-words del').count()).toBeGreaterThan(0);
    expect(await c.locator('.px-legend').textContent()).toMatch(/words only in that outlet.*words only on this page/);
    // Why it was flagged: marked words in the page's sentence.
    expect(await c.locator('.px-sentence mark').count()).toBeGreaterThan(0);
    // Details are closed until asked for; then every report shows.
    const details = c.locator('details.px-details');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await c.locator('.px-report').first().isVisible()).toBe(false);
    // The glance is on the first screen: every category's outlet and the start of its wording show without scrolling the card's body.
    const body = await c.locator('.px-body').boundingBox();
    const last = await lines.last().locator('.px-glance-words').boundingBox();
    expect(last!.y + 24).toBeLessThanOrEqual(body!.y + body!.height);
    // The active sentence is marked though the card was opened with the pointer.
    expect(await activeText(page)).toEqual([star]);
    // Wide page: the card is not squeezed.
    expect((await c.boundingBox())!.width).toBeGreaterThanOrEqual(400);
    await c.locator('summary', { hasText: 'Every report in full' }).click();
    expect(await c.locator('.px-report').first().isVisible()).toBe(true);
    // No curator notes in the reader's card.
    const all = (await c.textContent()) ?? '';
    expect(all).not.toContain('URL not recorded');
    for (const a of index.articles) if (a.urlNote) expect(all).not.toContain(a.urlNote);
    expect(await axeViolations(page, [['parallax-card', '.px-card']])).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('400 px wide (%s): the card takes the width and its body is usable', async (scheme) => {
    const page = await open('/star-ai-lead.html', { width: 400, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await clickHighlight(page, SENTENCE);
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(400);
    const body = (await card(page).locator('.px-body').boundingBox())!;
    expect(body.width).toBeGreaterThanOrEqual(300);
    expect(body.height).toBeGreaterThanOrEqual(150);
    await page.screenshot({ path: join(DOCS, `card-${scheme}-400.png`) });
    expect(await axeViolations(page, [['parallax-card', '.px-card']]), scheme).toEqual([]);
    await page.close();
  });

  it('200% zoom (640×450 CSS px): the glance is readable', async () => {
    const page = await open('/globaltimes-ai-export.html', { width: 640, height: 450 });
    const first = (await getHighlights(page, 'parallax-differs'))[0]!;
    await clickHighlight(page, first.slice(0, 40));
    const body = (await card(page).locator('.px-body').boundingBox())!;
    expect(body.width).toBeGreaterThanOrEqual(300);
    expect(body.height).toBeGreaterThanOrEqual(120);
    await screenshot(page, 'card-glance-zoom200', 'e2e', false);
    await page.close();
  });
});

describe('related statements and figures (Chromium)', () => {
  it('a sentence with another figure gets the quieter highlight and a card: this page 219, the outlets 227', async () => {
    const page = await open('/card-related.html');
    const related = await getHighlights(page, 'parallax-related');
    expect(related).toEqual(['However, China operates more machines overall, 219 compared to America’s 109.']);
    expect(await getHighlights(page)).not.toContain(related[0]);
    await clickHighlight(page, '219 compared', 'parallax-related');
    const c = card(page);
    expect(await c.locator('.px-related-title').textContent()).toContain('this page: 219');
    const rows = await c.locator('.px-related-table tbody tr').allTextContents();
    expect(rows[0]).toMatch(/^This page.*219/);
    const claim = index.claims.find((x) => x.id === 'cn-227-vs-us-109-supercomputers')!;
    for (const r of claim.reports) {
      const outlet = view.outletOfArticle(r.article)!.name;
      expect(rows.some((row) => row.includes(outlet) && row.includes('227')), outlet).toBe(true);
    }
    expect(await activeText(page)).toEqual(related);
    await page.screenshot({ path: join(DOCS, 'related-statement.png') });
    expect(await axeViolations(page, [['parallax-card', '.px-card']])).toEqual([]);
    // Escape: focus goes to the statement (the focus target), not to <body>.
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await expect.poll(() => focusedInUi(page)).toContain('px-focus-target');
    await page.close();
  });

  it('number words read as figures: "four thousand five hundred" agrees with 4,500 (no false figure flag)', async () => {
    const page = await open('/card-related.html');
    await clickHighlight(page, 'four thousand five hundred');
    const c = card(page);
    await c.locator('summary', { hasText: 'Every report in full' }).click();
    const flags = await c.locator('.px-flag').allTextContents();
    expect(flags.join(' ')).not.toMatch(/4000|4,000|\b5\b.*\b100\b/);
    // No "count different things" heading over outlets that agree.
    const heading = await c.locator('.px-figures h3').allTextContents();
    expect(heading.join(' ')).not.toContain('count different things');
    await page.close();
  });
});

describe('keyboard (Chromium)', () => {
  it('the keyboard reaches related statements too, in page order; Enter opens their card', async () => {
    const page = await open('/card-related.html');
    const related = await getHighlights(page, 'parallax-related');
    await page.keyboard.press('Alt+Shift+Period');
    const status = page.locator('parallax-card [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^Related statement 1 of 1: .*219/);
    expect(await activeText(page)).toEqual(related);
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).locator('.px-related-title').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await expect.poll(() => focusedInUi(page)).toContain('px-focus-target');
    // Next: the highlighted fact after it.
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(() => status.textContent()).toMatch(/^Claim 1 of \d+: By May/);
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).locator('.px-glance-line').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('Alt+Shift+. in a textarea does nothing: focus and text stay', async () => {
    const page = await open('/card-related.html');
    await page.locator('#notes').click();
    await page.keyboard.press('Alt+Shift+Period');
    await page.keyboard.type('x');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notes');
    expect(await page.locator('#notes').inputValue()).toBe('Draftx');
    expect(await activeText(page)).toEqual([]);
    await page.close();
  });

  it('Tab cycles inside the open card; Escape after a click returns focus to the highlight, not <body>', async () => {
    const page = await open('/star-ai-lead.html');
    await clickHighlight(page, 'Michael Kratsios, director');
    const c = card(page);
    await expect.poll(() => focusedInUi(page)).toContain('px-card');
    const stops = await c.evaluate((el) => el.querySelectorAll('a[href], button, summary').length);
    for (let i = 0; i < stops + 3; i++) {
      await page.keyboard.press('Tab');
      const inside = await c.evaluate((el) => el.contains((el.getRootNode() as ShadowRoot).activeElement));
      expect(inside, `after ${i + 1} Tab presses`).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await c.evaluate((el) => el.contains((el.getRootNode() as ShadowRoot).activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('parallax-card');
    await expect.poll(() => focusedInUi(page)).toContain('px-focus-target');
    // Enter opens the card again from there.
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).count()).toBe(1);
    await page.close();
  });
});

describe('popup and options (Chromium)', () => {
  async function popupFor(page: Page, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.px-matches, [data-testid=page-notice]').count()).toBeGreaterThan(0);
    return popup;
  }

  it('search: every word in any order, number words', async () => {
    const page = await open('/plain.html');
    const popup = await popupFor(page);
    const box = popup.getByRole('searchbox');
    for (const q of ['Sacks months', 'Kratsios 2020', 'chips allies']) {
      await box.fill(q);
      await expect.poll(() => popup.locator('.px-result').count(), { message: q }).toBeGreaterThan(0);
    }
    await box.fill('sixty-one per cent');
    await expect.poll(() => popup.locator('.px-result[data-claim-id="cn-ai-patent-share-2024"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('filters offer only categories with reports; an outlet of an off category shows off; shortcuts listed; axe clean', async () => {
    const page = await open('/star-ai-lead.html');
    const popup = await popupFor(page);
    const offered = await popup.locator('.px-filters__category').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.category));
    const reporting = new Set(index.claims.flatMap((c) => c.reports.map((r) => view.categoryOfArticle(r.article))));
    expect(offered.sort()).toEqual([...reporting].sort());
    expect(await popup.getByText('Alt').count()).toBeGreaterThan(0);
    expect(await popup.locator('.px-shortcuts').textContent()).toMatch(/next highlight.*previous highlight/);
    await popup.screenshot({ path: join(DOCS, 'popup.png'), fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    const cn = popup.locator('[data-category="cn-state"]');
    await cn.getByRole('checkbox').first().click();
    await cn.locator('summary').click();
    const gt = cn.locator('[data-outlet="global-times"] input[type=checkbox]');
    await expect.poll(() => gt.isChecked()).toBe(false);
    expect(await gt.isDisabled()).toBe(true);
    await cn.getByRole('checkbox').first().click();
    await expect.poll(() => gt.isChecked()).toBe(true);
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await options.locator('.px-shortcuts').textContent()).toMatch(/next highlight/);
    await options.close();
    await page.close();
  });
});

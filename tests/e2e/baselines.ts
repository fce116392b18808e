/**
 * Saved e2e baselines: for each fixture page the e2e tests load, the sentences the built
 * extension highlights (exact text, as CSS.highlights holds them, in document order) and the
 * claim ids the content script reports for them. `npm run baselines` (scripts/update-baselines.ts)
 * regenerates them from the built extension in Chromium; the e2e tests compare what the
 * extension highlights with them, so a change that gains or loses highlights shows in the git
 * diff of tests/e2e/baselines/ and fails the tests until the baselines are regenerated.
 *
 * Nothing here runs the matcher: both sides come from the extension in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getHighlights, ROOT, tabIdOf, pageMatches, waitForPaintAfterMark, waitForScan, type ChromiumWithExtension } from './harness';

export const BASELINE_DIR = join(ROOT, 'tests/e2e/baselines');

export interface BaselineHighlight {
  /** The highlighted sentence, exactly as the registered range's text. */
  text: string;
  /**
   * Claim ids whose first sentence on the page this is, as the content script reports them
   * to the popup (get-page-matches: each claim once, at its first sentence, in page order).
   * A sentence that only repeats claims stated earlier has none.
   */
  claims: string[];
}

export interface PageBaseline {
  /** The URL path the page was loaded at (served from tests/fixtures/pages/). */
  page: string;
  highlights: BaselineHighlight[];
}

/** How a page is reached and when it is settled (what the extension shows is final). */
export interface BaselinePage {
  path: string;
  /** Loaded from another route, then navigated to in the page with a click (History API). */
  via?: { path: string; click: string; ready: string };
  /** A page condition (run in the page) that holds once the page's own late content is in. */
  loaded?: string;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages/manifest.json'), 'utf8')) as { path: string }[];

const LATE: Record<string, string> = {
  '/late-load.html': "document.body.dataset.loaded === 'done'",
};

/** Every page of the fixture manifest, plus the SPA's second route (reached by pushState). */
export const BASELINE_PAGES: BaselinePage[] = [
  ...manifest.map(({ path }) => ({ path, ...(LATE[path] ? { loaded: LATE[path] } : {}) })),
  {
    path: '/spa/asiareview',
    via: {
      path: '/spa/star',
      click: '.spa-nav button[data-route="/spa/asiareview"]',
      ready: "document.body.dataset.route === '/spa/asiareview'",
    },
  },
];

/** tests/e2e/baselines/<name>.json for a page path: "/star-ai-lead.html" → star-ai-lead, "/spa/star" → spa-star. */
export function baselineFile(path: string): string {
  const name = path.replace(/^\/+/, '').replace(/\.html$/, '').replace(/[^a-z0-9]+/gi, '-') || 'index';
  return join(BASELINE_DIR, `${name}.json`);
}

export function readBaseline(path: string): PageBaseline {
  const file = baselineFile(path);
  if (!existsSync(file)) throw new Error(`No baseline for ${path} (${file}). Run \`npm run build && npm run baselines\`.`);
  return JSON.parse(readFileSync(file, 'utf8')) as PageBaseline;
}

export function baselinePage(path: string): BaselinePage {
  const p = BASELINE_PAGES.find((b) => b.path === path);
  if (!p) throw new Error(`${path} is not a baseline page`);
  return p;
}

/**
 * Opens `spec` in a new tab and waits, on conditions, for the content script's first scan,
 * then for the page's own late content (its loaded-condition) or the click's route.
 *
 * Afterwards the content script may still be rescanning the late content: tests then poll
 * for the baseline (expectBaselineSoon), which also checks that the extension reacts to the
 * page's changes by itself. `forceRescan` (the baseline generator) instead makes the
 * content script rescan the final page at once and waits for that scan's paint.
 */
export async function openSettled(ext: ChromiumWithExtension, baseUrl: string, spec: BaselinePage, opts: { forceRescan?: boolean } = {}): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${baseUrl}${spec.via?.path ?? spec.path}`);
  await waitForScan(ext, page);
  if (spec.via) {
    await page.click(spec.via.click);
    await page.waitForFunction(spec.via.ready, undefined, { timeout: 10_000, polling: 20 });
  }
  if (spec.loaded) await page.waitForFunction(spec.loaded, undefined, { timeout: 15_000, polling: 20 });
  if (opts.forceRescan && (spec.via || spec.loaded)) await forceFullRescan(page);
  return page;
}

/**
 * Makes the content script rescan the whole page now and waits for that scan's paint. A
 * batch of more than 1,000 added nodes (here empty text nodes in a hidden element, which
 * change no text) makes it abort any scan in progress and start a full one at once; the
 * registry entry is marked in the same synchronous step, so the first repaint after it is
 * the paint of a scan that read the page as it is now.
 */
export async function forceFullRescan(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __parallaxPaintMark?: unknown }).__parallaxPaintMark = CSS.highlights.get('parallax') ?? null;
    const sink = document.createElement('div');
    sink.hidden = true;
    sink.id = 'parallax-baseline-rescan';
    document.body.append(sink);
    sink.append(...Array.from({ length: 1200 }, () => document.createTextNode('')));
  });
  await waitForPaintAfterMark(page);
}

/** What the extension shows on `page` now: highlighted sentences and, for each, the claims first stated there. */
export async function observe(ext: ChromiumWithExtension, page: Page, path: string): Promise<PageBaseline> {
  const texts = await getHighlights(page);
  const answer = await pageMatches(ext, await tabIdOf(ext, page));
  if (answer?.status !== 'ok') throw new Error(`${path}: the content script answered ${JSON.stringify(answer)}`);
  const highlights: BaselineHighlight[] = texts.map((text) => ({ text, claims: [] }));
  const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();
  for (const m of answer.matches) {
    const at = highlights.findIndex((h) => squash(h.text) === squash(m.sentence));
    if (at < 0) throw new Error(`${path}: claim ${m.claimId} is reported for a sentence that is not highlighted: ${JSON.stringify(m.sentence)}`);
    highlights[at]!.claims.push(m.claimId);
  }
  return { page: path, highlights };
}

/**
 * A readable account of how `actual` differs from `expected`, or '' when they are equal:
 * highlights lost and gained (by text), then claim ids moved between sentences, then order.
 */
export function describeDifference(expected: PageBaseline, actual: PageBaseline): string {
  const lines: string[] = [];
  // A text may be highlighted more than once (long pages repeat articles): key each by its occurrence.
  const keyed = (hs: BaselineHighlight[]) => {
    const seen = new Map<string, number>();
    return hs.map((h) => {
      const n = (seen.get(h.text) ?? 0) + 1;
      seen.set(h.text, n);
      return { key: `${n}\u0000${h.text}`, label: n > 1 ? `${JSON.stringify(h.text)} (occurrence ${n})` : JSON.stringify(h.text), h };
    });
  };
  const exp = keyed(expected.highlights);
  const act = keyed(actual.highlights);
  const actByKey = new Map(act.map((a) => [a.key, a]));
  const expKeys = new Set(exp.map((e) => e.key));
  for (const e of exp) if (!actByKey.has(e.key)) lines.push(`- lost highlight:   ${e.label}`);
  for (const a of act) if (!expKeys.has(a.key)) lines.push(`+ new highlight:    ${a.label}`);
  for (const e of exp) {
    const a = actByKey.get(e.key);
    if (a && a.h.claims.join(' ') !== e.h.claims.join(' ')) {
      lines.push(`~ claims changed:   ${JSON.stringify(e.h.text.slice(0, 80))}: [${e.h.claims.join(', ')}] → [${a.h.claims.join(', ')}]`);
    }
  }
  const expTexts = expected.highlights.map((h) => h.text);
  const actTexts = actual.highlights.map((h) => h.text);
  if (lines.length === 0 && expTexts.join('\n') !== actTexts.join('\n')) lines.push('~ same highlights in a different order');
  if (lines.length === 0) return '';
  return [
    `${expected.page}: the extension's highlights differ from tests/e2e/baselines/${baselineFile(expected.page).split('/').pop()}`,
    `(${expected.highlights.length} expected, ${actual.highlights.length} now; if the change is intended, run \`npm run build && npm run baselines\` and review the diff)`,
    ...lines,
  ].join('\n');
}

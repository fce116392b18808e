/**
 * End-to-end helpers: real browsers with the built extension, no network but 127.0.0.1.
 *
 * Chromium is driven by playwright-core (persistent context, the only way to load an
 * unpacked extension); Firefox by puppeteer-core over WebDriver BiDi, installing the
 * extension as a temporary add-on. Nothing here depends on vitest, so scripts/start.ts
 * reuses the Chromium launcher.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as pollInterval } from 'node:timers/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import type { browser as ExtensionApi } from 'wxt/browser';
import type { PageMatchesResponse } from '../../utils/messages';

/** The extension API inside serviceWorker.evaluate callbacks (they run in the worker). */
declare const chrome: typeof ExtensionApi;

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const CHROME_EXT_DIR = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT_DIR = join(ROOT, '.output/firefox-mv2');

/**
 * Chromium flags: load only our extension, and keep the browser quiet on the network
 * (without these it floods the closed network with component-update/sync/QUIC traffic).
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

/** Throws a helpful error if the extension has not been built. */
export function assertBuilt(extensionDir: string): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${extensionDir} (manifest.json missing). Run \`npm run build\` first.`,
    );
  }
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export async function launchChromiumWithExtension(
  opts: {
    extensionDir?: string;
    headless?: boolean;
    viewport?: { width: number; height: number } | null;
    /** Reuse this profile (kept on close) so settings survive a relaunch; default: a fresh temp profile. */
    userDataDir?: string;
    /** The browser binary (scripts/start.ts finds one per OS); default CHROMIUM_PATH. */
    executablePath?: string;
    /** Let test code (page.evaluate, locators) into Parallax's closed shadow root (default true); see revealClosedShadowRoots. */
    revealClosedShadow?: boolean;
  } = {},
): Promise<ChromiumWithExtension> {
  const extensionDir = resolve(opts.extensionDir ?? CHROME_EXT_DIR);
  assertBuilt(extensionDir);
  const executablePath = opts.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium`);
  const profileDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'parallax-chromium-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: opts.headless ?? true,
    args: chromiumArgs(extensionDir),
    // Playwright passes --disable-extensions by default, which would defeat --load-extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
  });
  if (opts.revealClosedShadow !== false) {
    context.on('page', (page) => void revealClosedShadowRoots(page).catch(() => undefined));
    for (const page of context.pages()) void revealClosedShadowRoots(page).catch(() => undefined);
  }
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    if (!opts.userDataDir) await rm(profileDir, { recursive: true, force: true }).catch(() => undefined);
  };
  try {
    // The MV3 background service worker may already be up, or start shortly.
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 30_000,
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, close };
  } catch (err) {
    await close();
    throw new Error(`Extension service worker did not start: ${String(err)}`);
  }
}

/**
 * Parallax's card lives in a closed shadow root, so neither page script nor
 * Playwright's locators can see into it. For tests, the DevTools protocol
 * (which the page has no access to) watches for Parallax's host element and,
 * when its closed root appears, defines `shadowRoot` on that one host in the
 * page's main world, so `host.shadowRoot` and `parallax-card .px-card`
 * locators work in tests as they did with an open root. Pages in ordinary
 * browsing never get this: it exists only for a test driver holding a CDP
 * session.
 */
export async function revealClosedShadowRoots(page: Page, hostName = 'parallax-card'): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  // The main world (page.evaluate) and Playwright's utility world (locators) each get the property.
  const utilityWorlds = new Set<number>();
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.name.startsWith('__playwright_utility_world')) utilityWorlds.add(e.context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', (e) => utilityWorlds.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => utilityWorlds.clear());
  const reveal = async (shadowRootNodeId: number): Promise<void> => {
    for (const executionContextId of [undefined, ...utilityWorlds]) {
      const { object } = await cdp.send('DOM.resolveNode', executionContextId === undefined ? { nodeId: shadowRootNodeId } : { nodeId: shadowRootNodeId, executionContextId });
      if (!object.objectId) continue;
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (hostName) {
          const root = this;
          if (root.host && root.host.localName === hostName) Object.defineProperty(root.host, 'shadowRoot', { get: () => root, configurable: true });
        }`,
        arguments: [{ value: hostName }],
      });
    }
  };
  cdp.on('DOM.shadowRootPushed', (e) => void reveal(e.root.nodeId).catch(() => undefined));
  // A host that gets its shadow root before it is inserted arrives with it.
  cdp.on('DOM.childNodeInserted', (e) => {
    if (e.node.localName !== hostName) return;
    for (const root of e.node.shadowRoots ?? []) void reveal(root.nodeId).catch(() => undefined);
  });
  // A new document (navigation) forgets the nodes the agent knew: ask for it again, piercing shadow roots.
  cdp.on('DOM.documentUpdated', () => void cdp.send('DOM.getDocument', { depth: -1, pierce: true }).catch(() => undefined));
  await cdp.send('Runtime.enable');
  await cdp.send('DOM.enable');
  await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
}

export interface RequestLog {
  /** Every request URL seen so far, in order. */
  urls: string[];
  /** URLs that are neither 127.0.0.1 nor chrome-extension:// (nor data:/blob:/about:). */
  offending(): string[];
}

/** True for URLs a Parallax test may legitimately see: local fixtures and the extension itself. */
export function isAllowedUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:') return true;
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname === '127.0.0.1';
}

/** Records every request made by pages, workers and the extension's service worker. */
export function recordRequests(context: BrowserContext): RequestLog {
  const urls: string[] = [];
  context.on('request', (req) => urls.push(req.url()));
  return { urls, offending: () => urls.filter((u) => !isAllowedUrl(u)) };
}

/**
 * Texts of the ranges registered under `name` in the CSS Custom Highlight registry,
 * in document order; [] when no highlight of that name exists.
 */
export async function getHighlights(page: Page, name = 'parallax'): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights?.get(highlightName);
    if (!highlight) return [];
    // Entries may be Range or StaticRange; normalise to live Ranges to sort and stringify.
    const ranges = [...highlight].map((r) => {
      if (r instanceof Range) return r;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  }, name);
}

/**
 * Waits (on the highlight registry, not a clock) until at least `min` highlights exist
 * or the timeout passes; returns what it saw either way.
 */
export async function waitForHighlights(
  page: Page,
  opts: { name?: string; min?: number; timeoutMs?: number } = {},
): Promise<string[]> {
  await page
    .waitForFunction(([name, min]) => (CSS.highlights?.get(name)?.size ?? 0) >= min, [opts.name ?? 'parallax', opts.min ?? 1] as const, {
      timeout: opts.timeoutMs ?? 10_000,
      polling: 50,
    })
    .catch(() => undefined);
  return getHighlights(page, opts.name);
}

/**
 * Polls `read` until `done(value)` holds and returns that value; after `timeoutMs` throws,
 * naming `what` and the last value seen. (For conditions only the extension can answer,
 * such as the content script's scan state; page conditions use page.waitForFunction.)
 */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  opts: { what: string; timeoutMs?: number },
): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${opts.what}; last seen: ${JSON.stringify(value)?.slice(0, 300)}`);
    await pollInterval(50);
  }
}

/** The tab id of a Playwright page, asked of the extension's service worker. */
export async function tabIdOf(ext: ChromiumWithExtension, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/** The content script's answer to the popup's question (undefined while no content script listens yet). */
export function pageMatches(ext: ChromiumWithExtension, tabId: number): Promise<PageMatchesResponse | undefined> {
  return ext.serviceWorker
    .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-page-matches' }) as Promise<PageMatchesResponse>, tabId)
    .catch(() => undefined);
}

/**
 * Waits until the content script has read the whole page once and painted what it found
 * (it answers 'ok' only after its first scan's highlights are set; 'paused' if paused).
 * Later changes to the page (late loads, SPA routes) need waitForRepaint as well.
 */
export async function waitForScan(ext: ChromiumWithExtension, page: Page, timeoutMs = 30_000): Promise<PageMatchesResponse> {
  const tabId = await until(() => tabIdOf(ext, page).catch(() => undefined), (id) => id !== undefined, { what: `a tab for ${page.url()}`, timeoutMs });
  const answer = await until(() => pageMatches(ext, tabId!), (r) => r?.status === 'ok' || r?.status === 'paused', {
    what: `the content script's scan of ${page.url()}`,
    timeoutMs,
  });
  return answer!;
}

/**
 * Runs `action` (a click, a navigation, a DOM change), then waits until the content script
 * paints the highlights again: every repaint registers a new Highlight object, so the wait
 * ends on the first registry entry that differs from the one current before `action`.
 */
export async function waitForRepaint(page: Page, action: () => Promise<unknown>, opts: { name?: string; timeoutMs?: number } = {}): Promise<string[]> {
  const name = opts.name ?? 'parallax';
  await page.evaluate((n) => {
    (window as unknown as { __parallaxPaintMark?: unknown }).__parallaxPaintMark = CSS.highlights.get(n) ?? null;
  }, name);
  await action();
  return waitForPaintAfterMark(page, opts);
}

/** Waits for a registry entry other than the one marked in `window.__parallaxPaintMark`. */
export async function waitForPaintAfterMark(page: Page, opts: { name?: string; timeoutMs?: number } = {}): Promise<string[]> {
  const name = opts.name ?? 'parallax';
  await page.waitForFunction(
    (n) => {
      const current = CSS.highlights.get(n);
      return current !== undefined && current !== (window as unknown as { __parallaxPaintMark?: unknown }).__parallaxPaintMark;
    },
    name,
    { timeout: opts.timeoutMs ?? 15_000, polling: 20 },
  );
  return getHighlights(page, name);
}

export interface LongTaskStats {
  count: number;
  maxMs: number;
  totalMs: number;
}

/**
 * Installs a 'longtask' PerformanceObserver in every document the page loads (call before
 * navigating). Returns a reader for the tasks recorded in the current document.
 */
export async function collectLongTasks(page: Page): Promise<() => Promise<LongTaskStats>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __parallaxLongTasks?: number[] };
    w.__parallaxLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__parallaxLongTasks?.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // 'longtask' unsupported: leave the list empty.
    }
  });
  return () =>
    page.evaluate(() => {
      const tasks = (window as unknown as { __parallaxLongTasks?: number[] }).__parallaxLongTasks ?? [];
      return {
        count: tasks.length,
        maxMs: tasks.reduce((m, d) => Math.max(m, d), 0),
        totalMs: tasks.reduce((s, d) => s + d, 0),
      };
    });
}

/**
 * Screenshot to screenshots/<dir>/<name>.png (full page unless fullPage is false);
 * returns the absolute path.
 */
export async function screenshot(page: Page, name: string, dir = 'e2e', fullPage = true): Promise<string> {
  const file = join(ROOT, 'screenshots', dir, `${name}.png`);
  await mkdir(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage });
  return file;
}

// ---------------------------------------------------------------------------
// Firefox
// ---------------------------------------------------------------------------

export interface FirefoxWithExtension {
  browser: PuppeteerBrowser;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Prefs that stop Firefox's own background traffic (updates, telemetry, captive portal,
 * remote settings, safe browsing...) on top of puppeteer's defaults; the network here is closed.
 */
const FIREFOX_QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.search.update': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'services.settings.server': 'http://127.0.0.1:9/remote-settings',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  // Let the (unsigned) temporary add-on run without signature checks.
  'xpinstall.signatures.required': false,
};

export async function launchFirefoxWithExtension(
  opts: { extensionDir?: string; headless?: boolean } = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = resolve(opts.extensionDir ?? FIREFOX_EXT_DIR);
  assertBuilt(extensionDir);
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found: apt-get install -y firefox-esr`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: opts.headless ?? true,
    extraPrefsFirefox: FIREFOX_QUIET_PREFS,
  });
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
  };
  try {
    // WebDriver BiDi webExtension.install with an unpacked directory (temporary add-on).
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, close };
  } catch (err) {
    await close();
    throw new Error(`Installing the extension in Firefox failed: ${String(err)}`);
  }
}

/** Records every request URL a puppeteer page makes (Firefox counterpart of recordRequests). */
export function recordPageRequests(page: import('puppeteer-core').Page): RequestLog {
  const urls: string[] = [];
  page.on('request', (req) => urls.push(req.url()));
  return { urls, offending: () => urls.filter((u) => !isAllowedUrl(u)) };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core violations on the page, or inside `include` (axe's shadow-DOM
 * selector lists, e.g. [['parallax-card', '.px-card']]). axe is evaluated
 * rather than injected as a <script>: extension pages' CSP forbids that.
 */
export async function axeViolations(page: Page, include?: string[][]): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (inc) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(inc ? { include: inc } : document);
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}

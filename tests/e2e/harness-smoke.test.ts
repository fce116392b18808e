/**
 * Smoke test of the e2e harness itself: fixture server + both browsers with the built
 * extension, and no request leaving 127.0.0.1 / the extension.
 * Needs `npm run build` first (fails with that hint otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/lib/serve';
import {
  CHROME_EXT_DIR,
  FIREFOX_EXT_DIR,
  assertBuilt,
  isAllowedUrl,
  launchChromiumWithExtension,
  launchFirefoxWithExtension,
  recordPageRequests,
  recordRequests,
  screenshot,
  waitForScan,
} from './harness';

const STAR_TITLE = 'White House adviser calls for US to defend its AI lead against Chinese advances | The Star';

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

describe('e2e harness', () => {
  it('Chromium loads the built extension and a fixture page, all traffic local', async () => {
    assertBuilt(CHROME_EXT_DIR);
    const browser = await launchChromiumWithExtension();
    try {
      const log = recordRequests(browser.context);
      expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
      const page = await browser.context.newPage();
      const response = await page.goto(`${server.url}/star-ai-lead.html`);
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe(STAR_TITLE);
      // The screenshot shows the page as the extension left it: scanned and painted.
      await waitForScan(browser, page);
      await screenshot(page, 'harness-smoke-chromium');
      expect(log.urls).toContain(`${server.url}/star-ai-lead.html`);
      expect(log.offending()).toEqual([]);
      expect(server.requests).toContain('/star-ai-lead.html');
    } finally {
      await browser.close();
    }
  });

  it('Firefox installs the built extension and loads a fixture page, all traffic local', async () => {
    assertBuilt(FIREFOX_EXT_DIR);
    const firefox = await launchFirefoxWithExtension();
    try {
      expect(firefox.extensionId).toBeTruthy();
      const page = await firefox.browser.newPage();
      const log = recordPageRequests(page);
      const response = await page.goto(`${server.url}/star-ai-lead.html`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe(STAR_TITLE);
      expect(log.urls.length).toBeGreaterThan(0);
      expect(log.urls.filter((u) => !isAllowedUrl(u))).toEqual([]);
    } finally {
      await firefox.close();
    }
  });

  it('fixture server: CSP header, SPA fallback, 404, no path traversal', async () => {
    const csp = await fetch(`${server.url}/csp.html`);
    expect(csp.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'",
    );
    const spa = await fetch(`${server.url}/spa/asiareview`);
    expect(spa.status).toBe(200);
    expect(await spa.text()).toContain('history.pushState');
    expect((await fetch(`${server.url}/nope.html`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/csp.css`)).headers.get('content-type')).toMatch(/^text\/css/);
  });
});

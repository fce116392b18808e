/**
 * The core of the hostile-page suite in Firefox ESR (puppeteer-core over
 * WebDriver BiDi): what a reader reads (shadow roots, hidden text) and a page
 * that tries to switch Parallax off or read its card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness';
import { serveHostile } from './hostile/measure';

const CLAIM = 'White House official Michael Kratsios suggested exporting full AI tech stacks to allies while restricting China.';

let server: { url: string; close(): Promise<void> };
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await serveHostile();
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('hostile pages (Firefox ESR)', () => {
  it('reads shadow roots (open and closed), never hidden text', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.url}/visibility.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (CSS.highlights.get('parallax')?.size ?? 0) >= 3, { timeout: 20_000, polling: 100 });
    await new Promise((r) => setTimeout(r, 500));
    const seen = await page.evaluate(() =>
      [...(CSS.highlights.get('parallax') ?? [])].map((r) => {
        const range = r as Range;
        const node = range.startContainer;
        const el = node instanceof Element ? node : node.parentElement;
        const root = node.getRootNode();
        return {
          hiddenCase: el?.closest('[data-hidden-case]')?.getAttribute('data-hidden-case') ?? null,
          where: root instanceof ShadowRoot ? (root.host as Element).id : (el?.closest('[id]')?.id ?? ''),
        };
      }),
    );
    console.log('Firefox visibility.html:', JSON.stringify(seen));
    expect(seen.filter((s) => s.hiddenCase !== null)).toEqual([]);
    const where = new Set(seen.map((s) => s.where));
    for (const id of ['visible', 'open', 'closed', 'scripted']) expect(where, id).toContain(id);
    await page.close();
  });

  it('a forged started event does not switch Parallax off; no started message; the card root is closed', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.url}/hostile.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (CSS.highlights.get('parallax')?.size ?? 0) > 0, { timeout: 20_000, polling: 100 });
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => m.includes('wxt'))).toEqual([]);
    await page.evaluate((id) => {
      for (const name of ['content', 'content-script']) {
        document.dispatchEvent(new CustomEvent(`${id}:${name}:wxt:content-script-started`, { detail: { contentScriptName: name, messageId: 'forged' } }));
      }
    }, firefox.extensionId);
    const before = await page.evaluate(() => CSS.highlights.get('parallax')?.size ?? 0);
    await page.evaluate((s) => {
      const p = document.createElement('p');
      p.textContent = s;
      document.getElementById('article')!.append(p);
    }, CLAIM);
    await page.waitForFunction((n: number) => (CSS.highlights.get('parallax')?.size ?? 0) > n, { timeout: 20_000, polling: 100 }, before);
    const p = await page.evaluate(() => {
      const r = [...CSS.highlights.get('parallax')!][0] as Range;
      const q = r.getClientRects()[0]!;
      return { x: q.left + 10, y: q.top + q.height / 2 };
    });
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector('parallax-card', { timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelector('parallax-card')?.shadowRoot ?? null)).toBeNull();
    await page.close();
  });
});

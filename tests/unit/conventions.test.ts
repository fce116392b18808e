/**
 * Conventions the codebase keeps, checked rather than hoped for:
 * pure logic in utils/ imports nothing from the browser or wxt (so it runs in
 * Node and in the CLI), `browser` comes only from wxt/browser, page and index
 * text is never written as HTML, and nothing calls the network.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/load-index';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const shipped = ['entrypoints', 'components', 'utils'].flatMap((d) => files(join(ROOT, d)));
const source = (p: string) => readFileSync(p, 'utf8');
const rel = (p: string) => relative(ROOT, p);

/** utils/ files that are deliberately the browser edge (storage, runtime messaging). */
const BROWSER_EDGE = new Set(['utils/settings.ts', 'utils/messaging.ts']);

describe('conventions', () => {
  test.each(files(join(ROOT, 'utils')).filter((p) => !rel(p).startsWith('utils/dom/') && !BROWSER_EDGE.has(rel(p))).map((p) => [rel(p), p]))(
    '%s is pure: no wxt, #imports, webextension-polyfill, browser globals or components',
    (_name, p) => {
      const text = source(p);
      expect(text).not.toMatch(/from ['"](wxt|wxt\/[^'"]*|#imports|webextension-polyfill)['"]/);
      expect(text).not.toMatch(/from ['"][^'"]*components\//);
      expect(text.replace(/(['"`]).*?\1/g, '')).not.toMatch(/\b(document|window|chrome)\.[a-zA-Z]/); // outside string literals
    },
  );

  test('browser is imported from wxt/browser only', () => {
    for (const p of shipped) {
      expect(source(p), rel(p)).not.toMatch(/from ['"]webextension-polyfill['"]/);
    }
  });

  test('no HTML is written from strings, and nothing talks to the network', () => {
    for (const p of shipped) {
      const text = source(p);
      expect(text, rel(p)).not.toMatch(/\binnerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/);
      expect(text, rel(p)).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket\(|sendBeacon|EventSource\(/);
    }
  });
});

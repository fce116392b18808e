/**
 * Conventions the codebase keeps, checked rather than hoped for: `browser`
 * comes only from wxt/browser, page and index text is never written as HTML,
 * and nothing calls the network. (That pure logic in utils/ uses no DOM, Node
 * or wxt is checked by the compiler: tsconfig.pure.json, run by `npm test`.)
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

describe('conventions', () => {
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

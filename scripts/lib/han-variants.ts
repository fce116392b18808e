/**
 * Build time only: the traditional → simplified table for the characters the
 * index's Chinese wordings use, from OpenCC (opencc-js, a devDependency; it
 * never ships). Restricting the table to the index's own characters loses
 * nothing: a page character that folds to a character the index never uses
 * cannot complete a bigram the index has.
 */
import * as OpenCC from 'opencc-js';
import { HAN_CHAR } from '../../utils/text/han';

const FIRST = 0x3400; // CJK Extension A
const LAST = 0x9fff; // end of the URO

export function buildHanVariants(indexTexts: Iterable<string>): Record<string, string> {
  const used = new Set<string>();
  for (const text of indexTexts) for (const ch of text) if (HAN_CHAR.test(ch)) used.add(ch);
  if (used.size === 0) return {};
  const toSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  const out: Record<string, string> = {};
  for (let cp = FIRST; cp <= LAST; cp++) {
    const ch = String.fromCodePoint(cp);
    for (const convert of toSimplified) {
      const s = convert(ch);
      if (s !== ch && s.length === ch.length && used.has(s)) {
        out[ch] = s;
        break;
      }
    }
  }
  return out;
}

/**
 * The first stage's page reading: the text of every block (the DOM scan's
 * block rules, utils/dom/page-text.ts, without computed styles: hidden text is
 * read too, which can only let more pages through). A generator, so the
 * caller reads the page in slices; it yields every `stepNodes` nodes.
 * Works on any DOM (the browser's, linkedom's).
 */
import { BLOCK_TAGS, SKIPPED_TAGS } from '@/utils/dom/block-tags';

const ELEMENT = 1;
const TEXT = 3;

/** Blocks of text under `root`, depth first; yields every `stepNodes` nodes visited. */
export function* blockSteps(root: Node, onBlock: (text: string) => boolean | void, stepNodes = 200): Generator<void, void> {
  let block: Node | null = null;
  let parts: string[] = [];
  let count = 0;
  const flush = (): boolean => {
    const text = parts.join('');
    parts = [];
    return /\S/u.test(text) ? onBlock(text) === true : false;
  };
  // Iterative depth-first walk (no TreeWalker: linkedom and old pages alike).
  const stack: Node[] = [root];
  const blockOf: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const nearest = blockOf.pop()!;
    if (++count % stepNodes === 0) yield;
    if (node.nodeType === TEXT) {
      if (nearest !== block) {
        if (flush()) return;
        block = nearest;
      }
      // Line breaks in the source are spaces on screen, as in the DOM scan's text.
      parts.push((node as Text).data.replace(/\s/gu, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    let own = nearest;
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
      const editable = el.getAttribute('contenteditable');
      if (editable !== null && editable.toLowerCase() !== 'false') continue;
      if (tag === 'BR') {
        if (flush()) return;
        block = null;
        continue;
      }
      if (BLOCK_TAGS.has(tag)) own = el;
    }
    for (let c = node.lastChild; c; c = c.previousSibling) {
      stack.push(c);
      blockOf.push(own);
    }
  }
  flush();
}

/** The whole text at once, blocks joined by line breaks (for tools and tests). */
export function pageText(root: Node): string {
  const blocks: string[] = [];
  const steps = blockSteps(root, (t) => void blocks.push(t));
  while (!steps.next().done);
  return blocks.join('\n');
}

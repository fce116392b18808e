/**
 * Page text with offsets: the visible text of a subtree as one string, plus a
 * map from string offsets back to text nodes. Anchors are kept as offsets into
 * this string (Hypothesis-style); DOM Ranges are built from them only when
 * painting (see ranges.ts), so a re-rendered page never leaves us holding
 * stale wrappers.
 *
 * - Whitespace characters become spaces one-for-one, so offsets inside a text
 *   node map 1:1 to the node's data (no collapsing tables), and newlines in the
 *   HTML source never split a sentence.
 * - Block boundaries (and <br>) become a virtual "\n" that belongs to no node,
 *   so a sentence never runs from one paragraph into the next, while inline
 *   markup (<a>, <em>) inside a sentence leaves it whole.
 * - Skipped: script/style/template/form fields/embedded content, hidden
 *   subtrees (hidden attribute, aria-hidden, display:none, visibility:hidden),
 *   contenteditable regions (the reader's own text), and excluded elements
 *   (Parallax's UI host).
 *
 * Block boundaries come from tag names, not computed `display`: one style
 * lookup less per element; CSS that turns a <span> into a block rarely splits
 * a sentence, and one that does costs us at most that sentence.
 */
import { runToEnd } from './schedule';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in PageText.text. */
  start: number;
  end: number;
}

export interface TextBlock {
  start: number;
  end: number;
  /** The block is a heading (h1–h6 or role="heading"): the matcher treats it as a headline. */
  heading?: boolean;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const isHeading = (el: Element | null | undefined): boolean =>
  !!el && (HEADING_TAGS.has(el.tagName.toUpperCase()) || el.getAttribute('role') === 'heading');

export interface PageText {
  text: string;
  /** Text nodes in document order, by offset. */
  segments: TextSegment[];
  /** Runs of text between block boundaries (never contain "\n"). */
  blocks: TextBlock[];
}

export interface PageTextOptions {
  /** Elements whose subtree is not page text (e.g. Parallax's UI host). */
  exclude?: (el: Element) => boolean;
  /** Whether to consult computed style for hidden elements (off in environments without layout). */
  computedStyle?: boolean;
  /** Yield (for slicing) after this many nodes. */
  stepNodes?: number;
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Is this element's subtree not part of the readable page text? */
export function isSkippedElement(el: Element, opts: PageTextOptions = {}): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (opts.exclude?.(el)) return true;
  if (opts.computedStyle !== false) {
    const view = el.ownerDocument.defaultView;
    const style = view?.getComputedStyle(el);
    if (style && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')) return true;
  }
  return false;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/**
 * Walk `root` and build its PageText, yielding every `stepNodes` nodes so a
 * caller can slice the walk (runSliced); `collectPageText` runs it at once.
 */
export function* pageTextSteps(root: Node, opts: PageTextOptions = {}): Generator<void, PageText> {
  const doc = root.ownerDocument ?? (root as Document);
  const step = opts.stepNodes ?? 64;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const blocks: TextBlock[] = [];
  let length = 0;
  let blockStart = 0;
  let lastBlock: Element | null | undefined;
  let pendingBreak = false;
  // Nearest block ancestor per element, memoised for this walk.
  const blockOf = new Map<Element, Element | null>();
  const nearestBlock = (el: Element | null): Element | null => {
    if (!el) return null;
    const known = blockOf.get(el);
    if (known !== undefined) return known;
    const found = isBlock(el) ? el : nearestBlock(el.parentElement);
    blockOf.set(el, found);
    return found;
  };
  const closeBlock = () => {
    if (length > blockStart) {
      blocks.push(isHeading(lastBlock) ? { start: blockStart, end: length, heading: true } : { start: blockStart, end: length });
      parts.push('\n');
      length += 1;
    }
    blockStart = length;
  };

  if (doc.designMode === 'on') return { text: '', segments, blocks };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return isSkippedElement(node as Element, opts) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++count % step === 0) yield;
    if (node.nodeType !== Node.TEXT_NODE) {
      if ((node as Element).tagName.toUpperCase() === 'BR') pendingBreak = true;
      continue;
    }
    const textNode = node as Text;
    const data = textNode.data;
    if (data.length === 0) continue;
    const block = nearestBlock(textNode.parentElement);
    if (block !== lastBlock || pendingBreak) {
      if (lastBlock !== undefined) closeBlock();
      lastBlock = block;
      pendingBreak = false;
    }
    // Whitespace-only nodes that open a block carry no text; skip them to keep blocks tight.
    if (length === blockStart && !/\S/u.test(data)) continue;
    segments.push({ node: textNode, start: length, end: length + data.length });
    parts.push(data.replace(/\s/gu, ' '));
    length += data.length;
  }
  if (length > blockStart) blocks.push(isHeading(lastBlock) ? { start: blockStart, end: length, heading: true } : { start: blockStart, end: length });
  return { text: parts.join(''), segments, blocks };
}

export function collectPageText(root: Node, opts: PageTextOptions = {}): PageText {
  return runToEnd(pageTextSteps(root, opts));
}

/** Index of the last segment whose start is <= offset (-1 if none). */
function segmentAtOrBefore(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface TextPosition {
  node: Text;
  offset: number;
}

/**
 * The DOM position of a text offset. `start` positions that fall on a virtual
 * separator move forward to the next node; `end` positions move back.
 */
export function positionAt(pt: PageText, offset: number, affinity: 'start' | 'end'): TextPosition | null {
  const i = segmentAtOrBefore(pt.segments, affinity === 'end' ? offset - 1 : offset);
  const seg = i >= 0 ? pt.segments[i] : undefined;
  if (affinity === 'start') {
    if (seg && offset < seg.end) return { node: seg.node, offset: offset - seg.start };
    const next = pt.segments[i + 1];
    return next ? { node: next.node, offset: 0 } : null;
  }
  if (!seg) return null;
  return { node: seg.node, offset: Math.min(offset, seg.end) - seg.start };
}

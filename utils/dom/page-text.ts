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
 * - Read as a reader sees it: the flat tree (open shadow roots, closed ones
 *   where the caller can reach them, slotted content; unslotted light DOM is
 *   not rendered, so not read).
 * - Skipped: script/style/template/form fields/embedded content, hidden
 *   subtrees (hidden attribute, aria-hidden, display:none, visibility:hidden,
 *   content-visibility:hidden, opacity:0, a closed <details>' content,
 *   screen-reader-only clipping, zero-size clipping boxes, off-page text),
 *   contenteditable regions (the reader's own text), and excluded elements
 *   (Parallax's UI host).
 *
 * Block boundaries come from tag names, not computed `display`: one style
 * lookup less per element; CSS that turns a <span> into a block rarely splits
 * a sentence, and one that does costs us at most that sentence.
 */
import { runToEnd } from './schedule';
import { BLOCK_TAGS, SKIPPED_TAGS } from './block-tags';

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
  /** Shadow roots the walk entered (to watch them for changes). */
  shadowRoots?: ShadowRoot[];
}

export interface PageTextOptions {
  /** Elements whose subtree is not page text (e.g. Parallax's UI host). */
  exclude?: (el: Element) => boolean;
  /** Whether to consult computed style and layout for hidden elements (off in environments without layout). */
  computedStyle?: boolean;
  /** Yield (for slicing) after this many nodes. */
  stepNodes?: number;
  /**
   * The shadow root rendered for an element, open or closed (extensions can
   * reach closed ones: chrome.dom.openOrClosedShadowRoot, Firefox's
   * element.openOrClosedShadowRoot). Default: the open one.
   */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
}

/** Content of a closed <details> (all but its first <summary>) is not rendered. */
function inClosedDetails(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || parent.tagName.toUpperCase() !== 'DETAILS' || parent.hasAttribute('open')) return false;
  return !(el.tagName.toUpperCase() === 'SUMMARY' && parent.querySelector(':scope > summary') === el);
}

const CLIPPED = /^(rect\(\s*0(px)?[ ,]+0(px)?[ ,]+0(px)?[ ,]+0(px)?\s*\)|rect\(\s*1px[ ,]+1px[ ,]+1px[ ,]+1px\s*\))$/u;

/**
 * Rendered but not visible to a sighted reader: screen-reader-only clipping,
 * zero-size boxes that clip their content, text pushed off the page, font-size 0.
 * Reads layout only for elements whose style makes it possible (positioned or
 * clipping), so ordinary paragraphs cost no layout query.
 */
function isInvisibleBox(el: Element, style: CSSStyleDeclaration): boolean {
  if (style.fontSize === '0px') return true;
  const positioned = style.position === 'absolute' || style.position === 'fixed';
  const clips = style.overflow === 'hidden' || style.overflow === 'clip' || style.overflowX === 'hidden' || style.overflowY === 'hidden';
  if (positioned && CLIPPED.test(style.clip)) return true;
  if (/^inset\((50|100)%/u.test(style.clipPath)) return true;
  if (!positioned && !clips && !style.textIndent.startsWith('-')) return false;
  const rect = el.getBoundingClientRect();
  if (clips && (rect.width <= 1 || rect.height <= 1)) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const x = view.scrollX;
  const y = view.scrollY;
  if (positioned && (rect.right + x <= 0 || rect.bottom + y <= 0)) return true;
  const docWidth = Math.max(el.ownerDocument.documentElement.scrollWidth, view.innerWidth);
  if (positioned && rect.left + x >= docWidth) return true;
  // text-indent: -9999px image-replacement: the text sits left of its own box.
  if (style.textIndent.startsWith('-') && parseFloat(style.textIndent) < -999) return true;
  return false;
}

/** Is this element's subtree not part of the readable page text? */
export function isSkippedElement(el: Element, opts: PageTextOptions = {}): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (opts.exclude?.(el)) return true;
  if (inClosedDetails(el)) return true;
  if (opts.computedStyle !== false) {
    const view = el.ownerDocument.defaultView;
    const style = view?.getComputedStyle(el);
    if (style && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')) return true;
    if (style && (style.contentVisibility === 'hidden' || style.opacity === '0')) return true;
    // No checkVisibility(): the walk is top-down through the flat tree and rejects a hidden element's whole
    // subtree, so each element's own style is enough (checkVisibility re-walks the ancestors each call, and
    // it cost long tasks on a 1,000,000-word page).
    if (style && isInvisibleBox(el, style)) return true;
  }
  return false;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

const openShadowRoot = (el: Element): ShadowRoot | null => el.shadowRoot;

/**
 * The children of `el` as rendered (the flat tree): a shadow host's shadow
 * root (its unslotted light DOM is not rendered), a slot's assigned nodes (or
 * its fallback content), anything else's own children.
 */
function renderedChildren(el: Element, shadowRootOf: (el: Element) => ShadowRoot | null): ArrayLike<Node> {
  const shadow = shadowRootOf(el);
  if (shadow) return shadow.childNodes;
  if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function' && el.getRootNode() !== el.ownerDocument) {
    const assigned = (el as HTMLSlotElement).assignedNodes();
    if (assigned.length > 0) return assigned;
  }
  return el.childNodes;
}

interface Frame {
  nodes: ArrayLike<Node>;
  i: number;
  /** Nearest block element of these nodes' rendered parent. */
  block: Element | null;
}

/**
 * Walk `root` (in the flat tree: shadow roots entered, slots followed) and
 * build its PageText, yielding every `stepNodes` nodes so a caller can slice
 * the walk (runSliced); `collectPageText` runs it at once. The final join is
 * sliced too, so no step grows with the page.
 */
export function* pageTextSteps(root: Node, opts: PageTextOptions = {}): Generator<void, PageText> {
  const doc = root.ownerDocument ?? (root as Document);
  const step = opts.stepNodes ?? 64;
  const shadowRootOf = opts.shadowRootOf ?? openShadowRoot;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const blocks: TextBlock[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let length = 0;
  let blockStart = 0;
  let lastBlock: Element | null | undefined;
  let pendingBreak = false;
  const closeBlock = () => {
    if (length > blockStart) {
      blocks.push(isHeading(lastBlock) ? { start: blockStart, end: length, heading: true } : { start: blockStart, end: length });
      parts.push('\n');
      length += 1;
    }
    blockStart = length;
  };

  if (doc.designMode === 'on') return { text: '', segments, blocks };
  const rootBlock = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : null;
  const stack: Frame[] = [];
  if (rootBlock) {
    if (isSkippedElement(rootBlock, opts)) return { text: '', segments, blocks };
    const shadow = shadowRootOf(rootBlock);
    if (shadow) shadowRoots.push(shadow);
    stack.push({ nodes: renderedChildren(rootBlock, shadowRootOf), i: 0, block: isBlock(rootBlock) ? rootBlock : null });
  } else stack.push({ nodes: root.childNodes, i: 0, block: null });
  let count = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.i++]!;
    if (++count % step === 0) yield;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (isSkippedElement(el, opts)) continue;
      if (el.tagName.toUpperCase() === 'BR') {
        pendingBreak = true;
        continue;
      }
      const shadow = shadowRootOf(el);
      if (shadow) shadowRoots.push(shadow);
      stack.push({ nodes: renderedChildren(el, shadowRootOf), i: 0, block: isBlock(el) ? el : frame.block });
      continue;
    }
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const textNode = node as Text;
    const data = textNode.data;
    if (data.length === 0) continue;
    const block = frame.block;
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
  // Join in chunks: one join of a million parts was a single 79 ms task at the end of a scan.
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += JOIN_CHUNK) {
    chunks.push(parts.slice(i, i + JOIN_CHUNK).join(''));
    yield;
  }
  return { text: chunks.join(''), segments, blocks, shadowRoots };
}

const JOIN_CHUNK = 4096;

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

/**
 * One pass over the page: visible text → sentences (per block) → matcher.
 * Written as a step generator so the caller runs it in time-boxed slices.
 *
 * Re-scans after DOM changes re-walk the text (a linear, sliced walk; offsets
 * shift after any change, so partial offset patching would be fragile) but
 * only *match* sentences not seen before: results are memoised by sentence
 * text (with the sentence before it and whether it is a heading, which the
 * matcher reads as context), and matching is the costly part. Sentence
 * splitting is memoised by block text too (it was 41 % of a rescan's time
 * under a mutation storm). So a changed paragraph costs its own sentences,
 * not the page's.
 */
import { pageTextSteps, type PageTextOptions } from '@/utils/dom/page-text';
import type { ClaimMatcher } from '@/utils/matcher/match';
import type { ClaimMatch, RelatedStatement } from '@/utils/matcher/types';
import { segmentSentences } from '@/utils/text/segment';
import type { ScanResult } from './anchors';

const MEMO_LIMIT = 50_000;

export class PageScanner {
  private readonly memo = new Map<string, { matches: ClaimMatch[]; related: RelatedStatement[] }>();
  /** Sentence spans per block text: a rescan re-splits only blocks whose text changed. */
  private spans = new Map<string, { start: number; end: number }[]>();
  private nextSpans = new Map<string, { start: number; end: number }[]>();
  private title = '';

  constructor(
    private readonly matcher: ClaimMatcher,
    private readonly textOptions: PageTextOptions,
  ) {}

  *steps(root: Node, title = ''): Generator<void, ScanResult> {
    this.nextSpans = new Map();
    const pageText = yield* pageTextSteps(root, this.textOptions);
    const matches: ClaimMatch[] = [];
    const related: RelatedStatement[] = [];
    if (this.memo.size > MEMO_LIMIT || title !== this.title) this.memo.clear();
    this.title = title;
    const text = pageText.text;
    let previous: { start: number; end: number } | undefined;
    for (const block of pageText.blocks) {
      const blockText = text.slice(block.start, block.end);
      let spans = this.nextSpans.get(blockText) ?? this.spans.get(blockText);
      if (!spans) {
        spans = segmentSentences(blockText);
        yield;
      }
      this.nextSpans.set(blockText, spans);
      for (const span of spans) {
        const sentence = { start: block.start + span.start, end: block.start + span.end, heading: block.heading === true };
        const prevText = previous ? text.slice(previous.start, previous.end) : '';
        const key = `${sentence.heading ? 'h' : 'p'}\u0001${prevText}\u0001${blockText.slice(span.start, span.end)}`;
        let found = this.memo.get(key);
        if (!found) {
          // Offsets relative to the sentence, so the memo holds for the same words anywhere.
          const result = this.matcher.matchSentences(text, [sentence], { title, previous });
          const relative = <T extends { start: number; end: number }>(m: T): T => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start });
          found = { matches: result.matches.map(relative), related: result.related.map(relative) };
          this.memo.set(key, found);
          yield;
        }
        for (const m of found.matches) matches.push({ ...m, start: sentence.start + m.start, end: sentence.start + m.end });
        for (const r of found.related) related.push({ ...r, start: sentence.start + r.start, end: sentence.start + r.end });
        previous = sentence;
      }
      yield;
    }
    // Keep only the blocks of this page.
    this.spans = this.nextSpans;
    this.nextSpans = new Map();
    return { pageText, matches, related };
  }
}

/**
 * One pass over the page: visible text → sentences (per block) → matcher.
 * Written as a step generator so the caller runs it in time-boxed slices.
 *
 * Re-scans after DOM changes re-walk the text (a linear, sliced walk; offsets
 * shift after any change, so partial offset patching would be fragile) but
 * only *match* sentences not seen before: results are memoised by sentence
 * text, and matching is the costly part. So a changed paragraph costs its own
 * sentences, not the page's.
 */
import { pageTextSteps, type PageTextOptions } from '@/utils/dom/page-text';
import type { ClaimMatcher } from '@/utils/matcher/match';
import type { ClaimMatch } from '@/utils/matcher/types';
import { segmentSentences } from '@/utils/text/segment';
import type { ScanResult } from './anchors';

const MEMO_LIMIT = 50_000;

export class PageScanner {
  private readonly memo = new Map<string, ClaimMatch[]>();

  constructor(
    private readonly matcher: ClaimMatcher,
    private readonly textOptions: PageTextOptions,
  ) {}

  *steps(root: Node): Generator<void, ScanResult> {
    const pageText = yield* pageTextSteps(root, this.textOptions);
    const matches: ClaimMatch[] = [];
    if (this.memo.size > MEMO_LIMIT) this.memo.clear();
    for (const block of pageText.blocks) {
      const blockText = pageText.text.slice(block.start, block.end);
      for (const span of segmentSentences(blockText)) {
        const start = block.start + span.start;
        const sentence = blockText.slice(span.start, span.end);
        let found = this.memo.get(sentence);
        if (!found) {
          found = this.matcher.matchSentences(sentence, [{ start: 0, end: sentence.length }]).matches;
          this.memo.set(sentence, found);
          yield;
        }
        for (const m of found) matches.push({ ...m, start: start + m.start, end: start + m.end });
      }
      yield;
    }
    return { pageText, matches };
  }
}

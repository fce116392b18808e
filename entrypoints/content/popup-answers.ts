/**
 * Messages to this tab (utils/messages.ts): the popup asks what the page shows
 * and asks to reveal a claim; the background relays the keyboard commands and
 * the context menu's quote check. Listening stops when the context is invalidated.
 */
import type { ContentScriptContext } from '#imports';
import { scrollRangeIntoView } from '@/utils/dom/scroll';
import { visibleReports } from '@/utils/filters';
import type { PageMatch, PageMatchesResponse } from '@/utils/messages';
import { onTabMessage } from '@/utils/messaging';
import type { AnchorStore } from './anchors';
import type { Card } from './card';
import type { KeyboardNavigation } from './keyboard';
import type { QuoteCheck } from './quote-check';

/** The page's matched claims in page order, with the categories that report each (what the popup lists). */
export function pageMatches(store: AnchorStore): PageMatchesResponse {
  if (store.paused) return { status: 'paused', matches: [] };
  if (!store.scanned) return { status: 'scanning', matches: [] };
  const { view } = store;
  const seen = new Set<string>();
  const matches: PageMatch[] = [];
  for (const anchor of store.anchors) {
    for (const m of anchor.claims) {
      const claim = view.claim(m.claimId);
      if (!claim || seen.has(claim.id)) continue;
      seen.add(claim.id);
      const categories = [...new Set(visibleReports(claim, view, store.filters).map((i) => view.categoryOfArticle(claim.reports[i]!.article)))].sort(
        (a, b) => view.categoryRank(a) - view.categoryRank(b),
      );
      matches.push({ claimId: claim.id, summary: claim.summary, categories, sentence: anchor.sentence });
    }
  }
  return { status: 'ok', matches };
}

export function answerMessages(
  ctx: ContentScriptContext,
  store: AnchorStore,
  parts: { card: Card; keyboard: KeyboardNavigation; quoteCheck: QuoteCheck },
): void {
  onTabMessage((message) => {
    switch (message.type) {
      case 'get-page-matches':
        return Promise.resolve(pageMatches(store));
      case 'reveal-claim': {
        // Scroll to the claim's first sentence and open its card.
        const i = store.firstOf(message.claimId);
        const range = store.ranges[i];
        if (range) scrollRangeIntoView(range);
        if (i >= 0) parts.card.open(i, message.claimId, 'pointer');
        return Promise.resolve(i >= 0);
      }
      case 'focus-next-highlight':
        parts.keyboard.move(1);
        return undefined;
      case 'focus-previous-highlight':
        parts.keyboard.move(-1);
        return undefined;
      case 'check-quote':
        // Answered, so the sender's sendMessage resolves once the panel is open.
        return parts.quoteCheck.open(message.text).then(() => true as const);
    }
  }, ctx.signal);
}

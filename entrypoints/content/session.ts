/**
 * The page session: scans the page, keeps matches as text offsets, paints
 * them, and answers the pointer, the keyboard and the popup. Everything it
 * registers hangs off `signal` (aborted on ctx invalidation); destroy() undoes
 * what is in the page.
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { buildCardModel } from '@/components/card/card-model';
import { HighlightPainter } from '@/utils/dom/highlights';
import { rangeIndexAt, type CaretPoint } from '@/utils/dom/hit-test';
import type { PageText } from '@/utils/dom/page-text';
import { rangeFromOffsets } from '@/utils/dom/ranges';
import { AbortedError, runSliced } from '@/utils/dom/schedule';
import { NO_FILTERS, isClaimVisible, reportOwners, visibleReports, type ReportOwner, type SourceFilters } from '@/utils/filters';
import type { Claim } from '@/utils/index/schema';
import type { ShippedIndex } from '@/utils/index/shipped';
import { ClaimMatcher } from '@/utils/matcher/match';
import type { ClaimMatch } from '@/utils/matcher/types';
import type { ContentToBackground, PageMatch, PageMatchesResponse } from '@/utils/messages';
import { outletOfHostname } from '@/utils/outlet-of-page';
import { HOST_NAME, ParallaxUi } from './card-ui';
import { PageScanner } from './scan-page';

/** One highlighted sentence and the visible claims it states, best first. */
export interface SentenceAnchor {
  start: number;
  end: number;
  sentence: string;
  claims: ClaimMatch[];
}

interface OpenCard {
  anchor: SentenceAnchor;
  claimId: string;
  returnFocus: HTMLElement | null;
}

interface OpenQuoteCheck {
  returnFocus: HTMLElement | null;
}

export class PageSession {
  private readonly claims: Map<string, Claim>;
  private readonly owners: Map<string, ReportOwner>;
  private readonly categoryOrder: Map<string, number>;
  private readonly scanner: PageScanner;
  private readonly painter = new HighlightPainter();
  readonly ui: ParallaxUi;

  private filters: SourceFilters = NO_FILTERS;
  private paused = false;
  private scanned = false;
  private scan: AbortController | null = null;
  private pageText: PageText | null = null;
  private matches: ClaimMatch[] = [];
  private anchors: SentenceAnchor[] = [];
  private ranges: (Range | null)[] = [];
  private active = -1;
  private focusBeforeNav: HTMLElement | null = null;
  private card: OpenCard | null = null;
  private quoteCheck: OpenQuoteCheck | null = null;
  private lastReport = '';
  private hostname = '';
  private outletDismissed = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly index: ShippedIndex,
  ) {
    this.claims = new Map(index.claims.map((c) => [c.id, c]));
    this.owners = reportOwners(index);
    this.categoryOrder = new Map(index.categories.map((c) => [c.id, c.order]));
    this.scanner = new PageScanner(new ClaimMatcher(index), {
      exclude: (el) => el.localName === HOST_NAME,
    });
    this.ui = new ParallaxUi(ctx, {
      onFocusActivate: () => this.openCard(this.active, undefined, 'keyboard'),
      onFocusEscape: () => this.endKeyboardNav(),
      onClose: () => this.closeCard(),
      onSelectFact: (claimId) => this.selectFact(claimId),
      onCloseQuoteCheck: () => this.closeQuoteCheck(),
      onDismissPageOutlet: () => {
        this.outletDismissed = true;
        void this.ui.update({ pageOutlet: null });
      },
    });
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Scan the page again (after DOM changes or SPA navigation). Aborts a scan in progress. */
  async rescan(): Promise<void> {
    this.scan?.abort();
    if (this.paused || this.ctx.isInvalid) return;
    const scan = new AbortController();
    this.scan = scan;
    const signal = AbortSignal.any([scan.signal, this.ctx.signal]);
    try {
      const root = document.body ?? document.documentElement;
      const result = await runSliced(this.scanner.steps(root), { signal });
      this.pageText = result.pageText;
      this.matches = result.matches;
      this.scanned = true;
      this.refresh();
    } catch (err) {
      if (!(err instanceof AbortedError)) throw err;
    } finally {
      if (this.scan === scan) this.scan = null;
    }
  }

  setFilters(filters: SourceFilters): void {
    this.filters = filters;
    this.refresh();
  }

  setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    this.showPageOutlet(this.hostname);
    if (paused) {
      this.scan?.abort();
      this.matches = [];
      this.pageText = null;
      this.refresh();
    } else void this.rescan();
  }

  /** Recompute visible anchors from the last scan, repaint, and re-anchor the active highlight and card. */
  private refresh(): void {
    const bySentence = new Map<string, SentenceAnchor>();
    for (const m of this.matches) {
      const claim = this.claims.get(m.claimId);
      if (!claim || !isClaimVisible(claim, this.owners, this.filters)) continue;
      const key = `${m.start}:${m.end}`;
      let anchor = bySentence.get(key);
      if (!anchor) {
        anchor = { start: m.start, end: m.end, sentence: m.sentence, claims: [] };
        bySentence.set(key, anchor);
      }
      if (!anchor.claims.some((c) => c.claimId === m.claimId)) anchor.claims.push(m);
    }
    const previousActive = this.anchors[this.active];
    this.anchors = [...bySentence.values()].sort((a, b) => a.start - b.start);
    for (const a of this.anchors) a.claims.sort((x, y) => y.score - x.score);
    const pt = this.pageText;
    this.ranges = pt ? this.anchors.map((a) => rangeFromOffsets(pt, a.start, a.end)) : [];
    this.painter.paint(this.ranges.filter((r): r is Range => r !== null));

    this.active = previousActive ? this.findAnchor(previousActive.sentence, previousActive.claims[0]?.claimId) : -1;
    this.painter.setActive(this.ranges[this.active] ?? null);
    if (this.card) {
      const i = this.findAnchor(this.card.anchor.sentence, this.card.claimId);
      if (i >= 0) this.openCard(i, this.card.claimId, 'refresh');
      else this.closeCard();
    }
    if (this.active < 0 && this.ui.hasFocus() && !this.card) this.endKeyboardNav();
    this.reportCount();
  }

  private findAnchor(sentence: string, claimId: string | undefined): number {
    return this.anchors.findIndex((a) => a.sentence === sentence && a.claims.some((c) => c.claimId === claimId));
  }

  /** Tell the background (badge) when the number of visible matched claims changes. */
  private reportCount(): void {
    const count = new Set(this.anchors.flatMap((a) => a.claims.map((c) => c.claimId))).size;
    const key = `${count}:${this.paused}`;
    if (key === this.lastReport) return;
    this.lastReport = key;
    const message: ContentToBackground = { type: 'page-matches-changed', count, paused: this.paused };
    browser.runtime.sendMessage(message).catch(() => undefined); // no listener yet: fine
  }

  pageMatches(): PageMatchesResponse {
    if (this.paused) return { status: 'paused', matches: [] };
    if (!this.scanned) return { status: 'scanning', matches: [] };
    const seen = new Set<string>();
    const matches: PageMatch[] = [];
    for (const anchor of this.anchors) {
      for (const m of anchor.claims) {
        const claim = this.claims.get(m.claimId);
        if (!claim || seen.has(claim.id)) continue;
        seen.add(claim.id);
        const categories = [
          ...new Set(visibleReports(claim, this.owners, this.filters).map((i) => this.owners.get(claim.reports[i]!.article)?.categoryId ?? 'other')),
        ].sort((a, b) => (this.categoryOrder.get(a) ?? 99) - (this.categoryOrder.get(b) ?? 99));
        matches.push({ claimId: claim.id, summary: claim.summary, categories, sentence: anchor.sentence });
      }
    }
    return { status: 'ok', matches };
  }

  /** Scroll to the claim's first sentence and open its card. */
  reveal(claimId: string): boolean {
    const i = this.anchors.findIndex((a) => a.claims.some((c) => c.claimId === claimId));
    if (i < 0) return false;
    this.scrollToAnchor(i);
    this.openCard(i, claimId, 'pointer');
    return true;
  }

  hitTest(x: number, y: number, caret: CaretPoint): number {
    return rangeIndexAt(this.ranges, caret, x, y);
  }

  /** Keyboard: move the active highlight, scroll to it, announce it, and put focus on the Enter target. */
  moveFocus(step: 1 | -1): void {
    const n = this.anchors.length;
    if (n === 0) {
      void this.ui.update({ announcement: this.paused ? 'Parallax is paused on this page.' : 'No highlighted claims on this page.' });
      return;
    }
    if (!this.ui.hasFocus()) {
      const current = document.activeElement;
      this.focusBeforeNav = current instanceof HTMLElement && current !== document.body ? current : null;
    }
    if (this.card) this.closeCard(false);
    this.active = this.active < 0 ? (step === 1 ? 0 : n - 1) : (this.active + step + n) % n;
    const anchor = this.anchors[this.active]!;
    this.painter.setActive(this.ranges[this.active] ?? null);
    this.scrollToAnchor(this.active);
    const summary = this.claims.get(anchor.claims[0]!.claimId)?.summary ?? '';
    const where = `Claim ${this.active + 1} of ${n}`;
    void this.ui
      .update({
        announcement: `${where}: ${anchor.sentence} Press Enter to compare how outlets reported it.`,
        focusLabel: `${where}. ${summary} Press Enter to compare outlets.`,
      })
      .then(() => this.ui.focusTarget());
  }

  private endKeyboardNav(): void {
    this.active = -1;
    this.painter.setActive(null);
    void this.ui.update({ focusLabel: null });
    this.focusBeforeNav?.focus({ preventScroll: true });
    this.focusBeforeNav = null;
  }

  private scrollToAnchor(i: number): void {
    const range = this.ranges[i];
    if (!range) return;
    const rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const after = range.getBoundingClientRect();
    if (after.top < 0 || after.bottom > window.innerHeight) window.scrollBy({ top: after.top - window.innerHeight / 3, behavior: 'instant' });
  }

  /** Open the card for highlight `i` (its best claim unless `claimId` is given). */
  openCard(i: number, claimId: string | undefined, via: 'pointer' | 'keyboard' | 'refresh'): void {
    const anchor = this.anchors[i];
    if (!anchor) return;
    const match = anchor.claims.find((c) => c.claimId === claimId) ?? anchor.claims[0];
    const claim = match && this.claims.get(match.claimId);
    if (!match || !claim) return;
    const returnFocus =
      via === 'refresh'
        ? (this.card?.returnFocus ?? null)
        : via === 'keyboard'
          ? null // focus goes back to the keyboard focus target, see closeCard
          : document.activeElement instanceof HTMLElement && document.activeElement !== this.ui.host
            ? document.activeElement
            : null;
    const isNew = !this.card || this.card.claimId !== claim.id || this.card.anchor.sentence !== anchor.sentence;
    if (this.quoteCheck) this.closeQuoteCheck(false);
    this.card = { anchor, claimId: claim.id, returnFocus };
    const facts = anchor.claims.flatMap((c) => {
      const summary = this.claims.get(c.claimId)?.summary;
      return summary ? [{ claimId: c.claimId, summary }] : [];
    });
    const model = buildCardModel(this.index, claim, anchor.sentence, this.filters, match.closestReport, facts);
    void this.ui
      .update({ card: model }, () => this.ranges[this.anchors.indexOf(anchor)]?.getBoundingClientRect() ?? null, isNew && via !== 'refresh')
      .then(() => {
        if (isNew && via !== 'refresh') this.ui.focusCard();
      });
  }

  /** Show another claim of the open card's sentence (its tabs). */
  private selectFact(claimId: string): void {
    if (!this.card) return;
    const i = this.findAnchor(this.card.anchor.sentence, this.card.claimId);
    if (i >= 0) this.openCard(i, claimId, 'refresh');
  }

  /**
   * The quote check for `text` (from the context menu), placed next to the
   * reader's selection when there is one. Works while paused: the reader asked.
   */
  async openQuoteCheck(text: string): Promise<void> {
    if (this.card) this.closeCard(false);
    const active = document.activeElement;
    this.quoteCheck ??= { returnFocus: active instanceof HTMLElement && active !== this.ui.host ? active : null };
    const selection = document.getSelection();
    // A clone keeps the selection's place while the reader scrolls, even if they select something else.
    const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0).cloneRange() : null;
    const anchorRect = () => {
      const rect = range?.getBoundingClientRect();
      return rect && (rect.width > 0 || rect.height > 0) ? rect : new DOMRect(window.innerWidth, 0, 0, 0);
    };
    await this.ui.update({ quoteCheck: { index: this.index, text } }, anchorRect, range !== null);
    this.ui.focusCard();
  }

  private closeQuoteCheck(restoreFocus = true): boolean {
    if (!this.quoteCheck) return false;
    const { returnFocus } = this.quoteCheck;
    this.quoteCheck = null;
    void this.ui.update({ quoteCheck: null }, null).then(() => {
      if (restoreFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    });
    return true;
  }

  /** Escape anywhere in the page: close the card or the quote check. */
  closeOverlay(): boolean {
    return this.closeCard() || this.closeQuoteCheck();
  }

  /** On an indexed outlet's own site (and not paused), say which outlet it is. */
  showPageOutlet(hostname: string): void {
    this.hostname = hostname;
    const outlet = this.paused || this.outletDismissed ? undefined : outletOfHostname(this.index, hostname);
    if (!outlet && !this.ui.host) return; // nothing shown, nothing to hide: do not mount the UI
    const category = outlet && this.index.categories.find((c) => c.id === outlet.category);
    void this.ui.update({ pageOutlet: outlet ? { outlet, category } : null });
  }

  /** Close the card; focus returns to where it was (the keyboard target, or the page element). */
  closeCard(restoreFocus = true): boolean {
    if (!this.card) return false;
    const { returnFocus } = this.card;
    this.card = null;
    void this.ui.update({ card: null }, null).then(() => {
      if (!restoreFocus) return;
      if (this.active >= 0) this.ui.focusTarget();
      else if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    });
    return true;
  }

  destroy(): void {
    this.scan?.abort();
    this.painter.destroy();
    this.ui.destroy();
    this.anchors = [];
    this.ranges = [];
  }
}

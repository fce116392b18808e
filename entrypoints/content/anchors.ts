/**
 * The page's anchors: the one store the content script's behaviours share.
 *
 * Inputs: the last scan (text offsets of matched sentences), the reader's
 * source filters and whether Parallax is paused here. Derived: the highlighted
 * sentences in page order, each with its visible claims best first, and their
 * DOM ranges. Also the keyboard's active highlight (one index into anchors),
 * since painting, the card and the keyboard all read it.
 *
 * Behaviours subscribe to a topic with their context's signal:
 *   'ready'    the stored settings have been read (once): scanning may start
 *   'anchors'  the sentences changed (scan, filters, pause); `active` is re-found first
 *   'active'   the active highlight moved
 *   'paused'   pause turned on or off
 */
import type { PageText } from '@/utils/dom/page-text';
import { rangeFromOffsets } from '@/utils/dom/ranges';
import { NO_FILTERS, isClaimVisible, type SourceFilters } from '@/utils/filters';
import type { IndexView } from '@/utils/index/view';
import type { ClaimMatch, RelatedStatement } from '@/utils/matcher/types';
import { comparisonKind, type HighlightKind } from '@/utils/comparison';

/** One highlighted sentence and the visible claims it states, best first. */
export interface SentenceAnchor {
  start: number;
  end: number;
  sentence: string;
  claims: ClaimMatch[];
  /** 'differs' when another outlet told one of its claims in other words or figures (utils/comparison.ts). */
  kind: HighlightKind;
}

/** A sentence that states an indexed claim with other figures (or speaker): never a match, painted on its own. */
export interface RelatedAnchor {
  start: number;
  end: number;
  sentence: string;
  related: RelatedStatement[];
}

export interface ScanResult {
  pageText: PageText;
  /** Offsets into pageText.text, in page order. */
  matches: ClaimMatch[];
  /** The matcher's related statements (offsets into pageText.text). */
  related?: RelatedStatement[];
}

const normalise = (text: string): string => text.replace(/\s/gu, ' ');

/** The range if it still spans exactly the text that was read, else null. */
function checked(range: Range | null, expected: string): Range | null {
  if (!range || range.collapsed || !range.startContainer.isConnected) return null;
  return normalise(range.toString()) === expected ? range : null;
}

export type AnchorTopic = 'ready' | 'anchors' | 'active' | 'paused';

export class AnchorStore {
  private scan: ScanResult | null = null;
  private listeners = new Map<AnchorTopic, Set<() => void>>();
  private filtersValue: SourceFilters = NO_FILTERS;
  private pausedValue = false;
  private scannedValue = false;
  private readyValue = false;
  private anchorList: SentenceAnchor[] = [];
  private rangeList: (Range | null)[] = [];
  private activeIndex = -1;
  private relatedList: RelatedAnchor[] = [];
  private relatedRangeList: (Range | null)[] = [];

  /** `siteOutlet`: the indexed outlet whose domain the page is on (its own reports are not "something to compare"). */
  constructor(
    readonly view: IndexView,
    readonly siteOutlet?: string,
  ) {}

  /** Related statements not on a highlighted sentence, in page order. */
  get related(): readonly RelatedAnchor[] {
    return this.relatedList;
  }
  get relatedRanges(): readonly (Range | null)[] {
    return this.relatedRangeList;
  }

  get filters(): SourceFilters {
    return this.filtersValue;
  }
  get paused(): boolean {
    return this.pausedValue;
  }
  /** The stored settings have been read, so `paused` and `filters` are the reader's. */
  get ready(): boolean {
    return this.readyValue;
  }
  /** A scan has finished since the script started (the popup says "still reading" before). */
  get scanned(): boolean {
    return this.scannedValue;
  }
  get anchors(): readonly SentenceAnchor[] {
    return this.anchorList;
  }
  /** anchors[i]'s range, null where the page changed since the scan. */
  get ranges(): readonly (Range | null)[] {
    return this.rangeList;
  }
  /** The keyboard's active highlight, -1 for none. */
  get active(): number {
    return this.activeIndex;
  }

  /** Call `listener` on each change of `topic` until `signal` aborts. */
  on(topic: AnchorTopic, listener: () => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    signal.addEventListener('abort', () => set.delete(listener), { once: true });
  }

  private emit(topic: AnchorTopic): void {
    for (const listener of [...(this.listeners.get(topic) ?? [])]) listener();
  }

  /** The first settings read is in: announce 'ready' (once). */
  settle(): void {
    if (this.readyValue) return;
    this.readyValue = true;
    this.emit('ready');
  }

  setScan(result: ScanResult): void {
    this.scan = result;
    this.scannedValue = true;
    this.regroup();
  }

  setFilters(filters: SourceFilters): void {
    this.filtersValue = filters;
    this.regroup();
  }

  /** Pausing forgets the scan (nothing of the page is kept while paused). */
  setPaused(paused: boolean): void {
    if (paused === this.pausedValue) return;
    this.pausedValue = paused;
    if (paused) {
      this.scan = null;
      this.regroup();
    }
    this.emit('paused');
  }

  setActive(index: number): void {
    const next = index >= 0 && index < this.anchorList.length ? index : -1;
    if (next === this.activeIndex) return;
    this.activeIndex = next;
    this.emit('active');
  }

  /**
   * Re-check every painted range against the text it was read from; ranges
   * whose text changed (the page rewrote it in place) become null, and
   * 'anchors' is emitted so they are unpainted. Called on each page change,
   * before the browser paints, so a highlight never lands on other words.
   */
  verify(): void {
    const pt = this.scan?.pageText;
    if (!pt) return;
    let changed = false;
    this.rangeList = this.rangeList.map((range, i) => {
      const a = this.anchorList[i];
      if (!range || !a) return range;
      const kept = checked(range, pt.text.slice(a.start, a.end));
      if (!kept) changed = true;
      return kept;
    });
    if (changed) this.emit('anchors');
  }

  /** The anchor of this sentence that states this claim, or -1. */
  find(sentence: string, claimId: string | undefined): number {
    return this.anchorList.findIndex((a) => a.sentence === sentence && a.claims.some((c) => c.claimId === claimId));
  }

  /** The first anchor stating the claim, or -1. */
  firstOf(claimId: string): number {
    return this.anchorList.findIndex((a) => a.claims.some((c) => c.claimId === claimId));
  }

  /** Distinct visible claims on the page. */
  claimCount(): number {
    return new Set(this.anchorList.flatMap((a) => a.claims.map((c) => c.claimId))).size;
  }

  /** Group the scan's matches by sentence, keep visible claims, and re-find the active highlight. */
  private regroup(): void {
    const bySentence = new Map<string, SentenceAnchor>();
    for (const m of this.scan?.matches ?? []) {
      const claim = this.view.claim(m.claimId);
      if (!claim || !isClaimVisible(claim, this.view, this.filtersValue)) continue;
      const kind = comparisonKind(this.view, claim, m.sentence, this.filtersValue, this.siteOutlet, m.closestReport);
      if (!kind) continue;
      const key = `${m.start}:${m.end}`;
      let anchor = bySentence.get(key);
      if (!anchor) {
        anchor = { start: m.start, end: m.end, sentence: m.sentence, claims: [], kind };
        bySentence.set(key, anchor);
      }
      if (kind === 'differs') anchor.kind = kind;
      if (!anchor.claims.some((c) => c.claimId === m.claimId)) anchor.claims.push(m);
    }
    const related = new Map<string, RelatedAnchor>();
    for (const r of this.scan?.related ?? []) {
      const claim = this.view.claim(r.claimId);
      if (!claim || !isClaimVisible(claim, this.view, this.filtersValue)) continue;
      const key = `${r.start}:${r.end}`;
      if (bySentence.has(key)) continue;
      let anchor = related.get(key);
      if (!anchor) related.set(key, (anchor = { start: r.start, end: r.end, sentence: r.sentence, related: [] }));
      if (!anchor.related.some((x) => x.claimId === r.claimId)) anchor.related.push(r);
    }
    this.relatedList = [...related.values()].sort((a, b) => a.start - b.start);
    const previousActive = this.anchorList[this.activeIndex];
    this.anchorList = [...bySentence.values()].sort((a, b) => a.start - b.start);
    for (const a of this.anchorList) a.claims.sort((x, y) => y.score - x.score);
    const pt = this.scan?.pageText;
    this.rangeList = pt ? this.anchorList.map((a) => checked(rangeFromOffsets(pt, a.start, a.end), pt.text.slice(a.start, a.end))) : [];
    this.relatedRangeList = pt ? this.relatedList.map((a) => checked(rangeFromOffsets(pt, a.start, a.end), pt.text.slice(a.start, a.end))) : [];
    this.activeIndex = previousActive ? this.find(previousActive.sentence, previousActive.claims[0]?.claimId) : -1;
    this.emit('anchors');
  }
}

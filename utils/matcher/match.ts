/**
 * ClaimMatcher: find the sentences of a text that state an indexed claim.
 *
 * Layers, each cheap enough for every page a reader opens:
 * 1. segmentSentences + normalize: sentences, canonical terms, numbers.
 * 2. Retrieval: the prebuilt inverted index proposes at most a few claims per
 *    sentence from its distinctive terms. Terms used by more than 1% of
 *    claims (at least 64, at most 256 claims: "china", "ai") do not propose
 *    candidates; they still count when a candidate is scored. No sentence is
 *    ever compared with every claim.
 * 3. Scoring of the candidates: IDF-weighted overlap between the sentence and
 *    each wording of the claim (every outlet's excerpt, and the summary),
 *    combined with a fuse.js Bitap score against the closest wording.
 * 4. Vetoes that no amount of shared wording overrides: the numbers must
 *    agree, and the sentence must not put the words in someone else's mouth.
 *    Vetoed sentences that still read like the claim are reported as
 *    `related`, never as matches.
 *
 * Precision/recall trade-off: the threshold is set from `npm run eval`
 * (leave-one-article-out) so that paraphrases by other outlets match while
 * sentences that merely share the topic (US, China, AI, chips) do not.
 *
 * Pure module: no DOM, no `wxt`.
 */
import Fuse from 'fuse.js';
import type { Article, Claim, NumberFact, Person } from '../index/schema';
import { segmentSentences } from '../text/segment';
import { normalize, type NumberKind, type NumberMention } from '../text/normalize';
import { decodePostings, type RetrievalIndex } from './retrieval';
import { buildSpeakerTable, readAttribution, speakerConflict, speakerTableFromData, type SpeakerTable } from './attribution';
import type { ClaimMatch, MatchResult, RelatedStatement } from './types';

export interface MatcherIndex {
  claims: ReadonlyArray<Claim>;
  people: ReadonlyArray<Person>;
  /** Articles, for the language of each report (absent: every report is English). */
  articles?: ReadonlyArray<Pick<Article, 'id' | 'language'>>;
  retrieval: RetrievalIndex;
}

export interface MatcherOptions {
  /** Minimum score for a match (0..1). */
  threshold?: number;
  /** Minimum score for a vetoed sentence to be reported as related. */
  relatedThreshold?: number;
  /** Candidates scored per sentence. */
  maxCandidates?: number;
  /** Match against claim summaries as well as the outlets' wordings. */
  useSummaries?: boolean;
  /** Diagnostics (eval --verbose): called for every scored candidate. */
  onCandidate?: (info: { sentence: string; claimId: string; score: number }) => void;
}

export const DEFAULT_OPTIONS: Required<Omit<MatcherOptions, 'onCandidate'>> = {
  threshold: 0.38,
  relatedThreshold: 0.35,
  maxCandidates: 4,
  useSummaries: true,
};

/** Weight of recall against precision in the overlap score (see score()). */
const BETA = 0.5;

/** Upper bound on how many claims a term may appear in and still propose candidates. */
const MAX_PROPOSING_DF = 256;

/** Distinctive shared weight, as a share of the sentence's, a claim needs to be a candidate. */
const CANDIDATE_FLOOR = 0.3;

/** Share of the final score given to fuse.js's Bitap similarity. */
const FUSE_WEIGHT = 0.2;
/** Length of the wording (normalised terms) that Bitap compares. */
const FUSE_PATTERN_CHARS = 64;
/**
 * Bitap is the costly step, so only candidates whose overlap is already near
 * the related threshold get it (this fraction of it); the rest cannot be
 * lifted far enough to matter often, and most sentences of a page have none.
 */
const FUSE_MIN_OVERLAP = 0.9;
/** Candidates per sentence that get the (costlier) Bitap comparison. */
const FUSED_CANDIDATES = 3;

/** A second claim in the same sentence must score at least this fraction of the best. */
const SECOND_CLAIM_RATIO = 0.8;

/** Weight of a term that outlets use for a claim but its summary does not. */
const PERIPHERAL_TERM_FACTOR = 0.5;

/** Score factor for a sentence that shares none of a claim's figures (years included). */
const NO_SHARED_FIGURE_FACTOR = 0.85;

/** Sentences with fewer content terms than this say too little to match a claim. */
const MIN_SENTENCE_TERMS = 4;

interface Wording {
  report: number; // -1 for the summary
  terms: Map<string, number>; // term → weight
  weight: number;
  key: string; // normalised terms joined, for fuse
}

interface PreparedClaim {
  wordings: Wording[];
  /** Every term any wording uses → how central it is to the claim (see prepare()). */
  vocabulary: Map<string, number>;
  numbers: { value: number; kind: NumberKind }[];
  requiresFigure: boolean;
}

export interface SentenceInput {
  start: number;
  end: number;
}

export class ClaimMatcher {
  readonly options: Required<Omit<MatcherOptions, 'onCandidate'>> & Pick<MatcherOptions, 'onCandidate'>;
  private readonly postings = new Map<string, Int32Array | null>();
  private readonly prepared = new Map<number, PreparedClaim>();
  private speakerTable: SpeakerTable | undefined;
  private readonly maxDf: number;
  private readonly acc: Float64Array;
  private readonly touched: number[] = [];
  private readonly idfs = new Map<string, number>();
  private readonly unknownIdf: number;

  constructor(
    private readonly index: MatcherIndex,
    options: MatcherOptions = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    const n = index.retrieval.claimCount;
    // A term used by more claims than this proposes no candidates: scanning its
    // postings costs more than it tells. It still counts when scoring.
    this.maxDf = Math.min(MAX_PROPOSING_DF, Math.max(64, Math.ceil(n * 0.01)));
    this.acc = new Float64Array(n);
    this.unknownIdf = Math.log(1 + n);
  }

  /** Match a whole text: segment it, then match each sentence. */
  matchText(text: string): MatchResult {
    return this.matchSentences(text, segmentSentences(text));
  }

  /** Match given sentence spans of `text` (the DOM layer segments per block). */
  matchSentences(text: string, sentences: ReadonlyArray<SentenceInput>): MatchResult {
    const result: MatchResult = { matches: [], related: [] };
    for (const s of sentences) this.matchOne(text, s.start, s.end, result);
    return result;
  }

  /** Built on first use: most pages never need attribution checks. */
  private get speakers(): SpeakerTable {
    this.speakerTable ??= this.index.retrieval.speakers
      ? speakerTableFromData(this.index.retrieval.speakers)
      : buildSpeakerTable(this.index.people);
    return this.speakerTable;
  }

  private idf(term: string): number {
    let idf = this.idfs.get(term);
    if (idf === undefined) {
      const entry = this.index.retrieval.postings[term];
      idf = entry ? Math.log(1 + this.index.retrieval.claimCount / entry[0]) : this.unknownIdf;
      this.idfs.set(term, idf);
    }
    return idf;
  }

  private lookup(term: string): Int32Array | null {
    let list = this.postings.get(term);
    if (list === undefined) {
      const entry = this.index.retrieval.postings[term];
      list = entry && entry[0] <= this.maxDf ? decodePostings(entry[1]) : null;
      this.postings.set(term, list);
    }
    return list;
  }

  private matchOne(text: string, start: number, end: number, out: MatchResult): void {
    const { terms, numbers } = normalize(text, start, end);
    const sentenceTerms = new Map<string, number>();
    for (const t of terms) if (!sentenceTerms.has(t.term)) sentenceTerms.set(t.term, this.idf(t.term));
    if (sentenceTerms.size < MIN_SENTENCE_TERMS) return;

    // Retrieval: accumulate the weight of distinctive shared terms per claim.
    // A dense accumulator reused across sentences (only touched slots are reset).
    const acc = this.acc;
    const touched = this.touched;
    touched.length = 0;
    for (const [term, w] of sentenceTerms) {
      const list = this.lookup(term);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const ci = list[i]!;
        if (acc[ci] === 0) touched.push(ci);
        acc[ci]! += w;
      }
    }
    if (touched.length === 0) return;
    let sentenceWeight = 0;
    for (const w of sentenceTerms.values()) sentenceWeight += w;
    const floor = sentenceWeight * CANDIDATE_FLOOR;
    const candidates: [number, number][] = [];
    for (const ci of touched) {
      if (acc[ci]! >= floor) candidates.push([ci, acc[ci]!]);
      acc[ci] = 0;
    }
    if (candidates.length === 0) return;
    candidates.sort((a, b) => b[1] - a[1]);
    candidates.length = Math.min(candidates.length, this.options.maxCandidates);

    // Overlap for every candidate (cheap), Bitap only for the best few.
    const scored = candidates
      .map(([ci]) => {
        const claim = this.index.claims[ci]!;
        const prep = this.prepare(ci, claim);
        return { claim, prep, ...this.score(sentenceTerms, sentenceWeight, prep) };
      })
      .filter((c) => c.wording && c.score >= this.options.relatedThreshold * FUSE_MIN_OVERLAP)
      .sort((a, b) => b.score - a.score)
      .slice(0, FUSED_CANDIDATES);
    if (scored.length === 0) return;

    let attribution: ReturnType<typeof readAttribution> | undefined;
    const sentence = text.slice(start, end);
    const sentenceKey = terms.map((t) => t.term).join(' ');
    const found: ClaimMatch[] = [];
    const related: RelatedStatement[] = [];
    for (const { claim, prep, wording, score: overlap } of scored) {
      if (!wording) continue;
      let score = this.withFuse(overlap, wording, sentenceKey);
      this.options.onCandidate?.({ sentence, claimId: claim.id, score });
      if (score < this.options.relatedThreshold) continue;

      const figures = compareNumbers(numbers, prep);
      // A claim defined by its figures, stated without any of them, is at best a looser match.
      if (prep.numbers.length > 0 && !figures.shared) score *= NO_SHARED_FIGURE_FACTOR;
      if (score < this.options.relatedThreshold) continue;
      let otherSpeaker: string | undefined;
      if (claim.speaker) {
        attribution ??= readAttribution(sentence, this.speakers);
        otherSpeaker = speakerConflict(attribution, claim.speaker);
      }
      const closestReport = wording.report >= 0 ? wording.report : closestByArticle(prep);
      const base = { start, end, sentence, claimId: claim.id, score: round(score) };
      if (figures.conflict) {
        related.push({ ...base, reason: 'different-figures', detail: figures.conflict });
      } else if (otherSpeaker) {
        const name = this.index.people.find((p) => p.id === otherSpeaker)?.name ?? otherSpeaker;
        related.push({ ...base, reason: 'different-speaker', detail: `attributed to ${name}, not ${this.speakerName(claim.speaker)}` });
      } else if (figures.missing) {
        continue; // a statistic without its figure is not the claim
      } else if (score >= this.options.threshold) {
        found.push({ ...base, closestReport, closestArticle: claim.reports[closestReport]?.article ?? '' });
      }
    }
    found.sort((a, b) => b.score - a.score);
    // One sentence can state two claims ("61 percent of patents, while ... 18
    // percent of GDP"); a much weaker second candidate is only sharing words.
    const top = found[0]?.score ?? 0;
    out.matches.push(...found.filter((m) => m.score >= top * SECOND_CLAIM_RATIO).slice(0, 3));
    if (found.length === 0) {
      related.sort((a, b) => b.score - a.score);
      out.related.push(...related.slice(0, 1));
    }
  }

  private speakerName(id: string | undefined): string {
    return this.index.people.find((p) => p.id === id)?.name ?? id ?? 'the original speaker';
  }

  private prepare(ci: number, claim: Claim): PreparedClaim {
    const cached = this.prepared.get(ci);
    if (cached) return cached;
    const wordings: Wording[] = [];
    const vocabulary = new Map<string, number>();
    // An outlet's sentence often carries more than this claim (the speaker's
    // title, the hearing, a second fact). The summary says what the claim
    // is, so its terms count fully; terms only the outlets use count half.
    const summaryTerms = normalize(claim.summary);
    const central = new Set(summaryTerms.terms.map((t) => t.term));
    const texts = claim.reports.map((r, i) => ({ report: i, text: r.excerpt }));
    if (this.options.useSummaries) texts.push({ report: -1, text: claim.summary });
    for (const { report, text } of texts) {
      const terms = new Map<string, number>();
      const norm = report === -1 ? summaryTerms : normalize(text);
      let weight = 0;
      for (const t of norm.terms) {
        if (terms.has(t.term)) continue;
        const w = this.idf(t.term);
        terms.set(t.term, w);
        weight += w;
        vocabulary.set(t.term, central.has(t.term) ? 1 : PERIPHERAL_TERM_FACTOR);
      }
      wordings.push({ report, terms, weight, key: norm.terms.map((t) => t.term).join(' ') });
    }
    const declared: NumberFact[] = [...(claim.numbers ?? []), ...claim.reports.flatMap((r) => r.numbers ?? [])];
    const numbers = declared.map((n) => ({ value: n.value, kind: kindOfFact(n) }));
    const requiresFigure = claim.kind === 'statistic' && numbers.some((n) => n.kind !== 'year');
    const prep = { wordings, vocabulary, numbers, requiresFigure };
    this.prepared.set(ci, prep);
    return prep;
  }

  /** IDF-weighted overlap between the sentence and the claim (0..1), and the closest wording. */
  private score(
    sentenceTerms: Map<string, number>,
    sentenceWeight: number,
    prep: PreparedClaim,
  ): { score: number; wording: Wording | undefined } {
    // Precision: how much of the sentence is about this claim, in any outlet's words.
    let pooled = 0;
    for (const [t, w] of sentenceTerms) pooled += w * (prep.vocabulary.get(t) ?? 0);
    const precision = pooled / sentenceWeight;
    // Recall: how much of the closest single wording the sentence covers.
    let best: Wording | undefined;
    let bestRecall = 0;
    for (const wording of prep.wordings) {
      let shared = 0;
      for (const [t, w] of wording.terms) if (sentenceTerms.has(t)) shared += w;
      const recall = wording.weight > 0 ? shared / wording.weight : 0;
      if (recall > bestRecall) {
        bestRecall = recall;
        best = wording;
      }
    }
    if (!best || precision + bestRecall === 0) return { score: 0, wording: undefined };
    // F-beta with beta < 1 weighs precision (is the sentence about this claim?)
    // above recall (does it repeat all of one outlet's wording?): rewrites
    // shorten, and a shortened statement of the claim is still the claim.
    const b2 = BETA * BETA;
    return { score: ((1 + b2) * precision * bestRecall) / (b2 * precision + bestRecall), wording: best };
  }

  /**
   * Blend in fuse.js's Bitap score against the closest wording: it rewards
   * word order and near-verbatim copies that bag-of-terms overlap cannot see.
   * Bitap costs grow with pattern length, so only the first FUSE_PATTERN_CHARS
   * of the wording's normalised terms are compared.
   */
  private withFuse(overlap: number, wording: Wording, sentenceKey: string): number {
    const fuse = Fuse.match(wording.key.slice(0, FUSE_PATTERN_CHARS), sentenceKey, {
      ignoreLocation: true,
      threshold: 0.38,
      includeScore: true,
    });
    const similarity = fuse.isMatch ? 1 - fuse.score : 0;
    return Math.min(1, (1 - FUSE_WEIGHT) * overlap + FUSE_WEIGHT * similarity);
  }
}

function closestByArticle(prep: PreparedClaim): number {
  let best = 0;
  let bestWeight = -1;
  for (const w of prep.wordings) {
    if (w.report >= 0 && w.weight > bestWeight) {
      best = w.report;
      bestWeight = w.weight;
    }
  }
  return best;
}

function kindOfFact(n: NumberFact): NumberKind {
  if (n.kind === 'calendar-year' || n.kind === 'duration') return 'year';
  if (n.kind === 'percent') return 'percent';
  if (n.kind === 'money') return 'money';
  return 'count';
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;

/**
 * Numbers agree when every figure the sentence gives, of a kind the claim has,
 * is one of the claim's figures. "219 supercomputers" against a claim of 227
 * conflicts; "in 2024" against a claim with no year does not.
 */
export function compareNumbers(
  sentence: ReadonlyArray<NumberMention>,
  prep: Pick<PreparedClaim, 'numbers' | 'requiresFigure'>,
): { conflict?: string; missing: boolean; shared: boolean } {
  let sharedFigure = false;
  let sharedAny = false;
  const unmatched: NumberMention[] = [];
  for (const n of sentence) {
    const sameKind = prep.numbers.filter((c) => c.kind === n.kind);
    if (sameKind.length === 0) continue;
    if (sameKind.some((c) => sameValue(n.value, c.value))) {
      sharedAny = true;
      if (n.kind !== 'year') sharedFigure = true;
    } else {
      unmatched.push(n);
    }
  }
  // A figure the sentence gives in place of one of the claim's: a claim figure
  // of that kind is absent and another figure of the same kind stands there.
  // Extra figures beside all of the claim's own ("61 percent ... while 18
  // percent") are another fact in the same sentence, not a disagreement.
  for (const n of unmatched) {
    const absent = prep.numbers.filter((c) => c.kind === n.kind && !sentence.some((m) => m.kind === c.kind && sameValue(m.value, c.value)));
    if (absent.length === 0) continue;
    const expected = [...new Set(absent.map((c) => formatFigure(c.value, c.kind)))].join(' or ');
    return { conflict: `says ${formatFigure(n.value, n.kind)} where the index has ${expected}`, missing: false, shared: sharedAny };
  }
  return { missing: prep.requiresFigure && !sharedFigure, shared: sharedAny };
}

export function formatFigure(value: number, kind: NumberKind): string {
  const abs = Math.abs(value);
  const scaled =
    abs >= 1e12 ? `${+(value / 1e12).toFixed(2)} trillion` : abs >= 1e9 ? `${+(value / 1e9).toFixed(2)} billion` : abs >= 1e6 ? `${+(value / 1e6).toFixed(2)} million` : kind === 'year' ? String(value) : value.toLocaleString('en-US');
  if (kind === 'percent') return `${scaled} percent`;
  return scaled;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

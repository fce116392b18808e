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
import { z } from 'zod';
import modelData from '../../data/matcher-model.json';
import type { Article, Claim, NumberFact, Person } from '../index/schema';
import { segmentSentences } from '../text/segment';
import { normalize } from '../text/normalize';
import { compareFigures, extractFigures, type Figure } from '../text/figures';
import { RATES } from '../text/rates';
import { synonymTargets } from '../text/synonyms';
import { HAN_CHAR } from '../text/han';
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
  /** Minimum probability (0..1) for a match; the fitted model's own threshold by default. */
  threshold?: number;
  /** Minimum overlap for a vetoed sentence to be reported as related. */
  relatedThreshold?: number;
  /** Candidates scored per sentence. */
  maxCandidates?: number;
  /** Match against claim summaries as well as the outlets' wordings. */
  useSummaries?: boolean;
  /** Diagnostics and model fitting: called for every scored candidate. */
  onCandidate?: (info: CandidateInfo) => void;
  /** The decision to use (model fitting tries new ones); data/matcher-model.json by default. */
  model?: MatcherModel;
}

export interface CandidateInfo {
  sentence: string;
  start: number;
  end: number;
  claimId: string;
  /** The model's probability that the sentence states the claim. */
  score: number;
  features: Features;
  /** A veto applies (figures conflict, another speaker, a statistic without its figure). */
  vetoed: boolean;
}

/**
 * What the decision sees about a (sentence, claim) pair. Each in 0..1.
 * - overlap: IDF-weighted F-beta overlap with the closest wording (best of the
 *   whole sentence and its clauses);
 * - content: the same without the words that only name the speaker ("White
 *   House AI czar David Sacks"), which say who, not what;
 * - fuse: fuse.js Bitap similarity (word order, near-verbatim copies);
 * - retrieval: share of the sentence's distinctive weight the claim shares;
 * - figure / year: a claim figure (or year) agrees with one of the sentence's;
 * - figureAbsent: the claim has figures other than years and none agrees;
 * - speaker: the claim's speaker is named in the sentence (1) or just before
 *   it or in the title (0.5);
 * - heading / question / short: the sentence is a heading, a question, or
 *   has few content words;
 * - clause: the best overlap came from one clause of a longer sentence;
 * - rare: how many words the sentence shares with the claim that at most
 *   two claims of the index use (three or more: 1);
 * - summary: how much of the claim summary's own content words (not the
 *   speaker's name) the sentence covers; the summary is the cleanest
 *   statement of the fact.
 */
export const FEATURE_NAMES = [
  'overlap',
  'content',
  'fuse',
  'retrieval',
  'figure',
  'year',
  'figureAbsent',
  'speaker',
  'heading',
  'question',
  'short',
  'clause',
  'rare',
  'summary',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

const Model = z.object({
  features: z.array(z.enum(FEATURE_NAMES)),
  weights: z.array(z.number()),
  bias: z.number(),
  threshold: z.number().min(0).max(1),
});
export type MatcherModel = z.infer<typeof Model>;

/** The fitted decision (data/matcher-model.json, written by `npm run fit:matcher`). */
export const MODEL: MatcherModel = Model.parse(modelData);

export function probability(features: Features, model: MatcherModel = MODEL): number {
  let z = model.bias;
  model.features.forEach((name, i) => (z += model.weights[i]! * features[name]));
  return 1 / (1 + Math.exp(-z));
}

/** The costly features at the values that raise the probability most (for pruning). */
function bestCase(model: MatcherModel): Pick<Features, 'fuse' | 'figure' | 'year' | 'figureAbsent' | 'speaker'> {
  return Object.fromEntries(
    (['fuse', 'figure', 'year', 'figureAbsent', 'speaker'] as const).map((name) => {
      const i = model.features.indexOf(name);
      return [name, i >= 0 && model.weights[i]! < 0 ? 0 : 1];
    }),
  ) as Pick<Features, 'fuse' | 'figure' | 'year' | 'figureAbsent' | 'speaker'>;
}

export const DEFAULT_OPTIONS: Required<Omit<MatcherOptions, 'onCandidate' | 'model'>> = {
  threshold: MODEL.threshold,
  relatedThreshold: 0.45,
  maxCandidates: 4,
  useSummaries: true,
};

/** Weight of recall against precision in the overlap score (see score()). */
const BETA = 0.5;

/** Upper bound on how many claims a term may appear in and still propose candidates. */
const MAX_PROPOSING_DF = 256;

/** Distinctive shared weight, as a share of the sentence's, a claim needs to be a candidate. */
const CANDIDATE_FLOOR = 0.15;
/** Share of the summary's content a sentence of a multi-sentence excerpt needs to be a wording of its own. */
const SPLIT_SENTENCE_MIN = 0.25;
/** Distinctive words a sentence must share with a claim to make it a candidate. */
const MIN_SHARED_TERMS = 2;
/** The sentence weight the floor scales with stops growing here (about ten distinctive terms). */
const FLOOR_WEIGHT_CAP = 40;

/** Length of the wording (normalised terms) that Bitap compares. */
const FUSE_PATTERN_CHARS = 64;
/** Overlap below which a candidate is not worth Bitap or the model (most candidates of a page). */
const MIN_OVERLAP = 0.2;
/** Candidates per sentence that get the (costlier) Bitap comparison and the model. */
const FUSED_CANDIDATES = 3;

/** A second claim in the same sentence must score at least this fraction of the best. */
const SECOND_CLAIM_RATIO = 0.8;

/** Weight of a term that outlets use for a claim but its summary does not. */
const PERIPHERAL_TERM_FACTOR = 0.5;

/** Sentences with fewer content terms than this say too little to match a claim. */
const MIN_SENTENCE_TERMS = 4;
/** Clauses with fewer terms than this are not scored on their own. */
const MIN_CLAUSE_TERMS = 4;
/** Below this many content terms a sentence counts as short. */
const SHORT_SENTENCE_TERMS = 8;
/**
 * Weight, against the same word, of a WordNet synonym of an index word
 * ("adept" for "skilled"): evidence, but weaker, and never enough to propose
 * a candidate (retrieval uses exact terms only).
 */
const SYNONYM_FACTOR = 0.5;
/** Weight, against the sentence's own words, of a name carried in from the previous sentence or the title. */
const CONTEXT_TERM_FACTOR = 0.5;

/**
 * A sentence that refers back ("the bill would...", "It mandates...", "Their
 * share rose...") leaves its subject to the sentence before it or the title.
 */
const REFERS_BACK = /\b(?:(?:the|this|that|these|those)\s+(?:bill|act|law|plan|match|game|program|programme|company|firm|report|rule|measure|legislation|proposal|model|models|chip|chips|move|policy|strategy|figure|sector|industry|industries)|he|she|it|they|its|their|his|her)\b/iu;

/**
 * Where a long sentence divides into clauses that can each state a fact: a
 * semicolon or colon, a dash between words, a dateline's dash ("BEIJING, June
 * 3 (Xinhua) --"), and a comma before a conjunction that starts a new clause.
 */
const CLAUSE_BREAK = /[;:]\s|\s[—–]\s|\s--\s|—|,\s(?:while|whereas|but|and|although|though|as|which)\s|[，；：]|(?<=\p{Script=Han})[,;:]/gu;

interface Wording {
  report: number; // -1 for the summary
  terms: Map<string, number>; // term → weight
  weight: number;
  /** The same without speaker-naming terms. */
  contentWeight: number;
  key: string; // normalised terms joined, for fuse
}

interface PreparedClaim {
  wordings: Wording[];
  /** Every term any wording uses → how central it is to the claim (see prepare()). */
  vocabulary: Map<string, number>;
  /** Content words (not names) that at most two claims of the index use. */
  rare: string[];
  /** The summary's content words (speaker names left out) → weight. */
  summaryContent: Map<string, number>;
  /** The figures the claim and its reports declare (typed, see schema NumberFact). */
  facts: NumberFact[];
  requiresFigure: boolean;
}

export interface SentenceInput {
  start: number;
  end: number;
  /** The page marks this text as a heading (h1–h6, a title). */
  heading?: boolean;
}

export interface MatchContext {
  /** The page's title or main heading: names there carry into sentences that refer back. */
  title?: string;
  /** The sentence before the first one given, when matching a page a sentence at a time. */
  previous?: SentenceInput;
}

export class ClaimMatcher {
  readonly options: Required<Omit<MatcherOptions, 'onCandidate' | 'model'>> & Pick<MatcherOptions, 'onCandidate'>;
  private readonly model: MatcherModel;
  private readonly best: ReturnType<typeof bestCase>;
  private readonly postings = new Map<string, Int32Array | null>();
  private readonly prepared = new Map<number, PreparedClaim>();
  private speakerTable: SpeakerTable | undefined;
  private entityTermSet: Set<string> | undefined;
  private readonly maxDf: number;
  private readonly acc: Float64Array;
  private readonly shared: Uint16Array;
  private readonly touched: number[] = [];
  private readonly idfs = new Map<string, number>();
  private readonly unknownIdf: number;
  private readonly language = new Map<string, string>();

  constructor(
    private readonly index: MatcherIndex,
    options: MatcherOptions = {},
  ) {
    this.model = options.model ?? MODEL;
    this.best = bestCase(this.model);
    this.options = { ...DEFAULT_OPTIONS, threshold: this.model.threshold, ...options };
    const n = index.retrieval.claimCount;
    // A term used by more claims than this proposes no candidates: scanning its
    // postings costs more than it tells. It still counts when scoring.
    this.maxDf = Math.min(MAX_PROPOSING_DF, Math.max(64, Math.ceil(n * 0.01)));
    this.acc = new Float64Array(n);
    this.shared = new Uint16Array(n);
    this.unknownIdf = Math.log(1 + n);
    for (const a of index.articles ?? []) if (a.language) this.language.set(a.id, a.language);
  }

  /** Match a whole text: segment it, then match each sentence. */
  matchText(text: string, context: MatchContext = {}): MatchResult {
    const sentences: SentenceInput[] = segmentSentences(text);
    // A plain text's first line is its title when it reads like one.
    const first = sentences[0];
    const title = context.title ?? (first ? text.slice(first.start, first.end) : undefined);
    return this.matchSentences(text, sentences, { title });
  }

  /** Match given sentence spans of `text` (the DOM layer segments per block). */
  matchSentences(text: string, sentences: ReadonlyArray<SentenceInput>, context: MatchContext = {}): MatchResult {
    const result: MatchResult = { matches: [], related: [] };
    const prev = context.previous;
    const state: ScanState = {
      text,
      title: context.title,
      prev,
      titleSpeakers: undefined,
      prevTerms: prev ? this.normalize(text, prev.start, prev.end).terms : [],
      terms: [],
    };
    for (const s of sentences) {
      state.terms = [];
      this.matchOne(state, s, result);
      state.prev = s;
      state.prevTerms = state.terms;
      state.prevMentioned = state.mentioned;
      state.mentioned = undefined;
    }
    return result;
  }

  /** normalize() with the index's Chinese character folding. */
  private normalize(text: string, from = 0, to = text.length): ReturnType<typeof normalize> {
    return normalize(text, from, to, { han: this.index.retrieval.han });
  }

  /** Built on first use: most pages never need attribution checks. */
  private get speakers(): SpeakerTable {
    this.speakerTable ??= this.index.retrieval.speakers
      ? speakerTableFromData(this.index.retrieval.speakers, this.index.retrieval.han)
      : buildSpeakerTable(this.index.people, this.index.retrieval.han);
    return this.speakerTable;
  }

  /** Terms that only name people: their names, aliases and roles. */
  private get entityTerms(): Set<string> {
    if (!this.entityTermSet && this.index.retrieval.entities) this.entityTermSet = new Set(this.index.retrieval.entities);
    if (!this.entityTermSet) {
      this.entityTermSet = new Set<string>();
      for (const p of this.index.people) {
        for (const t of [p.name, p.role, ...p.aliases].flatMap((x) => this.normalize(x).terms)) this.entityTermSet.add(t.term);
      }
    }
    return this.entityTermSet;
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

  private matchOne(state: ScanState, input: SentenceInput, out: MatchResult): void {
    const { text } = state;
    const { start, end } = input;
    const { terms } = this.normalize(text, start, end);
    state.terms = terms;
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
        this.shared[ci]!++;
      }
    }
    if (touched.length === 0) return;
    let sentenceWeight = 0;
    for (const w of sentenceTerms.values()) sentenceWeight += w;
    // Long sentences (and Chinese, whose bigrams make many terms) would raise
    // the floor past what any one claim can share: cap the weight it scales with.
    const floor = Math.min(sentenceWeight, FLOOR_WEIGHT_CAP) * CANDIDATE_FLOOR;
    const candidates: [number, number][] = [];
    for (const ci of touched) {
      // One shared word, however rare, is a topic, not a statement of the claim.
      if (acc[ci]! >= floor && this.shared[ci]! >= MIN_SHARED_TERMS) candidates.push([ci, acc[ci]!]);
      acc[ci] = 0;
      this.shared[ci] = 0;
    }
    if (candidates.length === 0) return;
    candidates.sort((a, b) => b[1] - a[1]);
    candidates.length = Math.min(candidates.length, this.options.maxCandidates);

    const clauses = clauseTermSets(text, start, end, terms, (t) => this.idf(t));
    const synonyms = this.synonymReach(sentenceTerms);
    const context = REFERS_BACK.test(text.slice(start, end)) ? this.contextTerms(state, sentenceTerms) : undefined;
    // Overlap for every candidate (cheap), Bitap and the model only for the best few.
    const scored = candidates
      .map(([ci, shared]) => {
        const claim = this.index.claims[ci]!;
        const prep = this.prepare(ci, claim);
        const whole = this.score(sentenceTerms, sentenceWeight, prep, context, synonyms);
        let best = whole;
        let fromClause = false;
        for (const c of clauses) {
          const sc = this.score(c.terms, c.weight, prep, context, synonyms);
          if (sc.score > best.score) {
            best = sc;
            fromClause = true;
          }
        }
        return { claim, prep, retrieval: shared / sentenceWeight, fromClause, ...best };
      })
      .filter((c) => c.wording && c.score >= MIN_OVERLAP)
      .sort((a, b) => b.score - a.score)
      .slice(0, FUSED_CANDIDATES);
    if (scored.length === 0) return;

    let attribution: ReturnType<typeof readAttribution> | undefined;
    const sentence = text.slice(start, end);
    const sentenceKey = terms.map((t) => t.term).join(' ');
    let figs: Figure[] | undefined;
    const shape = sentenceShape(text, input, sentenceTerms.size);
    const chinese = isMostlyChinese(terms);
    const found: ClaimMatch[] = [];
    const related: RelatedStatement[] = [];
    for (const { claim, prep, wording, score: overlap, retrieval, fromClause } of scored) {
      if (!wording) continue;
      const cheap = {
        overlap,
        content: this.contentScore(sentenceTerms, prep, wording),
        retrieval: Math.min(1, retrieval),
        heading: shape.heading ? 1 : 0,
        question: shape.question ? 1 : 0,
        short: shape.short ? 1 : 0,
        clause: fromClause ? 1 : 0,
        rare: this.rareShared(sentenceTerms, prep, synonyms),
        // The summary is English: a Chinese sentence is measured against its closest wording instead.
        summary: chinese ? wordingCoverage(sentenceTerms, wording) : summaryCoverage(sentenceTerms, prep, synonyms),
      };
      // Figures, attribution and Bitap cost the most: each is computed only
      // while the pair can still reach the threshold with the rest at their
      // best, or could be a related statement (not in diagnostics, which fit
      // the model). The decision is the same as computing everything.
      const diagnostics = this.options.onCandidate !== undefined;
      const canBeRelated = overlap >= this.options.relatedThreshold;
      if (!diagnostics && !canBeRelated && probability({ ...cheap, ...this.best }, this.model) < this.options.threshold) continue;
      figs ??= extractFigures(text, start, end);
      const figures = compareFigures(figs, prep.facts, RATES);
      const sharedYear = prep.facts.some((f, i) => figures.matched[i] && f.kind === 'calendar-year');
      const missing = prep.requiresFigure && !figures.shared;
      const figureFeatures = {
        // Agreement on a rare figure ("227 supercomputers") is evidence; on a round one, less.
        figure: figures.shared ? Math.min(1, figures.evidence) : 0,
        year: sharedYear ? 1 : 0,
        figureAbsent: prep.facts.some((f) => f.kind !== 'calendar-year') && !figures.shared ? 1 : 0,
      };
      if (!diagnostics && !figures.conflict) {
        if (missing) continue; // a statistic without its figure is not the claim
        const canSpeakerConflict = canBeRelated && claim.speaker !== undefined;
        if (!canSpeakerConflict && probability({ ...cheap, ...this.best, ...figureFeatures }, this.model) < this.options.threshold) continue;
      }
      let speaker = 0;
      let otherSpeaker: string | undefined;
      if (claim.speaker && (diagnostics || !figures.conflict)) {
        attribution ??= readAttribution(sentence, this.speakers);
        state.mentioned = attribution.mentioned;
        otherSpeaker = speakerConflict(attribution, claim.speaker);
        if (attribution.mentioned.has(claim.speaker)) speaker = 1;
        else if (!otherSpeaker && this.namedNearby(state, claim.speaker)) speaker = 0.5;
      }
      const partial = { ...cheap, ...figureFeatures, fuse: 1, speaker };
      // Bitap only where it can change the decision: a pair that stays below
      // the threshold even with a perfect Bitap score does not need it.
      const needsFuse = diagnostics || (!figures.conflict && !otherSpeaker && probability(partial, this.model) >= this.options.threshold);
      const features: Features = { ...partial, fuse: needsFuse ? fuseSimilarity(wording, sentenceKey) : 0 };
      const p = probability(features, this.model);
      const vetoed = Boolean(figures.conflict || otherSpeaker || missing);
      this.options.onCandidate?.({ sentence, start, end, claimId: claim.id, score: p, features, vetoed });
      const closestReport = wording.report >= 0 ? wording.report : closestByArticle(prep);
      const base = { start, end, sentence, claimId: claim.id, score: round(p) };
      if (figures.conflict) {
        if (overlap >= this.options.relatedThreshold) related.push({ ...base, reason: 'different-figures', detail: figures.conflict.detail });
      } else if (otherSpeaker) {
        if (overlap >= this.options.relatedThreshold) {
          const name = this.index.people.find((p) => p.id === otherSpeaker)?.name ?? otherSpeaker;
          related.push({ ...base, reason: 'different-speaker', detail: `attributed to ${name}, not ${this.speakerName(claim.speaker)}` });
        }
      } else if (missing) {
        continue; // a statistic without its figure is not the claim
      } else if (p >= this.options.threshold) {
        found.push({ ...base, closestReport, closestArticle: claim.reports[closestReport]?.article ?? '', checkWorthy: claim.checkWorthy });
      }
    }
    found.sort((a, b) => b.score - a.score);
    // One sentence can state two claims ("61 percent of patents, while ... 18
    // percent of GDP"); a much weaker second candidate is only sharing words.
    // Background facts (a job title, that a hearing took place) never
    // highlight on their own: only beside a check-worthy claim.
    const top = found[0]?.score ?? 0;
    const kept = found.filter((m) => m.score >= top * SECOND_CLAIM_RATIO).slice(0, 3);
    if (kept.some((m) => m.checkWorthy)) out.matches.push(...kept);
    if (found.length === 0) {
      related.sort((a, b) => b.score - a.score);
      out.related.push(...related.slice(0, 1));
    }
  }

  /**
   * Index terms the sentence reaches only through a synonym (index term →
   * the sentence's term), never those it has itself.
   */
  private synonymReach(sentenceTerms: ReadonlyMap<string, number>): Map<string, string> | undefined {
    const map = this.index.retrieval.synonyms;
    if (!map) return undefined;
    let out: Map<string, string> | undefined;
    for (const t of sentenceTerms.keys()) {
      for (const target of synonymTargets(t, map)) {
        if (sentenceTerms.has(target)) continue;
        (out ??= new Map()).set(target, t);
      }
    }
    return out;
  }

  /** Names (capitalised words) of the previous sentence and the title that this sentence lacks. */
  private contextTerms(state: ScanState, own: ReadonlyMap<string, number>): Set<string> {
    const out = new Set<string>();
    if (state.prev) {
      // The previous sentence was normalised a moment ago: reuse its terms.
      for (const t of state.prevTerms) {
        const c = state.text.charCodeAt(t.start);
        if (t.start > state.prev.start && c >= 65 && c <= 90 && !own.has(t.term)) out.add(t.term);
      }
    }
    if (state.title) {
      state.titleTerms ??= this.normalize(state.title).terms.filter((t) => /\p{Lu}/u.test(state.title![t.start] ?? '')).map((t) => t.term);
      for (const t of state.titleTerms) if (!own.has(t)) out.add(t);
    }
    return out;
  }

  /** Is `speaker` named in the previous sentence or the page title? */
  private namedNearby(state: ScanState, speaker: string): boolean {
    if (state.prev) {
      state.prevMentioned ??= readAttribution(state.text.slice(state.prev.start, state.prev.end), this.speakers).mentioned;
      if (state.prevMentioned.has(speaker)) return true;
    }
    if (state.title) {
      state.titleSpeakers ??= readAttribution(state.title, this.speakers).mentioned;
      if (state.titleSpeakers.has(speaker)) return true;
    }
    return false;
  }

  private speakerName(id: string | undefined): string {
    return this.index.people.find((p) => p.id === id)?.name ?? id ?? 'the original speaker';
  }

  private prepare(ci: number, claim: Claim): PreparedClaim {
    const cached = this.prepared.get(ci);
    if (cached) return cached;
    const wordings: Wording[] = [];
    const vocabulary = new Map<string, number>();
    // Each report's terms, then the summary's: prebuilt at build time where
    // the index carries them (normalising every candidate's wordings on each
    // page load was most of the matcher's cost at 10,000 claims).
    const packed = this.index.retrieval.wordings?.[ci];
    const keys =
      packed !== undefined
        ? packed.split('|')
        : [...claim.reports.map((r) => r.excerpt), claim.summary].map((t) =>
            segmentSentences(t)
              .map(({ start, end }) => termKey(this.normalize(t, start, end).terms))
              .join('^'),
          );
    const summaryKey = keys[keys.length - 1] ?? '';
    // An outlet's sentence often carries more than this claim (the speaker's
    // title, the hearing, a second fact). The summary says what the claim
    // is, so its terms count fully; terms only the outlets use count half.
    const summaryTerms = summaryKey ? summaryKey.split(/[ ^]/u) : [];
    const central = new Set(summaryTerms);
    const entities = this.entityTerms;
    const count = this.options.useSummaries ? keys.length : keys.length - 1;
    for (let k = 0; k < count; k++) {
      const report = k === keys.length - 1 ? -1 : k;
      const sentences = (keys[k] ?? '').split('^');
      // A multi-sentence excerpt is compared whole and sentence by sentence,
      // but only by the sentences that carry the fact (share the summary's
      // content words): "We need to work hard." before the quote is not the claim.
      const parts = sentences.length > 1 ? sentences.filter((k) => this.carriesFact(k, summaryTerms)) : [];
      for (const key of sentences.length > 1 ? [sentences.join(' '), ...parts] : sentences) {
        const terms = new Map<string, number>();
        let weight = 0;
        let contentWeight = 0;
        for (const term of key ? key.split(' ') : []) {
          if (terms.has(term)) continue;
          const w = this.idf(term);
          terms.set(term, w);
          weight += w;
          if (!entities.has(term)) contentWeight += w;
          if (vocabulary.get(term) !== 1) vocabulary.set(term, central.has(term) ? 1 : PERIPHERAL_TERM_FACTOR);
        }
        if (terms.size > 0) wordings.push({ report, terms, weight, contentWeight, key });
      }
    }
    const facts: NumberFact[] = [...(claim.numbers ?? []), ...claim.reports.flatMap((r) => r.numbers ?? [])];
    const requiresFigure = claim.kind === 'statistic' && facts.some((n) => n.kind !== 'calendar-year');
    const summaryContent = new Map<string, number>();
    for (const t of summaryTerms) if (!entities.has(t)) summaryContent.set(t, this.idf(t));
    const rare: string[] = [];
    for (const t of vocabulary.keys()) {
      const entry = this.index.retrieval.postings[t];
      if (entry && entry[0] <= 2 && !entities.has(t)) rare.push(t);
    }
    const prep = { wordings, vocabulary, rare, summaryContent, facts, requiresFigure };
    this.prepared.set(ci, prep);
    return prep;
  }

  /** IDF-weighted overlap between the sentence and the claim (0..1), and the closest wording. */
  private score(
    sentenceTerms: Map<string, number>,
    sentenceWeight: number,
    prep: PreparedClaim,
    context?: ReadonlySet<string>,
    synonyms?: ReadonlyMap<string, string>,
  ): { score: number; wording: Wording | undefined } {
    // Precision: how much of the sentence is about this claim, in any outlet's words
    // (a word that is only a synonym of the claim's counts at SYNONYM_FACTOR).
    let pooled = 0;
    for (const [t, w] of sentenceTerms) {
      const central = prep.vocabulary.get(t);
      if (central !== undefined) pooled += w * central;
      else if (synonyms) {
        for (const target of synonymTargetsOf(t, synonyms)) {
          const c = prep.vocabulary.get(target);
          if (c !== undefined) {
            pooled += w * c * SYNONYM_FACTOR;
            break;
          }
        }
      }
    }
    const precision = pooled / sentenceWeight;
    // Recall: how much of the closest single wording the sentence covers.
    let best: Wording | undefined;
    let bestRecall = 0;
    for (const wording of prep.wordings) {
      let shared = 0;
      for (const [t, w] of wording.terms) {
        if (sentenceTerms.has(t)) shared += w;
        else if (synonyms?.has(t)) shared += w * SYNONYM_FACTOR;
        else if (context?.has(t)) shared += w * CONTEXT_TERM_FACTOR;
      }
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
    return { score: fBeta(precision, bestRecall), wording: best };
  }

  /** Does a wording sentence hold a fair share (SPLIT_SENTENCE_MIN) of the summary's content words? */
  private carriesFact(key: string, summaryTerms: readonly string[]): boolean {
    const entities = this.entityTerms;
    const words = new Set(key.split(' '));
    let total = 0;
    let shared = 0;
    for (const t of new Set(summaryTerms)) {
      if (entities.has(t)) continue;
      const w = this.idf(t);
      total += w;
      if (words.has(t)) shared += w;
    }
    return total > 0 && shared / total >= SPLIT_SENTENCE_MIN;
  }

  /** Shared words (or synonyms) that at most two claims use, as a share of three. */
  private rareShared(sentenceTerms: ReadonlyMap<string, number>, prep: PreparedClaim, synonyms?: ReadonlyMap<string, string>): number {
    let n = 0;
    for (const t of prep.rare) if (sentenceTerms.has(t) || synonyms?.has(t)) n++;
    return Math.min(1, n / 3);
  }

  /** The overlap without the terms that only name people: what is said, not who says it. */
  private contentScore(sentenceTerms: Map<string, number>, prep: PreparedClaim, wording: Wording): number {
    const entities = this.entityTerms;
    let pooled = 0;
    let weight = 0;
    for (const [t, w] of sentenceTerms) {
      if (entities.has(t)) continue;
      weight += w;
      pooled += w * (prep.vocabulary.get(t) ?? 0);
    }
    let shared = 0;
    for (const [t, w] of wording.terms) if (!entities.has(t) && sentenceTerms.has(t)) shared += w;
    const precision = weight > 0 ? pooled / weight : 0;
    const recall = wording.contentWeight > 0 ? shared / wording.contentWeight : 0;
    return precision + recall === 0 ? 0 : fBeta(precision, recall);
  }
}

interface ScanState {
  text: string;
  title: string | undefined;
  prev: SentenceInput | undefined;
  titleSpeakers: Set<string> | undefined;
  titleTerms?: string[];
  /** Terms of the sentence being matched, and of the one before it. */
  terms: ReadonlyArray<{ term: string; start: number }>;
  prevTerms: ReadonlyArray<{ term: string; start: number }>;
  prevMentioned?: Set<string>;
  /** People the current sentence names, when its attribution was read. */
  mentioned?: Set<string>;
}

/** Are most of the sentence's terms Chinese bigrams? */
function isMostlyChinese(terms: ReadonlyArray<{ term: string }>): boolean {
  let han = 0;
  for (const t of terms) if (HAN_CHAR.test(t.term)) han++;
  return han * 2 > terms.length;
}

/** Weighted share of a wording's terms the sentence has. */
function wordingCoverage(sentenceTerms: ReadonlyMap<string, number>, wording: Wording): number {
  let covered = 0;
  for (const [t, w] of wording.terms) if (sentenceTerms.has(t)) covered += w;
  return wording.weight > 0 ? covered / wording.weight : 0;
}

/** Weighted share of the summary's content words the sentence has (synonyms at SYNONYM_FACTOR). */
function summaryCoverage(sentenceTerms: ReadonlyMap<string, number>, prep: PreparedClaim, synonyms?: ReadonlyMap<string, string>): number {
  let total = 0;
  let covered = 0;
  for (const [t, w] of prep.summaryContent) {
    total += w;
    if (sentenceTerms.has(t)) covered += w;
    else if (synonyms?.has(t)) covered += w * SYNONYM_FACTOR;
  }
  return total > 0 ? covered / total : 0;
}

/** The index terms a sentence term stands for through a synonym (from the reach map). */
function synonymTargetsOf(term: string, reach: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [target, source] of reach) if (source === term) out.push(target);
  return out;
}

/** A wording's terms as one string ("term term term"), as the prebuilt index stores them. */
export function termKey(terms: ReadonlyArray<{ term: string }>): string {
  return terms.map((t) => t.term).join(' ');
}

function fBeta(precision: number, recall: number): number {
  const b2 = BETA * BETA;
  return ((1 + b2) * precision * recall) / (b2 * precision + recall);
}

/**
 * fuse.js's Bitap score against the closest wording: it rewards word order
 * and near-verbatim copies that bag-of-terms overlap cannot see. Bitap costs
 * grow with pattern length, so only the first FUSE_PATTERN_CHARS of the
 * wording's normalised terms are compared.
 */
function fuseSimilarity(wording: Wording, sentenceKey: string): number {
  const fuse = Fuse.match(wording.key.slice(0, FUSE_PATTERN_CHARS), sentenceKey, {
    ignoreLocation: true,
    threshold: 0.38,
    includeScore: true,
  });
  return fuse.isMatch ? 1 - (fuse.score ?? 1) : 0;
}

/** The clauses of a long sentence, as term sets (only when there is more than one). */
function clauseTermSets(
  text: string,
  start: number,
  end: number,
  terms: ReadonlyArray<{ term: string; start: number }>,
  idf: (term: string) => number,
): { terms: Map<string, number>; weight: number }[] {
  if (terms.length < 2 * MIN_CLAUSE_TERMS) return [];
  const sentence = text.slice(start, end);
  const cuts: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) cuts.push(start + m.index);
  if (cuts.length === 0) return [];
  cuts.push(end);
  const out: { terms: Map<string, number>; weight: number }[] = [];
  let ti = 0;
  for (const cut of cuts) {
    const clause = new Map<string, number>();
    let weight = 0;
    while (ti < terms.length && terms[ti]!.start < cut) {
      const t = terms[ti++]!.term;
      if (!clause.has(t)) {
        const w = idf(t);
        clause.set(t, w);
        weight += w;
      }
    }
    if (clause.size >= MIN_CLAUSE_TERMS) out.push({ terms: clause, weight });
  }
  return out;
}

/** Headings, questions and short fragments: they state a fact less often than they name a topic. */
function sentenceShape(text: string, input: SentenceInput, termCount: number): { heading: boolean; question: boolean; short: boolean } {
  const sentence = text.slice(input.start, input.end).trimEnd();
  const last = sentence.at(-1) ?? '';
  const question = last === '?';
  // A block of its own (nothing but a line break after it) that does not end
  // like a sentence: a headline, a section title, a dateline or a caption.
  const after = text.slice(input.end, input.end + 2);
  const ownLine = input.end >= text.length || /^\s*[\n\r\u2029]/u.test(after) || after === '';
  const heading = input.heading === true || (ownLine && !/[.!…"”’')\]。！？」』）]/u.test(last));
  return { heading, question, short: termCount < SHORT_SENTENCE_TERMS };
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

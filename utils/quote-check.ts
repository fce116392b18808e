/**
 * Quote check: given words a reader selected or pasted, find the indexed quote
 * or report they correspond to, and say how they compare with each outlet's
 * version, only as strongly as the data allows.
 *
 * Finding: the claim matcher over the text (paraphrases, whole sentences), plus
 * a direct comparison with every report's `quote`, `excerpt` and restatements
 * on folded words, because a selection is often a fragment of a sentence, too
 * short for the matcher's sentence-level threshold. Trade-off: the direct pass
 * visits every report (linear in the index, ~a few hundred texts: well under a
 * millisecond per check; an inverted index would be needed at 100k reports).
 *
 * Comparing: two word sequences, each word folded (case, diacritics, quote
 * marks, hyphenation "pre-eminence" = "preeminence", surrounding punctuation),
 * aligned with diff's array diff. Verdicts, strongest first:
 *   exact       same characters (whitespace and enclosing quotation marks aside)
 *   same-words  same folded words: punctuation or spelling differ
 *   shortened   every selected word is in the version, in order; some are left out
 *   contains    the whole version, with more words before or after it
 *   altered     mostly the same words, some changed, added or dropped
 *   similar     the matcher says it is the same claim, but the words differ too much
 *   not-found   nothing in the index comes close
 * No stemming or synonyms here (unlike the matcher): "patents" and "patent
 * applications" are different words, and that difference is the point.
 *
 * Pure module: no DOM, no `wxt`.
 */
import { diffArrays } from 'diff';
import { quantityKey, type Claim, type NumberFact } from './index/schema';
import type { IndexView } from './index/view';
import { articleChain, articleRef, isOriginal, sentenceSources, type ArticleRef, type LineageStep, type SentenceSource } from './lineage';
import { ClaimMatcher } from './matcher/match';
import { foldedWords } from './text/fold';
import { diffWordParts, squashSpaces, type WordPart } from './text/word-diff';

export type Verdict = 'exact' | 'same-words' | 'shortened' | 'contains' | 'altered' | 'similar' | 'not-found';

export const VERDICT_RANK: Record<Verdict, number> = {
  exact: 0,
  'same-words': 1,
  shortened: 2,
  contains: 3,
  altered: 4,
  similar: 5,
  'not-found': 6,
};

/** A run of words that differs: the selection's words and the outlet's in their place. */
export interface WordChange {
  selected: string;
  outlet: string;
}

export interface QuoteVersion {
  reportIndex: number;
  article: ArticleRef;
  categoryId: string;
  /** The outlet's words compared: its quotation, its sentence, or a restatement. */
  text: string;
  source: 'quote' | 'excerpt' | 'restatement';
  verdict: Verdict;
  /** Word diff from the selected text (removed: selection only; added: this outlet's only). */
  diff: WordPart[];
  /** For "shortened": the outlet's words the selection leaves out, run by run. */
  leftOut: string[];
  /** For "altered": what changed, run by run. */
  changes: WordChange[];
  /** Folded words shared with the selection, over the longer of the two. */
  similarity: number;
  /** The selection occurs character for character in this text (ranks "shortened" versions). */
  literal: boolean;
  /** The outlet's figures for this claim (its own where it gives them, else the claim's). */
  figures: NumberFact[];
  /** The speaker's own words as published by a primary source (see primaryReport). */
  primary: boolean;
  lineage: LineageStep[];
  sentenceSources: SentenceSource[];
}

export interface ClaimCheck {
  claimId: string;
  summary: string;
  kind: Claim['kind'];
  /** Every report of the claim, best verdict first. */
  versions: QuoteVersion[];
  best: QuoteVersion;
  /** The primary source's version, or null (see isPrimaryReport). */
  primary: QuoteVersion | null;
  /** Without a primary source: the earliest report not derived from another, if any. */
  earliestOriginal: ArticleRef | null;
  /** Outlets give different figures, or count different things, for this claim. */
  figuresDiffer: boolean;
}

export interface QuoteCheckResult {
  text: string;
  verdict: Verdict;
  /** The verdict in plain words, naming the outlet it is measured against. */
  verdictText: string;
  /** Claims the text corresponds to, best first (at most MAX_CLAIMS). */
  claims: ClaimCheck[];
}

const MAX_CLAIMS = 2;
/** Selected words that must occur in a report's text for it to be a candidate. */
const MIN_CONTAINMENT = 0.6;
/** For "altered": shared words over the shorter and over the longer text. */
const ALTERED_MIN_SHORT = 0.7;
const ALTERED_MIN_LONG = 0.4;
/** Fewer folded words than this are too little to call "shortened" (e.g. "the US"). */
const MIN_FRAGMENT_WORDS = 3;

/** Quotation marks around the whole text belong to the page's typography, not to the words. */
const unquote = (s: string) => squashSpaces(s).replace(/^["“”„«»']+|["“”„«»']+$/gu, '').trim();

interface Comparison {
  verdict: Verdict;
  leftOut: string[];
  changes: WordChange[];
  similarity: number;
  literal: boolean;
}

/** Compare selected text with one outlet's text (see the verdicts above). */
export function compareWords(selected: string, outlet: string): Comparison {
  const a = foldedWords(selected);
  const b = foldedWords(outlet);
  const literal = unquote(outlet).includes(unquote(selected));
  const none: Comparison = { verdict: 'not-found', leftOut: [], changes: [], similarity: 0, literal };
  if (a.length === 0 || b.length === 0) return none;
  if (unquote(selected) === unquote(outlet)) return { ...none, verdict: 'exact', similarity: 1 };

  const changes = diffArrays(
    a.map((w) => w.folded),
    b.map((w) => w.folded),
  );
  let ia = 0;
  let ib = 0;
  let shared = 0;
  const leftOut: string[] = [];
  const runs: WordChange[] = [];
  let removedAny = false;
  let removedInside = false;
  let addedAny = false;
  changes.forEach((c, i) => {
    if (c.added) {
      addedAny = true;
      const raw = b.slice(ib, ib + c.count).map((w) => w.raw).join(' ');
      leftOut.push(raw);
      const prev = runs[runs.length - 1];
      if (prev && prev.outlet === '' && changes[i - 1]?.removed) prev.outlet = raw;
      else runs.push({ selected: '', outlet: raw });
      ib += c.count;
    } else if (c.removed) {
      removedAny = true;
      if (i > 0 && i < changes.length - 1) removedInside = true;
      runs.push({ selected: a.slice(ia, ia + c.count).map((w) => w.raw).join(' '), outlet: '' });
      ia += c.count;
    } else {
      shared += c.count;
      ia += c.count;
      ib += c.count;
    }
  });
  const similarity = shared / Math.max(a.length, b.length);
  if (!removedAny && !addedAny) return { ...none, verdict: 'same-words', similarity: 1 };
  if (!removedAny && a.length >= MIN_FRAGMENT_WORDS) return { ...none, verdict: 'shortened', leftOut, similarity };
  if (!addedAny && !removedInside && b.length >= MIN_FRAGMENT_WORDS) return { ...none, verdict: 'contains', similarity };
  if (shared / Math.min(a.length, b.length) >= ALTERED_MIN_SHORT && similarity >= ALTERED_MIN_LONG && shared >= MIN_FRAGMENT_WORDS) {
    return { ...none, verdict: 'altered', changes: runs, similarity };
  }
  return { ...none, similarity };
}

/** Share of the selection's distinct folded words that occur in `text`. */
function containment(selected: Set<string>, text: string): number {
  if (selected.size === 0) return 0;
  const other = new Set(foldedWords(text).map((w) => w.folded));
  let n = 0;
  for (const w of selected) if (other.has(w)) n++;
  return n / selected.size;
}

function textsOf(report: Claim['reports'][number]): { text: string; source: QuoteVersion['source'] }[] {
  return [
    ...(report.quote ? [{ text: report.quote, source: 'quote' as const }] : []),
    { text: report.excerpt, source: 'excerpt' as const },
    ...(report.restatements ?? []).map((text) => ({ text, source: 'restatement' as const })),
  ];
}

type Ranked = { verdict: Verdict; similarity: number; literal: boolean };

/** Stronger verdict first; then the text that holds the selection character for character; then more shared words. */
function better(x: Ranked, y: Ranked): boolean {
  if (x.verdict !== y.verdict) return VERDICT_RANK[x.verdict] < VERDICT_RANK[y.verdict];
  if (x.literal !== y.literal) return x.literal;
  return x.similarity > y.similarity;
}

/**
 * The primary source, defined from the data (the schema has no such flag): a
 * report whose article derives from nothing, or is itself a transcript, and
 * whose outlet is in the "us" category, the index's category for US government
 * sources (a senator's office) and hearing transcripts, for a claim attributed
 * to a speaker. A US newspaper's original report would also pass this test;
 * that is why it is only applied to attributed claims, and why the data should
 * grow an explicit marker if such outlets are added.
 */
function isPrimaryReport(view: IndexView, claim: Claim, reportIndex: number): boolean {
  if (!claim.speaker && claim.kind !== 'quote') return false;
  const articleId = claim.reports[reportIndex]?.article ?? '';
  if (view.outletOfArticle(articleId)?.category !== 'us') return false;
  return isOriginal(view, articleId) || !!view.article(articleId)?.derivedFrom?.some((d) => d.relation === 'transcribes');
}

function figuresDiffer(claim: Claim): boolean {
  return claim.reports.some((r) =>
    (r.numbers ?? []).some((n) => {
      const same = (claim.numbers ?? []).filter((c) => quantityKey(c) === quantityKey(n));
      return same.length > 0 && !same.some((c) => c.value === n.value && c.counts === n.counts);
    }),
  );
}

function checkClaim(view: IndexView, claim: Claim, selected: string): ClaimCheck {
  const versions = claim.reports.map((report, reportIndex): QuoteVersion => {
    let best: (Comparison & { text: string; source: QuoteVersion['source'] }) | undefined;
    for (const t of textsOf(report)) {
      const c = { ...compareWords(selected, t.text), ...t };
      if (!best || better(c, best)) best = c;
    }
    const chosen = best!;
    const article = articleRef(view, report.article);
    return {
      reportIndex,
      article,
      categoryId: view.categoryOfArticle(report.article),
      text: chosen.text,
      source: chosen.source,
      // A report the words do not match is still shown, as the outlet's wording of the claim.
      verdict: chosen.verdict === 'not-found' ? 'similar' : chosen.verdict,
      diff: diffWordParts(selected, chosen.text),
      leftOut: chosen.leftOut,
      changes: chosen.changes,
      similarity: chosen.similarity,
      literal: chosen.literal,
      figures: report.numbers ?? claim.numbers ?? [],
      primary: isPrimaryReport(view, claim, reportIndex),
      lineage: articleChain(view, report.article),
      sentenceSources: sentenceSources(view, claim, reportIndex),
    };
  });
  versions.sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0));
  const primary = versions.find((v) => v.primary) ?? null;
  const earliestOriginal = primary
    ? null
    : (versions
        .filter((v) => isOriginal(view, v.article.id))
        .map((v) => v.article)
        .sort((x, y) => x.date.localeCompare(y.date))[0] ?? null);
  return { claimId: claim.id, summary: claim.summary, kind: claim.kind, versions, best: versions[0]!, primary, earliestOriginal, figuresDiffer: figuresDiffer(claim) };
}

const matchers = new WeakMap<IndexView, ClaimMatcher>();

export function checkQuote(view: IndexView, text: string): QuoteCheckResult {
  const selected = squashSpaces(text);
  const folded = new Set(foldedWords(selected).map((w) => w.folded));
  const candidates = new Map<string, Claim>();
  if (folded.size > 0) {
    let matcher = matchers.get(view);
    if (!matcher) matchers.set(view, (matcher = new ClaimMatcher(view.shipped)));
    for (const m of matcher.matchText(selected).matches) {
      const claim = view.claim(m.claimId);
      if (claim) candidates.set(claim.id, claim);
    }
    for (const claim of view.claims) {
      if (candidates.has(claim.id)) continue;
      if (claim.reports.some((r) => textsOf(r).some((t) => containment(folded, t.text) >= MIN_CONTAINMENT))) candidates.set(claim.id, claim);
    }
  }
  const checks = [...candidates.values()]
    .map((claim) => checkClaim(view, claim, selected))
    // A claim found only by shared words, with no version the words match, is noise.
    .filter((c) => c.best.verdict !== 'similar' || candidates.size === 1 || c.best.similarity >= ALTERED_MIN_LONG)
    .sort((x, y) => (better(x.best, y.best) ? -1 : better(y.best, x.best) ? 1 : 0))
    .slice(0, MAX_CLAIMS);
  // When one claim matches the words, a second that is only "similar" would distract.
  const claims = checks[0] && checks[0].best.verdict !== 'similar' ? checks.filter((c) => c.best.verdict !== 'similar') : checks.slice(0, 1);
  const top = claims[0];
  const verdict: Verdict = top ? top.best.verdict : 'not-found';
  return { text: selected, verdict, verdictText: describeVerdict(verdict, top), claims };
}

export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** The verdict in plain words, measured against the best version. */
export function describeVerdict(verdict: Verdict, check: ClaimCheck | undefined): string {
  const v = check?.best;
  if (!check || !v || verdict === 'not-found') {
    return 'Not in the index: Parallax has no quote or report with these words. That says nothing about whether they are accurate, only that the index cannot check them.';
  }
  const whose = `${possessive(v.article.outletName)} ${v.source === 'quote' ? 'quotation' : 'wording'}`;
  switch (verdict) {
    case 'exact':
      return `Exact: the same words and punctuation as ${whose}.`;
    case 'same-words':
      return `Same words as ${whose}, with different punctuation or spelling.`;
    case 'shortened':
      return `Shortened: these words appear, in this order, in ${whose}, which has more (left out: ${v.leftOut.map((w) => `“${w}”`).join(', ')}).`;
    case 'contains':
      return `Contains ${whose} word for word, with more words around it.`;
    case 'altered':
      return `Altered: close to ${whose}, but with changed words (${describeChanges(v.changes, v.article.outletName)}).`;
    default:
      return `Similar to how ${v.article.outletName} reported “${check.summary}”, not the same words.`;
  }
}

/**
 * What changed, grouped: substitutions first ("the text has “at” where The Star
 * has “in”"), then the version's extra words, then the text's own.
 */
export function describeChanges(changes: WordChange[], who: string): string {
  const q = (s: string) => `“${s}”`;
  const swaps = changes.filter((c) => c.selected && c.outlet).map((c) => `the text has ${q(c.selected)} where ${who} has ${q(c.outlet)}`);
  const extra = changes.filter((c) => !c.selected).map((c) => q(c.outlet));
  const own = changes.filter((c) => !c.outlet).map((c) => q(c.selected));
  return [
    ...swaps,
    ...(extra.length ? [`${who} also has ${extra.join(', ')}`] : []),
    ...(own.length ? [`the text also has ${own.join(', ')}`] : []),
  ].join('; ');
}

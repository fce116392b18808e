/** Results of matching a page's text against the claims index. Pure types. */

/** A sentence of the page that states an indexed claim. */
export interface ClaimMatch {
  /** Offsets into the text that was matched (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The sentence as it appears in the text. */
  sentence: string;
  claimId: string;
  /** Confidence from 0 to 1 (1: verbatim). */
  score: number;
  /** Index into the claim's `reports` of the wording this sentence is closest to. */
  closestReport: number;
  /** Article id of that report. */
  closestArticle: string;
  /** False for a background fact, which is only reported beside a check-worthy claim. */
  checkWorthy: boolean;
}

export type RelatedReason = 'different-figures' | 'different-speaker';

/** A sentence that resembles a claim but is not the same claim; never a match. */
export interface RelatedStatement {
  start: number;
  end: number;
  sentence: string;
  claimId: string;
  reason: RelatedReason;
  /** Human-readable detail, e.g. "says 219 where the index has 227". */
  detail: string;
  score: number;
}

export interface MatchResult {
  matches: ClaimMatch[];
  related: RelatedStatement[];
}

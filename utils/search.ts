/**
 * Search the claims index by words, speaker or outlet, for checking a fact without a page
 * (the popup's search box). Pure: fuse.js over the shipped index, no DOM or `wxt`.
 *
 * Trade-off: fuzzy matching forgives typos in names ("Kratsois") but is poor at numbers —
 * "61" would fuzzily match "16" or "2061". So numbers take an exact path: every number
 * written in a claim's summary, excerpts or number facts is kept as a token (commas
 * dropped, so "4,500" and "4500" are the same), and a query's numbers must all be among a
 * claim's tokens. A query of numbers only is answered from the tokens alone.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Claim } from './index/schema';
import type { IndexView } from './index/view';

/** What fuse.js sees of one claim. */
interface ClaimDocument {
  claim: Claim;
  summary: string;
  /** The speaker's name and every alias pages use. */
  speaker: string[];
  /** Names of the outlets that reported the claim. */
  outlets: string[];
  excerpts: string[];
  /** Numbers as written ("4,500", "61") plus number facts formatted en-US. */
  numbers: string[];
  /** Normalised number tokens ("4500", "61", "1.3") for the exact path. */
  numberTokens: Set<string>;
}

export interface ClaimSearch {
  /** Claims best first; [] for a blank query. */
  search(query: string, limit?: number): Claim[];
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** "4,500" → "4500"; "1.3" stays; used on both the index and the query side. */
export function numberTokens(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, ''));
}

const FUSE_OPTIONS: IFuseOptions<ClaimDocument> = {
  keys: [
    { name: 'summary', weight: 2 },
    { name: 'speaker', weight: 2 },
    { name: 'outlets', weight: 1.5 },
    { name: 'excerpts', weight: 1 },
    { name: 'numbers', weight: 1 },
  ],
  // Words may sit anywhere in a long excerpt, so position must not count against a match.
  ignoreLocation: true,
  // 0.3 keeps one typo in a surname while rejecting unrelated words.
  threshold: 0.3,
  minMatchCharLength: 2,
};

function toDocument(claim: Claim, view: IndexView): ClaimDocument {
  const person = claim.speaker ? view.person(claim.speaker) : undefined;
  const outlets = [...new Set(claim.reports.map((r) => view.outletOfArticle(r.article)?.name ?? '').filter(Boolean))];
  const excerpts = claim.reports.map((r) => r.excerpt);
  const facts = [...(claim.numbers ?? []), ...claim.reports.flatMap((r) => r.numbers ?? [])];
  const written = [claim.summary, ...excerpts].flatMap((t) => t.match(NUMBER) ?? []);
  const numbers = [...new Set([...written, ...facts.map((f) => f.value.toLocaleString('en-US'))])];
  return {
    claim,
    summary: claim.summary,
    speaker: person ? [person.name, ...person.aliases] : [],
    outlets,
    excerpts,
    numbers,
    numberTokens: new Set([...numbers.flatMap(numberTokens), ...facts.map((f) => String(f.value))]),
  };
}

export function createClaimSearch(view: IndexView): ClaimSearch {
  const documents = view.claims.map((c) => toDocument(c, view));
  const fuse = new Fuse(documents, FUSE_OPTIONS);
  return {
    search(query, limit = 20) {
      const q = query.trim();
      if (!q) return [];
      const wanted = numberTokens(q);
      const hasAllNumbers = (d: ClaimDocument): boolean => wanted.every((n) => d.numberTokens.has(n));
      const words = q.replace(NUMBER, ' ').replace(/[%$,.\s]+/g, ' ').trim();
      const found = words
        ? fuse.search(q).map((r) => r.item).filter(hasAllNumbers)
        : documents.filter(hasAllNumbers);
      return found.slice(0, limit).map((d) => d.claim);
    },
  };
}

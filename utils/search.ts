/**
 * Search the claims index by words, speaker, outlet or number, for checking a fact without a
 * page (the popup's search box). Pure: no DOM or `wxt`.
 *
 * Every word of the query must be found somewhere in the claim (its summary, speaker and
 * aliases, outlets, number facts, or any outlet's wording), in any order: "Sacks months" and
 * "chips allies" find claims whose summary and wordings hold the words apart. A word is found
 * when its stem is there ("allies" = "ally"), when it starts a word of the claim ("Krats"), or,
 * for words of five letters or more, one typo away from one ("Kratsois"). Stopwords in the
 * query are not required.
 *
 * Numbers are whole values, read with the matcher's figure reader, so number words work
 * ("sixty-one per cent" = 61%, "four thousand five hundred" = 4,500) and "61" never finds
 * 2016 or 1.61. Results: best first (words found in the summary or speaker count most).
 */
import type { Claim } from './index/schema';
import type { IndexView } from './index/view';
import { extractFigures } from './text/figures';
import { foldWord } from './text/fold';
import { canonicalWord, wordsOf } from './text/normalize';

export interface ClaimSearch {
  /** Claims best first; [] for a blank query. */
  search(query: string, limit?: number): Claim[];
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** "4,500" → "4500"; "1.3" stays. */
export function numberTokens(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, ''));
}

/** Whole values of the figures a text states, digits or words ("sixty-one per cent" → "61"). */
export function figureValues(text: string): string[] {
  return extractFigures(text).map((f) => String(f.value));
}

interface Field {
  /** Canonical terms (stems, synonyms folded). */
  terms: Set<string>;
  /** Folded words, for prefixes and typos. */
  words: string[];
}

interface ClaimDocument {
  claim: Claim;
  /** Summary and speaker: words found here rank first. */
  main: Field;
  /** Outlets, wordings, number facts. */
  rest: Field;
  values: Set<string>;
  /** Outlet names and the speaker's names, folded: a name in the query is asked of these whole. */
  names: Set<string>;
}

function field(texts: string[]): Field {
  const terms = new Set<string>();
  const words = new Set<string>();
  for (const t of texts) {
    for (const w of wordsOf(t)) terms.add(w.term);
    for (const raw of t.split(/[\s/]+/u)) {
      const w = foldWord(raw).replace(/'s$/u, '');
      if (w && !/^\d/u.test(w)) words.add(w);
    }
  }
  return { terms, words: [...words] };
}

/** Edit distance at most 1 (one substitution, insertion, deletion or swap of neighbours). */
function oneTypo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function found(f: Field, term: string, word: string): boolean {
  if (f.terms.has(term)) return true;
  return f.words.some((w) => (word.length >= 3 && w.startsWith(word)) || (word.length >= 5 && oneTypo(w, word)));
}

function toDocument(claim: Claim, view: IndexView): ClaimDocument {
  const person = claim.speaker ? view.person(claim.speaker) : undefined;
  const outlets = [...new Set(claim.reports.map((r) => view.outletOfArticle(r.article)?.name ?? '').filter(Boolean))];
  const excerpts = claim.reports.map((r) => r.excerpt);
  const facts = [...(claim.numbers ?? []), ...claim.reports.flatMap((r) => r.numbers ?? [])];
  const values = new Set([
    ...[claim.summary, ...excerpts].flatMap((t) => [...numberTokens(t), ...figureValues(t)]),
    ...facts.map((f) => String(f.value)),
  ]);
  return {
    claim,
    main: field([claim.summary, ...(person ? [person.name, ...person.aliases] : [])]),
    rest: field([...outlets, ...excerpts, ...facts.map((f) => f.counts)]),
    values,
    names: new Set([...outlets, ...(person ? [person.name, ...person.aliases] : [])].map(foldPhrase)),
  };
}

const foldPhrase = (s: string): string =>
  s
    .split(/\s+/u)
    .map(foldWord)
    .filter(Boolean)
    .join(' ');

/** The query's figures (as values) and its other words (with their terms); stopwords dropped. */
function parseQuery(query: string): { values: string[][]; words: { term: string; word: string }[] } {
  const figures = extractFigures(query);
  let rest = query;
  const values: string[][] = [];
  for (const f of [...figures].reverse()) {
    // A figure is found by its value, or by the digits as written ("1.3" of "1.3 billion").
    values.push([String(f.value), ...numberTokens(f.text)]);
    rest = rest.slice(0, f.start) + ' ' + rest.slice(f.end);
  }
  // Digits the figure reader did not take as a figure (a bare "2020" it reads as a year is taken).
  for (const n of numberTokens(rest)) values.push([n]);
  rest = rest.replace(NUMBER, ' ');
  const words = wordsOf(rest).map((w) => ({ term: w.term, word: foldWord(w.word) }));
  return { values, words };
}

export function createClaimSearch(view: IndexView): ClaimSearch {
  const documents = view.claims.map((c) => toDocument(c, view));
  // Names of several words ("Global Times", "David Sacks"): in a query they mean the outlet or the person.
  const phrases = [...new Set(documents.flatMap((d) => [...d.names]))].filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length);
  return {
    search(query, limit = 20) {
      if (!query.trim()) return [];
      let folded = ` ${foldPhrase(query)} `;
      const names: string[] = [];
      for (const p of phrases) {
        if (folded.includes(` ${p} `)) {
          names.push(p);
          folded = folded.replace(` ${p} `, ' ');
        }
      }
      const q = parseQuery(names.length > 0 ? folded : query);
      if (names.length > 0) q.words.push(...names.map((n) => ({ term: `\u0000${n}`, word: `\u0000${n}` })));
      if (q.values.length === 0 && q.words.length === 0) return [];
      const scored: { d: ClaimDocument; score: number; i: number }[] = [];
      documents.forEach((d, i) => {
        if (!q.values.every((alternatives) => alternatives.some((v) => d.values.has(v)))) return;
        let score = 0;
        for (const w of q.words) {
          if (w.term.startsWith('\u0000')) {
            if (d.names.has(w.term.slice(1))) score += 3;
            else return;
          } else if (d.main.terms.has(w.term)) score += 3;
          else if (found(d.main, w.term, w.word)) score += 2;
          else if (found(d.rest, w.term, w.word)) score += 1;
          else return;
        }
        scored.push({ d, score, i });
      });
      scored.sort((a, b) => b.score - a.score || a.i - b.i);
      return scored.slice(0, limit).map((s) => s.d.claim);
    },
  };
}

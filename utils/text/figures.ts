/**
 * Typed figures: every number a sentence states, read as an interval of a
 * kind, with the thing it counts, so the matcher can ask "does this page agree
 * with the claim's figure?" rather than "is the same digit string here?".
 *
 * - Kinds (schema FigureKind): calendar-year ("in 2017", "2024's"), duration
 *   ("two years behind", "18 months", "a decade"), count ("4,500 firms"),
 *   percent ("61%", "sixty-one per cent", "nearly half", "two-thirds"),
 *   money with its currency ("$150 billion", "RMB 600 billion", "US$70bn"),
 *   ratio ("five of the top ten", "one in three").
 * - Intervals: qualifiers ("about", "nearly", "more than", "up to", ...) and
 *   the rounding the written form implies ("1.3 billion" is every number that
 *   rounds to it, [1.25, 1.35] billion) widen a value into [low, high];
 *   ranges ("10-15%", "one and a half to two years") are intervals as stated.
 * - Agreement: same kind (a calendar year never agrees with a duration),
 *   money converted through the dated rate table (data/rates.json) within its
 *   tolerance, and overlapping intervals.
 * - Conflict: a page figure vetoes only when it is of the same kind AND counts
 *   the same thing as a claim figure the page does not state, and agrees with
 *   none of the claim's figures.
 *
 * Decisions worth knowing:
 * - "¥" is read as yuan (CNY): the index is about China; "yen" or "JPY" name
 *   the Japanese currency.
 * - Vague plurals ("dozens", "hundreds of", "thousands of") are not figures.
 * - Fractions in words ("half", "a third") are percent with ±2.5 points of
 *   slack, since writers round to them ("a third" for 32%); so are ratios
 *   ("one in three") when compared with a percent.
 * - A number right after or before letters ("H20", "5G", "GPT-4", "21st") is a
 *   name, not a figure; so are day numbers next to a month ("May 15").
 *
 * Pure module; linear in the text (bounded look-ahead and look-behind); never
 * throws (odd input gives fewer figures, not an exception).
 */
import type { z } from 'zod';
import type { Currency, DurationUnit as DurationUnitSchema, FigureKind, NumberFact, Qualifier } from '../index/schema';
import { canonicalWord } from './normalize';
import { FRACTION_DENOMINATORS, SCALES, UNITS, isNumberWord, readNumberWords } from './number-words';
import { convert, type RateTable } from './rates';

type DurationUnit = z.infer<typeof DurationUnitSchema>;

export interface Figure {
  /** Offsets of the whole figure in the text, qualifier and currency included ("nearly 600 billion yuan"). */
  start: number;
  end: number;
  /** The figure's text as written (whitespace collapsed). */
  text: string;
  kind: FigureKind;
  /**
   * The value as stated, in the kind's unit: percent points, currency units,
   * `per` units for durations, the numerator for ratios. For a range, its low end.
   */
  value: number;
  /** The interval the wording allows (qualifier, rounding, range). */
  low: number;
  high: number;
  qualifier: Qualifier;
  /** Money: the currency (absent for currencies the rate table does not have, e.g. "A$"). */
  currency?: Currency;
  /** Durations: the unit of `value`. */
  per?: DurationUnit;
  /** Ratios: the denominator ("five of the top ten": 10). */
  denominator?: number;
  /** A fraction written as words ("half", "two-thirds"): a percent of a whole. */
  fraction?: boolean;
  /** The noun phrase after the figure, what it counts ("AI-related enterprises"); may be empty. */
  counts: string;
  /** Up to six words before the figure in the same clause ("China's core AI industry is worth"). */
  context: string;
  /** Index (in the returned array) of the same amount in another currency: "600 billion yuan (about $84 billion)". */
  pairedWith?: number;
}

// ---------------------------------------------------------------- tokens

interface Tok {
  type: 'num' | 'word' | 'sym';
  raw: string;
  low: string;
  start: number;
  end: number;
}

const TOKEN_RE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;

function tokenize(text: string, from: number, to: number): Tok[] {
  const slice = text.slice(from, to);
  const out: Tok[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const raw = m[0];
    const type = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    out.push({ type, raw, low: type === 'word' ? raw.toLowerCase().replace(/’/gu, "'") : raw, start: from + m.index, end: from + m.index + raw.length });
  }
  return out;
}

// ---------------------------------------------------------------- vocabularies

const HYPHENS = new Set(['-', '‐', '‑', '–', '—']);
const RANGE_DASHES = new Set(['-', '‐', '‑', '–', '—']);

const QUALIFIER_ONE: Readonly<Record<string, Qualifier>> = {
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', approx: 'about', some: 'about',
  circa: 'about', ca: 'about', estimated: 'about', nearly: 'nearly', almost: 'nearly', over: 'over', above: 'over',
  exceeding: 'over', surpassing: 'over', topping: 'over', under: 'under', below: 'under', nearing: 'nearly',
  approaching: 'nearly',
};
const QUALIFIER_TWO: Readonly<Record<string, Qualifier>> = {
  'more than': 'over', 'greater than': 'over', 'higher than': 'over', 'at least': 'over', 'upwards of': 'over',
  'in excess of': 'over', 'just over': 'over', 'well over': 'over', 'well above': 'over', 'just above': 'over',
  'less than': 'under', 'fewer than': 'under', 'lower than': 'under', 'at most': 'under', 'up to': 'under',
  'as many as': 'under', 'as much as': 'under', 'just under': 'under', 'just below': 'under', 'close to': 'nearly',
  'just shy of': 'nearly', 'an estimated': 'about', 'nearly all': 'nearly',
};

const CURRENCY_SUFFIX: Readonly<Record<string, Currency>> = {
  yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', cny: 'CNY', usd: 'USD', dollars: 'USD', dollar: 'USD',
  euros: 'EUR', euro: 'EUR', eur: 'EUR', pounds: 'GBP', sterling: 'GBP', gbp: 'GBP', yen: 'JPY', jpy: 'JPY', hkd: 'HKD',
};
const CURRENCY_PREFIX_WORD: Readonly<Record<string, Currency>> = {
  rmb: 'CNY', cny: 'CNY', usd: 'USD', eur: 'EUR', gbp: 'GBP', hkd: 'HKD', jpy: 'JPY', yuan: 'CNY',
};
/** Letters written before "$": US$, HK$; other dollars (A$, C$, S$, NZ$) are money with no rate. */
const DOLLAR_PREFIX: Readonly<Record<string, Currency | null>> = {
  us: 'USD', u: 'USD', hk: 'HKD', a: null, au: null, c: null, ca: null, s: null, sg: null, nz: null, nt: null,
};
const SYMBOL_CURRENCY: Readonly<Record<string, Currency>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY' };

/** Numeral-attached scale letters ("$70bn", "5m", "10k"): only when written against the digits. */
const ATTACHED_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 };

const DURATION_UNITS: Readonly<Record<string, [DurationUnit, number]>> = {
  year: ['year', 1], years: ['year', 1], yr: ['year', 1], yrs: ['year', 1], decade: ['year', 10], decades: ['year', 10],
  month: ['month', 1], months: ['month', 1], week: ['week', 1], weeks: ['week', 1], day: ['day', 1], days: ['day', 1],
};
/** A duration in years, for comparing durations of different units. */
const YEARS_PER: Readonly<Record<DurationUnit, number>> = { year: 1, month: 1 / 12, week: 7 / 365.25, day: 1 / 365.25 };

const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'from', 'until', 'till', 'before', 'after', 'during', 'of', 'between', 'and', 'to', 'through',
  'late', 'early', 'mid', 'fiscal', 'fy', 'year', 'circa', 'throughout', 'around', 'as', 'for', 'the', 'until',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words after which a fraction word is not a share ("the second half of 2025"). */
const NOT_FRACTION_BEFORE = new Set(['first', 'second', 'third', 'fourth', 'last', 'latter', 'other', 'the', 'this', 'that', 'each']);
/** Words that end a counted noun phrase. */
const PHRASE_STOP = new Set(
  `a an the in on at by for with from to into of than as since per over under about across between among during
  after before through via against and or but nor while whereas that which who whom whose when where if because
  is are was were be been being has have had will would could can may might should shall must do does did it its
  this these those there their they he she we you i his her our your last this next each every more most less
  fewer so such not no yet also just only even still now then up down out than said says say according`.split(/\s+/u),
);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'this', 'these', 'those', 'a', 'an']);
const RATIO_FILLERS = new Set(['the', "world's", 'world', 'top', 'largest', 'biggest', 'leading', 'most', 'globe', "globe's", 'fastest']);
const CLAUSE_BREAK = new Set(['.', '!', '?', ';', ':', '(', ')', '"', '“', '”', '[', ']', '。', '；', '：', '（', '）']);

/** Slack of a fraction in words ("a third" for 32%), in percent points. */
const FRACTION_SLACK = 2.5;

// ---------------------------------------------------------------- reading

interface Core {
  value: number;
  /** Half-width of the rounding the written form implies (0 for an exact integer). */
  half: number;
  first: number; // first token
  last: number; // last token (inclusive)
  scaled: boolean;
  fromWords: boolean;
  /** A numeral that can be a calendar year (four digits, no separator). */
  yearLike: boolean;
  /** A fraction word ("half", "two-thirds"): value is already a percent. */
  fraction: boolean;
}

type CoreRead = { core: Core } | { skip: number } | undefined;

class Reader {
  private readonly toks: Tok[];
  private readonly n: number;
  /** Tokens before this index belong to an earlier figure: look-behind stops here. */
  floor = 0;
  constructor(toks: Tok[]) {
    this.toks = toks;
    this.n = toks.length;
  }

  private low(i: number): string {
    return i >= 0 && i < this.n ? this.toks[i]!.low : '';
  }
  private adjacent(a: number, b: number): boolean {
    return a >= 0 && b < this.n && this.toks[a]!.end === this.toks[b]!.start;
  }
  private isWord(i: number): boolean {
    return i >= 0 && i < this.n && this.toks[i]!.type === 'word';
  }
  private isHyphen(i: number): boolean {
    return i >= 0 && i < this.n && this.toks[i]!.type === 'sym' && HYPHENS.has(this.toks[i]!.raw);
  }

  /** The lower-case words from i (hyphens as "-"), for the number-word reader; stops at anything else. */
  private wordsFrom(i: number, max: number): string[] {
    const out: string[] = [];
    for (let k = i; k < this.n && out.length < max; k++) {
      const t = this.toks[k]!;
      if (t.type === 'word') out.push(t.low);
      else if (this.isHyphen(k) && this.adjacent(k - 1, k) && this.adjacent(k, k + 1)) out.push('-');
      else break;
    }
    return out;
  }

  /** Index after a contiguous run of number words (and hyphens, "and") from i. */
  private skipNumberRun(i: number): number {
    let k = i;
    while (k < this.n && (isNumberWord(this.low(k)) || this.low(k) === 'and' || this.low(k) === 'a' || this.isHyphen(k))) k++;
    return Math.max(k, i + 1);
  }

  readCore(i: number): CoreRead {
    const t = this.toks[i];
    if (!t) return undefined;
    if (t.type === 'num') return this.readNumeral(i);
    if (t.type === 'word') return this.readWords(i);
    return undefined;
  }

  private readNumeral(i: number): CoreRead {
    const t = this.toks[i]!;
    // Names and codes: "H20", "A100", "GPT-4", "Covid-19" (but "RMB600bn" is money).
    if (this.isWord(i - 1) && this.adjacent(i - 1, i) && CURRENCY_PREFIX_WORD[this.low(i - 1)] === undefined && !/^\p{Script=Han}/u.test(this.toks[i - 1]!.raw)) return { skip: i + 1 };
    if (this.isHyphen(i - 1) && this.adjacent(i - 1, i) && this.isWord(i - 2) && this.adjacent(i - 2, i - 1)) return { skip: i + 1 };
    // Times, dates and versions: "10:30", "2025-06-19", "19/06", "3.5.1".
    const next = this.toks[i + 1];
    if (next && next.type === 'sym' && (next.raw === ':' || next.raw === '/' || next.raw === '.') && this.adjacent(i, i + 1) && this.toks[i + 2]?.type === 'num' && this.adjacent(i + 1, i + 2)) {
      let k = i + 2;
      while (k + 2 < this.n && this.toks[k + 1]!.type === 'sym' && this.adjacent(k, k + 1) && this.toks[k + 2]!.type === 'num' && this.adjacent(k + 1, k + 2)) k += 2;
      return { skip: k + 1 };
    }
    if (
      this.isHyphen(i + 1) && this.adjacent(i, i + 1) && this.toks[i + 2]?.type === 'num' && this.adjacent(i + 1, i + 2) &&
      this.isHyphen(i + 3) && this.adjacent(i + 2, i + 3) && this.toks[i + 4]?.type === 'num' && this.adjacent(i + 3, i + 4)
    ) {
      return { skip: i + 5 };
    }
    // Chinese dates: "7月31日", "8 月 5 日".
    if (this.isWord(i + 1) && /^[月日号時时]/u.test(this.toks[i + 1]!.raw)) return { skip: i + 2 };
    const digits = t.raw.replace(/,/gu, '');
    const value = Number(digits);
    if (!Number.isFinite(value)) return { skip: i + 1 };
    const dot = digits.indexOf('.');
    const decimals = dot < 0 ? 0 : digits.length - dot - 1;
    let last = i;
    let scale = 1;
    const after = this.low(i + 1);
    if (this.isWord(i + 1)) {
      const attached = this.adjacent(i, i + 1);
      if (SCALES[after] !== undefined) {
        scale = SCALES[after]!;
        last = i + 1;
      } else if (attached && ATTACHED_SCALES[after] !== undefined) {
        scale = ATTACHED_SCALES[after]!;
        last = i + 1;
      } else if (/^(?:万亿|亿|万)/u.test(after)) {
        // Chinese myriads: "6000亿元" is 6000 × 10^8 yuan; the unit that follows stays for the currency reader.
        scale = after.startsWith('万亿') ? 1e12 : after.startsWith('亿') ? 1e8 : 1e4;
        if (after === '万亿' || after === '亿' || after === '万') last = i + 1;
      } else if (attached && !this.attachedUnitOk(after, this.toks[i + 1]!.raw)) {
        // "5G", "3D", "21st", "10x".
        return { skip: i + 2 };
      }
    }
    // "1.5 trillion" and "2 million": a further scale word is not English ("2 thousand million" aside).
    const scaled = scale !== 1;
    const half = scaled || decimals > 0 ? 0.5 * 10 ** -decimals * scale : 0;
    const yearLike = !scaled && decimals === 0 && !t.raw.includes(',') && digits.length === 4 && value >= 1800 && value <= 2100;
    return { core: { value: value * scale, half, first: i, last, scaled, fromWords: false, yearLike, fraction: false } };
  }

  private attachedUnitOk(low: string, raw: string): boolean {
    if (low === 's' || low === "'s") return true; // "2020s", "1990's" handled as decades
    if (SCALES[low] !== undefined || DURATION_UNITS[low] !== undefined || CURRENCY_SUFFIX[low] !== undefined) return true;
    if (low === 'pc' || low === 'pct' || low === 'percent') return true;
    return /^\p{Script=Han}/u.test(raw);
  }

  private readWords(i: number): CoreRead {
    const w = this.low(i);
    // "half" (a share), "half a million".
    if (w === 'half') {
      if (this.low(i + 1) === 'a' && SCALES[this.low(i + 2)] !== undefined && this.isWord(i + 2) && this.low(i + 2).length > 2) {
        return { core: { value: 0.5 * SCALES[this.low(i + 2)]!, half: 0, first: i, last: i + 2, scaled: true, fromWords: true, yearLike: false, fraction: false } };
      }
      if (this.fractionContext(i, i)) return { core: this.fractionCore(i, i, 1, 2) };
      return undefined;
    }
    // "a third of", "a quarter of", "a decade", "a year", "a million".
    if (w === 'a' || w === 'an') {
      const nx = this.low(i + 1);
      const den = FRACTION_DENOMINATORS[nx];
      if (den !== undefined && den > 2 && !nx.endsWith('s') && this.fractionContext(i, i + 1)) return { core: this.fractionCore(i, i + 1, 1, den) };
      if (DURATION_UNITS[nx] !== undefined) {
        return { core: { value: 1, half: 0, first: i, last: i, scaled: false, fromWords: true, yearLike: false, fraction: false } };
      }
    }
    if (!isNumberWord(w)) {
      if (w !== 'a' && w !== 'an') return undefined;
      const nx = this.low(i + 1);
      if (nx !== 'hundred' && nx !== 'dozen' && !(SCALES[nx] !== undefined && nx.length > 3)) return undefined;
    }
    const words = this.wordsFrom(i, 24);
    const read = readNumberWords(words, 0, words.length);
    if (!read) return undefined;
    if (read.ambiguous) return { skip: this.skipNumberRun(i) };
    // Map consumed words back to tokens (one token per word entry).
    const last = i + read.consumed - 1;
    // "two-thirds", "three quarters of", "one fifth".
    let k = last + 1;
    if (this.low(k) === '-' || (this.isHyphen(k) && this.adjacent(k - 1, k))) k++;
    const den = FRACTION_DENOMINATORS[this.low(k)];
    if (den !== undefined && Number.isInteger(read.value) && read.value >= 1 && read.value < den && den > 2) {
      const isQuarter = this.low(k).startsWith('quarter');
      if (!isQuarter || this.low(k + 1) === 'of') return { core: this.fractionCore(i, k, read.value, den) };
    }
    if (read.value === 0.5 && den === 2) return { core: this.fractionCore(i, k, 1, 2) };
    const scaledWord = words.slice(0, read.consumed).some((x) => SCALES[x] !== undefined);
    return { core: { value: read.value, half: 0, first: i, last, scaled: scaledWord, fromWords: true, yearLike: false, fraction: false } };
  }

  /** A fraction word is a share when "of" follows, a qualifier precedes, or it stands alone as an amount. */
  private fractionContext(first: number, last: number): boolean {
    if (NOT_FRACTION_BEFORE.has(this.low(first - 1)) && this.low(first) !== 'a') return false;
    if (this.low(last + 1) === 'of') return true;
    const q = this.qualifierBefore(first);
    return q !== undefined;
  }

  private fractionCore(first: number, last: number, num: number, den: number): Core {
    return { value: (num / den) * 100, half: FRACTION_SLACK, first, last, scaled: false, fromWords: true, yearLike: false, fraction: true };
  }

  /** Qualifier words right before token i: [qualifier, first token of the qualifier]. */
  qualifierBefore(i: number): [Qualifier, number] | undefined {
    const p = i - 1 >= this.floor ? this.toks[i - 1] : undefined;
    if (p && p.type === 'sym' && (p.raw === '~' || p.raw === '≈')) return ['about', i - 1];
    if (p && p.type === 'sym' && (p.raw === '>' || p.raw === '≥')) return ['over', i - 1];
    if (p && p.type === 'sym' && (p.raw === '<' || p.raw === '≤')) return ['under', i - 1];
    const w1 = i - 1 >= this.floor && this.isWord(i - 1) ? this.low(i - 1) : '';
    const w2 = i - 2 >= this.floor && this.isWord(i - 2) ? this.low(i - 2) : '';
    const w3 = i - 3 >= this.floor && this.isWord(i - 3) ? this.low(i - 3) : '';
    if (w3 && w2 && w1 && QUALIFIER_TWO[`${w3} ${w2} ${w1}`]) return [QUALIFIER_TWO[`${w3} ${w2} ${w1}`]!, i - 3];
    if (w2 && w1 && QUALIFIER_TWO[`${w2} ${w1}`]) return [QUALIFIER_TWO[`${w2} ${w1}`]!, i - 2];
    if (w1 && QUALIFIER_ONE[w1]) {
      // "just over", "well over", "some" after a verb: the one-word form.
      return [QUALIFIER_ONE[w1]!, i - 1];
    }
    return undefined;
  }

  /** Currency written before token i: [currency or null for an unknown dollar, first token]. */
  currencyBefore(i: number): [Currency | null, number] | undefined {
    const p = i - 1 >= this.floor ? this.toks[i - 1] : undefined;
    if (!p) return undefined;
    if (p.type === 'sym' && SYMBOL_CURRENCY[p.raw] !== undefined) {
      if (p.raw === '$' && i - 2 >= this.floor && this.isWord(i - 2) && this.adjacent(i - 2, i - 1)) {
        const pre = this.low(i - 2).replace(/\./gu, '');
        if (pre in DOLLAR_PREFIX) return [DOLLAR_PREFIX[pre] ?? null, i - 2];
        if (pre === 's' && this.low(i - 3) === "'") return ['USD', i - 1];
      }
      // "U.S.$" tokenises as U . S . $
      if (p.raw === '$' && i - 5 >= this.floor && this.low(i - 2) === '.' && this.low(i - 3) === 's' && this.adjacent(i - 2, i - 1)) return ['USD', i - 5];
      return [SYMBOL_CURRENCY[p.raw]!, i - 1];
    }
    if (p.type === 'word' && CURRENCY_PREFIX_WORD[p.low] !== undefined) return [CURRENCY_PREFIX_WORD[p.low]!, i - 1];
    return undefined;
  }

  /** Currency written after token i (the end of a number): [currency, last token]. */
  currencyAfter(i: number): [Currency, number] | undefined {
    const a = this.low(i + 1);
    if (!this.isWord(i + 1)) return undefined;
    if ((a === 'us' || a === 'american' || a === 'u.s') && (this.low(i + 2) === 'dollars' || this.low(i + 2) === 'dollar')) return ['USD', i + 2];
    // "U.S. dollars" tokenises as U . S . dollars
    if (a === 'u' && this.low(i + 2) === '.' && this.low(i + 3) === 's' && this.low(i + 4) === '.' && (this.low(i + 5) === 'dollars' || this.low(i + 5) === 'dollar')) return ['USD', i + 5];
    if (a === 'hong' && this.low(i + 2) === 'kong' && (this.low(i + 3) === 'dollars' || this.low(i + 3) === 'dollar')) return ['HKD', i + 3];
    if (a === 'hk' && (this.low(i + 2) === 'dollars' || this.low(i + 2) === 'dollar')) return ['HKD', i + 2];
    if (a === 'japanese' && this.low(i + 2) === 'yen') return ['JPY', i + 2];
    if (a === 'chinese' && (this.low(i + 2) === 'yuan' || this.low(i + 2) === 'renminbi')) return ['CNY', i + 2];
    if (CURRENCY_SUFFIX[a] !== undefined) return [CURRENCY_SUFFIX[a]!, i + 1];
    // Chinese: 元 yuan, 美元 US dollars, attached to the digits or their 亿/万.
    const raw = this.toks[i + 1]!.raw;
    if (/^(?:万亿|亿|万)?(?:元|人民币)/u.test(raw)) return ['CNY', i + 1];
    if (/^(?:万亿|亿|万)?美元/u.test(raw)) return ['USD', i + 1];
    return undefined;
  }

  /** Percent after token i: the last token of the percent sign or words. */
  percentAfter(i: number): number | undefined {
    const t = this.toks[i + 1];
    if (!t) return undefined;
    if (t.type === 'sym' && (t.raw === '%' || t.raw === '％')) return i + 1;
    const a = this.low(i + 1);
    if (a === 'percent' || a === 'pct' || a === 'pc' || a === 'percentage') {
      if (a === 'percentage' && (this.low(i + 2) === 'points' || this.low(i + 2) === 'point')) return i + 2;
      if (a === 'percentage') return undefined;
      return i + 1;
    }
    if (a === 'per' && this.low(i + 2) === 'cent') return i + 2;
    // Chinese percentage points: "2.5个百分点".
    if (this.isWord(i + 1) && /^个?百分点/u.test(t.raw)) return i + 1;
    return undefined;
  }

  /** Duration unit after token i (optionally hyphenated: "five-year"): [unit, multiplier, last token]. */
  durationAfter(i: number, yearLike = false): [DurationUnit, number, number] | undefined {
    const han = this.isWord(i + 1) ? this.toks[i + 1]!.raw : '';
    if (/^\p{Script=Han}/u.test(han)) {
      // Chinese: "5年" five years (but "2024年" is a calendar year), "18个月", "3周", "10天".
      if (/^年/u.test(han) && !yearLike) return ['year', 1, i + 1];
      if (/^个月/u.test(han)) return ['month', 1, i + 1];
      if (/^(?:周|星期)/u.test(han)) return ['week', 1, i + 1];
      if (/^天/u.test(han)) return ['day', 1, i + 1];
      return undefined;
    }
    let k = i + 1;
    if (this.isHyphen(k) && this.adjacent(k - 1, k)) k++;
    const u = DURATION_UNITS[this.low(k)];
    if (!u || !this.isWord(k)) return undefined;
    return [u[0], u[1], k];
  }

  /** Ratio after token i: "of the top ten", "in three", "out of five" → [denominator core, last token]. */
  ratioAfter(i: number, numerator: number): Core | undefined {
    let k = i + 1;
    const w = this.low(k);
    if (w === 'in') k++;
    else if (w === 'out' && this.low(k + 1) === 'of') k += 2;
    else if (w === 'of') {
      k++;
      let fillers = 0;
      while (fillers < 4 && RATIO_FILLERS.has(this.low(k))) {
        k++;
        fillers++;
      }
    } else return undefined;
    const r = this.readCore(k);
    if (!r || !('core' in r)) return undefined;
    const c = r.core;
    if (c.fraction || c.yearLike || !Number.isInteger(c.value) || c.value <= numerator || c.value > 1e4) return undefined;
    return c;
  }

  /** Up to `max` words after token i that name what a figure counts ("AI-related enterprises"). */
  countedAfter(i: number, skipOf: boolean, max = 4): { text: string; last: number } {
    let k = i + 1;
    if (skipOf && this.low(k) === 'of') {
      k++;
      while (DETERMINERS.has(this.low(k))) k++;
    }
    const words: string[] = [];
    let last = i;
    while (k < this.n && words.length < max) {
      const t = this.toks[k]!;
      if (t.type !== 'word' || PHRASE_STOP.has(t.low)) break;
      let word = t.raw;
      let end = k;
      // "AI-related", "state-owned": hyphenated compounds are one word.
      while (this.isHyphen(end + 1) && this.adjacent(end, end + 1) && this.isWord(end + 2) && this.adjacent(end + 1, end + 2)) {
        word += `-${this.toks[end + 2]!.raw}`;
        end += 2;
      }
      words.push(word);
      last = end;
      k = end + 1;
      // A plural noun is the head of the phrase: "AI-related enterprises (operate)".
      const head = this.toks[end]!.low;
      if (/[^su's]s$/u.test(head) && head.length > 3) break;
    }
    return { text: words.join(' '), last };
  }

  /** Up to five words before token i, within its clause. */
  contextBefore(i: number, max = 6): string {
    const words: string[] = [];
    for (let k = i - 1; k >= 0 && words.length < max; k--) {
      const t = this.toks[k]!;
      if (t.type === 'sym' && (CLAUSE_BREAK.has(t.raw) || t.raw === ',' || t.raw === '，')) break;
      if (t.type === 'word') words.push(t.raw);
      if (t.type === 'num') break;
    }
    return words.reverse().join(' ');
  }

  tok(i: number): Tok | undefined {
    return this.toks[i];
  }
  get length(): number {
    return this.n;
  }
  lowAt(i: number): string {
    return this.low(i);
  }
  isWordAt(i: number): boolean {
    return this.isWord(i);
  }
  isHyphenAt(i: number): boolean {
    return this.isHyphen(i);
  }
  adjacentAt(a: number, b: number): boolean {
    return this.adjacent(a, b);
  }
}

/** Interval of a value with a qualifier and a rounding half-width. */
export function qualifiedInterval(low: number, high: number, qualifier: Qualifier, half: number, halfHigh = half): [number, number] {
  let lo = low;
  let hi = high;
  switch (qualifier) {
    case 'about':
      lo = low * 0.9;
      hi = high * 1.1;
      break;
    case 'nearly':
      lo = low * 0.9;
      break;
    case 'over':
      // "More than 61 percent" is rarely 70: a tenth above, then rounding.
      hi = high * 1.1;
      break;
    case 'under':
      lo = low * 0.7;
      break;
    default:
      break;
  }
  if (lo > hi) [lo, hi] = [hi, lo]; // negative values
  return [lo - half, hi + halfHigh];
}

interface Draft {
  fig: Omit<Figure, 'text' | 'counts' | 'context' | 'low' | 'high'> & { half: number; halfHigh: number; high2?: number };
  first: number;
  last: number;
}

function readFigureAt(r: Reader, i: number): { draft?: Draft; next: number } {
  const read = r.readCore(i);
  if (!read) return { next: i + 1 };
  if ('skip' in read) return { next: Math.max(read.skip, i + 1) };
  const core = read.core;
  let first = core.first;
  let last = core.last;
  let value = core.value;
  let high = core.value;
  let half = core.half;
  let halfHigh = core.half;
  let kind: FigureKind | undefined = core.fraction ? 'percent' : undefined;
  let currency: Currency | undefined;
  let unknownCurrency = false;
  let per: DurationUnit | undefined;
  let denominator: number | undefined;
  let fraction = core.fraction;

  // Currency before the number: "$150 billion", "US$70bn", "RMB 600 billion".
  const before = core.fraction ? undefined : r.currencyBefore(core.first);
  if (before) {
    kind = 'money';
    if (before[0] === null) unknownCurrency = true;
    else currency = before[0];
    first = before[1];
  }

  // A range: "10-15%", "one and a half to two years", "between 10 and 15 percent".
  const sep = r.lowAt(last + 1);
  const startWord = r.lowAt(first - 1);
  const isDash = r.tok(last + 1)?.type === 'sym' && RANGE_DASHES.has(r.tok(last + 1)!.raw);
  if (!core.fraction && (isDash || (sep === 'to' && startWord !== 'from') || (sep === 'and' && startWord === 'between'))) {
    let k = last + 2;
    // "$10-$15 billion"
    if (kind === 'money' && r.tok(k)?.type === 'sym' && SYMBOL_CURRENCY[r.tok(k)!.raw] !== undefined) k++;
    const second = r.readCore(k);
    if (second && 'core' in second && !second.core.fraction && !(core.yearLike && second.core.yearLike)) {
      const c2 = second.core;
      let v1 = value;
      // "1.5-2 billion": the scale written once applies to both ends.
      if (!core.scaled && c2.scaled && c2.value > 0 && !c2.fromWords) {
        const scale = 10 ** Math.floor(Math.log10(c2.value / Number(r.tok(c2.first)!.raw.replace(/,/gu, ''))) + 1e-9);
        if (Number.isFinite(scale) && scale > 1) {
          v1 = value * scale;
          half = 0.5 * 10 ** -decimalsOf(r.tok(core.first)!.raw) * scale;
        }
      }
      if (c2.value > v1) {
        value = v1;
        high = c2.value;
        halfHigh = c2.half;
        last = c2.last;
      } else {
        half = core.half;
      }
    }
  }

  // Units after the number (or the range).
  if (kind === undefined) {
    const pct = r.percentAfter(last);
    if (pct !== undefined) {
      kind = 'percent';
      last = pct;
      if (!core.fromWords && half === 0) half = 0.5 * 10 ** -decimalsOf(r.tok(core.first)!.raw);
      if (!core.fromWords && halfHigh === 0) halfHigh = high === value ? half : 0.5 * 10 ** -decimalsOf(r.tok(last - 1)?.raw ?? '');
    }
  }
  if (kind === undefined || kind === 'money') {
    const cur = r.currencyAfter(last);
    if (cur) {
      kind = 'money';
      currency = cur[0];
      unknownCurrency = false;
      last = cur[1];
    }
  }
  if (kind === undefined) {
    const dur = r.durationAfter(last, core.yearLike && high === value);
    if (dur) {
      kind = 'duration';
      per = dur[0];
      value *= dur[1];
      high *= dur[1];
      half *= dur[1];
      halfHigh *= dur[1];
      last = dur[2];
      // "a year and a half"
      if (r.lowAt(last + 1) === 'and' && r.lowAt(last + 2) === 'a' && r.lowAt(last + 3) === 'half') {
        value += 0.5 * dur[1];
        high += 0.5 * dur[1];
        last += 3;
      }
    } else if (core.fromWords && core.value === 1 && (r.lowAt(core.first) === 'a' || r.lowAt(core.first) === 'an')) {
      return { next: i + 1 };
    }
  }
  if (kind === undefined && !core.scaled && Number.isInteger(value) && high === value && !core.yearLike) {
    const den = r.ratioAfter(last, value);
    if (den) {
      kind = 'ratio';
      denominator = den.value;
      last = den.last;
    }
  }
  if (kind === undefined && core.yearLike && high === value) {
    const next = r.tok(last + 1);
    const prevWord = r.lowAt(first - 1);
    const plural = next?.type === 'word' && next.low.length > 3 && /s$/u.test(next.low) && !/'s$/u.test(next.low) && !r.adjacentAt(last, last + 1);
    if (next?.type === 'word' && r.adjacentAt(last, last + 1) && (next.low === 's' || next.low === "'s")) {
      kind = 'calendar-year';
      high = value + 9; // "the 2020s"
      last += 1;
    } else if (!plural || YEAR_PREPOSITIONS.has(prevWord)) {
      kind = 'calendar-year';
    }
  }
  if (kind === 'money' && half === 0 && core.scaled) half = core.half;
  if (high === value) halfHigh = half;
  if (kind === undefined) {
    // A lone "one" is an article, not a figure; a day of the month is a date.
    if (core.fromWords && value < 2 && !core.scaled) return { next: last + 1 };
    if (!core.fromWords && Number.isInteger(value) && value >= 1 && value <= 31 && (MONTHS.has(r.lowAt(core.first - 1)) || MONTHS.has(r.lowAt(last + 1)) || (r.lowAt(last + 1) === 'of' && MONTHS.has(r.lowAt(last + 2))))) {
      return { next: last + 1 };
    }
    kind = 'count';
  }
  if (kind === 'money' && unknownCurrency) currency = undefined;

  // Qualifier before the figure (years take none: "about 2020" is still 2020).
  let qualifier: Qualifier = 'exact';
  if (kind !== 'calendar-year') {
    const q = r.qualifierBefore(first);
    if (q) {
      qualifier = q[0];
      first = q[1];
    }
  }
  fraction = fraction && kind === 'percent';
  return {
    draft: {
      fig: { start: 0, end: 0, kind, value, qualifier, currency, per, denominator, fraction: fraction || undefined, half, halfHigh, high2: high },
      first,
      last,
    },
    next: last + 1,
  };
}

function decimalsOf(raw: string): number {
  const dot = raw.indexOf('.');
  return dot < 0 ? 0 : raw.length - dot - 1;
}

const PAIR_GAP = /^\s*(?:\(|,?\s*or|[–—-])\s*(?:or\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|almost\s+|equivalent\s+to\s+|equal\s+to\s+)?$/iu;

/** Every word that can start or make a figure; a span with none of these and no digit has no figure. */
const MAY_HAVE_FIGURE = new RegExp(
  `\\d|\\b(?:${[...Object.keys(UNITS), 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', ...Object.keys(SCALES), 'dozen', ...Object.keys(FRACTION_DENOMINATORS), ...Object.keys(DURATION_UNITS)].join('|')})\\b`,
  'iu',
);

/**
 * Chinese numerals before a measure word or unit ("三大", "三道命令", "五年",
 * "四千五百家"): read as the digits they stand for, written over the same
 * characters (left-padded with zeros) so every offset stays true. Not after
 * 第 (an ordinal), and not a numeral whose digits need more characters than
 * it has ("一百" → 100), which stays unread.
 */
const CN_NUMERAL_RUN = /(?<!第)[零〇一二两三四五六七八九十百千]+(?=[个大道条项年家倍名台款只月天周次位代万亿%％])/gu;
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function chineseNumeralValue(run: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (CN_DIGIT[ch] !== undefined) {
      if (digit !== undefined && run.length > 1 && !/[十百千]/u.test(run)) return undefined; // "三四" (three or four): not one figure
      digit = CN_DIGIT[ch];
    } else if (CN_UNIT[ch] !== undefined) {
      total += (digit ?? 1) * CN_UNIT[ch]!;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

function withChineseNumerals(text: string, from: number, to: number): string {
  const slice = text.slice(from, to);
  if (!/[一二两三四五六七八九十]/u.test(slice)) return text;
  const replaced = slice.replace(CN_NUMERAL_RUN, (run) => {
    const value = chineseNumeralValue(run);
    if (value === undefined) return run;
    const digits = String(value);
    return digits.length <= run.length ? digits.padStart(run.length, '0') : run;
  });
  return replaced === slice ? text : text.slice(0, from) + replaced + text.slice(to);
}

function extract(text: string, from: number, to: number): Figure[] {
  const original = text;
  text = withChineseNumerals(text, from, to);
  if (!MAY_HAVE_FIGURE.test(from === 0 && to === text.length ? text : text.slice(from, to))) return [];
  const toks = tokenize(text, from, to);
  const r = new Reader(toks);
  const out: Figure[] = [];
  let i = 0;
  while (i < r.length) {
    const t = r.tok(i)!;
    if (t.type === 'sym' && SYMBOL_CURRENCY[t.raw] === undefined) {
      i++;
      continue;
    }
    const { draft, next } = readFigureAt(r, i);
    if (draft) {
      const f = draft.fig;
      const startTok = r.tok(draft.first)!;
      const endTok = r.tok(draft.last)!;
      const start = startTok.start;
      const end = endTok.end;
      const high = f.high2 ?? f.value;
      const [lo, hi] = f.kind === 'calendar-year' ? [f.value, high] : qualifiedInterval(f.value, high, f.qualifier, f.half, f.halfHigh);
      const counted = r.countedAfter(draft.last, f.kind === 'percent' || f.kind === 'ratio' || f.kind === 'money');
      const fig: Figure = {
        start,
        end,
        text: original.slice(start, end).replace(/\s+/gu, ' '),
        kind: f.kind,
        value: f.value,
        low: lo,
        high: hi,
        qualifier: f.qualifier,
        counts: counted.text,
        context: r.contextBefore(draft.first),
      };
      if (f.currency) fig.currency = f.currency;
      if (f.per) fig.per = f.per;
      if (f.denominator !== undefined) fig.denominator = f.denominator;
      if (f.fraction) fig.fraction = true;
      const prev = out[out.length - 1];
      if (prev && prev.kind === 'money' && fig.kind === 'money' && prev.currency !== fig.currency && prev.end <= fig.start && PAIR_GAP.test(text.slice(prev.end, fig.start))) {
        prev.pairedWith = out.length;
        fig.pairedWith = out.length - 1;
      }
      out.push(fig);
      r.floor = draft.last + 1;
    }
    i = Math.max(next, i + 1);
  }
  return out;
}

/**
 * Every figure in `text` (or in text[from, to), with offsets into the whole
 * text), in order. Never throws; linear in the span.
 */
export function extractFigures(text: string, from = 0, to?: number): Figure[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const a = Math.max(0, Math.min(text.length, Math.floor(Number.isFinite(from) ? from : 0)));
    const b = Math.max(a, Math.min(text.length, Math.floor(to === undefined || !Number.isFinite(to) ? text.length : to)));
    return extract(text, a, b);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------- agreement

/** Half-width of the rounding a fact's value implies: "1.3 billion" ±0.05 billion, 61 percent ±0.5. */
export function factRounding(value: number, kind: FigureKind): number {
  if (kind === 'calendar-year' || kind === 'ratio') return 0;
  const abs = Math.abs(value);
  if ((kind === 'count' || kind === 'money') && abs >= 1e6) {
    const scale = abs >= 1e12 ? 1e12 : abs >= 1e9 ? 1e9 : 1e6;
    const mantissa = +(abs / scale).toPrecision(12);
    return 0.5 * 10 ** -decimalsOf(String(mantissa)) * scale;
  }
  if (kind === 'percent') return 0.5 * 10 ** -decimalsOf(String(+abs.toPrecision(12)));
  if (!Number.isInteger(value)) return 0.5 * 10 ** -decimalsOf(String(+abs.toPrecision(12)));
  return 0;
}

/** The interval a claim's fact allows, in its own unit (percent points, currency, `per` units). */
export function factInterval(fact: Pick<NumberFact, 'value' | 'kind' | 'qualifier'>): [number, number] {
  if (fact.kind === 'calendar-year') return [fact.value, fact.value];
  return qualifiedInterval(fact.value, fact.value, fact.qualifier ?? 'exact', factRounding(fact.value, fact.kind));
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  const eps = 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi));
  const point = a[1] - a[0] <= eps || b[1] - b[0] <= eps;
  return point ? lo <= hi + eps : lo < hi - eps;
}

export interface AgreeOptions {
  /** Year whose exchange rates convert money (the page's or the claim's year); the table's latest when absent. */
  year?: number;
}

/**
 * Does a figure on the page agree with a claim's fact? Same kind (a ratio
 * also answers a count by its numerator and a percent by its share), money
 * through the rate table, durations across units, overlapping intervals.
 */
export function figureAgrees(fig: Figure, fact: NumberFact, rates: RateTable, opts: AgreeOptions = {}): boolean {
  const fi = factInterval(fact);
  switch (fact.kind) {
    case 'calendar-year':
      return fig.kind === 'calendar-year' && overlaps([fig.low, fig.high], fi);
    case 'duration': {
      if (fig.kind !== 'duration' || !fig.per || !fact.per) return false;
      const a = YEARS_PER[fig.per as DurationUnit];
      const b = YEARS_PER[fact.per as DurationUnit];
      return overlaps([fig.low * a, fig.high * a], [fi[0] * b, fi[1] * b]);
    }
    case 'percent':
      if (fig.kind === 'percent') return overlaps([fig.low, fig.high], fi);
      if (fig.kind === 'ratio' && fig.denominator) {
        const share = (fig.value / fig.denominator) * 100;
        return overlaps([share - FRACTION_SLACK, share + FRACTION_SLACK], fi);
      }
      return false;
    case 'count':
      if (fig.kind === 'count') return overlaps([fig.low, fig.high], fi);
      if (fig.kind === 'ratio') return overlaps([fig.value, fig.value], fi);
      return false;
    case 'ratio': {
      // A ratio fact's value is the share as a fraction ("one in three" = 0.333).
      if (fig.kind === 'ratio' && fig.denominator) return overlaps([fig.value / fig.denominator, fig.value / fig.denominator], [fi[0] - 0.025, fi[1] + 0.025]);
      if (fig.kind === 'percent') return overlaps([fig.low / 100, fig.high / 100], [fi[0] - 0.025, fi[1] + 0.025]);
      return false;
    }
    case 'money': {
      if (fig.kind !== 'money' || !fig.currency || !fact.currency) return false;
      if (fig.currency === fact.currency) return overlaps([fig.low, fig.high], fi);
      const lo = convert(rates, fig.low, fig.currency, fact.currency, opts.year);
      const hi = convert(rates, fig.high, fig.currency, fact.currency, opts.year);
      if (!lo || !hi) return false;
      return overlaps([lo[0], hi[1]], fi);
    }
    default:
      return false;
  }
}

// ---------------------------------------------------------------- comparison

const GENERIC_THING = new Set(
  ['china', 'chinese', 'us', 'american', 'world', 'global', 'year', 'years', 'total', 'number', 'new', 'country', 'countries', 'time', 'some', 'other', 'two', 'first']
    .map((w) => canonicalWord(w))
    .filter(Boolean),
);

/** Content terms of a phrase, folded as the matcher folds words (stems, synonyms such as firms = enterprises). */
export function thingTerms(phrase: string): Set<string> {
  const out = new Set<string>();
  for (const raw of phrase.toLowerCase().split(/[^\p{L}\p{M}\d']+/u)) {
    const w = raw.replace(/'s$/u, '').replace(/'/gu, '');
    if (!w || /^\d/u.test(w)) continue;
    const t = canonicalWord(w);
    if (t && !GENERIC_THING.has(t)) out.add(t);
  }
  return out;
}

/** Do the page figure and the fact count the same thing (a shared content word)? */
export function sameThing(fig: Figure, fact: Pick<NumberFact, 'counts' | 'kind'>): boolean {
  const factTerms = thingTerms(fact.counts);
  const after = thingTerms(fig.counts);
  const terms = fig.kind === 'calendar-year' || fig.kind === 'money' || after.size === 0 ? new Set([...after, ...thingTerms(fig.context)]) : after;
  for (const t of terms) if (factTerms.has(t)) return true;
  return false;
}

/** Kinds that can stand in for each other on a page ("five of the top ten" for a count of 5). */
function comparable(fig: Figure, fact: NumberFact): boolean {
  if (fig.kind === fact.kind) return true;
  if (fig.kind === 'ratio') return fact.kind === 'count' || fact.kind === 'percent';
  if (fact.kind === 'ratio') return fig.kind === 'percent';
  return false;
}

/**
 * How much agreement on a fact says: a calendar year or a round share is
 * common on pages about anything; "227 supercomputers" or "600 billion yuan"
 * is rare, and agreement on it is evidence the page states the claim.
 */
export function factRarity(fact: NumberFact): number {
  if (fact.kind === 'calendar-year') return 0.25;
  const v = Math.abs(fact.value);
  if (fact.kind === 'percent') return [10, 20, 25, 50, 75, 100].includes(v) ? 0.5 : 1;
  if (fact.kind === 'duration' || fact.kind === 'count') return Number.isInteger(v) && v <= 12 ? 0.5 : 1;
  return 1;
}

export interface FigureComparison {
  /** Per claim fact: does some page figure agree with it? */
  matched: boolean[];
  /** Every agreeing pair: page figure index, fact index. */
  agreements: { figure: number; fact: number }[];
  /** A fact other than a calendar year is matched. */
  shared: boolean;
  /** Sum of the rarity of matched facts (see factRarity). */
  evidence: number;
  /** A page figure that gives another value for something the claim counts. */
  conflict?: { figure: number; fact: number; detail: string };
}

/**
 * Compare the figures of a page sentence with a claim's facts. A page figure
 * conflicts only when it agrees with none of the facts, is of a comparable
 * kind, counts the same thing as a fact, and that fact is stated nowhere in
 * the sentence (another figure beside all of the claim's own is another fact,
 * not a disagreement).
 */
export function compareFigures(
  pageFigures: ReadonlyArray<Figure>,
  claimFacts: ReadonlyArray<NumberFact>,
  rates: RateTable,
  opts: AgreeOptions = {},
): FigureComparison {
  const matched = claimFacts.map(() => false);
  const agreements: { figure: number; fact: number }[] = [];
  const figureAgreesAny = pageFigures.map(() => false);
  pageFigures.forEach((fig, fi) => {
    claimFacts.forEach((fact, ci) => {
      if (figureAgrees(fig, fact, rates, opts)) {
        matched[ci] = true;
        figureAgreesAny[fi] = true;
        agreements.push({ figure: fi, fact: ci });
      }
    });
  });
  let conflict: FigureComparison['conflict'];
  for (let fi = 0; fi < pageFigures.length && !conflict; fi++) {
    const fig = pageFigures[fi]!;
    if (figureAgreesAny[fi]) continue;
    if (fig.pairedWith !== undefined && figureAgreesAny[fig.pairedWith]) continue;
    for (let ci = 0; ci < claimFacts.length; ci++) {
      const fact = claimFacts[ci]!;
      if (matched[ci] || !comparable(fig, fact)) continue;
      // Money in a currency the table cannot convert says nothing either way.
      if (fig.kind === 'money' && (!fig.currency || !fact.currency)) continue;
      // The same thing counted, or the figure stands where a fact of the same kind is missing
      // beside another of the claim's facts that the sentence does state:
      // "219 compared to America's 109" against "227 compared with 109".
      const standsIn = fig.kind === fact.kind && claimFacts.some((f, k) => matched[k] && f.kind === fact.kind);
      if (!sameThing(fig, fact) && !standsIn) continue;
      conflict = { figure: fi, fact: ci, detail: `this page: ${fig.text}; the index: ${formatFact(fact)}` };
      break;
    }
  }
  let evidence = 0;
  claimFacts.forEach((fact, ci) => {
    if (matched[ci]) evidence += factRarity(fact);
  });
  const shared = claimFacts.some((f, ci) => matched[ci] && f.kind !== 'calendar-year');
  return { matched, agreements, shared, evidence, conflict };
}

function scaledValue(v: number): string {
  const abs = Math.abs(v);
  const fmt = (x: number) => String(+x.toFixed(2));
  if (abs >= 1e12) return `${fmt(v / 1e12)} trillion`;
  if (abs >= 1e9) return `${fmt(v / 1e9)} billion`;
  if (abs >= 1e6) return `${fmt(v / 1e6)} million`;
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(+v.toFixed(3));
}

const QUALIFIER_WORD: Readonly<Record<Qualifier, string>> = { exact: '', about: 'about ', nearly: 'nearly ', over: 'more than ', under: 'less than ' };
const CURRENCY_FORMAT: Readonly<Record<Currency, (s: string) => string>> = {
  USD: (s) => `$${s}`,
  CNY: (s) => `${s} yuan`,
  EUR: (s) => `€${s}`,
  GBP: (s) => `£${s}`,
  HKD: (s) => `HK$${s}`,
  JPY: (s) => `${s} yen`,
};

/** A fact in words: "nearly 600 billion yuan", "more than 61 percent", "2 years", "227". */
export function formatFact(fact: NumberFact): string {
  if (fact.kind === 'calendar-year') return String(fact.value);
  const q = QUALIFIER_WORD[fact.qualifier ?? 'exact'];
  const v = scaledValue(fact.value);
  switch (fact.kind) {
    case 'percent':
      return `${q}${v} percent`;
    case 'money':
      return q + (fact.currency ? CURRENCY_FORMAT[fact.currency](v) : v);
    case 'duration':
      return `${q}${v} ${fact.per ?? 'year'}${fact.value === 1 ? '' : 's'}`;
    default:
      return q + v;
  }
}

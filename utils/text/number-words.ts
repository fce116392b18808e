/**
 * English number words: "four thousand five hundred" → 4500, "sixty-one" →
 * 61, "a million" → 1e6, "one and a half" → 1.5, "two dozen" → 24; and the
 * reverse, `spellNumber`, which the property tests use to round-trip
 * 0..999,999,999.
 *
 * Decisions:
 * - Vague plurals ("dozens", "hundreds of", "thousands of", "millions") are
 *   not figures: they name no value a claim could agree or disagree with.
 * - A run of number words that does not form one number ("twenty twenty-four",
 *   "one two three") is rejected whole, not read as two numbers or a year.
 * - Ordinals ("third", "fifth") are fractions only where the caller says so
 *   (figures.ts reads "a third of", "two-thirds"); here they end a number.
 *
 * Pure module, linear in the words it is given.
 */

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words, including the abbreviations news copy uses after a numeral ("$70bn"). */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};
/** Scale words a number-word run may use (abbreviations follow numerals only). */
const WORD_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Fractions written as words: "half", "a third", "two-thirds", "three quarters". */
export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** True for a word that can start or continue a number-word run. */
export function isNumberWord(w: string): boolean {
  return UNITS[w] !== undefined || TENS[w] !== undefined || w === 'hundred' || WORD_SCALES[w] !== undefined || w === 'dozen';
}

export interface WordsRead {
  value: number;
  /** How many words were consumed (including "and", "a" and hyphen tokens the caller passed as "-"). */
  consumed: number;
  /** True if the run stopped at a word that is itself a number word: the run is not one number. */
  ambiguous: boolean;
}

/**
 * Read the longest number starting at words[at]. Words are lower-case; a
 * hyphen between words ("sixty-one") is passed as its own "-" word. Returns
 * undefined when words[at] starts no number. Reads at most `limit` words.
 */
export function readNumberWords(words: ReadonlyArray<string>, at = 0, limit = 40): WordsRead | undefined {
  let total = 0;
  let group = 0; // value below the current scale (0..999)
  let i = at;
  const end = Math.min(words.length, at + limit);
  let seen = false; // any number word consumed
  let lastScale = Infinity;
  // What the group holds so far, for composition rules.
  let hasHundred = false;
  let hasTens = false;
  let hasUnits = false;
  let consumedTo = at; // index after the last word that belongs to the number
  let pendingA = false; // "a" read, waiting for hundred/scale/dozen

  const finishGroup = () => {
    total += group;
    group = 0;
    hasHundred = hasTens = hasUnits = false;
  };

  while (i < end) {
    const w = words[i]!;
    if ((w === 'a' || w === 'an') && !seen) {
      const next = words[i + 1];
      if (next === 'hundred' || next === 'dozen' || (next !== undefined && WORD_SCALES[next] !== undefined)) {
        pendingA = true;
        i++;
        continue;
      }
      return undefined;
    }
    if (w === '-' && seen) {
      // Only between tens and units ("sixty-one") or before a scale-less unit.
      const next = words[i + 1];
      if (next !== undefined && hasTens && !hasUnits && UNITS[next] !== undefined && UNITS[next]! < 10 && UNITS[next]! > 0) {
        i++;
        continue;
      }
      break;
    }
    if (w === 'and' && seen) {
      // "one hundred and five", "two thousand and twenty", "one and a half".
      const next = words[i + 1];
      const after = words[i + 2];
      if ((next === 'a' || next === 'an') && after === 'half') {
        group += 0.5;
        i += 3;
        consumedTo = i;
        // "one and a half million"
        const scaleWord = words[i];
        if (scaleWord !== undefined && WORD_SCALES[scaleWord] !== undefined && WORD_SCALES[scaleWord]! < lastScale) {
          total += group * WORD_SCALES[scaleWord]!;
          group = 0;
          lastScale = WORD_SCALES[scaleWord]!;
          i++;
          consumedTo = i;
        }
        break;
      }
      if (next !== undefined && (UNITS[next] !== undefined || TENS[next] !== undefined) && !hasTens && !hasUnits && (hasHundred || lastScale !== Infinity)) {
        i++;
        continue;
      }
      break;
    }
    const unit = UNITS[w];
    const ten = TENS[w];
    const scale = WORD_SCALES[w];
    if (unit !== undefined) {
      if (pendingA) break;
      if (hasUnits) break;
      if (hasTens && unit >= 10) break;
      if (hasTens && unit === 0) break;
      if (unit === 0 && seen) break;
      group += unit;
      hasUnits = true;
      if (unit >= 10) hasTens = true;
    } else if (ten !== undefined) {
      if (pendingA) break;
      if (hasTens || hasUnits) break;
      group += ten;
      hasTens = true;
    } else if (w === 'hundred') {
      if (hasHundred) break;
      if (pendingA) group = 1;
      else if (!seen) return undefined;
      if (group === 0) break;
      // "nineteen hundred" is English; "twenty hundred" and "one hundred hundred" are not.
      if (group > 19 || lastScale !== Infinity && group >= 10) break;
      group *= 100;
      hasHundred = true;
      hasTens = hasUnits = false;
      pendingA = false;
    } else if (scale !== undefined) {
      if (scale >= lastScale) break;
      if (pendingA) group = 1;
      if (group === 0 && !seen) break;
      if (group === 0) break; // "thousand million"
      total += group * scale;
      group = 0;
      hasHundred = hasTens = hasUnits = false;
      lastScale = scale;
      pendingA = false;
    } else if (w === 'dozen') {
      if (pendingA) group = 1;
      if (group === 0 || hasHundred) break;
      group *= 12;
      hasTens = hasUnits = true;
      pendingA = false;
    } else {
      break;
    }
    seen = true;
    i++;
    consumedTo = i;
  }
  if (!seen) return undefined;
  finishGroup();
  const stop = words[consumedTo];
  const ambiguous = stop !== undefined && isNumberWord(stop);
  return { value: total, consumed: consumedTo - at, ambiguous };
}

/** Parse a whole string of number words ("four thousand five hundred"); undefined unless all of it is one number. */
export function parseNumberWords(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .replace(/[‐‑–-]/gu, ' - ')
    .split(/[\s,]+/u)
    .filter(Boolean);
  const read = readNumberWords(words, 0, words.length);
  if (!read || read.consumed !== words.length) return undefined;
  return read.value;
}

const UNIT_NAMES = Object.keys(UNITS);
const TEN_NAMES = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export interface SpellOptions {
  /** "one hundred and five" (British) rather than "one hundred five". */
  and?: boolean;
  /** "sixty-one" rather than "sixty one". */
  hyphen?: boolean;
  /** "a thousand" rather than "one thousand" for a leading one. */
  leadingA?: boolean;
}

function spellBelowThousand(n: number, opts: SpellOptions, leading: boolean): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) out.push(leading && opts.leadingA && h === 1 ? 'a' : UNIT_NAMES[h]!, 'hundred');
  if (rest > 0) {
    if (h > 0 && opts.and) out.push('and');
    if (rest < 20) out.push(UNIT_NAMES[rest]!);
    else {
      const t = TEN_NAMES[Math.floor(rest / 10)]!;
      const u = rest % 10;
      if (u === 0) out.push(t);
      else if (opts.hyphen) out.push(`${t}-${UNIT_NAMES[u]!}`);
      else out.push(t, UNIT_NAMES[u]!);
    }
  }
  return out;
}

/** Spell a whole number 0..999,999,999,999 in English words. */
export function spellNumber(n: number, opts: SpellOptions = {}): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`spellNumber: ${n} is out of range`);
  if (n === 0) return 'zero';
  const parts: string[] = [];
  const scales: [number, string][] = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
  let rest = n;
  for (const [size, name] of scales) {
    const q = Math.floor(rest / size);
    if (q > 0) {
      if (q === 1 && opts.leadingA && parts.length === 0) parts.push('a', name);
      else parts.push(...spellBelowThousand(q, { ...opts, leadingA: false }, false), name);
      rest %= size;
    }
  }
  if (rest > 0) {
    if (parts.length > 0 && rest < 100 && opts.and) parts.push('and');
    parts.push(...spellBelowThousand(rest, opts, parts.length === 0));
  }
  return parts.join(' ');
}

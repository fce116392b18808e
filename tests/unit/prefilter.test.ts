/**
 * The first stage's filter (utils/prefilter/): its tokenizer agrees with normalize(),
 * its table round-trips, and it never rejects a sentence the matcher matches in the
 * source articles (the full check over demo pages and the dev set is
 * scripts/prefilter-check.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileFromSources } from '../../scripts/lib/shipped';
import { normalizeStopwords } from '../../scripts/lib/prefilter-stopwords';
import { ROOT } from '../../scripts/lib/load-index';
import { ClaimMatcher } from '../../utils/matcher/match';
import { buildPrefilter } from '../../utils/prefilter/build';
import { bytesFromBase64, encodeFilter, keyHash, Prefilter } from '../../utils/prefilter/filter';
import { segmentKeys } from '../../utils/prefilter/keys';
import { normalize } from '../../utils/text/normalize';
import { segmentSentences } from '../../utils/text/segment';

const index = compileFromSources();
const stopwords = normalizeStopwords();
const built = buildPrefilter(index.retrieval, stopwords);
const filter = new Prefilter(built.bytes, stopwords.join(' '));

describe('first-stage keys', () => {
  test('numbers read as normalize() reads them', () => {
    const text = 'Exports rose 61 percent to $150 billion, five of the top ten, 4,500 firms and 1.3 billion people; one of them.';
    const numbers = normalize(text).terms.map((t) => t.term).filter((t) => t.startsWith('#'));
    const keys = segmentKeys(text, 0, text.length, new Set(stopwords)).terms.filter((t) => t.startsWith('#'));
    expect(keys).toEqual(numbers);
    expect(keys).toContain('#150000000000');
  });

  test('outside the word tables, keys are normalize() terms', () => {
    // Hyphenated words left out: after a bound prefix ("pre-eminence") normalize() keeps only
    // the joined form, and the first stage, without the prefix table, reads the parts too.
    const text = readFileSync(join(ROOT, 'tests/fixtures/sources', readdirSync(join(ROOT, 'tests/fixtures/sources'))[0]!), 'utf8')
      .slice(0, 4000)
      .replace(/\p{L}+(?:[-‐‑]\p{L}+)+/gu, ' ');
    const terms = new Set(normalize(text).terms.map((t) => t.term));
    const keys = segmentKeys(text, 0, text.length, new Set(stopwords)).terms;
    // Most keys are terms as they are; the rest are table words ("modernise" → modernis, read
    // as "modern"), which the filter holds under their own key wherever the reading matters.
    const same = keys.filter((k) => terms.has(k)).length;
    expect(same / keys.length).toBeGreaterThan(0.9);
    for (const k of keys) if (!terms.has(k) && index.retrieval.postings[k]) expect(filter.find(k), k).toBeGreaterThanOrEqual(0);
  });
});

describe('filter table', () => {
  test('encodes, decodes and finds by hash', () => {
    const mask = new Uint8Array([1, 0, 0, 0]);
    const bytes = encodeFilter(10, 4, [
      { hash: keyHash('chip'), weightLo: 20, sharedHi: 21, mask },
      { hash: keyHash('export'), weightLo: 0, sharedHi: 0, mask: new Uint8Array(4) },
    ]);
    const f = new Prefilter(bytesFromBase64(Buffer.from(bytes).toString('base64')));
    expect(f.claimCount).toBe(10);
    expect(f.find('chip')).toBeGreaterThanOrEqual(0);
    expect(f.find('export')).toBeGreaterThanOrEqual(0);
    expect(f.find('banana')).toBe(-1);
  });

  test('rejects prose that shares nothing with the index', () => {
    const text = 'Pinch out the side shoots that appear where a leaf joins the main stem, and tie the stem loosely to a cane.';
    expect(filter.sentenceCanMatch(text)).toBe(false);
  });

  test('never rejects a sentence the matcher matches in the source articles', () => {
    const matcher = new ClaimMatcher(index);
    const dir = join(ROOT, 'tests/fixtures/sources');
    let matched = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const sentences = segmentSentences(text);
      for (const m of matcher.matchText(text).matches) {
        matched++;
        const s = sentences.find((x) => x.start <= m.start && m.start < x.end)!;
        expect(filter.sentenceCanMatch(text, s.start, s.end), `${f}: ${text.slice(s.start, s.end)}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

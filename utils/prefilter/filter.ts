/**
 * The prefilter: can this page match any claim of the index? A compact
 * binary table built at index-build time (./build.ts) from the retrieval
 * index, read by the first-stage content script without parsing anything.
 *
 * What it holds, per key (./keys.ts): a lower bound of the key's weight in a
 * sentence (the matcher's IDF; 0 for stopwords), an upper bound of its weight
 * as a shared proposing term, and a bitmask of the claim buckets (claim index
 * mod BUCKETS) whose wordings use it. A key it does not hold is a word no
 * claim uses: full weight, log(1 + claims), shares nothing.
 *
 * The test mirrors the matcher's candidate rule (utils/matcher/match.ts
 * matchOne): a sentence proposes a claim only when the distinctive weight it
 * shares with that claim reaches CANDIDATE_FLOOR × min(sentence weight, 40),
 * and only sentences with four terms or more are matched. Per bucket, the sum
 * of shared upper bounds bounds every claim of the bucket from above, and the
 * sentence weight is bounded from below, so a sentence the test rejects can
 * propose no candidate, and a page whose sentences are all rejected shows no
 * highlight. SLACK absorbs where the first stage reads a page differently
 * from the DOM scan (block boundaries, hidden text). Like the matcher, a
 * bucket must also hold at least two of the sentence's words
 * (MIN_SHARED_KEYS): one index word is a topic, not a claim.
 *
 * Layout (little-endian): "PXF1", u32 claims, u32 entries, u8 bucketBytes,
 * then per entry (sorted by hash) u24 hash, u8 weightLo, u8 sharedHi; then
 * one bucketBytes mask per entry with sharedHi > 0, in entry order.
 * Weights are in 1/20 units (at most 254); weightLo 0 = may be no term (a stopword).
 *
 * Pure module.
 */
import { segmentKeys } from './keys';

export const WEIGHT_UNIT = 20;
export const MAX_WEIGHT = 254;
const MAGIC = 0x31465850; // "PXF1"
const HEADER = 13;

/** Matcher constants this test mirrors (utils/matcher/match.ts). */
export const CANDIDATE_FLOOR = 0.15;
export const FLOOR_WEIGHT_CAP = 40;
export const MIN_SENTENCE_TERMS = 4;
/** Share of the candidate floor the test asks for: room for reading the page differently. */
export const SLACK = 0.9;
/**
 * Distinct words a sentence must share with one claim bucket: the matcher
 * proposes a claim only when the sentence shares at least two of its
 * distinctive words (MIN_SHARED_TERMS in utils/matcher/match.ts), so a short
 * sentence with one index word cannot match.
 */
export const MIN_SHARED_KEYS = 2;
/**
 * Least shared distinctive weight (IDF units) with one bucket, whatever the
 * sentence's length. Measured, not derived (the matcher's decision, not its
 * candidate rule, sets it): scripts/prefilter-check.ts prints the lowest
 * shared weight of any sentence the matcher matched in the demo pages, the
 * source articles and the dev set (6.0 on 2026-12-01); 5 leaves a margin. Re-measure
 * when the matcher changes.
 */
export const MIN_SHARED = 5;

/** FNV-1a over UTF-16 code units, top 24 bits. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 8;
}

export interface FilterEntry {
  hash: number;
  /** Lower bound of the weight in 1/20 units (0: may be a stopword). */
  weightLo: number;
  /** Upper bound of the shared proposing weight, 1/20 units (0: proposes nothing). */
  sharedHi: number;
  /** Bucket bits (bucketBytes × 8 buckets). */
  mask: Uint8Array;
}

export function encodeFilter(claimCount: number, bucketBytes: number, entries: FilterEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => a.hash - b.hash);
  const proposing = sorted.filter((e) => e.sharedHi > 0).length;
  const out = new Uint8Array(HEADER + sorted.length * 5 + proposing * bucketBytes);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, claimCount, true);
  dv.setUint32(8, sorted.length, true);
  out[12] = bucketBytes;
  let at = HEADER;
  for (const e of sorted) {
    out[at] = e.hash & 0xff;
    out[at + 1] = (e.hash >>> 8) & 0xff;
    out[at + 2] = (e.hash >>> 16) & 0xff;
    out[at + 3] = e.weightLo;
    out[at + 4] = e.sharedHi;
    at += 5;
  }
  for (const e of sorted) {
    if (e.sharedHi === 0) continue;
    out.set(e.mask.subarray(0, bucketBytes), at);
    at += bucketBytes;
  }
  return out;
}

export class Prefilter {
  readonly claimCount: number;
  readonly entries: number;
  readonly bucketBytes: number;
  /** Weight of a key the filter does not hold (the matcher's unknown-term IDF), 1/20 units. */
  private readonly unknownWeight: number;
  private readonly maskAt: Int32Array;

  private readonly stopwords: ReadonlySet<string> | undefined;

  /** `stopwords`: normalize()'s, as the build wrote them next to the table (space-separated). */
  constructor(
    private readonly bytes: Uint8Array,
    stopwords?: string,
  ) {
    this.stopwords = stopwords ? new Set(stopwords.split(' ')) : undefined;
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (dv.getUint32(0, true) !== MAGIC) throw new Error('not a Parallax prefilter');
    this.claimCount = dv.getUint32(4, true);
    this.entries = dv.getUint32(8, true);
    this.bucketBytes = bytes[12]!;
    this.unknownWeight = Math.floor(Math.log(1 + this.claimCount) * WEIGHT_UNIT);
    // Where each proposing entry's mask starts (one pass over the table).
    this.maskAt = new Int32Array(this.entries);
    let m = HEADER + this.entries * 5;
    for (let i = 0; i < this.entries; i++) {
      if (bytes[HEADER + i * 5 + 4]! > 0) {
        this.maskAt[i] = m;
        m += this.bucketBytes;
      } else this.maskAt[i] = -1;
    }
  }

  /** Entry index of `key`, or -1. */
  find(key: string): number {
    const h = keyHash(key);
    const b = this.bytes;
    let lo = 0;
    let hi = this.entries - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = HEADER + mid * 5;
      const v = b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
      if (v === h) return mid;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Could the sentence `text.slice(from, to)` propose a candidate? Returns
   * the best bucket's shared weight over the floor (≥ 1 passes), for tests.
   */
  sentenceScore(text: string, from = 0, to = text.length): number {
    const { best, floor } = this.sentenceShares(text, from, to);
    return best === 0 ? 0 : best / floor;
  }

  /** The best bucket's shared weight and the floor it must reach, in IDF units × WEIGHT_UNIT. */
  sentenceShares(text: string, from = 0, to = text.length): { best: number; floor: number } {
    const { terms, alternatives } = segmentKeys(text, from, to, this.stopwords);
    const seen = new Set<string>();
    const buckets = new Float64Array(this.bucketBytes * 8);
    const keysIn = new Uint16Array(this.bucketBytes * 8);
    let weight = 0;
    let count = 0;
    const b = this.bytes;
    const share = (i: number) => {
      const shared = b[HEADER + i * 5 + 4]!;
      if (shared === 0) return;
      const at = this.maskAt[i]!;
      for (let k = 0; k < this.bucketBytes; k++) {
        const byte = b[at + k]!;
        if (byte === 0) continue;
        for (let bit = 0; bit < 8; bit++) {
          if (byte & (1 << bit)) {
            buckets[k * 8 + bit]! += shared;
            keysIn[k * 8 + bit]!++;
          }
        }
      }
    };
    for (const key of terms) {
      if (seen.has(key)) continue;
      seen.add(key);
      const i = this.find(key);
      if (i < 0) {
        weight += this.unknownWeight;
        count++;
        continue;
      }
      // 0: some word with this key is a stopword; it may not be a term at all.
      const lo = b[HEADER + i * 5 + 3]!;
      weight += lo;
      if (lo > 0) count++;
      share(i);
    }
    for (const key of alternatives) {
      if (seen.has(key)) continue;
      seen.add(key);
      const i = this.find(key);
      if (i >= 0) share(i);
    }
    if (count < MIN_SENTENCE_TERMS) return { best: 0, floor: 1 };
    let best = 0;
    for (let k = 0; k < buckets.length; k++) if (keysIn[k]! >= MIN_SHARED_KEYS && buckets[k]! > best) best = buckets[k]!;
    const floor = Math.max(Math.min(weight, FLOOR_WEIGHT_CAP * WEIGHT_UNIT) * CANDIDATE_FLOOR * SLACK, MIN_SHARED * WEIGHT_UNIT);
    return { best, floor };
  }

  sentenceCanMatch(text: string, from = 0, to = text.length): boolean {
    return this.sentenceScore(text, from, to) >= 1;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 → bytes (pure: no atob in every context this runs in). */
export function bytesFromBase64(b64: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let len = b64.length;
  while (len > 0 && b64[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = lookup[b64.charCodeAt(i)]!;
    const b = lookup[b64.charCodeAt(i + 1)]!;
    const c = i + 2 < len ? lookup[b64.charCodeAt(i + 2)]! : 0;
    const d = i + 3 < len ? lookup[b64.charCodeAt(i + 3)]! : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

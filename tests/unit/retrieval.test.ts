import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildRetrievalIndex, decodePostings, encodePostings } from '../../utils/matcher/retrieval';

describe('postings encoding', () => {
  test('decode(encode(x)) is x for any ascending list of claim indices', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(5_000_000), { minLength: 1, maxLength: 400 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        expect([...decodePostings(encodePostings(sorted))]).toEqual(sorted);
      }),
    );
  });

  test('the index lists each claim once per term, with its frequency', () => {
    const idx = buildRetrievalIndex([
      { summary: 'China filed 61 percent of AI patents.', reports: [{ article: 'a', excerpt: 'China filed 61% of AI patent applications.' }] },
      { summary: 'The US leads in supercomputers.', reports: [{ article: 'b', excerpt: 'America owns five of the top ten supercomputers.' }] },
    ]);
    expect(idx.claimCount).toBe(2);
    expect(idx.postings['#61']).toEqual([1, '0']);
    expect(idx.postings['us']).toEqual([1, '1']);
    expect(idx.postings['supercomput']![0]).toBe(1);
  });
});

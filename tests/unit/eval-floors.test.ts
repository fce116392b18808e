/**
 * Regression guard on matching quality (not timing): the figures of
 * `npm run eval` must not fall below these floors, set a little under what the
 * matcher reached when they were last raised. Raise them when the matcher
 * improves; a change that lowers a figure must say why in its commit.
 */
import { describe, expect, test } from 'vitest';
import { devPages, leaveOneOut, loadIndexOrExit, matcherFor, negatives } from '../../scripts/lib/evaluate';

const FLOORS = {
  looWithSummaries: { precision: 0.88, recall: 0.7 },
  looWithoutSummaries: { precision: 0.88, recall: 0.64 },
  devA: { precision: 0.9, recall: 0.4 },
  devB: { precision: 0.87, recall: 0.44 },
  /** Matches allowed on hard-negative pages, over both halves. */
  hardNegativeMatches: 1,
};

const { index, texts } = loadIndexOrExit();

describe('matching quality floors', () => {
  test('leave one article out, with and without summaries', () => {
    const withS = leaveOneOut(index, texts, true);
    const withoutS = leaveOneOut(index, texts, false);
    expect(withS.precision).toBeGreaterThanOrEqual(FLOORS.looWithSummaries.precision);
    expect(withS.recall).toBeGreaterThanOrEqual(FLOORS.looWithSummaries.recall);
    expect(withoutS.precision).toBeGreaterThanOrEqual(FLOORS.looWithoutSummaries.precision);
    expect(withoutS.recall).toBeGreaterThanOrEqual(FLOORS.looWithoutSummaries.recall);
  }, 120_000);

  test('real pages from other outlets (both halves), and no match on unrelated pages or prose', () => {
    const full = matcherFor(index.claims, index);
    const dev = devPages(full);
    expect(dev.A.precision).toBeGreaterThanOrEqual(FLOORS.devA.precision);
    expect(dev.A.recall).toBeGreaterThanOrEqual(FLOORS.devA.recall);
    expect(dev.B.precision).toBeGreaterThanOrEqual(FLOORS.devB.precision);
    expect(dev.B.recall).toBeGreaterThanOrEqual(FLOORS.devB.recall);
    expect(dev.all.unrelatedMatches).toBe(0);
    expect(dev.all.hardNegativeMatches).toBeLessThanOrEqual(FLOORS.hardNegativeMatches);
    expect(negatives(full).matches).toBe(0);
  }, 120_000);
});

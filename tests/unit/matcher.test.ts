/**
 * The matcher on sentences no source article contains: paraphrases, reordered
 * and shortened quotes, changed figures, swapped speakers, and hostile input.
 */
import { describe, expect, test } from 'vitest';
import { compileFromSources } from '../../scripts/lib/shipped';
import { ClaimMatcher } from '../../utils/matcher/match';
import { compareFigures, extractFigures } from '../../utils/text/figures';
import { RATES } from '../../utils/text/rates';

const index = compileFromSources();
const matcher = new ClaimMatcher(index);
const claimsIn = (text: string) => matcher.matchText(text).matches.map((m) => m.claimId);

describe('matches restatements from other outlets', () => {
  test.each([
    [
      'paraphrase with attribution wrapped around it',
      'Speaking to senators, OSTP chief Michael Kratsios said America enjoyed a comfortable AI lead in 2020 that had started to close significantly by 2024.',
      'us-ai-lead-narrowed-2020-2024',
    ],
    [
      'shortened quote',
      '“We stood in danger of losing our pre-eminence,” Kratsios told the panel.',
      'kratsios-danger-of-losing-preeminence',
    ],
    [
      'numbers written differently (61% for 61 percent)',
      'Chinese applicants filed over 61% of the world’s AI patent applications in 2024, official figures show.',
      'cn-ai-patent-share-2024',
    ],
    [
      'thousands separator and synonym (companies for enterprises)',
      'By May, China had more than 4,500 companies working on AI, according to official data.',
      'cn-ai-enterprises-over-4500-may-2025',
    ],
    [
      'reordered statistic',
      'America has 109 supercomputers while China runs 227 of them.',
      'cn-227-vs-us-109-supercomputers',
    ],
  ])('%s', (_name, sentence, claimId) => {
    const known = index.claims.map((c) => c.id);
    expect(known, `fixture names an unknown claim ${claimId}`).toContain(claimId);
    expect(claimsIn(sentence)).toContain(claimId);
  });

  test('a match gives offsets, a score in 0..1 and the closest report', () => {
    const text = 'Intro line.\n\nKratsios warned: "We stood in danger of losing our preeminence in this critical technology."';
    const [m] = matcher.matchText(text).matches;
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(m!.sentence);
    expect(m!.score).toBeGreaterThan(0);
    expect(m!.score).toBeLessThanOrEqual(1);
    const claim = index.claims.find((c) => c.id === m!.claimId)!;
    expect(claim.reports[m!.closestReport]!.article).toBe(m!.closestArticle);
  });
});

describe('numbers must agree', () => {
  test.each([
    ['219 supercomputers instead of 227', 'China operates more machines overall, 219 compared to America’s 109.', 'cn-227-vs-us-109-supercomputers'],
    ['5,300 AI firms instead of 4,500', 'According to official data, China is home to over 5,300 AI-related enterprises by May.', 'cn-ai-enterprises-over-4500-may-2025'],
    ['71 percent instead of 61', 'In 2024, Chinese entities accounted for more than 71 percent of global AI patent applications.', 'cn-ai-patent-share-2024'],
  ])('%s is a related statement, never a match', (_name, sentence, claimId) => {
    const result = matcher.matchText(sentence);
    expect(result.matches.map((m) => m.claimId)).not.toContain(claimId);
    const related = result.related.find((r) => r.claimId === claimId);
    expect(related?.reason).toBe('different-figures');
    expect(related?.detail).toMatch(/^this page: .+; the index: /);
  });

  test('extra figures beside all of the claim’s own are not a disagreement', () => {
    const sentence = 'Chinese entities filed 61 percent of AI patent applications, while new industries made up 18 percent of GDP.';
    const r = compareFigures(extractFigures(sentence), [{ value: 61, kind: 'percent', counts: 'share of global AI patent applications' }], RATES);
    expect(r.conflict).toBeUndefined();
    expect(r.shared).toBe(true);
  });

  test('a statistic stated without its figure is not a match', () => {
    expect(claimsIn('China is home to a great many AI-related enterprises, according to official data.')).not.toContain(
      'cn-ai-enterprises-over-4500-may-2025',
    );
  });
});

describe('attribution matters', () => {
  test('the same words in another indexed speaker’s mouth are not the claim', () => {
    const sentence = '"We stood in danger of losing our preeminence in this critical technology," Zhang Xiaorong said.';
    const result = matcher.matchText(sentence);
    expect(result.matches.map((m) => m.claimId)).not.toContain('kratsios-danger-of-losing-preeminence');
    expect(result.related[0]?.reason).toBe('different-speaker');
  });

  test('nor in an unindexed speaker’s mouth', () => {
    const sentence = 'Senator Maria Cantwell said: "We stood in danger of losing our preeminence in this critical technology."';
    expect(claimsIn(sentence)).not.toContain('kratsios-danger-of-losing-preeminence');
  });

  test.each([
    ['the listener after "told"', '"We stood in danger of losing our preeminence in this critical technology," he told a Senate Commerce subcommittee.'],
    ['another indexed person as the listener', '"We stood in danger of losing our preeminence in this critical technology," he told Sen. Ted Budd.'],
    ['a news agency as the source', '"We stood in danger of losing our preeminence in this critical technology," he said, according to Reuters.'],
  ])('naming %s does not change the speaker', (_name, sentence) => {
    expect(claimsIn(sentence)).toContain('kratsios-danger-of-losing-preeminence');
  });

  test('a pronoun keeps the claim (the name is usually in the previous sentence)', () => {
    expect(claimsIn('"We stood in danger of losing our preeminence in this critical technology," he said.')).toContain(
      'kratsios-danger-of-losing-preeminence',
    );
  });
});

describe('hostile and odd input: a clear result, no crash, bounded work', () => {
  const big = 'x'.repeat(1_000_000);
  test.each([
    ['empty text', ''],
    ['whitespace only', ' \n\t \n'],
    ['1 MB without spaces', big],
    ['only digits', '1234567890'.repeat(20_000)],
    ['control characters', '\u0000\u0001\u0002\u0007\u001b[31m\u007f'.repeat(1000)],
    ['right-to-left text', 'قال المسؤول إن الولايات المتحدة تتصدر في الذكاء الاصطناعي. ‏שלום עולם.'],
    ['emoji', '🇺🇸🇨🇳🤖 AI race 🏁🔥 '.repeat(500)],
    ['lone surrogates', '\ud800abc\udfff'.repeat(100)],
  ])('%s', (_name, text) => {
    const result = matcher.matchText(text);
    expect(result).toEqual({ matches: [], related: [] });
  });
});

/**
 * Quote check on the source articles' real differences (tests/fixtures/sources):
 * The Star and Global Times printed the same Kratsios quotes with different
 * spelling and different words; The Asia Review counts "patents" where Global
 * Times counts "patent applications".
 */
import { describe, expect, it } from 'vitest';
import { bundledView } from '../../utils/index/bundled';
import { checkQuote, compareWords, type QuoteCheckResult, type QuoteVersion } from '../../utils/quote-check';

const index = bundledView;

const STAR_PREEMINENCE = 'We stood in danger of losing our pre-eminence in this critical technology';
const GT_PREEMINENCE = 'We stood in danger of losing our preeminence in this critical technology';
const STAR_MOMENT = 'And we’re in a moment now where, unlike that time, we do actually have competitive technology [in AI]';
const GT_MOMENT = "We're at a moment where we do actually have competitive technology.";

function version(result: QuoteCheckResult, outletName: string): QuoteVersion {
  const v = result.claims[0]?.versions.find((x) => x.article.outletName === outletName);
  if (!v) throw new Error(`no version from ${outletName}`);
  return v;
}

describe('compareWords', () => {
  it.each([
    ['exact: same characters', GT_PREEMINENCE, GT_PREEMINENCE, 'exact'],
    ['exact: enclosing quotation marks are typography', `“${GT_PREEMINENCE}”`, GT_PREEMINENCE, 'exact'],
    ['same words: "pre-eminence" (The Star) vs "preeminence" (Global Times)', STAR_PREEMINENCE, GT_PREEMINENCE, 'same-words'],
    ['same words: case and final punctuation', "we're at a moment where we do actually have competitive technology", GT_MOMENT, 'same-words'],
    ['shortened: a fragment', 'losing our preeminence in this critical technology', GT_PREEMINENCE, 'shortened'],
    ['shortened: words left out in the middle, order kept', 'We stood in danger of losing this critical technology', GT_PREEMINENCE, 'shortened'],
    ['contains: the version plus attribution', `"${GT_PREEMINENCE}," Kratsios said.`, GT_PREEMINENCE, 'contains'],
    ['altered: "we’re in a moment now" (The Star) vs "We’re at a moment" (Global Times)', STAR_MOMENT, GT_MOMENT, 'altered'],
    ['not found: a different sentence', 'The weather was sunny across the valley on Wednesday.', GT_PREEMINENCE, 'not-found'],
    ['not found: two shared words are not a fragment', 'critical technology', GT_PREEMINENCE, 'not-found'],
  ] as const)('%s', (_, selected, outlet, verdict) => {
    expect(compareWords(selected, outlet).verdict).toBe(verdict);
  });

  it('lists the changed words of an altered quote', () => {
    const { changes } = compareWords(STAR_MOMENT, GT_MOMENT);
    expect(changes).toContainEqual({ selected: 'in', outlet: 'at' });
    expect(changes).toContainEqual({ selected: 'now', outlet: '' });
    expect(changes).toContainEqual({ selected: 'unlike that time,', outlet: '' });
  });

  it('lists the left-out words of a shortened quote', () => {
    expect(compareWords('losing our preeminence in this critical technology', GT_PREEMINENCE).leftOut).toEqual(['We stood in danger of']);
  });
});

describe('checkQuote', () => {
  it('The Star’s "pre-eminence": exact for The Star, same words with different spelling for Global Times', () => {
    const result = checkQuote(index, STAR_PREEMINENCE);
    expect(result.verdict).toBe('exact');
    expect(result.verdictText).toBe('Exact: the same words and punctuation as The Star (Malaysia)’s quotation.');
    expect(result.claims[0]!.claimId).toBe('kratsios-danger-of-losing-preeminence');
    expect(version(result, 'Global Times').verdict).toBe('same-words');
    // The auto-blog only paraphrases ("risks losing its technological edge"): never called a match of the words.
    expect(version(result, 'Unidentified WordPress auto-blog').verdict).toBe('similar');
  });

  it('a word diff against the selected text shows the other spelling', () => {
    const gt = version(checkQuote(index, STAR_PREEMINENCE), 'Global Times');
    expect(gt.diff.filter((p) => p.removed).map((p) => p.value)).toEqual(['pre-eminence']);
    expect(gt.diff.filter((p) => p.added).map((p) => p.value)).toEqual(['preeminence']);
  });

  it('Global Times’ "We’re at a moment" against The Star’s "we’re in a moment now": altered, with the changed words', () => {
    const result = checkQuote(index, GT_MOMENT);
    expect(result.verdict).toBe('exact');
    const star = version(result, 'The Star (Malaysia)');
    expect(star.verdict).toBe('altered');
    expect(star.changes).toContainEqual({ selected: 'at', outlet: 'in' });
    expect(star.changes.map((c) => c.outlet)).toEqual(expect.arrayContaining(['now', 'unlike that time,']));
  });

  it('a fragment of "We stood in danger of losing our preeminence ...": shortened, naming the left-out words', () => {
    const result = checkQuote(index, 'losing our preeminence in this critical technology');
    expect(result.verdict).toBe('shortened');
    // Global Times' spelling matches character for character, so its version is the one named.
    expect(result.claims[0]!.best.article.outletName).toBe('Global Times');
    expect(result.verdictText).toMatch(/left out: “We stood in danger of”/);
  });

  it('The Asia Review’s "patents" vs Global Times’ "patent applications": the counted things differ', () => {
    const result = checkQuote(index, 'In 2024, Chinese organizations filed more than 61 percent of global AI patents.');
    const check = result.claims[0]!;
    expect(check.claimId).toBe('cn-ai-patent-share-2024');
    expect(result.verdict).toBe('exact');
    expect(check.figuresDiffer).toBe(true);
    const counts = (name: string) => version(result, name).figures.find((f) => f.kind === 'percent')!.counts;
    expect(counts('The Asia Review')).toMatch(/global AI patents filed/);
    expect(counts('Global Times')).toMatch(/global AI patent applications/);
    // Different words, not a copy: Global Times is not called the same.
    expect(version(result, 'Global Times').verdict).not.toMatch(/exact|same-words|shortened/);
    // The Asia Review rewrites Global Times, which reported the claim: lineage per sentence.
    expect(version(result, 'The Asia Review').sentenceSources[0]?.step.source.outletName).toBe('Global Times');
  });

  it('a sentence not in the index', () => {
    const result = checkQuote(index, 'After a damp start to the month, the coming week looks settled across the valley.');
    expect(result.verdict).toBe('not-found');
    expect(result.claims).toEqual([]);
    expect(result.verdictText).toMatch(/^Not in the index/);
  });

  it('empty text', () => {
    expect(checkQuote(index, '   ').verdict).toBe('not-found');
  });

  it('primary source: the Budd press release for Kratsios’ words it published; none for a quote only the press had', () => {
    const budd = checkQuote(index, "there's been a significant amount of progress at the Commerce Department");
    expect(budd.claims[0]!.primary?.article.outletName).toBe('Office of Sen. Ted Budd (US Senate)');
    const transcript = checkQuote(index, 'This morning is the first hearing of the subcommittee on science, manufacturing and competitiveness.');
    expect(transcript.claims[0]!.primary?.article.outletName).toBe('Tech Policy Press');
    const press = checkQuote(index, STAR_PREEMINENCE).claims[0]!;
    expect(press.primary).toBeNull();
    expect(press.earliestOriginal?.outletName).toBe('Global Times');
  });
});

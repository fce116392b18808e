import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compareFigures,
  extractFigures,
  factInterval,
  figureAgrees,
  formatFact,
  qualifiedInterval,
  type Figure,
} from '../../utils/text/figures';
import { spellNumber } from '../../utils/text/number-words';
import { RATES, RateTable, convert } from '../../utils/text/rates';
import { Claims, Currency, type NumberFact } from '../../utils/index/schema';

const ROOT = join(__dirname, '..', '..');

/** The figures of a text, reduced to what a table can state. */
function figs(text: string) {
  return extractFigures(text).map((f) => {
    const o: Record<string, unknown> = { text: f.text, kind: f.kind, value: round(f.value) };
    if (f.qualifier !== 'exact') o.qualifier = f.qualifier;
    if (f.currency) o.currency = f.currency;
    if (f.per) o.per = f.per;
    if (f.denominator !== undefined) o.denominator = f.denominator;
    return o;
  });
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const only = (text: string): Figure => {
  const all = extractFigures(text);
  expect(all, `one figure in ${JSON.stringify(text)}`).toHaveLength(1);
  return all[0]!;
};

describe('extractFigures: kinds', () => {
  test.each<[string, Record<string, unknown>[]]>([
    // calendar years against counts
    ['The plan was launched in 2017.', [{ text: '2017', kind: 'calendar-year', value: 2017 }]],
    ["2024's figures were higher", [{ text: '2024', kind: 'calendar-year', value: 2024 }]],
    ['Since 2020 the gap has narrowed', [{ text: '2020', kind: 'calendar-year', value: 2020 }]],
    ['the 2017 plan', [{ text: '2017', kind: 'calendar-year', value: 2017 }]],
    ['2,017 firms registered', [{ text: '2,017', kind: 'count', value: 2017 }]],
    ['2000 companies applied', [{ text: '2000', kind: 'count', value: 2000 }]],
    ['in 2024 companies filed more', [{ text: '2024', kind: 'calendar-year', value: 2024 }]],
    ['by the 2030s', [{ text: '2030s', kind: 'calendar-year', value: 2030 }]],
    // durations
    ['China is two years behind', [{ text: 'two years', kind: 'duration', value: 2, per: 'year' }]],
    ['the first open model in five years', [{ text: 'five years', kind: 'duration', value: 5, per: 'year' }]],
    ['within 18 months', [{ text: '18 months', kind: 'duration', value: 18, per: 'month' }]],
    ['for a decade', [{ text: 'a decade', kind: 'duration', value: 10, per: 'year' }]],
    ['a five-year plan', [{ text: 'five-year', kind: 'duration', value: 5, per: 'year' }]],
    ['less than two years behind', [{ text: 'less than two years', kind: 'duration', value: 2, per: 'year', qualifier: 'under' }]],
    ['a year and a half ago', [{ text: 'a year and a half', kind: 'duration', value: 1.5, per: 'year' }]],
    ['one and a half to two years behind', [{ text: 'one and a half to two years', kind: 'duration', value: 1.5, per: 'year' }]],
    ['only months behind, not years', []],
    // counts
    ['over 4,500 AI-related enterprises', [{ text: 'over 4,500', kind: 'count', value: 4500, qualifier: 'over' }]],
    ['four thousand five hundred companies', [{ text: 'four thousand five hundred', kind: 'count', value: 4500 }]],
    ['1.3 billion people', [{ text: '1.3 billion', kind: 'count', value: 1.3e9 }]],
    ['a million users', [{ text: 'a million', kind: 'count', value: 1e6 }]],
    ['more than 280 million viewers', [{ text: 'more than 280 million', kind: 'count', value: 2.8e8, qualifier: 'over' }]],
    ['some 176 million cameras', [{ text: 'some 176 million', kind: 'count', value: 1.76e8, qualifier: 'about' }]],
    ['half a million jobs', [{ text: 'half a million', kind: 'count', value: 5e5 }]],
    ['China operates 227 supercomputers', [{ text: '227', kind: 'count', value: 227 }]],
    ['10k downloads', [{ text: '10k', kind: 'count', value: 1e4 }]],
    // percent
    ['61% of applications', [{ text: '61%', kind: 'percent', value: 61 }]],
    ['61 percent of applications', [{ text: '61 percent', kind: 'percent', value: 61 }]],
    ['61 per cent of applications', [{ text: '61 per cent', kind: 'percent', value: 61 }]],
    ['sixty-one per cent of applications', [{ text: 'sixty-one per cent', kind: 'percent', value: 61 }]],
    ['more than 61 percent', [{ text: 'more than 61 percent', kind: 'percent', value: 61, qualifier: 'over' }]],
    ['nearly half of global funding', [{ text: 'nearly half', kind: 'percent', value: 50, qualifier: 'nearly' }]],
    ['half of all patents', [{ text: 'half', kind: 'percent', value: 50 }]],
    ['more than half of the market', [{ text: 'more than half', kind: 'percent', value: 50, qualifier: 'over' }]],
    ['about a third of firms', [{ text: 'about a third', kind: 'percent', value: 33.333, qualifier: 'about' }]],
    ['two-thirds of respondents', [{ text: 'two-thirds', kind: 'percent', value: 66.667 }]],
    ['three quarters of the chips', [{ text: 'three quarters', kind: 'percent', value: 75 }]],
    ['10-15% growth', [{ text: '10-15%', kind: 'percent', value: 10 }]],
    ['a 0.5 percentage point rise', [{ text: '0.5 percentage point', kind: 'percent', value: 0.5 }]],
    // money
    ['$150 billion AI market', [{ text: '$150 billion', kind: 'money', value: 1.5e11, currency: 'USD' }]],
    ['150 billion dollars', [{ text: '150 billion dollars', kind: 'money', value: 1.5e11, currency: 'USD' }]],
    ['US$70bn in chips', [{ text: 'US$70bn', kind: 'money', value: 7e10, currency: 'USD' }]],
    ['500 billion yuan', [{ text: '500 billion yuan', kind: 'money', value: 5e11, currency: 'CNY' }]],
    ['RMB 600 billion', [{ text: 'RMB 600 billion', kind: 'money', value: 6e11, currency: 'CNY' }]],
    ['RMB600bn', [{ text: 'RMB600bn', kind: 'money', value: 6e11, currency: 'CNY' }]],
    ['HK$1.2 billion', [{ text: 'HK$1.2 billion', kind: 'money', value: 1.2e9, currency: 'HKD' }]],
    ['70 billion US dollars', [{ text: '70 billion US dollars', kind: 'money', value: 7e10, currency: 'USD' }]],
    ['€5m', [{ text: '€5m', kind: 'money', value: 5e6, currency: 'EUR' }]],
    ['£3bn', [{ text: '£3bn', kind: 'money', value: 3e9, currency: 'GBP' }]],
    ['2 trillion yen', [{ text: '2 trillion yen', kind: 'money', value: 2e12, currency: 'JPY' }]],
    ['nearly 600 billion yuan', [{ text: 'nearly 600 billion yuan', kind: 'money', value: 6e11, currency: 'CNY', qualifier: 'nearly' }]],
    ['A$5 million', [{ text: 'A$5 million', kind: 'money', value: 5e6 }]],
    // ratio
    ['five of the top ten supercomputers', [{ text: 'five of the top ten', kind: 'ratio', value: 5, denominator: 10 }]],
    ["five of the world's top 10", [{ text: "five of the world's top 10", kind: 'ratio', value: 5, denominator: 10 }]],
    ['one in three adults', [{ text: 'one in three', kind: 'ratio', value: 1, denominator: 3 }]],
    ['3 out of 4 firms', [{ text: '3 out of 4', kind: 'ratio', value: 3, denominator: 4 }]],
  ])('%s', (text, expected) => {
    expect(figs(text)).toEqual(expected);
  });
});

describe('extractFigures: what is not a figure', () => {
  test.each([
    ['one of the largest'],
    ['dozens of firms'],
    ['hundreds of engineers'],
    ['thousands of chips'],
    ['twenty twenty-four'],
    ['in the second half of the year'],
    ['in the first quarter'],
    ['GPT-4 and Covid-19'],
    ['H20 and A100 chips'],
    ['5G networks and 3D chips'],
    ['the 21st century'],
    ['at 10:30 on 2025-06-19'],
    ['the year before'],
    ['one of the top'],
  ])('%s', (text) => {
    expect(figs(text)).toEqual([]);
  });

  test('a day beside a month is a date, the year is still a year', () => {
    expect(figs('On May 15, 2025, and on 3 June 2024')).toEqual([
      { text: '2025', kind: 'calendar-year', value: 2025 },
      { text: '2024', kind: 'calendar-year', value: 2024 },
    ]);
  });

  test('"from 109 to 227" is two figures, not a range', () => {
    expect(figs('rose from 109 to 227 supercomputers').map((f) => f.value)).toEqual([109, 227]);
  });

  test('a run of years is two years', () => {
    expect(figs('between 2020 and 2024').map((f) => [f.kind, f.value])).toEqual([['calendar-year', 2020], ['calendar-year', 2024]]);
    expect(figs('2020-2024').map((f) => [f.kind, f.value])).toEqual([['calendar-year', 2020], ['calendar-year', 2024]]);
  });
});

describe('extractFigures: what is counted', () => {
  test.each([
    ['over 4,500 AI-related enterprises operate in China', 'AI-related enterprises'],
    ['China operates 227 supercomputers, the US 109', 'supercomputers'],
    ['61% of global AI patent applications', 'global AI patent applications'],
    ['a population of 1.3 billion people', 'people'],
    ['five of the top ten supercomputers', 'supercomputers'],
    ['two years behind the US', 'behind'],
  ])('%s → %s', (text, counts) => {
    expect(extractFigures(text)[0]!.counts).toBe(counts);
  });

  test('context: the words before, within the clause', () => {
    expect(only("China's core AI industry is worth nearly 600 billion yuan").context).toBe("China's core AI industry is worth");
    expect(only('Overall, the market reached $150 billion').context).toBe('the market reached');
  });
});

describe('extractFigures: two currencies', () => {
  test('"500 billion yuan (about $70 billion)" gives both amounts, paired', () => {
    const all = extractFigures('investment of 500 billion yuan (about $70 billion) this year');
    expect(all.map((f) => [f.text, f.currency, f.qualifier])).toEqual([
      ['500 billion yuan', 'CNY', 'exact'],
      ['about $70 billion', 'USD', 'about'],
    ]);
    expect(all[0]!.pairedWith).toBe(1);
    expect(all[1]!.pairedWith).toBe(0);
  });

  test('amounts listed one after another are not paired', () => {
    const all = extractFigures('$5 billion, 10 billion yuan and €2 billion');
    expect(all.map((f) => f.pairedWith)).toEqual([undefined, undefined, undefined]);
  });
});

describe('extractFigures: Chinese', () => {
  test.each<[string, Record<string, unknown>[]]>([
    ['规模达6000亿元', [{ text: '6000亿元', kind: 'money', value: 6e11, currency: 'CNY' }]],
    ['占61%', [{ text: '61%', kind: 'percent', value: 61 }]],
    ['2024年', [{ text: '2024', kind: 'calendar-year', value: 2024 }]],
    ['700亿美元', [{ text: '700亿美元', kind: 'money', value: 7e10, currency: 'USD' }]],
  ])('%s', (text, expected) => {
    expect(figs(text)).toEqual(expected);
  });
});

describe('intervals', () => {
  test.each<[string, number, number]>([
    ['1.3 billion people', 1.25e9, 1.35e9],
    ['61% of patents', 60.5, 61.5],
    ['61.3% of patents', 61.25, 61.35],
    ['227 supercomputers', 227, 227],
    ['over 4,500 firms', 4500, 4950],
    ['more than 61 percent', 60.5, 67.6],
    ['nearly 600 billion yuan', 539.5e9, 600.5e9],
    ['about 100 firms', 90, 110],
    ['fewer than 100 firms', 70, 100],
    ['10-15% growth', 9.5, 15.5],
    ['between 1.5 and 2 billion people', 1.45e9, 2.5e9],
    ['1.5-2 billion people', 1.45e9, 2.5e9],
    ['one and a half to two years', 1.5, 2],
    ['about a third of firms', 27.5, 39.167],
    ['a third of firms', 30.833, 35.833],
  ])('%s → [%d, %d]', (text, low, high) => {
    const f = extractFigures(text)[0]!;
    expect(f.low).toBeCloseTo(low, 2);
    expect(f.high).toBeCloseTo(high, 2);
  });

  test('a claim fact has its interval too', () => {
    const nearly600 = factInterval({ value: 6e11, kind: 'money', qualifier: 'nearly' });
    expect(nearly600[0]).toBeCloseTo(539.5e9, -6);
    expect(nearly600[1]).toBeCloseTo(600.5e9, -6);
    const over61 = factInterval({ value: 61, kind: 'percent', qualifier: 'over' });
    expect(over61[0]).toBeCloseTo(60.5);
    expect(over61[1]).toBeCloseTo(67.6);
    expect(factInterval({ value: 2017, kind: 'calendar-year' })).toEqual([2017, 2017]);
    expect(factInterval({ value: 227, kind: 'count' })).toEqual([227, 227]);
  });
});

// ---------------------------------------------------------------- agreement

const fact = (f: Partial<NumberFact> & Pick<NumberFact, 'value' | 'kind'>): NumberFact => ({ counts: 'thing', ...f });

describe('figureAgrees', () => {
  test.each<[string, NumberFact, boolean]>([
    // durations are not calendar years
    ['two years behind', fact({ value: 2, kind: 'duration', per: 'year', qualifier: 'under' }), true],
    ['two years behind', fact({ value: 2, kind: 'calendar-year' }), false],
    ['in 2017', fact({ value: 2017, kind: 'calendar-year' }), true],
    ['in 2017', fact({ value: 2017, kind: 'count' }), false],
    ['18 months behind', fact({ value: 2, kind: 'duration', per: 'year', qualifier: 'under' }), true],
    ['18 months behind', fact({ value: 1.5, kind: 'duration', per: 'year' }), true],
    ['three years behind', fact({ value: 2, kind: 'duration', per: 'year', qualifier: 'under' }), false],
    ['a year and a half', fact({ value: 18, kind: 'duration', per: 'month' }), true],
    // approximate wording as intervals
    ['about a third of applications', fact({ value: 32, kind: 'percent' }), true],
    ['a third of applications', fact({ value: 32, kind: 'percent' }), true],
    ['a third of applications', fact({ value: 25, kind: 'percent' }), false],
    ['more than half of funding', fact({ value: 50, kind: 'percent', qualifier: 'nearly' }), true],
    ['nearly half of funding', fact({ value: 50, kind: 'percent', qualifier: 'nearly' }), true],
    ['48% of funding', fact({ value: 50, kind: 'percent', qualifier: 'nearly' }), true],
    ['30% of funding', fact({ value: 50, kind: 'percent', qualifier: 'nearly' }), false],
    ['sixty-one per cent', fact({ value: 61, kind: 'percent', qualifier: 'over' }), true],
    ['more than 61%', fact({ value: 61, kind: 'percent', qualifier: 'over' }), true],
    ['62.3 percent', fact({ value: 61, kind: 'percent', qualifier: 'over' }), true],
    ['59 percent', fact({ value: 61, kind: 'percent', qualifier: 'over' }), false],
    ['over 4,500 firms', fact({ value: 4500, kind: 'count', qualifier: 'over' }), true],
    ['4,500 firms', fact({ value: 4500, kind: 'count', qualifier: 'over' }), true],
    ['four thousand five hundred firms', fact({ value: 4500, kind: 'count', qualifier: 'over' }), true],
    ['nearly 4,600 firms', fact({ value: 4500, kind: 'count', qualifier: 'over' }), true],
    ['4,000 firms', fact({ value: 4500, kind: 'count', qualifier: 'over' }), false],
    ['1.4 billion people', fact({ value: 1.3e9, kind: 'count', qualifier: 'over' }), true],
    ['1.3 billion people', fact({ value: 1.3e9, kind: 'count', qualifier: 'over' }), true],
    ['1.2 billion people', fact({ value: 1.3e9, kind: 'count', qualifier: 'over' }), false],
    ['219 supercomputers', fact({ value: 227, kind: 'count' }), false],
    ['227 supercomputers', fact({ value: 227, kind: 'count' }), true],
    ['five of the top ten', fact({ value: 5, kind: 'count' }), true],
    ['one in three adults', fact({ value: 33, kind: 'percent' }), true],
    ['one in three adults', fact({ value: 1 / 3, kind: 'ratio' }), true],
    ['a third of adults', fact({ value: 1 / 3, kind: 'ratio' }), true],
    // money: same currency, and converted through the dated rates
    ['$150 billion', fact({ value: 1.5e11, kind: 'money', currency: 'USD' }), true],
    ['150 billion dollars', fact({ value: 1.5e11, kind: 'money', currency: 'USD' }), true],
    ['$160 billion', fact({ value: 1.5e11, kind: 'money', currency: 'USD' }), false],
    ['about $84 billion', fact({ value: 6e11, kind: 'money', currency: 'CNY', qualifier: 'nearly' }), true],
    ['$70 billion', fact({ value: 5e11, kind: 'money', currency: 'CNY' }), true],
    ['500 billion yuan', fact({ value: 7e10, kind: 'money', currency: 'USD' }), true],
    ['500 billion yuan', fact({ value: 5e11, kind: 'money', currency: 'USD' }), false],
    ['RMB600bn', fact({ value: 6e11, kind: 'money', currency: 'CNY', qualifier: 'nearly' }), true],
    ['6000亿元', fact({ value: 6e11, kind: 'money', currency: 'CNY', qualifier: 'nearly' }), true],
    ['A$5 million', fact({ value: 5e6, kind: 'money', currency: 'USD' }), false],
    ['HK$1.2 billion', fact({ value: 1.54e8, kind: 'money', currency: 'USD' }), true],
    // kinds that never agree
    ['61 supercomputers', fact({ value: 61, kind: 'percent' }), false],
    ['$61', fact({ value: 61, kind: 'count' }), false],
  ])('%s ~ %j → %s', (text, f, agrees) => {
    const fig = extractFigures(text)[0];
    expect(fig, `a figure in ${JSON.stringify(text)}`).toBeDefined();
    expect(figureAgrees(fig!, f, RATES)).toBe(agrees);
  });

  test('the rate year matters: $100 = 645 yuan in 2021 but 719 in 2024', () => {
    const usd = extractFigures('$100 billion')[0]!;
    const yuan = fact({ value: 7.19e11, kind: 'money', currency: 'CNY' });
    expect(figureAgrees(usd, yuan, RATES, { year: 2024 })).toBe(true);
    // 719 / 645 = 1.115: beyond the table's ±8% at 2021's rate.
    expect(figureAgrees(usd, yuan, RATES, { year: 2021 })).toBe(false);
  });
});

// ---------------------------------------------------------------- comparison

describe('compareFigures', () => {
  const supercomputers = [
    fact({ value: 227, kind: 'count', counts: 'supercomputers operated by China' }),
    fact({ value: 109, kind: 'count', counts: 'supercomputers operated by the US' }),
  ];
  const enterprises = [fact({ value: 4500, kind: 'count', qualifier: 'over', counts: 'AI-related enterprises in China by May 2025' })];

  const compare = (text: string, facts: NumberFact[]) => compareFigures(extractFigures(text), facts, RATES);

  test('a different value of the same thing conflicts, with a readable detail', () => {
    const c = compare('China operates 219 supercomputers', supercomputers);
    expect(c.conflict?.detail).toBe('this page: 219; the index: 227');
    expect(c.matched).toEqual([false, false]);
  });

  test('the claim figure plus an unrelated figure is not vetoed', () => {
    const c = compare('China, with 1.4 billion people, has over 4,500 AI-related firms', enterprises);
    expect(c.conflict).toBeUndefined();
    expect(c.matched).toEqual([true]);
    expect(c.shared).toBe(true);
  });

  test('another figure of the same thing, beside all of the claim figures, is another fact', () => {
    const c = compare('China operates 227 supercomputers and the US 109, up from 100 supercomputers', supercomputers);
    expect(c.matched).toEqual([true, true]);
    expect(c.conflict).toBeUndefined();
  });

  test('an unrelated count never vetoes a count claim', () => {
    expect(compare('The firm hired 300 engineers last year', enterprises).conflict).toBeUndefined();
  });

  test('the same thing, another value: "4,000 AI companies" against "over 4,500 AI-related enterprises"', () => {
    const c = compare('China had 4,000 AI companies', enterprises);
    expect(c.conflict?.detail).toBe('this page: 4,000; the index: more than 4,500');
  });

  test('money in two currencies: the pair agrees as one', () => {
    const core = [fact({ value: 6e11, kind: 'money', currency: 'CNY', qualifier: 'nearly', counts: 'value of the core AI industry in China' })];
    const c = compare("China's core AI industry is worth 600 billion yuan (about $84 billion)", core);
    expect(c.matched).toEqual([true]);
    expect(c.conflict).toBeUndefined();
    const wrong = compare("China's core AI industry is worth 400 billion yuan", core);
    expect(wrong.conflict?.detail).toBe('this page: 400 billion yuan; the index: nearly 600 billion yuan');
  });

  test('a duration never matches or conflicts with a calendar year', () => {
    const facts = [fact({ value: 2, kind: 'duration', per: 'year', qualifier: 'under', counts: 'how far China is behind the US in semiconductor design' })];
    const c = compare('In 2024, China was two years behind the US in chip design', facts);
    expect(c.matched).toEqual([true]);
    expect(c.conflict).toBeUndefined();
    const behind = compare('China is five years behind the US in chip design', facts);
    expect(behind.conflict?.detail).toBe('this page: five years; the index: less than 2 years');
  });

  test('agreement on a rare figure weighs more than on a year', () => {
    const facts = [fact({ value: 227, kind: 'count', counts: 'supercomputers' }), fact({ value: 2024, kind: 'calendar-year', counts: 'year' })];
    expect(compare('227 supercomputers', facts).evidence).toBeGreaterThan(compare('in 2024', facts).evidence);
    expect(compare('in 2024', facts).shared).toBe(false);
  });

  test('formatFact', () => {
    expect(formatFact(fact({ value: 1.5e11, kind: 'money', currency: 'USD' }))).toBe('$150 billion');
    expect(formatFact(fact({ value: 61, kind: 'percent', qualifier: 'over' }))).toBe('more than 61 percent');
    expect(formatFact(fact({ value: 5, kind: 'duration', per: 'year' }))).toBe('5 years');
  });
});

describe('the index: every claim figure agrees with its own reports', () => {
  const claims = Claims.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'claims.json'), 'utf8')));
  const cases = claims.flatMap((c) =>
    c.reports
      .filter(() => (c.numbers ?? []).some((n) => n.kind !== 'calendar-year'))
      .map((r) => [`${c.id} / ${r.article}`, r.excerpt, r.numbers ?? c.numbers ?? []] as const),
  );
  test.each(cases)('%s', (_id, excerpt, facts) => {
    const c = compareFigures(extractFigures(excerpt), facts, RATES);
    expect(c.conflict).toBeUndefined();
    // Every figure other than a calendar year the excerpt leaves implicit is found.
    const missed = facts.filter((f, i) => !c.matched[i] && f.kind !== 'calendar-year');
    expect(missed).toEqual([]);
  });
});

describe('rates', () => {
  test('the table is valid and names its source', () => {
    expect(RateTable.parse(RATES).source).toMatch(/Federal Reserve/u);
    expect(RATES.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
  test('conversion through the year, within tolerance', () => {
    const [lo, hi] = convert(RATES, 500e9, 'CNY', 'USD', 2023)!;
    expect(lo).toBeLessThan(70.6e9);
    expect(hi).toBeGreaterThan(70.6e9);
    expect(convert(RATES, 1, 'USD', 'USD')).toEqual([1, 1]);
  });
  test('every currency of the schema has a rate in every year', () => {
    for (const y of RATES.years) {
      for (const c of Currency.options) if (c !== 'USD') expect(y.perUsd[c], `${c} in ${y.year}`).toBeGreaterThan(0);
    }
  });
  test('HKD stays inside its 7.75-7.85 peg band', () => {
    for (const y of RATES.years) {
      expect(y.perUsd.HKD).toBeGreaterThanOrEqual(7.75);
      expect(y.perUsd.HKD).toBeLessThanOrEqual(7.85);
    }
  });
  test('a year given twice is rejected', () => {
    const bad = { ...RATES, years: [RATES.years[0], RATES.years[0]] };
    expect(RateTable.safeParse(bad).success).toBe(false);
  });
});

// ---------------------------------------------------------------- properties

describe('properties', () => {
  test('never throws, offsets point at the figure text, intervals contain the value', () => {
    const pieces = fc.constantFrom(
      '4,500', '1.3', 'billion', '%', '$', 'US$', 'RMB', 'yuan', 'percent', 'per', 'cent', 'nearly', 'more', 'than', 'about',
      'half', 'a', 'third', 'two', '-', 'thirds', 'years', 'months', 'of', 'the', 'top', 'ten', 'one', 'in', 'three', '2024',
      "'s", '(', ')', ',', '.', 'sixty', 'thousand', 'and', 'to', '\u0000', '😀', 'שלום', '亿元', '6000', '\u202e', 'k', 'bn', '–',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(pieces, fc.constantFrom(' ', '', '  ', '\n')), { maxLength: 25 }), (parts) => {
        const text = parts.map(([p, s]) => p + s).join('');
        const all = extractFigures(text);
        for (const f of all) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end).replace(/\s+/gu, ' ')).toBe(f.text);
          expect(f.low).toBeLessThanOrEqual(f.value + 1e-9 * Math.abs(f.value));
          expect(f.high).toBeGreaterThanOrEqual(f.value - 1e-9 * Math.abs(f.value));
          expect(Number.isFinite(f.low) && Number.isFinite(f.high)).toBe(true);
        }
        for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
      }),
      { numRuns: 2000 },
    );
  });

  test('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: -5, max: 300 }), fc.integer({ min: -5, max: 300 }), (text, a, b) => {
        const all = extractFigures(text, a, b);
        for (const f of all) expect(text.slice(f.start, f.end).replace(/\s+/gu, ' ')).toBe(f.text);
      }),
      { numRuns: 1000 },
    );
  });

  test('a spelled count is read back with its qualifier', () => {
    const qualifiers = fc.constantFrom(['', 'exact'], ['about ', 'about'], ['nearly ', 'nearly'], ['more than ', 'over'], ['fewer than ', 'under']);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999_999 }), qualifiers, fc.boolean(), (n, [q, qualifier], hyphen) => {
        const text = `There were ${q}${spellNumber(n, { hyphen })} companies in the sector.`;
        const f = only(text);
        expect(f.kind).toBe('count');
        expect(f.value).toBe(n);
        expect(f.qualifier).toBe(qualifier);
        expect(f.counts).toBe('companies');
      }),
      { numRuns: 500 },
    );
  });

  test('a written numeral with separators round-trips as a count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const text = `Officials counted ${n.toLocaleString('en-US')} cameras.`;
        const f = only(text);
        // Four-digit numbers without a comma could be years; toLocaleString always adds the comma.
        expect(f.kind).toBe('count');
        expect(f.value).toBe(n);
        expect(text.slice(f.start, f.end)).toBe(n.toLocaleString('en-US'));
      }),
      { numRuns: 500 },
    );
  });

  test('qualified intervals always contain the value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e13, noNaN: true }),
        fc.constantFrom('exact', 'about', 'nearly', 'over', 'under' as const),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (v, q, half) => {
          const [lo, hi] = qualifiedInterval(v, v, q, half);
          expect(lo).toBeLessThanOrEqual(v);
          expect(hi).toBeGreaterThanOrEqual(v);
        },
      ),
    );
  });

  test('linear time: 50,000 words of figure-dense text', () => {
    const sentence = 'China had over 4,500 AI-related firms, 61 percent of patents and nearly 600 billion yuan (about $84 billion) in 2024; one in three were two years old. ';
    const small = sentence.repeat(200); // ~5,000 words
    const big = sentence.repeat(2000); // ~50,000 words
    extractFigures(small);
    const t0 = performance.now();
    const a = extractFigures(small);
    const t1 = performance.now();
    const b = extractFigures(big);
    const t2 = performance.now();
    expect(b.length).toBe(a.length * 10);
    expect(t2 - t1).toBeLessThan(3000);
    // Ten times the text, well under a hundred times the time (quadratic would be ~100x).
    expect((t2 - t1) / Math.max(t1 - t0, 1)).toBeLessThan(40);
  });

  test('pathological input: long runs of number words, digits and symbols', () => {
    for (const text of ['one '.repeat(20_000), 'twenty '.repeat(20_000), '1,'.repeat(30_000), '$'.repeat(50_000), 'a '.repeat(30_000), '\u0000'.repeat(10_000), 'half of '.repeat(10_000)]) {
      const t0 = performance.now();
      expect(() => extractFigures(text)).not.toThrow();
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});

describe('extractFigures: more forms', () => {
  test.each<[string, Record<string, unknown>[]]>([
    ['22 trillion yuan (about 3.1 trillion U.S. dollars)', [
      { text: '22 trillion yuan', kind: 'money', value: 2.2e13, currency: 'CNY' },
      { text: 'about 3.1 trillion U.S. dollars', kind: 'money', value: 3.1e12, currency: 'USD', qualifier: 'about' },
    ]],
    ['a market nearing 600 billion yuan', [{ text: 'nearing 600 billion yuan', kind: 'money', value: 6e11, currency: 'CNY', qualifier: 'nearly' }]],
    ['sales topping $2 billion', [{ text: 'topping $2 billion', kind: 'money', value: 2e9, currency: 'USD', qualifier: 'over' }]],
    ['共有 4.5 万家企业', [{ text: '4.5', kind: 'count', value: 45000 }]], // the myriad is read, but the offsets stop at the digits when 万 runs on into the noun
    ['提高2.5个百分点', [{ text: '2.5个百分点', kind: 'percent', value: 2.5 }]],
    ['7月31日发布', []],
    ['落后5年', [{ text: '5年', kind: 'duration', value: 5, per: 'year' }]],
    ['18个月', [{ text: '18个月', kind: 'duration', value: 18, per: 'month' }]],
  ])('%s', (text, expected) => {
    expect(figs(text)).toEqual(expected);
  });
});

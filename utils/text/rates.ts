/**
 * The dated exchange-rate table (data/rates.json) and its schema. Figures in
 * different currencies agree when one converts into the other through the
 * rate of the year, within the table's tolerance (rates move within a year,
 * and outlets convert at the day's rate or round freely).
 *
 * Pure module.
 */
import { z } from 'zod';
import { Currency } from '../index/schema';
import ratesJson from '../../data/rates.json';

export const YearRates = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  /** Units of each currency per one US dollar (USD itself is 1 and may be omitted). */
  perUsd: z.partialRecord(Currency, z.number().positive()),
  /** Rates in this year that are not certain to the third significant figure (partial year, from memory, ...). */
  uncertain: z.array(Currency).optional(),
  note: z.string().min(1).optional(),
});

export const RateTable = z
  .strictObject({
    /** Where the numbers come from, in words a reader can look up. */
    source: z.string().min(1),
    /** How the yearly figure is formed (e.g. "annual average of daily noon buying rates"). */
    basis: z.string().min(1),
    /** Relative spread a conversion tolerates (0.08 = ±8%). */
    tolerance: z.number().min(0).max(0.5),
    years: z.array(YearRates).min(1),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<number>();
    t.years.forEach((y, i) => {
      if (seen.has(y.year)) ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: `year ${y.year} is given twice` });
      seen.add(y.year);
    });
  });

export type RateTable = z.infer<typeof RateTable>;
export type YearRates = z.infer<typeof YearRates>;

/** The bundled table, validated once at load. */
export const RATES: RateTable = RateTable.parse(ratesJson);

/**
 * Units of `currency` per US dollar in `year` (the nearest year in the table
 * when that year is absent; the latest when no year is given). Undefined when
 * the table has no rate for the currency.
 */
export function ratePerUsd(table: RateTable, currency: Currency, year?: number): number | undefined {
  if (currency === 'USD') return 1;
  let best: YearRates | undefined;
  for (const y of table.years) {
    if (y.perUsd[currency] === undefined) continue;
    if (!best) best = y;
    else if (year === undefined ? y.year > best.year : Math.abs(y.year - year) < Math.abs(best.year - year)) best = y;
  }
  return best?.perUsd[currency];
}

/**
 * Convert an amount from one currency to another at the year's rates.
 * Returns [low, high] after the table's tolerance, or undefined when a rate
 * is missing. The same currency converts exactly.
 */
export function convert(
  table: RateTable,
  amount: number,
  from: Currency,
  to: Currency,
  year?: number,
): [number, number] | undefined {
  if (from === to) return [amount, amount];
  const a = ratePerUsd(table, from, year);
  const b = ratePerUsd(table, to, year);
  if (a === undefined || b === undefined) return undefined;
  const v = (amount / a) * b;
  return [v * (1 - table.tolerance), v * (1 + table.tolerance)];
}

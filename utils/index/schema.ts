/**
 * The claims index, defined once. Every TypeScript type for index data is
 * inferred from these zod schemas; nothing else describes the data's shape.
 *
 * Source files (hand-edited, reviewed in PRs):
 *   data/categories.json  the outlet categories (the set is data, not code)
 *   data/outlets.json     who published what, with classification evidence
 *   data/people.json      speakers, with the names pages use for them
 *   data/articles.json    articles, including originals we have no text of
 *   data/claims.json      check-worthy facts, each with one report per article
 *
 * Pure module: imports nothing from the DOM, `wxt` or `#imports`.
 */
import { z } from 'zod';

/** Lower-case kebab id: stable, URL-safe, readable in diffs. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id such as "global-times"');

/** A calendar date as written in the index: YYYY-MM-DD, and a real day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a real calendar date');

export const HttpUrl = z
  .string()
  .url('must be an absolute URL')
  .refine((s) => /^https?:\/\//.test(s), 'must be an http(s) URL');

export const Category = z.strictObject({
  id: Id,
  /** Short label shown on cards, e.g. "Chinese state media". */
  label: z.string().min(1),
  /** One sentence telling a reader what the category means. */
  description: z.string().min(1),
  /** Display order on cards and in filters (lower first). */
  order: z.number().int(),
});

export const Evidence = z.strictObject({
  /** What the link shows, in a reader's words. */
  label: z.string().min(1),
  url: HttpUrl,
});

export const Outlet = z.strictObject({
  id: Id,
  name: z.string().min(1),
  /** Registrable domains the outlet publishes on (no scheme, no path). */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain such as "globaltimes.cn"')),
  /** ISO 3166-1 alpha-2 code, or "unknown". */
  country: z.string().regex(/^([A-Z]{2}|unknown)$/, 'must be an ISO 3166-1 alpha-2 code or "unknown"'),
  /** A category id from data/categories.json. */
  category: Id,
  owner: z.string().min(1),
  /** Why the outlet is in its category, in one or two sentences. */
  classificationNote: z.string().min(1),
  /** At least one link a reader can follow to check the classification. */
  evidence: z.array(Evidence).min(1, 'needs at least one evidence link for its classification'),
});

export const Person = z.strictObject({
  id: Id,
  name: z.string().min(1),
  role: z.string().min(1),
  /** Every form a page may use to name this person ("Kratsios", "Sen. Budd"). */
  aliases: z.array(z.string().min(2)).min(1),
});

/** A BCP 47 language tag such as "en", "zh" or "zh-Hant". */
export const Language = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "zh"');

export const Relation = z.enum(['republishes', 'copies', 'rewrites', 'transcribes', 'reports-on']);

export const Derivation = z.strictObject({
  article: Id,
  relation: Relation,
  /** Optional detail, e.g. "condensed, unattributed". */
  note: z.string().min(1).optional(),
});

export const Article = z.strictObject({
  id: Id,
  outlet: Id,
  title: z.string().min(1),
  /** Omitted only where the URL is genuinely unknown (say why in urlNote). */
  url: HttpUrl.optional(),
  urlNote: z.string().min(1).optional(),
  date: IsoDate,
  /** Repository path of the captured text; absent for originals we have no text of. */
  textFile: z.string().regex(/^tests\/fixtures\/sources\/[\w.-]+\.txt$/, 'must be a path under tests/fixtures/sources/').optional(),
  derivedFrom: z.array(Derivation).optional(),
  /** BCP 47 language of the text ("en", "zh"); absent means English. */
  language: Language.optional(),
});

/**
 * What kind of quantity a figure is. Figures agree only within a kind: "two
 * years" (a duration) never agrees with "2024" (a calendar year).
 */
export const FigureKind = z.enum(['calendar-year', 'duration', 'count', 'percent', 'money', 'ratio']);
/** ISO 4217 codes of the currencies the index uses (rates in data/rates.json). */
export const Currency = z.enum(['USD', 'CNY', 'EUR', 'GBP', 'HKD', 'JPY']);
/** The unit of a duration. */
export const DurationUnit = z.enum(['day', 'week', 'month', 'year']);
/**
 * How the outlet hedges the figure: "about 600 billion", "over 4,500",
 * "nearly half". The matcher reads a qualified figure as an interval.
 */
export const Qualifier = z.enum(['exact', 'about', 'nearly', 'over', 'under']);

export const NumberFact = z
  .strictObject({
    value: z.number(),
    kind: FigureKind,
    /** Money only: the currency the outlet states the amount in. */
    currency: Currency.optional(),
    /** Durations only: what the value counts ("2 years" is value 2, per "year"). */
    per: DurationUnit.optional(),
    qualifier: Qualifier.optional(),
    /** What is counted, as the outlet says it ("global AI patent applications"). */
    counts: z.string().min(1),
  })
  .superRefine((n, ctx) => {
    if (n.kind === 'money' && !n.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'money needs a currency' });
    if (n.kind !== 'money' && n.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'only money has a currency' });
    if (n.kind === 'duration' && !n.per) ctx.addIssue({ code: 'custom', path: ['per'], message: 'a duration needs its unit (per)' });
    if (n.kind !== 'duration' && n.per) ctx.addIssue({ code: 'custom', path: ['per'], message: 'only a duration has a unit (per)' });
  });

export const Report = z.strictObject({
  article: Id,
  /** The article's own words, an exact substring of its text (whitespace aside). */
  excerpt: z.string().min(10),
  /** For quotes: the words inside the quotation marks, as this outlet printed them. */
  quote: z.string().min(3).optional(),
  /**
   * Other places in the same article that state the same fact (its headline,
   * a summary bullet, a photo caption), each verbatim. The excerpt stays the
   * article's main statement; these let a match on the headline count as right.
   */
  restatements: z.array(z.string().min(10)).optional(),
  /** Numbers as this outlet gives them, where they differ from the claim's. */
  numbers: z.array(NumberFact).optional(),
  /** Where the excerpt's language differs from its article's (a quoted line). */
  language: Language.optional(),
});

export const ClaimKind = z.enum(['quote', 'statistic', 'event', 'assertion', 'opinion']);

export const Claim = z.strictObject({
  id: Id,
  /** One neutral sentence that says what is claimed, not who is right. */
  summary: z.string().min(10),
  kind: ClaimKind,
  /**
   * False for background facts (a job title, that a hearing took place): true,
   * but a reader gains nothing from a highlight. They never highlight on their
   * own; search and cards still show them.
   */
  checkWorthy: z.boolean(),
  /** Person id from data/people.json, where the claim is attributed. */
  speaker: Id.optional(),
  numbers: z.array(NumberFact).optional(),
  reports: z.array(Report).min(1, 'needs at least one report'),
});

export const Categories = z.array(Category);
export const Outlets = z.array(Outlet);
export const People = z.array(Person);
export const Articles = z.array(Article);
export const Claims = z.array(Claim);

export type Category = z.infer<typeof Category>;
export type Evidence = z.infer<typeof Evidence>;
export type Outlet = z.infer<typeof Outlet>;
export type Person = z.infer<typeof Person>;
export type Relation = z.infer<typeof Relation>;
export type Derivation = z.infer<typeof Derivation>;
export type Article = z.infer<typeof Article>;
export type Language = z.infer<typeof Language>;

/** The language of a report: its own, else its article's, else English. */
export function reportLanguage(report: Pick<Report, 'language'>, article: Pick<Article, 'language'> | undefined): Language {
  return report.language ?? article?.language ?? 'en';
}
export type NumberFact = z.infer<typeof NumberFact>;
export type FigureKind = z.infer<typeof FigureKind>;

/** Figures of the same quantity: kind, currency and duration unit all equal ("CNY money", "duration in years"). */
export function quantityKey(n: Pick<NumberFact, 'kind' | 'currency' | 'per'>): string {
  return [n.kind, n.currency ?? n.per ?? ''].join(':');
}
export type Currency = z.infer<typeof Currency>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Report = z.infer<typeof Report>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type Claim = z.infer<typeof Claim>;

/** The whole index as loaded from data/, before cross-reference checks. */
export interface IndexSources {
  categories: Category[];
  outlets: Outlet[];
  people: Person[];
  articles: Article[];
  claims: Claim[];
}

/** The data files and the schema each must satisfy, in load order. */
export const INDEX_FILES = {
  categories: { file: 'data/categories.json', schema: Categories },
  outlets: { file: 'data/outlets.json', schema: Outlets },
  people: { file: 'data/people.json', schema: People },
  articles: { file: 'data/articles.json', schema: Articles },
  claims: { file: 'data/claims.json', schema: Claims },
} as const;

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
});

export const NumberFact = z.strictObject({
  value: z.number(),
  /** "percent", "yuan", "USD", "count", "year", "people", ... */
  unit: z.string().min(1),
  /** What is counted, as the outlet says it ("global AI patent applications"). */
  counts: z.string().min(1),
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
});

export const ClaimKind = z.enum(['quote', 'statistic', 'event', 'assertion', 'opinion']);

export const Claim = z.strictObject({
  id: Id,
  /** One neutral sentence that says what is claimed, not who is right. */
  summary: z.string().min(10),
  kind: ClaimKind,
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
export type NumberFact = z.infer<typeof NumberFact>;
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

/**
 * "Copy citation": a reference for one outlet's report, in APA Style 7th
 * edition, as it treats an article on a news website (Publication Manual of the
 * APA, 7th ed., 2020, ch. 10 "Periodicals", news website articles; and the
 * APA Style site, apastyle.apa.org, "Newspaper article references"):
 *
 *   Author, A. A. (Year, Month Day). Title of article. Site Name. URL
 *
 * The index records no bylines. APA's rule for a work with no author
 * (§9.12, "No Author") moves the title into the author position, before the date:
 *
 *   Title of article. (Year, Month Day). Site Name. URL
 *
 * We follow that rule rather than inventing the outlet as a group author, which
 * APA reserves for works an organisation itself authored. Title italics cannot
 * survive a plain-text clipboard, so none are marked. A report without a
 * recorded URL is cited without one (APA omits what does not exist). The words
 * the reader is citing follow in double quotation marks, as APA quotes in prose.
 * Pure.
 */
import type { Claim } from './index/schema';
import type { IndexView } from './index/view';
import { apaDate } from './text/dates';

/** A sentence-final full stop, unless the text already ends in . ? or !. */
function period(s: string): string {
  const t = s.trim();
  return /[.?!]$/u.test(t) ? t : `${t}.`;
}

/** Straight or curly double quotation marks around the whole text are the outlet's, not part of the words. */
function stripOuterQuotes(s: string): string {
  return s.trim().replace(/^["“”]+|["“”]+$/gu, '').trim();
}

export interface CitationParts {
  title: string;
  date: string;
  siteName: string;
  url?: string;
  quoted?: string;
}

export function formatApaCitation({ title, date, siteName, url, quoted }: CitationParts): string {
  const reference = [period(title), `(${apaDate(date)}).`, period(siteName), url ?? ''].filter(Boolean).join(' ').trim();
  return quoted ? `${reference}\nQuoted: “${stripOuterQuotes(quoted)}”` : reference;
}

/** The citation of a claim's report `reportIndex`, with the outlet's words (its quotation where it has one). */
export function citeReport(view: IndexView, claim: Claim, reportIndex: number): string {
  const report = claim.reports[reportIndex];
  if (!report) return '';
  const article = view.article(report.article);
  const outlet = view.outletOfArticle(report.article);
  return formatApaCitation({
    title: article?.title ?? report.article,
    date: article?.date ?? '',
    siteName: outlet?.name ?? article?.outlet ?? '',
    url: article?.url,
    quoted: report.quote ?? report.excerpt,
  });
}

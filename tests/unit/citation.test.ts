/** APA 7 references for news articles without a byline (utils/citation.ts). */
import { describe, expect, it } from 'vitest';
import { bundledView } from '../../utils/index/bundled';
import { citeReport, formatApaCitation } from '../../utils/citation';
import { apaDate } from '../../utils/text/dates';

const index = bundledView;
const claim = (id: string) => index.claims.find((c) => c.id === id)!;

describe('APA 7 citation', () => {
  it('dates as "2025, September 11"', () => {
    expect(apaDate('2025-09-11')).toBe('2025, September 11');
    expect(apaDate('2025-06-01')).toBe('2025, June 1');
    expect(apaDate('')).toBe('n.d.');
  });

  it('a Global Times quotation: title in the author position, date, site, URL, then the quoted words', () => {
    const c = claim('kratsios-danger-of-losing-preeminence');
    const i = c.reports.findIndex((r) => r.article === 'gt-2025-09-11-ai-export');
    expect(citeReport(index, c, i)).toBe(
      "Chinese experts slam US official's proposed AI export strategy targeting China as 'wishful thinking' 'counterproductive' to innovation. (2025, September 11). Global Times. https://www.globaltimes.cn/page/202509/1343257.shtml\n" +
        'Quoted: “We stood in danger of losing our preeminence in this critical technology”',
    );
  });

  it('a report without a recorded URL is cited without one', () => {
    const c = claim('commerce-progress-ai-export-package-order');
    const text = citeReport(index, c, 0);
    expect(text).toMatch(/^Hearing with OSTP Director Kratsios outlines Trump administration's AI strategy\. \(2025, September 11\)\. Office of Sen\. Ted Budd \(US Senate\)\.\n/);
    expect(text).not.toMatch(/undefined|https?:/);
  });

  it('a title ending in "?" gets no extra full stop; outer quotation marks of the words are not doubled', () => {
    expect(formatApaCitation({ title: 'Is AI a race?', date: '2025-01-02', siteName: 'Example News', url: 'https://example.com/a', quoted: '"We will win."' })).toBe(
      'Is AI a race? (2025, January 2). Example News. https://example.com/a\nQuoted: “We will win.”',
    );
  });
});

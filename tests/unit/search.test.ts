import { describe, expect, it } from 'vitest';
import { bundledView } from '@/utils/index/bundled';
import { createClaimSearch, numberTokens } from '@/utils/search';

const index = bundledView;
const search = createClaimSearch(index);
const ids = (q: string): string[] => search.search(q).map((c) => c.id);

describe('claim search', () => {
  it('finds claims by a speaker’s name', () => {
    const found = ids('Kratsios');
    expect(found.length).toBeGreaterThan(5);
    expect(found).toContain('us-ai-lead-narrowed-2020-2024');
  });

  it('forgives a typo in a name', () => {
    expect(ids('Kratsois')).toContain('us-ai-lead-narrowed-2020-2024');
  });

  it('finds a speaker known only by alias (Huawei’s CEO → Ren Zhengfei)', () => {
    expect(ids('Ren Zhengfei')).toContain('huawei-ceo-us-exaggerated-achievements');
  });

  it.each([
    ['4,500', 'cn-ai-enterprises-over-4500-may-2025'],
    ['4500', 'cn-ai-enterprises-over-4500-may-2025'],
    ['61', 'cn-ai-patent-share-2024'],
    ['61%', 'cn-ai-patent-share-2024'],
    ['227', 'cn-227-vs-us-109-supercomputers'],
  ])('finds a claim by the number %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });

  it('matches numbers whole: "61" does not find 2016 or 1.61', () => {
    for (const claim of search.search('61')) {
      expect(claim.summary + claim.reports.map((r) => r.excerpt).join(' ')).toMatch(/(^|[^\d.,])61([^\d]|$)/);
    }
  });

  it('combines words and numbers: every result states the number, the best one first', () => {
    const found = search.search('4,500 enterprises');
    expect(found[0]?.id).toBe('cn-ai-enterprises-over-4500-may-2025');
    expect(found.every((c) => c.reports.some((r) => r.excerpt.includes('4,500')))).toBe(true);
  });

  it('finds claims by outlet', () => {
    const found = search.search('Global Times');
    expect(found.length).toBeGreaterThan(5);
    const gtArticles = new Set(index.articles.filter((a) => a.outlet === 'global-times').map((a) => a.id));
    expect(found.every((c) => c.reports.some((r) => gtArticles.has(r.article)) || /Global Times/.test(c.summary))).toBe(true);
  });

  it('finds nothing for blank or unrelated queries', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('zzqxv')).toEqual([]);
    expect(ids('987654')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search.search('Kratsios', 3)).toHaveLength(3);
  });

  it.each([
    ['over 4,500 firms', ['4500']],
    ['1.3 billion and $150', ['1.3', '150']],
    ['no numbers', []],
  ])('numberTokens(%j)', (text, tokens) => {
    expect(numberTokens(text)).toEqual(tokens);
  });
});

describe('claim search: every word, any order (issue 13)', () => {
  it.each(['Sacks months', 'Kratsios 2020', 'chips allies', 'months Sacks', '2020 Kratsios'])('"%s" finds claims holding every word', (q) => {
    const found = search.search(q);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      const text = [c.summary, ...c.reports.map((r) => r.excerpt)].join(' ').toLowerCase();
      for (const word of q.toLowerCase().split(' ')) {
        const stem = word.replace(/ies$/, '').replace(/s$/, '');
        const person = c.speaker ? index.person(c.speaker) : undefined;
        expect(text.includes(stem) || (person && [person.name, ...person.aliases].join(' ').toLowerCase().includes(stem))).toBe(true);
      }
    }
  });

  it('number words: "sixty-one per cent" finds the 61 percent claim', () => {
    expect(ids('sixty-one per cent')).toContain('cn-ai-patent-share-2024');
    expect(ids('four thousand five hundred')).toContain('cn-ai-enterprises-over-4500-may-2025');
  });

  it('a word found nowhere in a claim excludes it', () => {
    expect(ids('Kratsios zzqxv')).toEqual([]);
  });
});

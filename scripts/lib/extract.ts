/**
 * Article text from saved HTML, for the command-line tools: Mozilla's
 * Readability (the reader-view extractor) over linkedom, so navigation, ads,
 * related links and comments do not count as article text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export function extractArticleText(html: string): { title: string; text: string } {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) {
    // Not an article page: fall back to the body text without script/style.
    document.querySelectorAll('script, style, noscript, template').forEach((el: Element) => el.remove());
    return { title: document.title ?? '', text: normalizeBlocks(document.body?.textContent ?? '') };
  }
  // Keep block boundaries as line breaks so headlines and paragraphs stay separate sentences.
  const { document: doc } = parseHTML(`<html><body>${article.content}</body></html>`);
  const blocks: string[] = [];
  doc.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td,figcaption').forEach((el: Element) => {
    if (el.querySelector('p,li,h1,h2,h3,h4,h5,h6,blockquote')) return; // count leaf blocks only
    const t = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (t) blocks.push(t);
  });
  const text = blocks.length > 0 ? blocks.join('\n\n') : normalizeBlocks(article.textContent ?? '');
  return { title: article.title ?? '', text: article.title ? `${article.title}\n\n${text}` : text };
}

function normalizeBlocks(s: string): string {
  return s
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

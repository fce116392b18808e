/** Page text extraction and offset → Range mapping (utils/dom), in happy-dom. */
import { describe, expect, it } from 'vitest';
import { collectPageText, positionAt } from '../../utils/dom/page-text';
import { rangeFromOffsets } from '../../utils/dom/ranges';
import { segmentSentences } from '../../utils/text/segment';

function pageText(html: string) {
  document.body.innerHTML = html;
  return collectPageText(document.body, { computedStyle: false, exclude: (el) => el.localName === 'parallax-card' });
}

describe('collectPageText', () => {
  it.each([
    ['script', '<p>Kept.</p><script>var secret = "skipped";</script>'],
    ['style', '<p>Kept.</p><style>p { color: red }</style>'],
    ['noscript', '<p>Kept.</p><noscript>skipped</noscript>'],
    ['textarea', '<p>Kept.</p><textarea>skipped</textarea>'],
    ['select', '<p>Kept.</p><select><option>skipped</option></select>'],
    ['hidden attribute', '<p>Kept.</p><div hidden>skipped</div>'],
    ['aria-hidden', '<p>Kept.</p><div aria-hidden="true"><p>skipped</p></div>'],
    ['contenteditable', '<p>Kept.</p><div contenteditable="true"><p>skipped</p></div>'],
    ['Parallax host', '<p>Kept.</p><parallax-card>skipped</parallax-card>'],
  ])('skips %s', (_name, html) => {
    const pt = pageText(html);
    expect(pt.text).toContain('Kept.');
    expect(pt.text).not.toContain('skipped');
  });

  it('skips display:none when computed style is consulted', () => {
    document.body.innerHTML = '<p>Kept.</p><div style="display:none">skipped</div><div style="visibility:hidden">gone</div>';
    const pt = collectPageText(document.body);
    expect(pt.text).not.toContain('skipped');
    expect(pt.text).not.toContain('gone');
  });

  it('separates blocks with a virtual newline but keeps inline markup in one sentence', () => {
    const pt = pageText('<h1>Title here</h1><p>One <a href="#">linked</a> and <em>stressed</em> sentence. Two.</p><p>Three</p>');
    expect(pt.text).toBe('Title here\nOne linked and stressed sentence. Two.\nThree');
    expect(pt.blocks.map((b) => pt.text.slice(b.start, b.end))).toEqual(['Title here', 'One linked and stressed sentence. Two.', 'Three']);
  });

  it('turns source newlines into spaces one for one, so a sentence is not split', () => {
    const pt = pageText('<p>A sentence\nthat wraps in the source.</p>');
    expect(pt.text).toBe('A sentence that wraps in the source.');
    expect(segmentSentences(pt.text)).toHaveLength(1);
  });

  it('maps offsets back to text nodes', () => {
    const pt = pageText('<p>Alpha <b>beta</b> gamma.</p>');
    const at = positionAt(pt, pt.text.indexOf('beta') + 2, 'start')!;
    expect(at.node.data).toBe('beta');
    expect(at.offset).toBe(2);
  });
});

describe('rangeFromOffsets', () => {
  it('builds one range across <a> and <em> for a whole sentence', () => {
    const pt = pageText('<p>Before. The US <a href="#">exported <em>AI tech stacks</em></a> to allies. After.</p>');
    const s = segmentSentences(pt.text)[1]!;
    const range = rangeFromOffsets(pt, s.start, s.end)!;
    expect(range.toString()).toBe('The US exported AI tech stacks to allies.');
    expect(range.startContainer.textContent).toContain('The US');
    expect(range.endContainer.textContent).toContain('to allies');
  });

  it('moves ends that fall on a block separator onto real nodes', () => {
    const pt = pageText('<p>First.</p><p>Second.</p>');
    const range = rangeFromOffsets(pt, 0, pt.text.indexOf('\n') + 1)!;
    expect(range.toString()).toBe('First.');
  });

  it('returns null once the nodes are gone', () => {
    const pt = pageText('<p>Gone soon.</p>');
    document.body.innerHTML = '';
    expect(rangeFromOffsets(pt, 0, 5)).toBeNull();
  });
});

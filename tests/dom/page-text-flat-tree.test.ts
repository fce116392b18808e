import { describe, expect, it } from 'vitest';
import { collectPageText } from '../../utils/dom/page-text';

const read = () => collectPageText(document.body, { computedStyle: false }).text.split('\n').filter(Boolean);

describe('collectPageText reads the flat tree', () => {
  it('enters shadow roots, follows slots, skips unslotted light DOM and closed <details> content', () => {
    document.body.innerHTML = `
      <p>Light paragraph.</p>
      <x-open></x-open>
      <x-slotted><p>Slotted paragraph.</p></x-slotted>
      <x-unslotted><p>Unslotted paragraph.</p></x-unslotted>
      <details><summary>Summary line</summary><p>Inside closed details.</p></details>
      <details open><summary>Open summary</summary><p>Inside open details.</p></details>`;
    document.querySelector('x-open')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow paragraph.</p>';
    document.querySelector('x-slotted')!.attachShadow({ mode: 'open' }).innerHTML = '<section><slot></slot></section>';
    document.querySelector('x-unslotted')!.attachShadow({ mode: 'open' }).innerHTML = '<p>No slot here.</p>';
    expect(read()).toEqual(['Light paragraph.', 'Shadow paragraph.', 'Slotted paragraph.', 'No slot here.', 'Summary line', 'Open summary', 'Inside open details.']);
  });

  it('reaches closed shadow roots through the given getter', () => {
    document.body.innerHTML = '<x-closed></x-closed>';
    const host = document.querySelector('x-closed')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<p>Closed paragraph.</p>';
    expect(collectPageText(document.body, { computedStyle: false }).text).toBe('');
    expect(collectPageText(document.body, { computedStyle: false, shadowRootOf: (el) => (el === host ? root : el.shadowRoot) }).text.trim()).toBe('Closed paragraph.');
  });
});

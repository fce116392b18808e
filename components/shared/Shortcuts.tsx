/** The keyboard shortcuts, listed where readers look for them (popup, options). */
export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['Alt', 'Shift', '.'], what: 'next highlight' },
  { keys: ['Alt', 'Shift', ','], what: 'previous highlight' },
  { keys: ['Enter'], what: 'open the card of the highlight' },
  { keys: ['Tab'], what: 'move within the open card' },
  { keys: ['Esc'], what: 'close the card (focus goes back where it was)' },
];

export function Shortcuts() {
  return (
    <>
      <dl class="px-shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.what} class="px-shortcut">
            <dt>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && '+'}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <p class="px-muted px-shortcuts-note">
        Not while you type in a field. Chrome lets you change the first two at chrome://extensions/shortcuts.
      </p>
    </>
  );
}

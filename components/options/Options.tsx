/** The options page: what Parallax stores, resetting settings, and the outlet registry. */
import type { IndexView } from '@/utils/index/view';
import { Shortcuts } from '../shared/Shortcuts';
import { OutletRegistry } from './OutletRegistry';
import { ResetSettings } from './ResetSettings';
import { StorageStatement } from './StorageStatement';

export interface OptionsProps {
  index: IndexView;
  confirm(question: string): boolean;
}

export function Options({ index, confirm }: OptionsProps) {
  return (
    <main class="px-options">
      <h1>Parallax</h1>
      <p class="px-muted">
        Highlights sentences on news pages that state a fact from its claims index, and shows how US outlets, Chinese
        state media and aggregators reported it.
      </p>

      <section aria-labelledby="px-privacy-heading">
        <h2 id="px-privacy-heading">What Parallax stores</h2>
        <StorageStatement />
      </section>

      <section aria-labelledby="px-keys-heading">
        <h2 id="px-keys-heading">Keyboard shortcuts</h2>
        <Shortcuts />
      </section>

      <section aria-labelledby="px-reset-heading">
        <h2 id="px-reset-heading">Reset settings</h2>
        <ResetSettings confirm={confirm} />
      </section>

      <section aria-labelledby="px-registry-heading">
        <h2 id="px-registry-heading">Outlet registry</h2>
        <p>
          Every outlet in the claims index, the category Parallax puts it in, and the evidence for that choice.
          Categories describe ownership and publishing practice, not reliability.
        </p>
        <OutletRegistry categories={index.categories} outlets={index.outlets} />
      </section>
    </main>
  );
}

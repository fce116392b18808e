/** "Pause on this site" and "Pause everywhere", stored in pauseItem (sync). */
import { NOT_PAUSED, togglePausedSite, type PauseState } from '@/utils/pause';
import { pauseItem } from '@/utils/settings';
import { Toggle } from '../shared/Toggle';

export interface PauseControlsProps {
  pause: PauseState | undefined;
  /** Hostname of the inspected page; undefined where a site pause means nothing. */
  site: string | undefined;
}

export function PauseControls({ pause = NOT_PAUSED, site }: PauseControlsProps) {
  const sitePaused = site !== undefined && pause.sites.includes(site);
  return (
    <div class="px-pause">
      <Toggle
        label="Pause on this site"
        description={site ? `No highlights on ${site}.` : 'Only web pages have a site to pause.'}
        checked={sitePaused}
        disabled={site === undefined}
        onChange={() => site && void pauseItem.setValue(togglePausedSite(pause, site))}
      />
      <Toggle
        label="Pause everywhere"
        description="No highlights on any page until you turn this off."
        checked={pause.everywhere}
        onChange={(everywhere) => void pauseItem.setValue({ ...pause, everywhere })}
      />
    </div>
  );
}

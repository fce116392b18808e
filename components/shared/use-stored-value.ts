/**
 * A stored setting's current value as Preact state, kept live by `watch` (so a change
 * made in another tab, the options page or another device shows at once).
 * `undefined` until the first read resolves.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Setting } from '@/utils/settings';

export function useStoredValue<T>(item: Setting<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    item.getValue().then((v) => live && setValue(v), () => undefined);
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}

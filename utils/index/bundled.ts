/**
 * The index bundled with the extension (data/generated/index.json, compiled by
 * scripts/build-index.ts), typed without a cast: the JSON module's inferred
 * type is too wide (string where the schema has enums), so its shape is
 * checked once, cheaply (version and the record arrays), not re-validated
 * record by record; the build already validated every record.
 */
import indexJson from '@/data/generated/index.json';
import { SHIPPED_INDEX_VERSION, type ShippedIndex } from './shipped';
import { createIndexView, type IndexView } from './view';

const ARRAYS = ['categories', 'outlets', 'people', 'articles', 'claims'];

export function isShippedIndex(value: unknown): value is ShippedIndex {
  if (typeof value !== 'object' || value === null) return false;
  const fields = new Map(Object.entries(value));
  return (
    fields.get('version') === SHIPPED_INDEX_VERSION &&
    ARRAYS.every((k) => Array.isArray(fields.get(k))) &&
    typeof fields.get('retrieval') === 'object'
  );
}

export function asShippedIndex(value: unknown): ShippedIndex {
  if (!isShippedIndex(value)) throw new Error(`Not a Parallax index of version ${SHIPPED_INDEX_VERSION}: rebuild it (npm run index:check)`);
  return value;
}

export const bundledIndex: ShippedIndex = asShippedIndex(indexJson);

/** The view every part of the extension reads the bundled index through. */
export const bundledView: IndexView = createIndexView(bundledIndex);

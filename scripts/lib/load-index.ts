/**
 * Node-side loading of the claims index sources from data/ and the article
 * texts from tests/fixtures/sources/. Everything is read from this repository.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_FILES } from '../../utils/index/schema';
import { validateIndex, type IndexFileKey, type ValidationResult } from '../../utils/index/validate';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface LoadedSources {
  raw: Record<IndexFileKey, unknown>;
  texts: Map<string, string>;
  /** JSON syntax errors, reported like validation problems. */
  parseErrors: string[];
}

export function readIndexSources(root = ROOT): LoadedSources {
  const raw = {} as Record<IndexFileKey, unknown>;
  const parseErrors: string[] = [];
  for (const key of Object.keys(INDEX_FILES) as IndexFileKey[]) {
    const file = INDEX_FILES[key].file;
    try {
      raw[key] = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (err) {
      parseErrors.push(`${file}: (file) (root): ${(err as Error).message}`);
      raw[key] = null;
    }
  }
  const texts = new Map<string, string>();
  const articles = Array.isArray(raw.articles) ? (raw.articles as Array<{ textFile?: unknown }>) : [];
  for (const a of articles) {
    if (typeof a?.textFile === 'string' && existsSync(join(root, a.textFile))) {
      texts.set(a.textFile, readFileSync(join(root, a.textFile), 'utf8'));
    }
  }
  return { raw, texts, parseErrors };
}

export function loadAndValidate(root = ROOT): ValidationResult & { parseErrors: string[]; texts: Map<string, string> } {
  const { raw, texts, parseErrors } = readIndexSources(root);
  return { ...validateIndex(raw, texts), parseErrors, texts };
}

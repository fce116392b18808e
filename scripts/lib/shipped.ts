/** Load (or compile, for tools that change the index) the shipped index in Node. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadAndValidate } from './load-index';
import { compileShippedIndex, type ShippedIndex } from '../../utils/index/shipped';
import { formatProblem } from '../../utils/index/validate';

export function loadShippedIndex(): ShippedIndex {
  const file = join(ROOT, 'data', 'generated', 'index.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ShippedIndex;
  return compileFromSources();
}

export function compileFromSources(): ShippedIndex {
  const result = loadAndValidate();
  if (!result.ok) {
    throw new Error(`Claims index is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return compileShippedIndex(result.index);
}

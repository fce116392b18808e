/**
 * Deterministic benchmark inputs: pages built from the repository's prose and
 * synthetic claims (news-like sentences with names and numbers) from a
 * fixed-seed generator, so every run measures the same work.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './load-index';
import type { Claim, Person } from '../../utils/index/schema';

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sourceDir = join(ROOT, 'tests', 'fixtures', 'sources');
const negDir = join(ROOT, 'tests', 'fixtures', 'negatives');
const corpus = [
  ...readdirSync(sourceDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(sourceDir, f), 'utf8')),
  ...readdirSync(negDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(negDir, f), 'utf8')),
];
const paragraphs = corpus.flatMap((t) => t.split(/\n\s*\n/u)).map((p) => p.replace(/\s+/gu, ' ').trim()).filter((p) => p.split(' ').length > 8);

export function makePage(words: number, seed: number): string {
  const rnd = mulberry32(seed);
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const p = paragraphs[Math.floor(rnd() * paragraphs.length)]!;
    out.push(p);
    n += p.split(' ').length;
  }
  return out.join('\n\n');
}

const vocabulary = [...new Set(corpus.join(' ').toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
const FIRST = ['Ana', 'Wei', 'John', 'Maria', 'Li', 'Ahmed', 'Sofia', 'Kenji', 'Olga', 'Ravi', 'Fatima', 'Lucas', 'Chen', 'Amara', 'Diego', 'Ingrid'];
const LAST = ['Torres', 'Zhang', 'Smith', 'Okafor', 'Nakamura', 'Petrov', 'Singh', 'Haddad', 'Larsen', 'Moreau', 'Kim', 'Silva', 'Novak', 'Osei', 'Walsh', 'Duarte'];
const ROLES = ['finance minister', 'central bank governor', 'trade representative', 'chief executive', 'senator', 'spokesperson', 'analyst', 'economist'];
const VERBS = ['rose', 'fell', 'reached', 'climbed', 'dropped', 'totalled', 'exceeded', 'slipped to'];
const UNITS = ['percent', 'billion dollars', 'million tonnes', 'billion yuan', 'thousand jobs', 'million users'];

export function synthetic(count: number, seed: number): { claims: Claim[]; people: Person[] } {
  const rnd = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const people: Person[] = [];
  for (let i = 0; i < Math.min(2000, Math.ceil(count / 20)); i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}${i}`;
    people.push({ id: `p${i}`, name, role: pick(ROLES), aliases: [name, name.split(' ')[1]!] });
  }
  const claims: Claim[] = [];
  for (let i = 0; i < count; i++) {
    const person = pick(people);
    const topic = [pick(vocabulary), pick(vocabulary), pick(vocabulary)];
    const value = Math.round(rnd() * 9000) / 10;
    const unit = pick(UNITS);
    const year = 2015 + Math.floor(rnd() * 11);
    const excerpt = `${person.name}, the ${person.role}, said ${topic[0]} ${topic[1]} ${pick(VERBS)} ${value} ${unit} in ${year}, citing ${topic[2]} data.`;
    const rewrite = `In ${year}, ${topic[0]} ${topic[1]} ${pick(VERBS)} ${value} ${unit}, according to ${person.name.split(' ')[1]}, who pointed to ${topic[2]}.`;
    claims.push({
      id: `s${i}`,
      summary: `${person.name} said ${topic[0]} ${topic[1]} reached ${value} ${unit} in ${year}.`,
      kind: 'statistic',
      speaker: person.id,
      checkWorthy: true,
      numbers: [{ value, kind: unit.includes('percent') ? 'percent' : 'count', counts: `${topic[0]} ${topic[1]}` }],
      reports: [
        { article: `a${i % 500}`, excerpt },
        ...(rnd() < 0.5 ? [{ article: `b${i % 500}`, excerpt: rewrite }] : []),
      ],
    });
  }
  return { claims, people };
}


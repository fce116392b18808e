/**
 * Who a sentence puts the words in the mouth of. The same words attributed to
 * a different speaker are a different claim, so the matcher asks: does this
 * sentence name the claim's speaker, or name someone else as the speaker?
 *
 * Trade-off: we only recognise names (indexed people's aliases, and
 * capitalised names next to a reporting verb). Pronouns ("he said") are
 * accepted, since the name is usually in a neighbouring sentence; that favours
 * recall on quotes over catching a swap hidden behind a pronoun.
 *
 * Pure module.
 */
import type { Person } from '../index/schema';
import { jaroWinkler } from '../text/jaro-winkler';
import { foldText } from '../text/fold';
import { NAME_TITLES } from '../text/titles';
import { foldHan, HAN_CHAR, type HanVariants } from '../text/han';

/** Similarity at which a name word is taken for an indexed person's ("Scahs" for "Sacks"). */
const FUZZY_NAME = 0.9;
/** Name words shorter than this are never matched fuzzily (too many near neighbours). */
const FUZZY_MIN_LENGTH = 5;

const REPORTING_VERBS =
  'said|says|told|tells|argued|argues|claimed|claims|warned|warns|stated|states|noted|notes|added|adds|wrote|writes|insisted|insists|stressed|stresses|according to';

/** Verbs whose following name is the speaker ("said Zhang"); after "told" comes the listener. */
const INVERTED_VERBS = 'said|says|argued|claimed|warned|stated|noted|added|wrote|insisted|stressed|according to';

const NAME = String.raw`((?:[\p{Lu}][\p{L}’'.-]+)(?:\s+[\p{Lu}][\p{L}’'.-]+){0,3})`;
const NAME_THEN_VERB = new RegExp(`${NAME}\\s+(?:${REPORTING_VERBS})\\b`, 'gu');
/**
 * "…,” said Zhang" and "according to Zhang": the inverted form names the
 * speaker only after a quote or a comma (or with "according to"). In "He said
 * Huawei is closing the gap", the name after the verb is what is said.
 */
const VERB_THEN_NAME = new RegExp(`(?:[,”"’]\\s*(?:${INVERTED_VERBS})|\\baccording to),?\\s+(?:(?:the|a|an)\\s+)?${NAME}`, 'gu');

/** Words that make a capitalised run an institution or a description, not a person. */
const NOT_PERSON_WORDS = new Set([
  'department', 'ministry', 'senate', 'house', 'committee', 'subcommittee', 'congress', 'agency', 'office',
  'council', 'commission', 'institute', 'university', 'administration', 'government', 'reuters', 'bloomberg',
  'xinhua', 'times', 'news', 'post', 'journal', 'press', 'media', 'association', 'group', 'company',
  'corporation', 'inc', 'bank', 'chinese', 'american', 'white', 'state', 'foreign', 'official', 'data',
  'report', 'reports', 'statement', 'plan', 'act', 'beijing', 'washington', 'china', 'us', 'u', 's',
]);

/** Capitalised words that start a name-like run but are not names. */
const NOT_NAMES = new Set([
  'He', 'She', 'They', 'It', 'We', 'I', 'You', 'The', 'This', 'That', 'These', 'Those', 'A', 'An', 'In', 'On',
  'At', 'And', 'But', 'Officials', 'Experts', 'Analysts', 'Critics', 'Observers', 'Commentators', 'Media',
]);

export interface SpeakerTable {
  /** Lower-cased alias word sequence → person id. */
  byAlias: Map<string, string>;
  /** Chinese aliases (no spaces to split on: found as substrings), simplified. */
  han: [string, string][];
  /** The folding the Chinese aliases were built with. */
  hanVariants?: HanVariants;
  /** Every alias word of every person. */
  readonly allWords: Set<string>;
}

/** The table in JSON form, prebuilt at build time (normalising every alias is the costly part). */
export interface SpeakerTableData {
  /** [alias key, person id] */
  aliases: [string, string][];
  /** [Chinese alias, person id] */
  han?: [string, string][];
}

export function serializeSpeakerTable(table: SpeakerTable): SpeakerTableData {
  return table.han.length ? { aliases: [...table.byAlias], han: table.han } : { aliases: [...table.byAlias] };
}

export function speakerTableFromData(data: SpeakerTableData, hanVariants?: HanVariants): SpeakerTable {
  const byAlias = new Map(data.aliases);
  let allWords: Set<string> | undefined;
  return {
    byAlias,
    han: data.han ?? [],
    hanVariants,
    // Only needed when a sentence names someone next to a reporting verb.
    get allWords() {
      if (!allWords) {
        allWords = new Set<string>();
        for (const [key] of data.aliases) {
          for (const w of key.split(' ')) if (w.length > 2 && !TITLE_WORDS.has(w)) allWords.add(w);
        }
      }
      return allWords;
    },
  };
}

export function buildSpeakerTable(people: ReadonlyArray<Pick<Person, 'id' | 'aliases' | 'name'>>, hanVariants?: HanVariants): SpeakerTable {
  const aliases: [string, string][] = [];
  const han: [string, string][] = [];
  for (const p of people) {
    for (const alias of [p.name, ...p.aliases]) {
      if (HAN_CHAR.test(alias)) {
        han.push([foldHan(alias, hanVariants), p.id]);
        continue;
      }
      const key = aliasKey(alias);
      if (key) aliases.push([key, p.id]);
    }
  }
  return speakerTableFromData({ aliases, han }, hanVariants);
}

/** Words of an alias that are not the person's name: titles (utils/text/titles.ts) and roles. */
const TITLE_WORDS = new Set([...NAME_TITLES, 'senator', 'director', 'president', 'ceo', 'the', 'huawei']);

/** A name as a key: the one fold (utils/text/fold.ts), possessives and punctuation dropped. */
function aliasKey(s: string): string {
  return foldText(s)
    .replace(/'s?\b/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .replace(/\s+/gu, ' ');
}

export interface Attribution {
  /** Indexed people the sentence names anywhere. */
  mentioned: Set<string>;
  /** Indexed people the sentence names as its speaker ("X said", "said X", "X told ..."). */
  speakers: Set<string>;
  /** Names next to a reporting verb that are not indexed people. */
  otherSpeakers: string[];
}

export function readAttribution(sentence: string, table: SpeakerTable): Attribution {
  const mentioned = new Set<string>();
  const words = aliasKey(sentence).split(' ');
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 4 && i + n <= words.length; n++) {
      const id = table.byAlias.get(words.slice(i, i + n).join(' '));
      if (id) mentioned.add(id);
    }
  }
  if (table.han.length > 0 && HAN_CHAR.test(sentence)) {
    const folded = foldHan(sentence, table.hanVariants);
    for (const [alias, id] of table.han) if (folded.includes(alias)) mentioned.add(id);
  }
  const speakers = new Set<string>();
  const otherSpeakers: string[] = [];
  for (const re of [NAME_THEN_VERB, VERB_THEN_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const name = m[1]!.replace(/\.$/u, '').replace(/['’]s?$/u, '');
      const first = name.split(/\s+/u)[0]!;
      if (NOT_NAMES.has(first)) continue;
      const key = aliasKey(name);
      const keyWords = key.split(' ');
      // The longest indexed alias inside the name ("Senator Ted Cruz" → Cruz).
      let id: string | undefined;
      for (let i = 0; i < keyWords.length && !id; i++) {
        for (let n = keyWords.length - i; n >= 1 && !id; n--) id = table.byAlias.get(keyWords.slice(i, i + n).join(' '));
      }
      // A name misspelled by a letter or two is the same speaker, not another one.
      id ??= fuzzyPerson(keyWords, table);
      if (id) {
        speakers.add(id);
        mentioned.add(id);
      } else if (!keyWords.some((w) => NOT_PERSON_WORDS.has(w) || table.allWords.has(w))) otherSpeakers.push(name);
    }
  }
  return { mentioned, speakers, otherSpeakers };
}

/** The indexed person whose surname (or other alias word) a name word nearly spells. */
function fuzzyPerson(keyWords: string[], table: SpeakerTable): string | undefined {
  for (const w of keyWords) {
    if (w.length < FUZZY_MIN_LENGTH) continue;
    // Single-word aliases (surnames) by first letter: a misspelling rarely changes the first letter.
    for (const [alias, id] of surnamesByInitial(table).get(w[0]!) ?? []) {
      if (Math.abs(alias.length - w.length) <= 2 && jaroWinkler(w, alias) >= FUZZY_NAME) return id;
    }
  }
  return undefined;
}

const surnameCache = new WeakMap<SpeakerTable, Map<string, [string, string][]>>();
function surnamesByInitial(table: SpeakerTable): Map<string, [string, string][]> {
  let map = surnameCache.get(table);
  if (!map) {
    map = new Map();
    for (const [alias, id] of table.byAlias) {
      if (alias.includes(' ') || alias.length < FUZZY_MIN_LENGTH - 2) continue;
      const list = map.get(alias[0]!) ?? [];
      list.push([alias, id]);
      map.set(alias[0]!, list);
    }
    surnameCache.set(table, map);
  }
  return map;
}

/**
 * `undefined` when the sentence may be the speaker's claim; otherwise who the
 * sentence attributes it to instead.
 */
export function speakerConflict(attribution: Attribution, speaker: string | undefined): string | undefined {
  if (!speaker || attribution.mentioned.has(speaker)) return undefined;
  // Someone else is named as the speaker. Merely mentioning another person
  // ("he told Sen. Budd") is not attributing the words to them.
  const other = [...attribution.speakers].find((id) => id !== speaker);
  if (other) return other;
  return attribution.otherSpeakers[0];
}

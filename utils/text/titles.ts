/**
 * Titles written before a name ("Sen. Budd", "Dr. Smith"), in one list for
 * every layer that must recognise them: the segmenter (a title's full stop
 * does not end a sentence), normalisation (a title is not a content word)
 * and attribution (a title is not part of a speaker's name). Lower case,
 * without the full stop. Pure module.
 */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt',
  'rev', 'hon', 'pres', 'amb', 'adm', 'maj', 'cmdr', 'supt',
]);

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { segmentSentences, MAX_SENTENCE_LENGTH } from '../../utils/text/segment';

const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  test.each([
    ['titles do not end sentences', 'Sen. Budd met Dr. Smith. They spoke.', ['Sen. Budd met Dr. Smith.', 'They spoke.']],
    ['U.S. mid-sentence', 'The U.S. lead has narrowed. China gained.', ['The U.S. lead has narrowed.', 'China gained.']],
    ['decimals', 'A population of 1.3 billion. Next.', ['A population of 1.3 billion.', 'Next.']],
    ['headline without a full stop', 'White House adviser calls for US to defend its AI lead\n\nThe White House said so.', ['White House adviser calls for US to defend its AI lead', 'The White House said so.']],
    ['closing quotation marks stay with their sentence', '“We stood in danger,” he said. Then he left.', ['“We stood in danger,” he said.', 'Then he left.']],
    ['quoted full stop', 'He said “it is done.” She agreed.', ['He said “it is done.”', 'She agreed.']],
    ['"U.S." before a capitalised noun is an adjective', 'Sacks dismissed fears about U.S. AI chips being smuggled. He left.', ['Sacks dismissed fears about U.S. AI chips being smuggled.', 'He left.']],
    ['"U.S." before a function word ends a sentence', 'China is catching up with the U.S. The gap is closing.', ['China is catching up with the U.S.', 'The gap is closing.']],
    ['"no." before a capitalised word ends a sentence', 'The answer is no. Instead, we left.', ['The answer is no.', 'Instead, we left.']],
    ['"No." before a number abbreviates "number"', 'He ranked No. 5 in the list. Then he fell.', ['He ranked No. 5 in the list.', 'Then he fell.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('offsets index into the original text and never overlap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        let last = 0;
        for (const s of segmentSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

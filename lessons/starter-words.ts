import { z } from 'zod';

/*
 * A starter program in every language from one source. Where a starter's code matters
 * (lesson 15 hides its bugs in it), the code lives once, in starter.ts; each other language
 * gives only the words of its comments and printed strings, in starter.words.json:
 * `{ "vi": { "<English comment or string>": "<its words>", ... }, "lo": { ... } }`.
 * What a student sees is the same program as a hand-written starter.vi.ts would be.
 */

/** The file of a lesson folder that words starter.ts in the other languages. */
export const STARTER_WORDS_FILE = 'starter.words.json';

const wordsSchema = z.record(z.string(), z.string());

/** starter.words.json: the words of each language but English, by the English text. */
export const starterWordsSchema = z.strictObject({ vi: wordsSchema, lo: wordsSchema });

/** Words of one language, by the English text of a comment or a string. */
export type StarterWords = z.output<typeof wordsSchema>;

/** A line comment's text (after `// `), or a single-quoted string's. */
const WORDED = /(\/\/ )(.*)$|'([^'\\\n]*)'/gm;

/**
 * `source` with each line comment and single-quoted string that `words` has in its words;
 * code, and any text `words` lacks, stay as they are.
 */
export function wordStarter(source: string, words: StarterWords): string {
  const wordsOf = (english: string) => (Object.hasOwn(words, english) ? words[english] : undefined);
  return source.replace(WORDED, (whole, slashes?: string, comment?: string, text?: string) => {
    if (comment !== undefined) {
      const worded = wordsOf(comment);
      return worded === undefined ? whole : `${slashes}${worded}`;
    }
    const worded = wordsOf(text as string);
    return worded === undefined ? whole : `'${worded}'`;
  });
}

import * as Blockly from 'blockly';
import * as english from 'blockly/msg/en';
import type { Lang } from '../i18n/lang.ts';
import { useRobotBlocks } from './blocks-program.ts';
import { LO_MESSAGES } from './messages/lo.ts';
import { VI_MESSAGES } from './messages/vi.ts';
import { robotBlockMessages } from './robot-block-json.ts';

/** The messages of one of Blockly's message modules. */
function words(module: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(module).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/**
 * Every word Blockly shows in `lang`: its own (English, Blockly's Vietnamese with our
 * corrections, or our Lao) and the robot blocks'. Blockly's Vietnamese is fetched only
 * when it is needed.
 */
export async function blocklyMessages(lang: Lang): Promise<Record<string, string>> {
  const messages = words(english);
  if (lang === 'vi') Object.assign(messages, words(await import('blockly/msg/vi')), VI_MESSAGES);
  if (lang === 'lo') Object.assign(messages, LO_MESSAGES);
  return { ...messages, ...robotBlockMessages(lang) };
}

/**
 * Puts Blockly in `lang`, the robot blocks defined. Blocks made from now on read the new
 * words: a workspace shown on screen is made again to show them.
 */
export async function useBlockLanguage(lang: Lang): Promise<void> {
  const messages = await blocklyMessages(lang);
  useRobotBlocks(lang);
  Blockly.setLocale(messages);
}

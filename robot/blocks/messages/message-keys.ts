/**
 * Some of Blockly's messages in one language, by Blockly's key (`ADD_COMMENT`…). Blockly's
 * type declarations lag its messages (CLOSE, the keyboard hints): tests check every key
 * against the English messages Blockly ships instead.
 */
export type BlocklyMessages = Readonly<Record<string, string>>;

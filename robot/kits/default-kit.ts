/** The kit used when none is named (a leaf, so the web page reads it without the schema). */
export const DEFAULT_KIT_ID = 'l298n-2wd';

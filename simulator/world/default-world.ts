/** The builtin world used when none is named (a leaf module: `mekong --help` shows it). */
export const DEFAULT_WORLD_ID = 'playground';

/**
 * Exit codes of every verb (a leaf module: the error handler needs them even when nothing
 * else could load). docs/cli.md lists them for scripts.
 */
export const EXIT = {
  ok: 0,
  /** The program, mission or a board failed: the run itself went as it should. */
  programFailed: 1,
  /** Bad input: a usage error, a bad option value, a missing or malformed file. */
  badInput: 2,
  /** A problem in Mekong's own code (EX_SOFTWARE of sysexits.h): worth reporting. */
  crashed: 70,
} as const;

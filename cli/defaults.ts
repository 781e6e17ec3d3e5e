// The CLI's own defaults: a leaf module (no imports), so `mekong --help` shows them without
// loading what uses them. Defaults owned by a lower layer live in its own leaf module
// (robot/kits/default-kit.ts, simulator/world/default-world.ts, lessons/run-policy.ts,
// firmware-bridge/emulator/emulated-realism.ts).

/** Seed of classroom realism when `--seed` is not given. */
export const DEFAULT_SEED = 1;

/** Largest `--seed`: the world's random generator takes a 31-bit seed. */
export const MAX_SEED = 2 ** 31 - 1;

/** Robot time a program may run, s, when `--max-time` is not given (0.001…3600). */
export const DEFAULT_MAX_TIME_S = 60;

/** Where `mekong emulate` listens when `--listen` is not given (loopback only). */
export const DEFAULT_LISTEN = '127.0.0.1:5760';

/** Port `mekong start` tries first when `--port` is not given; the next ones follow if taken. */
export const DEFAULT_START_PORT = 8080;

/** How many ports from DEFAULT_START_PORT `mekong start` tries. */
export const START_PORT_TRIES = 10;

import { test } from 'vitest';
import { FirmataHost } from '../../../firmware-bridge/emulator/firmata-host.ts';

/**
 * `it` for the firmware tests: a test that names `host` gets a fresh emulated Uno running our
 * firmware, past its handshake (`FirmataHost.boot()`), and `board` is that host's board. Nothing
 * boots for a test that names neither; a describe block can boot another board with
 * `it.override('host', () => FirmataHost.boot({ board: MEGA }))`.
 */
export const it = test
  .extend('host', () => FirmataHost.boot())
  .extend('board', ({ host }) => host.board);

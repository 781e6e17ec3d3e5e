import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The web app carries only texts students and teachers can meet in it: no CLI words, and
 * no flashing, port or doctor texts until a robot is connected. Follows every relative
 * import from the app's entry points (the page and the simulator worker), as the bundler
 * does, but not type-only imports (erased) nor into the modules loaded when a robot is
 * connected (robot-link/: johnny-five, the emulator, firmware-bridge and its texts) or
 * flashed (the "Flash our firmware" dialog and its words).
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRIES = ['simulator/app/main.ts', 'simulator/app/sim/sim-worker.ts'];
const ON_CONNECT = [
  'simulator/app/robot-link/robot-connection.ts',
  'simulator/app/robot-link/emulated-port.ts',
  'simulator/app/robot-link/emulator-worker.ts',
  'simulator/app/robot-link/flash-dialog.ts',
].map((f) => join(ROOT, f));
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|new URL\(\s*['"]([^'"]+)['"]/g;

function importGraph(entries: string[], skip: string[] = []): Set<string> {
  const seen = new Set<string>();
  const todo = entries.map((e) => join(ROOT, e));
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file) || skip.includes(file)) continue;
    if (!existsSync(file) || !/\.(ts|js|mjs)$/.test(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (/^\s*(import|export) type\s/.test(m[0])) continue;
      const spec = (m[1] ?? m[2] ?? m[3] ?? m[4]) as string;
      if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec.replace(/\?.*$/, '')));
    }
  }
  return seen;
}

describe('the web app bundle', () => {
  const files = [...importGraph(ENTRIES, ON_CONNECT)].map((f) =>
    relative(ROOT, f).split('\\').join('/'),
  );

  it('reaches the app, the simulator and the robot layer', () => {
    expect(files).toContain('simulator/app/i18n/ui-text.ts');
    expect(files).toContain('robot/i18n/error-messages.ts');
  });

  it('imports no CLI or firmware-bridge module, so none of their texts', () => {
    expect(files.filter((f) => f.startsWith('cli/') || f.startsWith('firmware-bridge/'))).toEqual(
      [],
    );
  });

  it('reaches the hardware robot only once a robot is connected, and never the CLI', () => {
    const withRobot = [...importGraph([...ENTRIES, ...ON_CONNECT.map((f) => relative(ROOT, f))])];
    const reached = withRobot.map((f) => relative(ROOT, f).split('\\').join('/'));
    expect(reached).toContain('firmware-bridge/bridge/hardware-robot.ts');
    expect(reached).toContain('firmware-bridge/transport/web-serial-transport.ts');
    expect(reached.filter((f) => f.startsWith('cli/'))).toEqual([]);
  });

  it('holds no flashing, port or CLI text', () => {
    const found = files.filter((f) =>
      /FLASH_[A-Z_]+:|appNotBuilt|NO_FIRMATA:|PORT_UNAVAILABLE:|usbUnplugged:/.test(
        readFileSync(join(ROOT, f), 'utf8'),
      ),
    );
    expect(found).toEqual([]);
  });
});

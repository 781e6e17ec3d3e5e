import { builtinKits } from '../../robot/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import type { OptionsOf } from '../verb-spec.ts';
import type { KITS_OPTIONS } from '../verbs.ts';

/** `mekong kits [--json]`: the builtin kit profiles and their parts. */
export async function kitsCommand(
  options: OptionsOf<typeof KITS_OPTIONS>,
  io: CliIo,
): Promise<number> {
  const kits = builtinKits();
  const rows = kits.map((kit) => ({
    id: kit.id,
    name: kit.name[options.lang],
    board: kit.board,
    driver: kit.motors.driver,
    parts: [
      kit.ultrasonic
        ? `ultrasonic(${kit.ultrasonic.type}${kit.ultrasonic.onServo ? ', on servo' : ''})`
        : null,
      kit.servo ? 'servo' : null,
      kit.lineSensors ? `line×${kit.lineSensors.sensors.length}(${kit.lineSensors.output})` : null,
      kit.led ? (kit.led.type === 'ws2812' ? `rgb-led×${kit.led.count}` : 'led') : null,
      kit.buzzer ? 'buzzer' : null,
      kit.button ? 'button' : null,
    ].filter((p): p is string => p !== null),
  }));
  if (options.json) {
    io.stdout.write(`${JSON.stringify(rows)}\n`);
    return EXIT.ok;
  }
  for (const row of rows) {
    io.stdout.write(
      `${row.id.padEnd(12)} ${row.board.padEnd(5)} ${row.driver.padEnd(8)} ${row.name}\n`,
    );
    io.stdout.write(`${' '.repeat(12)} ${row.parts.join(', ')}\n`);
  }
  return EXIT.ok;
}

import type { CliIo } from '../io.ts';
import type { RunOptions } from '../verbs.ts';

/**
 * `mekong run <program>`: the one place that picks how a program runs. With --lesson it is
 * checked against the lesson's world (in the simulator, or with --emulate on the emulated
 * board); with --port or --emulate it runs on a robot; otherwise in the simulator. Each
 * path is imported only when taken (the robot path loads johnny-five).
 */
export async function runCommand(
  programFile: string,
  options: RunOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  if (options.lesson !== undefined) {
    const { runLessonCommand } = await import('./run/lesson.ts');
    return runLessonCommand(programFile, { ...options, lesson: options.lesson }, io, now);
  }
  if (options.port !== undefined || options.emulate !== undefined) {
    const { runHardwareCommand } = await import('./run/hardware.ts');
    return runHardwareCommand(programFile, options, io, now);
  }
  const { runSimCommand } = await import('./run/sim.ts');
  return runSimCommand(programFile, options, io, now);
}

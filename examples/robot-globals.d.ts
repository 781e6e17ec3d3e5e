// Lets editors and tsc check student programs: `robot` is a global in every program.
import type { Robot } from '../robot/robot.ts';

declare global {
  const robot: Robot;
}

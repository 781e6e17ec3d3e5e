import type { Trace } from '../../simulator/world/trace.ts';

/**
 * Lessons whose checks read what the program printed or when it answered the button: their
 * blind replay keeps the prints and the timing (`blindReplay` below), and
 * sensors-matter.test.ts proves they cannot be passed blind. blind-replay.test.ts, which
 * replays wheel moves alone, covers every other lesson that uses a sensor.
 */
export const REPLAYS_WITH_OUTPUT: readonly string[] = [
  '13-sensor-scout',
  '14-button-control',
  '15-fix-the-bugs',
];

/**
 * A program that does what robot 0 did in `trace` (wheel powers, LED, beeps, servo, prints),
 * at the same simulated times, without reading a single sensor: the best a program that
 * knows one world by heart can do. On the world it was recorded on it does the same run;
 * on another, it drives blind.
 */
export function blindReplay(trace: Trace): string {
  const lines: string[] = [];
  let now = 0;
  const waitUntil = (t: number) => {
    if (t > now) lines.push(`await robot.wait(${t - now});`);
    now = Math.max(now, t);
  };
  for (const e of trace.events) {
    if (e.robot !== 0) continue;
    switch (e.type) {
      case 'drive':
        waitUntil(e.t);
        lines.push(`robot.drive(${e.left}, ${e.right});`);
        break;
      case 'led':
        waitUntil(e.t);
        lines.push(
          `robot.led(${e.state === 'on' ? 'true' : e.state === 'off' ? 'false' : JSON.stringify(e.state)});`,
        );
        break;
      case 'beep':
        waitUntil(e.t);
        lines.push(`await robot.beep(${e.hz}, ${e.ms});`);
        now += e.ms;
        break;
      case 'servo':
        waitUntil(e.t);
        lines.push(`robot.servo(${e.deg});`);
        break;
      case 'log':
        waitUntil(e.t);
        lines.push(`console.log(${JSON.stringify(e.text)});`);
        break;
      case 'end':
        waitUntil(e.t);
        break;
      default:
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}

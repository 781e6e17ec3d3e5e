import type { Trace } from '../../simulator/world/trace.ts';

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

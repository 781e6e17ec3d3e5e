/**
 * Our firmware's timer use (firmware/PROTOCOL.md, "Timers"): servo pulses and tones run
 * on one alarm timer, and while it is taken these PWM pins give plain levels instead of PWM.
 */
import type { BoardId } from '../../robot/index.ts';

export const ALARM_TIMER = {
  uno: { timer: 'Timer2', losesPwm: [3, 11] },
  nano: { timer: 'Timer2', losesPwm: [3, 11] },
  mega: { timer: 'Timer5', losesPwm: [44, 45, 46] },
} as const satisfies Record<BoardId, { timer: string; losesPwm: readonly number[] }>;

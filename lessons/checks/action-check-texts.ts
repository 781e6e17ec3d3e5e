import type { Entry } from '../../robot/i18n/catalog.ts';
import texts from './action-check-texts.texts.json' with { type: 'json' };

/*
 * The reasons of the checks on what a program prints from its sensors, on the button, on
 * drawings, light shows and signals (reading-checks.ts, button-checks.ts, drawing-checks.ts,
 * signal-checks.ts), in every student language; check-texts.ts adds them to CHECK_TEXTS.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const ACTION_CHECK_TEXTS = texts satisfies Record<string, Entry>;

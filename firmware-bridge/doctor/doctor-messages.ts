/**
 * The doctor's words: a name for every part it checks and a text for every finding, in
 * every language. `{name}` is a parameter (see robot/i18n localize); `fix` says what to do
 * about a warning or a failure.
 */
import {
  defineCatalog,
  errorText,
  type Lang,
  PART_NAMES,
  type ParamsOf,
  type Template,
  wordTemplate,
} from '../../robot/index.ts';
import type { DoctorCheck } from './doctor.ts';
import findingsTexts from './doctor-messages.findings.texts.json' with { type: 'json' };
import partsTexts from './doctor-messages.parts.texts.json' with { type: 'json' };

export interface DoctorText {
  detail: Template;
  fix?: Template;
}

/*
 * Vietnamese and Lao texts were written by the developers and WANT REVIEW BY A NATIVE
 * TEACHER; keep the same parameters in every language (a test checks it). The words are in
 * doctor-messages.parts.texts.json (the parts the robot layer does not name already) and
 * doctor-messages.findings.texts.json. A fix that several findings share is written in each
 * of them (WATCHDOG_UNKNOWN and WATCHDOG_CHANGED: flash the firmware; MOTOR_SPEED_WRONG and
 * MOTOR_NO_ANSWER: the kit's pins; SERVO_WRONG and SERVO_NO_ANSWER: the servo's wire):
 * change it in all of them.
 */

/** What the doctor checks, by stable id (the `part` of a check in `--json`). */
export const DOCTOR_PARTS = {
  ...partsTexts,
  ultrasonic: PART_NAMES.ultrasonic,
  'line sensors': PART_NAMES.line,
  servo: PART_NAMES.servo,
  led: PART_NAMES.led,
  buzzer: PART_NAMES.buzzer,
  button: PART_NAMES.button,
} as const satisfies Record<string, Record<Lang, string>>;

export type DoctorPart = keyof typeof DOCTOR_PARTS;

export const DOCTOR_MESSAGES = findingsTexts satisfies Record<string, Record<Lang, DoctorText>>;

export type DoctorCode = keyof typeof DOCTOR_MESSAGES;

/** The doctor's catalogs (the registry's generic test checks every language). */
export const DOCTOR_CATALOGS = [
  defineCatalog('doctor parts', DOCTOR_PARTS),
  defineCatalog('doctor findings', DOCTOR_MESSAGES),
] as const;

/** Exactly the parameters that code's texts use, so a check cannot leave a slot unfilled. */
export type DoctorParams<Code extends DoctorCode> = ParamsOf<(typeof DOCTOR_MESSAGES)[Code]>;

/** A check as a reader sees it, in one language. */
export interface DoctorCheckText {
  /** The part's name. */
  name: string;
  detail: string;
  /** What to do (warnings and failures). */
  fix?: string;
}

function isDoctorCode(code: string): code is DoctorCode {
  return Object.hasOwn(DOCTOR_MESSAGES, code);
}

/** The names and texts of `check` in `lang`. */
export function doctorCheckText(check: DoctorCheck, lang: Lang): DoctorCheckText {
  const name = DOCTOR_PARTS[check.part][lang];
  if (!isDoctorCode(check.code)) {
    const { message, suggestion } = errorText(check.code, check.params, lang);
    return { name, detail: message, fix: suggestion };
  }
  const text: DoctorText = DOCTOR_MESSAGES[check.code][lang];
  const detail = wordTemplate(text.detail, check.params, lang);
  return text.fix === undefined
    ? { name, detail }
    : { name, detail, fix: wordTemplate(text.fix, check.params, lang) };
}

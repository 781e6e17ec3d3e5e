import { defineCatalog } from '../../robot/i18n/catalog.ts';
import classroomTexts from './verb-words.classroom.texts.json' with { type: 'json' };
import doctorTexts from './verb-words.doctor.texts.json' with { type: 'json' };
import emulateTexts from './verb-words.emulate.texts.json' with { type: 'json' };
import flashTexts from './verb-words.flash.texts.json' with { type: 'json' };
import graderTexts from './verb-words.grader.texts.json' with { type: 'json' };
import listTexts from './verb-words.list.texts.json' with { type: 'json' };
import runHardwareTexts from './verb-words.run-hardware.texts.json' with { type: 'json' };
import startTexts from './verb-words.start.texts.json' with { type: 'json' };

/*
 * The words of the CLI's verbs, a catalog each (the registry's generic test checks every
 * language); the words every verb shares are in cli-text.ts. Vietnamese and Lao written by
 * the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */

/** `mekong classroom`. */
export const CLASSROOM_WORDS = defineCatalog('cli classroom', classroomTexts);

/** `mekong doctor` (the checks' own words are in firmware-bridge/doctor/doctor-messages.ts). */
export const DOCTOR_WORDS = defineCatalog('cli doctor', doctorTexts);

/** `mekong emulate`. */
export const EMULATE_WORDS = defineCatalog('cli emulate', emulateTexts);

/** `mekong flash`. */
export const FLASH_WORDS = defineCatalog('cli flash', flashTexts);

/** `mekong grader`. */
export const GRADER_WORDS = defineCatalog('cli grader', graderTexts);

/** `mekong list`. */
export const LIST_WORDS = defineCatalog('cli list', listTexts);

/** `mekong start`. */
export const START_WORDS = defineCatalog('cli start', startTexts);

/** `mekong run hardware`. */
export const RUN_HARDWARE_WORDS = defineCatalog('cli run-hardware', runHardwareTexts);

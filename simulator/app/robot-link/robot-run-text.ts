import { defineCatalog } from '../../../robot/i18n/catalog.ts';
import texts from './robot-run-text.texts.json' with { type: 'json' };

/*
 * The words of a connected robot's runs, loaded with the robot (robot-connection.ts), not
 * in the page's first bundle. Vietnamese and Lao were written by the developers and WANT
 * REVIEW BY A NATIVE TEACHER.
 */
export const ROBOT_RUN_TEXT = texts;

export const ROBOT_RUN_CATALOG = defineCatalog('web app robot runs', ROBOT_RUN_TEXT);

/** The robot-run text `key` in `lang`. */
export const runText = ROBOT_RUN_CATALOG.say;

import { defineCatalog } from '../../../robot/i18n/catalog.ts';
import texts from './robot-link-text.texts.json' with { type: 'json' };

/*
 * The words of connecting a robot from the page. Vietnamese and Lao were written by the
 * developers and WANT REVIEW BY A NATIVE TEACHER.
 */
export const ROBOT_LINK_TEXT = texts;

export const ROBOT_LINK_CATALOG = defineCatalog('web app robot link', ROBOT_LINK_TEXT);

/** The robot-link text `key` in `lang`. */
export const rt = ROBOT_LINK_CATALOG.say;

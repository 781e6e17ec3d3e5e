import { defineCatalog } from '../../robot/i18n/catalog.ts';
import texts from './bridge-errors.texts.json' with { type: 'json' };

/*
 * Errors of the hardware side: ports, links, firmware and flashing. Vietnamese and Lao texts
 * were written by the developers and want review by a native teacher.
 */
export const BRIDGE_ERRORS = defineCatalog('firmware-bridge errors', texts, 'errors');

declare module '../../robot/i18n/catalog.ts' {
  interface ErrorTable extends BridgeErrorTable {}
}
type BridgeErrorTable = typeof BRIDGE_ERRORS.texts;

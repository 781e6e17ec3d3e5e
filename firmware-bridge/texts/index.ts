/**
 * The texts of the hardware side. Importing this module registers its catalogs, so an error
 * or phrase of firmware-bridge can be worded wherever it is shown.
 */
export { BRIDGE_ERRORS } from './bridge-errors.ts';
export { BRIDGE_PHRASES } from './bridge-phrases.ts';

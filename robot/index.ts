/** The robot contract: student API, errors, kits, program runner. No Node- or browser-only imports. */

export { plusMinus, sizeUpTo } from './bounded-numbers.ts';
export * from './check-args.ts';
export * from './errors.ts';
export * from './i18n/catalog.ts';
export { ENGINE_PHRASES } from './i18n/engine-phrases.ts';
export * from './i18n/error-messages.ts';
export * from './i18n/lang.ts';
export * from './i18n/localize.ts';
export * from './i18n/names.ts';
export * from './i18n/phrases.ts';
export * from './kits/index.ts';
export * from './motion/index.ts';
export * from './robot.ts';
export * from './validate.ts';

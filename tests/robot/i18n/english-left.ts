/*
 * How the text tests tell English left in a Vietnamese or Lao text: Lao has no Latin words
 * but names and code; Vietnamese has none of the commonest English words.
 */
/** Names and code that stay as they are in every language. */
export const KEPT = new Set(
  [
    'Mekong',
    'Robotics',
    'Arduino',
    'Firmata',
    'StandardFirmata',
    'johnny-five',
    'USB',
    'LED',
    'RGB',
    'FTDI',
    'CH340',
    'Intel',
    'HEX',
    'TypeScript',
    'JavaScript',
    'Vite',
    'npm',
    'ci',
    'build',
    'run',
    'JSON',
    'CSV',
    'HTML',
    'HC-SR04',
    'ATmega328P',
    'ATmega2560',
    'Uno',
    'Nano',
    'Mega',
    'Serial',
    'Monitor',
    'IDE',
    'Firefox',
    'Chrome',
    'Edge',
    'Safari',
    'seed',
    'servo',
    'line',
    'ms',
    'cm',
    'Hz',
    'null',
    'true',
    'false',
    'await',
    'console',
    'log',
    'Windows',
    'Linux',
    'macOS',
    'udev',
    'dialout',
    'sudo',
    'MB',
    'KB',
    'grader',
    'export',
    'import',
    'PostgreSQL',
    'DATABASE',
    'URL',
    'reset',
    'flash',
    'order',
    'id',
    'USB-serial',
    'mBot',
    'bootloader',
    // verbs of the mekong command, as typed
    'compete',
    'replay',
    'verify',
    // electronics and tools
    'PWM',
    'GND',
    'HIGH',
    'trig',
    'echo',
    'baud',
    'CPU',
    'TCP',
    'socat',
    'pty',
    'link',
    'raw',
    'tcp',
    'Ctrl',
    'Enter',
    // values and fields of files and options
    'motors',
    'ideal',
    'classroom',
    'nano-old',
    // the language menu names itself in English too, for a visitor who cannot read Lao
    'Language',
    // JavaScript: the engine's error kinds and keywords students type
    'TypeError',
    'ReferenceError',
    'RangeError',
    'const',
    'let',
    'return',
    // fields of kit files
    'minDeg',
    'maxDeg',
  ].map((w) => w.toLowerCase()),
);

/** Common English words that give away an untranslated Vietnamese text. */
export const ENGLISH =
  /(?<!\p{L})(the|and|is|are|not|with|from|this|that|should|must|of|to|be)(?!\p{L})/iu;

/** What is not prose: slots, quoted text, calls, options, paths, numbers. */
export function prose(text: string): string {
  return text
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, ' ')
    .replace(/\b[\w.{}]+\([^)]*\)|\b\w+\.\{\w+\}/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .replace(/--[\w-]+( [a-z][\w-]*)?|<[\w-]+>/g, ' ')
    .replace(/[\w-]*[./:][\w./*:-]+/g, ' ')
    .replace(/[\w-]*\d[\w-]*/g, ' ');
}

export function latinWords(text: string): string[] {
  return (prose(text).match(/[A-Za-z][A-Za-z-]*[A-Za-z]/g) ?? []).filter(
    (word) => !KEPT.has(word.toLowerCase()),
  );
}

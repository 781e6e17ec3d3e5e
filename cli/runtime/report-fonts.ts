import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Font subsets embedded in reports: Latin and Vietnamese Noto Sans, and Noto Sans Lao. */
const FONTS = [
  { pkg: '@fontsource/noto-sans', subsets: ['latin', 'vietnamese'] },
  { pkg: '@fontsource/noto-sans-lao', subsets: ['lao'] },
] as const;

const WEIGHTS = [400, 700] as const;

/**
 * `@font-face` rules (fontsource's own, with their unicode ranges) with the font files
 * inlined as data URLs, about 60 KB in all, so a report shows Vietnamese and Lao on a
 * school computer that has neither the fonts nor internet.
 */
export async function embeddedFontFaces(): Promise<string> {
  const require = createRequire(import.meta.url);
  const rules: string[] = [];
  for (const font of FONTS) {
    const dir = dirname(require.resolve(`${font.pkg}/package.json`));
    for (const weight of WEIGHTS) {
      const css = await readFile(join(dir, `${weight}.css`), 'utf8');
      for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
        const file = block.match(/url\(\.\/files\/([^)]+\.woff2)\)/)?.[1];
        if (!file || !font.subsets.some((s) => file.includes(`-${s}-${weight}-normal`))) continue;
        const data = await readFile(join(dir, 'files', file));
        rules.push(
          block
            .replace(
              /src:[^;]*;/,
              `src: url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');`,
            )
            .replace(/\s+/g, ' '),
        );
      }
    }
  }
  return rules.join('\n');
}

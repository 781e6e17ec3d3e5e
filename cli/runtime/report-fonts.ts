import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts of the web app and of reports: Latin and Vietnamese Noto Sans, and Noto Sans
 * Lao (Lao script only; its Latin comes from Noto Sans).
 */
const FONTS = [
  { pkg: '@fontsource/noto-sans', subsets: ['latin', 'vietnamese'] },
  { pkg: '@fontsource/noto-sans-lao', subsets: ['lao'] },
] as const;

const WEIGHTS = [400, 700] as const;

/** One of fontsource's `@font-face` rules for a font above, and its woff2 file. */
interface FontFace {
  rule: string;
  pkg: string;
  dir: string;
  file: string;
}

/** fontsource's own rules, with their unicode ranges, for the subsets and weights above. */
async function fontFaces(): Promise<FontFace[]> {
  const require = createRequire(import.meta.url);
  const faces: FontFace[] = [];
  for (const font of FONTS) {
    const dir = dirname(require.resolve(`${font.pkg}/package.json`));
    for (const weight of WEIGHTS) {
      const css = await readFile(join(dir, `${weight}.css`), 'utf8');
      for (const rule of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
        const file = rule.match(/url\(\.\/files\/([^)]+\.woff2)\)/)?.[1];
        if (!file || !font.subsets.some((s) => file.includes(`-${s}-${weight}-normal`))) continue;
        faces.push({ rule, pkg: font.pkg, dir, file });
      }
    }
  }
  return faces;
}

/** `face`'s rule on one line, its woff2 file at `url` (no woff: every browser we serve has woff2). */
function ruleWithUrl(face: FontFace, url: string): string {
  return face.rule.replace(/src:[^;]*;/, `src: url(${url}) format('woff2');`).replace(/\s+/g, ' ');
}

/**
 * `@font-face` rules with the font files inlined as data URLs, about 60 KB in all, so a
 * report shows Vietnamese and Lao on a school computer that has neither the fonts nor internet.
 */
export async function embeddedFontFaces(): Promise<string> {
  const rules: string[] = [];
  for (const face of await fontFaces()) {
    const data = await readFile(join(face.dir, 'files', face.file));
    rules.push(ruleWithUrl(face, `data:font/woff2;base64,${data.toString('base64')}`));
  }
  return rules.join('\n');
}

/**
 * `@font-face` rules for the web app (simulator/app/fonts.css, made by vite.config.ts):
 * each woff2 file by its package path, which the build copies into the app. A browser
 * fetches a file only when the page shows a character of its unicode range.
 */
export async function appFontFaces(): Promise<string> {
  return (await fontFaces())
    .map((face) => ruleWithUrl(face, `"${face.pkg}/files/${face.file}"`))
    .join('\n');
}

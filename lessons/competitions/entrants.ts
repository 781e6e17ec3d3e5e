import { MekongError } from '../../robot/errors.ts';
import { phrase } from '../../robot/i18n/localize.ts';
import type { Format } from './format-files.ts';
import './texts/compete-phrases.ts';

/** `// kit: <id>` in the comments a program starts with. */
const KIT_LINE = /^\s*\/\/\s*kit:\s*([A-Za-z0-9_-]+)\s*$/;

/** The kit a program names in its first comment lines, if any. */
export function declaredKit(source: string): string | undefined {
  for (const line of source.split('\n')) {
    const kit = KIT_LINE.exec(line)?.[1];
    if (kit) return kit;
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('//')) return undefined;
  }
  return undefined;
}

/**
 * The kit `program` runs on in `format`: the format's one kit, else the program's own
 * (`// kit: <id>`), else `--kit`, else the format's first. BAD_OPTION when the program or
 * `--kit` names a kit the format does not allow.
 */
export function kitFor(
  format: Format,
  program: { file: string; source: string },
  option: string | undefined,
): string {
  const name = format.title.en;
  const refuse = (value: string, where: string) =>
    new MekongError('BAD_OPTION', {
      option: where,
      value: phrase('kitNotAllowed', { kit: value, format: name }),
      expected: format.kit
        ? phrase('kitFixed', { format: name, kit: format.kit })
        : phrase('allowedKits', { format: name, kits: format.kits.join(', ') }),
    });
  const allowed = (kit: string) => (format.kit ? kit === format.kit : format.kits.includes(kit));
  if (option !== undefined && !allowed(option)) throw refuse(option, '--kit');
  const own = declaredKit(program.source);
  if (own !== undefined && !allowed(own)) throw refuse(own, program.file);
  return format.kit ?? own ?? option ?? (format.kits[0] as string);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../cli/runtime/load-lessons.ts';
import { socatRecipe } from '../../firmware-bridge/emulator/tcp-server.ts';
import { builtinKits, listPins } from '../../robot/index.ts';

const DOC = readFileSync(join(import.meta.dirname, '../../docs/hardware.md'), 'utf8');

describe('docs/hardware.md', () => {
  for (const kit of builtinKits()) {
    it(`wires kit ${kit.id} exactly as its kit file says`, () => {
      const start = DOC.indexOf(`### ${kit.id} `);
      expect(start).toBeGreaterThan(0);
      const section = DOC.slice(start, DOC.indexOf('\n### ', start + 1));
      const rows = section.split('\n').filter((line) => line.includes('| `'));
      const pins = listPins(kit);
      expect(rows).toHaveLength(pins.length);
      for (const [field, pin] of pins) {
        const row = rows.find((line) => line.includes(`\`${field}\``));
        expect(row, field).toMatch(new RegExp(`\\|\\s*${pin}\\s*\\|\\s*\`${field}\``));
      }
    });
  }
});

describe('docs/hardware.md, lessons on a robot', () => {
  it('lists every lesson with the parts and kits of its lesson.json', async () => {
    const lessons = await loadLessons();
    const start = DOC.indexOf('## Lessons on a robot');
    expect(start).toBeGreaterThan(0);
    const section = DOC.slice(start, DOC.indexOf('\n## ', start + 1));
    const rows = section.split('\n').filter((line) => /^\| \d+ `/.test(line));
    expect(rows).toHaveLength(lessons.length);
    for (const lesson of lessons) {
      const row = rows.find((line) => line.includes(`\`${lesson.id}\``)) ?? '';
      const [, name, parts, kits] = row.split('|').map((cell) => cell.trim());
      expect(name).toBe(`${lesson.order} \`${lesson.id}\``);
      expect(parts, lesson.id).toBe(lesson.parts.join(', ') || '–');
      expect(kits, lesson.id).toBe(lesson.kits.join(', '));
    }
  });
});

describe('docs/hardware.md, the emulated board', () => {
  it('gives the socat recipe that `mekong emulate` prints (with echo=0)', () => {
    expect(DOC).toContain(socatRecipe('127.0.0.1', 5760));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

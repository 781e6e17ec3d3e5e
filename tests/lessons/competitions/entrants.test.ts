import { describe, expect, it } from 'vitest';
import { declaredKit, kitFor } from '../../../lessons/competitions/entrants.ts';
import { findBuiltinFormat } from '../../../lessons/competitions/formats.ts';
import { thrown } from '../../robot/thrown.ts';

describe('kit-fair: which kit a program runs on', () => {
  it('a program names its kit in a first comment line', () => {
    expect(declaredKit('// Team Anh\n// kit: mbot\nrobot.drive(1, 1);')).toBe('mbot');
    expect(declaredKit('robot.drive(1, 1);\n// kit: mbot')).toBeUndefined();
    expect(declaredKit('\n  // kit:l9110s-nano  \n')).toBe('l9110s-nano');
  });

  it('the line race allows three kits; the first is the default, --kit the next choice', () => {
    const race = findBuiltinFormat('line-race');
    const file = 'entries/anh.ts';
    expect(kitFor(race, { file, source: 'x' }, undefined)).toBe('l298n-2wd');
    expect(kitFor(race, { file, source: 'x' }, 'mbot')).toBe('mbot');
    expect(kitFor(race, { file, source: '// kit: l9110s-nano\nx' }, 'mbot')).toBe('l9110s-nano');
    const error = thrown(() => kitFor(race, { file, source: '// kit: lego\nx' }, undefined));
    expect(error.code).toBe('BAD_OPTION');
    expect(error.params.option).toBe(file);
    expect(error.text('en').suggestion).toContain('l298n-2wd, l9110s-nano, mbot');
  });

  it('sumo fixes one kit for everyone: another one is refused, from the program or --kit', () => {
    const sumo = findBuiltinFormat('sumo');
    expect(kitFor(sumo, { file: 'a.ts', source: 'x' }, undefined)).toBe('l298n-2wd');
    expect(
      thrown(() => kitFor(sumo, { file: 'a.ts', source: '// kit: mbot' }, undefined)).text('en')
        .suggestion,
    ).toContain('runs every program on l298n-2wd');
    expect(thrown(() => kitFor(sumo, { file: 'a.ts', source: 'x' }, 'mbot')).params.option).toBe(
      '--kit',
    );
  });
});

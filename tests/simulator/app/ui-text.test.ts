import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../robot/i18n/lang.ts';
import { ROBOT_METHODS } from '../../../robot/robot.ts';
import robotSource from '../../../robot/robot.ts?raw';
import { parseRobotDocs } from '../../../simulator/app/editor/robot-docs.ts';
import { UI_TEXT } from '../../../simulator/app/i18n/ui-text.ts';
import { playgroundStarter } from '../../../simulator/app/starter.ts';
import { translationProblems } from '../../lessons/program-tokens.ts';

// Every text in every language with the same parameters: tests/robot/i18n/catalogs.test.ts.
describe('the web app speaks English, Vietnamese and Lao', () => {
  it('the English control names are the ones the test contract fixes', () => {
    expect(UI_TEXT.run.en).toBe('Run');
    expect(UI_TEXT.stop.en).toBe('Stop');
    expect(UI_TEXT.reset.en).toBe('Reset');
    expect(UI_TEXT.language.en).toBe('Language');
    // No other control may contain these names, or "the Run button" becomes ambiguous.
    for (const [key, texts] of Object.entries(UI_TEXT)) {
      if (
        ['run', 'stop', 'reset', 'statusIdle', 'stepHint', 'resetHint', 'statusPaused'].includes(
          key,
        )
      )
        continue;
      expect(JSON.stringify(texts.en), key).not.toMatch(/\b(run|stop|reset)\b/i);
    }
  });

  it('Lao texts are in Lao script and Vietnamese texts use Vietnamese letters', () => {
    const lao = Object.values(UI_TEXT).filter((t) => /[\u0E80-\u0EFF]/.test(t.lo));
    expect(lao.length).toBeGreaterThan(Object.keys(UI_TEXT).length * 0.8);
    expect(UI_TEXT.stop.vi).toBe('Dừng');
  });

  it('hover docs cover the whole robot API, read from robot/robot.ts', () => {
    const docs = parseRobotDocs(robotSource);
    expect(docs.map((d) => d.name).sort()).toEqual([...ROBOT_METHODS].sort());
    const forward = docs.find((d) => d.name === 'forward');
    expect(forward).toMatchObject({
      params: 'cm: number',
      awaited: true,
      example: 'await robot.forward(30)',
    });
    expect(forward?.doc.en).toMatch(/Drive straight/);
    expect(docs.find((d) => d.name === 'drive')?.example).toBe('robot.drive(50, 50)');
    for (const d of docs)
      for (const lang of LANGS) expect(d.doc[lang], `${d.name}.${lang}`).not.toBe('');
  });

  it('the playground starter is the same program in every language, its words translated', () => {
    for (const lang of ['vi', 'lo'] as const) {
      expect(
        translationProblems(playgroundStarter('en'), playgroundStarter(lang), lang),
        lang,
      ).toEqual([]);
    }
  });
});

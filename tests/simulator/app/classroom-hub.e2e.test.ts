import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../../../cli/runtime/load-lessons.ts';
import { lessonOneDone } from '../../robot/blocks/block-json.ts';
import { openApp, openLesson, skipReason, typeProgram } from './browser.ts';
import { type HubRoom, openHubRoom } from './hub-browser.ts';

/**
 * A class on the hub (issue 16), on loopback: two students hand in from the page (one
 * passing, one failing, in Vietnamese) and see their grades; the teacher, signed in with
 * the PIN in a third browser context, sees both in the progress grid and the CSV export.
 * Then the teacher sets lesson 1 to Blocks and lets names be typed: a third student, not on
 * the roster, hands in blocks; a click on a grid cell replays a graded run in the simulator;
 * a re-grade of the lesson goes through the queue and the grid shows it.
 */
const LESSON = join(import.meta.dirname, '..', '..', '..', 'lessons', '01-hello-robot');
const SOLUTION = readFileSync(join(LESSON, 'solution.ts'), 'utf8');
const STARTER = readFileSync(join(LESSON, 'starter.ts'), 'utf8');
/** A name a student types on an open roster: every page shows it as text, never as HTML. */
const CHI = '<i>Chi</i>';
/** Lesson 1 in blocks, completed as its steps say (passes). */
const BLOCKS_DONE = lessonOneDone(readFileSync(join(LESSON, 'starter.blocks.json'), 'utf8'));

describe.skipIf(skipReason)('students hand in from the page; the teacher sees the class', () => {
  let room: HubRoom;
  /** The teacher's page, signed in (from the first test on). */
  let teacher: Page;
  const cell = (name: string) =>
    teacher.locator(`tr[data-student="${name}"] td[data-lesson="hello-robot"]`);

  beforeAll(async () => {
    room = await openHubRoom(
      { lessons: await loadLessons(), workers: 1 },
      { '7A': ['Anh', 'Bình'] },
    );
  }, 600_000);

  afterAll(() => room?.close());

  async function student(): Promise<Page> {
    const page = await room.newPage();
    await openApp(page, room.server.url);
    return page;
  }

  async function handIn(page: Page, name: string, source: string, button: string) {
    await typeProgram(page, source);
    await page.locator('#hand-in-class').selectOption('7A');
    await page.locator('#hand-in-name').fill(name);
    await page.getByRole('button', { name: button, exact: true }).click();
  }

  it('grades each student’s hand-in, shows it to them, and lists both for the teacher', async () => {
    const [anh, binh] = await Promise.all([student(), student()]);
    // The hand-in panel appears in a lesson on a hub, not in the playground.
    expect(await anh.locator('#hand-in').isHidden()).toBe(true);
    for (const page of [anh, binh]) await openLesson(page, '1. Hello, robot!');
    expect(await anh.locator('#hand-in').isVisible()).toBe(true);
    await binh.locator('#lang').selectOption('vi');
    await Promise.all([
      handIn(anh, 'Anh', SOLUTION, 'Hand in'),
      handIn(binh, 'Bình', STARTER, 'Nộp bài'),
    ]);
    const anhResult = anh.locator('.hand-in-result');
    await expect
      .poll(() => anhResult.textContent(), { timeout: 120_000 })
      .toContain('Passed, score 100');
    const binhResult = binh.locator('.hand-in-result');
    await expect.poll(() => binhResult.textContent(), { timeout: 120_000 }).toContain('Chưa đạt');
    // The reasons come in the student's language too.
    expect((await binhResult.locator('p').count()) > 1).toBe(true);

    teacher = await room.newPage();
    await teacher.goto(`${room.server.url}teacher`);
    await teacher.locator('#pin').fill(room.hub.newPin as string);
    await teacher.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The grid: each student's row, the lesson's cell passed or tried.
    await expect.poll(() => cell('Anh').getAttribute('class'), { timeout: 30_000 }).toBe('passed');
    expect(await cell('Bình').getAttribute('class')).toBe('tried');
    expect(await cell('Anh').textContent()).toContain('passed 100');
    expect(await teacher.evaluate(() => document.cookie.includes('mekong_teacher'))).toBe(false);
    const { progress, csv } = await teacher.evaluate(async () => ({
      progress: await (await fetch('/api/progress?class=7A')).json(),
      csv: await (await fetch('/api/report?class=7A&lesson=hello-robot&format=csv')).text(),
    }));
    const cells = (progress as { cells: { student: string; state: string }[] }).cells;
    expect(cells.map((c) => [c.student, c.state])).toEqual([
      ['Anh', 'passed'],
      ['Bình', 'tried'],
    ]);
    const rows = csv.trim().split('\n').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^"?Anh"?,"?(true|yes|passed)/i);
    expect(rows[1]).toMatch(/^"?Bình"?,/);
    // A student's browser cannot read the teacher's view.
    const denied = await anh.evaluate(async () => (await fetch('/api/progress?class=7A')).status);
    expect(denied).toBe(401);
  }, 600_000);

  it('opens lesson 1 in Blocks as the teacher chose; a student types their name and hands in blocks', async () => {
    await teacher.locator('#report-lesson').selectOption('hello-robot');
    await teacher.locator('#lesson-mode').selectOption('blocks');
    await expect.poll(() => teacher.locator('#lesson-note').textContent()).toBe('Saved.');
    await teacher.locator('#open-roster').check();
    await expect
      .poll(() => teacher.evaluate(async () => (await fetch('/api/classes')).json()))
      .toMatchObject({ classes: [{ name: '7A', open: true, modes: { 'hello-robot': 'blocks' } }] });

    const chi = await student();
    await openLesson(chi, '1. Hello, robot!');
    // The student's own choice until the class is known; the teacher's once it is.
    await chi.locator('#hand-in-class').selectOption('7A');
    await expect.poll(() => chi.locator('#mode-blocks').getAttribute('aria-pressed')).toBe('true');
    await chi.locator('.blocks-canvas svg.blocklySvg g.robot_start').waitFor({ timeout: 60_000 });
    await chi.locator('.blocks-code-bar input[type="file"]').setInputFiles({
      name: 'chi.blocks.json',
      mimeType: 'application/json',
      buffer: Buffer.from(BLOCKS_DONE),
    });
    await expect.poll(() => chi.locator('.blocks-code-text').textContent()).toContain('beep');
    // Chi is not on the roster: an open class lets the name be typed.
    expect(await chi.locator('#hand-in-name').getAttribute('placeholder')).toBe(
      'Pick or type your name',
    );
    await chi.locator('#hand-in-name').fill(CHI);
    await chi.getByRole('button', { name: 'Hand in', exact: true }).click();
    await expect
      .poll(() => chi.locator('.hand-in-result').textContent(), { timeout: 120_000 })
      .toContain('Passed, score 100');

    await expect.poll(() => cell(CHI).getAttribute('class'), { timeout: 30_000 }).toBe('passed');
    expect(await teacher.locator(`tr[data-student="${CHI}"] th`).textContent()).toBe(CHI);
    expect(await teacher.locator('#grid i').count()).toBe(0);
    const stored = await teacher.evaluate(async (name) => {
      const progress = await (await fetch('/api/progress?class=7A')).json();
      const { lastId } = progress.cells.find((c: { student: string }) => c.student === name);
      return (await (await fetch(`/api/handins/${lastId}`)).json()).program;
    }, CHI);
    // The hub keeps the blocks file, and graded the program the blocks make.
    expect(stored.kind).toBe('blocks');
    const types = (json: string) => JSON.stringify(JSON.parse(json)).match(/"robot_\w+"/g);
    expect(types(stored.source)).toEqual(types(BLOCKS_DONE));
  }, 600_000);

  it('replays a student’s graded run from a grid cell, saving nothing over the teacher’s work', async () => {
    for (const [name, passed] of [
      ['Anh', 'true'],
      [CHI, 'true'],
      // Last: switching its page to Vietnamese makes it the teacher's language from then on.
      ['Bình', 'false'],
    ] as const) {
      const [opened] = await Promise.all([
        teacher.context().waitForEvent('page'),
        cell(name).locator('a').click(),
      ]);
      await expect
        .poll(() => opened.locator('#hand-in').textContent(), { timeout: 60_000 })
        .toContain(`${name} (7A), lesson hello-robot`);
      expect(await opened.locator('#hand-in').textContent()).toContain(
        passed === 'true' ? 'Graded: passed, score 100' : 'Graded: not passed',
      );
      // The check replays the grader's runs: the same verdict as the grade.
      await expect
        .poll(() => opened.locator('.check-verdict').getAttribute('data-passed'), {
          timeout: 120_000,
        })
        .toBe(passed);
      expect(await opened.locator('#hand-in i').count()).toBe(0);
      const mode = name === CHI ? '#mode-blocks' : '#mode-code';
      expect(await opened.locator(mode).getAttribute('aria-pressed')).toBe('true');
      if (name === 'Anh')
        expect(await opened.locator('.cm-content').textContent()).toContain(
          'Goodbye! My LED is off.',
        );
      if (name === 'Bình') {
        // The review speaks the teacher's language, switched any time.
        await opened.locator('#lang').selectOption('vi');
        await expect
          .poll(() => opened.locator('#hand-in').textContent())
          .toContain('Kết quả chấm: chưa đạt');
      }
      const kept = await opened.evaluate(() => Object.values({ ...localStorage }).join('\n'));
      expect(kept).not.toContain('Goodbye! My LED is off.');
      expect(kept).not.toContain('robot_beep');
      await opened.close();
    }
  }, 600_000);

  it('re-grades the lesson for the class through the queue; the grid updates when done', async () => {
    await teacher.locator('#report-lesson').selectOption('hello-robot');
    await teacher.locator('#regrade').click();
    await expect
      .poll(() => teacher.locator('#lesson-note').textContent())
      .toBe('Re-grading 3 hand-ins: the grid updates as they are graded.');
    await expect
      .poll(
        () =>
          teacher.evaluate(async () => {
            const { cells } = await (await fetch('/api/progress?class=7A')).json();
            return cells
              .map((c: { student: string; state: string; waiting: number }) =>
                [c.student, c.state, c.waiting].join(' '),
              )
              .sort();
          }),
        { timeout: 120_000 },
      )
      .toEqual([`${CHI} passed 0`, 'Anh passed 0', 'Bình tried 0'].sort());
    await expect.poll(() => cell(CHI).getAttribute('class'), { timeout: 30_000 }).toBe('passed');
  }, 600_000);
});

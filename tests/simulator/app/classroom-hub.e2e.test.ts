import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../../../cli/runtime/load-lessons.ts';
import { openApp, skipReason, typeProgram } from './browser.ts';
import { type HubRoom, openHubRoom } from './hub-browser.ts';

/**
 * A class on the hub (issue 16), on loopback: two students hand in from the page (one
 * passing, one failing, in Vietnamese) and see their grades; the teacher, signed in with
 * the PIN in a third browser context, sees both in the progress grid and the CSV export.
 */
const LESSON = join(import.meta.dirname, '..', '..', '..', 'lessons', '01-hello-robot');
const SOLUTION = readFileSync(join(LESSON, 'solution.ts'), 'utf8');
const STARTER = readFileSync(join(LESSON, 'starter.ts'), 'utf8');

describe.skipIf(skipReason)('students hand in from the page; the teacher sees the class', () => {
  let room: HubRoom;

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
    for (const page of [anh, binh])
      await page.getByRole('button', { name: '1. Hello, robot!', exact: true }).click();
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

    const teacher = await room.newPage();
    await teacher.goto(`${room.server.url}teacher`);
    await teacher.locator('#pin').fill(room.hub.newPin as string);
    await teacher.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The grid: each student's row, the lesson's cell passed or tried.
    const cell = (name: string) =>
      teacher.locator(`tr[data-student="${name}"] td[data-lesson="hello-robot"]`);
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
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS_DIR } from '../../../cli/runtime/load-lessons.ts';
import { appForSuite, openLesson, skipReason } from './browser.ts';

/*
 * The teacher view (issue 13): "For teachers" opens the open lesson's notes for teachers
 * and the course's pacing plan, in the page's language. A student's page never fetches
 * them: the notes come in chunks of their own, asked for when a teacher opens the view.
 */

/** The `## ` headings of a notes file, as the view shows them. */
function headings(file: string): string[] {
  const text = readFileSync(join(BUILTIN_LESSONS_DIR, file), 'utf8');
  return [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1] as string);
}

describe.skipIf(skipReason !== undefined)(
  `the teacher view${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    /** Every URL the page asked for. */
    const requested: string[] = [];
    const app = appForSuite({
      prepare: ({ page }) => page.on('request', (request) => requested.push(request.url())),
    });

    it('shows the open lesson’s notes and the pacing plan, fetched only when asked for', async () => {
      const { page } = app;
      await openLesson(page, '14. The button: wait, count, start and stop');
      await expect
        .poll(() => page.locator('#lesson-text h3').first().textContent())
        .toBe('The button: wait, count, start and stop');
      // The student's page: no notes for teachers, none fetched.
      expect(requested.filter((url) => /\/teacher/.test(url))).toEqual([]);
      await expect.poll(() => page.locator('body').textContent()).not.toContain('Rubric');

      await page.getByRole('button', { name: 'For teachers', exact: true }).click();
      const view = page.locator('#teacher-view');
      await expect.poll(() => view.isVisible()).toBe(true);
      const lesson = view.locator('.teacher-lesson');
      await expect
        .poll(() => lesson.locator('h2').textContent())
        .toBe('Lesson 14: notes for teachers');
      await expect
        .poll(() => lesson.locator('h3').allTextContents())
        .toEqual(headings('14-button-control/teacher/en.md'));
      await expect
        .poll(() => lesson.locator('.review').textContent())
        .toBe('Translation awaiting review by a native-speaking teacher: Vietnamese and Lao');
      await expect.poll(() => lesson.locator('.notes-rubric li').count()).toBe(3);
      expect(requested.some((url) => /teacher-14-button-control/.test(url))).toBe(true);

      // The pacing plan: every lesson in course order, weeks never going back.
      const rows = await view
        .locator('table.pacing tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );
      expect(rows.map((r) => Number.parseInt(r[1] ?? '', 10))).toEqual([
        1, 2, 3, 11, 12, 13, 4, 14, 5, 15, 6, 7, 8, 9, 10,
      ]);
      const weeks = rows.map((r) => Number(r[0]));
      expect(weeks[0]).toBe(1);
      for (let i = 1; i < weeks.length; i++) {
        expect((weeks[i] ?? 0) - (weeks[i - 1] ?? 0)).toBeGreaterThanOrEqual(0);
        expect((weeks[i] ?? 0) - (weeks[i - 1] ?? 0)).toBeLessThanOrEqual(1);
      }
      await expect
        .poll(() => view.locator('.pacing + p').textContent())
        .toContain(`2 a week: ${weeks.at(-1)} weeks for the course.`);

      await view.getByRole('button', { name: 'Close', exact: true }).click();
      await expect.poll(() => view.isVisible()).toBe(false);
    });

    it('speaks the page’s language: Lao headings after switching to Lao', async () => {
      const { page } = app;
      await page.locator('#lang').selectOption('lo');
      await page.getByRole('button', { name: 'ສຳລັບຄູ', exact: true }).click();
      const lesson = page.locator('#teacher-view .teacher-lesson');
      await expect.poll(() => lesson.locator('h2').textContent()).toBe('ບົດທີ 14: ບັນທຶກສຳລັບຄູ');
      await expect
        .poll(() => lesson.locator('h3').allTextContents())
        .toEqual(headings('14-button-control/teacher/lo.md'));
      await expect
        .poll(() => page.locator('#teacher-view .teacher-course h3').allTextContents())
        .toEqual(headings('teacher/lo.md'));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#teacher-view').isVisible()).toBe(false);
      await page.locator('#lang').selectOption('en');
    });
  },
);

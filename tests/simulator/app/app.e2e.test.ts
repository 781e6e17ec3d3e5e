import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../cli/runtime/load-lessons.ts';
import { APP_DIR, REPO_ROOT } from '../../../cli/runtime/web-app.ts';
import { getKit } from '../../../robot/index.ts';
import { gridPoses } from '../../../simulator/app/sim/live-run.ts';
import { HARD_STOP_AFTER_MS } from '../../../simulator/app/sim/sim-client.ts';
import type { Realism } from '../../../simulator/world/index.ts';
import { mekong } from '../../cli/cli-harness.ts';
import { PLAYGROUND, playgroundSession, WANDER } from '../playground.ts';
import {
  appForSuite,
  canvasPixels,
  type LaunchedApp,
  openLesson,
  pageState,
  skipReason,
  typeProgram,
  waitForState,
} from './browser.ts';

async function nodeHash(source: string, realism: Realism, seed: number, kitId: string, robots = 1) {
  const poses = robots > 1 ? gridPoses(PLAYGROUND, robots) : undefined;
  const entries = Array.from({ length: robots }, (_, i) => ({
    kit: getKit(kitId),
    source,
    language: 'ts' as const,
    fileName: 'program.ts',
    ...(poses?.[i] ? { pose: poses[i] } : {}),
  }));
  const session = await playgroundSession(entries, seed, realism);
  session.runToEnd();
  const hash = session.traceHash();
  session.dispose();
  return hash;
}

/** From now on, keeps every text the mission check's result area shows (they pass quickly). */
async function recordCheckTexts(page: LaunchedApp['page']): Promise<void> {
  await page.evaluate(() => {
    const result = document.getElementById('check-result') as HTMLElement;
    const seen: string[] = [];
    (window as unknown as { checkTexts: string[] }).checkTexts = seen;
    new MutationObserver(() => seen.push(result.textContent ?? '')).observe(result, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

function recordedCheckTexts(page: LaunchedApp['page']): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { checkTexts: string[] }).checkTexts);
}

/**
 * Presses Stop, waits until the page says stopped, and expects the robot and the clock to
 * stay where they stopped; gives the page's state after that.
 */
async function stopAndStayStopped(page: LaunchedApp['page']) {
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  const stopped = await waitForState(page, (s) => s.status === 'stopped');
  await page.waitForTimeout(600);
  const later = await pageState(page);
  expect(later.robots[0]?.x).toBe(stopped.robots[0]?.x);
  expect(later.time).toBe(stopped.time);
  return later;
}

describe.skipIf(skipReason !== undefined)(
  `browser app${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    const app = appForSuite();
    /** The playground's program before the lesson tests open lessons. */
    let playgroundCode: string | null = null;

    it('draws a non-blank WebGL scene of the arena and the robot', async () => {
      const { page } = app;
      const hasWebGl = await page.evaluate(
        () => (document.getElementById('view') as HTMLCanvasElement).getContext('webgl2') !== null,
      );
      expect(hasWebGl).toBe(true);
      const pixels = await canvasPixels(page);
      expect(pixels.variance).toBeGreaterThan(100);
      expect(pixels.colours).toBeGreaterThan(20);
      await expect
        .poll(() => page.getByRole('button', { name: 'Run', exact: true }).isVisible())
        .toBe(true);
      await expect
        .poll(() => page.getByRole('button', { name: 'Stop', exact: true }).isVisible())
        .toBe(true);
      await expect
        .poll(() => page.getByRole('button', { name: 'Reset', exact: true }).isVisible())
        .toBe(true);
      const options = await page
        .getByRole('combobox', { name: 'Language', exact: true })
        .locator('option')
        .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
      expect(options).toEqual(['en', 'vi', 'lo']);
    });

    it('runs a program: the world moves the robot and the picture changes', async () => {
      const { page } = app;
      const before = await pageState(page);
      const pixelsBefore = await canvasPixels(page);
      await typeProgram(
        page,
        'await robot.forward(40);\nawait robot.turn(90);\nconsole.log("done driving");\n',
      );
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const after = await waitForState(page, (s) => s.status === 'done', 30_000);
      const start = before.robots[0];
      const end = after.robots[0];
      expect(start && end).toBeTruthy();
      expect((end?.x ?? 0) - (start?.x ?? 0)).toBeCloseTo(40, 0);
      expect(end?.headingDeg).toBeCloseTo(90, 0);
      await page.waitForTimeout(200);
      const pixelsAfter = await canvasPixels(page);
      expect(pixelsAfter.fingerprint).not.toBe(pixelsBefore.fingerprint);
      await expect.poll(() => page.locator('#output').textContent()).toContain('done driving');
    });

    it('shows a program error on the student’s line', async () => {
      const { page } = app;
      await typeProgram(
        page,
        '// drive a bit\nawait robot.forward(10);\nawait robot.forwrd(10);\n',
      );
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const state = await waitForState(page, (s) => s.status === 'failed');
      expect(state.error?.line).toBe(3);
      const output = await page.locator('#output').textContent();
      expect(output).toContain('Line 3');
      expect(output).toContain('→');
      // The editor marks line 3 (underline and gutter mark).
      await page.locator('.cm-lint-marker-error').waitFor();
      const marked = await page.evaluate(() => {
        const lines = [...document.querySelectorAll('.cm-content .cm-line')];
        return lines.findIndex((l) => l.querySelector('.cm-lintRange-error') !== null) + 1;
      });
      expect(marked).toBe(3);
    });

    it.each([
      ['after other lines', 'robot.led(true);\nlet n = 0;\n\nwhile (true) {}\n', 4],
      ['in a function', 'function spin() {\n  for (;;) {}\n}\nrobot.led(true);\nspin();\n', 2],
    ])('marks the loop that never waits (%s)', async (_, program, line) => {
      const { page } = app;
      // Not the failure the page still shows from before.
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
      await waitForState(page, (s) => s.status === 'idle');
      await typeProgram(page, program);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const state = await waitForState(page, (s) => s.status === 'failed');
      expect(state.error).toMatchObject({ code: 'NEVER_WAITS', line });
      await page.locator('.cm-lint-marker-error').waitFor();
      const marked = await page.evaluate(() => {
        const lines = [...document.querySelectorAll('.cm-content .cm-line')];
        return lines.findIndex((l) => l.querySelector('.cm-lintRange-error') !== null) + 1;
      });
      expect(marked).toBe(line);
    });

    it('the editor completes and explains the robot API', async () => {
      const { page } = app;
      await typeProgram(page, 'await robot.forward(10);\nawait robot.tu');
      const list = page.locator('.cm-tooltip-autocomplete');
      await list.waitFor();
      await expect.poll(() => list.textContent()).toContain('turn');
      // CodeMirror ignores Enter for 75 ms after the list opens (no accidental picks).
      await page.waitForTimeout(150);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('.cm-content').textContent())
        .toContain('await robot.turn(90)');
      // Point at the word "forward" on line 1.
      const at = await page.evaluate(() => {
        const line = document.querySelector('.cm-content .cm-line') as HTMLElement;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = node.textContent?.indexOf('forward') ?? -1;
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i + 2);
          range.setEnd(node, i + 3);
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        throw new Error('no "forward" on line 1');
      });
      await page.mouse.move(at.x, at.y);
      const card = page.locator('.cm-robot-doc');
      await card.waitFor();
      await expect.poll(() => card.textContent()).toContain('Drive straight');
      await page.mouse.move(0, 0);
    });

    it('Stop stops the robot', async () => {
      const { page } = app;
      await typeProgram(page, 'robot.drive(60, 60);\nawait robot.wait(60000);\n');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'running' && s.time > 300);
      const later = await stopAndStayStopped(page);
      expect(later.status).toBe('stopped');
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
      await waitForState(page, (s) => s.status === 'idle' && s.robots[0]?.x === 20);
    });

    it('hard-stops a program stuck in one slow operation: the page answers, the error is shown, Run works again', async () => {
      const { page } = app;
      await typeProgram(page, "const s = 'a'.repeat(3e7);\nfor (;;) s.indexOf('ab');\n");
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      // waitForState asks the page every 50 ms: each answer shows the page is responsive.
      const failed = await waitForState(page, (s) => s.status === 'failed', 30_000);
      expect(failed.error?.code).toBe('SLOW_OPERATION');
      const seconds = Number(failed.error?.params.seconds);
      expect(seconds * 1000).toBeGreaterThanOrEqual(HARD_STOP_AFTER_MS - 50); // shown to 0.1 s
      // A frame comes at most every ~100 ms on this machine (SwiftShader at ~10-45 fps).
      expect(seconds * 1000).toBeLessThan(HARD_STOP_AFTER_MS + 500);
      const output = await page.locator('#output').textContent();
      expect(output).toMatch(/ran for \d+\.\d s without waiting/);
      await typeProgram(page, 'await robot.forward(10);\nconsole.log("after");\n');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'done', 30_000);
      await expect.poll(() => page.locator('#output').textContent()).toContain('after');
    });

    it('programs that grew the worker without bound (issue 19) end with their error; the page answers, Run works on', async () => {
      const { page } = app;
      const hostile: [string, string[]][] = [
        ['while (true) { try { await robot.forward("a"); } catch (e) {} }\n', ['NEVER_WAITS']],
        ['while (true) { try { await robot.wait(-5); } catch (e) {} }\n', ['NEVER_WAITS']],
        [
          'while (true) { for (let i = 0; i < 20000; i++) robot.led(i % 2 === 0); await robot.wait(1); }\n',
          ['TOO_MANY_CHANGES', 'NEVER_WAITS'],
        ],
        [
          'while (true) { for (let i = 0; i < 20000; i++) robot.drive(i % 2 ? 50 : 0, 50); await robot.wait(1); }\n',
          ['TOO_MANY_CHANGES', 'NEVER_WAITS'],
        ],
      ];
      for (const [source, codes] of hostile) {
        await page.getByRole('button', { name: 'Reset', exact: true }).click();
        await waitForState(page, (s) => s.status === 'idle');
        await typeProgram(page, source);
        await page.getByRole('button', { name: 'Run', exact: true }).click();
        // waitForState asks the page every 50 ms: each answer shows the page is responsive.
        const failed = await waitForState(page, (s) => s.status === 'failed', 30_000);
        expect(codes).toContain(failed.error?.code);
      }
      await typeProgram(page, 'await robot.forward(10);\nconsole.log("after");\n');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'done', 30_000);
      await expect.poll(() => page.locator('#output').textContent()).toContain('after');
    }, 120_000);

    it('Step runs one robot command at a time with its line highlighted; "as fast as possible" is fast', async () => {
      const { page } = app;
      const runningLine = () =>
        page.evaluate(() => {
          const lines = [...document.querySelectorAll('.cm-content .cm-line')];
          return lines.findIndex((l) => l.classList.contains('cm-running-line')) + 1;
        });
      await typeProgram(
        page,
        'await robot.forward(10);\nrobot.led(true);\nawait robot.turn(90);\nawait robot.forward(10);\n',
      );
      const step = page.getByRole('button', { name: 'Step', exact: true });
      await step.click();
      let state = await waitForState(page, (s) => s.status === 'paused');
      expect(state.line).toBe(1);
      expect(state.robots[0]?.x).toBe(20);
      await expect.poll(() => runningLine()).toBe(1);
      await step.click();
      state = await waitForState(page, (s) => s.status === 'paused' && s.line === 3);
      expect(state.robots[0]?.x).toBeCloseTo(30, 1);
      await expect.poll(() => runningLine()).toBe(3);
      await step.click();
      state = await waitForState(page, (s) => s.status === 'paused' && s.line === 4);
      expect(state.robots[0]?.headingDeg).toBeCloseTo(90, 1);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      state = await waitForState(page, (s) => s.status === 'done');
      expect(state.robots[0]?.y).toBeCloseTo(85, 1);
      await expect.poll(() => runningLine()).toBe(0);

      await page.locator('#speed').selectOption('max');
      await typeProgram(page, 'await robot.wait(30000);\nawait robot.forward(5);\n');
      const started = Date.now();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      // 30 s of robot time; at 1× this would take 30 s.
      await waitForState(page, (s) => s.status === 'done' && s.time >= 30_000, 15_000);
      expect(Date.now() - started).toBeLessThan(15_000);
      await page.locator('#speed').selectOption('1');
    });

    it('gives the same traceHash in the browser worker as SimSession in Node', async () => {
      const { page } = app;
      for (const [realism, seed, kit] of [
        ['ideal', 1, 'l298n-2wd'],
        ['classroom', 7, 'l298n-2wd'],
        ['classroom', 3, 'mbot'],
      ] as const) {
        const browser = await page.evaluate(
          (o) =>
            window.__mekong.runHeadless({
              source: o.source,
              realism: o.realism,
              seed: o.seed,
              kit: o.kit,
              maxTimeMs: 60_000,
              world: 'playground',
            }),
          { source: WANDER, realism, seed, kit },
        );
        expect(browser.ok, JSON.stringify(browser.error)).toBe(true);
        expect(browser.traceHash, `${realism} seed ${seed} ${kit}`).toBe(
          await nodeHash(WANDER, realism, seed, kit),
        );
      }
      // Several robots in one arena, as in a class race.
      const race = await page.evaluate(
        (source) =>
          window.__mekong.runHeadless({
            source,
            realism: 'classroom',
            seed: 5,
            robots: 4,
            maxTimeMs: 60_000,
            world: 'playground',
          }),
        WANDER,
      );
      expect(race.traceHash).toBe(await nodeHash(WANDER, 'classroom', 5, 'l298n-2wd', 4));
    });

    it('"Check my mission" checks lesson 1 as `mekong grade` does: the starter is "Not yet", the solution "Mission complete on 5 of 5 runs!"', async () => {
      const { page } = app;
      const lesson = await loadLesson('01-hello-robot');
      const editor = page.locator('.cm-content');
      playgroundCode = await editor.textContent();
      await openLesson(page, '1. Hello, robot!');
      await expect.poll(() => editor.textContent()).toContain('Lesson 1: Hello, robot!');
      const check = page.getByRole('button', { name: 'Check my mission', exact: true });
      const panel = page.locator('#mission-check');
      const verdict = panel.locator('.check-verdict');
      const starterText = await editor.textContent();

      // The starter switches the LED on but never beeps: the first check fails, with its hint.
      await check.click();
      await expect.poll(() => verdict.textContent(), { timeout: 20_000 }).toBe('Not yet');
      const failing = panel.locator('li[data-passed="false"]');
      await expect.poll(() => failing.count()).toBeGreaterThan(0);
      await expect
        .poll(() => failing.first().textContent())
        .toContain(lesson.checks[0]?.hint?.en as string);
      await expect
        .poll(() => panel.locator('.check-summary').textContent())
        .toMatch(/^Score \d+(\.\d)?\/100 · \d of 2 checks passed$/);
      // Checking only reads the program.
      await expect.poll(() => editor.textContent()).toBe(starterText);
      await expect
        .poll(() => page.locator('#status').textContent())
        .toBe('Check finished: the result is in the lesson panel.');

      // A program error is a failed check with the error's message and line.
      await typeProgram(page, 'robot.led(true);\nawait robot.beeep(440, 500);\n');
      await check.click();
      const programRow = panel.locator('li[data-check="program"]');
      await programRow.waitFor({ timeout: 20_000 });
      await expect.poll(() => verdict.textContent()).toBe('Not yet');
      await expect.poll(() => programRow.getAttribute('data-passed')).toBe('false');
      await expect
        .poll(() => programRow.getByRole('button', { name: 'Line 2' }).isVisible())
        .toBe(true);
      await expect.poll(() => programRow.textContent()).toContain('beeep');

      // The reference solution completes the mission on every run the teacher's grading makes,
      // the runs after the watched one shown as progress.
      await typeProgram(page, lesson.solution);
      await recordCheckTexts(page);
      await check.click();
      await expect
        .poll(() => verdict.textContent(), { timeout: 30_000 })
        .toBe('Mission complete on 5 of 5 runs!');
      await expect
        .poll(() => panel.locator('.check-runs').textContent())
        .toMatch(
          /^Each of the 5 runs had a slightly different classroom robot, as in the teacher’s grading/,
        );
      await expect
        .poll(() => panel.locator('.check-summary').textContent())
        .toBe('Score 100/100 · 2 of 2 checks passed');
      await expect
        .poll(() => panel.locator('li[data-passed="true"]').allTextContents())
        .toEqual([
          expect.stringContaining('(passed in 5 runs)'),
          expect.stringContaining('(passed in 5 runs)'),
        ]);
      const texts = await recordedCheckTexts(page);
      expect(texts).toContainEqual(
        expect.stringMatching(/^Trying 4 more runs with classroom noise… [0-3]\/4$/),
      );
      await expect.poll(() => panel.locator('li[data-passed="false"]').count()).toBe(0);
      await expect
        .poll(() => page.locator('#output').textContent())
        .toContain('Goodbye! My LED is off.');

      // In Vietnamese: the button's label and the result, without checking again.
      await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('vi');
      await expect
        .poll(() =>
          page.getByRole('button', { name: 'Kiểm tra nhiệm vụ của em', exact: true }).isVisible(),
        )
        .toBe(true);
      await expect.poll(() => verdict.textContent()).toBe('Hoàn thành nhiệm vụ 5/5 lần chạy!');
      await page.locator('#lang').selectOption('en');
      await expect.poll(() => check.isVisible()).toBe(true);
    });

    it('Stop stops a check run: the robot that was driving stands still and there is no result', async () => {
      const { page } = app;
      await page.locator('#lesson-picker summary').click();
      await openLesson(page, '2. Drive and measure');
      await typeProgram(page, 'robot.drive(60, 60);\nawait robot.wait(60000);\n');
      const check = page.getByRole('button', { name: 'Check my mission', exact: true });
      const start = (await pageState(page)).robots[0];
      await check.click();
      await expect.poll(() => check.isDisabled()).toBe(true);
      const driving = await waitForState(page, (s) => s.status === 'running' && s.time > 500);
      expect(Math.abs((driving.robots[0]?.x ?? 0) - (start?.x ?? 0))).toBeGreaterThan(5);
      await expect
        .poll(() => page.locator('#check-result').textContent())
        .toMatch(/^Checking your mission… \d+ s of 15 s$/);
      await stopAndStayStopped(page);
      await expect
        .poll(() => page.locator('#check-result').textContent())
        .toContain('The check was stopped before the end');
      await expect.poll(() => check.isEnabled()).toBe(true);

      // Each lesson keeps its own program; the playground has no mission to check.
      const editor = page.locator('.cm-content');
      const open = async (name: string) => {
        await page.locator('#lesson-picker summary').click();
        await page.getByRole('button', { name, exact: true }).click();
      };
      await open('1. Hello, robot!');
      await expect.poll(() => editor.textContent()).toContain('Goodbye! My LED is off.');
      await open('Playground (free programming)');
      await expect.poll(() => editor.textContent()).toBe(playgroundCode);
      await expect.poll(() => check.isVisible()).toBe(false);
      await waitForState(page, (s) => s.status === 'idle' && s.robots[0]?.x === 20);
    });

    it('"Check my mission" tries the grader’s other robots: a distance written in fails run 2, a loop that never waits fails its run, and Stop ends the tries with no result', async () => {
      const { page } = app;
      const picker = page.locator('#lesson-picker');
      if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open)))
        await picker.locator('summary').click();
      await openLesson(page, '4. Stop before the wall');
      const lesson = await loadLesson('04-stop-at-wall');
      const check = page.getByRole('button', { name: 'Check my mission', exact: true });
      const panel = page.locator('#mission-check');
      const verdict = panel.locator('.check-verdict');
      const failing = panel.locator('li[data-passed="false"]');
      // The watched runs need not be watched here.
      await page.locator('#speed').selectOption('max');

      // Right for the long hall (run 1, the one watched), into the wall of the short one.
      await typeProgram(page, 'await robot.forward(112);\n');
      await check.click();
      await expect.poll(() => verdict.textContent(), { timeout: 30_000 }).toBe('Not yet');
      await expect
        .poll(() => panel.locator('.check-runs').textContent())
        .toMatch(
          /^Passed the first 1 of 5 runs, then the next one failed \(see below\)\. The teacher’s grading needs all 5 to pass\. Make it robust: /,
        );
      await expect.poll(() => failing.count()).toBe(1);
      await expect.poll(() => failing.getAttribute('data-check')).toBe('stop-near-wall');
      await expect
        .poll(() => failing.locator('.check-reason').textContent())
        .toMatch(/^Run 2: Touched a wall/);
      await expect
        .poll(() => failing.locator('.check-hint').textContent())
        .toBe(lesson.checks[0]?.hint?.en);
      await expect
        .poll(() => page.locator('#status').textContent())
        .toBe('Check finished: the result is in the lesson panel.');

      // The solution, except that in the short hall it loops without ever waiting: the
      // sandbox's budget stops it, and that run fails with the error's message.
      await typeProgram(
        page,
        `const ahead = await robot.distance();
if (ahead < 110) {
  while (true) {}
}
${lesson.solution}`,
      );
      await check.click();
      const programRow = panel.locator('li[data-check="program"]');
      await programRow.waitFor({ timeout: 30_000 });
      await expect.poll(() => verdict.textContent()).toBe('Not yet');
      await expect
        .poll(() => programRow.locator('.check-reason').textContent())
        .toMatch(/^Run 2: The program failed: Your program ran for 500 ms without waiting/);
      await expect.poll(() => check.isEnabled()).toBe(true);

      // Slow in the short hall: Stop while the page is trying the other robots.
      await typeProgram(
        page,
        `const ahead = await robot.distance();
if (ahead < 110) {
  while (true) { for (let i = 0; i < 3000; i++) {} await robot.wait(1); }
}
${lesson.solution}`,
      );
      await check.click();
      const result = page.locator('#check-result');
      await expect
        .poll(() => result.textContent(), { timeout: 30_000 })
        .toMatch(/^Trying 4 more runs with classroom noise… 0\/4$/);
      await expect.poll(() => check.isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await waitForState(page, (s) => s.status === 'stopped');
      await expect
        .poll(() => result.textContent())
        .toContain('The check was stopped before the end');
      await page.waitForTimeout(1000);
      await expect
        .poll(() => result.textContent())
        .toContain('The check was stopped before the end');
      await expect.poll(() => verdict.count()).toBe(0);
      await expect.poll(() => check.isEnabled()).toBe(true);
      // The simulator still answers: a plain run goes to its end.
      await typeProgram(page, 'await robot.forward(5);\n');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'done');
      await page.locator('#speed').selectOption('1');
      // Back to the playground for the tests below: a reload opens the open lesson again.
      await page.evaluate(() => {
        (document.getElementById('lesson-picker') as HTMLDetailsElement).open = true;
      });
      await page.getByRole('button', { name: 'Playground (free programming)' }).click();
    }, 120_000);

    it('switches to Lao, drawn with the bundled Noto Sans Lao font, and remembers it', async () => {
      const { page } = app;
      await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('lo');
      const run = page.locator('#run');
      await expect.poll(() => run.textContent()).toContain('ແລ່ນ');
      await page.evaluate(() => document.fonts.ready);
      const font = await page.evaluate(async () => {
        await document.fonts.load('16px "Noto Sans Lao"', 'ແລ່ນ');
        const faces = [...document.fonts].filter(
          (f) => f.family.replace(/"/g, '') === 'Noto Sans Lao',
        );
        const bundled = performance
          .getEntriesByType('resource')
          .some(
            (e) =>
              /noto-sans-lao-lao-400-normal.*\.woff2$/.test(e.name) &&
              e.name.startsWith(location.origin),
          );
        return {
          loaded: faces.some((f) => f.status === 'loaded' && f.unicodeRange.includes('E81')),
          check: document.fonts.check('16px "Noto Sans Lao"', 'ແລ່ນ'),
          bundled,
          family: getComputedStyle(document.getElementById('run') as HTMLElement).fontFamily,
        };
      });
      expect(font).toMatchObject({ loaded: true, check: true, bundled: true });
      expect(font.family).toContain('Noto Sans Lao');
      // The same Lao label drawn with the generic fallback must look different.
      const label = run.locator('[data-i18n="run"]');
      const withBundled = await label.screenshot();
      await label.evaluate((el) => {
        (el as HTMLElement).style.fontFamily = 'sans-serif';
      });
      const withFallback = await label.screenshot();
      await label.evaluate((el) => {
        (el as HTMLElement).style.fontFamily = '';
      });
      expect(withBundled.equals(withFallback)).toBe(false);
      await page.reload();
      await page.evaluate(() => window.__mekong.ready);
      await expect.poll(() => page.locator('#run').textContent()).toContain('ແລ່ນ');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('lo');
      await page.locator('#lang').selectOption('en');
      await expect.poll(() => page.locator('#run').textContent()).toContain('Run');
    });

    it('keeps a code edit across a reload', async () => {
      const { page } = app;
      const marker = `// my square, ${Date.now()}`;
      await typeProgram(page, `${marker}\nawait robot.forward(20);\n`);
      await page.waitForTimeout(500);
      await page.reload();
      await page.evaluate(() => window.__mekong.ready);
      await expect.poll(() => page.locator('.cm-content').textContent()).toContain(marker);
      // "Restore starter code" asks first; Cancel keeps the work.
      const restore = page.getByRole('button', { name: 'Restore starter code' });
      await restore.click();
      const dialog = page.getByRole('dialog', { name: 'Replace your code?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => page.locator('.cm-content').textContent()).toContain(marker);
      await restore.click();
      await dialog.getByRole('button', { name: 'Yes, replace it' }).click();
      // The starter replaces the code once the dialog has closed: wait for it (loaded machines).
      await expect
        .poll(() => page.locator('.cm-content').textContent(), { timeout: 10_000 })
        .toContain('robot.led(true);');
      await expect.poll(() => page.locator('.cm-content').textContent()).not.toContain(marker);
    });

    it('reloads and runs a program with the network gone', async () => {
      const { page, context } = app;
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 20_000,
      });
      await app.server.close();
      await context.setOffline(true);
      const fromNetwork: string[] = [];
      page.on('requestfinished', (request) => {
        void request.response().then((response) => {
          if (response && !response.fromServiceWorker()) fromNetwork.push(request.url());
        });
      });
      await page.reload();
      await page.evaluate(() => window.__mekong.ready);
      const pixels = await canvasPixels(page);
      expect(pixels.variance).toBeGreaterThan(100);
      await typeProgram(page, 'await robot.forward(25);\n');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const done = await waitForState(page, (s) => s.status === 'done');
      expect(done.robots[0]?.x).toBeCloseTo(45, 0);
      expect(fromNetwork.filter((url) => url.startsWith('http'))).toEqual([]);
    });

    it('`mekong start` serves the built app and prints its address; a bad port is refused', async () => {
      const child = spawn(process.execPath, ['cli/mekong.js', 'start', '--port', '0'], {
        cwd: REPO_ROOT,
        env: { ...process.env, MEKONG_LANG: 'en' },
      });
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = out.match(/ready: (http:\/\/localhost:\d+\/)/);
          if (found?.[1]) {
            clearTimeout(timer);
            resolve(found[1]);
          }
        });
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('<title>Mekong Robotics</title>');
      const wasm = readdirSync(join(APP_DIR, 'assets')).find((f) => f.endsWith('.wasm'));
      const wasmResponse = await fetch(new URL(`assets/${wasm}`, url));
      expect(wasmResponse.headers.get('content-type')).toBe('application/wasm');
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      await expect.poll(() => exited).toBe(0);
      expect(out).toContain('Press Ctrl+C to stop.');

      const bad = await mekong('start', '--port', 'eighty');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--port');
    });
  },
);

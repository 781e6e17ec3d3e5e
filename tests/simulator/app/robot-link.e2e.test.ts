import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuickJs } from '../../../cli/quickjs-node.ts';
import { loadLessons } from '../../../cli/runtime/load-lessons.ts';
import { REPO_ROOT } from '../../../cli/runtime/web-app.ts';
import { describeResult } from '../../../lessons/checks/describe.ts';
import { findLesson } from '../../../lessons/find-lesson.ts';
import { runLessonEmulated } from '../../../lessons/run-lesson-emulated.ts';
import { getKit } from '../../../robot/index.ts';
import type { HookBoard, HookRobot } from '../../../simulator/app/test-hook.ts';
import {
  fakeSerialScript,
  type LaunchedApp,
  launchApp,
  openApp,
  openLesson,
  skipReason,
  typeProgram,
  until,
} from './browser.ts';

/*
 * The robot from the browser (issue 15), without hardware. A fake `navigator.serial`,
 * installed before the page loads, hands out a port whose board is our firmware hex in
 * avr8js (the page's own emulator worker, in lockstep with the page so that a busy machine
 * slows it but never loses it): the page's johnny-five, Web Serial transport and
 * HardwareRobot drive it as they would a real robot.
 * Then the same through the "Emulated robot (no USB)" choice a student sees.
 */

const SQUARE = readFileSync(join(REPO_ROOT, 'examples/square.ts'), 'utf8');
const LESSON_1 = readFileSync(join(REPO_ROOT, 'lessons/01-hello-robot/solution.ts'), 'utf8');
const LONG_DRIVE = 'await robot.forward(300);\nconsole.log("never");\n';
/** Lesson 1 half done: the LED goes on, but no beep and never off again. */
const LESSON_1_WRONG = 'robot.led(true);\nawait robot.wait(300);\nconsole.log("half");\n';

/** The init script: `navigator.serial` whose one port is an emulated USB robot named Nam. */
const FAKE_SERIAL = fakeSerialScript(
  "(window.__fakeFilters = options.filters, window.__mekong.usbBoard({ name: 'Nam', kitId: 'mbot' }))",
);

declare global {
  interface Window {
    __fakePort: { unplug(): void; replug(): void };
    __fakeFilters: unknown;
  }
}

const robot = (page: Page): Promise<HookRobot> => page.evaluate(() => window.__mekong.robot());
const usbBoard = (page: Page): Promise<HookBoard | null> =>
  page.evaluate(() => window.__mekong.usbBoardState());
const status = (page: Page) =>
  page.evaluate(() => document.getElementById('status')?.dataset.kind ?? '');
const output = (page: Page) => page.locator('#output').textContent();
const angleDiff = (a: number, b: number) => ((((a - b) % 360) + 540) % 360) - 180;

async function connect(page: Page, choice: 'USB robot' | 'Emulated robot (no USB)') {
  await page.getByRole('button', { name: 'Connect a robot', exact: true }).click();
  await page.getByRole('button', { name: choice, exact: true }).click();
  return until(
    () => robot(page),
    (r) => r.link === 'connected',
  );
}

async function run(page: Page, source: string) {
  await page.evaluate((s) => window.__mekong.run(s), source);
}

/** Runs `source` with the page's Run until it ends, which it must do without an error. */
async function runToEnd(page: Page, source: string): Promise<string> {
  await run(page, source);
  await until(
    () => status(page),
    (s) => s === 'done' || s === 'failed',
  );
  const text = (await output(page)) ?? '';
  expect(await status(page), text).toBe('done');
  return text;
}

/** Runs lesson 1's solution on the connected robot: it lights the LED, beeps and prints. */
async function runsLessonOne(page: Page): Promise<void> {
  const text = await runToEnd(page, LESSON_1);
  expect(text).toContain('Hello! My LED is on.');
  expect(text).toContain('Goodbye! My LED is off.');
}

describe.skipIf(skipReason !== undefined)(
  `the robot from the browser${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let app: LaunchedApp;
    let page: Page;

    beforeAll(async () => {
      app = await launchApp();
      page = app.page;
      await page.addInitScript(FAKE_SERIAL);
      await openApp(page, app.server.url);
    }, 180_000);

    afterAll(async () => {
      await app?.close();
    });

    it('connects a USB robot: its stored name in the header, the kit selector on its kit', async () => {
      const connected = await connect(page, 'USB robot');
      expect(connected).toMatchObject({ name: 'Nam', kit: 'mbot' });
      expect(connected.label).toContain('Nam');
      const filters = await page.evaluate(() => window.__fakeFilters);
      expect(filters).toContainEqual({ usbVendorId: 0x2341 });
      await expect.poll(() => page.locator('#kit').inputValue()).toBe('mbot');
    }, 60_000);

    it('runs square.ts on it with the page Run, showing the output', async () => {
      await run(page, SQUARE);
      await until(
        () => status(page),
        (s) => s === 'done' || s === 'failed',
        60_000,
      );
      const text = await output(page);
      expect(await status(page), text ?? '').toBe('done');
      for (const side of [1, 2, 3, 4]) expect(text).toContain(`side ${side} done at`);
    }, 90_000);

    it('runs a lesson program on it (LED, beep, waits, output)', () => runsLessonOne(page), 60_000);

    it("the Sensors panel shows what the robot's sensors answered the program", async () => {
      const readout = page.locator('#sensor-readout');
      await expect.poll(() => readout.textContent()).toContain('Read on the robot');
      expect(await readout.textContent()).toMatch(/Distance \(ultrasonic\)not read yet/);
      await run(
        page,
        'const d = await robot.distance();\nconsole.log("d=" + d.toFixed(1));\nawait robot.line();\n',
      );
      await until(
        () => status(page),
        (s) => s === 'done' || s === 'failed',
      );
      const printed = /d=(\d+\.\d)/.exec((await output(page)) ?? '')?.[1];
      expect(printed).toBeDefined();
      // The panel is refreshed on its own cadence: wait for one that shows both readings.
      await expect
        .poll(async () => {
          const text = (await readout.textContent()) ?? '';
          return /Line sensorsnot read yet/.test(text) ? 'line not read yet' : text;
        })
        .toContain(`Distance (ultrasonic)${printed} cm`);
    }, 60_000);

    it('Esc stops the motors mid-move', async () => {
      await run(page, LONG_DRIVE);
      await until(
        () => usbBoard(page),
        (b) => b !== null && b.powerLeft !== 0,
      );
      await page.keyboard.press('Escape');
      await until(
        () => usbBoard(page),
        (b) => b !== null && b.powerLeft === 0 && b.powerRight === 0,
      );
      await until(
        () => status(page),
        (s) => s === 'stopped',
      );
      expect(await output(page)).not.toContain('never');
    }, 60_000);

    it('"Check my mission" on the USB robot says the check needs the simulator, runs it there and shows output and time', async () => {
      await page.getByRole('button', { name: '1. Hello, robot!', exact: true }).click();
      await expect.poll(() => page.locator('#lesson-text').textContent()).toContain('Hello');
      if ((await page.locator('#mode-code').getAttribute('aria-pressed')) !== 'true')
        await page.locator('#mode-code').click();
      await expect.poll(() => page.locator('.cm-content').textContent()).toContain('Lesson 1');
      await page.getByRole('button', { name: 'Check my mission', exact: true }).click();
      await until(
        () => status(page),
        (s) => s === 'done' || s === 'failed',
      );
      const text = (await output(page)) ?? '';
      expect(await status(page), text).toBe('done');
      expect(text).toContain('Checking the mission needs the simulator');
      expect(text).toMatch(/The program ran for \d+\.\d s on the robot\./);
      // The starter's own output came from the robot, and no verdict was made up.
      expect(text).toContain('My LED is on');
      expect(await page.locator('#mission-check .check-verdict').count()).toBe(0);
      // Back to the playground's world for the tests after this one.
      await page.evaluate(() => {
        (document.getElementById('lesson-picker') as HTMLDetailsElement).open = true;
      });
      await page
        .getByRole('button', { name: 'Playground (free programming)', exact: true })
        .click();
      await expect.poll(() => page.locator('#world').inputValue()).toBe('playground');
    }, 60_000);

    it('unplugged mid-run: DISCONNECTED shown within 1 s, the watchdog stops the motors; replugged, it runs again', async () => {
      await run(page, LONG_DRIVE);
      await until(
        () => usbBoard(page),
        (b) => b !== null && b.powerLeft !== 0,
      );
      const shownAfterMs = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const started = performance.now();
            const panel = document.getElementById('output') as HTMLElement;
            const seen = () => {
              if (panel.textContent?.includes('The robot was disconnected')) {
                resolve(performance.now() - started);
                return true;
              }
              return false;
            };
            new MutationObserver(() => seen()).observe(panel, { subtree: true, childList: true });
            window.__fakePort.unplug();
          }),
      );
      expect(shownAfterMs).toBeLessThan(1000);
      expect(await output(page)).toContain('plug the robot back in');
      expect((await robot(page)).link).toBe('lost');
      // Nobody drives the board now: its watchdog stops the motors.
      await until(
        () => usbBoard(page),
        (b) => b !== null && b.powerLeft === 0 && b.powerRight === 0,
      );
      await page.evaluate(() => window.__fakePort.replug());
      await until(
        () => robot(page),
        (r) => r.link === 'connected',
      );
      await run(page, 'await robot.forward(10);\nconsole.log("back");\n');
      await until(
        () => status(page),
        (s) => s === 'done' || s === 'failed',
      );
      expect(await output(page)).toContain('back');
      await page.getByRole('button', { name: 'Disconnect', exact: true }).click();
      await until(
        () => robot(page),
        (r) => r.link === 'none',
      );
    }, 90_000);

    it('the emulated robot (no USB): square.ts ends within 5 cm and 5° of the simulator; Esc stops it within 100 ms', async () => {
      await page.locator('#kit').selectOption('l298n-2wd');
      const connected = await connect(page, 'Emulated robot (no USB)');
      expect(connected).toMatchObject({ name: 'Emulated robot', kit: 'l298n-2wd' });
      const start = await until(
        () => robot(page),
        (r) => r.board !== null,
      );
      await run(page, SQUARE);
      await until(
        () => status(page),
        (s) => s === 'done' || s === 'failed',
        90_000,
      );
      expect(await status(page)).toBe('done');
      const ended = (await robot(page)).clockMs ?? 0;
      // The robot comes to rest (motor lag), then its pose is read.
      const rest = await until(
        () => robot(page),
        (r) => r.board !== null && r.board.time > ended + 500,
      );
      const sim = await page.evaluate(
        (source) =>
          window.__mekong.runHeadless({ source, realism: 'classroom', seed: 1, kit: 'l298n-2wd' }),
        SQUARE,
      );
      expect(sim.ok).toBe(true);
      const hw = rest.board as HookBoard;
      const moved = Math.hypot(hw.x - (start.board?.x ?? 0), hw.y - (start.board?.y ?? 0));
      expect(
        Math.hypot(hw.x - sim.pose.x, hw.y - sim.pose.y),
        JSON.stringify({ hw, sim: sim.pose, moved }),
      ).toBeLessThan(5);
      expect(Math.abs(angleDiff(hw.headingDeg, sim.pose.headingDeg))).toBeLessThan(5);

      await run(page, LONG_DRIVE);
      await until(
        () => robot(page),
        (r) => r.board !== null && r.board.powerLeft !== 0,
      );
      const pressedAt = (await page.evaluate(() => {
        const at = window.__mekong.robot().clockMs;
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        return at;
      })) as number;
      // Every state the board reported since the press (about every 20 emulated ms).
      const after = await until(
        () => page.evaluate((at) => window.__mekong.robotHistory(at), pressedAt),
        (states) => states.some((b) => b.powerLeft === 0 && b.powerRight === 0),
      );
      const stopped = after.find((b) => b.powerLeft === 0 && b.powerRight === 0) as HookBoard;
      expect(stopped.time - pressedAt, JSON.stringify(after)).toBeLessThan(100);
    }, 180_000);

    it('"Check my robot" runs the doctor\'s checks on the connected robot: every part passes', async () => {
      await page.getByRole('button', { name: 'Check my robot', exact: true }).click();
      const text = await until(
        () => output(page),
        (t) => (t ?? '').includes('Checking each part') && /✔ motors: /.test(t ?? ''),
        60_000,
      );
      for (const part of ['firmware', 'watchdog', 'motors', 'ultrasonic'])
        expect(text).toMatch(new RegExp(`✔ ${part}`));
      expect(text).not.toContain('✘');
    }, 90_000);

    it(
      'runs a lesson program on the emulated robot (LED, beep, waits, output)',
      () => runsLessonOne(page),
      60_000,
    );

    it('"Check my mission" on the emulated robot checks as `mekong run --lesson --emulate` does: the solution passes, a wrong program fails with the CLI\'s reasons, Esc stops a check', async () => {
      await openLesson(page, '1. Hello, robot!');
      expect((await robot(page)).link).toBe('connected');
      const check = page.getByRole('button', { name: 'Check my mission', exact: true });
      const panel = page.locator('#mission-check');
      const verdict = panel.locator('.check-verdict');

      // The solution, on every world of the lesson (lesson 1 has one), its progress shown.
      await typeProgram(page, LESSON_1);
      await check.click();
      await until(
        () => panel.textContent(),
        (t) => (t ?? '').includes('Checking your mission on the emulated robot, world 1 of 1'),
      );
      await expect
        .poll(() => verdict.textContent(), { timeout: 60_000 })
        .toBe('Mission complete on 1 of 1 runs!');
      expect(await status(page)).toBe('checked');
      expect(await panel.locator('li[data-passed="false"]').count()).toBe(0);

      // A wrong program: the page's reasons are those `mekong run --lesson hello-robot --emulate`
      // prints, word for word (its run and words, here without the CLI's wall-time limit,
      // which a busy machine could reach).
      const lesson = findLesson(await loadLessons(), 'hello-robot');
      const ran = await runLessonEmulated({
        lesson,
        kit: getKit('l298n-2wd'),
        source: LESSON_1_WRONG,
        language: 'ts',
        fileName: 'program.ts',
        seed: 1,
        quickjs: await loadQuickJs(),
        now: () => performance.now(),
      });
      expect(ran.passed).toBe(false);
      const cli = ran.checks.map((c) => ({
        id: c.id,
        passed: c.passed,
        reason: describeResult(c, 'en', lesson.names),
      }));
      expect(cli.filter((c) => !c.passed).map((c) => c.id)).toContain('light-and-sound');
      await typeProgram(page, LESSON_1_WRONG);
      await check.click();
      await expect.poll(() => verdict.textContent(), { timeout: 60_000 }).toBe('Not yet');
      const rows = await panel.locator('li').evaluateAll((items) =>
        items.map((li) => ({
          id: (li as HTMLElement).dataset.check,
          passed: (li as HTMLElement).dataset.passed === 'true',
          reason: [li.querySelector('.check-reason'), li.querySelector('.check-hint')]
            .filter((el) => el !== null)
            .map((el) => el?.textContent)
            .join(' '),
        })),
      );
      expect(rows).toEqual(cli);

      // Esc ends a check under way: no result, the check can start again.
      await typeProgram(page, LESSON_1);
      await check.click();
      await until(
        () => panel.textContent(),
        (t) => (t ?? '').includes('Checking your mission on the emulated robot'),
      );
      await page.keyboard.press('Escape');
      await until(
        () => status(page),
        (s) => s === 'stopped',
      );
      expect(await panel.textContent()).toContain('The check was stopped before the end');
      expect(await check.isEnabled()).toBe(true);
      expect((await robot(page)).link).toBe('connected');
    }, 180_000);

    it('Disconnect, then Connect the emulated robot again without reloading: it runs again; no Flash (it always runs our hex)', async () => {
      await page.getByRole('button', { name: 'Disconnect', exact: true }).click();
      await until(
        () => robot(page),
        (r) => r.link === 'none' && r.board === null,
      );
      const again = await connect(page, 'Emulated robot (no USB)');
      expect(again).toMatchObject({ name: 'Emulated robot', kit: 'l298n-2wd' });
      expect(await page.locator('#disconnect-robot').isVisible()).toBe(true);
      expect(await page.locator('#flash-robot').isVisible()).toBe(false);
      const text = await runToEnd(page, 'await robot.forward(10);\nconsole.log("back again");\n');
      expect(text).toContain('back again');
    }, 90_000);
  },
);

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LaunchedApp,
  launchApp,
  openApp,
  openLesson,
  skipReason,
  typeProgram,
  waitForState,
} from './browser.ts';

/**
 * The page as a classroom meets it (issue 12): the view after opening a lesson, a program
 * that prints without end, small screens and projectors, errors in the output and in the
 * mission check, reloading a lesson, and the buzzer. Each test has a page of its own.
 */

/** The robot the view drew last and the worker's robot, side by side. */
async function viewAndWorker(page: Page) {
  return page.evaluate(() => ({
    drawn: window.__mekong.drawn()[0],
    worker: window.__mekong.state().robots[0],
    readout: document.getElementById('sensor-readout')?.textContent ?? '',
  }));
}

/** Waits until the view and the sensor read-out show the worker's robot. */
async function expectViewShowsWorker(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const { drawn, worker, readout } = await viewAndWorker(page);
        if (!drawn || !worker) return 'nothing drawn';
        const position = `x ${worker.x.toFixed(1)} cm, y ${worker.y.toFixed(1)} cm`;
        const same =
          drawn.x === worker.x && drawn.y === worker.y && drawn.headingDeg === worker.headingDeg;
        return same && readout.includes(position)
          ? 'same'
          : `drawn ${JSON.stringify(drawn)}, worker ${JSON.stringify(worker)}, read-out ${readout}`;
      },
      { timeout: 5_000 },
    )
    .toBe('same');
}

/** From now on, records the gap between animation frames (requestAnimationFrame times), ms. */
async function recordFrameGaps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const gaps: number[] = [];
    (window as unknown as { frameGaps: number[] }).frameGaps = gaps;
    let last: number | undefined;
    const frame = (now: number) => {
      if (last !== undefined) gaps.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

function frameGaps(page: Page): Promise<number[]> {
  return page.evaluate(() => [...(window as unknown as { frameGaps: number[] }).frameGaps]);
}

describe.skipIf(skipReason !== undefined)(
  `the page in the classroom${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let app: LaunchedApp;
    let page: Page;

    beforeAll(async () => {
      app = await launchApp();
    }, 180_000);

    afterAll(async () => {
      await app?.close();
    });

    /** A page of its own, with nothing remembered from the tests before. */
    async function freshPage(
      viewport = { width: 1280, height: 800 },
      init?: () => void,
    ): Promise<Page> {
      await page?.close();
      page = await app.context.newPage();
      if (init) await page.addInitScript(init);
      await page.setViewportSize(viewport);
      await page.goto(app.server.url);
      await page.evaluate(() => localStorage.clear());
      await openApp(page, app.server.url);
      return page;
    }

    it('shows the worker’s robot after opening a lesson, and an LED switched at 0 ms', async () => {
      const page = await freshPage();
      await openLesson(page, '1. Hello, robot!');
      const opened = await waitForState(
        page,
        (s) => s.robots[0]?.x === 50 && s.robots[0]?.y === 40,
      );
      expect(opened.robots[0]?.headingDeg).toBe(90);
      await expectViewShowsWorker(page);

      // A program that uses no robot time: the LED must still be drawn on.
      await typeProgram(page, 'robot.led(true);\nconsole.log("the LED is on");\n');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'done');
      await expect.poll(() => page.locator('#output').textContent()).toContain('the LED is on');
      await expect
        .poll(() => page.evaluate(() => window.__mekong.drawn()[0]?.led), { timeout: 5_000 })
        .toBe('on');
      await expect
        .poll(() => page.locator('#sensor-readout').textContent(), { timeout: 5_000 })
        .toMatch(/LED\s*on/);

      // From one lesson to the next, the view follows.
      for (const [name, y] of [
        ['4. Stop before the wall', 50],
        ['2. Drive and measure', 60],
      ] as const) {
        await page.locator('#lesson-picker summary').click();
        await page.getByRole('button', { name, exact: true }).click();
        await waitForState(page, (s) => s.robots[0]?.x === 30 && s.robots[0]?.y === y);
        await expectViewShowsWorker(page);
      }
    }, 90_000);

    it('a Vietnamese or Lao student reads the starter, the world and its zones in their language', async () => {
      const page = await freshPage();
      const zones = () => page.evaluate(() => window.__mekong.zoneLabels());
      const worldName = () => page.locator('#world option[value="playground"]').textContent();
      const editor = page.locator('.cm-content');
      const text = page.locator('#lesson-text');
      await expect.poll(worldName).toBe('Playground');
      await expect.poll(zones).toEqual({ goal: 'Goal' });
      await openLesson(page, '2. Drive and measure');
      await waitForState(page, (s) => s.robots[0]?.x === 30 && s.robots[0]?.y === 60);
      await expect.poll(zones).toEqual({ parking: 'Parking' });
      await expect.poll(() => editor.textContent()).toContain('// Lesson 2: Drive and measure');

      // The starter the student has not changed yet follows the language, as do the labels.
      await page.locator('#lang').selectOption('vi');
      await expect.poll(worldName).toBe('Sân chơi');
      await expect.poll(zones).toEqual({ parking: 'Đỗ xe' });
      await expect.poll(() => editor.textContent()).toContain('// Bài 2: Lái xe và đo đạc');
      await expect.poll(() => editor.textContent()).not.toMatch(/Lesson|Park the robot/);
      // The lesson text is all for the student: no note that it awaits review.
      await expect.poll(() => text.textContent()).toContain('Đỗ robot vào ô đỗ xe');
      await expect.poll(() => text.textContent()).not.toMatch(/nhóm phát triển|bản ngữ|review/);

      await page.locator('#lang').selectOption('lo');
      await expect.poll(zones).toEqual({ parking: 'ບ່ອນຈອດ' });
      await expect.poll(() => editor.textContent()).toContain('// ບົດທີ 2: ຂັບ ແລະ ວັດແທກ');
      await expect.poll(() => text.textContent()).not.toMatch(/ທີມພັດທະນາ|review/);
      // The student's own code stays as it is.
      await typeProgram(page, '// ລົດຂອງຂ້ອຍ\nawait robot.forward(100);\n');
      await page.locator('#lang').selectOption('en');
      await expect.poll(zones).toEqual({ parking: 'Parking' });
      await expect.poll(() => editor.textContent()).toContain('// ລົດຂອງຂ້ອຍ');
    }, 90_000);

    it('a program that prints without end never blocks the page', async () => {
      const page = await freshPage();
      await recordFrameGaps(page);
      await typeProgram(page, 'let i = 0;\nwhile (true) { console.log("hi " + i++) }\n');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status !== 'idle' && s.status !== 'running');
      // The page keeps drawing: 30 more frames come while the output is shown. How long
      // the longest gap is depends on the machine: `npm run bench` measures it (< 200 ms).
      const before = (await frameGaps(page)).length;
      await page.waitForFunction(
        (n) => (window as unknown as { frameGaps: number[] }).frameGaps.length > n + 30,
        before,
      );
      // The last lines are kept, and the note counts the ones before them.
      const logs = await page.locator('#output li:not(.error)').allTextContents();
      expect(logs.length).toBeLessThanOrEqual(100);
      const note = (await page.locator('.output .dropped').textContent()) ?? '';
      const left = note.match(/^Only the last 100 lines are shown\. Left out: ([\d,]+)\.$/);
      expect(left, note).not.toBeNull();
      const leftOut = Number(left?.[1]?.replace(/,/g, ''));
      // The program ends with TOO_MUCH_OUTPUT (an error line) or NEVER_WAITS.
      const his = logs.filter((line) => line.startsWith('hi '));
      expect(his.at(-1)).toBe(`hi ${leftOut + his.length - 1}`);

      // A printing loop that waits keeps Stop working.
      await typeProgram(
        page,
        'let i = 0;\nwhile (true) { console.log("tick " + i++); await robot.wait(1); }\n',
      );
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'running' && s.time > 500);
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await waitForState(page, (s) => s.status === 'stopped');
      // At most 100 lines a frame reach the panel, whatever the program printed.
      expect(await page.locator('#output li:not(.error)').count()).toBeLessThanOrEqual(100);
    }, 90_000);

    it('a long error keeps the Output heading and the status in sight, and says its place once', async () => {
      const page = await freshPage({ width: 1366, height: 768 });
      const long = 'the sensor gave a value that is far too long to read '.repeat(12);
      await typeProgram(page, `await robot.forward(5);\nthrow new Error("${long}");\n`);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'failed');
      const output = (await page.locator('#output').textContent()) ?? '';
      expect(output).toContain('Line 2, column');
      expect(output.split('Line 2').length - 1).toBe(1);
      // The message itself takes the student to line 2.
      await page.getByRole('button', { name: /^Line 2, column \d+: / }).click();
      const activeLine = () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('.cm-content .cm-line')].findIndex((l) =>
              l.classList.contains('cm-activeLine'),
            ) + 1,
        );
      await expect.poll(activeLine).toBe(2);
      for (const selector of ['#output-title', '#status']) {
        const seen = await page.locator(selector).evaluate((el) => {
          const box = el.getBoundingClientRect();
          const hit = document.elementFromPoint(box.x + 4, box.y + box.height / 2);
          return box.bottom <= innerHeight && (hit === el || el.contains(hit));
        });
        expect(seen, selector).toBe(true);
      }
    }, 90_000);

    it('"Check my mission" on a program that cannot be read shows its error, keeps the mark and checks nothing', async () => {
      const page = await freshPage();
      await openLesson(page, '2. Drive and measure');
      await waitForState(page, (s) => s.robots[0]?.x === 30 && s.robots[0]?.y === 60);
      await typeProgram(page, 'await robot.forward(10);\nconst d = await robot.distance(;\n');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'failed');
      await page.locator('.cm-lint-marker-error').waitFor();
      const check = page.getByRole('button', { name: 'Check my mission' });
      for (const attempt of [1, 2]) {
        await check.click();
        await expect
          .poll(() => page.locator('#check-result').textContent(), { timeout: 10_000 })
          .toContain('could not be read');
        const result = (await page.locator('#check-result').textContent()) ?? '';
        expect(result, `attempt ${attempt}`).toContain('the program cannot be read');
        // Nothing about the parking box: the robot never drove.
        expect(result).not.toMatch(/parking box|cm away|Score/);
        await expect
          .poll(() => page.locator('#output').textContent())
          .toContain('Line 2, column 32: the program cannot be read');
        await expect.poll(() => page.locator('.cm-lint-marker-error').count()).toBe(1);
        await expect
          .poll(() => page.locator('#status').textContent())
          .toBe('The program stopped with an error.');
      }
      await page.locator('#lang').selectOption('lo');
      await expect
        .poll(() => page.locator('#check-result').textContent())
        .toContain('ອ່ານໂປຣແກຣມບໍ່ໄດ້');
      await expect.poll(() => page.locator('#output').textContent()).toContain('ແຖວ 2, ຖັນ 32');
      await page.screenshot({ path: '/tmp/mekong-check-lo.png' });
      await page.locator('#lang').selectOption('en');
    }, 90_000);

    it('the editor warns where a robot call that takes time has no await', async () => {
      const page = await freshPage();
      const warnings = page.locator('.cm-lintRange-warning');
      await typeProgram(
        page,
        'let d = robot.distance();\nwhile (d > 18) {\n  await robot.forward(5);\n}\n',
      );
      await expect.poll(() => warnings.allTextContents()).toEqual(['robot.distance']);
      await warnings.first().hover();
      await expect
        .poll(() => page.locator('.cm-tooltip-lint').textContent())
        .toContain('await robot.distance(…)');
      await page.locator('#lang').selectOption('lo');
      await warnings.first().hover();
      await expect.poll(() => page.locator('.cm-tooltip-lint').textContent()).toContain('ໃຊ້ເວລາ');
      await typeProgram(page, 'let d = await robot.distance();\nconsole.log(d);\n');
      await expect.poll(() => warnings.count()).toBe(0);
    }, 60_000);

    it('a reload comes back to the open lesson with its code', async () => {
      const page = await freshPage();
      await openLesson(page, '2. Drive and measure');
      await waitForState(page, (s) => s.robots[0]?.x === 30 && s.robots[0]?.y === 60);
      const marker = `// my parking, ${Date.now()}`;
      await typeProgram(page, `${marker}\nawait robot.forward(90);\n`);
      await page.waitForTimeout(400);
      await page.reload();
      await page.evaluate(() => window.__mekong.ready);
      await expect
        .poll(() => page.locator('#world').inputValue(), { timeout: 10_000 })
        .toBe('lesson:drive-and-measure');
      await expect.poll(() => page.locator('.cm-content').textContent()).toContain(marker);
      await expect
        .poll(() => page.locator('#lesson-text').textContent())
        .toContain('Drive and measure');
      await expect
        .poll(() => page.getByRole('button', { name: 'Check my mission' }).isVisible())
        .toBe(true);
      await waitForState(page, (s) => s.robots[0]?.x === 30 && s.robots[0]?.y === 60);
      // The kit and the realism chosen are kept too.
      await page.locator('#kit').selectOption('mbot');
      await page.locator('#realism').selectOption('classroom');
      await page.reload();
      await page.evaluate(() => window.__mekong.ready);
      await expect.poll(() => page.locator('#kit').inputValue(), { timeout: 10_000 }).toBe('mbot');
      await expect.poll(() => page.locator('#realism').inputValue()).toBe('classroom');
      await expect.poll(() => page.locator('#world').inputValue()).toBe('lesson:drive-and-measure');
      await expect.poll(() => page.locator('#sensor-readout').textContent()).not.toContain('Servo');
      // Back to the playground: a reload stays there.
      await page.locator('#lesson-picker summary').click();
      await page.getByRole('button', { name: 'Playground (free programming)' }).click();
      await page.reload();
      await page.evaluate(() => window.__mekong.ready);
      await page.waitForTimeout(500);
      await expect.poll(() => page.locator('#world').inputValue()).toBe('playground');
    }, 90_000);

    it('robot.beep() sounds through Web Audio on the run on screen only, and Mute silences it', async () => {
      // Every oscillator the page starts, with its pitch.
      const page = await freshPage(undefined, () => {
        const started: number[] = [];
        (window as unknown as { oscillators: number[] }).oscillators = started;
        const Original = window.AudioContext;
        window.AudioContext = class extends Original {
          override createOscillator(): OscillatorNode {
            const oscillator = super.createOscillator();
            const start = oscillator.start.bind(oscillator);
            oscillator.start = (when?: number) => {
              started.push(oscillator.frequency.value);
              start(when);
            };
            return oscillator;
          }
        };
      });
      const oscillators = () =>
        page.evaluate(() => [...(window as unknown as { oscillators: number[] }).oscillators]);
      await typeProgram(
        page,
        'await robot.beep(880, 200);\nawait robot.wait(100);\nawait robot.beep(523, 100);\n',
      );
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'done');
      await expect.poll(oscillators).toEqual([880, 523]);

      // Checking lesson 1 makes 5 runs; only the one on screen beeps (its one 440 Hz beep).
      await openLesson(page, '1. Hello, robot!');
      await typeProgram(page, 'robot.led(true);\nawait robot.beep(440, 500);\nrobot.led(false);\n');
      await page.getByRole('button', { name: 'Check my mission' }).click();
      await expect
        .poll(() => page.locator('.check-verdict').textContent(), { timeout: 30_000 })
        .toBe('Mission complete on 5 of 5 runs!');
      await expect.poll(() => oscillators()).toEqual([880, 523, 440]);

      const mute = page.getByRole('button', { name: 'Mute' });
      await mute.click();
      await expect.poll(() => mute.getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'done' && s.time >= 500);
      await page.waitForTimeout(200);
      await expect.poll(() => oscillators()).toEqual([880, 523, 440]);
      // Remembered across a reload.
      await page.reload();
      await page.evaluate(() => window.__mekong.ready);
      await expect
        .poll(() => page.getByRole('button', { name: 'Mute' }).getAttribute('aria-pressed'))
        .toBe('true');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'done' && s.time >= 500);
      await page.waitForTimeout(200);
      await expect.poll(() => oscillators()).toEqual([]);
      await page.getByRole('button', { name: 'Mute' }).click();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect.poll(oscillators, { timeout: 10_000 }).toEqual([440]);
    }, 90_000);

    it('a 1024×600 netbook shows the editor, Run, Stop and the arena at once; projector mode (F9) enlarges them', async () => {
      const inSight = (page: Page) =>
        page.evaluate(() =>
          ['.cm-editor', '#run', '#stop', '#view'].map((selector) => {
            const box = (document.querySelector(selector) as HTMLElement).getBoundingClientRect();
            const inside =
              box.left >= 0 &&
              box.top >= 0 &&
              box.right <= innerWidth &&
              box.bottom <= innerHeight &&
              box.height >= 100 === (selector === '.cm-editor' || selector === '#view');
            return inside ? selector : `${selector} at ${JSON.stringify(box)}`;
          }),
        );
      const all = ['.cm-editor', '#run', '#stop', '#view'];
      const page = await freshPage({ width: 1024, height: 600 });
      await expect.poll(() => inSight(page)).toEqual(all);
      await typeProgram(page, 'robot.drive(50, 50);\nawait robot.wait(3000);\n');
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await waitForState(page, (s) => s.status === 'running' && s.time > 200);
      await expect.poll(() => inSight(page)).toEqual(all);
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await page.locator('#lang').selectOption('lo');
      await page.screenshot({ path: '/tmp/mekong-1024x600-lo.png' });
      await expect.poll(() => inSight(page)).toEqual(all);
      await page.locator('#lang').selectOption('en');

      // A projector at 150 %: projector mode, by its key and by its button.
      await page.setViewportSize({ width: 853, height: 480 });
      const projector = page.getByRole('button', { name: 'Projector' });
      await expect.poll(() => projector.getAttribute('aria-pressed')).toBe('false');
      const codeFont = () =>
        page
          .locator('.cm-editor')
          .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      const widths = () =>
        page.evaluate(() => ({
          editor: (document.querySelector('.cm-editor') as HTMLElement).clientWidth,
          view: (document.getElementById('view') as HTMLElement).clientWidth,
        }));
      const before = { font: await codeFont(), ...(await widths()) };
      await page.keyboard.press('F9');
      await expect.poll(() => projector.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => inSight(page)).toEqual(all);
      const after = { font: await codeFont(), ...(await widths()) };
      expect(after.font).toBeGreaterThanOrEqual(18);
      expect(after.font).toBeGreaterThan(before.font);
      expect(after.view).toBeGreaterThan(before.view);
      expect(after.view).toBeGreaterThan(after.editor);
      await page.screenshot({ path: '/tmp/mekong-projector.png' });
      await page.keyboard.press('F9');
      await expect.poll(() => projector.getAttribute('aria-pressed')).toBe('false');
      await projector.click();
      await expect.poll(() => projector.getAttribute('aria-pressed')).toBe('true');
      await projector.click();
      await expect.poll(() => codeFont()).toBe(before.font);

      // 1366×768: the kit's whole name is shown, and the editor is the widest column.
      await page.setViewportSize({ width: 1366, height: 768 });
      const kit = await page.locator('#kit').evaluate((select) => {
        const s = select as HTMLSelectElement;
        const probe = document.createElement('span');
        probe.style.font = getComputedStyle(s).font;
        probe.style.whiteSpace = 'pre';
        probe.style.position = 'absolute';
        probe.textContent = s.selectedOptions[0]?.textContent ?? '';
        document.body.append(probe);
        const text = probe.getBoundingClientRect().width;
        probe.remove();
        return { text, room: s.clientWidth - 24 };
      });
      expect(kit.room).toBeGreaterThanOrEqual(kit.text);
      const wide = await widths();
      expect(wide.editor).toBeGreaterThanOrEqual(560);
      expect(await inSight(page)).toEqual(all);
    }, 90_000);
  },
);

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProgram } from '../../../cli/io.ts';
import { mekong } from '../../cli/cli-harness.ts';
import {
  type LaunchedApp,
  launchApp,
  openApp,
  openLesson,
  pageState,
  skipReason,
  waitForState,
} from './browser.ts';

/**
 * The block editor as a Lao student meets it on a 1024 x 600 netbook (issue 14): switch to
 * Blocks, drag blocks from the toolbox with the mouse, run, see the robot move and the
 * running block highlighted; the TypeScript shown is what `mekong run` gets from the
 * downloaded .blocks.json; lesson 1's block starter, completed, passes Check my mission.
 * Blockly is not loaded before the student asks for it, and nothing comes from the internet.
 */

/** The main workspace's blocks (the toolbox's flyout and the trash have their own svg). */
const WORKSPACE = '.blocks-canvas svg.blocklySvg .blocklyBlockCanvas';
/** The blocks a lesson's text shows (a workspace of their own, read-only). */
const LESSON_FIGURE = '.lesson-blocks-canvas svg.blocklySvg .blocklyBlockCanvas';
const FLYOUT = 'svg.blocklyFlyout:not(.blocklyTrashcanFlyout)';

type Box = { x: number; y: number; width: number; height: number };

/** Where the program's stack ends: the left edge and bottom of its lowest block. */
function stackEnd(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate((workspace) => {
    const paths = [...document.querySelectorAll(`${workspace} g[data-id] > path.blocklyPath`)];
    const boxes = paths.map((p) => p.getBoundingClientRect());
    const start = boxes[0] as DOMRect;
    const inStack = boxes.filter((b) => Math.abs(b.left - start.left) < 3);
    return { x: start.left, y: Math.max(...inStack.map((b) => b.bottom)) };
  }, WORKSPACE);
}

/**
 * Opens toolbox category `category` and drags the block of `type` from it to the end of the
 * program, with the mouse, as a student does: press on the block, move, release where the
 * block's top-left corner meets the stack's bottom-left (Blockly snaps it on).
 */
async function dragToProgram(
  page: Page,
  category: string,
  type: string,
  pointer: 'mouse' | 'touch' = 'mouse',
): Promise<void> {
  const block = page.locator(`${FLYOUT} .blocklyBlockCanvas > g.${type}`).first();
  // A click on the category already open closes it: click until its blocks are in view.
  await expect
    .poll(
      async () => {
        if (await block.isVisible()) return true;
        await page.getByRole('treeitem', { name: category, exact: true }).click();
        return block.isVisible();
      },
      { timeout: 5_000 },
    )
    .toBe(true);
  // On a small screen the block may be below the flyout's bottom: scroll to it, as a student does.
  const canvas = (await page.locator('.blocks-canvas').boundingBox()) as Box;
  for (let i = 0; i < 20; i++) {
    const box = (await block.boundingBox()) as Box;
    if (box.y + box.height < canvas.y + canvas.height - 4) break;
    await page.mouse.move(box.x + 4, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, 80);
    await expect.poll(async () => (await block.boundingBox())?.y).not.toBe(box.y);
  }
  const from = (await block.boundingBox()) as Box;
  const grab = { x: from.x + 6, y: from.y + 8 };
  const to = await stackEnd(page);
  if (pointer === 'touch') {
    await touchDrag(page, grab, { x: to.x + 6, y: to.y + 6 });
  } else {
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 15, grab.y + 10, { steps: 4 });
    await page.mouse.move(to.x + 6, to.y + 6, { steps: 12 });
    await page.mouse.up();
  }
  await expect
    .poll(() => page.locator(`${WORKSPACE} g.${type}`).count(), { timeout: 5_000 })
    .toBeGreaterThan(0);
}

/**
 * A finger on a touch screen: down at `from`, a few moves to `to`, up (Chromium's own touch
 * input, which the page sees as touch pointer events, as on a tablet).
 */
async function touchDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
  ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await touch('touchStart', [from]);
  const steps = 16;
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    await touch('touchMove', [
      { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f },
    ]);
  }
  await touch('touchEnd', []);
  await cdp.detach();
}

/** The TypeScript the code panel shows. */
function shownCode(page: Page): Promise<string> {
  return page.locator('.blocks-code-text').evaluate((el) => el.textContent ?? '');
}

/** The types of the workspace blocks highlighted as running. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(
    (workspace) =>
      [...document.querySelectorAll(`${workspace} g.blocklyHighlighted`)].map(
        (g) => g.classList[0] ?? '',
      ),
    WORKSPACE,
  );
}

/**
 * Records, in the page, each set of blocks lit while the program runs (a MutationObserver
 * on the workspace), so a short turn is seen however slowly the test polls.
 */
function recordHighlights(page: Page): Promise<void> {
  return page.evaluate((workspace) => {
    const seen: string[][] = [];
    const lit = () =>
      [...document.querySelectorAll(`${workspace} g.blocklyHighlighted`)].map(
        (g) => g.classList[0] ?? '',
      );
    new MutationObserver(() => {
      const now = lit();
      if (now.length > 0 && JSON.stringify(now) !== JSON.stringify(seen.at(-1))) seen.push(now);
    }).observe(document.querySelector(workspace) as Node, {
      subtree: true,
      attributes: true,
      attributeFilter: ['class'],
    });
    (window as unknown as { __lit: string[][] }).__lit = seen;
  }, WORKSPACE);
}

const recordedHighlights = (page: Page): Promise<string[][]> =>
  page.evaluate(() => (window as unknown as { __lit: string[][] }).__lit);

describe.skipIf(skipReason !== undefined)(
  `blocks in the web app${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let app: LaunchedApp;
    let page: Page;
    /** Every request the page made that did not go to the app's own server. */
    const elsewhere: string[] = [];
    const requested: string[] = [];
    /** Chromium's reports of what the page's Content-Security-Policy refused. */
    const refused: string[] = [];

    beforeAll(async () => {
      app = await launchApp();
      page = await app.context.newPage();
      const origin = new URL(app.server.url).host;
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      page.on('request', (request) => {
        requested.push(request.url());
        const host = new URL(request.url()).host;
        if (host !== origin && !request.url().startsWith('blob:')) elsewhere.push(request.url());
      });
      await page.addInitScript(() => {
        if (!sessionStorage.getItem('started')) {
          sessionStorage.setItem('started', 'yes');
          localStorage.clear();
          localStorage.setItem('mekong.lang', 'lo');
        }
      });
      await page.setViewportSize({ width: 1024, height: 600 });
      await openApp(page, app.server.url);
    }, 180_000);

    afterAll(async () => {
      await app?.close();
    });

    it('names the switch Blocks and Code, and loads Blockly only when Blocks is opened', async () => {
      expect(requested.some((url) => /block-editor/.test(url))).toBe(false);
      // The accessible names are the English ones in English.
      await page.selectOption('#lang', 'en');
      await expect
        .poll(() => page.getByRole('button', { name: 'Blocks', exact: true }).count())
        .toBe(1);
      await expect
        .poll(() => page.getByRole('button', { name: 'Code', exact: true }).count())
        .toBe(1);
      await page.selectOption('#lang', 'lo');
      // Hold Blockly's chunk back to see what the student sees while it comes.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/block-editor-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.getByRole('button', { name: 'ບລັອກ', exact: true }).click();
      await expect.poll(() => page.locator('.blocks-status').textContent()).toBe('ກຳລັງໂຫຼດບລັອກ…');
      release();
      await page.locator(`${WORKSPACE} g.robot_start`).waitFor({ timeout: 30_000 });
      await expect.poll(() => page.locator('.blocks-status').textContent()).toBe('');
      await page.unroute(/block-editor-[\w-]+\.js$/);
    });

    it('in Lao: blocks dragged from the toolbox run the robot, the running block lit', async () => {
      await expect
        .poll(() => page.getByRole('treeitem', { name: 'ເຄື່ອນທີ່', exact: true }).count())
        .toBe(1);
      await dragToProgram(page, 'ເຄື່ອນທີ່', 'robot_forward');
      await dragToProgram(page, 'ເຄື່ອນທີ່', 'robot_turn');
      await expect
        .poll(() => shownCode(page))
        .toBe('// ໄປໜ້າ 30 cm\nawait robot.forward(30);\n// ລ້ຽວຊ້າຍ 90°\nawait robot.turn(90);\n');
      const before = (await pageState(page)).robots[0] as { x: number; y: number };
      await recordHighlights(page);
      await page.getByRole('button', { name: 'ແລ່ນ', exact: true }).click();
      const done = await waitForState(page, (s) => s.status === 'done');
      // Each block was lit while it ran, in the program's order.
      await expect(recordedHighlights(page)).resolves.toEqual([['robot_forward'], ['robot_turn']]);
      const robot = done.robots[0] as { x: number; y: number; headingDeg: number };
      expect(robot.x - before.x).toBeCloseTo(30, 0);
      expect(robot.headingDeg).toBeCloseTo(90, 0);
      await expect.poll(() => highlighted(page)).toEqual([]);
    });

    it('shows the code mekong run gets from the downloaded .blocks.json, and drives alike', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#download-blocks').click(),
      ]);
      expect(download.suggestedFilename()).toBe('playground.blocks.json');
      const file = (await download.path()) as string;
      const renamed = `${file}.blocks.json`;
      await import('node:fs/promises').then((fs) => fs.copyFile(file, renamed));
      const cli = await loadProgram(renamed, 'lo');
      expect(cli.source).toBe(await shownCode(page));
      const run = await mekong('run', renamed, '--json', '--lang', 'lo');
      const page_ = (await pageState(page)).robots[0] as { x: number; y: number };
      const pose = JSON.parse(run.stdout).pose;
      expect(pose.x).toBeCloseTo(page_.x, 1);
      expect(pose.y).toBeCloseTo(page_.y, 1);
      expect(JSON.parse(readFileSync(renamed, 'utf8')).blocks.blocks[0].type).toBe('robot_start');
    });

    it('lesson 1: the block starter, completed by dragging, passes Check my mission', async () => {
      await openLesson(page, '1. ສະບາຍດີ, ຫຸ່ນຍົນ!');
      await expect
        .poll(() => shownCode(page))
        .toBe("// ເປີດໄຟ LED\nrobot.led(true);\nconsole.log('Hello! My LED is on.');\n");
      await dragToProgram(page, 'ເຄື່ອນທີ່', 'robot_wait');
      await dragToProgram(page, 'ໄຟ ແລະ ສຽງ', 'robot_beep');
      await dragToProgram(page, 'ໄຟ ແລະ ສຽງ', 'robot_led');
      // The new LED block says "on": choose "off" in its drop-down.
      const leds = page.locator(`${WORKSPACE} g.robot_led`);
      await leds.last().locator('.blocklyDropdownField').click();
      await page
        .getByRole('menuitemcheckbox', { name: 'ປິດ' })
        .or(page.getByRole('option', { name: 'ປິດ' }))
        .first()
        .click();
      await expect.poll(() => shownCode(page)).toContain('// ປິດໄຟ LED\nrobot.led(false);\n');
      await page.locator('#check').click();
      await expect
        .poll(() => page.locator('.check-verdict').getAttribute('data-passed'), { timeout: 60_000 })
        .toBe('true');
    });

    it('a lesson opened the first time starts as its text says, and its text draws its new blocks', async () => {
      await page.locator('#lesson-picker summary').click();
      await page.getByRole('button', { name: /^3\. /, exact: false }).click();
      // Lesson 3 starts in Blocks; its text says so in Lao and draws its two new blocks.
      await expect
        .poll(() => page.locator('#mode-blocks').getAttribute('aria-pressed'))
        .toBe('true');
      await expect.poll(() => page.locator('.lesson-mode').textContent()).toContain('ບລັອກ');
      await expect.poll(() => page.locator(`${LESSON_FIGURE} > g.blocklyBlock`).count()).toBe(2);
      expect(await page.locator(`${LESSON_FIGURE} g.robot_turn`).count()).toBe(1);
      expect(await page.locator(`${LESSON_FIGURE} g.controls_repeat_ext`).count()).toBe(1);
      // Read-only, and drawn in the student's language: the turn block's words are Lao.
      const turnText = await page.locator(`${LESSON_FIGURE} g.robot_turn`).textContent();
      expect(turnText).toMatch(/[\u0E80-\u0EFF]/);
      // In Code the figure is hidden; back in Blocks it is drawn again.
      await page.locator('#mode-code').click();
      await expect.poll(() => page.locator('.lesson-blocks').isHidden()).toBe(true);
      await page.locator('#mode-blocks').click();
      await expect.poll(() => page.locator(`${LESSON_FIGURE} > g.blocklyBlock`).count()).toBe(2);
      // Lesson 6 starts in Code: opening it the first time switches to Code.
      await page.locator('#lesson-picker summary').click();
      await page.getByRole('button', { name: /^6\. / }).click();
      await expect.poll(() => page.locator('#mode-code').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.locator('.lesson-blocks').count()).toBe(0);
      // Each program shows in the mode it was left in: lesson 3 in Blocks, 6 in Code.
      await page.locator('#lesson-picker summary').click();
      await page.getByRole('button', { name: /^3\. / }).click();
      await expect
        .poll(() => page.locator('#mode-blocks').getAttribute('aria-pressed'))
        .toBe('true');
      await page.locator('#lesson-picker summary').click();
      await page.getByRole('button', { name: /^6\. / }).click();
      await expect.poll(() => page.locator('#mode-code').getAttribute('aria-pressed')).toBe('true');
    });

    it('opens a .blocks.json file; a broken one is a Lao error, a run error marks its block', async () => {
      await page.locator('#lesson-picker summary').click();
      await page.getByRole('button', { name: /^ສະໜາມຫຼິ້ນ/ }).click();
      await page.selectOption('#kit', 'l9110s-nano');
      const upload = page.locator('.blocks-code-bar input[type="file"]');
      await upload.setInputFiles({
        name: 'broken.blocks.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"blocks": {'),
      });
      await expect
        .poll(() => page.locator('#output').textContent())
        .toContain('broken.blocks.json ບໍ່ແມ່ນໂປຣແກຣມບລັອກທີ່ Mekong ເປີດໄດ້');
      // This kit has no servo: the toolbox shows the block greyed, a program with it fails.
      const servo = {
        blocks: {
          languageVersion: 0,
          blocks: [
            {
              type: 'robot_start',
              x: 24,
              y: 24,
              next: {
                block: {
                  type: 'robot_servo',
                  id: 'look',
                  inputs: { DEG: { shadow: { type: 'math_number', fields: { NUM: 45 } } } },
                },
              },
            },
          ],
        },
      };
      await upload.setInputFiles({
        name: 'look.blocks.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(servo)),
      });
      await expect.poll(() => shownCode(page)).toContain('await robot.servo(45);');
      await page.getByRole('button', { name: 'ແລ່ນ', exact: true }).click();
      await waitForState(page, (s) => s.status === 'failed');
      await expect
        .poll(() => page.locator(`${WORKSPACE} g[data-id="look"] .blocklyWarningIcon`).count())
        .toBe(1);
      // Another language: the blocks and their code speak it at once.
      await page.selectOption('#lang', 'vi');
      await expect.poll(() => shownCode(page)).toContain('// quay servo tới 45°');
      await expect
        .poll(() => page.getByRole('treeitem', { name: 'Di chuyển', exact: true }).count())
        .toBe(1);
      await page.selectOption('#lang', 'lo');
    });

    it('on a touch screen, a block dragged by finger joins the program', async () => {
      // Still on the playground of the test above, in Blocks.
      await expect
        .poll(() => page.locator('#mode-blocks').getAttribute('aria-pressed'))
        .toBe('true');
      const before = await page.locator(`${WORKSPACE} g.robot_backward`).count();
      await dragToProgram(page, 'ເຄື່ອນທີ່', 'robot_backward', 'touch');
      await expect
        .poll(() => page.locator(`${WORKSPACE} g.robot_backward`).count())
        .toBe(before + 1);
      // Joined the stack (not left beside it): the code runs it.
      await expect.poll(() => shownCode(page)).toContain('await robot.backward(');
    });

    it('builds, edits and runs a program with the keyboard alone', async () => {
      // A browser of its own: the other page's saved blocks must not come in.
      const own = await launchApp(app.server);
      try {
        await keyboardOnly(own.page);
      } finally {
        await own.closeBrowser();
      }
    }, 90_000);

    async function keyboardOnly(keys: Page): Promise<void> {
      await keys.addInitScript(() => localStorage.setItem('mekong.lang', 'en'));
      await keys.setViewportSize({ width: 1024, height: 600 });
      await openApp(keys, app.server.url);
      /** Presses Tab (Shift+Tab) until the focused element matches `selector`. */
      const tabTo = async (selector: string, back = false) => {
        for (let i = 0; i < 40; i++) {
          if (await keys.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
            return;
          await keys.keyboard.press(back ? 'Shift+Tab' : 'Tab');
        }
        throw new Error(`Tab never reached ${selector}`);
      };
      await tabTo('#mode-blocks');
      await keys.keyboard.press('Enter');
      await keys.locator(`${WORKSPACE} g.robot_start`).waitFor({ timeout: 30_000 });
      await tabTo('.blocklyToolbox [role="treeitem"]');
      // Move is open: its first block (the start, already used) has the focus; ↓ is "forward".
      await keys.keyboard.press('Enter');
      await keys.keyboard.press('ArrowDown');
      await keys.keyboard.press('Enter');
      await expect.poll(() => shownCode(keys)).toContain('await robot.forward(30);');
      // The new block has the focus: Enter edits its number.
      await keys.keyboard.press('Enter');
      await keys.locator('.blocklyHtmlInput').waitFor();
      await keys.keyboard.press('Control+A');
      await keys.keyboard.type('50');
      await keys.keyboard.press('Enter');
      await expect
        .poll(() => shownCode(keys))
        .toBe('// move forward 50 cm\nawait robot.forward(50);\n');
      await tabTo('#run', true);
      const before = (await pageState(keys)).robots[0] as { x: number };
      await keys.keyboard.press('Enter');
      const done = await waitForState(keys, (s) => s.status === 'done');
      expect((done.robots[0]?.x ?? 0) - before.x).toBeCloseTo(50, 0);
    }

    it('fetched nothing from outside the app (Blockly’s media comes from the build)', () => {
      expect(requested.some((url) => url.includes('/blockly-media/'))).toBe(true);
      expect(elsewhere).toEqual([]);
    });

    it('works under the server’s Content-Security-Policy: Blockly’s styles carry the nonce', () => {
      expect(refused).toEqual([]);
    });
  },
);

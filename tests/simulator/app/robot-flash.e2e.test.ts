import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HookRobot } from '../../../simulator/app/test-hook.ts';
import { OPTIBOOT_HEX_PATH } from '../../firmware-bridge/flash/bootloader-board.ts';
import { buildOptiboot } from '../../firmware-bridge/flash/optiboot-build.ts';
import {
  fakeSerialScript,
  type LaunchedApp,
  launchApp,
  openApp,
  skipReason,
  until,
} from './browser.ts';

/*
 * "Flash our firmware" from the page (issue 15), without hardware. The fake
 * `navigator.serial` hands out a USB board that has only optiboot (built from Debian's
 * source, as tests/firmware-bridge/flash does) in avr8js with SPM: the page finds no
 * firmware, flashes ours through its STK500 code over Web Serial, stores the name, and
 * then connects to the robot it made and runs a program on it.
 */

const toolchain = existsSync('/usr/bin/avr-gcc') && existsSync(OPTIBOOT_HEX_PATH);
if (!toolchain) {
  const why = 'gcc-avr / arduino-core-avr are not installed: optiboot cannot be built';
  if (process.env.CI === 'true') throw new Error(why);
  console.warn(`skipping the page's flashing end-to-end test: ${why}`);
}
const skip = skipReason ?? (toolchain ? undefined : 'no avr toolchain for optiboot');

/** The init script: `navigator.serial` whose one port is a board with only optiboot. */
const FAKE_SERIAL = fakeSerialScript(
  'window.__fakePort ?? window.__mekong.usbBoard(undefined, window.__optiboot)',
);

declare global {
  interface Window {
    __optiboot: string;
  }
}

const robot = (page: Page): Promise<HookRobot> => page.evaluate(() => window.__mekong.robot());
const flashStatus = (page: Page) => page.locator('#flash-status').textContent();

describe.skipIf(skip !== undefined)(
  `flashing our firmware from the page${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let app: LaunchedApp;
    let page: Page;
    const requested: string[] = [];

    beforeAll(async () => {
      app = await launchApp();
      page = app.page;
      await page.addInitScript((hex) => {
        window.__optiboot = hex;
      }, buildOptiboot());
      await page.addInitScript(FAKE_SERIAL);
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await openApp(page, app.server.url);
    }, 180_000);

    afterAll(async () => {
      await app?.close();
    });

    it('a board without our firmware: the header says so and offers "Flash our firmware"', async () => {
      await page.getByRole('button', { name: 'Connect a robot', exact: true }).click();
      await page.getByRole('button', { name: 'USB robot', exact: true }).click();
      const failed = await until(
        () => robot(page),
        (r) => r.link === 'none' && r.label.includes('does not run the Mekong firmware'),
      );
      expect(failed.name).toBeNull();
      await expect
        .poll(() => page.getByRole('button', { name: 'Flash our firmware', exact: true }).count())
        .toBe(1);
    }, 90_000);

    it('the wrong bootloader chosen: the failure and the fix, in the page, nothing written', async () => {
      const hexBefore = requested.filter((p) => /mekong-(uno|mega)/.test(p));
      expect(hexBefore).toEqual([]);
      await page.getByRole('button', { name: 'Flash our firmware', exact: true }).click();
      await page.getByLabel('Board').selectOption('nano-old');
      await page.getByRole('button', { name: 'Flash', exact: true }).click();
      const status = await until(
        () => flashStatus(page),
        (s) => (s ?? '').startsWith('Flashing failed'),
      );
      expect(status).toContain('did not answer');
      expect(await page.locator('#flash-fix').textContent()).toContain(
        'Choose the other Nano bootloader',
      );
      // The failure happened before the firmware was needed: its hex was never fetched.
      expect(requested.filter((p) => /mekong-(uno|mega)/.test(p))).toEqual([]);
    }, 90_000);

    it('flashes optiboot with our firmware (progress bar), stores the name, then connects to it', async () => {
      await page.getByLabel('Board').selectOption('uno');
      await page.getByLabel('Robot name').fill('Mây');
      const bar = page.getByRole('progressbar', { name: 'Flashing progress' });
      await page.getByRole('button', { name: 'Flash', exact: true }).click();
      const seen = new Set<number>();
      await until(
        async () => {
          seen.add(Number(await bar.getAttribute('aria-valuenow')));
          return flashStatus(page);
        },
        (s) => (s ?? '').startsWith('Done') || (s ?? '').startsWith('Flashing failed'),
        120_000,
      );
      const status = await flashStatus(page);
      expect(status, (await page.locator('#flash-fix').textContent()) ?? '').toContain(
        'Done: robot "Mây"',
      );
      expect(Number(await bar.getAttribute('aria-valuenow'))).toBe(100);
      // The bar moved through the write and the check, not straight to the end.
      expect([...seen].some((v) => v > 0 && v < 50)).toBe(true);
      expect([...seen].some((v) => v >= 50 && v < 100)).toBe(true);
      // Only the Uno's hex was fetched, and only now.
      expect(requested.some((p) => /mekong-uno/.test(p))).toBe(true);
      expect(requested.some((p) => /mekong-mega/.test(p))).toBe(false);

      const connected = await until(
        () => robot(page),
        (r) => r.link === 'connected',
      );
      const kit = await page.locator('#kit').inputValue();
      expect(connected).toMatchObject({ name: 'Mây', kit });
      expect(connected.label).toContain('Mây');

      await page.getByRole('button', { name: 'Close', exact: true }).click();
      await page.evaluate(() =>
        window.__mekong.run('await robot.forward(10);\nconsole.log("mine");\n'),
      );
      await until(
        () => page.evaluate(() => document.getElementById('status')?.dataset.kind ?? ''),
        (s) => s === 'done' || s === 'failed',
      );
      expect(await page.locator('#output').textContent()).toContain('mine');
    }, 240_000);
  },
);

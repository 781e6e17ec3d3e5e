import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../lessons/competitions/helpers.ts';
import { openApp, skipReason, typeProgram } from './browser.ts';
import { type HubRoom, openHubRoom } from './hub-browser.ts';

/**
 * A competition run from the classroom hub (issue 17), on loopback: the teacher opens a
 * sumo competition for the class on the teacher page, two students hand in from the app's
 * playground, the teacher presses "Run round", and the projector page shows the standings
 * the hub stored and plays the last match.
 */
const SEEKER = readFileSync(join(EXAMPLES, 'sumo', 'seeker.ts'), 'utf8');
const SPINNER = readFileSync(join(EXAMPLES, 'sumo', 'spinner.ts'), 'utf8');

describe.skipIf(skipReason)(
  'a competition on the hub, from the teacher page to the projector',
  () => {
    let room: HubRoom;

    beforeAll(async () => {
      room = await openHubRoom(
        { lessons: [], grade: false, workers: 1 },
        { '7A': ['Anh', 'Bình'] },
      );
    }, 600_000);

    afterAll(() => room?.close());

    const newPage = () => room.newPage();

    async function studentPage(): Promise<Page> {
      const page = await newPage();
      await openApp(page, room.server.url);
      return page;
    }

    async function handIn(page: Page, name: string, source: string) {
      await page.locator('#hand-in-class').selectOption('7A');
      await page.locator('#hand-in-name').fill(name);
      await typeProgram(page, source);
      const button = page.getByRole('button', {
        name: 'Hand in to the competition: Robot sumo #1',
        exact: true,
      });
      await button.click();
      const result = page.locator('.hand-in-result');
      await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('Handed in to');
    }

    it('the teacher opens it, two students hand in, the round runs, the projector shows it', async () => {
      // Anh's page is open before the competition: no panel in the playground yet.
      const anh = await studentPage();
      expect(await anh.locator('#hand-in').isHidden()).toBe(true);
      const teacher = await newPage();
      await teacher.goto(`${room.server.url}teacher`);
      await teacher.locator('#pin').fill(room.hub.newPin as string);
      await teacher.getByRole('button', { name: 'Sign in', exact: true }).click();
      const section = teacher.locator('#competitions');
      await expect.poll(() => section.isVisible(), { timeout: 30_000 }).toBe(true);
      await expect
        .poll(() => teacher.locator('#competition-format option').count(), { timeout: 30_000 })
        .toBe(3);
      await teacher.locator('#competition-format').selectOption('sumo');
      await teacher.getByRole('button', { name: 'Open a competition for this class' }).click();
      const item = teacher.locator('li[data-competition="1"]');
      await expect.poll(() => item.textContent(), { timeout: 30_000 }).toContain('No round yet.');

      // Opening a lesson asks again: Anh hands in from the lesson; Bình from the playground,
      // where the panel shows for the competition alone (no lesson hand-in there).
      await anh.getByRole('button', { name: '1. Hello, robot!', exact: true }).click();
      await handIn(anh, 'Anh', SEEKER);
      const binh = await studentPage();
      await handIn(binh, 'Bình', SPINNER);
      const lessonButton = binh.getByRole('button', { name: 'Hand in', exact: true });
      expect(await lessonButton.isHidden()).toBe(true);
      await expect
        .poll(() => item.locator('.entrants').textContent(), { timeout: 30_000 })
        .toBe('2');
      await item.getByRole('button', { name: 'Run round', exact: true }).click();
      await expect
        .poll(() => item.locator('.round-status').textContent(), { timeout: 300_000 })
        .toBe('Round 1: done');

      const projector = await newPage();
      await projector.goto(`${room.server.url}competitions/1/projector`);
      const rows = projector.locator('#replay-standings tbody tr');
      await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(2);
      const shown = await rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)),
      );
      const api = await (await fetch(`${room.server.url}api/competitions/1`)).json();
      const standings = api.done.standings as { rank: number; program: string }[];
      expect(standings.map((s) => s.program)).toEqual(['Anh', 'Bình']);
      expect(shown).toEqual(standings.map((s) => [String(s.rank), s.program]));
      expect(await projector.locator('#replay-viewer').getAttribute('class')).toContain(
        'projector',
      );
      // The last match plays large.
      await expect
        .poll(() => projector.evaluate(() => window.__mekongReplays?.state().playheadMs ?? 0), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
    }, 900_000);
  },
);

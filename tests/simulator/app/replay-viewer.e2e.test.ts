import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompeteJson } from '../../../cli/commands/compete.ts';
import { mekong } from '../../cli/cli-harness.ts';
import { EXAMPLES } from '../../lessons/competitions/helpers.ts';
import { appForSuite, type LaunchedApp, serveBuiltApp, skipReason } from './browser.ts';
import { type ServerWatch, watchServer } from './served.ts';

/** The replay viewer's state, read in the page. */
function viewer(app: LaunchedApp) {
  return app.page.evaluate(() => window.__mekongReplays?.state());
}

describe.skipIf(skipReason !== undefined)(
  `replay viewer${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let watch: ServerWatch;
    let json: CompeteJson;
    let programs: string;
    const app = appForSuite({
      timeoutMs: 600_000,
      server: async () => {
        // A sumo round robin played in Node, as an organizer runs it.
        const dir = mkdtempSync(join(tmpdir(), 'mekong-replays-e2e-'));
        programs = join(dir, 'programs');
        mkdirSync(programs);
        for (const name of ['seeker', 'spinner', 'blind']) {
          copyFileSync(join(EXAMPLES, 'sumo', `${name}.ts`), join(programs, `${name}.ts`));
        }
        const r = await mekong(
          'compete',
          'sumo',
          programs,
          '--replays',
          join(dir, 'replays'),
          '--json',
        );
        expect(r.code).toBe(0);
        json = JSON.parse(r.stdout) as CompeteJson;
        const server = await serveBuiltApp();
        watch = watchServer(server);
        return server;
      },
    });

    it('loads sumo replays, plays one, scrubs to the end; the standings match mekong compete --json', async () => {
      const { page } = app;
      await page.click('#open-replays');
      await page.setInputFiles('#replay-files', json.replays);
      await page.waitForFunction(() => window.__mekongReplays?.state().matches === 3);
      // Its stylesheet came with its chunk: the strict policy refuses a <style> without nonce.
      expect(await page.$eval('#replay-viewer', (el) => getComputedStyle(el).position)).toBe(
        'fixed',
      );
      // The viewer shows the first match: blind against seeker.
      expect(await page.locator('#replay-robots li').allTextContents()).toEqual([
        expect.stringContaining('blind.ts'),
        expect.stringContaining('seeker.ts'),
      ]);
      await page.click('#replay-play');
      await page.waitForFunction(() => {
        const s = window.__mekongReplays?.state();
        return s?.playing === true && s.playheadMs > 100;
      });
      const duration = (await viewer(app))?.durationMs ?? 0;
      expect(duration).toBeGreaterThan(500);
      await page.locator('#replay-timeline').fill(String(duration));
      await page.waitForFunction(() => {
        const s = window.__mekongReplays?.state();
        return s !== undefined && s.playheadMs === s.durationMs && !s.playing;
      });
      await page.selectOption('#replay-follow', '1');
      expect((await viewer(app))?.follow).toBe(1);
      const rows = await page.$$eval('#replay-standings tbody tr', (trs) =>
        trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent ?? '')),
      );
      // The viewer leaves out the folder the programs share: "programs/seeker.ts" is "seeker.ts".
      expect(rows.map((r) => [Number(r[0]), `${programs}/${r[1]}`, Number(r[7])])).toEqual(
        json.standings.map((s) => [s.rank, s.program, 'points' in s ? s.points : undefined]),
      );
      await page.click('#replay-projector');
      expect(await page.locator('#replay-viewer.projector').count()).toBe(1);
    }, 120_000);

    it('a replay made in Node plays again in Chromium with the same trace hashes', async () => {
      const { page } = app;
      await page.selectOption('#replay-match', '2');
      const verdict = await page.evaluate(() => window.__mekongReplays?.verify());
      const replay = JSON.parse(readFileSync(json.replays[2] as string, 'utf8'));
      expect(verdict).toEqual({
        ok: true,
        traceHashes: replay.rounds.map((r: { traceHash: string }) => r.traceHash),
      });
      expect(await page.locator('#replay-verdict').textContent()).toContain('verified');
      expect(watch.reports).toEqual([]);
    }, 180_000);
  },
);

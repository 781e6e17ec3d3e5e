import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forward, lessonOneDone, start, turn, workspace } from '../robot/blocks/block-json.ts';
import { mekong, scratch } from './cli-harness.ts';

/*
 * Block programs are files like .ts programs: `mekong run` (in the simulator and on a
 * lesson) and `mekong grade` take `.blocks.json`, the file the web app downloads. A block
 * file that cannot be opened is a translated error; in a class it fails only its student.
 */
const LESSONS = join(import.meta.dirname, '../../lessons');
const { dir, file } = scratch('mekong-blocks-');

const lessonOne = () =>
  lessonOneDone(readFileSync(join(LESSONS, '01-hello-robot/starter.blocks.json'), 'utf8'));

describe('mekong run with a block program', () => {
  it('drives the robot in the simulator as the blocks say', async () => {
    const program = file(
      'square.blocks.json',
      JSON.stringify(workspace(start(forward(30), turn('left', 90), forward(20)))),
    );
    const r = await mekong('run', program, '--sim', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(true);
    // The default world starts the robot at (20, 75) facing +x.
    expect(json.pose.x).toBeCloseTo(50, 0);
    expect(json.pose.y).toBeCloseTo(95, 0);
    expect(json.pose.headingDeg).toBeCloseTo(90, 0);
  });

  it('checks a block program on a lesson: lesson 1 completed passes', async () => {
    const r = await mekong('run', file('done.blocks.json', lessonOne()), '--lesson', '1', '--json');
    expect(JSON.parse(r.stdout).passed).toBe(true);
    expect(r.code).toBe(0);
  });

  it('refuses a file that is not a block program, in the reader’s language', async () => {
    const r = await mekong('run', file('broken.blocks.json', '{"blocks": {'), '--lang', 'lo');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error [BLOCKS_INVALID]');
    expect(r.stderr).toContain('broken.blocks.json ບໍ່ແມ່ນໂປຣແກຣມບລັອກທີ່ Mekong ເປີດໄດ້: ມັນບໍ່ແມ່ນ JSON');
  });
});

describe('mekong grade with block programs', () => {
  it('grades .ts and .blocks.json together; a broken block file fails alone, with its reason', async () => {
    const classDir = join(dir, 'class');
    mkdirSync(classDir);
    writeFileSync(join(classDir, 'an.blocks.json'), lessonOne());
    writeFileSync(
      join(classDir, 'binh.ts'),
      readFileSync(join(LESSONS, '01-hello-robot/solution.ts')),
    );
    writeFileSync(
      join(classDir, 'chi.blocks.json'),
      JSON.stringify(workspace(start({ type: 'robot_dance', id: 'x' }))),
    );
    writeFileSync(
      join(classDir, 'dung.blocks.json'),
      readFileSync(join(LESSONS, '01-hello-robot/starter.blocks.json')),
    );
    const r = await mekong('grade', '1', classDir, '--seeds', '2', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const result = (name: string) =>
      json.results.find((p: { program: string }) => p.program.endsWith(name));
    expect(
      json.results.map((p: { program: string }) => p.program.slice(classDir.length + 1)),
    ).toEqual(['an.blocks.json', 'binh.ts', 'chi.blocks.json', 'dung.blocks.json']);
    expect(result('an.blocks.json').passed).toBe(true);
    expect(result('binh.ts').passed).toBe(true);
    expect(result('dung.blocks.json').passed).toBe(false);
    const chi = result('chi.blocks.json');
    expect(chi.passed).toBe(false);
    expect(chi.checks[0]).toMatchObject({ id: 'program', passed: false });
    expect(chi.checks[0].reason).toContain(
      'it has a block "robot_dance" that Mekong does not know',
    );
    expect(json.summary).toEqual({ programs: 4, passed: 2, meanScore: expect.any(Number) });
  });
});

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { BUILTIN_LESSONS_DIR } from '../../cli/runtime/load-lessons.ts';

/** Runs `mekong <argv>` in-process with in-memory streams. */
async function mekong(argv: string[], options: { tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** `mekong run <program> --lesson <args>`, the args as typed (split at spaces). */
function runOnLesson(program: string, args: string) {
  return mekong(['run', program, '--lesson', ...args.split(' ')]);
}

const dir = mkdtempSync(join(tmpdir(), 'mekong-lessons-cli-'));
const lesson4 = (name: string) =>
  readFileSync(join(BUILTIN_LESSONS_DIR, '04-stop-at-wall', name), 'utf8');
const classDir = join(dir, 'class');

beforeAll(() => {
  mkdirSync(join(classDir, 'chi'), { recursive: true });
  writeFileSync(join(classDir, 'anh.ts'), lesson4('solution.ts'));
  writeFileSync(join(classDir, 'binh.ts'), lesson4('starter.ts'));
  writeFileSync(join(classDir, 'chi', 'main.js'), "require('child_process').exec('rm -rf /');\n");
  writeFileSync(join(classDir, 'syntax.ts'), 'robot.drive(60, 60\n');
  writeFileSync(join(classDir, 'notes.txt'), 'not a program');
  mkdirSync(join(dir, 'empty'));
});

describe('mekong lessons', () => {
  it('lists the course in order, each lesson with its number', async () => {
    const { code, stdout } = await mekong(['lessons']);
    expect(code).toBe(0);
    const ids = [...stdout.matchAll(/^\s*(\d+)\s+([a-z-]+)\s/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(ids.slice(0, 4)).toEqual([
      '1 hello-robot',
      '2 drive-and-measure',
      '3 turns-and-square',
      '11 functions',
    ]);
    expect(ids.at(-1)).toBe('10 scan-and-choose');
    expect(stdout).toContain('Stop before the wall');
  });

  it('--json gives every lesson with its kits, parts, time limit and checks', async () => {
    const { code, stdout } = await mekong(['lessons', '--json', '--lang', 'vi']);
    expect(code).toBe(0);
    const lessons = JSON.parse(stdout);
    const maze = lessons.find((l: { id: string }) => l.id === 'maze');
    expect(
      lessons.map((l: { order: number }) => l.order).sort((a: number, b: number) => a - b),
    ).toEqual(Array.from({ length: lessons.length }, (_, i) => i + 1));
    expect(maze).toMatchObject({
      id: 'maze',
      order: 8,
      title: 'Mê cung: đi men theo tường',
      kits: ['l298n-2wd', 'l9110s-nano', 'mbot'],
      parts: ['ultrasonic'],
      timeLimitMs: 90000,
    });
    expect(maze.checks.map((c: { id: string }) => c.id)).toEqual(['exit', 'no-bumps']);
  });

  it("--teacher says which translations await review, in the reader's language; plain does not", async () => {
    const plain = await mekong(['lessons', '--lang', 'vi']);
    expect(plain.stdout).not.toMatch(/xem lại|review/);
    const { code, stdout } = await mekong(['lessons', '--teacher', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      ' 4  stop-at-wall       Dừng trước bức tường\n    mọi bộ kit · cảm biến siêu âm · 20 giây\n    Bản dịch đang chờ giáo viên bản ngữ xem lại: tiếng Việt và tiếng Lào\n',
    );
    expect(stdout).toContain('"reviewed"');
    const lo = await mekong(['lessons', '--teacher', '--lang', 'lo']);
    expect(lo.stdout).toContain('ພາສາຫວຽດນາມ ແລະ ພາສາລາວ');
    const { stdout: json } = await mekong(['lessons', '--json']);
    expect(JSON.parse(json)[0].review).toEqual({ vi: 'draft', lo: 'draft' });
  });

  it("--teacher <lesson> prints that lesson's notes for teachers in the --lang language", async () => {
    const { code, stdout } = await mekong(['lessons', '--teacher', '14', '--lang', 'vi']);
    expect(code).toBe(0);
    const notes = readFileSync(
      join(BUILTIN_LESSONS_DIR, '14-button-control/teacher/vi.md'),
      'utf8',
    );
    expect(
      stdout.startsWith(`${notes.split('\n')[0]}\n\nBài 14 · button-control · 45 phút\n`),
    ).toBe(true);
    expect(stdout).toContain(
      'Bản dịch đang chờ giáo viên bản ngữ xem lại: tiếng Việt và tiếng Lào',
    );
    const headings = stdout.match(/^## .+$/gm);
    expect(headings).toEqual(notes.match(/^## .+$/gm));
    expect(headings).toHaveLength(6);
    // Every line of the notes is printed, as written.
    for (const line of notes.split('\n').filter((l) => l.trim() !== '')) {
      expect(stdout).toContain(line);
    }
    const byId = await mekong(['lessons', '--teacher', 'maze', '--lang', 'lo']);
    expect(byId.stdout).toContain('## ເກນການປະເມີນ');
    const unknown = await mekong(['lessons', '--teacher', 'flying']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('flying');
  });

  it('--teacher prints the course overview with a pacing plan in course order', async () => {
    const { stdout } = await mekong(['lessons', '--teacher']);
    expect(stdout.startsWith('# The Mekong Robotics course: notes for teachers\n')).toBe(true);
    const course = stdout.slice(0, stdout.indexOf('\n 1  hello-robot'));
    expect(course.match(/^## .+$/gm)).toEqual([
      '## The course',
      '## Pacing plan',
      '## Grading and translations',
    ]);
    const plan = [...course.matchAll(/^\s+(\d+)\s+(\d+)\s+([a-z-]+)\s+(\d+) minutes/gm)].map(
      (m) => ({ week: Number(m[1]), order: Number(m[2]), minutes: Number(m[4]) }),
    );
    expect(plan.map((row) => row.order)).toEqual([
      1, 2, 3, 11, 12, 13, 4, 14, 5, 15, 6, 7, 8, 9, 10,
    ]);
    // Two 45-minute periods a week: a lesson starts in the week of its first period.
    let periods = 0;
    for (const row of plan) {
      expect(row.week).toBe(Math.floor(periods / 2) + 1);
      periods += Math.ceil(row.minutes / 45);
    }
    expect(course).toContain(`2 a week: ${Math.ceil(periods / 2)} weeks for the course.`);
    expect(stdout).toContain('"mekong lessons --teacher 4"');
  });

  it('--starter prints the starter program of a lesson in the --lang language', async () => {
    const { code, stdout } = await mekong(['lessons', '--starter', '4', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).toBe(lesson4('starter.vi.ts'));
    expect(stdout).toContain('// Bài 4: Dừng trước bức tường');
    expect((await mekong(['lessons', '--starter', 'stop-at-wall'])).stdout).toBe(
      lesson4('starter.ts'),
    );
    const unknown = await mekong(['lessons', '--starter', 'flying']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('flying');
  });

  it('--lang lo shows the Lao titles', async () => {
    const { stdout } = await mekong(['--lang', 'lo', 'lessons']);
    expect(stdout).toContain('ສະບາຍດີ, ຫຸ່ນຍົນ!');
    expect(stdout).toContain('ທຸກຊຸດ');
    // Parts are named in the language too (they were the ids: "led, buzzer").
    expect(stdout).toContain('ໄຟ LED ແລະ ລຳໂພງສຽງ');
    expect(stdout).not.toMatch(/ultrasonic|buzzer/);
  });
});

describe('mekong run --lesson', () => {
  it('runs the program on the lesson and prints the checks; exit 0 when the mission passes', async () => {
    const { code, stdout } = await runOnLesson(join(classDir, 'anh.ts'), '4');
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ stop-near-wall: Stopped 1\d\.\d cm from the wall/);
    expect(stdout).toContain('Mission complete! Score 100/100.');
  });

  it('exit 1 with the reason and hint in the student language when the mission fails', async () => {
    const { code, stdout } = await runOnLesson(join(classDir, 'binh.ts'), 'stop-at-wall --lang vi');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /✘ stop-near-wall: Đã chạm vào tường lúc \d+\.\d giây\. Chương trình chỉ đọc robot\.distance\(\) 1 lần, .+ Cho robot chạy bằng robot\.drive\(\)/,
    );
    expect(stdout).toContain('Chưa xong: đạt 0/1 mục kiểm tra.');
  });

  it('--json has the checks and the run', async () => {
    const { code, stdout } = await runOnLesson(
      join(classDir, 'anh.ts'),
      '4 --kit mbot --seed 3 --json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      lesson: 'stop-at-wall',
      kit: 'mbot',
      seed: 3,
      passed: true,
      score: 100,
      ok: true,
      error: null,
    });
    expect(json.checks).toEqual([
      { id: 'stop-near-wall', passed: true, score: 100, reason: expect.stringMatching(/^Stopped/) },
    ]);
    expect(json.traceHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('exit 2 for an unknown lesson or a kit the lesson does not support', async () => {
    const unknown = await runOnLesson(join(classDir, 'anh.ts'), 'fly');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('BAD_OPTION');
    expect(unknown.stderr).toContain('4 stop-at-wall');
    const kit = await mekong([
      'run',
      join(classDir, 'anh.ts'),
      '--lesson',
      'maze',
      '--kit',
      join(dir, 'my-kit.json'),
    ]);
    expect(kit.code).toBe(2);
    expect(kit.stderr).toContain('a kit this lesson supports: l298n-2wd, l9110s-nano, mbot');
  });
});

describe('mekong run --lesson on the emulated board', () => {
  const lesson1 = (name: string) => join(BUILTIN_LESSONS_DIR, '01-hello-robot', name);

  it('--emulate runs the lesson on our firmware in the emulator and checks it the same way', async () => {
    const pass = await runOnLesson(lesson1('solution.ts'), '1 --emulate');
    expect(pass.stdout).toContain('On the emulated board');
    expect(pass.stdout).toContain('✔ light-and-sound');
    expect(pass.stdout).toContain('Mission complete! Score 100/100.');
    expect(pass.code).toBe(0);
    const fail = await runOnLesson(lesson1('starter.ts'), '1 --emulate --json --lang vi');
    expect(fail.code).toBe(1);
    const json = JSON.parse(fail.stdout);
    expect(json).toMatchObject({ lesson: 'hello-robot', passed: false, ok: true });
    expect(json.checks[0]).toMatchObject({ id: 'light-and-sound', passed: false });
    expect(json.checks[0].reason).toContain('Bước 2/3');
  });

  it('--port with --lesson is refused: a real robot cannot report its world', async () => {
    const { code, stderr } = await runOnLesson(lesson1('solution.ts'), '1 --port /dev/ttyUSB9');
    expect(code).toBe(2);
    expect(stderr).toContain('BAD_OPTION');
    expect(stderr).toContain('--emulate');
  });
});

describe('mekong grade', () => {
  it('grades a folder: a table per student, the class summary, progress lines on stderr; exit 0', async () => {
    const { code, stdout, stderr } = await mekong(['grade', 'stop-at-wall', classDir]);
    expect(code).toBe(0);
    const row = (name: string) => stdout.split('\n').find((l) => l.includes(name)) ?? '';
    expect(row('anh.ts')).toMatch(/passed\s+100\.0\s+every check passed in every run/);
    expect(row('binh.ts')).toMatch(/failed\s+0\.0\s+stop-near-wall: Run 1: Touched a wall/);
    expect(row('main.js')).toMatch(
      /failed\s+0\.0\s+program: Run 1: The program failed: "require" is not available/,
    );
    expect(row('syntax.ts')).toMatch(/program: Run 1: The program failed: Line 2/);
    expect(stdout).not.toContain('notes.txt');
    expect(stdout).toContain('Class: 1 of 4 programs passed (25 %), mean score 25.');
    expect(stderr.split('\n').filter((l) => l.startsWith('graded '))).toHaveLength(4);
    expect(stderr).not.toContain('\r');
  });

  it('shows a progress bar on a terminal', async () => {
    const { stderr } = await mekong(
      ['grade', '4', join(classDir, 'anh.ts'), join(classDir, 'binh.ts'), '--seeds', '1'],
      { tty: true },
    );
    expect(stderr).toContain('\r');
    expect(stderr).toMatch(/█+░* 1\/2/);
    expect(stderr).toMatch(/█{24} 2\/2/);
  });

  it('--json: {lesson, results: [{program, passed, score, checks: [{id, passed, reason}]}]}', async () => {
    const { code, stdout } = await mekong([
      'grade',
      '4',
      classDir,
      '--json',
      '--seeds',
      '3',
      '--kit',
      'l9110s-nano',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ lesson: 'stop-at-wall', kit: 'l9110s-nano', seeds: [1, 2, 3] });
    expect(json.results.map((r: { program: string }) => r.program)).toEqual([
      join(classDir, 'anh.ts'),
      join(classDir, 'binh.ts'),
      join(classDir, 'chi', 'main.js'),
      join(classDir, 'syntax.ts'),
    ]);
    for (const result of json.results) {
      expect(Object.keys(result)).toEqual(['program', 'passed', 'score', 'checks']);
      expect(typeof result.passed).toBe('boolean');
      expect(typeof result.score).toBe('number');
      for (const check of result.checks) {
        expect(check).toEqual({
          id: expect.any(String),
          passed: expect.any(Boolean),
          score: expect.any(Number),
          reason: expect.any(String),
        });
      }
    }
    expect(json.results[0]).toMatchObject({ passed: true, score: 100 });
    expect(json.results[2].checks[0]).toMatchObject({ id: 'program', passed: false });
    expect(json.summary).toEqual({ programs: 4, passed: 1, meanScore: 25 });
  });

  it('--json of a race gives each lap time as lapMs (null: no lap)', async () => {
    const { code, stdout } = await mekong([
      'grade',
      '7',
      join(classDir, 'syntax.ts'),
      '--json',
      '--seeds',
      '1',
    ]);
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout).results;
    expect(Object.keys(result)).toEqual(['program', 'passed', 'score', 'lapMs', 'checks']);
    expect(result.lapMs).toBeNull();
  });

  it('--report writes an HTML page a teacher can open or print, with Lao text and its font', async () => {
    const file = join(dir, 'report.html');
    const { code, stderr } = await mekong([
      'grade',
      '4',
      classDir,
      '--seeds',
      '2',
      '--lang',
      'lo',
      '--report',
      file,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain(file);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<html lang="lo">');
    expect(html).toContain('ຄະແນນ: ບົດທີ 4, ຢຸດກ່ອນຮອດຝາ');
    expect(html).toMatch(/font-family: 'Noto Sans Lao';.*src: url\(data:font\/woff2;base64,/);
    expect(html).not.toMatch(/src: url\((?!data:)/);
    expect(html).toContain('&quot;require&quot;');
    expect(html.match(/<tr><td>/g)).toHaveLength(4);
    // It links the lesson's notes for teachers, in the report's language, at its end.
    expect(html).toContain('<a href="#teacher-notes">ບັນທຶກສຳລັບຄູ:');
    expect(html).toContain('&quot;mekong lessons --teacher 4&quot;');
    const notes = html.slice(html.indexOf('<section id="teacher-notes">'));
    expect(notes).toContain('<h2>ບົດທີ 4: ບັນທຶກສຳລັບຄູ</h2>');
    const lo = readFileSync(join(BUILTIN_LESSONS_DIR, '04-stop-at-wall/teacher/lo.md'), 'utf8');
    const headings = [...lo.matchAll(/^## (.+)$/gm)].map((m) => `<h3>${m[1]}</h3>`);
    expect(notes.match(/<h3>[^<]+<\/h3>/g)).toEqual(headings);
    expect(notes.match(/<li>/g)?.length).toBe(lo.match(/^- /gm)?.length);
  });

  it('--report writes a CSV for a spreadsheet (UTF-8 with a byte-order mark)', async () => {
    const file = join(dir, 'report.csv');
    expect(
      (await mekong(['grade', '4', classDir, '--seeds', '1', '--lang', 'vi', '--report', file]))
        .code,
    ).toBe(0);
    const csv = readFileSync(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'program,passed,score,program passed,program reason,stop-near-wall passed,stop-near-wall reason',
    );
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(
      /binh\.ts,false,0,true,,false,"Đã chạm vào tường lúc [\d.]+ giây\. Chương trình chỉ đọc robot\.distance\(\) 1 lần, .+ Cho robot/,
    );
  });

  it('exit 2 on bad input, naming what is wrong', async () => {
    const cases: [string[], string][] = [
      [['grade', 'nope', classDir], 'BAD_OPTION'],
      [['grade', '4', join(dir, 'missing')], 'FILE_UNREADABLE'],
      [['grade', '4', join(dir, 'empty')], 'a folder with .ts, .js or .blocks.json programs in it'],
      [['grade', '4', join(classDir, 'notes.txt')], 'a .ts, .js or .blocks.json file'],
      [['grade', '4', classDir, '--seeds', '0'], 'a whole number from 1 to 50'],
      [['grade', '4', classDir, '--report', join(dir, 'r.pdf')], '.html or .csv'],
      [
        ['grade', '4', classDir, '--report', join(dir, 'no', 'r.html')],
        'its folder does not exist',
      ],
      [['grade', '8', classDir, '--kit', join(dir, 'my-kit.json')], 'a kit this lesson supports'],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr, stdout } = await mekong(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toContain(message);
      expect(stdout).toBe('');
    }
  });
});

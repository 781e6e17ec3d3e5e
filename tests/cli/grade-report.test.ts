import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS_DIR } from '../../cli/runtime/load-lessons.ts';
import { mekong } from './cli-harness.ts';

/**
 * `mekong grade --report` checks its file before grading, so a class is not graded for
 * nothing, and replaces a report only with --force, saying so (issue 19, item 6).
 */
const SOLUTION = join(BUILTIN_LESSONS_DIR, '01-hello-robot', 'solution.ts');
const dir = mkdtempSync(join(tmpdir(), 'mekong-report-'));

/** Grades one program; grading prints a "graded" line per program on stderr. */
const grade = (...options: string[]) => mekong('grade', '1', SOLUTION, '--seeds', '1', ...options);

describe('mekong grade --report, before grading', () => {
  it('refuses a folder', async () => {
    const folder = join(dir, 'folder.html');
    mkdirSync(folder);
    const r = await grade('--report', folder);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `error [BAD_OPTION]: The option --report cannot be "${folder}".\n  → Use a file ending in .html or .csv in a folder that exists and can be written (it is a folder).\n`,
    );
  });

  it('refuses a place that cannot be written, even for root', async () => {
    // procfs lets no one create a file at its top, whatever access() says.
    const r = await grade('--report', '/proc/mekong-report.csv');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\(it cannot be written: E[A-Z]+\)\.\n$/);
  });

  it('refuses to replace a report without --force, and leaves it as it was', async () => {
    const report = join(dir, 'old.csv');
    writeFileSync(report, 'last week');
    const r = await grade('--report', report, '--lang', 'vi');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `error [BAD_OPTION]: Tuỳ chọn --report không thể là "${report}".\n  → Hãy dùng một tên tệp chưa có, hoặc thêm --force để ghi đè tệp đang có.\n`,
    );
    expect(readFileSync(report, 'utf8')).toBe('last week');
  });
});

describe('mekong grade --report after grading', () => {
  it('says a new report was written', async () => {
    const report = join(dir, 'new.csv');
    const r = await grade('--report', report);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Report written to ${report}.\n`);
    expect(readFileSync(report, 'utf8')).toContain('solution.ts,true,100');
  });

  it('with --force replaces a report, and says so', async () => {
    const report = join(dir, 'again.html');
    writeFileSync(report, 'last week');
    const r = await grade('--report', report, '--force', '--lang', 'lo');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`ຂຽນລາຍງານໄວ້ທີ່ ${report} ແລ້ວ, ແທນລາຍງານເກົ່າທີ່ຢູ່ບ່ອນນັ້ນ.\n`);
    expect(readFileSync(report, 'utf8')).toMatch(/^<!doctype html>/);
  });
});

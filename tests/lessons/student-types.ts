import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Type errors of student programs (files) against the student API: the global `robot`,
 * `console.log`, top-level await, no imports. Empty when every file checks.
 */
export function studentTypeProblems(files: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'mekong-student-types-'));
  const robotTs = resolve(import.meta.dirname, '../../robot/robot.ts');
  const globals = join(dir, 'globals.d.ts');
  writeFileSync(
    globals,
    `declare const robot: import(${JSON.stringify(robotTs)}).Robot;\ndeclare const console: { log(...args: unknown[]): void };\n`,
  );
  const program = ts.createProgram([globals, ...files], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    allowImportingTsExtensions: true,
    strict: true,
    noEmit: true,
    lib: ['lib.es2022.d.ts'],
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
}

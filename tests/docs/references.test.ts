import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every document the project refers to is in the project: a reader of a comment or a doc
 * can open what it cites. Names of Markdown files in sources, and relative links in
 * Markdown, must resolve to files in the repository.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FILES = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file !== '' && existsSync(join(ROOT, file)));
const MARKDOWN_NAMES = new Set(FILES.filter((f) => f.endsWith('.md')).map((f) => basename(f)));
const THIS_FILE = 'tests/docs/references.test.ts';
const SOURCES = FILES.filter(
  (f) => (/\.(ts|js|cpp|h|css|html)$/.test(f) || f.endsWith('Makefile')) && f !== THIS_FILE,
);
const DOCS = FILES.filter((f) => f.endsWith('.md'));

/** `name.md` as a word of its own (not part of a URL or a longer path segment). */
const CITED_MD = /(?<![\w/.-])([\w-]+\.md)\b/g;
/** `[text](target)` with a relative target. */
const LINK = /\]\((?!https?:|mailto:|#)([^)\s#]+)(?:#[^)]*)?\)/g;

describe('references to documents', () => {
  it('finds the files it checks', () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    expect(DOCS).toContain('docs/architecture.md');
  });

  it('sources cite only Markdown files that the project has', () => {
    const missing: string[] = [];
    for (const file of SOURCES) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const match of text.matchAll(CITED_MD)) {
        const name = match[1] as string;
        if (!MARKDOWN_NAMES.has(name)) missing.push(`${file} cites ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('relative links in Markdown lead to files of the project', () => {
    const broken: string[] = [];
    for (const file of DOCS) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const match of text.matchAll(LINK)) {
        const target = resolve(ROOT, dirname(file), match[1] as string);
        if (!existsSync(target)) broken.push(`${file} links ${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('would notice a citation of a document outside the project', () => {
    expect([...'see design.md, "Kit profiles"'.matchAll(CITED_MD)].map((m) => m[1])).toEqual([
      'design.md',
    ]);
    expect(MARKDOWN_NAMES.has('design.md')).toBe(false);
  });
});

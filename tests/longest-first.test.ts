import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLOWEST_FILES } from './longest-first.ts';

describe('the order the test files start in', () => {
  it.each(Object.keys(SLOWEST_FILES))('lists %s, a test file that exists', (file) => {
    expect(existsSync(file)).toBe(true);
  });
});

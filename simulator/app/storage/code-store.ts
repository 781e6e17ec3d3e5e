/** Where the app keeps things between visits; tests pass an in-memory one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const CODE_PREFIX = 'mekong.code.';

/**
 * Never lose work: each lesson's program (and the playground's) is saved in the browser
 * after every edit, and restored when the page opens again.
 */
export class CodeStore {
  constructor(private readonly store: KeyValueStore) {}

  /** The saved program of `lessonId`, or undefined if none was saved. */
  load(lessonId: string): string | undefined {
    try {
      return this.store.getItem(CODE_PREFIX + lessonId) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves `code` for `lessonId`; false when the browser refused (storage full or disabled). */
  save(lessonId: string, code: string): boolean {
    try {
      this.store.setItem(CODE_PREFIX + lessonId, code);
      return true;
    } catch {
      return false;
    }
  }

  forget(lessonId: string): void {
    try {
      this.store.removeItem(CODE_PREFIX + lessonId);
    } catch {
      // Storage disabled: there is nothing to forget.
    }
  }
}

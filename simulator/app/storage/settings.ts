import type { KeyValueStore } from './code-store.ts';

/** The page's choices kept between visits, each under `mekong.<name>` (see the README). */
export type SettingName = 'lesson' | 'world' | 'kit' | 'realism' | 'muted' | 'projector';

/**
 * Small choices remembered between visits: the open lesson, the playground's world, the
 * kit and the realism, the sound switched off, the projector layout. A browser that refuses storage only forgets them.
 */
export class Settings {
  constructor(private readonly store: KeyValueStore) {}

  get(name: SettingName): string | undefined {
    try {
      return this.store.getItem(`mekong.${name}`) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Remembers `value`; undefined forgets the setting. */
  set(name: SettingName, value: string | undefined): void {
    try {
      if (value === undefined) this.store.removeItem(`mekong.${name}`);
      else this.store.setItem(`mekong.${name}`, value);
    } catch {
      // Storage disabled: the choice lasts until the page closes.
    }
  }
}

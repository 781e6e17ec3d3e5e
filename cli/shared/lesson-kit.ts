import type { Lesson } from '../../lessons/lesson-files.ts';
import { type Kit, MekongError, phrase } from '../../robot/index.ts';
import { loadKit } from '../io.ts';

/**
 * The kit a lesson runs on (`mekong run --lesson`, `mekong grade`): the one asked for, which
 * the lesson must support, else the lesson's first kit.
 */
export async function lessonKit(lesson: Lesson, kitId: string | undefined): Promise<Kit> {
  const id = kitId ?? (lesson.kits[0] as string);
  if (!lesson.kits.includes(id)) {
    throw new MekongError('BAD_OPTION', {
      option: '--kit',
      value: id,
      expected: phrase('lessonKit', { kits: lesson.kits.join(', ') }),
    });
  }
  return loadKit(id);
}

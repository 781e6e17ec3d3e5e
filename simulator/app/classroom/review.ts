// A student's hand-in as the teacher opens it from the teacher page (`/?handin=<id>`): the
// hub answers the program only to the teacher's session. The app shows the program (not
// saved over the teacher's own) and replays its graded run (see App#openHandin). The seed
// comes from the lesson library's chunk, loaded before any hand-in can be reviewed.
import type { Lang } from '../../../robot/i18n/lang.ts';
import { CHECK_RUN_SEED } from '../lessons/lesson-library.ts';
import { ct } from './classroom-text.ts';

export interface ReviewedHandin {
  id: string;
  class: string;
  student: string;
  lesson: string;
  status: 'queued' | 'graded';
  createdAt: string;
  grade?: { passed: boolean; score: number };
  program: { kind: 'ts' | 'blocks'; source: string };
}

/** Hand-in `id` with its program, or throws an Error that says why not (in `lang`). */
export async function fetchHandin(id: string, lang: Lang): Promise<ReviewedHandin> {
  const res = await fetch(`/api/handins/${encodeURIComponent(id)}?lang=${lang}`, {
    headers: { accept: 'application/json' },
  });
  const json = (await res.json().catch(() => ({}))) as Partial<ReviewedHandin> & {
    error?: { message?: string; suggestion?: string };
  };
  if (!res.ok || !json.program) {
    const { message = String(res.status), suggestion = '' } = json.error ?? {};
    throw new Error(ct('reviewFailedToOpen', lang, { detail: `${message} ${suggestion}`.trim() }));
  }
  return json as ReviewedHandin;
}

/** What the hand-in panel says about the hand-in under review. */
export function reviewLines(handin: ReviewedHandin, lang: Lang): string[] {
  const time = new Date(handin.createdAt).toLocaleString(lang);
  const grade = handin.grade;
  return [
    ct('reviewWho', lang, {
      student: handin.student,
      class: handin.class,
      lesson: handin.lesson,
      time,
    }),
    grade
      ? ct('reviewGrade', lang, {
          verdict: ct(grade.passed ? 'reviewPassed' : 'reviewFailed', lang),
          score: Math.round(grade.score),
        })
      : ct('reviewQueued', lang),
    ct('reviewReplay', lang, { seed: CHECK_RUN_SEED }),
  ];
}

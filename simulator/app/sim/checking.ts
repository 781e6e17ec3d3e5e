// What "Check my mission" needs in the simulation worker: the lesson runner (the lesson's
// checks), the grader's other runs and its grade. A chunk of its own, which the sandbox
// loads at the first check: a student in the playground, or who only runs programs,
// never downloads it. It turns zod's eval off too, as everything that loads zod's schemas in
// the worker does: then the switch sits in the chunk it shares with them (no-eval.ts).
import '../no-eval.ts';

export { damagesQuickJs } from '../../../lessons/grade.ts';
export { LessonRunner } from '../../../lessons/run-lesson.ts';
export { LESSON_RUN_SEED } from '../../../lessons/run-policy.ts';
export { GradingRuns } from './grading-runs.ts';

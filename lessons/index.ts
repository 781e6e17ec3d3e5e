/**
 * Lessons: the course (one folder per lesson), its schema and loader, the mission checks
 * and the grader. Everything here runs in Node and in the browser; Node's file reading
 * and worker threads are in lessons/node/, the bundled lessons for the browser in
 * lessons/browser-lessons.ts.
 */
export * from './checks/check-context.ts';
export * from './checks/check-schema.ts';
export * from './checks/check-texts.ts';
export * from './checks/describe.ts';
export * from './checks/evaluate.ts';
export * from './find-lesson.ts';
export * from './grade.ts';
export * from './lesson-files.ts';
export * from './lesson-problem.ts';
export * from './lesson-schema.ts';
export * from './lesson-text.ts';
export * from './report-csv.ts';
export * from './report-html.ts';
export * from './report-texts.ts';
export * from './run-lesson.ts';
export * from './run-policy.ts';

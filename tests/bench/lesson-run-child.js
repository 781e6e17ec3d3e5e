// A child process of hard-stop-bench.ts: times 60 s lesson runs with or without the hard
// stop's marks (argv[2] = 'plain' | 'marked'). Each mode gets processes of its own: in one
// process, runs of both kinds make V8's call sites polymorphic and slow both down.
import { registerTypeScript } from '../../cli/runtime/ts-loader.js';

registerTypeScript();
const { timeLessonRuns } = await import('./hard-stop-bench.ts');
process.stdout.write(`${JSON.stringify(await timeLessonRuns(process.argv[2] === 'marked'))}\n`);

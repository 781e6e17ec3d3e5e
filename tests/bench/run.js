// `npm run bench`: runs bench.ts through the same TypeScript hooks the `mekong` command uses.
import { registerTypeScript } from '../../cli/runtime/ts-loader.js';

registerTypeScript();
await import('./bench.ts');

// `npm run bench`: runs bench.ts through the same TypeScript hooks the `mekong` command uses.
import { registerTypeScript } from '../../lessons/node/ts-loader.js';

registerTypeScript();
await import('./bench.ts');

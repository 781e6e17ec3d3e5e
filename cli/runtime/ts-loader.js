// Registers the TypeScript module hooks (ts-hooks.js) for this thread. Worker threads do
// not inherit hooks: each one registers them itself.
import { register } from 'node:module';

let registered = false;

/** Makes `.ts` files importable in this thread; stack traces show TypeScript lines. */
export function registerTypeScript() {
  if (registered) return;
  registered = true;
  process.setSourceMapsEnabled(true);
  register('./ts-hooks.js', import.meta.url);
}

/// <reference types="vite/client" />

/** The builtin worlds and kits, checked when the app was built (vite.config.ts). */
declare module 'virtual:mekong-builtins' {
  const checked: import('./sim/parsed-builtins.ts').CheckedBuiltins;
  export default checked;
}

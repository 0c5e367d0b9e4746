// The breachnotice engine as an ES module: the wasm-bindgen glue (pkg/) behind a guard.
//
//   import init, { evaluate } from './breachnotice.js';
//   await init();                 // fetches the .wasm once (next to this file)
//   evaluate(text, 'data-subjects');
//
// What it adds to the generated glue: `init()` loads once (later calls return the same
// promise), fetches the .wasm from next to this file by default, and explains a failed
// load (where from, which header or CSP directive is usually missing); a function called
// before `init()` has finished throws "call init() first" instead of "reading
// '__wbindgen_malloc'". The arguments themselves are checked in the wasm (TypeError
// naming the parameter). Types: breachnotice.d.ts (the glue's, same names).
//
// In the npm package and web/dist/ this file is bundled with the glue; the .wasm file
// name is then versioned and hashed (set through __BREACHNOTICE_WASM__ by the build).
import initGlue, * as glue from './pkg/breachnotice_wasm.js';

/* global __BREACHNOTICE_WASM__ */
const WASM_FILE = typeof __BREACHNOTICE_WASM__ === 'string' ? __BREACHNOTICE_WASM__ : './pkg/breachnotice_wasm_bg.wasm';

let loading = null;
let loaded = false;

/** The .wasm's default URL: next to this module. */
export function wasmUrl() {
  return new URL(WASM_FILE, import.meta.url).href;
}

function loadError(cause, where) {
  const reason = cause && cause.message ? cause.message : String(cause);
  const error = new Error(
    `breachnotice: the engine could not be loaded from ${where}: ${reason}. ` +
      'Serve the .wasm file as application/wasm; from another origin it needs the header ' +
      '"Access-Control-Allow-Origin"; the page\'s Content-Security-Policy needs ' +
      "script-src 'wasm-unsafe-eval' and connect-src for the .wasm's origin.",
    { cause },
  );
  error.name = 'BreachnoticeLoadError';
  return error;
}

/**
 * Loads the engine once: fetches and instantiates the .wasm (default: next to this
 * module). `input` is what the glue's init takes: `{ module_or_path }`, or a URL, a
 * Response, bytes or a WebAssembly.Module. Resolves to the wasm exports.
 */
export default function init(input) {
  if (!loading) {
    const options = input && typeof input === 'object' && 'module_or_path' in input ? input : { module_or_path: input ?? wasmUrl() };
    const where = typeof options.module_or_path === 'string' || options.module_or_path instanceof URL ? String(options.module_or_path) : 'the given module';
    loading = initGlue(options).then(
      (exports) => {
        loaded = true;
        return exports;
      },
      (e) => {
        loading = null;
        throw loadError(e, where);
      },
    );
  }
  return loading;
}

/** Instantiates the engine synchronously from a `WebAssembly.Module` or bytes. */
export function initSync(module) {
  const exports = glue.initSync(module && typeof module === 'object' && 'module' in module ? module : { module });
  loaded = true;
  loading = Promise.resolve(exports);
  return exports;
}

/** Whether `init()` has finished. */
export function isReady() {
  return loaded;
}

/** `fn` behind the "call init() first" check. */
function guard(name, fn) {
  return (...args) => {
    if (!loaded) {
      throw new Error(`breachnotice: call init() first (await init() before ${name}())`);
    }
    return fn(...args);
  };
}

// Every function the glue exports, guarded (a browser test checks none is left out).
export const evaluate = guard('evaluate', glue.evaluate);
export const assess = guard('assess', glue.assess);
export const draft = guard('draft', glue.draft);
export const languages = guard('languages', glue.languages);
export const elements = guard('elements', glue.elements);
export const version = guard('version', glue.version);

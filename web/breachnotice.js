// The breachnotice engine as an ES module: the wasm-bindgen glue (pkg/) behind a guard.
//
//   import init, { evaluate } from './breachnotice.js';
//   await init();                 // fetches the .wasm once (next to this file; Node reads it)
//   evaluate(text, 'data-subjects');
//
// What it adds to the generated glue: `init()` loads once (later calls return the same
// promise), fetches the .wasm from next to this file by default (in Node, where `fetch`
// cannot read a `file:` URL, it reads the file, and the packs likewise), and explains a failed
// load (where from, which header or CSP directive is usually missing); a function called
// before `init()` has finished throws "call init() first" instead of "reading
// '__wbindgen_malloc'". The arguments themselves are checked in the wasm (TypeError
// naming the parameter). Types: breachnotice.d.ts (the glue's, same names).
//
// In the npm package and web/dist/ this file is bundled with the glue; the .wasm file
// name is then versioned and hashed (set through __BREACHNOTICE_WASM__ by the build).
//
// Language packs. When the build made the .wasm with English data only (the `packs`
// feature), the other languages' data are files `packs/<xx>.<hash>.pack` next to this
// module, their names baked in by the build (__BREACHNOTICE_PACKS__: code -> file).
// `init()` fetches every one of them right after the engine has loaded, all of them,
// always, whatever is checked later (so no request ever tells the server which language
// a notice is in), and registers each as it arrives. Until a language's pack has arrived,
// checking a notice in it throws; `pendingLanguage(error)` says which language that
// was, and `whenLanguage(code)` resolves once it is there (or rejects naming it, when its
// pack could not be loaded). This is the one loader: the page and the element use it.
//
// The detection pack. Such a .wasm carries no language's detection words either: they
// are the pack `auto` (`packs/auto.<hash>.pack`, every language's words), what `lang:
// 'auto'` needs. `init()` starts fetching it at once, with the .wasm, and resolves once
// it is registered too, so `await init(); evaluate(text, audience)` detects as before;
// with `detection: 'background'` (the page) it resolves as soon as the engine is
// ready, and a check with `lang: 'auto'` throws like a missing language's, with
// `pendingLanguage(error) === 'auto'`, until `whenLanguage('auto')` resolves.
import initGlue, * as glue from './pkg/breachnotice_wasm.js';

/* global __BREACHNOTICE_WASM__, __BREACHNOTICE_PACKS__ */
const WASM_FILE = typeof __BREACHNOTICE_WASM__ === 'string' ? __BREACHNOTICE_WASM__ : './pkg/breachnotice_wasm_bg.wasm';
const PACK_FILES = typeof __BREACHNOTICE_PACKS__ === 'object' && __BREACHNOTICE_PACKS__ ? __BREACHNOTICE_PACKS__ : {};

let loading = null;
let ready = null;
let loaded = false;
/** code -> promise of a pack's bytes whose fetch init() started before the engine was ready */
const early = new Map();

/**
 * The bytes of a `file:` URL, read with Node's `fs` (Node's `fetch` cannot read files), or
 * null when `url` is not a `file:` URL or this is not Node. The module is found at run
 * time (`process.getBuiltinModule`), so no bundler sees a `node:` import.
 */
async function readFileUrl(url) {
  const href = url instanceof URL ? url.href : typeof url === 'string' ? url : '';
  const process = globalThis.process;
  if (!href.startsWith('file:') || !process || !process.versions || !process.versions.node) return null;
  const fs = typeof process.getBuiltinModule === 'function'
    ? process.getBuiltinModule('node:fs/promises')
    : await import(/* webpackIgnore: true */ ['node', 'fs/promises'].join(':'));
  return new Uint8Array(await fs.readFile(new URL(href)));
}

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
 * Response, bytes or a WebAssembly.Module (with `packs: false` in the object form, the
 * language packs are not fetched: call `loadPacks()` or `registerLanguage(bytes)`
 * yourself). Resolves to the wasm exports once the engine is ready (English) and the
 * detection pack (`auto`, fetched alongside the .wasm) is registered or has failed;
 * with `detection: 'background'` in the object form, as soon as the engine is ready
 * (`lang: 'auto'` then waits for `whenLanguage('auto')`). The other languages' packs
 * arrive in the background (`whenLanguage`, `whenAllLanguages`). The first call's
 * options hold: later calls return the same promise.
 */
export default function init(input) {
  if (!loading) {
    const object = input && typeof input === 'object' && ('module_or_path' in input || 'packs' in input || 'detection' in input);
    const packs = !(object && input.packs === false);
    if (packs && PACK_FILES.auto) {
      // Small, and needed by the first check with `lang: 'auto'`: fetched with the .wasm.
      const bytes = packBytes(packUrls().auto);
      bytes.catch(() => {}); // reported when it is registered (fetchPack)
      early.set('auto', bytes);
    }
    const options = object ? { ...input, module_or_path: input.module_or_path ?? wasmUrl() } : { module_or_path: input ?? wasmUrl() };
    const where = typeof options.module_or_path === 'string' || options.module_or_path instanceof URL ? String(options.module_or_path) : 'the given module';
    // In Node, a `file:` URL (the default there) is read from the disk.
    loading = readFileUrl(options.module_or_path).then((bytes) => initGlue(bytes ? { ...options, module_or_path: bytes } : options)).then(
      (exports) => {
        loaded = true;
        if (packs) loadPacks();
        return exports;
      },
      (e) => {
        loading = null;
        ready = null;
        early.clear();
        throw loadError(e, where);
      },
    );
    const background = !packs || !PACK_FILES.auto || (object && input.detection === 'background');
    ready = background ? loading : loading.then((exports) => whenLanguage('auto').then(() => exports, () => exports));
  }
  return ready;
}

/**
 * Instantiates the engine synchronously from a `WebAssembly.Module` or bytes. No pack is
 * fetched: register them with `registerLanguage(bytes)` (their files: `packUrls()`).
 */
export function initSync(module) {
  const exports = glue.initSync(module && typeof module === 'object' && 'module' in module ? module : { module });
  loaded = true;
  loading = Promise.resolve(exports);
  ready = loading;
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
// The language-pack functions exist when the .wasm was built with the `packs` feature.
const packFn = (name) => (typeof glue[name] === 'function' ? guard(name, glue[name]) : () => {
  throw new Error(`breachnotice: ${name}() needs the engine built with language packs`);
});
const registerPack = packFn('registerLanguage');
/**
 * Registers one language pack's bytes (the detection pack also in the compact form of its
 * file `auto.<hash>.pack`); returns its language code (`auto`: the detection pack).
 */
export const registerLanguage = (bytes) => registerPack(expandDetection(bytes));

// The detection pack's file is compact (the core's `packs::write_compact_detection_pack`,
// code `-c`): after the 48 bytes of the pack's header and section table, one line per
// language index of its words, each a digit (the characters shared with the previous
// word) and the rest. Rebuilt here into the pack the engine reads (sorted `word=N` lines,
// code `--`), which checks its checksum: 1.4 KiB less gzip on the first automatic check.
function expandDetection(bytes) {
  if (!(bytes instanceof Uint8Array) || bytes[10] !== 45 || bytes[11] !== 99) return bytes;
  const lines = [];
  new TextDecoder().decode(bytes.subarray(48)).split('\n').slice(0, -1).forEach((group, lang) => {
    let word = '';
    for (const [, shared, rest] of group.matchAll(/(\d)(\D*)/g)) lines.push(`${(word = word.slice(0, shared) + rest)}=${lang}`);
  });
  const body = new TextEncoder().encode(`${lines.sort().join('\n')}\n`);
  const out = new Uint8Array(48 + body.length);
  out.set(bytes.subarray(0, 48));
  out.set(body, 48);
  out[11] = 45;
  return out;
}
/** The languages whose data are in the engine now. */
export const loadedLanguages = packFn('loadedLanguages');
/** The languages the engine detects but whose data have not been registered yet. */
export const missingLanguages = packFn('missingLanguages');

// ---------- language packs ----------

/**
 * Language code -> URL of its pack, and `auto` -> the detection pack's (empty when every
 * language is inside the .wasm).
 */
export function packUrls() {
  return Object.fromEntries(Object.entries(PACK_FILES).map(([code, file]) => [code, new URL(file, import.meta.url).href]));
}

/** code -> { state: 'loading' | 'loaded' | 'failed', promise, error } */
const packs = new Map();
let allPacks = null;

function packError(code, url, cause) {
  const reason = cause && cause.message ? cause.message : String(cause);
  const hint = cause && cause.registering
    ? 'Ship the packs/ folder from the same build as the .wasm.'
    : 'Serve the packs/ folder next to breachnotice.js; from another origin it needs the header ' +
      '"Access-Control-Allow-Origin", and the page\'s Content-Security-Policy connect-src for its origin.';
  const what = code === 'auto' ? 'language detection data (auto)' : `${code} language data`;
  const error = new Error(`breachnotice: the ${what} could not be loaded from ${url}: ${reason}. ${hint}`, { cause });
  error.name = 'BreachnoticeLoadError';
  error.language = code;
  return error;
}

/** The bytes of the pack at `url` (a `file:` URL read from the disk in Node). */
async function packBytes(url) {
  const bytes = await readFileUrl(url);
  if (bytes) return bytes;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchPack(code, url) {
  const bytes = await (early.get(code) || packBytes(url));
  let registered;
  try {
    registered = registerLanguage(bytes);
  } catch (e) {
    e.registering = true;
    throw e;
  }
  if (registered !== code) throw Object.assign(new Error(`the file holds ${registered}, not ${code}`), { registering: true });
}

/**
 * Fetches and registers every language pack (once; `init()` calls it). Resolves when all
 * have settled, to `{ loaded: [codes], failed: { code: message } }`; rejects only when
 * called before `init()`.
 */
export function loadPacks() {
  if (!loading) return Promise.reject(new Error('breachnotice: call init() first (await init() before loadPacks())'));
  if (!allPacks) {
    const urls = packUrls();
    const settled = Object.entries(urls).map(([code, url]) => {
      const entry = { state: 'loading', error: null, promise: null };
      entry.promise = loading
        .then(() => fetchPack(code, url))
        .then(() => {
          entry.state = 'loaded';
        }, (e) => {
          entry.state = 'failed';
          entry.error = packError(code, url, e);
          throw entry.error;
        });
      packs.set(code, entry);
      return entry.promise.then(() => [code, null], (e) => [code, e.message]);
    });
    allPacks = Promise.all(settled).then((results) => ({
      loaded: results.filter(([, e]) => !e).map(([c]) => c),
      failed: Object.fromEntries(results.filter(([, e]) => e)),
    }));
  }
  return allPacks;
}

/** Resolves when every pack has settled (as `loadPacks()`); at once without packs. */
export function whenAllLanguages() {
  return allPacks || Promise.resolve({ loaded: [], failed: {} });
}

/**
 * A language's data ('auto': the detection pack's): 'loaded' (in the .wasm or
 * registered), 'loading' (its pack is on its way), 'failed' (its pack could not be
 * loaded) or 'missing' (no pack is coming).
 */
export function languageState(code) {
  const entry = packs.get(code);
  if (entry) return entry.state;
  if (!loaded || typeof glue.missingLanguages !== 'function') return PACK_FILES[code] ? 'missing' : 'loaded';
  return glue.missingLanguages().includes(code) ? 'missing' : 'loaded';
}

/**
 * Resolves when `code`'s data are in the engine (at once when they are); rejects with a
 * BreachnoticeLoadError naming the language when its pack could not be loaded.
 */
export function whenLanguage(code) {
  const entry = packs.get(code);
  if (entry) return entry.promise;
  if (!PACK_FILES[code]) return Promise.resolve();
  return Promise.reject(packError(code, packUrls()[code], new Error('loadPacks() was not called')));
}

/**
 * The language whose data a failed call was missing (its code), or null: for the error
 * `evaluate` and `draft` throw (code "LanguageNotLoaded") while that language's pack is
 * not registered; `auto` while the detection pack is not (a check with `lang: 'auto'`).
 */
export function pendingLanguage(error) {
  return error && error.code === 'LanguageNotLoaded' && typeof error.language === 'string' ? error.language : null;
}

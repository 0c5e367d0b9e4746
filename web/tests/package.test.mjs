// The npm package from `cargo xtask pack`, as a newcomer uses it: installed into a scratch
// project with `npm install ./breachnotice-<version>.tgz`, its files served from one origin
// (an assets host: only the files its README says to copy) and used by a page on
// another origin under a strict CSP — the module
// and the custom element. Also what goes wrong, and how loudly: no CORS header, no .wasm,
// a call before init(), a wrong argument type, theming by an inline style attribute.
//
// `cargo xtask test` sets BREACHNOTICE_TGZ (and BREACHNOTICE_PACKAGE_DIR); without it
// (run by hand before `cargo xtask pack`) the package tests are skipped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, writeFile, stat, readdir, copyFile, mkdir, cp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, WEB } from './helpers.mjs';

const TGZ = process.env.BREACHNOTICE_TGZ;
const skip = TGZ ? false : 'BREACHNOTICE_TGZ is not set (run `cargo xtask pack`, or `cargo xtask test`)';

/** The strict policy of the README, with the assets origin allowed for scripts and fetch. */
const csp = (assets) => `default-src 'none'; script-src 'self' ${assets} 'wasm-unsafe-eval'; `
  + `style-src 'self'; connect-src ${assets}; img-src data:; base-uri 'none'; form-action 'none'`;

const MIME = {
  '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** A static server over `dir` on a free port of 127.0.0.1; `cors` adds the header. */
async function assetsServer(dir, { cors = true, withoutWasm = false } = {}) {
  const server = createServer(async (req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(dir, p);
    const headers = cors ? { 'access-control-allow-origin': '*' } : {};
    if (!file.startsWith(dir) || (withoutWasm && file.endsWith('.wasm'))) return res.writeHead(404, headers).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': MIME[path.extname(file)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const EXAMPLE = 'Due to a technical error your e-mail address was visible to other customers.';
const GERMAN = 'Sehr geehrte Kundin, sehr geehrter Kunde, am 3. März 2026 hat sich eine unbefugte Person Zugang zu unserem '
  + 'Buchungssystem verschafft und Namen und E-Mail-Adressen unserer Kunden kopiert. Wir haben den Zugang gesperrt.';
const NOTICE = 'On 3 March 2026 an unauthorised person copied the names and e-mail addresses of our '
  + 'customers. You may receive phishing e-mails. We have closed the access. Questions? Contact '
  + 'privacy@example.com.';

/** The scratch app: one page with the element and a module script, served with the CSP. */
async function appServer(assets) {
  const files = {
    '/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Scratch app</title>
<link rel="stylesheet" href="/app.css">
<script type="module" src="${assets}/element.js"></script>
<script type="module" src="/app.js"></script></head><body>
<breach-notice-check id="themed" audience="data-subjects" locale="en">${NOTICE}</breach-notice-check>
<breach-notice-check id="inline" locale="en" style="--bnc-accent: rgb(9, 9, 9)"></breach-notice-check>
<output id="api"></output></body></html>`,
    '/app.css': `breach-notice-check#themed { --bnc-accent: rgb(106, 27, 154); --bnc-radius: 0px; }
breach-notice-check::part(button) { text-transform: uppercase; }`,
    '/app.js': `import init, { evaluate, isReady } from '${assets}/breachnotice.js';
const out = document.getElementById('api');
let early = '';
try { evaluate('x', 'authority'); } catch (e) { early = e.message; }
const wasReady = isReady();
await init();
const r = evaluate(${JSON.stringify(EXAMPLE)}, 'data-subjects');
let typeError = '';
try { evaluate(42, 'authority'); } catch (e) { typeError = e.name + ': ' + e.message + ' [' + e.parameter + ']'; }
out.dataset.result = JSON.stringify({ early, wasReady, language: r.language, confidence: r.language_confidence, typeError });`,
  };
  const server = createServer((req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    const body = files[p === '/' ? '/index.html' : p];
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': MIME[path.extname(p)] || MIME['.html'], 'content-security-policy': csp(assets) }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

let browser;
let scratch;
let installed;
let hosted; // only the files npm-README.md says to copy when hosting them yourself
let packNames = []; // the package's packs (packs/<xx>.<hash>.pack, and auto.<hash>.pack: detection)
const servers = [];

before(async () => {
  if (skip) return;
  scratch = await mkdtemp(path.join(tmpdir(), 'breachnotice-scratch-'));
  await writeFile(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', TGZ], { cwd: scratch, stdio: 'pipe' });
  installed = path.join(scratch, 'node_modules', 'breachnotice');
  hosted = path.join(scratch, 'public', 'breachnotice');
  await mkdir(hosted, { recursive: true });
  for (const f of await readdir(installed)) {
    if (f === 'breachnotice.js' || f === 'element.js' || f.endsWith('.wasm')) await copyFile(path.join(installed, f), path.join(hosted, f));
    if (f === 'packs') await cp(path.join(installed, f), path.join(hosted, f), { recursive: true });
  }
  packNames = (await readdir(path.join(installed, 'packs')).catch(() => [])).sort();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

/** Opens the scratch app with its assets served by `options`; records what happens. */
async function openApp(options) {
  const assets = await assetsServer(hosted, options);
  const app = await appServer(assets.origin);
  servers.push(assets.server, app.server);
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const responses = [];
  const errors = [];
  page.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.bncErrors = [];
    document.addEventListener('breach-notice-error', (e) => window.bncErrors.push(e.detail.message));
  });
  await page.goto(`${app.origin}/`);
  return { page, context, responses, errors, assets: assets.origin, app: app.origin };
}

const shadow = (page, id, selector) => page.evaluate(([i, s]) => {
  const n = document.getElementById(i).shadowRoot.querySelector(s);
  return n ? { text: n.textContent, hidden: n.hidden, display: getComputedStyle(n).display } : null;
}, [id, selector]);

test('the tarball has the package.json, exports, types and files it promises', { skip }, async () => {
  const pkg = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'breachnotice');
  assert.match(pkg.version, /^\d+\.\d+\.\d+/);
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.equal(pkg.types, './breachnotice.d.ts');
  assert.deepEqual(Object.keys(pkg.exports['.']), ['types', 'default']);
  assert.equal(pkg.exports['./element'].default, './element.js');
  assert.equal(pkg.exports['./element'].types, './element.d.ts');
  const wasm = pkg.files.find((f) => f.endsWith('.wasm'));
  assert.match(wasm, new RegExp(`^breachnotice-${pkg.version.replace(/\./g, '\\.')}-[0-9a-f]{10}\\.wasm$`), 'versioned and hashed');
  for (const f of [...pkg.files, 'README.md', 'package.json']) assert.ok((await stat(path.join(installed, f))).size > 0, f);
  const types = await readFile(path.join(installed, 'breachnotice.d.ts'), 'utf8');
  assert.match(types, /export function evaluate\(text: string, audience: Audience, lang\?: LanguageCode \| "auto" \| null/);
  assert.match(types, /export type LanguageCode = "en" \| "de"/);
  assert.match(types, /export default function __wbg_init/);
  assert.match(types, /export function isReady\(\): boolean;/);
  const elementTypes = await readFile(path.join(installed, 'element.d.ts'), 'utf8');
  assert.match(elementTypes, /'breach-notice-check': BreachNoticeCheck/);
  assert.match(elementTypes, /'breach-notice-report': CustomEvent<Report>/);
  const readme = await readFile(path.join(installed, 'README.md'), 'utf8');
  assert.equal(readme, await readFile(path.join(WEB, 'npm-README.md'), 'utf8'));
  // The browser tests serve only the files the README says to copy.
  assert.match(readme, /copy \*\*these files\*\* \(`breachnotice\.js`, `element\.js`,\s+the `\.wasm` and the `packs\/` folder\)/);
  assert.equal((await readdir(hosted)).length, packNames.length ? 4 : 3);
  if (packNames.length) {
    assert.ok(pkg.files.includes('packs'), 'the packs are in the tarball');
    assert.equal(pkg.exports['./packs/*'], './packs/*');
    assert.deepEqual(packNames.map((n) => n.split('.')[0]), ['auto', 'cs', 'de', 'el', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ro', 'sv']);
    for (const n of packNames) assert.match(n, /^([a-z]{2}|auto)\.[0-9a-f]{10}\.pack$/, 'hashed names');
    assert.match(types, /export function whenLanguage\(code: string\): Promise<void>;/);
    assert.match(types, /export function registerLanguage\(bytes: Uint8Array\)/);
  }
});

test('in Node, the package resolves and its module checks init() and argument types', { skip }, async () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    import * as m from 'breachnotice';
    const out = { element: import.meta.resolve('breachnotice/element') };
    try { m.evaluate('x', 'authority'); } catch (e) { out.early = e.message; }
    m.initSync(readFileSync(fileURLToPath(m.wasmUrl())));
    // initSync fetches no pack: a notice to detect waits for the detection pack.
    const auto = m.packUrls().auto;
    if (auto) {
      try { m.evaluate(${JSON.stringify(EXAMPLE)}, 'data-subjects'); } catch (e) { out.pendingAuto = m.pendingLanguage(e); }
      out.auto = m.registerLanguage(readFileSync(fileURLToPath(auto)));
    }
    const r = m.evaluate(${JSON.stringify(EXAMPLE)}, 'data-subjects');
    out.language = r.language; out.confidence = r.language_confidence;
    try { m.assess({ aware_at: 'x' }); } catch (e) { out.facts = e.name + ': ' + e.message; }
    const german = 'Sehr geehrte Kundin, sehr geehrter Kunde, leider wurden bei einem Angriff auf unser System Ihre Namen und E-Mail-Adressen kopiert. Wir haben den Zugang gesperrt.';
    const urls = Object.entries(m.packUrls());
    if (urls.length) {
      try { m.evaluate(german, 'data-subjects'); } catch (e) { out.pending = m.pendingLanguage(e); }
      out.registered = urls.map(([code, url]) => (m.registerLanguage(readFileSync(fileURLToPath(url))) === code ? code : '?')).join(',');
      out.german = m.evaluate(german, 'data-subjects').language;
    }
    console.log(JSON.stringify(out));`;
  const out = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' }));
  assert.match(out.element, /node_modules\/breachnotice\/element\.js$/);
  assert.equal(out.early, 'breachnotice: call init() first (await init() before evaluate())');
  assert.equal(out.language, 'en');
  assert.equal(out.confidence, 'low');
  assert.match(out.facts, /^TypeError: `factsJson` must be a string.*JSON\.stringify/);
  if (packNames.length) {
    assert.equal(out.pendingAuto, 'auto', 'a notice to detect waits for the detection pack');
    assert.equal(out.auto, 'auto');
    assert.equal(out.pending, 'de', 'a German notice waits for the German pack');
    assert.equal(out.registered, packNames.map((n) => n.split('.')[0]).join(','), 'every pack registers from its file');
    assert.equal(out.german, 'de');
  }
});

test('in Node, await init() reads the .wasm from the package: English works when it resolves, the packs follow from their files', { skip }, async () => {
  const script = `
    import { fileURLToPath } from 'node:url';
    import init, * as m from 'breachnotice';
    const out = {};
    // A .wasm that is not there: a loud error naming the file, and init() can be called again.
    const missing = new URL('./no-such-engine.wasm', m.wasmUrl());
    try { await init(missing); } catch (e) { out.missing = e.name + ': ' + e.message; }
    out.readyAfterFailure = m.isReady();
    await init();
    out.ready = m.isReady();
    // English, at once (no pack needed), while the other packs may still be on their way.
    const r = m.evaluate(${JSON.stringify(NOTICE)}, 'data-subjects');
    out.language = r.language;
    out.present = r.elements.filter((e) => e.status === 'present').length;
    out.english = m.languageState('en');
    out.all = await m.whenAllLanguages();
    out.german = m.evaluate(${JSON.stringify(GERMAN)}, 'data-subjects').language;
    out.loaded = m.loadedLanguages();
    out.missingFile = fileURLToPath(missing);
    console.log(JSON.stringify(out));`;
  const out = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' }));
  assert.match(out.missing, /^BreachnoticeLoadError: breachnotice: the engine could not be loaded from file:.*no-such-engine\.wasm: .*ENOENT/);
  assert.ok(out.missing.includes(out.missingFile.split(path.sep).pop()));
  assert.equal(out.readyAfterFailure, false);
  assert.equal(out.ready, true);
  assert.equal(out.language, 'en');
  assert.ok(out.present >= 3, `English is checked as soon as init() resolves (${out.present} elements present)`);
  assert.equal(out.english, 'loaded');
  assert.deepEqual(out.all.failed, {});
  assert.deepEqual(out.all.loaded.sort(), packNames.map((n) => n.split('.')[0]));
  assert.equal(out.german, 'de');
  assert.equal(out.loaded.length, 12, 'every language, the packs read from node_modules');
});

test('module and element work from another origin under a strict CSP, with the CORS header', { skip }, async () => {
  const { page, context, responses, errors, assets, app } = await openApp({ cors: true });
  await page.waitForSelector('#api[data-result]', { state: 'attached' });
  const api = JSON.parse(await page.getAttribute('#api', 'data-result'));
  assert.equal(api.early, 'breachnotice: call init() first (await init() before evaluate())');
  assert.equal(api.wasReady, false);
  assert.equal(api.language, 'en', 'the README example is one sentence, and enough');
  assert.equal(api.confidence, 'low');
  assert.equal(api.typeError, 'TypeError: `text` must be a string, not a number (42) [text]');
  // The README shows these very messages.
  const readme = await readFile(path.join(WEB, 'npm-README.md'), 'utf8');
  assert.ok(readme.includes(api.early), 'npm-README.md shows the "call init() first" message');
  assert.ok(readme.includes('`text` must be a string, not a number (42)'), 'npm-README.md shows the TypeError');
  await page.waitForFunction(() => document.getElementById('themed')?.report);
  const report = await page.evaluate(() => document.getElementById('themed').report);
  assert.equal(report.language, 'en');
  assert.ok(report.elements.some((e) => e.status === 'present'));
  // Only the two origins; the files the README lists and nothing else; no 404.
  for (const r of responses) {
    assert.ok(r.url.startsWith(app) || r.url.startsWith(assets) || r.url.startsWith('data:'), r.url);
    assert.ok(r.status < 400, `${r.status} ${r.url}`);
  }
  // Every pack, fetched in the background with the CORS header: a German notice is checked.
  await page.evaluate(() => document.getElementById('themed').setAttribute('notice-lang', 'auto'));
  await page.evaluate((t) => { document.getElementById('themed').value = t; }, GERMAN);
  await page.waitForFunction(() => document.getElementById('themed').report?.language === 'de');
  await page.waitForTimeout(200);
  const loaded = responses.filter((r) => r.url.startsWith(assets))
    .map((r) => path.basename(new URL(r.url).pathname).replace(/-[0-9.]+-[0-9a-f]{10}\.wasm$/, '.wasm')).sort();
  assert.deepEqual(loaded, ['breachnotice.js', 'breachnotice.wasm', 'element.js', ...packNames].sort(), 'each file once, nothing else');
  // The one CSP refusal is the inline style attribute (documented as unsupported).
  assert.ok(errors.length >= 1, 'the inline style attribute is refused');
  for (const e of errors) assert.match(e, /inline style.*style-src|Refused to apply inline style/);
  await context.close();
});

test('theming: a style sheet and ::part work under the CSP, an inline style attribute does not, setProperty does', { skip }, async () => {
  const { page, context } = await openApp({ cors: true });
  await page.waitForFunction(() => document.getElementById('inline')?.shadowRoot?.querySelector('.verdict'));
  await page.waitForFunction(() => document.getElementById('themed')?.report);
  const look = () => page.evaluate(() => Object.fromEntries(['themed', 'inline'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    const button = getComputedStyle(root.querySelector('button.primary'));
    return [id, { bg: button.backgroundColor, transform: button.textTransform, radius: getComputedStyle(root.querySelector('.box')).borderTopLeftRadius }];
  })));
  const before = await look();
  assert.equal(before.themed.bg, 'rgb(106, 27, 154)', 'custom property from the page style sheet');
  assert.equal(before.themed.radius, '0px');
  assert.equal(before.themed.transform, 'uppercase', '::part(button)');
  assert.equal(before.inline.transform, 'uppercase');
  assert.notEqual(before.inline.bg, 'rgb(9, 9, 9)', 'inline style="" is blocked by the CSP');
  await page.evaluate(() => document.getElementById('inline').style.setProperty('--bnc-accent', 'rgb(1, 2, 3)'));
  assert.equal((await look()).inline.bg, 'rgb(1, 2, 3)', 'CSSOM from a script is allowed');
  await context.close();
});

test('a short notice: low confidence is said; an unknown language offers the languages instead of "all missing"', { skip }, async () => {
  const { page, context } = await openApp({ cors: true });
  await page.waitForFunction(() => document.getElementById('themed')?.report);
  await page.evaluate((t) => { document.getElementById('themed').value = t; }, EXAMPLE);
  const low = await shadow(page, 'themed', '.language-note');
  assert.match(low.text, /English \(en\), recognised from a few words only/);
  await page.evaluate(() => { document.getElementById('themed').value = 'Hello there.'; });
  const verdict = await shadow(page, 'themed', '.verdict');
  assert.equal(verdict.text, 'Not checked yet: choose the language of the notice.');
  const note = await shadow(page, 'themed', '.language-note');
  assert.match(note.text, /was not recognised, so no element was checked/);
  const badges = await page.evaluate(() => [...document.getElementById('themed').shadowRoot.querySelectorAll('.report .badge')].map((b) => b.textContent));
  assert.ok(badges.length > 0 && badges.every((b) => b === 'not checked'), `no element is shown as missing: ${badges}`);
  const buttons = await page.evaluate(() => [...document.getElementById('themed').shadowRoot.querySelectorAll('.language-note button')].map((b) => b.dataset.lang));
  assert.deepEqual([...buttons].sort(), ['cs', 'de', 'el', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ro', 'sv']);
  await page.locator('#themed').locator('.language-note button[data-lang="en"]').click();
  const report = await page.evaluate(() => document.getElementById('themed').report);
  assert.equal(report.language, 'en');
  assert.equal(report.language_source, 'given');
  assert.equal(await page.evaluate(() => document.getElementById('themed').shadowRoot.querySelector('select[part="language"]').value), 'en');
  await context.close();
});

test('without the CORS header the browser refuses the element (the README names the header)', { skip }, async () => {
  const { page, context, errors } = await openApp({ cors: false });
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => Boolean(customElements.get('breach-notice-check'))), false);
  assert.ok(errors.some((e) => /CORS/.test(e)), errors.join('\n'));
  const readme = await readFile(path.join(WEB, 'npm-README.md'), 'utf8');
  assert.match(readme, /Access-Control-Allow-Origin/);
  await context.close();
});

test('when the engine cannot load, the element shows why, visibly, and fires breach-notice-error', { skip }, async () => {
  const { page, context } = await openApp({ cors: true, withoutWasm: true });
  await page.waitForFunction(() => !document.getElementById('themed')?.shadowRoot?.querySelector('[part="error"]')?.hidden);
  const error = await shadow(page, 'themed', '[part="error"]');
  assert.notEqual(error.display, 'none');
  assert.match(error.text, /The checker could not be loaded: breachnotice: the engine could not be loaded from http:\/\/127\.0\.0\.1:\d+\/breachnotice-[^ ]+\.wasm/);
  assert.match(error.text, /Access-Control-Allow-Origin/);
  assert.equal(await page.evaluate(() => document.getElementById('themed').shadowRoot.querySelector('[part="error"]').getAttribute('role')), 'alert');
  const events = await page.evaluate(() => window.bncErrors);
  assert.equal(events.length, 2, 'one breach-notice-error per element');
  assert.match(events[0], /could not be loaded/);
  await context.close();
});

test('every custom property and ::part of the element is documented', async () => {
  const css = await readFile(path.join(WEB, 'element.css'), 'utf8');
  const js = await readFile(path.join(WEB, 'element.js'), 'utf8');
  const readme = await readFile(path.join(WEB, 'npm-README.md'), 'utf8');
  const props = [...new Set([...css.matchAll(/var\((--bnc-[a-z-]+)/g)].map((m) => m[1]))];
  const parts = [...new Set([...js.matchAll(/part: '([a-z-]+)'/g)].map((m) => m[1]))];
  assert.ok(props.length >= 12 && parts.length >= 9, `${props} / ${parts}`);
  for (const p of props) assert.ok(readme.includes(`| \`${p}\` |`), `${p} is not in npm-README.md`);
  for (const p of parts) assert.ok(readme.includes(`| \`${p}\` |`), `::part(${p}) is not in npm-README.md`);
  assert.ok(readme.includes('`--el-<element id>`'));
});

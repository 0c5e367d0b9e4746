// The language packs of web/dist/: the page's engine carries English data; every other
// language's pack (`packs/<xx>.<hash>.pack`) and the detection pack (`packs/auto.<hash>.pack`:
// every language's detection words) are fetched while the page loads, all of them,
// whatever is typed or pasted (a request must never tell the server a notice's language).
// A notice in a language whose pack has not arrived says so and is checked when it
// arrives; one to detect before the detection pack has arrived likewise (never shown in
// a language guessed without it); a pack that cannot be loaded is a visible error naming
// its language.
//
// Skipped when web/dist/ has no packs (a build with every language inside the .wasm).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  launch, openPage, checkNotice, wasmReport, pageResult, cliReport, distPacks, ROOT,
} from './helpers.mjs';

const NOW = '2026-11-28T12:00:00Z';

const PACKS = await distPacks();
const skip = Object.keys(PACKS).length ? false : 'web/dist/ has no language packs (every language is inside the .wasm)';
const OTHER_LANGUAGES = ['cs', 'de', 'el', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ro', 'sv'];
/** Every pack: the detection pack `auto`, then the eleven languages. */
const PACK_CODES = ['auto', ...OTHER_LANGUAGES];

/** One tuning notice per language (never a held-out one). */
const FIXTURES = {
  en: 'corpus/01-en-ds.txt',
  de: 'corpus/11-de-ds.txt',
  fr: 'corpus/21-fr-ds.txt',
  es: 'corpus/25-es-ds.txt',
  it: 'corpus/28-it-ds.txt',
  nl: 'corpus/31-nl-ds.txt',
  pl: 'new-languages/pl/n01-pl-ds.txt',
  cs: 'new-languages/cs/n01-cs-ds.txt',
  ro: 'new-languages/ro/n01-ro-ds.txt',
  pt: 'new-languages/pt/n01-pt-ds.txt',
  sv: 'new-languages/sv/n01-sv-ds.txt',
  el: 'new-languages/el/n01-el-ds.txt',
};
const fixture = (code) => readFile(path.join(ROOT, 'tests', 'fixtures', 'notices', FIXTURES[code]), 'utf8');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The path of every request (sorted, without duplicates). */
const paths = (requests) => [...new Set(requests.map((u) => new URL(u).pathname))].sort();

/** Holds back the requests for `code`'s pack until `release()` is called. */
function holdPack(code) {
  let release;
  const gate = new Promise((r) => { release = r; });
  return {
    release: () => release(),
    before: (page) => page.route(`**/packs/${code}.*.pack`, async (route) => {
      await gate;
      await route.continue();
    }),
  };
}

test('web/dist ships a hashed pack for each of the eleven languages besides English, and the detection pack', { skip }, () => {
  assert.deepEqual(Object.keys(PACKS).sort(), PACK_CODES);
  for (const [code, name] of Object.entries(PACKS)) assert.match(name, new RegExp(`^${code}\\.[0-9a-f]{10}\\.pack$`));
});

test('the page fetches every pack at load, and the same requests whatever notice is pasted', { skip }, async () => {
  const seen = [];
  for (const code of [null, 'en', 'fr', 'el', 'de']) {
    // Pasted as soon as the engine is ready, before the packs have arrived.
    const { page, context, requests, errors, base } = await openPage(browser, 'index.html', {}, { packs: false });
    if (code) {
      await page.fill('#notice', await fixture(code));
      await page.click('#evaluate');
      await page.waitForSelector('#report[data-complete]');
    }
    await page.waitForSelector('body[data-languages="settled"]');
    await page.waitForTimeout(300);
    for (const url of requests) assert.ok(url.startsWith(base) || url.startsWith('data:'), `request stays on the site: ${url}`);
    assert.deepEqual(errors, [], 'no console or page errors (CSP violations included)');
    seen.push([code, paths(requests)]);
    await context.close();
  }
  const [, first] = seen[0];
  for (const [code, p] of seen) assert.deepEqual(p, first, `the requests with a ${code || 'empty'} notice`);
  const packs = first.filter((p) => p.endsWith('.pack')).map((p) => path.basename(p)).sort();
  assert.deepEqual(packs, Object.values(PACKS).sort(), 'all twelve packs (eleven languages, auto), each once');
});

test('init() resolves with English usable while every pack is held back, and typing requests nothing', { skip }, async () => {
  let release;
  const gate = new Promise((r) => { release = r; });
  const holdAll = (page) => page.route('**/packs/*.pack', async (route) => {
    await gate;
    await route.continue();
  });
  const { page, context, requests, errors } = await openPage(browser, 'index.html', {}, { packs: false, before: holdAll });
  // Every pack was asked for when init() resolved (held back here), whatever is typed later.
  const packRequests = () => requests.filter((u) => u.endsWith('.pack'));
  const fetchedAtLoad = () => packRequests().length === PACK_CODES.length && requests.some((u) => u.endsWith('/i18n/de.js'));
  for (let i = 0; !fetchedAtLoad() && i < 400; i++) await page.waitForTimeout(25);
  assert.deepEqual(packRequests().map((u) => path.basename(new URL(u).pathname)).sort(), Object.values(PACKS).sort());
  const atLoad = requests.length;
  // The module: English given works as soon as init() resolves, with no pack registered;
  // a notice to detect waits for the detection pack (`auto`), never guessed without it.
  const early = await page.evaluate(async (t) => {
    const m = await import('./breachnotice.js');
    await m.default();
    const r = m.evaluate(t, 'data-subjects', 'en');
    let pending = null;
    try { m.evaluate(t, 'data-subjects'); } catch (e) { pending = [m.pendingLanguage(e), e.parameter]; }
    return {
      language: r.language, loaded: m.loadedLanguages(), french: m.languageState('fr'), auto: m.languageState('auto'), pending,
    };
  }, await fixture('en'));
  assert.deepEqual(early, {
    language: 'en', loaded: ['en'], french: 'loading', auto: 'loading', pending: ['auto', 'lang'],
  });
  // The page checks an English notice at once when English is chosen; with "detect
  // automatically" every notice waits for the detection pack, German and Greek too.
  const english = await fixture('en');
  await checkNotice(page, english, 'data-subjects', 'en');
  const report = await wasmReport(page, english, 'data-subjects', 'en');
  assert.deepEqual((await pageResult(page)).statuses, Object.fromEntries(report.elements.map((e) => [e.id, e.status])));
  await page.selectOption('#lang', 'auto');
  for (const code of ['en', 'de', 'el']) {
    await checkNoticeNoWait(page, await fixture(code));
    await page.waitForSelector('body[data-pending-language="auto"]');
    assert.match(await page.textContent('#verdict'), /Loading the language detection data/);
    assert.equal(await page.getAttribute('#report', 'data-complete'), null, 'no checklist shown while waiting');
    assert.equal((await page.textContent('#language-note')).trim(), '', 'no language shown while waiting');
  }
  await page.waitForTimeout(300);
  assert.deepEqual(requests.slice(atLoad), [], 'no request caused by what was typed');
  release();
  await page.waitForSelector('#report[data-complete]');
  assert.equal((await wasmReport(page, await fixture('el'), 'data-subjects', 'auto')).language, 'el');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a notice to detect before the detection pack has arrived says so, then is checked in its language', { skip }, async () => {
  const hold = holdPack('auto');
  const { page, context, errors } = await openPage(browser, 'index.html', {}, { packs: false, before: hold.before });
  // Only the detection words are held back.
  const text = await fixture('de');
  await checkNoticeNoWait(page, text);
  await page.waitForSelector('body[data-pending-language="auto"]');
  assert.match(await page.textContent('#verdict'), /Loading the language detection data/);
  assert.equal(await page.getAttribute('#report', 'data-complete'), null, 'no checklist shown while waiting');
  await checkedOnArrival({ page, context, errors }, hold, text, 'de');
});

test('a detection pack that cannot be loaded is a visible error; a language chosen still works', { skip }, async () => {
  const broken = (page) => page.route('**/packs/auto.*.pack', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const { page, context } = await openPage(browser, 'index.html', {}, { before: broken });
  await page.waitForSelector('#pack-error:not([hidden])');
  assert.match(await page.textContent('#pack-error'), /The language detection data could not be loaded/);
  await checkNoticeNoWait(page, await fixture('de'));
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /language detection data could not be loaded/);
  assert.equal(await page.getAttribute('#report', 'data-complete'), null, 'no language guessed');
  await checkNotice(page, await fixture('de'), 'data-subjects', 'de');
  assert.equal((await wasmReport(page, await fixture('de'), 'data-subjects', 'de')).language, 'de');
  await context.close();
});

test('a notice in a language whose pack has not arrived says so, and is checked when it arrives', { skip }, async () => {
  const hold = holdPack('fr');
  const { page, context, errors } = await openPage(browser, 'index.html', {}, { packs: false, before: hold.before });
  const text = await fixture('fr');
  await checkNoticeNoWait(page, text);
  await page.waitForSelector('body[data-pending-language="fr"]');
  assert.match(await page.textContent('#verdict'), /Loading the French language data/);
  assert.equal(await page.isVisible('#verdict'), true);
  assert.equal(await page.getAttribute('#report', 'data-complete'), null, 'no checklist shown while waiting');
  await checkedOnArrival({ page, context, errors }, hold, text, 'fr');
});

/**
 * Releases the held pack, then asserts that the waiting notice `text` is checked in
 * `language` as soon as it arrives: the page's checklist is the engine's report, nothing
 * is pending and no error was logged. Closes the context.
 */
async function checkedOnArrival({ page, context, errors }, hold, text, language) {
  hold.release();
  await page.waitForSelector('#report[data-complete]');
  assert.equal(await page.getAttribute('body', 'data-pending-language'), null);
  const report = await wasmReport(page, text, 'data-subjects', 'auto');
  assert.equal(report.language, language);
  assert.deepEqual((await pageResult(page)).statuses, Object.fromEntries(report.elements.map((e) => [e.id, e.status])));
  assert.deepEqual(errors, []);
  await context.close();
}

/** Puts `text` in the notice box and presses Check, without waiting for a checklist. */
async function checkNoticeNoWait(page, text) {
  await page.uncheck('#live');
  await page.fill('#notice', text);
  await page.click('#evaluate');
}

test('a pack that cannot be loaded is a visible error naming its language', { skip }, async () => {
  const broken = async (page) => {
    // A broken URL (404) for French, a corrupt file for Greek.
    await page.route('**/packs/fr.*.pack', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.route('**/packs/el.*.pack', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not a pack at all' }));
  };
  const { page, context } = await openPage(browser, 'index.html', {}, { before: broken });
  await page.waitForSelector('#pack-error:not([hidden])');
  const alert = await page.textContent('#pack-error');
  assert.match(alert, /The French language data could not be loaded/);
  assert.match(alert, /The Greek language data could not be loaded/);
  assert.match(alert, /HTTP 404/);
  assert.match(alert, /not a valid language pack/);
  assert.equal(await page.getAttribute('#pack-error', 'role'), 'alert');
  // A French notice cannot be checked, and the page says why; German still works.
  await checkNoticeNoWait(page, await fixture('fr'));
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /French language data could not be loaded/);
  await checkNotice(page, await fixture('de'));
  assert.equal(await page.isHidden('#error'), true);
  assert.equal((await wasmReport(page, await fixture('de'), 'data-subjects', 'auto')).language, 'de');
  // The German interface names the language in German.
  await page.selectOption('#ui-lang', 'de');
  assert.match(await page.textContent('#pack-error'), /Die Sprachdaten für Französisch konnten nicht geladen werden/);
  await context.close();
});

// Also with every language inside the .wasm (no packs).
test('a notice in each of the twelve languages is checked on the page like the engine', async () => {
  const { page, context } = await openPage(browser);
  for (const code of Object.keys(FIXTURES)) {
    const text = await fixture(code);
    await checkNotice(page, text, 'data-subjects', 'auto');
    const report = await wasmReport(page, text, 'data-subjects', 'auto', null, NOW);
    assert.equal(report.language, code, `${FIXTURES[code]} is detected as ${code}`);
    // The page's engine (English built in, the others from their packs) and the native
    // build with every language inside give the same report.
    const cli = cliReport(text, 'data-subjects', 'auto', NOW);
    const shape = (r) => [r.language, r.complete, r.elements.map((e) => [e.id, e.status, e.evidence.map((s) => [s.start, s.end])])];
    if (cli) assert.deepEqual(shape(report), shape(cli), `${code}: the page and the native check CLI agree`);
    const shown = await pageResult(page);
    assert.deepEqual(shown.statuses, Object.fromEntries(report.elements.map((e) => [e.id, e.status])), code);
    assert.equal(shown.complete, String(report.complete), code);
    // The next check must not read this one's result.
    await page.fill('#notice', '');
    await page.click('#evaluate');
    await page.waitForSelector('#report:not([data-complete])', { state: 'attached' });
  }
  await context.close();
});

test('the element: loading state while a pack is on its way, a visible error when one fails', { skip }, async () => {
  const hold = holdPack('de');
  const before = async (page) => {
    await hold.before(page);
    await page.route('**/packs/it.*.pack', (route) => route.fulfill({ status: 404, body: 'not found' }));
  };
  const { page, context } = await openPage(browser, 'embed.html', {}, { before });
  await page.waitForFunction(() => document.getElementById('embedded')?.report);
  const shadow = (selector) => page.evaluate((s) => {
    const n = document.getElementById('embedded').shadowRoot.querySelector(s);
    return { text: n.textContent, hidden: n.hidden };
  }, selector);
  await page.evaluate((t) => { document.getElementById('embedded').value = t; }, await fixture('de'));
  assert.match((await shadow('.verdict')).text, /Loading the German language data/);
  hold.release();
  await page.waitForFunction(() => document.getElementById('embedded').report?.language === 'de');
  await page.waitForFunction(() => !document.getElementById('embedded').shadowRoot.querySelector('[part="error"]').hidden);
  assert.match((await shadow('[part="error"]')).text, /The Italian language data could not be loaded/);
  await context.close();
});

// End-to-end tests of web/dist/index.html in Debian's Chromium (playwright-core).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  launch, openPage, checkNotice, wasmReport, pageResult, cliReport, corpus, WEB, ROOT,
} from './helpers.mjs';

const NOW = '2026-11-28T12:00:00Z';
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Asserts the page shows exactly `report`: statuses, completeness, highlighted text. */
function assertPageShows(shown, report, text) {
  const expected = Object.fromEntries(report.elements.map((e) => [e.id, e.status]));
  assert.deepEqual(shown.statuses, expected, 'one node per element with the report status');
  assert.equal(shown.complete, String(report.complete));
  assert.equal(shown.highlightedText, text, '#highlighted shows the notice text exactly');
  for (const el of report.elements) {
    const spans = el.status === 'present' ? [...el.evidence].sort((a, b) => a.start16 - b.start16) : [];
    const want = spans.map((s) => text.slice(s.start16, s.end16)).join('');
    const got = (shown.marked[el.id] || []).join('');
    assert.equal(got, want, `marks of ${el.id} cover its evidence`);
    // UTF-16 and UTF-8 offsets agree on the text they point at.
    for (const s of el.evidence) {
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(bytes.subarray(s.start, s.end).toString('utf8'), text.slice(s.start16, s.end16));
    }
  }
}

/** Asserts the native CLI gives the same statuses and byte spans as the wasm module. */
function assertSameAsCli(report, text, audience, lang) {
  const cli = cliReport(text, audience, lang, NOW);
  if (!cli) return;
  assert.equal(cli.language, report.language);
  assert.equal(cli.complete, report.complete);
  assert.deepEqual(
    cli.elements.map((e) => [e.id, e.status, e.required, e.citation, e.evidence.map((s) => [s.start, s.end])]),
    report.elements.map((e) => [e.id, e.status, e.required, e.citation, e.evidence.map((s) => [s.start, s.end])]),
    'the page (wasm) and the native check CLI agree',
  );
}

for (const [file, lang, expectLang] of [
  ['01-en-ds.txt', 'en', 'en'],
  ['11-de-ds.txt', 'auto', 'de'],
  ['09-en-sa.txt', 'auto', 'en'],
  ['19-de-sa.txt', 'de', 'de'],
]) {
  for (const audience of ['data-subjects', 'authority']) {
    test(`evaluate ${file} for ${audience} (lang ${lang}): page matches the engine`, async () => {
      const text = await corpus(file);
      const { page, context } = await openPage(browser);
      await checkNotice(page, text, audience, lang);
      const report = await wasmReport(page, text, audience, lang, null, NOW);
      assert.equal(report.language, expectLang);
      assert.equal(report.audience, audience);
      assertPageShows(await pageResult(page), report, text);
      assertSameAsCli(report, text, audience, lang);
      await context.close();
    });
  }
}

test('the sample notice shows contact point and consequences missing', async () => {
  const { page, context } = await openPage(browser);
  await page.click('#sample');
  await page.waitForSelector('#report[data-complete]');
  const shown = await pageResult(page);
  assert.equal(shown.complete, 'false');
  assert.equal(shown.statuses.contact_point, 'missing');
  assert.equal(shown.statuses.consequences, 'missing');
  const verdict = await page.textContent('#verdict');
  assert.match(verdict, /Incomplete/);
  await context.close();
});

test('a notice in an unsupported language says so and finds nothing', async () => {
  const { page, context } = await openPage(browser);
  const text = 'Hyvä asiakas, ilmoitamme tietoturvaloukkauksesta. Ulkopuolinen henkilö pääsi järjestelmäämme ja näki nimesi ja sähköpostiosoitteesi.';
  await checkNotice(page, text, 'data-subjects', 'auto');
  const report = await wasmReport(page, text, 'data-subjects', 'auto');
  assert.equal(report.language, 'unknown');
  const shown = await pageResult(page);
  assert.equal(shown.complete, 'false');
  assert.ok(Object.values(shown.statuses).every((s) => s !== 'present'));
  assert.match(await page.textContent('#language-note'), /not recognised/);
  // Never a silent "all missing": the verdict asks for the language, with a button each.
  assert.match(await page.textContent('#verdict'), /Not checked yet: choose the language/);
  const badges = await page.$$eval('#report .badge', (bs) => bs.map((b) => b.textContent));
  assert.ok(badges.length > 0 && badges.every((b) => b === 'not checked'), `no element is shown as missing: ${badges}`);
  const buttons = await page.$$eval('#language-note button[data-lang]', (bs) => bs.map((b) => b.dataset.lang).sort());
  assert.deepEqual(buttons, ['cs', 'de', 'el', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ro', 'sv']);
  await page.click('#language-note button[data-lang="en"]');
  await page.waitForFunction(() => /English/.test(document.getElementById('language-note').textContent));
  assert.equal(await page.inputValue('#lang'), 'en');
  await context.close();
});

test('a one-sentence English notice is checked, and the page says it was recognised from a few words', async () => {
  const { page, context } = await openPage(browser);
  await checkNotice(page, 'Due to a technical error your e-mail address was visible to other customers.', 'data-subjects', 'auto');
  assert.match(await page.textContent('#language-note'), /\(en\), recognised from a few words only/);
  assert.match(await page.textContent('#verdict'), /Incomplete/);
  await context.close();
});

test('fits a phone screen without horizontal scrolling', async () => {
  const { page, context } = await openPage(browser, 'index.html', { viewport: { width: 360, height: 740 }, locale: 'de-DE' });
  await checkNotice(page, await corpus('13-de-ds.txt'), 'data-subjects', 'auto');
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= inner, `page is ${scroll}px wide in a ${inner}px viewport`);
  await context.close();
});

test('German UI: switchable, browser default, same results', async () => {
  const { page, context } = await openPage(browser, 'index.html', { locale: 'de-DE' });
  assert.equal(await page.getAttribute('html', 'lang'), 'de', 'default from the browser language');
  assert.equal(await page.textContent('#evaluate'), 'Meldung prüfen');
  const text = await corpus('11-de-ds.txt');
  await checkNotice(page, text, 'data-subjects', 'auto');
  const before = await pageResult(page);
  await page.selectOption('#ui-lang', 'en');
  assert.equal(await page.textContent('#evaluate'), 'Check notice');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual((await pageResult(page)).statuses, before.statuses);
  await context.close();
});

test('after load, checking makes no network request at all', async () => {
  const { page, context, requests, errors, base } = await openPage(browser);
  for (const url of requests) assert.ok(url.startsWith(base) || url.startsWith('data:'), `load request stays on the site: ${url}`);
  const loaded = requests.length;
  await checkNotice(page, await corpus('11-de-ds.txt'), 'authority', 'auto');
  await page.check('#live');
  await page.type('#notice', ' Bitte wenden Sie sich an datenschutz@example.org.');
  await page.waitForTimeout(400);
  await page.click('#sample');
  await page.selectOption('#ui-lang', 'de');
  await page.selectOption('#fact-role', 'controller');
  await page.click('#assess');
  await page.click('#reset-facts');
  await page.waitForTimeout(200);
  assert.deepEqual(requests.slice(loaded), [], 'no request after load');
  assert.deepEqual(errors, [], 'no console or page errors (CSP violations included)');
  await context.close();
});

test('markup in a notice is shown as text and runs nothing', async () => {
  const { page, context, requests } = await openPage(browser);
  const loaded = requests.length;
  const text = 'Dear customer, <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>'
    + ' <b onmouseover="window.__pwned=3">bold</b> an attacker accessed your e-mail address.';
  await checkNotice(page, text, 'data-subjects', 'en');
  const shown = await pageResult(page);
  assert.equal(shown.highlightedText, text);
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    elements: document.querySelectorAll('#highlighted img, #highlighted script, #highlighted b, #report img').length,
  }));
  assert.equal(found.pwned, undefined);
  assert.equal(found.elements, 0);
  assert.deepEqual(requests.slice(loaded), [], 'no request for the injected image');
  await context.close();
});

test('keyboard only: reach the notice, type, choose audience, check, jump to evidence', async () => {
  const { page, context } = await openPage(browser);
  let tabs = 0;
  while (tabs < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'notice') {
    await page.keyboard.press('Tab');
    tabs++;
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'notice', 'the notice box is reachable by Tab');
  await page.keyboard.type('Because of a technical error, your name and e-mail address were visible to other customers. We fixed it.');
  const order = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id));
  }
  assert.deepEqual(order.slice(0, 5), ['audience', 'lang', 'live', 'evaluate', 'sample'], 'focus order follows the layout');
  await page.focus('#audience');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue('#audience'), 'authority');
  await page.focus('#evaluate');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#report[data-complete]');
  assert.equal(await page.getAttribute('#report [data-element="subject_count"]', 'data-status'), 'missing');
  // Tab to the first "show in text" button and press it: focus lands on the evidence.
  let onJump = false;
  for (let i = 0; i < 40 && !onJump; i++) {
    await page.keyboard.press('Tab');
    onJump = await page.evaluate(() => document.activeElement?.classList.contains('jump'));
  }
  assert.ok(onJump, 'a jump-to-evidence button is reachable by keyboard');
  const id = await page.evaluate(() => document.activeElement.dataset.jump);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.tagName + ':' + document.activeElement.dataset.element), `MARK:${id}`);
  await context.close();
});

test('axe-core finds no serious or critical violation (en and de, with a report)', async () => {
  const axe = await readFile(path.join(WEB, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  for (const locale of ['en-GB', 'de-DE']) {
    const { page, context } = await openPage(browser, 'index.html', { locale });
    await page.click('#sample');
    await page.waitForSelector('#report[data-complete]');
    await page.evaluate(axe);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`), [], `axe (${locale})`);
    await context.close();
  }
});

/** Fills the facts form with a typical incident (times in UTC). */
async function fillFacts(page) {
  await page.selectOption('#fact-role', 'controller');
  await page.fill('#fact-aware_at', '2026-11-26T09:00');
  await page.check('#fact-breach-confidentiality');
  await page.check('#fact-data-contact');
  await page.check('#fact-data-credentials');
  await page.fill('#fact-subjects', '1200');
  await page.selectOption('#fact-exposure', 'unknown_recipient');
  await page.selectOption('#fact-malicious', 'true');
  await page.selectOption('#fact-protection', 'none');
  await page.click('#assess');
}

const FORM_FACTS = {
  role: 'controller', aware_at: '2026-11-26T09:00:00Z', breach: ['confidentiality'],
  data: ['contact', 'credentials'], subjects: 1200, protection: 'none', exposure: 'unknown_recipient', malicious: true,
};

test('the facts form decides the obligations like the engine', async () => {
  const { page, context } = await openPage(browser, 'index.html', { timezoneId: 'UTC' });
  const text = await corpus('01-en-ds.txt');
  await checkNotice(page, text, 'data-subjects', 'auto');
  await fillFacts(page);
  await page.waitForSelector('#obligations .decision');
  const report = await wasmReport(page, text, 'data-subjects', 'auto', JSON.stringify(FORM_FACTS));
  const deadline = report.obligations.authority.deadline;
  assert.equal(deadline, '2026-11-29T09:00:00Z', 'aware_at + 72 h');
  const shown = await page.textContent('#obligations');
  assert.ok(shown.includes(deadline), 'the deadline is shown');
  assert.ok(shown.includes(report.obligations.authority.citation));
  for (const r of report.obligations.authority.reasons || []) assert.ok(shown.includes(r.text), `reason shown: ${r.text}`);
  const word = { true: 'required', false: 'not required', null: 'cannot be decided yet' };
  const heads = await page.$$eval('#obligations .decision h4', (hs) => hs.map((x) => x.textContent));
  assert.ok(heads.includes(`Notify the supervisory authority: ${word[report.obligations.authority.required]}`), heads.join(' | '));
  assert.ok(heads.includes(`Inform the people affected: ${word[report.obligations.data_subjects.required]}`), heads.join(' | '));
  await context.close();
});

test('screenshot of the page with a checked sample (target/screenshot-index.png)', async () => {
  const { page, context } = await openPage(browser, 'index.html', { viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
  await checkNotice(page, await corpus('01-en-ds.txt'), 'data-subjects', 'auto');
  await fillFacts(page);
  await page.waitForSelector('#obligations .decision');
  await page.check('#live'); // show the default state of the option
  const out = process.env.BREACHNOTICE_SCREENSHOT || path.join(ROOT, 'target', 'screenshot-index.png');
  await mkdir(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  await context.close();
});

test('both UI dictionaries have the same keys', async () => {
  const en = (await import('../i18n/en.js')).default;
  const de = (await import('../i18n/de.js')).default;
  const keys = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
  const enKeys = keys(en).filter((k) => !k.startsWith('summaries'));
  const deKeys = keys(de).filter((k) => !k.startsWith('summaries'));
  assert.deepEqual(deKeys.sort(), enKeys.sort());
});

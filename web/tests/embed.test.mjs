// End-to-end tests of web/dist/embed.html: the <breach-notice-check> custom element and
// the plain ES-module API on a page styled like a third party's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, openPage, siteUrl, wasmReport, WEB } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The element's shadow-DOM result. */
function shadowResult(page) {
  return page.evaluate(() => {
    const root = document.getElementById('embedded').shadowRoot;
    const list = root.querySelector('ul.report');
    const statuses = {};
    for (const n of list.querySelectorAll('[data-element]')) statuses[n.dataset.element] = n.dataset.status;
    return {
      complete: list.dataset.complete,
      statuses,
      text: root.querySelector('textarea').value,
      highlighted: root.querySelector('.highlighted').textContent,
      marks: root.querySelectorAll('.highlighted mark[data-element]').length,
    };
  });
}

test('the custom element checks its initial text like the engine', async () => {
  const { page, context, errors, requests, base } = await openPage(browser, 'embed.html');
  await page.waitForFunction(() => document.getElementById('embedded')?.shadowRoot?.querySelector('ul.report[data-complete]'));
  const shown = await shadowResult(page);
  const report = await wasmReport(page, shown.text, 'data-subjects', 'auto');
  assert.deepEqual(shown.statuses, Object.fromEntries(report.elements.map((e) => [e.id, e.status])));
  assert.equal(shown.complete, String(report.complete));
  assert.equal(shown.highlighted, shown.text);
  assert.ok(shown.marks > 0, 'evidence is highlighted');
  for (const url of requests) assert.ok(url.startsWith(base) || url.startsWith('data:'), url);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the element re-checks on input, on `value` and on the audience attribute, and fires an event', async () => {
  const { page, context, requests } = await openPage(browser, 'embed.html');
  await page.waitForFunction(() => document.getElementById('embedded')?.shadowRoot?.querySelector('ul.report[data-complete]'));
  const loaded = requests.length;
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.getElementById('embedded');
    el.addEventListener('breach-notice-report', (e) => resolve({ audience: e.detail.audience, n: e.detail.elements.length }), { once: true });
    el.setAttribute('audience', 'authority');
  }));
  assert.equal(detail.audience, 'authority');
  assert.ok(detail.n >= 10, 'authority reports list the Art. 33(3) elements');
  const shown = await shadowResult(page);
  assert.equal(shown.statuses.subject_count !== undefined, true);
  await page.evaluate(() => { document.getElementById('embedded').value = 'Hello.'; });
  const after = await shadowResult(page);
  assert.equal(after.complete, 'false');
  assert.equal(after.highlighted, 'Hello.');
  // Typing in the shadow textarea (debounced check as you type).
  await page.locator('breach-notice-check textarea').fill('We lost a USB stick with names and addresses of 40 customers.');
  await page.waitForFunction(() => document.getElementById('embedded').shadowRoot.querySelector('.highlighted').textContent.startsWith('We lost'));
  assert.deepEqual(requests.slice(loaded), [], 'no request after load');
  await context.close();
});

test('the plain ES-module API lists what a notification to the authority lacks', async () => {
  const { page, context } = await openPage(browser, 'embed.html');
  await page.waitForSelector('#api-result[data-complete]');
  const text = await page.textContent('#api-notice');
  const report = await wasmReport(page, text, 'authority', 'auto');
  const listed = await page.$$eval('#api-result li[data-element]', (lis) => lis.map((li) => li.dataset.element));
  assert.deepEqual(listed, report.elements.filter((e) => e.required && e.status !== 'present').map((e) => e.id));
  await context.close();
});

test('axe-core finds no serious or critical violation on the embedding page', async () => {
  const axe = await readFile(path.join(WEB, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const { page, context } = await openPage(browser, 'embed.html');
  await page.waitForFunction(() => document.getElementById('embedded')?.shadowRoot?.querySelector('ul.report[data-complete]'));
  await page.evaluate(axe);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help}`), []);
  await context.close();
});

test('breachnotice.js guards every function of the glue: "call init() first" before init()', async () => {
  const { page, context } = await openPage(browser, 'embed.html');
  const out = await page.evaluate(async () => {
    const glue = await import('./pkg/breachnotice_wasm.js');
    const wrapper = await import('./breachnotice.js');
    const fns = (m) => Object.keys(m).filter((k) => typeof m[k] === 'function' && k !== 'default').sort();
    return { glue: fns(glue), wrapper: fns(wrapper) };
  });
  const missing = out.glue.filter((k) => !out.wrapper.includes(k));
  assert.deepEqual(missing, [], 'functions of the glue that breachnotice.js does not export');
  await context.close();
  // A fresh page where nothing has called init() yet.
  const fresh = await browser.newContext();
  const blank = await fresh.newPage();
  const base = await siteUrl();
  await blank.goto(`${base}embed.css`);
  const early = await blank.evaluate(async (url) => {
    const m = await import(url);
    try {
      m.evaluate('x', 'authority');
      return 'no error';
    } catch (e) {
      return e.message;
    }
  }, `${base}breachnotice.js`);
  assert.equal(early, 'breachnotice: call init() first (await init() before evaluate())');
  await fresh.close();
});

// End-to-end tests of the "fix it" parts (web/fix.js) of web/dist/index.html and of the
// custom element, in Debian's Chromium: suggestions with "Insert" (inserted before the
// closing, then checked again), "Will readers trust it?", the readability score, and
// "Draft a notice" in the facts panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launch, openPage, checkNotice, wasmReport, WEB } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

// Our own rendering of the retailer's two-line e-mail that started the project.
const RETAILER = 'Hello,\nDue to a technical error some customer data may have been visible. '
  + 'The error has been fixed and there is no need to change your password.\n\nKind regards,\nYour shop team';

const PHISHING = 'Dear customer,\n\nWe detected unusual activity on your account. Please verify your account '
  + 'within 24 hours or your account will be suspended. Click here to log in: '
  + 'https://shop-secure-login.example/verify and enter your password.\n\nCustomer Service';

async function screenshot(page, name) {
  const dir = path.join(WEB, 'tests', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name), fullPage: true });
}

test('each missing element shows its suggestion; Insert puts it before the closing and checks again', async () => {
  const { page, context, errors } = await openPage(browser);
  try {
    await checkNotice(page, RETAILER, 'data-subjects', 'en');
    const report = await wasmReport(page, RETAILER, 'data-subjects', 'en');
    const missing = report.elements.filter((e) => e.status === 'missing').map((e) => e.id);
    assert.ok(missing.includes('contact_point') && missing.includes('consequences'), missing.join());
    const shown = await page.$$eval('#report [data-suggestion]', (ns) => ns.map((n) => [
      n.dataset.suggestion, n.querySelector('.suggestion-text').textContent, n.closest('[data-element]').dataset.status]));
    assert.deepEqual(shown.map((s) => s[0]).sort(), [...missing].sort(), 'one suggestion per missing element');
    for (const [id, text, status] of shown) {
      assert.equal(status, 'missing', id);
      assert.equal(text, report.suggestions.find((s) => s.element === id).text, id);
    }
    await page.click('#report button[data-insert="contact_point"]');
    await page.waitForFunction(() => document.querySelector('#report [data-element="contact_point"]')?.dataset.status === 'present'
      || document.querySelector('#notice').value.includes('data protection officer'));
    const value = await page.inputValue('#notice');
    const suggestion = report.suggestions.find((s) => s.element === 'contact_point').text;
    const at = value.indexOf(suggestion);
    assert.ok(at > 0, value);
    assert.ok(at < value.indexOf('Kind regards'), 'inserted before the closing');
    assert.ok(value.trimEnd().endsWith('Your shop team'), 'the signature stays last');
    // Checked again: the report now reflects the new text.
    const status = await page.getAttribute('#report [data-element="contact_point"]', 'data-status');
    const again = await wasmReport(page, value, 'data-subjects', 'en');
    assert.equal(status, again.elements.find((e) => e.id === 'contact_point').status);
    // Insert every other suggestion too.
    for (const id of missing.filter((m) => m !== 'contact_point')) {
      const btn = await page.$(`#report button[data-insert="${id}"]`);
      if (btn) await btn.click();
    }
    await screenshot(page, 'fix-suggestions-inserted.png');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('"Will readers trust it?" lists the signals with their evidence highlighted', async () => {
  const { page, context, errors } = await openPage(browser);
  try {
    await checkNotice(page, PHISHING, 'data-subjects', 'en');
    const report = await wasmReport(page, PHISHING, 'data-subjects', 'en');
    const ids = await page.$$eval('#trust [data-signal]:not(mark)', (ns) => ns.map((n) => n.dataset.signal));
    assert.deepEqual(ids.sort(), report.signals.map((s) => s.id).sort());
    for (const id of ['credential_request', 'login_link', 'urgency_pressure']) {
      assert.ok(ids.includes(id), `${id} shown`);
      const sev = await page.getAttribute(`#trust li[data-signal="${id}"]`, 'data-severity');
      assert.equal(sev, 'warning');
    }
    const marks = await page.$$eval('#trust li[data-signal="credential_request"] mark', (ns) => ns.map((n) => n.textContent));
    const ev = report.signals.find((s) => s.id === 'credential_request').evidence;
    assert.deepEqual(marks, ev.slice(0, 3).map((s) => PHISHING.slice(s.start16, s.end16)));
    await screenshot(page, 'fix-trust-signals.png');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the readability score shows its formula and band, per language', async () => {
  const { page, context } = await openPage(browser);
  try {
    for (const [text, lang, formula] of [
      ['We lost your data. Change your password.', 'en', 'flesch_reading_ease'],
      ['Wir haben Ihre Daten verloren. Bitte ändern Sie Ihr Passwort.', 'de', 'amstad'],
      ['Abbiamo perso i tuoi dati. Cambia la password.', 'it', 'gulpease'],
    ]) {
      await checkNotice(page, text, 'data-subjects', lang);
      const shown = await page.$eval('#readability', (n) => ({ formula: n.dataset.formula, band: n.dataset.band, score: n.querySelector('.readability-score').textContent }));
      const report = await wasmReport(page, text, 'data-subjects', lang);
      assert.equal(shown.formula, formula);
      assert.equal(shown.band, report.readability.band);
      assert.equal(shown.score, String(report.readability.score));
    }
  } finally {
    await context.close();
  }
});

test('"Draft a notice" drafts from the facts; the draft can be checked in place', async () => {
  const { page, context, requests, errors } = await openPage(browser);
  try {
    await checkNotice(page, RETAILER, 'data-subjects', 'de');
    const before = requests.length;
    await page.click('#draft');
    await page.waitForSelector('#draft-text');
    const draft = await page.inputValue('#draft-text');
    assert.ok(draft.startsWith('Betreff: '), draft);
    assert.ok(draft.includes('[E-Mail-Adresse der oder des Datenschutzbeauftragten]'), draft);
    await page.click('#use-draft');
    await page.waitForFunction((d) => document.querySelector('#notice').value === d, draft);
    await page.waitForSelector('#report[data-complete]');
    // The page judges the draft as the engine does; an unfilled placeholder is not a
    // contact channel, so the contact point stays missing until it is filled in.
    const shown = await page.$$eval('#report [data-element]', (ns) => Object.fromEntries(ns.map((n) => [n.dataset.element, n.dataset.status])));
    const engineReport = await wasmReport(page, draft, 'data-subjects', 'de');
    assert.deepEqual(shown, Object.fromEntries(engineReport.elements.map((e) => [e.id, e.status])));
    assert.equal(shown.contact_point, 'missing');
    assert.equal(shown.measures_taken, 'missing', '[what you have done] is not a measure');
    assert.equal(requests.length, before, 'drafting makes no network request');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the custom element shows suggestions, signals and readability, and inserts', async () => {
  const { page, context, errors } = await openPage(browser, 'embed.html');
  try {
    await page.waitForFunction(() => document.querySelector('breach-notice-check')?.report);
    await page.evaluate((t) => {
      document.querySelector('breach-notice-check').value = t;
    }, RETAILER);
    await page.waitForFunction(() => document.querySelector('breach-notice-check').report?.suggestions);
    const got = await page.evaluate(() => {
      const el = document.querySelector('breach-notice-check');
      const root = el.shadowRoot;
      return {
        suggestions: [...root.querySelectorAll('[data-suggestion]')].map((n) => n.dataset.suggestion),
        signals: [...root.querySelectorAll('.trust li[data-signal]')].map((n) => n.dataset.signal),
        band: root.querySelector('.readability')?.dataset.band,
        report: el.report,
      };
    });
    assert.deepEqual(got.suggestions.sort(), got.report.suggestions.map((s) => s.element).sort());
    assert.deepEqual(got.signals.sort(), got.report.signals.map((s) => s.id).sort());
    assert.equal(got.band, got.report.readability.band);
    await page.evaluate(() => {
      const root = document.querySelector('breach-notice-check').shadowRoot;
      root.querySelector('button[data-insert="contact_point"]').click();
    });
    const value = await page.evaluate(() => document.querySelector('breach-notice-check').value);
    assert.ok(value.indexOf('data protection officer') < value.indexOf('Kind regards'), value);
    const draft = await page.evaluate(() => document.querySelector('breach-notice-check').draft('{"data":["contact"]}', 'fr'));
    assert.ok(draft.startsWith('Objet : '), draft);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

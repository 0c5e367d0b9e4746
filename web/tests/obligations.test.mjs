// The obligations panel in Debian's Chromium (playwright-core): the decision leads in one
// sentence, the assumptions on unknown facts are chips, and changing one decides again
// (legal.md §5.1 "Unknown facts: decide on the facts given"; contract §4 `assumptions`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A laptop with customers' bank details is stolen; whether it was encrypted, who has it,
 *  and whether the people are vulnerable are not given. */
const STOLEN_BANK_DETAILS = {
  role: 'controller',
  aware_at: '2026-11-20T10:00',
  breach: ['confidentiality'],
  data: ['contact', 'financial'],
};

/** Sets facts in the form as a user would (no notice text), then decides. */
async function decide(page, facts) {
  await page.uncheck('#live');
  await page.fill('#notice', '');
  for (const [key, value] of Object.entries(facts)) {
    if (Array.isArray(value)) {
      for (const v of value) await page.check(`#fact-${key}-${v}`);
    } else if (typeof value === 'number' || key.endsWith('_at')) {
      await page.fill(`#fact-${key}`, String(value));
    } else {
      await page.selectOption(`#fact-${key}`, String(value));
    }
  }
  await page.click('#assess');
  await page.waitForSelector('#decision-sentence');
}

/** The chips as {field, text} and the sentence. */
async function panel(page) {
  return page.evaluate(() => ({
    sentence: document.getElementById('decision-sentence').textContent,
    chips: [...document.querySelectorAll('#assumptions .chip')].map((c) => ({
      field: c.dataset.field, text: c.textContent,
    })),
  }));
}

test('a decision with assumptions leads with one sentence and lists the assumptions as chips', async () => {
  const { page, context, errors } = await openPage(browser);
  await decide(page, STOLEN_BANK_DETAILS);
  const { sentence, chips } = await panel(page);
  // Unknown encryption is not credited, unknown recipients are assumed: bank details of
  // unknown people in unknown hands are a high risk.
  assert.match(sentence, /^Notify the supervisory authority by \d{1,2} Nov 2026 \d\d:\d\d UTC; tell the people affected/);
  const fields = chips.map((c) => c.field);
  assert.ok(fields.includes('protection'), `protection is an assumption: ${fields}`);
  assert.ok(fields.includes('exposure'), `exposure is an assumption: ${fields}`);
  const protection = chips.find((c) => c.field === 'protection');
  assert.match(protection.text, /assumed: Protection of the data: none/);
  assert.match(protection.text, /if encrypted: no notification, no need to tell the people/);
  // The form shows the unknown fields as assumed values, not as blanks.
  const shown = await page.$eval('#fact-protection option[value=""]', (o) => o.textContent);
  assert.match(shown, /unknown, assumed: none/);
  const exposure = await page.$eval('#fact-exposure option[value=""]', (o) => o.textContent);
  assert.match(exposure, /assumed: unknown recipients/);
  // Also the unknown facts that do not change this decision.
  const vulnerable = await page.$eval('#fact-vulnerable_subjects option[value=""]', (o) => o.textContent);
  assert.match(vulnerable, /unknown, assumed: no/);
  assert.match(await page.getAttribute('#fact-unavailable_hours', 'placeholder'), /assumed: 24 h/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('changing an assumption changes the fact and the decision', async () => {
  const { page, context, errors } = await openPage(browser);
  await decide(page, STOLEN_BANK_DETAILS);
  const before = await panel(page);
  assert.match(before.sentence, /tell the people affected/);
  // "Change" on the protection chip: the data was encrypted (its key safe).
  await page.click('#assumptions .chip[data-field="protection"] button');
  await page.waitForFunction(
    (old) => document.getElementById('decision-sentence')?.textContent !== old,
    before.sentence,
  );
  const after = await panel(page);
  assert.equal(await page.inputValue('#fact-protection'), 'encrypted', 'the form now holds the value');
  assert.match(after.sentence, /^No need to notify the supervisory authority/);
  assert.match(after.sentence, /no need to tell the people affected/);
  assert.ok(!after.chips.some((c) => c.field === 'protection'), 'no longer assumed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('only an unknown kind of breach leaves the decision open', async () => {
  const { page, context } = await openPage(browser);
  await decide(page, { role: 'controller', data: ['special'] });
  const { sentence, chips } = await panel(page);
  assert.match(sentence, /depends on the kind of breach/);
  assert.deepEqual(chips, []);
  await context.close();
});

// The "fix it" panel (web/fix.js) writes no user-visible string of its own: every one comes
// from the interface language's dictionary (web/i18n/<xx>.js, entry `fix`), and every key
// fix.js reads exists in each dictionary. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DICTIONARIES = ['en', 'de'];

async function source(name) {
  const text = await readFile(path.join(WEB, name), 'utf8');
  // Comments out (line and block), so that only code is read.
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/\s\/\/ .*$/gm, '');
}

/** The string literals of `code` that read as words a user would see. */
function wordyLiterals(code) {
  const out = [];
  const literal = /(class:\s*)?(['`])((?:\\.|(?!\2).)*)\2/g;
  for (const m of code.matchAll(literal)) {
    if (m[1]) continue; // class names
    const text = m[3].replace(/\$\{[^}]*\}/g, ' ');
    if (/\p{L}{2,}\s+\p{L}{2,}/u.test(text) || /^\s*\p{Lu}\p{Ll}+/u.test(text)) out.push(m[3]);
  }
  return out;
}

test('the detector sees a hard-coded sentence and ignores markup', () => {
  assert.deepEqual(wordyLiterals("h(doc, 'p', { text: 'Will readers trust it?' })"), ['Will readers trust it?']);
  assert.deepEqual(wordyLiterals("h(doc, 'span', { class: `signal severity-${s.severity}`, 'data-signal': s.id })"), []);
});

test('web/fix.js hard-codes no user-visible string', async () => {
  const code = await source('fix.js');
  assert.deepEqual(wordyLiterals(code), []);
});

test('every fix.js string key exists in every UI dictionary', async () => {
  const code = await source('fix.js');
  const keys = [...new Set([...code.matchAll(/\bft\.([A-Za-z]+)/g)].map((m) => m[1]))];
  assert.ok(keys.length >= 10, keys.join());
  for (const lang of DICTIONARIES) {
    const t = (await import(`../i18n/${lang}.js`)).default;
    assert.equal(typeof t.fix, 'object', `${lang}: no fix entry`);
    for (const k of keys) assert.ok(k in t.fix, `${lang}: fix.${k} missing`);
    for (const [id, text] of Object.entries(t.fix.signals)) {
      assert.ok(typeof text === 'string' && text.length > 10, `${lang}: signal ${id}`);
    }
  }
});

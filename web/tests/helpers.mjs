// Shared set-up of the browser tests: the site under test, Debian's Chromium through
// playwright-core (never a downloaded browser), and small page helpers.
//
// `cargo xtask test` builds web/dist/, serves it on a free port of 127.0.0.1 and sets
// BREACHNOTICE_URL. Run by hand (after `cargo xtask dist`), the tests start their own
// static server over web/dist/.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = path.resolve(WEB, '..');
export const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'notices', 'corpus');

/** Chromium flags measured to keep the browser from any outside request (toolchain.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

const MIME = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.json': 'application/json', '.ts': 'text/plain; charset=utf-8',
};

/** The base URL of the site (ends in '/'), starting a server over web/dist/ if needed. */
export async function siteUrl() {
  if (process.env.BREACHNOTICE_URL) return process.env.BREACHNOTICE_URL;
  const dist = path.join(WEB, 'dist');
  const server = createServer(async (req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
    if (!file.startsWith(dist)) return res.writeHead(400).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  server.unref();
  process.env.BREACHNOTICE_URL = `http://127.0.0.1:${server.address().port}/`;
  return process.env.BREACHNOTICE_URL;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A fresh page that records every request and every console error / page error.
 * `options` go to browser.newContext. On index.html, waits until the engine is ready and
 * every language pack has settled (loaded or failed), unless `how.packs` is false;
 * `how.before(page)` runs before the page is opened (to route requests).
 */
export async function openPage(browser, file = 'index.html', options = {}, how = {}) {
  const base = await siteUrl();
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (how.before) await how.before(page);
  await page.goto(base + file);
  if (file === 'index.html') {
    await page.waitForSelector('body[data-ready="true"]');
    if (how.packs !== false) await page.waitForSelector('body[data-languages="settled"]');
  }
  return { page, context, requests, errors, base };
}

/** The language packs web/dist/ ships (`packs/<xx>.<hash>.pack`): code -> file name. */
export async function distPacks() {
  const dir = path.join(WEB, 'dist', 'packs');
  const names = await readdir(dir).catch(() => []);
  return Object.fromEntries(names.filter((n) => n.endsWith('.pack')).map((n) => [n.split('.')[0], n]));
}

/** Puts `text` in the notice box, sets audience and language, presses Check. */
export async function checkNotice(page, text, audience = 'data-subjects', lang = 'auto') {
  await page.uncheck('#live');
  await page.fill('#notice', text);
  await page.selectOption('#audience', audience);
  await page.selectOption('#lang', lang);
  await page.click('#evaluate');
  await page.waitForSelector('#report[data-complete]');
}

/**
 * The wasm module's own report for `text` (the page's engine, called directly: the same
 * module instance as the page's, with the language packs the page registered).
 */
export async function wasmReport(page, text, audience, lang, facts, now) {
  return page.evaluate(async ([t, a, l, f, n]) => {
    const m = await import('./breachnotice.js');
    await m.default();
    // The page's init() does not wait for the detection pack: the reference does.
    if (!l || l === 'auto') await m.whenLanguage('auto').catch(() => {});
    return m.evaluate(t, a, l, f ?? undefined, n ?? undefined);
  }, [text, audience, lang, facts ?? null, now ?? null]);
}

/** What the page shows: statuses per element, data-complete, marked text per element. */
export async function pageResult(page) {
  return page.evaluate(() => {
    const statuses = {};
    for (const n of document.querySelectorAll('#report [data-element]')) statuses[n.dataset.element] = n.dataset.status;
    const marked = {};
    for (const m of document.querySelectorAll('#highlighted mark[data-element]')) {
      // Only a mark's own direct text counts once per element: nested marks of other
      // elements are counted under their own id, but their text also belongs to the outer.
      (marked[m.dataset.element] ||= []).push(m.textContent);
    }
    return {
      complete: document.getElementById('report').dataset.complete,
      statuses,
      marked,
      highlightedText: document.getElementById('highlighted').textContent,
    };
  });
}

/** The native `check` example's report (when the xtask built it), or null. */
export function cliReport(text, audience, lang, now) {
  const bin = process.env.BREACHNOTICE_CHECK;
  if (!bin) return null;
  const args = ['--audience', audience, '--lang', lang];
  if (now) args.push('--now', now);
  args.push('-');
  const out = spawnSync(bin, args, { input: text, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`check failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout);
}

export async function corpus(name) {
  return readFile(path.join(CORPUS, name), 'utf8');
}

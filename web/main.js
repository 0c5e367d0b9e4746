// The page: loads the wasm engine once, then every check runs locally (no request).
// Notice text is only ever placed in the DOM as text (render.js), never as HTML.
// The engine comes with English data; breachnotice.js (the one loader, shared with the
// element) fetches every other language's pack right after it has loaded, whatever is
// typed. A notice in a language whose pack is still on its way shows "loading <language>
// data…" and is checked as soon as the pack is registered; likewise a notice to detect
// before the detection pack (`auto`: every language's detection words) has arrived
// ("loading the language detection data…"): never a language guessed without them.
import init, * as engine from './breachnotice.js';
import en from './i18n/en.js';
import { h, renderHighlighted, statusText, requirementText, missingRequired } from './render.js';
import { decisionLead, showAssumedInForm } from './obligations.js';
import { languageNote, languageUnknown, shownStatus } from './language-note.js';
import {
  insertSuggestion, renderDraft, renderReadability, renderSignals, renderSuggestions,
} from './fix.js';

// The English UI strings come with the page; the German ones are fetched in the
// background with the language packs (at once when the browser asks for German).
const UI = { en };
const UI_MODULES = { de: () => import('./i18n/de.js') };

/** The UI dictionary `code`, fetched once; English when there is none. */
async function uiDictionary(code) {
  if (!UI[code] && UI_MODULES[code]) UI[code] = (await UI_MODULES[code]()).default;
  return UI[code] || en;
}
const $ = (id) => document.getElementById(id);

/** Incident-fact fields of contract §3, in contract order, with their input kind. */
const FACT_FIELDS = [
  { key: 'role', kind: 'enum', values: ['controller', 'processor'] },
  { key: 'aware_at', kind: 'time' },
  { key: 'authority_notified_at', kind: 'time' },
  { key: 'breach', kind: 'set', values: ['confidentiality', 'integrity', 'availability'] },
  {
    key: 'data', kind: 'set',
    values: ['contact', 'identification', 'credentials', 'financial', 'special', 'criminal',
      'location', 'communications', 'behavioural', 'other'],
  },
  { key: 'subjects', kind: 'count' },
  { key: 'records', kind: 'count' },
  { key: 'vulnerable_subjects', kind: 'bool' },
  { key: 'protection', kind: 'enum', values: ['none', 'encrypted', 'hashed', 'pseudonymised'] },
  { key: 'key_compromised', kind: 'bool' },
  {
    key: 'exposure', kind: 'enum',
    values: ['none', 'internal', 'trusted_recipient', 'known_recipient', 'unknown_recipient',
      'malicious_actor', 'public'],
  },
  { key: 'malicious', kind: 'bool' },
  { key: 'recovered', kind: 'bool' },
  { key: 'backup', kind: 'bool' },
  { key: 'unavailable_hours', kind: 'hours' },
  { key: 'high_risk_mitigated', kind: 'bool' },
  { key: 'disproportionate_effort', kind: 'bool' },
  { key: 'public_communication', kind: 'bool' },
];

const state = {
  t: en,
  ready: false,
  report: null, // last report (evaluate) or obligations-only result (assess)
  elementInfo: new Map(), // id -> {summary, data_subjects, authority}
  languages: [],
  dirty: new Set(), // fact fields the user has set (sent as explicit facts)
  derived: {}, // facts read from the notice by the engine
  timer: 0,
  clock: 0,
  pending: null, // the language whose pack the last check waits for
  packErrors: new Map(), // language code -> its pack's load error
};

// ---------- UI language ----------

function applyUiLanguage(code) {
  state.t = UI[code] || en;
  const t = state.t;
  document.documentElement.lang = t.lang;
  $('ui-lang').value = t.lang;
  document.title = t.title;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const v = t[node.dataset.i18n];
    if (typeof v === 'string') node.textContent = v;
  }
  if (state.ready) $('status').textContent = '';
  labelLanguageOptions();
  if (state.packErrors.size) showPackErrors();
  buildFactsForm();
  renderAll();
}

function initialUiLanguage() {
  for (const l of navigator.languages || [navigator.language || 'en']) {
    const code = String(l).slice(0, 2).toLowerCase();
    if (UI[code] || UI_MODULES[code]) return code;
  }
  return 'en';
}

/** Switches the UI language, at once when its strings are here. */
function switchUiLanguage(code) {
  if (UI[code]) applyUiLanguage(code);
  else uiDictionary(code).then(() => applyUiLanguage(code), () => applyUiLanguage('en'));
}

// ---------- facts form ----------

function toLocalInput(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A fact the engine read from the notice (report.derived_facts.facts), if any. */
function derivedValue(key) {
  const facts = state.derived && state.derived.facts;
  return facts ? facts[key] : undefined;
}

/** The notice's words a derived fact was read from, quoted. */
function derivedQuotes(key) {
  const text = $('notice').value;
  const ev = (state.derived && state.derived.evidence) || [];
  return ev.filter((e) => e.field === key && e.end16 > e.start16).map((e) => `“${text.slice(e.start16, e.end16)}”`).join(' · ');
}

function buildFactsForm() {
  const t = state.t;
  const form = $('facts');
  const before = readFactsForm(); // keep what the user entered across a UI-language switch
  form.replaceChildren();
  for (const f of FACT_FIELDS) {
    const id = `fact-${f.key}`;
    const badge = h(document, 'span', { class: 'from-notice', id: `${id}-from`, hidden: true, text: t.fromNotice });
    let control;
    if (f.kind === 'set') {
      control = h(document, 'fieldset', { class: 'fact fact-set', 'data-fact': f.key },
        h(document, 'legend', {}, t.fields[f.key], ' ', badge));
      for (const v of f.values) {
        const cid = `${id}-${v}`;
        control.append(h(document, 'span', { class: 'check' },
          h(document, 'input', { type: 'checkbox', id: cid, value: v, name: f.key }),
          h(document, 'label', { for: cid }, t.values[v] || v)));
      }
      form.append(control);
      continue;
    }
    if (f.kind === 'enum' || f.kind === 'bool') {
      const options = f.kind === 'bool' ? [['true', t.yes], ['false', t.no]]
        : f.values.map((v) => [v, v === 'none' && f.key === 'exposure' ? t.exposureNone : (t.values[v] || v)]);
      control = h(document, 'select', { id, name: f.key },
        h(document, 'option', { value: '' }, `— ${t.unknown} —`),
        ...options.map(([v, label]) => h(document, 'option', { value: v }, label)));
    } else if (f.kind === 'time') {
      control = h(document, 'input', { type: 'datetime-local', id, name: f.key });
    } else {
      control = h(document, 'input', {
        type: 'number', id, name: f.key, min: '0', step: f.kind === 'hours' ? 'any' : '1', inputmode: 'numeric',
      });
    }
    form.append(h(document, 'div', { class: 'fact', 'data-fact': f.key },
      h(document, 'label', { for: id }, t.fields[f.key], ' ', badge), control));
  }
  writeFactsForm(before, true);
  refreshDerivedInForm();
}

/** Current form values as a facts object (only non-empty fields). */
function readFactsForm() {
  const out = {};
  const form = $('facts');
  if (!form) return out;
  for (const f of FACT_FIELDS) {
    if (f.kind === 'set') {
      const checked = [...form.querySelectorAll(`input[name="${f.key}"]:checked`)].map((i) => i.value);
      if (checked.length) out[f.key] = checked;
      continue;
    }
    const el = form.elements.namedItem(f.key);
    if (!el || el.value === '') continue;
    if (f.kind === 'bool') out[f.key] = el.value === 'true';
    else if (f.kind === 'count') out[f.key] = Math.max(0, Math.round(Number(el.value)));
    else if (f.kind === 'hours') out[f.key] = Math.max(0, Number(el.value));
    else if (f.kind === 'time') {
      const d = new Date(el.value);
      if (!Number.isNaN(d.getTime())) out[f.key] = d.toISOString().replace(/\.\d{3}Z$/, 'Z');
    } else out[f.key] = el.value;
  }
  return out;
}

/** Sets form fields from a facts object (`onlyDirty`: restore just the user's fields). */
function writeFactsForm(values, onlyDirty) {
  const form = $('facts');
  for (const f of FACT_FIELDS) {
    if (onlyDirty && !state.dirty.has(f.key)) continue;
    setField(form, f, values[f.key]);
  }
}

function setField(form, f, v) {
  if (f.kind === 'set') {
    const list = Array.isArray(v) ? v : [];
    for (const box of form.querySelectorAll(`input[name="${f.key}"]`)) box.checked = list.includes(box.value);
    return;
  }
  const el = form.elements.namedItem(f.key);
  if (!el) return;
  if (v === undefined || v === null) el.value = '';
  else if (f.kind === 'bool') el.value = v ? 'true' : 'false';
  else if (f.kind === 'time') el.value = toLocalInput(v);
  else el.value = String(v);
}

/** Pre-fills every field the user has not touched from the engine's derived facts. */
function refreshDerivedInForm() {
  const form = $('facts');
  for (const f of FACT_FIELDS) {
    const badge = document.getElementById(`fact-${f.key}-from`);
    if (state.dirty.has(f.key)) {
      if (badge) badge.hidden = true;
      continue;
    }
    const v = derivedValue(f.key);
    setField(form, f, v);
    if (badge) {
      badge.hidden = v === undefined || v === null || (Array.isArray(v) && !v.length);
      const quotes = badge.hidden ? '' : derivedQuotes(f.key);
      if (quotes) badge.title = quotes;
      else badge.removeAttribute('title');
    }
  }
}

/** The facts the user set explicitly, as JSON, or undefined when none. */
function explicitFactsJson() {
  const all = readFactsForm();
  const explicit = {};
  for (const k of state.dirty) if (k in all) explicit[k] = all[k];
  return Object.keys(explicit).length ? JSON.stringify(explicit) : undefined;
}

// ---------- evaluation ----------

function nowIso() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function showError(e) {
  const box = $('error');
  if (!e) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.hidden = false;
  box.textContent = state.t.errorPrefix + (e && e.message ? e.message : String(e));
}

/** The last check needs `code`'s pack: say so, and check again once it is registered. */
function waitForLanguage(code) {
  state.pending = code;
  state.report = null;
  document.body.dataset.pendingLanguage = code;
  showError(null);
  engine.whenLanguage(code).then(() => {
    if (state.pending !== code) return;
    state.pending = null;
    delete document.body.dataset.pendingLanguage;
    run();
  }, () => {
    if (state.pending !== code) return;
    state.pending = null;
    delete document.body.dataset.pendingLanguage;
    run();
  });
}

/** A pack that could not be loaded: a visible alert naming the language, kept. */
function showPackErrors() {
  const box = $('pack-error');
  const lines = [...state.packErrors].map(([code, e]) => packFailedText(code) + e.message);
  box.hidden = !lines.length;
  box.replaceChildren(...lines.map((l) => h(document, 'span', { class: 'pack-failed', text: l })));
}

function run() {
  if (!state.ready) return;
  state.pending = null;
  delete document.body.dataset.pendingLanguage;
  const text = $('notice').value;
  const audience = $('audience').value;
  const lang = $('lang').value;
  const facts = explicitFactsJson();
  try {
    if (text.trim() === '') {
      state.report = facts ? { obligationsOnly: engine.assess(facts, nowIso()) } : null;
      state.derived = {};
    } else {
      state.report = engine.evaluate(text, audience, lang, facts, nowIso());
      state.derived = state.report.derived_facts || {};
    }
    showError(null);
  } catch (e) {
    const code = engine.pendingLanguage(e);
    if (code && engine.languageState(code) === 'loading') {
      waitForLanguage(code);
      renderAll();
      return;
    }
    if (code && state.packErrors.has(code)) {
      showError(new Error(packFailedText(code) + state.packErrors.get(code).message));
      return;
    }
    showError(e);
    return;
  }
  refreshDerivedInForm();
  renderAll();
}

function schedule() {
  clearTimeout(state.timer);
  if ($('live').checked) state.timer = setTimeout(run, 150);
}

// ---------- rendering ----------

/**
 * What the page says while the data of `code` are on their way: a language's pack, or
 * for `auto` the detection words of every language (the pack `lang: 'auto'` needs).
 */
function loadingText(code) {
  return code === 'auto' ? state.t.loadingDetection : state.t.loadingLanguage(langName(code));
}

/** What the page says when the pack of `code` (a language, or `auto`) failed to load. */
function packFailedText(code) {
  return code === 'auto' ? state.t.detectionFailed : state.t.packFailed(langName(code));
}

/** A language's name in the UI language (Intl, offline), else the engine's English name. */
function langName(code) {
  try {
    const name = new Intl.DisplayNames([state.t.lang], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // fall through
  }
  const l = state.languages.find((x) => x.code === code);
  return l ? l.name : code;
}

function labelLanguageOptions() {
  for (const opt of $('lang').options) if (opt.value !== 'auto') opt.textContent = `${langName(opt.value)} (${opt.value})`;
}

function elementName(id) {
  return state.t.elements[id] || id;
}

function summaryOf(id) {
  const s = state.t.summaries;
  if (s && s[id]) return s[id];
  const info = state.elementInfo.get(id);
  return info ? info.summary : '';
}

function renderAll() {
  if (!state.ready) return;
  renderReport();
  renderObligations();
}

function renderReport() {
  const t = state.t;
  const list = $('report');
  const verdict = $('verdict');
  const note = $('language-note');
  const text = $('notice').value;
  const report = state.report && state.report.elements ? state.report : null;
  const hasReport = Boolean(report);
  $('copy-json').disabled = !state.report;
  $('download-json').disabled = !state.report;
  list.replaceChildren();
  if (!hasReport) {
    list.removeAttribute('data-complete');
    if (state.pending) {
      verdict.replaceChildren(h(document, 'span', { class: 'loading-language', text: loadingText(state.pending) }));
      verdict.className = 'verdict is-loading';
    } else {
      verdict.replaceChildren(h(document, 'span', { text: t.reportEmpty }));
      verdict.className = 'verdict is-empty';
    }
    note.textContent = '';
    const hl = $('highlighted');
    if (text.trim() === '') hl.replaceChildren(h(document, 'p', { class: 'empty', text: t.highlightedEmpty }));
    else renderHighlighted(hl, text, null);
    renderFix(text, null);
    return;
  }
  const complete = report.complete === true;
  list.dataset.complete = String(complete);
  const missing = missingRequired(report);
  verdict.className = `verdict ${complete ? 'is-complete' : 'is-incomplete'}`;
  verdict.replaceChildren(
    h(document, 'span', { class: 'verdict-icon', 'aria-hidden': 'true', text: complete ? '✓' : '!' }),
    h(document, 'span', { text: complete ? t.complete : languageUnknown(report) ? t.unknownLanguageVerdict : t.incomplete(missing) }),
  );
  note.replaceChildren(...languageNote(document, t, report, state.languages.map((l) => l.code), langName, (code) => {
    $('lang').value = code;
    run();
  }));
  for (const el of report.elements) {
    const info = state.elementInfo.get(el.id);
    const evidence = el.evidence || [];
    const item = h(document, 'li', {
      class: `item status-${shownStatus(report, el)} ${el.required ? 'is-required' : ''}`,
      'data-element': el.id,
      'data-status': el.status,
    });
    const head = h(document, 'div', { class: 'item-head' },
      h(document, 'span', { class: 'swatch', 'aria-hidden': 'true' }),
      h(document, 'span', { class: 'item-name', text: elementName(el.id) }),
      h(document, 'span', { class: 'badge', text: statusText(t, shownStatus(report, el)) }));
    const meta = h(document, 'p', { class: 'item-meta' },
      h(document, 'span', { class: 'req', text: requirementText(t, el, info, report.audience) }),
      ' · ',
      h(document, 'span', { class: 'cite', text: el.citation || '' }));
    item.append(head, meta, h(document, 'p', { class: 'item-summary', text: summaryOf(el.id) }));
    if (el.status === 'present' && evidence.length) {
      const btn = h(document, 'button', { type: 'button', class: 'jump', 'data-jump': el.id },
        `${t.showEvidence} (${t.evidenceCount(evidence.length)})`);
      btn.setAttribute('aria-label', `${t.showEvidence}: ${elementName(el.id)}`);
      item.append(btn);
    }
    list.append(item);
  }
  renderHighlighted($('highlighted'), text, report, elementName);
  renderFix(text, report);
}

/** The "fix it" parts (fix.js): suggestions under missing elements, signals, readability. */
function renderFix(text, report) {
  const ft = state.t.fix;
  $('draft').textContent = ft.draft;
  if (report) renderSuggestions(document, $('report'), report, ft, elementName);
  renderSignals(document, $('trust'), text, report, ft);
  renderReadability(document, $('readability'), report, ft);
}

/** Inserts the suggestion for element `id` before the closing, then checks again. */
function insertFor(id) {
  const report = state.report && state.report.elements ? state.report : null;
  const notice = $('notice');
  const next = insertSuggestion(notice.value, report, id);
  if (next === notice.value) return;
  notice.value = next;
  run();
  notice.focus();
}

/** Drafts a notice from the facts (those read from the notice, overridden by the form). */
function draftNotice() {
  if (!state.ready) return;
  const read = (state.report && state.report.derived_facts && state.report.derived_facts.facts) || {};
  const given = explicitFactsJson();
  const facts = { ...read, ...(given ? JSON.parse(given) : {}) };
  const chosen = $('lang').value;
  const lang = chosen !== 'auto' ? chosen
    : (state.report && state.report.language && state.report.language !== 'unknown' ? state.report.language : 'en');
  try {
    const text = engine.draft(JSON.stringify(facts), $('audience').value, lang);
    showError(null);
    renderDraft(document, $('draft-out'), text, state.t.fix, (t) => {
      $('notice').value = t;
      run();
      $('notice').focus();
    });
  } catch (e) {
    const code = engine.pendingLanguage(e);
    if (code && engine.languageState(code) === 'loading') {
      $('status').textContent = loadingText(code);
      engine.whenLanguage(code).then(() => {
        $('status').textContent = '';
        draftNotice();
      }, (err) => showError(err));
      return;
    }
    showError(e);
  }
}

function formatDuration(ms) {
  const mins = Math.round(Math.abs(ms) / 60000);
  const d = Math.floor(mins / 1440);
  const hh = Math.floor((mins % 1440) / 60);
  const mm = mins % 60;
  const parts = [];
  if (d) parts.push(`${d} d`);
  if (d || hh) parts.push(`${hh} h`);
  parts.push(`${mm} min`);
  return parts.join(' ');
}

function reasonText(r) {
  if (typeof r === 'string') return { text: r, cite: '' };
  if (!r || typeof r !== 'object') return { text: String(r), cite: '' };
  const text = r.text || r.reason || r.message || r.because || r.id || JSON.stringify(r);
  return { text, cite: r.citation || '' };
}

function listOf(items, cls) {
  const ul = h(document, 'ul', { class: cls });
  for (const it of items) {
    const { text, cite } = reasonText(it);
    ul.append(h(document, 'li', {}, text, cite ? h(document, 'span', { class: 'cite', text: ` (${cite})` }) : null));
  }
  return ul;
}

function decisionBlock(title, d, extra) {
  const t = state.t;
  const word = d.required === true ? t.required : d.required === false ? t.notRequired : t.undecided;
  const cls = d.required === true ? 'req-yes' : d.required === false ? 'req-no' : 'req-unknown';
  const box = h(document, 'div', { class: `decision ${cls}` },
    h(document, 'h4', {}, title, ': ', h(document, 'strong', { text: word })),
    d.citation ? h(document, 'p', { class: 'cite', text: d.citation }) : null);
  if (extra) for (const e of extra) if (e) box.append(e);
  if (d.exemption) {
    box.append(h(document, 'p', {}, `${t.exemption}: `, t.exemptions[d.exemption] || d.exemption));
  }
  const reasons = d.reasons || [];
  if (reasons.length) box.append(h(document, 'p', { class: 'sub', text: t.reasons }), listOf(reasons, 'reasons'));
  // Once decided, the assumptions above say what would change it; the unknown facts a
  // decision rests on are shown only while it is open (the kind of breach unknown).
  const rests = d.required === null ? d.rests_on || [] : [];
  if (rests.length) {
    box.append(h(document, 'p', { class: 'sub', text: t.restsOn }),
      h(document, 'p', { class: 'rests-on', text: rests.map((k) => t.fields[k] || k).join(', ') }));
  }
  return box;
}

function renderObligations() {
  const t = state.t;
  const out = $('obligations');
  const r = state.report && (state.report.obligationsOnly || state.report);
  clearInterval(state.clock);
  const ob = r && r.obligations;
  showAssumedInForm(document, $('facts'), ob ? r : null, t);
  if (!ob) {
    out.replaceChildren(h(document, 'p', { class: 'hint', text: t.obligationsNone }));
    return;
  }
  // The decision in one sentence and the assumptions it rests on lead; reasons follow.
  const blocks = [decisionLead(document, r, t, assumeOtherwise)];
  if (r.risk) {
    const level = r.risk.level || 'unknown';
    const risk = h(document, 'div', { class: `decision risk risk-${level}` },
      h(document, 'h4', {}, `${t.riskLevel}: `, h(document, 'strong', { text: t.risk[level] || level })));
    if (level === 'unknown' && r.risk.at_least && r.risk.at_most) {
      risk.append(h(document, 'p', { text: t.riskRange(t.risk[r.risk.at_least] || r.risk.at_least, t.risk[r.risk.at_most] || r.risk.at_most) }));
    }
    if (r.risk.citation) risk.append(h(document, 'p', { class: 'cite', text: r.risk.citation }));
    if (r.risk.reasons && r.risk.reasons.length) {
      risk.append(h(document, 'p', { class: 'sub', text: t.reasons }), listOf(r.risk.reasons, 'reasons'));
    }
    if (level === 'unknown' && r.risk.rests_on && r.risk.rests_on.length) {
      risk.append(h(document, 'p', { class: 'sub', text: t.restsOn }),
        h(document, 'p', { class: 'rests-on', text: r.risk.rests_on.map((k) => t.fields[k] || k).join(', ') }));
    }
    blocks.push(risk);
  }
  if (ob.controller) blocks.push(decisionBlock(t.controllerDuty, ob.controller));
  if (ob.authority) {
    const a = ob.authority;
    const extra = [];
    if (a.deadline) {
      const left = h(document, 'span', { class: 'time-left' });
      const tick = () => {
        const ms = new Date(a.deadline).getTime() - Date.now();
        left.textContent = ms >= 0 ? t.remaining(formatDuration(ms)) : t.overdue(formatDuration(ms));
        left.className = `time-left ${ms >= 0 ? 'ok' : 'over'}`;
      };
      tick();
      state.clock = setInterval(tick, 30000);
      extra.push(h(document, 'p', {}, `${t.deadline}: `,
        h(document, 'time', { datetime: a.deadline, text: new Date(a.deadline).toLocaleString(t.lang) }),
        ` (${a.deadline}) — ${t.timeLeft}: `, left));
    }
    if (a.late === true) extra.push(h(document, 'p', { class: 'late', text: t.late }));
    blocks.push(decisionBlock(t.authorityDuty, a, extra));
  }
  if (ob.data_subjects) blocks.push(decisionBlock(t.subjectsDuty, ob.data_subjects));
  if (ob.documentation) blocks.push(decisionBlock(t.documentationDuty, ob.documentation));
  out.replaceChildren(...blocks);
}

/** A chip's "change": the facts take the values the engine tried, as if typed. */
function assumeOtherwise(changes) {
  for (const [key, value] of changes) {
    const f = FACT_FIELDS.find((x) => x.key === key);
    if (!f) continue;
    setField($('facts'), f, value);
    state.dirty.add(key);
    const badge = document.getElementById(`fact-${key}-from`);
    if (badge) badge.hidden = true;
  }
  run();
}

// ---------- export ----------

function reportJson() {
  const r = state.report && (state.report.obligationsOnly || state.report);
  return JSON.stringify(r, null, 2);
}

async function copyJson() {
  try {
    await navigator.clipboard.writeText(reportJson());
    $('copy-status').textContent = state.t.copied;
  } catch {
    $('copy-status').textContent = state.t.copyFailed;
  }
}

function downloadJson() {
  const blob = new Blob([reportJson()], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h(document, 'a', { href: url, download: 'breach-notice-report.json', hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function jumpTo(id) {
  const mark = $('highlighted').querySelector(`mark[data-element="${id}"]`);
  if (!mark) return;
  for (const m of $('highlighted').querySelectorAll('mark.flash')) m.classList.remove('flash');
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.classList.add('flash');
  mark.focus({ preventScroll: true });
}

// ---------- start ----------

function wire() {
  $('ui-lang').addEventListener('change', (e) => switchUiLanguage(e.target.value));
  $('evaluate').addEventListener('click', run);
  $('notice').addEventListener('input', schedule);
  $('audience').addEventListener('change', run);
  $('lang').addEventListener('change', run);
  $('sample').addEventListener('click', () => {
    $('notice').value = state.t.sampleNotice;
    run();
    $('notice').focus();
  });
  $('clear').addEventListener('click', () => {
    $('notice').value = '';
    run();
    $('notice').focus();
  });
  $('report').addEventListener('click', (e) => {
    const btn = e.target.closest('button[data-jump]');
    if (btn) jumpTo(btn.dataset.jump);
    const insert = e.target.closest('button[data-insert]');
    if (insert) insertFor(insert.dataset.insert);
  });
  $('draft').addEventListener('click', draftNotice);
  const form = $('facts');
  const touched = (e) => {
    const field = e.target.closest('[data-fact]');
    if (!field) return;
    state.dirty.add(field.dataset.fact);
    const badge = document.getElementById(`fact-${field.dataset.fact}-from`);
    if (badge) badge.hidden = true;
  };
  form.addEventListener('input', touched);
  form.addEventListener('change', (e) => {
    touched(e);
    schedule();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  $('assess').addEventListener('click', run);
  $('reset-facts').addEventListener('click', () => {
    state.dirty.clear();
    run();
    if (!state.report) refreshDerivedInForm();
  });
  $('copy-json').addEventListener('click', copyJson);
  $('download-json').addEventListener('click', downloadJson);
  $('print').addEventListener('click', () => window.print());
}

async function start() {
  wire();
  const uiCode = initialUiLanguage();
  if (uiCode !== 'en') await uiDictionary(uiCode).catch(() => null);
  applyUiLanguage(UI[uiCode] ? uiCode : 'en');
  try {
    // Ready as soon as the engine is: a check with "detect automatically" before the
    // detection pack has arrived says "loading the language detection data…".
    await init({ detection: 'background' });
  } catch (e) {
    $('status').textContent = state.t.loadFailed + (e && e.message ? e.message : String(e));
    return;
  }
  for (const info of engine.elements()) state.elementInfo.set(info.id, info);
  state.languages = engine.languages();
  const langSel = $('lang');
  for (const l of state.languages) langSel.append(h(document, 'option', { value: l.code }, l.code));
  labelLanguageOptions();
  $('version').textContent = engine.version();
  state.ready = true;
  $('status').textContent = '';
  document.body.dataset.ready = 'true';
  // The packs init() started: a failure is shown at once, naming the language.
  for (const code of Object.keys(engine.packUrls())) {
    engine.whenLanguage(code).catch((e) => {
      state.packErrors.set(code, e);
      showPackErrors();
    });
  }
  // Everything else the page may need is fetched now too, whatever is typed later.
  const uiStrings = Object.keys(UI_MODULES).map((code) => uiDictionary(code).catch(() => null));
  Promise.all([engine.whenAllLanguages(), ...uiStrings]).then(() => {
    document.body.dataset.languages = 'settled';
  });
  if ($('notice').value.trim()) run();
  else renderAll();
}

start();

// <breach-notice-check>: the checker as one custom element.
//
//   <script type="module" src="https://your.host/breachnotice/element.js"></script>
//   <breach-notice-check audience="data-subjects" notice-lang="auto" locale="en"></breach-notice-check>
//
// Attributes: `audience` (data-subjects | authority), `notice-lang` (auto | en | de | …, the
// notice's language), `locale` (en | de, the element's own words; default: browser).
// Text inside the tag becomes the initial notice. Theme: the CSS custom properties and
// ::part names listed in web/README.md (a test keeps that list complete).
// Events: `breach-notice-report` (detail: the report) after every check;
// `breach-notice-error` (detail: {message}) when the engine cannot load or a check fails.
//
// Built (cargo xtask dist / pack) into one self-contained script: this file, render.js,
// the UI strings and element.css (a constructed style sheet, allowed by a strict CSP)
// are bundled; only the engine, ./breachnotice.js and its .wasm, is loaded next to it,
// on first use and once per page, and then (by breachnotice.js, the same loader as the
// page's) every language pack in packs/, in the background, whatever is checked. A
// notice in a language whose pack is still on its way shows "loading <language> data…"
// and is checked when it arrives. When a load fails, the element says so, visibly.
import en from './i18n/en.js';
import de from './i18n/de.js';
import css from './element.css';
import { h, renderHighlighted, statusText, requirementText, missingRequired } from './render.js';
import { languageNote, languageUnknown, shownStatus } from './language-note.js';
import { insertSuggestion, renderReadability, renderSignals, renderSuggestions } from './fix.js';

const UI = { en, de };
let ready = null;
let engine = null;
let sheet = null;

/** Loads the engine once for every element on the page: resolves to element info. */
function loadEngine() {
  if (!ready) {
    ready = import('./breachnotice.js')
      .then(async (m) => {
        await m.default();
        engine = m;
        const info = new Map();
        for (const e of m.elements()) info.set(e.id, e);
        return info;
      });
  }
  return ready;
}

/** The element's style sheet, shared by every instance. */
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

let counter = 0;

class BreachNoticeCheck extends HTMLElement {
  static get observedAttributes() {
    return ['audience', 'notice-lang', 'locale'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this._uid = `bnc${++counter}`;
    this._report = null;
    this._timer = 0;
    this._info = null;
    this._packErrors = []; // a failed language pack stays said
  }

  get report() {
    return this._report;
  }

  get value() {
    return this._notice ? this._notice.value : '';
  }

  set value(text) {
    if (this._notice) {
      this._notice.value = String(text);
      this.check();
    }
  }

  get _t() {
    const code = (this.getAttribute('locale') || navigator.language || 'en').slice(0, 2).toLowerCase();
    return UI[code] || en;
  }

  connectedCallback() {
    if (this._notice) return;
    const t = this._t;
    const doc = document;
    const id = (s) => `${this._uid}-${s}`;
    const root = this.shadowRoot;
    root.adoptedStyleSheets = [styleSheet()];
    this._notice = h(doc, 'textarea', { id: id('notice'), part: 'notice', rows: '8', spellcheck: 'false' });
    this._notice.value = (this.textContent || '').trim();
    this._audience = h(doc, 'select', { id: id('audience'), part: 'audience' },
      h(doc, 'option', { value: 'data-subjects' }, t.audienceDataSubjects),
      h(doc, 'option', { value: 'authority' }, t.audienceAuthority));
    this._audience.value = this.getAttribute('audience') === 'authority' ? 'authority' : 'data-subjects';
    this._lang = h(doc, 'select', { id: id('lang'), part: 'language' },
      h(doc, 'option', { value: 'auto' }, t.langAuto));
    this._lang.value = 'auto';
    this._button = h(doc, 'button', { type: 'button', part: 'button', class: 'primary' }, t.evaluate);
    this._verdict = h(doc, 'p', { class: 'verdict', role: 'status', 'aria-live': 'polite' }, t.loading);
    this._error = h(doc, 'p', { class: 'error', part: 'error', role: 'alert', hidden: true });
    this._note = h(doc, 'p', { class: 'language-note', part: 'language-note' });
    this._list = h(doc, 'ul', { class: 'report', part: 'report' });
    this._highlighted = h(doc, 'div', { class: 'highlighted', part: 'highlighted' });
    this._readability = h(doc, 'p', { class: 'readability', part: 'readability', 'aria-live': 'polite' });
    this._trust = h(doc, 'div', { class: 'trust', part: 'trust', 'aria-live': 'polite' });
    root.append(h(doc, 'div', { class: 'box', part: 'box' },
      h(doc, 'label', { for: id('notice') }, t.noticeLabel),
      this._notice,
      h(doc, 'div', { class: 'row' },
        h(doc, 'label', { for: id('audience') }, t.audienceLabel), this._audience,
        h(doc, 'label', { for: id('lang') }, t.langLabel), this._lang, this._button),
      this._error,
      this._verdict,
      this._note,
      h(doc, 'div', { class: 'cols' }, this._list, this._highlighted),
      this._readability,
      this._trust));
    this._list.addEventListener('click', (e) => {
      const btn = e.target.closest('button[data-insert]');
      if (!btn || !this._report) return;
      this._notice.value = insertSuggestion(this._notice.value, this._report, btn.dataset.insert);
      this.check();
    });
    this._button.addEventListener('click', () => this.check());
    this._audience.addEventListener('change', () => this.check());
    this._lang.addEventListener('change', () => this.check());
    this._notice.addEventListener('input', () => {
      clearTimeout(this._timer);
      this._timer = setTimeout(() => this.check(), 150);
    });
    loadEngine().then((info) => {
      this._info = info;
      this._verdict.textContent = '';
      for (const l of engine.languages()) this._lang.append(h(doc, 'option', { value: l.code }, this._langName(l.code, l.name)));
      const wanted = this.getAttribute('notice-lang');
      if (wanted && [...this._lang.options].some((o) => o.value === wanted)) this._lang.value = wanted;
      if (this._notice.value.trim()) this.check();
      for (const code of Object.keys(engine.packUrls())) {
        engine.whenLanguage(code).catch((e) => {
          this._packErrors.push(this._packFailedText(code) + e.message);
          this._fail(this._packErrors.join(' '));
        });
      }
    }, (e) => {
      this._verdict.textContent = '';
      this._fail(t.loadFailed + (e && e.message ? e.message : String(e)));
    });
  }

  /** Shows `message` as a visible alert, logs it and fires `breach-notice-error`. */
  _fail(message) {
    this._error.textContent = message;
    this._error.hidden = false;
    console.error(`<breach-notice-check>: ${message}`);
    this.dispatchEvent(new CustomEvent('breach-notice-error', { detail: { message }, bubbles: true, composed: true }));
  }

  /** What the element says when the pack of `code` (a language, or `auto`: the detection words) failed. */
  _packFailedText(code) {
    return code === 'auto' ? this._t.detectionFailed : this._t.packFailed(this._langName(code));
  }

  /** A language's name in the element's locale (offline Intl), else `fallback`. */
  _langName(code, fallback = code) {
    try {
      return new Intl.DisplayNames([this._t.lang], { type: 'language' }).of(code) || fallback;
    } catch {
      return fallback;
    }
  }

  attributeChangedCallback(name) {
    if (!this._notice) return;
    if (name === 'audience') this._audience.value = this.getAttribute('audience') === 'authority' ? 'authority' : 'data-subjects';
    if (name === 'notice-lang' && this._info) {
      const wanted = this.getAttribute('notice-lang') || 'auto';
      this._lang.value = [...this._lang.options].some((o) => o.value === wanted) ? wanted : 'auto';
    }
    if (this._info) this.check();
  }

  /** Checks the current text; returns the report (or null before the engine is loaded). */
  check() {
    if (!this._info) return null;
    const t = this._t;
    const doc = document;
    const text = this._notice.value;
    this._pending = null;
    let report;
    try {
      report = engine.evaluate(text, this._audience.value, this._lang.value, undefined,
        new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'));
    } catch (e) {
      const code = engine.pendingLanguage(e);
      if (code && engine.languageState(code) === 'loading') {
        // Checked again as soon as the language's pack is registered.
        this._pending = code;
        this._error.hidden = !this._packErrors.length;
        this._verdict.className = 'verdict is-loading';
        this._verdict.textContent = code === 'auto' ? t.loadingDetection : t.loadingLanguage(this._langName(code));
        this._list.removeAttribute('data-complete');
        this._list.replaceChildren();
        this._report = null;
        const again = () => {
          if (this._pending === code) this.check();
        };
        engine.whenLanguage(code).then(again, again);
        return null;
      }
      this._verdict.className = 'verdict is-incomplete';
      this._verdict.textContent = '';
      this._fail(code ? this._packFailedText(code) : t.errorPrefix + (e && e.message ? e.message : String(e)));
      return null;
    }
    this._error.hidden = !this._packErrors.length;
    this._error.textContent = this._packErrors.join(' ');
    this._report = report;
    const name = (id) => t.elements[id] || id;
    const unknown = languageUnknown(report);
    this._list.dataset.complete = String(report.complete === true);
    this._list.dataset.language = report.language;
    this._verdict.className = `verdict ${report.complete ? 'is-complete' : unknown ? 'is-unknown' : 'is-incomplete'}`;
    this._verdict.textContent = report.complete ? t.complete
      : unknown ? t.unknownLanguageVerdict : t.incomplete(missingRequired(report));
    const codes = [...this._lang.options].map((o) => o.value).filter((v) => v !== 'auto');
    this._note.replaceChildren(...languageNote(doc, t, report, codes, (c) => this._langName(c), (c) => {
      this._lang.value = c;
      this.check();
    }));
    this._list.replaceChildren(...report.elements.map((el) => h(doc, 'li', {
      class: `item status-${shownStatus(report, el)}`, 'data-element': el.id, 'data-status': el.status,
    },
    h(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' }),
    h(doc, 'span', { class: 'name', text: name(el.id) }),
    h(doc, 'span', { class: 'badge', text: statusText(t, shownStatus(report, el)) }),
    h(doc, 'span', { class: 'meta', text: `${requirementText(t, el, this._info.get(el.id), report.audience)} · ${el.citation}` }))));
    renderHighlighted(this._highlighted, text, report, name);
    const ft = t.fix;
    renderSuggestions(doc, this._list, report, ft, name);
    renderSignals(doc, this._trust, text, report, ft);
    renderReadability(doc, this._readability, report, ft);
    this.dispatchEvent(new CustomEvent('breach-notice-report', { detail: report, bubbles: true, composed: true }));
    return report;
  }
}

/**
 * Drafts a notice from incident facts (a JSON string, contract §3) for `audience` in
 * `lang` (default English): plain text with visible [placeholders]. Resolves once the
 * engine and the language's data are loaded; rejects on bad facts or a pack that failed.
 */
BreachNoticeCheck.prototype.draft = async function draft(factsJson, lang = 'en') {
  await loadEngine();
  await engine.whenLanguage(lang); // its pack, when it is still on its way
  return engine.draft(factsJson, this._audience ? this._audience.value : 'data-subjects', lang);
};

if (!customElements.get('breach-notice-check')) customElements.define('breach-notice-check', BreachNoticeCheck);

export { BreachNoticeCheck };

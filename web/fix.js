// "Fix it": the parts of the page (and of the custom element) that say what a notice needs
// next — under each missing element its suggested sentence with an "Insert" button, the
// signals a reader would distrust ("Will readers trust it?") with their evidence
// highlighted, the readability score with its band, and a drafted notice from the facts.
//
// Every user-visible string comes from the interface language's dictionary (web/i18n/<xx>.js,
// its `fix` entry, passed in as `ft`); none is written here.
//
// Safety rule (as render.js): the notice and every engine text reach the DOM only through
// text nodes, never innerHTML. Positions: start16/end16 (UTF-16 code units) only.

import { h, FORMULA_NAMES } from './render.js';

/** The report's suggestion for element `id`, if any. */
export function suggestionFor(report, id) {
  return (report && report.suggestions || []).find((s) => s.element === id) || null;
}

/**
 * `text` with the suggestion for element `id` inserted where the report says
 * (`insert_at`: before the closing and signature, else at the end), as a paragraph of
 * its own. Returns `text` unchanged when there is no suggestion.
 */
export function insertSuggestion(text, report, id) {
  const s = suggestionFor(report, id);
  if (!s) return text;
  const at16 = report.insert_at && Number.isInteger(report.insert_at.start16)
    ? Math.min(report.insert_at.start16, text.length) : text.length;
  const before = text.slice(0, at16).replace(/\s+$/, '');
  const after = text.slice(at16).replace(/^\s+/, '');
  const parts = [before, s.text, after].filter((p) => p !== '');
  return parts.join('\n\n') + (after === '' ? '' : '\n');
}

/**
 * Adds under each missing element of `list` (the `li[data-element]` nodes of the
 * checklist) its suggested sentence and an "Insert" button (`button[data-insert=<id>]`).
 */
export function renderSuggestions(doc, list, report, ft, elementName = (id) => id) {
  if (!report || !Array.isArray(report.suggestions)) return;
  for (const s of report.suggestions) {
    const item = list.querySelector(`[data-element="${s.element}"]`);
    if (!item || item.dataset.status !== 'missing') continue;
    const box = h(doc, 'div', { class: 'suggestion', 'data-suggestion': s.element, lang: s.language },
      h(doc, 'p', { class: 'suggestion-label', text: ft.suggestion }),
      h(doc, 'p', { class: 'suggestion-text', text: s.text }));
    const btn = h(doc, 'button', {
      type: 'button', class: 'insert', 'data-insert': s.element,
      'aria-label': ft.insertLabel(elementName(s.element)),
    }, ft.insert);
    const foot = h(doc, 'div', { class: 'suggestion-foot' }, btn);
    if (s.placeholders && s.placeholders.length) {
      foot.append(h(doc, 'span', { class: 'hint', text: ft.placeholders(s.placeholders.length) }));
    }
    box.append(foot);
    item.append(box);
  }
}

/** A short excerpt of `text` around one span, with the span in <mark data-signal=id>. */
function excerpt(doc, text, span, id) {
  const pad = 40;
  const s = Math.max(0, span.start16 - pad);
  const e = Math.min(text.length, span.end16 + pad);
  return h(doc, 'q', { class: 'signal-excerpt' },
    (s > 0 ? '…' : '') + text.slice(s, span.start16),
    h(doc, 'mark', { 'data-signal': id }, text.slice(span.start16, span.end16)),
    text.slice(span.end16, e) + (e < text.length ? '…' : ''));
}

/**
 * Fills `container` with the "Will readers trust it?" list: one `li[data-signal=<id>]
 * [data-severity]` per signal, its explanation, citation and evidence excerpts.
 */
export function renderSignals(doc, container, text, report, ft) {
  container.replaceChildren();
  if (!report || !Array.isArray(report.signals)) return;
  container.append(h(doc, 'h3', { text: ft.trustHeading }));
  const order = (s) => (s.severity === 'warning' ? 0 : 1);
  const signals = [...report.signals].sort((a, b) => order(a) - order(b));
  if (!signals.some((s) => s.severity === 'warning')) {
    container.append(h(doc, 'p', { class: 'trust-none', text: ft.trustNone }));
  }
  const list = h(doc, 'ul', { class: 'signals' });
  for (const s of signals) {
    const li = h(doc, 'li', { class: `signal severity-${s.severity}`, 'data-signal': s.id, 'data-severity': s.severity },
      h(doc, 'span', { class: 'badge', text: ft.severity[s.severity] || s.severity }),
      ' ',
      h(doc, 'span', { class: 'signal-text', text: ft.signals[s.id] || s.id }),
      h(doc, 'p', { class: 'cite', text: s.citation || '' }));
    for (const ev of (s.evidence || []).slice(0, 3)) {
      if (ev.end16 > ev.start16) li.append(excerpt(doc, text, ev, s.id));
    }
    list.append(li);
  }
  container.append(list);
}

/** Fills `el` with the readability score, formula and band (`data-band`). */
export function renderReadability(doc, el, report, ft) {
  el.replaceChildren();
  const r = report && report.readability;
  if (!r) {
    el.removeAttribute('data-band');
    return;
  }
  el.dataset.band = r.band;
  el.dataset.formula = r.formula;
  el.append(
    h(doc, 'span', { class: 'readability-label', text: `${ft.readability}: ` }),
    h(doc, 'strong', { class: 'readability-score', text: String(r.score) }),
    ` (${FORMULA_NAMES[r.formula] || r.formula}) — `,
    h(doc, 'span', { class: 'readability-band', text: ft.bands[r.band] || r.band }),
  );
}

/** Shows a drafted notice in `container` with a button that puts it into the checker. */
export function renderDraft(doc, container, draftText, ft, onUse) {
  container.replaceChildren(
    h(doc, 'h3', { text: ft.draftHeading }),
    h(doc, 'p', { class: 'hint', text: ft.draftHint }),
  );
  const area = h(doc, 'textarea', { id: 'draft-text', class: 'draft-text', rows: '16', readonly: true, spellcheck: 'false' });
  area.value = draftText;
  const use = h(doc, 'button', { type: 'button', id: 'use-draft' }, ft.useDraft);
  use.addEventListener('click', () => onUse(draftText));
  container.append(area, h(doc, 'div', { class: 'buttons' }, use));
  container.hidden = false;
}

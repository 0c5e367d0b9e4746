// The obligations panel's lead: the decision in one sentence, then what it assumed about
// unknown facts as chips that change the fact and decide again (legal.md §5.1 "Unknown
// facts: decide on the facts given"; contract §4 `assumptions`).
//
// Everything here is built from the engine's report: the sentence from `required`,
// `deadline` and `exemption`; the chips from each decision's `assumptions`, which the
// engine computes by deciding again with the fact taken the other way.
import { h } from './render.js';

const pad = (n) => String(n).padStart(2, '0');

/** `2026-11-23T09:00:00Z` as "23 Nov 2026 09:00 UTC" (month names from the UI language). */
export function formatDeadline(iso, t) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${t.ob.months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** The whole decision in one sentence. */
export function decisionSentence(r, t) {
  const ob = r.obligations;
  const a = ob.authority || {};
  const s = ob.data_subjects || {};
  const parts = [];
  if (ob.controller && ob.controller.required) parts.push(t.ob.informController);
  if (a.required === true) parts.push(a.deadline ? t.ob.notifyBy(formatDeadline(a.deadline, t)) : t.ob.notify);
  else if (a.required === false) parts.push(t.ob.noNotify);
  else parts.push(t.ob.notifyUndecided);
  if (s.required === true) parts.push(t.ob.tell);
  else if (s.required === false) parts.push(s.exemption ? t.ob.noTellExempt(s.exemption.replace('art34_3_', '34(3)(') + ')') : t.ob.noTell);
  else parts.push(t.ob.tellUndecided);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A fact value as the form would show it. */
export function valueText(field, v, t) {
  if (typeof v === 'boolean') return v ? t.yes : t.no;
  if (Array.isArray(v)) return v.map((x) => t.values[x] || x).join(', ');
  if (typeof v === 'number') return field === 'unavailable_hours' ? t.ob.hours(v) : String(v);
  if (field === 'exposure' && v === 'none') return t.exposureNone;
  return t.values[v] || String(v);
}

/** The assumptions of all three decisions, one entry per (field, other value), with what
 *  each decision would become. */
export function collectAssumptions(r) {
  const byKey = new Map();
  const add = (list, decision) => {
    for (const a of list || []) {
      const key = `${a.field}=${JSON.stringify(a.if)}`;
      if (!byKey.has(key)) byKey.set(key, { field: a.field, assumed: a.assumed, if: a.if, also: a.also, otherwise: {} });
      byKey.get(key).otherwise[decision] = a.otherwise;
    }
  };
  add(r.risk && r.risk.assumptions, 'risk');
  add(r.obligations && r.obligations.authority && r.obligations.authority.assumptions, 'authority');
  add(r.obligations && r.obligations.data_subjects && r.obligations.data_subjects.assumptions, 'data_subjects');
  return [...byKey.values()];
}

/** What would change, in words: the obligations first, else the risk level. */
function consequence(entry, t) {
  const o = entry.otherwise;
  const words = [];
  if (o.authority === true) words.push(t.ob.ifNotify);
  if (o.authority === false) words.push(t.ob.ifNoNotify);
  if (o.data_subjects === true) words.push(t.ob.ifTell);
  if (o.data_subjects === false) words.push(t.ob.ifNoTell);
  if (!words.length && o.risk) words.push(`${t.riskLevel}: ${t.risk[o.risk] || o.risk}`);
  return words.join(', ');
}

/**
 * The lead of the panel: the sentence and the assumption chips. `onChange(changes)` is
 * called when a chip's "change" is pressed, with the facts the engine tried:
 * `[[field, value]]`, plus the partner it moved along (`also`, e.g. a safe key beside
 * encryption).
 */
export function decisionLead(doc, r, t, onChange) {
  const lead = h(doc, 'div', { class: 'decision-lead' },
    h(doc, 'p', { class: 'decision-sentence', id: 'decision-sentence', text: decisionSentence(r, t) }));
  const entries = collectAssumptions(r);
  if (!entries.length) return lead;
  const chips = h(doc, 'ul', { class: 'assumptions', id: 'assumptions', 'aria-label': t.ob.assumptionsLabel });
  for (const e of entries) {
    const label = t.fields[e.field] || e.field;
    const button = h(doc, 'button', {
      type: 'button', class: 'chip-change', 'data-field': e.field, 'data-value': JSON.stringify(e.if),
    }, t.ob.change);
    button.setAttribute('aria-label', `${t.ob.change}: ${label} → ${valueText(e.field, e.if, t)}`);
    const changes = [[e.field, e.if]];
    if (e.also) changes.push([e.also.field, e.also.if]);
    button.addEventListener('click', () => onChange(changes));
    chips.append(h(doc, 'li', { class: 'chip', 'data-field': e.field },
      h(doc, 'span', { class: 'chip-text' },
        `${t.ob.assumed}: ${label}: `, h(doc, 'strong', { text: valueText(e.field, e.assumed, t) })),
      h(doc, 'span', { class: 'chip-otherwise', text: ` — ${t.ob.ifValue(valueText(e.field, e.if, t))}: ${consequence(e, t)} — ` }),
      button));
  }
  lead.append(h(doc, 'p', { class: 'sub', text: t.ob.assumptionsHeading }), chips);
  return lead;
}

/**
 * Shows, in the facts form, the value each unknown field was assumed to have, instead
 * of a blank: the "unknown" choice of a list names it, a number field shows it as its
 * placeholder, a set of boxes gets a note. Fields the decision does not read (role,
 * times, records, the exemptions' facts) stay "unknown".
 */
export function showAssumedInForm(doc, form, r, t) {
  // The engine's `risk.assumed_facts`: every unknown fact with the value taken.
  const assumed = new Map(Object.entries((r && r.risk && r.risk.assumed_facts) || {}));
  for (const el of form.querySelectorAll('select')) {
    const blank = el.querySelector('option[value=""]');
    if (!blank) continue;
    blank.textContent = assumed.has(el.name)
      ? `— ${t.ob.assumedAs(valueText(el.name, assumed.get(el.name), t))} —`
      : `— ${t.unknown} —`;
  }
  for (const el of form.querySelectorAll('input[type="number"]')) {
    if (assumed.has(el.name)) el.placeholder = t.ob.assumedAs(valueText(el.name, assumed.get(el.name), t));
    else el.removeAttribute('placeholder');
  }
  for (const set of form.querySelectorAll('fieldset[data-fact]')) {
    const key = set.dataset.fact;
    let note = set.querySelector('.assumed-note');
    const none = !set.querySelector('input:checked');
    if (assumed.has(key) && none) {
      if (!note) {
        note = h(doc, 'span', { class: 'assumed-note' });
        set.append(note);
      }
      note.textContent = t.ob.assumedAs(valueText(key, assumed.get(key), t));
    } else if (note) note.remove();
  }
}

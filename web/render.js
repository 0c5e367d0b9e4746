// DOM rendering shared by the page (main.js) and the custom element (element.js).
//
// Safety rule: the notice text reaches the DOM only through text nodes
// (document.createTextNode / textContent), never through innerHTML.
//
// Positions: every evidence span from the wasm module carries start/end (UTF-8 bytes,
// the contract's unit) and start16/end16 (UTF-16 code units). JavaScript strings are
// UTF-16, so this file uses start16/end16 only.

/** Element ids in contract order (the report lists them in this order too). */
export const ELEMENT_IDS = [
  'nature', 'data_categories', 'contact_point', 'consequences', 'measures_taken', 'advice',
  'timeline', 'subject_categories', 'subject_count', 'record_count', 'delay_reasons',
];

/**
 * The readability formulas' names, by the report's `readability.formula` id: proper
 * names, the same in every interface language (declared once here, not per dictionary).
 */
export const FORMULA_NAMES = {
  flesch_reading_ease: 'Flesch Reading Ease',
  amstad: 'Flesch–Amstad',
  kandel_moles: 'Kandel–Moles',
  fernandez_huerta: 'Fernández Huerta',
  gulpease: 'Gulpease',
  flesch_douma: 'Flesch–Douma',
  fog_pl: 'FOG-PL',
  lix: 'LIX',
  flesch_martins: 'Flesch–Martins',
};

/** Creates an element with attributes and text children. */
export function h(doc, tag, attrs = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return el;
}

/**
 * The evidence spans of a report as a flat list {id, s, e} in UTF-16 units, sorted by
 * start, longer first, then contract order.
 */
export function evidenceSpans(report) {
  const spans = [];
  for (const el of report.elements || []) {
    if (el.status !== 'present') continue;
    for (const ev of el.evidence || []) {
      if (ev.end16 > ev.start16) spans.push({ id: el.id, s: ev.start16, e: ev.end16 });
    }
  }
  const order = (id) => ELEMENT_IDS.indexOf(id);
  spans.sort((a, b) => a.s - b.s || b.e - a.e || order(a.id) - order(b.id));
  return spans;
}

/**
 * Fills `container` with `text`, wrapping every evidence span in
 * <mark data-element="<id>">. Overlapping spans nest; a span that crosses the end of an
 * enclosing one is split at that point (both pieces carry the same data-element).
 * `label(id)` gives each mark's accessible title.
 */
export function renderHighlighted(container, text, report, label = (id) => id) {
  const doc = container.ownerDocument;
  container.replaceChildren();
  const queue = report ? evidenceSpans(report) : [];
  const stack = []; // {e, node}
  let pos = 0;
  const current = () => (stack.length ? stack[stack.length - 1].node : container);
  const emit = (upto) => {
    if (upto > pos) {
      current().append(doc.createTextNode(text.slice(pos, upto)));
      pos = upto;
    }
  };
  while (queue.length) {
    const span = queue.shift();
    while (stack.length && stack[stack.length - 1].e <= span.s) {
      emit(stack[stack.length - 1].e);
      stack.pop();
    }
    emit(span.s);
    let end = span.e;
    const parent = stack[stack.length - 1];
    if (parent && parent.e < end) {
      // Crosses the enclosing span's end: keep the inner piece, queue the rest.
      const rest = { id: span.id, s: parent.e, e: end };
      end = parent.e;
      let i = 0;
      while (i < queue.length && (queue[i].s < rest.s || (queue[i].s === rest.s && queue[i].e >= rest.e))) i++;
      queue.splice(i, 0, rest);
    }
    if (end <= span.s) continue;
    const mark = h(doc, 'mark', { 'data-element': span.id, title: label(span.id), tabindex: '-1' });
    current().append(mark);
    stack.push({ e: end, node: mark });
  }
  while (stack.length) {
    emit(stack[stack.length - 1].e);
    stack.pop();
  }
  emit(text.length);
}

/** Statuses as words, for the page and the element (`not_checked`: see language-note.js). */
export function statusText(t, status) {
  if (status === 'not_checked') return t.statusNotChecked;
  return status === 'present' ? t.statusPresent : status === 'missing' ? t.statusMissing : t.statusNotApplicable;
}

/** The requirement label of an element result (required / recommended / conditional). */
export function requirementText(t, el, info, audience) {
  if (el.required) return t.reqRequired;
  const rule = info && info[audience === 'authority' ? 'authority' : 'data_subjects'];
  if (rule && rule.requirement === 'conditional') return t.reqConditional;
  return t.reqRecommended;
}

/** Number of required elements that are not present. */
export function missingRequired(report) {
  return (report.elements || []).filter((e) => e.required && e.status !== 'present').length;
}

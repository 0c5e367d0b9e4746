// The notice's language, said plainly, for the page (main.js) and the element: the
// language the notice was read in and how sure detection was (the report's
// `language_confidence`); when detection could not decide, that no element was checked,
// with one button per supported language (the engine's guess first) to check it as that.
// Never a silent "every element missing".
import { h } from './render.js';

/**
 * The note's nodes for `report`. `languages`: the supported codes; `name(code)`: a
 * language's name; `pick(code)`: called when the user chooses a language.
 */
export function languageNote(doc, t, report, languages, name, pick) {
  const code = report.language;
  if (code === 'unknown') {
    if (report.language_source === 'no_text') return [];
    const guess = report.language_guess;
    const order = [...languages].sort((a, b) => Number(b === guess) - Number(a === guess));
    const buttons = order.map((c) => {
      const b = h(doc, 'button', { type: 'button', class: 'pick-language', 'data-lang': c, lang: c }, name(c));
      b.addEventListener('click', () => pick(c));
      return b;
    });
    return [h(doc, 'span', { class: 'language-unknown', text: t.unknownLanguagePick }), ' ', ...buttons];
  }
  const label = `${name(code)} (${code})`;
  return [h(doc, 'span', { text: report.language_confidence === 'low' ? t.detectedLow(label) : t.detected(label) })];
}

/** Whether the report could not judge the notice because its language is unknown. */
export function languageUnknown(report) {
  return report.language === 'unknown' && report.language_source === 'not_detected';
}

/** The status to show for `el`: `not_checked` instead of `missing` when the language is unknown. */
export function shownStatus(report, el) {
  return languageUnknown(report) && el.status === 'missing' ? 'not_checked' : el.status;
}

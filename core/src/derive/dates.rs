//! Dates a notice states → contract `aware_at` (Art. 33(1) GDPR: the 72 hours run from
//! when the controller became aware; EDPB Guidelines 9/2022 §II.A on awareness) and
//! `authority_notified_at` (the date of the notification to the supervisory authority).
//!
//! # Rule
//! A sentence with an awareness cue ("we became aware", "Kenntnis", "nous avons
//! découvert", "detectamos", "siamo venuti a conoscenza", "ontdekt") or a notification
//! label ("Date of notification", "Meldung:", "Fecha de la notificación") gives its field
//! the **complete** date ([`find_dates`]: day, month and year) nearest to the cue in the
//! same sentence, at its first occurrence in the notice. The labels are not subject to
//! negation: "we did **not** notice it until 5 March" still dates the awareness, and a
//! nearby "non autorizzato" does not undo "abbiamo rilevato il 9 febbraio".
//!
//! # Time of day
//! The derived instant is that date at **00:00 UTC**, even when a time is given: notices
//! rarely state a time zone, and the start of the day is the earliest moment the
//! statement allows — a deadline computed from it (Art. 33(1)) is never later than the
//! real one. An English all-numeric date with `/` (day and month order unknown) derives
//! nothing.
//!
//! # Dates without a year
//! Notices often give the year only once ("We became aware on 2 September and are
//! notifying on 9 September", the year in the letter's date or a form field "Date:
//! 10.09.2025"). When the date nearest the cue is a day and a named month without a year,
//! the year is taken from the **nearest complete date of the whole text**: the closest
//! one before the year-less date, otherwise the closest one after it. If the date in that
//! year lies more than [`YEAR_INFERENCE_MAX_DAYS`] (about six months) from the anchor, the
//! adjacent year that brings it within that distance is taken instead (a "30 December"
//! beside "5 January 2026" is 30 December 2025); if neither does, or the text has no
//! complete date at all (a bare year "2025" is not one), nothing is derived. The evidence
//! is the year-less date as written.
//!
//! The year is inferred for `aware_at` only. The notification labels include broad words
//! ("gemeldet", "melding") that also name internal reports ("die Lehrkraft hat den Verlust
//! am 17. März bemerkt und sofort gemeldet"); a notification date must be written in full.

use crate::elements::CueTables;
use crate::facts::FactField;
use crate::lang::{Lang, LangData};
use crate::text::dates::{DateKind, find_dates, find_dates_in, is_ordinal_suffix};
use crate::text::word_list::WordList;
use crate::text::words::{Word, Words};
use crate::time::Timestamp;

use super::{DerivedFacts, EvidenceValue};

/// A date field of the facts that a notice's text can give: the fact fields of kind
/// `Time`. Matches over it are exhaustive, so a new date field is a compile error where
/// it must be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    /// `aware_at`.
    AwareAt,
    /// `authority_notified_at`.
    AuthorityNotifiedAt,
}

impl DateField {
    /// The fact field.
    pub const fn fact(self) -> FactField {
        match self {
            DateField::AwareAt => FactField::AwareAt,
            DateField::AuthorityNotifiedAt => FactField::AuthorityNotifiedAt,
        }
    }

    /// Its index in per-field arrays (`[_; 2]`).
    pub const fn slot(self) -> usize {
        match self {
            DateField::AwareAt => 0,
            DateField::AuthorityNotifiedAt => 1,
        }
    }

    /// The field in `facts`.
    fn of(self, facts: &mut crate::facts::Facts) -> &mut Option<Timestamp> {
        match self {
            DateField::AwareAt => &mut facts.aware_at,
            DateField::AuthorityNotifiedAt => &mut facts.authority_notified_at,
        }
    }

    /// Whether a year may be inferred for it (module docs: `aware_at` only).
    const fn infers_year(self) -> bool {
        match self {
            DateField::AwareAt => true,
            DateField::AuthorityNotifiedAt => false,
        }
    }
}

/// The cue tables, one per date field.
pub const LABEL_TABLES: &[(DateField, CueTables)] = &[
    (DateField::AwareAt, crate::lang::data::DERIVE_DATES_AWARE),
    (
        DateField::AuthorityNotifiedAt,
        crate::lang::data::DERIVE_DATES_NOTIFIED,
    ),
];

/// The date field of each member of [`LABEL_TABLES`], in its order, without the tables: what
/// run-time code reads (a match's member number picks it), so that no per-table text is
/// linked: the tables are read at compile time, merged into the derive index
/// ([`super::index`]).
pub static LABELS: [DateField; LABEL_TABLES.len()] = super::index::values(LABEL_TABLES);

/// Reads the dates of one sentence into `out` (first occurrence per field wins); a year
/// is inferred for `aware_at` only (module docs). `cues`
/// are the starts of the sentence's first awareness and notification labels ([`LABELS`],
/// not negated), found by the caller's single cue pass. `inferred` records, per field
/// (`aware_at`, `authority_notified_at`), whether a year inference was tried: it is tried
/// once per field and notice (module docs), which keeps the whole a linear pass. `words`:
/// the sentence's words split before, when given.
pub fn settle(
    (sentence, words): (&str, Option<&[Word]>),
    base: usize,
    lang: Lang,
    cues: [Option<(DateField, usize)>; 2],
    inferred: &mut [bool; 2],
    out: &mut DerivedFacts,
    text: &str,
) {
    // The date nearest each cue, other than the one at `except`: (distance, start, end,
    // date as written).
    let nearest = |at: usize, except: Option<usize>| {
        let mut best: Option<(usize, usize, usize, Written)> = None;
        find_dates_in(sentence, base, lang.data(), words, |d| {
            if d.kind != DateKind::Date || Some(d.start) == except {
                return;
            }
            let end = year_after(sentence, base, d.end).unwrap_or(d.end);
            let Some(written) = sentence
                .get(d.start.saturating_sub(base)..end.saturating_sub(base))
                .and_then(|s| written_date(s, lang))
            else {
                return;
            };
            let distance = d.start.abs_diff(at);
            if best.is_none_or(|(old, _, _, _)| distance < old) {
                best = Some((distance, d.start, end, written));
            }
        });
        best
    };
    let mut bests = cues.map(|c| c.and_then(|(_, at)| nearest(at, None)));
    // One date is not both the awareness and the notification: when both cues are nearest
    // the same complete date and neither field is known yet, it belongs to the cue that comes last
    // before it (else the nearer), and the other cue takes its next nearest date ("Anmälan lämnas den 15 juli, mer än
    // 72 timmar efter att vi fick kännedom" dates the notification only).
    if let ([Some((fa, at_a)), Some((fb, at_b))], [Some(ba), Some(bb)]) = (cues, bests)
        && fa != fb
        && ba.1 == bb.1
        && matches!(ba.3, Written::Complete(_))
        && fa.of(&mut out.facts).is_none()
        && fb.of(&mut out.facts).is_none()
    {
        let date = ba.1;
        let before = |at: usize| (at < date).then_some(at);
        let a_wins = match (before(at_a), before(at_b)) {
            (Some(a), Some(b)) => a > b,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => ba.0 <= bb.0,
        };
        let (loser, at) = if a_wins { (1, at_b) } else { (0, at_a) };
        if let Some(slot) = bests.get_mut(loser) {
            *slot = nearest(at, Some(date));
        }
    }
    for (k, cue) in cues.into_iter().enumerate() {
        let Some((field, _)) = cue else {
            continue;
        };
        if field.of(&mut out.facts).is_some() {
            continue;
        }
        let Some((_, a, b, written)) = bests.get(k).copied().flatten() else {
            continue;
        };
        let t = match written {
            Written::Complete(t) => Some(t),
            // One year inference per field: it reads the whole text, and when it fails (no
            // complete date, or 29 February with no leap year near) a later one would too.
            Written::NoYear { month, day } => match inferred.get_mut(field.slot()) {
                Some(tried) if !*tried && field.infers_year() => {
                    *tried = true;
                    nearest_complete_date(text, lang, a, b)
                        .and_then(|anchor| infer_year(month, day, anchor))
                }
                _ => None,
            },
        };
        if let Some(t) = t {
            *field.of(&mut out.facts) = Some(t);
            out.note(field.fact(), EvidenceValue::Time(t), a, b, text);
        }
    }
}

/// A date as a notice writes it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Written {
    /// Day, month and year: the instant 00:00 UTC of that day.
    Complete(Timestamp),
    /// A day and a named month without a year ("on 2 September", "am 3. März").
    NoYear {
        /// 1–12.
        month: u32,
        /// 1–31.
        day: u32,
    },
}

/// Largest distance in days between a year-less date and its anchor for the anchor's year
/// to be taken as it is (about six months): further away, the adjacent year that brings
/// the date closer is taken, so that "30 December" next to "2 January 2026" is read as
/// 30 December 2025.
pub const YEAR_INFERENCE_MAX_DAYS: i64 = 183;

/// The complete date nearest to the year-less date at `start..end` of `text`: the closest
/// one ending before it, otherwise the closest one starting after it (`None`: the text has
/// no complete date).
///
/// Read paragraph by paragraph outwards from the year-less date, instead of the whole
/// text: no date, and no word of one, crosses a blank line (`\n\n`: named dates are on one
/// line, numeric ones hold no line break, and a word is joined across a line end only when
/// the next line starts with its continuation), so the dates found in a paragraph alone are
/// exactly the whole text's dates within it. The nearest date before lies in the first
/// paragraph, going back, that holds one; the nearest after, in the first going forward.
fn nearest_complete_date(text: &str, lang: Lang, start: usize, end: usize) -> Option<Timestamp> {
    // Backwards from the paragraph holding `start`: the date ending last, at or before it.
    let mut hi = paragraph_end(text, start);
    let mut lo = paragraph_start(text, start);
    loop {
        let mut before: Option<(usize, Timestamp)> = None;
        complete_dates_in(text, lo, hi, lang, &mut |_, d_end, t| {
            if d_end <= start && before.is_none_or(|(at, _)| d_end >= at) {
                before = Some((d_end, t));
            }
        });
        if let Some((_, t)) = before {
            return Some(t);
        }
        if lo == 0 {
            break;
        }
        hi = lo;
        lo = paragraph_start(text, lo.saturating_sub(1));
    }
    // Forwards from the paragraph holding `end`: the date starting first, at or after it.
    let mut lo = paragraph_start(text, end);
    loop {
        let hi = paragraph_end(text, end.max(lo));
        let mut after: Option<(usize, Timestamp)> = None;
        complete_dates_in(text, lo, hi, lang, &mut |d_start, _, t| {
            if d_start >= end && after.is_none_or(|(at, _)| d_start < at) {
                after = Some((d_start, t));
            }
        });
        if let Some((_, t)) = after {
            return Some(t);
        }
        if hi >= text.len() {
            return None;
        }
        lo = hi;
    }
}

/// The start of the paragraph holding byte `at` of `text`: just after the last blank line
/// (`\n\n`) ending at or before `at`, or 0.
fn paragraph_start(text: &str, at: usize) -> usize {
    let before = text.as_bytes().get(..at).unwrap_or(text.as_bytes());
    before
        .windows(2)
        .rposition(|w| w == b"\n\n")
        .map_or(0, |blank| blank + 2)
}

/// The end of the paragraph holding byte `at` of `text`: just after the first blank line
/// (`\n\n`) starting at or after `at`, or the end of the text.
fn paragraph_end(text: &str, at: usize) -> usize {
    text.as_bytes()
        .get(at..)
        .and_then(|after| after.windows(2).position(|w| w == b"\n\n"))
        .map_or(text.len(), |blank| at + blank + 2)
}

/// Calls `f(start, end, date)` for every complete date in bytes `lo..hi` of `text` (a run
/// of whole paragraphs), in [`find_dates`] order; `end` includes a year written after the
/// match ([`year_after`]).
fn complete_dates_in(
    text: &str,
    lo: usize,
    hi: usize,
    lang: Lang,
    f: &mut dyn FnMut(usize, usize, Timestamp),
) {
    let Some(slice) = text.get(lo..hi) else {
        return;
    };
    find_dates(slice, lo, lang.data(), |d| {
        if d.kind != DateKind::Date {
            return;
        }
        let d_end = year_after(text, 0, d.end).unwrap_or(d.end);
        if let Some(t) = text
            .get(d.start..d_end)
            .and_then(|s| complete_date(s, lang))
        {
            f(d.start, d_end, t);
        }
    });
}

/// The year-less date `day`.`month` in the year of `anchor`, or — when that is more than
/// [`YEAR_INFERENCE_MAX_DAYS`] away from the anchor — in the adjacent year that is closer.
/// `None` when the date exists in none of these years (29 February).
fn infer_year(month: u32, day: u32, anchor: Timestamp) -> Option<Timestamp> {
    let year = year_of(anchor)?;
    let days = |t: Timestamp| (t.unix() - anchor.unix()).abs() / 86_400;
    let mut best: Option<Timestamp> = None;
    for y in [year, year.saturating_sub(1), year.saturating_add(1)] {
        let Some(t) = instant(y, month, day) else {
            continue;
        };
        if y == year && days(t) <= YEAR_INFERENCE_MAX_DAYS {
            return Some(t);
        }
        if best.is_none_or(|b| days(t) < days(b)) {
            best = Some(t);
        }
    }
    best.filter(|&t| days(t) <= YEAR_INFERENCE_MAX_DAYS)
}

/// The calendar year of `t` (UTC).
fn year_of(t: Timestamp) -> Option<u32> {
    t.year()
}

/// The instant 00:00 UTC of `y`-`m`-`d`, if that date exists.
fn instant(y: u32, m: u32, d: u32) -> Option<Timestamp> {
    Timestamp::from_date(y, m, d)
}

/// Words between a date and its year (`de`, `del`, `of`): the union of
/// `core/lang/<xx>/words/month_year_links.words`.
const MONTH_YEAR_LINKS: WordList = crate::lang::data::WORDS_MONTH_YEAR_LINKS_ANY;

/// When a date match ends before its year ("3 de octubre" + " de 2025"), the end of that
/// year: the next word, or the one after a linking word ([`MONTH_YEAR_LINKS`]), if it is
/// four digits.
fn year_after(sentence: &str, base: usize, end: usize) -> Option<usize> {
    let rest = sentence.get(end.checked_sub(base)?..)?;
    let mut words = Words::with_offset(rest, end).take(2);
    let first = words.next()?;
    let year = if MONTH_YEAR_LINKS.contains(first.bytes()) {
        words.next()?
    } else {
        first
    };
    let gap = sentence.get(end.checked_sub(base)?..year.start.checked_sub(base)?)?;
    let close = gap.len() <= 6
        && gap
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == ',');
    (close && year.bytes().len() == 4 && year.is_digits()).then_some(year.end)
}

/// Whether the date [`find_dates`] found at `start..end` of `text` lies on a day after
/// `anchor` (the awareness instant): a complete date, or a day and a named month in the
/// year of `anchor` (`infer_year`: the nearer year). `false` when it is no date.
pub fn date_after(text: &str, start: usize, end: usize, lang: Lang, anchor: Timestamp) -> bool {
    let end = year_after(text, 0, end).unwrap_or(end);
    let t = match text.get(start..end).and_then(|s| written_date(s, lang)) {
        Some(Written::Complete(t)) => Some(t),
        Some(Written::NoYear { month, day }) => infer_year(month, day, anchor),
        None => None,
    };
    t.is_some_and(|t| t.unix() >= anchor.unix() + 86_400)
}

/// The instant 00:00 UTC of the date written in `span` (a date [`find_dates`] found), or
/// `None` when the day, month or year is missing or the date does not exist.
pub fn complete_date(span: &str, lang: Lang) -> Option<Timestamp> {
    match written_date(span, lang)? {
        Written::Complete(t) => Some(t),
        Written::NoYear { .. } => None,
    }
}

/// The date written in `span`: complete, or a day and a named month without a year.
/// `None` when it is neither, or names a day that does not exist.
fn written_date(span: &str, lang: Lang) -> Option<Written> {
    let data = lang.data();
    let mut nums: [(u32, usize); 3] = [(0, 0); 3];
    let mut count = 0usize;
    let mut month: Option<u32> = None;
    for word in Words::new(span).take(8) {
        let w = word.text();
        if w.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            let suffix = w.get(digits..).unwrap_or("");
            if !is_ordinal_suffix(suffix.as_bytes()) {
                return None;
            }
            let value = w
                .get(..digits)
                .filter(|d| d.len() <= 4)
                .and_then(|d| d.parse::<u32>().ok())?;
            let slot = nums.get_mut(count)?;
            *slot = (value, digits);
            count += 1;
        } else if let Some(m) = month_of(data, w) {
            month = Some(m);
        }
    }
    let nums = nums.get(..count)?;
    let (y, m, d) = match month {
        Some(m) => {
            let day = nums.iter().find(|(_, n)| *n <= 2)?.0;
            match nums.iter().find(|(_, n)| *n == 4) {
                Some(&(year, _)) => (year, m, day),
                None if count == 1 && (1..=31).contains(&day) => {
                    // Checked against a leap year: 29 February may exist in the year inferred.
                    instant(2000, m, day)?;
                    return Some(Written::NoYear { month: m, day });
                }
                None => return None,
            }
        }
        // A day and month without a year (`3/3` where the language writes dates so).
        None if count == 2
            && data
                .day_month_separator
                .is_some_and(|sep| span.chars().any(|c| c == sep)) =>
        {
            let [(day, _), (m, _)] = <[(u32, usize); 2]>::try_from(nums).ok()?;
            instant(2000, m, day)?;
            return Some(Written::NoYear { month: m, day });
        }
        None => {
            let [(a, na), (b, _), (c, nc)] = <[(u32, usize); 3]>::try_from(nums).ok()?;
            if na == 4 {
                (a, b, c)
            } else if nc == 4 {
                if lang.as_str() == "en" && span.as_bytes().contains(&b'/') {
                    return None;
                }
                (c, b, a)
            } else {
                return None;
            }
        }
    };
    instant(y, m, d).map(Written::Complete)
}

/// Longest line, in bytes, read as a line that gives the document's own date
/// ([`document_date`]): a dateline, a header or a registry line is short.
pub const DOCUMENT_DATE_MAX_BYTES: usize = 100;

/// The words of a line that gives the document's own date, of every language
/// (`core/lang/*/words/document_date.words`): a date or "sent" label ("Date", "Trimis",
/// "Wysłano"), the word between a place and its date ("den", "le", "dnia", "dne") and a
/// registry number's label ("Nr", "din").
pub const DOCUMENT_DATE_WORDS: WordList = crate::lang::data::WORDS_DOCUMENT_DATE_ANY;

/// The document's own date, when `sentence` (at byte `base` of `text`) is a line of its own
/// of at most [`DOCUMENT_DATE_MAX_BYTES`] that gives it: a complete date preceded only by
/// - a place and a comma or a word of [`DOCUMENT_DATE_WORDS`] ("Brașov, 3 martie 2026",
///   "Kraków, dnia 28 września 2026 r.", "V Praze dne 3. března 2026"; no `:` then, so a
///   form field "Incident date: 5 March 2026" is none),
/// - words of [`DOCUMENT_DATE_WORDS`], weekdays and, after such a word, numbers: a header
///   or a field ("Trimis: marți, 14 aprilie 2026 10:12", "Data: 30.11.2026", a registry
///   line "Nr. 1187 / 22.09.2026"),
/// - or nothing (a line that is a date),
///
/// and followed only by a time, a year mark ("r.") or a weekday. Returns the date (00:00
/// UTC) and its span. A form's other fields ("Data și ora incidentului: …", "4.1 Data:
/// …") and a sentence of the body that opens with a date are no such line.
///
/// Whose date it is depends on the audience: the date of a notification to the authority
/// (Art. 33(1) GDPR, the time it is made), a publication date on a communication to the
/// data subjects ([`super::DerivedFacts::notified_on_document_date`]).
///
/// A frame of its own (not inlined into the sentence's derivation, whose frame is on the
/// deepest stack path).
#[inline(never)]
pub fn document_date(
    text: &str,
    (sentence, words): (&str, Option<&[Word]>),
    base: usize,
    lang: Lang,
) -> Option<(Timestamp, usize, usize)> {
    if sentence.len() > DOCUMENT_DATE_MAX_BYTES || sentence.as_bytes().contains(&b'\n') {
        return None;
    }
    let before = text.get(..base)?.trim_end_matches([' ', '\t', '\r']);
    let after = text
        .get(base + sentence.len()..)?
        .trim_start_matches([' ', '\t', '\r']);
    if !(before.is_empty() || before.ends_with('\n'))
        || !(after.is_empty() || after.starts_with('\n'))
    {
        return None;
    }
    let mut first: Option<(usize, usize)> = None;
    find_dates_in(sentence, base, lang.data(), words, |d| {
        if d.kind == DateKind::Date && first.is_none() {
            first = Some((d.start.saturating_sub(base), d.end.saturating_sub(base)));
        }
    });
    let (a, b) = first?;
    let b = year_after(sentence, 0, b).unwrap_or(b);
    let t = complete_date(sentence.get(a..b)?, lang)?;
    (dateline_prefix(sentence.get(..a)?, lang) && dateline_rest(sentence.get(b..)?, lang))
        .then_some((t, base + a, base + b))
}

/// Whether `gap`, the characters between two words of a dateline, holds only blanks and
/// the punctuation of dates, headers and registry numbers.
fn dateline_gap(gap: &str) -> bool {
    gap.chars().all(|c| {
        matches!(
            c,
            ' ' | '\t' | '\u{a0}' | '\u{202f}' | ',' | ':' | '/' | '.' | '-' | '–' | '(' | ')'
        )
    })
}

/// Whether `prefix`, what comes before the date on its line, is a place, a label or
/// nothing ([`document_date`]).
fn dateline_prefix(prefix: &str, lang: Lang) -> bool {
    let words = DOCUMENT_DATE_WORDS;
    let weekdays = lang.data().weekdays;
    // Words of a place so far (`Some`: the place is still open), whether a label or
    // weekday was seen, where the last word ended, and whether the last word was a short
    // lowercase label word inside an open place: a joining word if a capitalised word
    // follows ("Fait à Clermont-Ferrand", "Frankfurt am Main"), else a label ("dne").
    let mut place: Option<usize> = Some(0);
    let mut place_words = 0usize;
    let mut labelled = false;
    let mut last = 0usize;
    let mut joiner = false;
    for w in Words::new(prefix) {
        let Some(gap) = prefix.get(last..w.start) else {
            return false;
        };
        if !dateline_gap(gap) {
            return false;
        }
        let comma = gap.as_bytes().contains(&b',');
        if comma && place_words > 0 {
            place = None;
        }
        last = w.end;
        let capital = prefix
            .get(w.start..w.end)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase);
        if core::mem::take(&mut joiner) {
            if capital && !comma && place.is_some() {
                place_words += 1;
                place = place.map(|n| n + 1);
                continue;
            }
            labelled = true;
            place = None;
        }
        if words.contains(w.bytes()) || weekdays.contains(w.bytes()) {
            if place_words > 0 && place.is_some() && !capital && w.bytes().len() <= 3 {
                joiner = true;
                continue;
            }
            labelled = true;
            place = None;
            continue;
        }
        if w.bytes().iter().any(u8::is_ascii_digit) {
            // A registry number, after its label ("Nr. 1187 / …").
            if !labelled {
                return false;
            }
            place = None;
            continue;
        }
        match place {
            // A place's words: capitalised, or a short joining word within it ("Vila Nova
            // de Gaia").
            Some(n) if capital || (n > 0 && w.bytes().len() <= 3) => {
                place = Some(n + 1);
                place_words += 1;
            }
            _ => return false,
        }
    }
    labelled |= joiner;
    let Some(tail) = prefix.get(last..) else {
        return false;
    };
    if !dateline_gap(tail) {
        return false;
    }
    if place_words == 0 {
        return true;
    }
    // A place is closed by a comma or a word like "dne" and has no label with a colon.
    let closed = labelled || prefix.as_bytes().contains(&b',');
    closed && !prefix.as_bytes().contains(&b':')
}

/// Whether `rest`, what follows the date on its line, is only a time, a year mark, a
/// weekday or a word of [`DOCUMENT_DATE_WORDS`] ([`document_date`]).
fn dateline_rest(rest: &str, lang: Lang) -> bool {
    let words = DOCUMENT_DATE_WORDS;
    let weekdays = lang.data().weekdays;
    let mut last = 0usize;
    for w in Words::new(rest) {
        let fits = rest.get(last..w.start).is_some_and(dateline_gap)
            && (w.bytes().iter().any(u8::is_ascii_digit)
                || crate::lang::data::WORDS_YEAR_MARKS_ANY.contains(w.bytes())
                || crate::lang::data::WORDS_HOUR_ANY.contains(w.bytes())
                || weekdays.contains(w.bytes())
                || words.contains(w.bytes()));
        if !fits {
            return false;
        }
        last = w.end;
    }
    rest.get(last..).is_some_and(dateline_gap)
}

/// The month (1–12) named by the normalised word `w` in `data`.
fn month_of(data: &LangData, w: &str) -> Option<u32> {
    data.months.value(w).and_then(|m| u32::try_from(m).ok())
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use std::string::String;

    /// The document's date of the first line of `text` that gives one, as
    /// "instant date-as-written".
    fn document_date_of(text: &str, lang: Lang) -> Option<String> {
        crate::text::sentences::Sentences::new(text).find_map(|s| {
            let (t, a, b) = document_date(text, (text.get(s.start..s.end)?, None), s.start, lang)?;
            Some(std::format!("{} {}", t.to_rfc3339_utc(), text.get(a..b)?))
        })
    }

    #[test]
    fn a_dateline_a_header_or_a_registry_line_gives_the_documents_date() {
        let good = [
            (
                Lang::Ro,
                "Brașov, 3 martie 2026\n\nStimată doamnă,",
                "3 martie 2026",
            ),
            (
                Lang::Pl,
                "Znak sprawy: CK.0174.3.2026\nKraków, dnia 28 września 2026 r.\n",
                "28 września 2026",
            ),
            (
                Lang::Cs,
                "V Praze dne 3. března 2026\n\nVážení,",
                "3. března 2026",
            ),
            (Lang::De, "Berlin, den 3. März 2026\n", "3. März 2026"),
            (Lang::Fr, "Paris, le 3 mars 2026\n", "3 mars 2026"),
            (
                Lang::Pt,
                "Braga, 9 de novembro de 2026\n",
                "9 de novembro de 2026",
            ),
            (
                Lang::En,
                "From: A <a@x.example>\nSent: Tuesday, 14 April 2026 10:12\nTo: ICO",
                "14 April 2026",
            ),
            (
                Lang::Pl,
                "Wysłano: czwartek, 19 marca 2026 14:05\n",
                "19 marca 2026",
            ),
            (
                Lang::Ro,
                "DIRECȚIA DE ASISTENȚĂ SOCIALĂ\nNr. 1187 / 22.09.2026\n",
                "22.09.2026",
            ),
            (
                Lang::Ro,
                "Cu stimă,\nElena Pătraşcu, notar public\nData: 30.11.2026",
                "30.11.2026",
            ),
            (Lang::Sv, "Stockholm den 3 mars 2026\n", "3 mars 2026"),
            (
                Lang::Fr,
                "Fait à Clermont-Ferrand, le 22 septembre 2026",
                "22 septembre 2026",
            ),
            (
                Lang::De,
                "Frankfurt am Main, den 3. März 2026",
                "3. März 2026",
            ),
            (
                Lang::En,
                "3 March 2026\n\nDear Sir or Madam,",
                "3 March 2026",
            ),
        ];
        for (lang, text, date) in good {
            let got = document_date_of(text, lang);
            assert!(
                got.as_deref().is_some_and(|g| g.ends_with(date)),
                "{text:?}: {got:?}"
            );
        }
        // Form fields of other dates, a body sentence that opens with a date, a label that
        // is no date word, a date without a year.
        let bad = [
            (Lang::Ro, "4.1 Data și ora incidentului: 2026-06-05, 16:48"),
            (Lang::Ro, "Data incidentului: 2026-06-05"),
            (Lang::En, "Incident Date: 5 March 2026"),
            (Lang::En, "Date of the breach: 5 March 2026"),
            (Lang::En, "Period: 3 March 2026"),
            (Lang::Ro, "Publicat: 15 octombrie 2026"),
            (
                Lang::Ro,
                "Vineri, 20 februarie 2026, în jurul orei 19, un formator ne-a anunțat furtul.",
            ),
            (Lang::En, "On 5 March 2026 we found the file."),
            (Lang::En, "The file was sent on 5 March 2026"),
            (Lang::En, "London, 3 March\n"),
            (Lang::En, "We wrote to you. London, 3 March 2026\n"),
        ];
        for (lang, text) in bad {
            assert_eq!(document_date_of(text, lang), None, "{text:?}");
        }
    }

    #[test]
    fn a_swedish_day_and_month_is_read_without_a_year() {
        assert!(matches!(
            written_date("3/3", Lang::Sv),
            Some(Written::NoYear { month: 3, day: 3 })
        ));
        assert!(matches!(
            written_date("14/10", Lang::Sv),
            Some(Written::NoYear { month: 10, day: 14 })
        ));
        assert!(written_date("31/2", Lang::Sv).is_none());
        assert!(written_date("3/3", Lang::En).is_none());
    }

    #[test]
    fn ordinal_suffixes_of_every_language_complete_a_date() {
        // `core/lang/<xx>/words/ordinal_suffixes.words`, read by both the date finder and
        // this reader: a suffix the finder accepts must not make the date unreadable.
        let cases = [
            (Lang::En, "March 3rd, 2025", "2025-03-03T00:00:00Z"),
            (Lang::Fr, "3ème mars 2025", "2025-03-03T00:00:00Z"),
            (Lang::Fr, "1er mars 2025", "2025-03-01T00:00:00Z"),
            (Lang::El, "17ης Μαρτίου 2025", "2025-03-17T00:00:00Z"),
            (Lang::Es, "3 de marzo del 2025", "2025-03-03T00:00:00Z"),
        ];
        for (lang, text, want) in cases {
            let mut found = None;
            crate::text::dates::find_dates(text, 0, lang.data(), |d| {
                found = found.or_else(|| text.get(d.start..d.end));
            });
            let span = found.unwrap_or("");
            let got = year_after(text, 0, span.len())
                .and_then(|end| text.get(..end))
                .or(Some(span))
                .and_then(|s| complete_date(s, lang))
                .map(Timestamp::to_rfc3339_utc);
            assert_eq!(got.as_deref(), Some(want), "{text}: span {span:?}");
        }
    }

    /// The whole-text scan that [`nearest_complete_date`] replaces.
    fn nearest_by_whole_scan(
        text: &str,
        lang: Lang,
        start: usize,
        end: usize,
    ) -> Option<Timestamp> {
        let mut before: Option<(usize, Timestamp)> = None;
        let mut after: Option<(usize, Timestamp)> = None;
        complete_dates_in(text, 0, text.len(), lang, &mut |d_start, d_end, t| {
            if d_end <= start {
                if before.is_none_or(|(at, _)| d_end >= at) {
                    before = Some((d_end, t));
                }
            } else if d_start >= end && after.is_none_or(|(at, _)| d_start < at) {
                after = Some((d_start, t));
            }
        });
        before.or(after).map(|(_, t)| t)
    }

    #[test]
    fn the_paragraph_search_finds_what_a_whole_text_scan_finds() {
        let paragraphs = [
            "Brief vom 3. März 2025.",
            "Letter of 3 March 2025, received on 2 September.",
            "We became aware on 2 September and fixed it on 5 May. Date: 10.09.2025",
            "No date here.\nAm 12.\nMai 2024 begann es, am 2.\n\nJuni 2023 nicht.",
            "30 December 2024 and 2 January, then 1 January 2026 at 10:30",
            "Kunden-\n\ndaten 4 June 2023 and 4 June",
            "on 12 May\n\n2025 and 07.03.2025/08.03.2025",
            "",
        ];
        let separators = ["\n\n", "\n", "\n\n\n", "\r\n\r\n", " \n\n ", "\n \n"];
        let mut checked = 0usize;
        for (i, a) in paragraphs.iter().enumerate() {
            for (j, b) in paragraphs.iter().enumerate() {
                for (k, c) in paragraphs.iter().enumerate() {
                    if i == j || j == k {
                        continue;
                    }
                    let sep = separators
                        .get((i + j + k) % separators.len())
                        .copied()
                        .unwrap_or("\n\n");
                    let mut text = String::new();
                    for p in [*a, *b, *c] {
                        text.push_str(p);
                        text.push_str(sep);
                    }
                    for lang in [Lang::En, Lang::De] {
                        for w in Words::new(&text) {
                            assert_eq!(
                                nearest_complete_date(&text, lang, w.start, w.end),
                                nearest_by_whole_scan(&text, lang, w.start, w.end),
                                "{text:?} at {}..{}",
                                w.start,
                                w.end
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 1000);
    }
}

//! Dates a notice states → contract `aware_at` (Art. 33(1) GDPR: the 72 hours run from
//! when the controller became aware; EDPB Guidelines 9/2022 §II.A on awareness) and
//! `authority_notified_at` (the date of the notification to the supervisory authority).
//!
//! # Rule
//! A sentence with an awareness cue ("we became aware", "Kenntnis", "nous avons
//! découvert", "detectamos", "siamo venuti a conoscenza", "ontdekt") or a notification
//! label ("Date of notification", "Meldung:", "Fecha de la notificación") gives its field
//! the **complete** date ([`find_dates`]: day, month and year) nearest to the cue in the
//! same sentence, at its first occurrence in the notice.
//!
//! # Time of day
//! The derived instant is that date at **00:00 UTC**, even when a time is given: notices
//! rarely state a time zone, and the start of the day is the earliest moment the
//! statement allows — a deadline computed from it (Art. 33(1)) is never later than the
//! real one. A date without a year ("on 6 March"), or an English all-numeric date with `/`
//! (day and month order unknown), is incomplete and derives nothing.

use crate::elements::{Cue, Cues, Role};
use crate::facts::FactField;
use crate::lang::{Lang, LangData};
use crate::text::dates::{DateKind, find_dates};
use crate::text::words::Words;
use crate::time::Timestamp;

use super::{DerivedFacts, EvidenceValue, Negations, scan_tagged};

/// The cue tables, one per date field.
pub static LABELS: &[(FactField, Cues)] = &[
    (
        FactField::AwareAt,
        Cues {
            en: AWARE_EN,
            de: AWARE_DE,
            fr: AWARE_FR,
            es: AWARE_ES,
            it: AWARE_IT,
            nl: AWARE_NL,
        },
    ),
    (
        FactField::AuthorityNotifiedAt,
        Cues {
            en: NOTIFIED_EN,
            de: NOTIFIED_DE,
            fr: NOTIFIED_FR,
            es: NOTIFIED_ES,
            it: NOTIFIED_IT,
            nl: NOTIFIED_NL,
        },
    ),
];

/// Awareness: when the controller learned of the breach (en).
static AWARE_EN: &[Cue] = &[
    Cue::new("aware", Role::Signal),
    Cue::new("became aware", Role::Signal),
    Cue::new("become aware", Role::Signal),
    Cue::new("detected", Role::Signal),
    Cue::new("discovered", Role::Signal),
    Cue::new("found out", Role::Signal),
    Cue::new("identified the", Role::Signal),
    Cue::new("learned of", Role::Signal),
    Cue::new("learnt of", Role::Signal),
    Cue::new("noticed", Role::Signal),
    Cue::new("we discovered", Role::Signal),
    Cue::new("we noticed", Role::Signal),
];

/// Awareness: when the controller learned of the breach (de).
static AWARE_DE: &[Cue] = &[
    Cue::new("aufgefallen", Role::Signal),
    Cue::new("bekannt geworden", Role::Signal),
    Cue::new("bemerkt", Role::Signal),
    Cue::new("entdeckt", Role::Signal),
    Cue::new("erfahren", Role::Signal),
    Cue::new("festgestellt", Role::Signal),
    Cue::new("kenntnis", Role::Signal),
];

/// Awareness: when the controller learned of the breach (fr).
static AWARE_FR: &[Cue] = &[
    Cue::new("connaissance", Role::Signal),
    Cue::new("constate", Role::Signal),
    Cue::new("decouvert", Role::Signal),
    Cue::new("decouverte", Role::Signal),
    Cue::new("detecte", Role::Signal),
    Cue::new("detectee", Role::Signal),
    Cue::new("detection", Role::Signal),
    Cue::new("pris connaissance", Role::Signal),
];

/// Awareness: when the controller learned of the breach (es).
static AWARE_ES: &[Cue] = &[
    Cue::new("conocimiento", Role::Signal),
    Cue::new("descubierto", Role::Signal),
    Cue::new("descubrimos", Role::Signal),
    Cue::new("deteccion", Role::Signal),
    Cue::new("detectada", Role::Signal),
    Cue::new("detectado", Role::Signal),
    Cue::new("detectamos", Role::Signal),
    Cue::new("nos dimos cuenta", Role::Signal),
    Cue::new("tuvimos constancia", Role::Signal),
];

/// Awareness: when the controller learned of the breach (it).
static AWARE_IT: &[Cue] = &[
    Cue::new("accorti", Role::Signal),
    Cue::new("conoscenza", Role::Signal),
    Cue::new("individuat*", Role::Signal),
    Cue::new("rilevat*", Role::Signal),
    Cue::new("scopert*", Role::Signal),
    Cue::new("venuti a conoscenza", Role::Signal),
];

/// Awareness: when the controller learned of the breach (nl).
static AWARE_NL: &[Cue] = &[
    Cue::new("geconstateerd", Role::Signal),
    Cue::new("kennis", Role::Signal),
    Cue::new("ontdekking", Role::Signal),
    Cue::new("ontdekt", Role::Signal),
    Cue::new("ontdekten", Role::Signal),
    Cue::new("opgemerkt", Role::Signal),
    Cue::new("vastgesteld", Role::Signal),
];

/// Notification to the supervisory authority (en).
static NOTIFIED_EN: &[Cue] = &[
    Cue::new("date of notification", Role::Signal),
    Cue::new("notification date", Role::Signal),
    Cue::new("notified the", Role::Signal),
    Cue::new("reported the breach to", Role::Signal),
    Cue::new("reported the incident to", Role::Signal),
    Cue::new("this notification", Role::Signal),
];

/// Notification to the supervisory authority (de).
static NOTIFIED_DE: &[Cue] = &[
    Cue::new("datum der meldung", Role::Signal),
    Cue::new("gemeldet", Role::Signal),
    Cue::new("meldung", Role::Signal),
];

/// Notification to the supervisory authority (fr).
static NOTIFIED_FR: &[Cue] = &[
    Cue::new("date de la notification", Role::Signal),
    Cue::new("date de notification", Role::Signal),
    Cue::new("notifie", Role::Signal),
    Cue::new("notifiee", Role::Signal),
];

/// Notification to the supervisory authority (es).
static NOTIFIED_ES: &[Cue] = &[
    Cue::new("fecha de la notificacion", Role::Signal),
    Cue::new("fecha de notificacion", Role::Signal),
    Cue::new("notificada", Role::Signal),
    Cue::new("notificado", Role::Signal),
    Cue::new("notificamos", Role::Signal),
];

/// Notification to the supervisory authority (it).
static NOTIFIED_IT: &[Cue] = &[
    Cue::new("data della notifica", Role::Signal),
    Cue::new("data di notifica", Role::Signal),
    Cue::new("notificata", Role::Signal),
    Cue::new("notificato", Role::Signal),
];

/// Notification to the supervisory authority (nl).
static NOTIFIED_NL: &[Cue] = &[
    Cue::new("datum en tijdstip melding", Role::Signal),
    Cue::new("datum melding", Role::Signal),
    Cue::new("gemeld bij de autoriteit", Role::Signal),
    Cue::new("melding", Role::Signal),
];

/// Reads the dates of one sentence into `out` (first occurrence per field wins).
pub fn scan(
    sentence: &str,
    base: usize,
    lang: Lang,
    negations: &Negations,
    out: &mut DerivedFacts,
    text: &str,
) {
    let mut cues: [Option<(FactField, usize)>; 2] = [None, None];
    scan_tagged(
        sentence,
        base,
        lang,
        LABELS,
        negations,
        |field, start, _| {
            let slot = if field == FactField::AwareAt {
                cues.get_mut(0)
            } else {
                cues.get_mut(1)
            };
            if let Some(slot) = slot.filter(|s| s.is_none()) {
                *slot = Some((field, start));
            }
        },
    );
    for (field, at) in cues.into_iter().flatten() {
        let known = match field {
            FactField::AwareAt => out.facts.aware_at.is_some(),
            _ => out.facts.authority_notified_at.is_some(),
        };
        if known {
            continue;
        }
        let mut best: Option<(usize, Timestamp, usize, usize)> = None;
        find_dates(sentence, base, lang.data(), |d| {
            if d.kind != DateKind::Date {
                return;
            }
            let end = year_after(sentence, base, d.end).unwrap_or(d.end);
            let Some(t) = sentence
                .get(d.start.saturating_sub(base)..end.saturating_sub(base))
                .and_then(|s| complete_date(s, lang))
            else {
                return;
            };
            let distance = d.start.abs_diff(at);
            if best.is_none_or(|(old, _, _, _)| distance < old) {
                best = Some((distance, t, d.start, end));
            }
        });
        if let Some((_, t, a, b)) = best {
            match field {
                FactField::AwareAt => out.facts.aware_at = Some(t),
                _ => out.facts.authority_notified_at = Some(t),
            }
            out.note(field, EvidenceValue::Time(t), a, b, text);
        }
    }
}

/// When a date match ends before its year ("3 de octubre" + " de 2025"), the end of that
/// year: the next word, or the one after a linking `de`/`del`/`of`, if it is four digits.
fn year_after(sentence: &str, base: usize, end: usize) -> Option<usize> {
    let rest = sentence.get(end.checked_sub(base)?..)?;
    let mut words = Words::with_offset(rest, end).take(2);
    let first = words.next()?;
    let year = if matches!(first.text(), "de" | "del" | "of") {
        words.next()?
    } else {
        first
    };
    let gap = sentence.get(end.checked_sub(base)?..year.start.checked_sub(base)?)?;
    let close = gap.len() <= 6
        && gap
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == ',');
    (close && year.text().len() == 4 && year.is_digits()).then_some(year.end)
}

/// The instant 00:00 UTC of the date written in `span` (a date [`find_dates`] found), or
/// `None` when the day, month or year is missing or the date does not exist.
pub fn complete_date(span: &str, lang: Lang) -> Option<Timestamp> {
    let data = lang.data();
    let mut nums: [(u32, usize); 3] = [(0, 0); 3];
    let mut count = 0usize;
    let mut month: Option<u32> = None;
    for word in Words::new(span).take(8) {
        let w = word.text();
        if w.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            let suffix = w.get(digits..).unwrap_or("");
            if !matches!(
                suffix,
                "" | "st" | "nd" | "rd" | "th" | "er" | "e" | "o" | "eme"
            ) {
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
            let year = nums.iter().find(|(_, n)| *n == 4)?.0;
            (year, m, day)
        }
        None => {
            let [(a, na), (b, _), (c, nc)] = <[(u32, usize); 3]>::try_from(nums).ok()?;
            if na == 4 {
                (a, b, c)
            } else if nc == 4 {
                if lang == Lang::En && span.contains('/') {
                    return None;
                }
                (c, b, a)
            } else {
                return None;
            }
        }
    };
    let mut s: heapless::String<24> = heapless::String::new();
    core::fmt::Write::write_fmt(&mut s, format_args!("{y:04}-{m:02}-{d:02}T00:00:00Z")).ok()?;
    Timestamp::parse_rfc3339(&s).ok()
}

/// The month (1–12) named by the normalised word `w` in `data`.
fn month_of(data: &LangData, w: &str) -> Option<u32> {
    (1u32..)
        .zip(data.months.iter())
        .find(|(_, names)| names.contains(&w))
        .map(|(m, _)| m)
}

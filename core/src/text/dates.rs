//! Date and time detector: absolute dates with month names of the language
//! (`12 May 2025`, `12. Mai`, `May 12, 2025`, `12 de marzo de 2025`, `March 2025`), numeric
//! dates (`12.05.2025`, `12/05/2025`, `2025-05-12`), times (`22:00`) and full weekday names
//! (`Monday`, `am Montag`). Month and weekday names come from [`LangData`]; a month name
//! only counts next to a day number or a year (`may`, `march` are ordinary words too).
//! Relative times ("last week") are not detected here: they are `timeline` cues.
//!
//! ```
//! use breachnotice::Lang;
//! use breachnotice::text::dates::{DateKind, find_dates};
//! let t = "Am 12. März 2025 um 22:00 Uhr";
//! let mut v = Vec::new();
//! find_dates(t, 0, Lang::De.data(), |d| v.push((d.kind, &t[d.start..d.end])));
//! assert_eq!(v, [(DateKind::Time, "22:00"), (DateKind::Date, "12. März 2025")]);
//! ```

use crate::lang::LangData;
use crate::text::word_list::WordList;

use super::words::{Word, Words};

/// What kind of point in time a [`DateMatch`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// A calendar date (with a month, numeric or named).
    Date,
    /// A clock time.
    Time,
    /// A weekday name.
    Weekday,
}

/// A date or time found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte offset of the first character (includes `base`).
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// What it is.
    pub kind: DateKind,
}

fn digits_value(s: &[u8]) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0')))
}

/// Reads a run of ASCII digits at `i`: `(end, value, length)`.
fn digit_run(bytes: &[u8], i: usize) -> (usize, u32, usize) {
    let mut j = i;
    while bytes.get(j).is_some_and(u8::is_ascii_digit) && j - i < 5 {
        j += 1;
    }
    let v = bytes.get(i..j).and_then(digits_value).unwrap_or(0);
    (j, v, j - i)
}

/// Words for "o'clock" after a time written with a dot (`17.00 uur`, `9.30 Uhr`,
/// `17.00 h`, `17.00 ore`, `17.00 horas`, `17.00 heures`), matched ignoring ASCII case.
const HOUR_WORDS: WordList = crate::lang::data::WORDS_HOUR_ANY;

/// Whether an hour word follows byte `at` (one space, then the word, then a non-letter).
fn hour_word_after(bytes: &[u8], at: usize) -> bool {
    if bytes.get(at) != Some(&b' ') {
        return false;
    }
    let start = at + 1;
    let mut end = start;
    while bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
        end += 1;
    }
    bytes
        .get(start..end)
        .and_then(|w| core::str::from_utf8(w).ok())
        .is_some_and(|w| HOUR_WORDS.contains_ignore_ascii_case(w))
}

/// Whether the word right before the number starting at `at` (blanks and dots between) is
/// one of [`HOUR_WORDS`] ("godz. 12.05"): the number is a time, not a date.
fn hour_word_before(bytes: &[u8], at: usize) -> bool {
    let mut end = at;
    while end > 0 && bytes.get(end - 1).is_some_and(|b| matches!(b, b' ' | b'.')) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && bytes.get(start - 1).is_some_and(u8::is_ascii_alphabetic) {
        start -= 1;
    }
    start < end
        && bytes
            .get(start..end)
            .and_then(|w| core::str::from_utf8(w).ok())
            .is_some_and(|w| HOUR_WORDS.contains_ignore_ascii_case(w))
}

/// The position after one space (ASCII or no-break) at `at` after a dot, else `at`: a
/// date written with dots may space its parts (Czech `9. 11. 2026`, ČSN 01 6910; German
/// `9. 11. 2026`).
fn after_dot_space(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at..at.saturating_add(2)) {
        Some([b' ', d, ..]) if d.is_ascii_digit() => at + 1,
        Some([0xC2, 0xA0]) => at + 2,
        _ => at,
    }
}

/// Numeric dates and times, by a byte scan; with `day_month`, also a day and month
/// written without a year with that separator (Swedish `3/3`, `den 14/10`; with `.`, the
/// month closes with its dot: Czech `9. 11.`, `9.11.`, or is written in two digits, unspaced:
/// Polish `3.12`, `25.08`). Dotted dates may space their parts (`9. 11. 2026`, see
/// [`after_dot_space`]).
fn numeric(text: &str, base: usize, day_month: Option<char>, f: &mut dyn FnMut(DateMatch)) {
    let bytes = text.as_bytes();
    let mut i = 0usize;
    // Each start is a digit: skip to the next one.
    while let Some(skip) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(u8::is_ascii_digit))
    {
        i += skip;
        let boundary = i.checked_sub(1).and_then(|p| bytes.get(p)).is_none_or(|b| {
            !b.is_ascii_alphanumeric() && !matches!(b, b'.' | b'/' | b':' | b'-' | b',')
        });
        if !boundary {
            i += 1;
            continue;
        }
        let (e1, v1, l1) = digit_run(bytes, i);
        let sep = bytes.get(e1).copied();
        let mut found = None;
        match sep {
            Some(b':') if l1 <= 2 && v1 <= 23 => {
                let (e2, v2, l2) = digit_run(bytes, e1 + 1);
                if l2 == 2 && v2 <= 59 {
                    found = Some((e2, DateKind::Time));
                }
            }
            Some(b'.')
                if l1 <= 2
                    && v1 <= 23
                    && digit_run(bytes, e1 + 1).2 == 2
                    && digit_run(bytes, e1 + 1).1 <= 59
                    && hour_word_after(bytes, e1 + 3) =>
            {
                found = Some((e1 + 3, DateKind::Time));
            }
            Some(s @ (b'.' | b'/' | b'-')) => {
                let dotted = s == b'.';
                // Where the part after a separator starts (a dot may be followed by a space).
                let part = |at: usize| {
                    if dotted {
                        after_dot_space(bytes, at)
                    } else {
                        at
                    }
                };
                let (e2, v2, l2) = digit_run(bytes, part(e1 + 1));
                if bytes.get(e2) == Some(&s) && (1..=2).contains(&l2) {
                    let (e3, v3, l3) = digit_run(bytes, part(e2 + 1));
                    let ymd = l1 == 4
                        && s == b'-'
                        && (1..=12).contains(&v2)
                        && (1..=31).contains(&v3)
                        && l3 == 2;
                    let dmy = l1 <= 2
                        && (l3 == 2 || l3 == 4)
                        && (((1..=31).contains(&v1) && (1..=12).contains(&v2))
                            || ((1..=12).contains(&v1) && (1..=31).contains(&v2)));
                    // A day and month closed by the separator, no year after it
                    // (Czech `9. 11.`): only where the language writes them.
                    let day_month_closed = dotted
                        && day_month == Some('.')
                        && l3 == 0
                        && l1 <= 2
                        && (1..=31).contains(&v1)
                        && (1..=12).contains(&v2);
                    if ymd || dmy {
                        found = Some((e3, DateKind::Date));
                    } else if day_month_closed {
                        found = Some((e2 + 1, DateKind::Date));
                    }
                } else if dotted
                    && day_month == Some('.')
                    && part(e1 + 1) == e1 + 1
                    && l1 <= 2
                    && l2 == 2
                    && (1..=31).contains(&v1)
                    && (1..=12).contains(&v2)
                    && !matches!(bytes.get(e2), Some(b'/' | b'-' | b':'))
                    && !(bytes.get(e2) == Some(&b',')
                        && bytes.get(e2 + 1).is_some_and(u8::is_ascii_digit))
                    && !hour_word_after(bytes, e2)
                    && !hour_word_before(bytes, i)
                {
                    // A day and a two-digit month, unspaced and not closed by a dot, as
                    // short messages write them (Polish `3.12`, `25.08`): never a time
                    // (`7.30`, `godz. 12.05`, `12.05 Uhr`) nor `3. 12 lidí`.
                    found = Some((e2, DateKind::Date));
                } else if !dotted
                    && day_month == Some(char::from(s))
                    && l1 <= 2
                    && (1..=2).contains(&l2)
                    && (1..=31).contains(&v1)
                    && (1..=12).contains(&v2)
                    && !matches!(bytes.get(e2), Some(b'/' | b'-' | b':'))
                    && !(matches!(bytes.get(e2), Some(b'.' | b','))
                        && bytes.get(e2 + 1).is_some_and(u8::is_ascii_digit))
                {
                    found = Some((e2, DateKind::Date));
                }
            }
            _ => {}
        }
        let end_ok = |e: usize| !bytes.get(e).is_some_and(u8::is_ascii_alphanumeric);
        match found {
            Some((e, kind)) if end_ok(e) => {
                f(DateMatch {
                    start: base + i,
                    end: base + e,
                    kind,
                });
                i = e;
            }
            _ => {
                i = e1.max(i + 1);
                while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
            }
        }
    }
}

/// Suffixes written onto a day number (`1st`, `1er`, `3ème`, `1º`, Greek `17ης`, folded
/// `17hs`): the union of `core/lang/<xx>/words/ordinal_suffixes.words`.
pub(crate) const ORDINAL_SUFFIXES: WordList = crate::lang::data::WORDS_ORDINAL_SUFFIXES_ANY;

/// Whether `suffix` (the letters after a day's digits, folded) may follow a day number:
/// none, or one of [`ORDINAL_SUFFIXES`].
pub(crate) fn is_ordinal_suffix(suffix: &[u8]) -> bool {
    suffix.is_empty() || ORDINAL_SUFFIXES.contains(suffix)
}

/// A day number: `12`, or with an ordinal suffix ([`is_ordinal_suffix`]): `1st`, `12th`,
/// `1er`, `1o`, Greek `17ης`.
fn is_day(w: &Word) -> bool {
    let t = w.bytes();
    let n = t.iter().take_while(|b| b.is_ascii_digit()).count();
    if n == 0 || n > 2 {
        return false;
    }
    let suffix = t.get(n..).unwrap_or(&[]);
    let v = t.get(..n).and_then(digits_value).unwrap_or(0);
    (1..=31).contains(&v) && is_ordinal_suffix(suffix)
}

fn is_year(w: &Word) -> bool {
    w.is_digits()
        && w.bytes().len() == 4
        && digits_value(w.bytes()).is_some_and(|y| (1900..=2100).contains(&y))
}

/// Whether the text between two words is short and on one line (`12. Mai`, `May 12,`).
fn close(text: &str, base: usize, a: &Word, b: &Word) -> bool {
    let gap = text
        .get(a.end.saturating_sub(base)..b.start.saturating_sub(base))
        .unwrap_or("\n");
    gap.len() <= 3 && !gap.as_bytes().contains(&b'\n')
}

/// Words for the first day of a month (`primero de marzo`, `premier mai`, `primo maggio`).
const FIRST_DAY_WORDS: WordList = crate::lang::data::WORDS_FIRST_DAY_ANY;

/// Whether `w` is a word for the first day of a month.
fn is_first_day_word(w: &Word) -> bool {
    FIRST_DAY_WORDS.contains(w.bytes())
}

/// A day number or a word for the first day.
fn is_day_or_first(w: &Word) -> bool {
    is_day(w) || is_first_day_word(w)
}

/// The ordinal indicator written apart from its number, normalised: the `º` of `1.º`.
fn is_ordinal_marker(w: &Word) -> bool {
    matches!(w.bytes(), b"o" | b"a")
}

/// Connectives between a day and its month (`3rd of March`, `12 de marzo`, `1 di maggio`).
const DAY_MONTH_LINKS: WordList = crate::lang::data::WORDS_DAY_MONTH_LINKS_ANY;

/// Whether `w` connects a day and its month.
fn is_day_month_link(w: &Word) -> bool {
    DAY_MONTH_LINKS.contains(w.bytes())
}

/// Calls `f` for every date and time in `text` (a slice starting at byte `base`), with the
/// month and weekday names of `data`. Numeric dates and times come first, then named
/// ones, each in text order.
#[inline]
pub fn find_dates<F: FnMut(DateMatch)>(text: &str, base: usize, data: &LangData, mut f: F) {
    find_dates_dyn(text, base, data, None, &mut f);
}

/// [`find_dates`] that reads `words`, the words of `text` split before (a sentence's
/// [`crate::text::sentence_words::SentenceWords`]), when given, instead of splitting it
/// again: the same dates either way.
#[inline]
pub fn find_dates_in<F: FnMut(DateMatch)>(
    text: &str,
    base: usize,
    data: &LangData,
    words: Option<&[Word]>,
    mut f: F,
) {
    find_dates_dyn(text, base, data, words, &mut f);
}

/// [`find_dates_in`] with the callback behind a reference: the scan is compiled once, not
/// once per caller's closure (a date costs an indirect call, a byte or word nothing).
fn find_dates_dyn(
    text: &str,
    base: usize,
    data: &LangData,
    words: Option<&[Word]>,
    f: &mut dyn FnMut(DateMatch),
) {
    numeric(text, base, data.day_month_separator, f);
    // Named dates: each word with a window of three words back and one ahead
    // ([`named_date`]).
    if let Some(words) = words {
        for (i, cur) in words.iter().enumerate() {
            let back = |n: usize| i.checked_sub(n).and_then(|j| words.get(j));
            let window = [back(3), back(2), back(1), Some(cur), words.get(i + 1)];
            named_date(text, base, data, window, f);
        }
        return;
    }
    // Split here: the five latest words in a ring, `ring[oldest]` the earliest.
    let mut ring: [Option<Word>; 5] = [None; 5];
    let mut oldest = 0usize;
    let mut words = Words::with_offset(text, base);
    loop {
        let next = words.next();
        let more = next.is_some();
        if let Some(slot) = ring.get_mut(oldest) {
            // On a 64-bit target into the slot field by field ([`Word::set`]), not as a
            // whole.
            #[cfg(target_pointer_width = "64")]
            match next.as_ref() {
                Some(new) => slot.get_or_insert(Word::EMPTY).set(new),
                None => *slot = None,
            }
            #[cfg(not(target_pointer_width = "64"))]
            {
                *slot = next;
            }
        }
        oldest = (oldest + 1) % ring.len();
        let at = |j: usize| ring.get((oldest + j) % ring.len()).and_then(Option::as_ref);
        named_date(text, base, data, [at(0), at(1), at(2), at(3), at(4)], f);
        if !more {
            break;
        }
    }
}

/// The named date or weekday at the word `cur` of the window `[p3, p2, p1, cur, nx]` (the
/// three words before it and the one after, where the text has them), passed to `f`.
fn named_date(
    text: &str,
    base: usize,
    data: &LangData,
    [p3, p2, p1, cur, nx]: [Option<&Word>; 5],
    f: &mut dyn FnMut(DateMatch),
) {
    let Some(cur) = cur else {
        return;
    };
    // A month name only counts next to a number or a word for the first day.
    let starts_digit =
        |w: Option<&Word>| w.is_some_and(|w| w.bytes().first().is_some_and(u8::is_ascii_digit));
    let first_word = |w: Option<&Word>| w.is_some_and(is_first_day_word);
    if data.months.contains(cur.bytes())
        && (starts_digit(p1)
            || starts_digit(p2)
            || starts_digit(p3)
            || starts_digit(nx)
            || first_word(p1)
            || first_word(p2))
    {
        let mut start = None;
        // The day before the month, with `de`/`di`/`of` between or not: `12 May`,
        // `12 de marzo`, `1.º de marzo`, `primero de marzo`.
        let linked = p1.filter(|l| is_day_month_link(l) && close(text, base, l, cur));
        let before = if linked.is_some() { [p2, p3] } else { [p1, p2] };
        let after_day = linked.unwrap_or(cur);
        if let Some(d) = before[0].filter(|d| is_day_or_first(d) && close(text, base, d, after_day))
        {
            start = Some(d.start);
        } else if let (Some(o), Some(d)) = (before[0], before[1])
            && is_ordinal_marker(o)
            && is_day(d)
            && close(text, base, d, o)
            && close(text, base, o, after_day)
        {
            start = Some(d.start);
        }
        let mut end = cur.end;
        let after = nx.filter(|n| (is_day(n) || is_year(n)) && close(text, base, cur, n));
        if let Some(n) = after {
            end = n.end;
        }
        if start.is_some() || after.is_some() {
            f(DateMatch {
                start: start.unwrap_or(cur.start),
                end,
                kind: DateKind::Date,
            });
        }
    } else if cur.bytes().len() >= 5 && data.weekdays.contains(cur.bytes()) {
        f(DateMatch {
            start: cur.start,
            end: cur.end,
            kind: DateKind::Weekday,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn private_lists_pass_the_quick_reject() {
        use crate::text::word_list::tests::finds_every_word;
        for list in [HOUR_WORDS, FIRST_DAY_WORDS, DAY_MONTH_LINKS] {
            assert!(finds_every_word(list));
        }
    }

    fn dates(t: &str, lang: Lang) -> heapless::Vec<(DateKind, &str), 8> {
        let mut v = heapless::Vec::new();
        find_dates(t, 0, lang.data(), |d| {
            if let Some(s) = t.get(d.start..d.end) {
                let _ = v.push((d.kind, s));
            }
        });
        v
    }

    #[test]
    fn english_named_and_numeric_dates() {
        let v = dates(
            "between 3 and 5 March, on May 12, 2025 at 10:55; 2025-10-03",
            Lang::En,
        );
        assert_eq!(
            &v[..],
            &[
                (DateKind::Time, "10:55"),
                (DateKind::Date, "2025-10-03"),
                (DateKind::Date, "5 March"),
                (DateKind::Date, "May 12")
            ]
        );
    }

    #[test]
    fn a_day_and_month_without_year_where_the_language_writes_them() {
        // `day_month_separator: /` in `core/lang/sv/language.txt`: "3/3" is 3 March.
        assert_eq!(
            &dates(
                "Vi upptäckte felet den 3/3 och stängde det 14/10.",
                Lang::Sv
            )[..],
            &[(DateKind::Date, "3/3"), (DateKind::Date, "14/10")]
        );
        // Greek writes `3/11` (3 November) as Swedish does.
        assert_eq!(
            &dates("Στις 3/11 και στις 28/9.", Lang::El)[..],
            &[(DateKind::Date, "3/11"), (DateKind::Date, "28/9")]
        );
        // Czech closes the month with its dot, spaced or not (`9. 11.`, `9.11.`): never a
        // time (`7.30`), a count (`3. 12 lidí`) nor in a language that does not.
        assert_eq!(
            &dates(
                "Dne 9. 11. mezi 10. a 13. hodinou, od 7. do 11. 12. a 9.11.",
                Lang::Cs
            )[..],
            &[
                (DateKind::Date, "9. 11."),
                (DateKind::Date, "11. 12."),
                (DateKind::Date, "9.11.")
            ]
        );
        assert!(dates("v 7.30 a 3. 12 lidí", Lang::Cs).is_empty());
        // Polish short messages write a two-digit month unclosed (`3.12`, `25.08`); never a
        // time (`godz. 12.05`, `7.30`), a one-digit part (`3.1`) nor a decimal (`3.12,5`).
        assert_eq!(
            &dates("KolejPlus: 3.12 ktoś, 25.08, a 1.09.", Lang::Pl)[..],
            &[
                (DateKind::Date, "3.12"),
                (DateKind::Date, "25.08"),
                (DateKind::Date, "1.09.")
            ]
        );
        assert!(dates("o godz. 12.05, o 7.30, pkt 3.1 i 3.12,5", Lang::Pl).is_empty());
        assert!(dates("on 3.12 we", Lang::En).is_empty());
        assert!(dates("on 9. 11. at", Lang::En).is_empty());
        // German closes the month with its dot too (DIN 5008: `2.12.`, `2. 12.`), never a
        // time (`7.30 Uhr` needs its hour word) nor a section number without the closing dot.
        assert_eq!(
            &dates(
                "Am 2.12. und am 9. 11. um 7.30 Uhr; Abschnitt 3.1 gilt.",
                Lang::De
            )[..],
            &[
                (DateKind::Date, "2.12."),
                (DateKind::Date, "9. 11."),
                (DateKind::Time, "7.30")
            ]
        );
        // Not in a language without it, nor out of range, nor a longer numeric run.
        assert!(dates("on 3/3 we", Lang::En).is_empty());
        assert!(dates("den 3/13 och 1/2/3 och 3/3.5", Lang::Sv).is_empty());
    }

    #[test]
    fn a_dotted_date_may_space_its_parts() {
        // ČSN 01 6910 spaces a Czech date (`9. 11. 2026`); German writes it so too.
        assert_eq!(
            &dates("Dne 4. 12. 2026 a 9.\u{a0}11.\u{a0}2026.", Lang::Cs)[..],
            &[
                (DateKind::Date, "4. 12. 2026"),
                (DateKind::Date, "9.\u{a0}11.\u{a0}2026")
            ]
        );
        assert_eq!(
            &dates("Am 9. 11. 2026 fiel es auf.", Lang::De)[..],
            &[(DateKind::Date, "9. 11. 2026")]
        );
        // A space after the dot only before a digit: no date across words.
        assert!(dates("Kapitel 3. Abschnitt 4. 2026 Seiten", Lang::De).is_empty());
    }

    #[test]
    fn month_words_alone_are_not_dates() {
        assert!(dates("you may see that we march on", Lang::En).is_empty());
        assert!(dates("Version 5.12 costs 3.2 GB, 48,300 users", Lang::En).is_empty());
    }

    #[test]
    fn german_dates_and_weekdays() {
        let v = dates("Leipzig, 18. Februar 2025; am Montag; 07.03.2025", Lang::De);
        assert_eq!(
            &v[..],
            &[
                (DateKind::Date, "07.03.2025"),
                (DateKind::Date, "18. Februar 2025"),
                (DateKind::Weekday, "Montag")
            ]
        );
    }

    #[test]
    fn first_of_the_month_and_ordinal_markers() {
        let cases: &[(Lang, &str, &str)] = &[
            (
                Lang::Es,
                "El 1.º de marzo de 2025 detectamos",
                "1.º de marzo",
            ),
            (Lang::Es, "El 1° de marzo detectamos", "1° de marzo"),
            (
                Lang::Es,
                "El primero de marzo detectamos",
                "primero de marzo",
            ),
            (Lang::Es, "El 12 de marzo detectamos", "12 de marzo"),
            (
                Lang::Fr,
                "Le 1er octobre 2025, nous avons",
                "1er octobre 2025",
            ),
            (Lang::It, "Il 1º giugno abbiamo", "1º giugno"),
            (Lang::It, "Il primo giugno abbiamo", "primo giugno"),
        ];
        for &(lang, t, want) in cases {
            let v = dates(t, lang);
            assert_eq!(&v[..], &[(DateKind::Date, want)], "{t}");
        }
        assert!(dates("El primero de la lista", Lang::Es).is_empty());
    }

    /// Dates read from a sentence's words split before are the dates found by splitting it
    /// again (spans with the base included).
    #[test]
    fn dates_from_held_words_are_the_same() {
        use crate::text::sentence_words::SentenceWords;
        let cases: &[(Lang, &str)] = &[
            (
                Lang::En,
                "between 3 and 5 March, on May 12, 2025 at 10:55; 2025-10-03",
            ),
            (
                Lang::En,
                "On Monday, 1st of March 2025 we noticed it; March 2025.",
            ),
            (
                Lang::De,
                "Leipzig, 18. Februar 2025; am Montag; 07.03.2025 um 9.30 Uhr",
            ),
            (
                Lang::Es,
                "El 1.º de marzo de 2025 y el primero de abril detectamos",
            ),
            (
                Lang::Cs,
                "Dne 9. 11. mezi 10. a 13. hodinou, od 7. do 11. 12. a 9.11.",
            ),
            (Lang::El, "Στις 17ης Μαρτίου 2025 και στις 3/11."),
        ];
        let mut held = SentenceWords::new();
        for &(lang, t) in cases {
            held.split(t, 40);
            let mut split: heapless::Vec<DateMatch, 8> = heapless::Vec::new();
            let mut read: heapless::Vec<DateMatch, 8> = heapless::Vec::new();
            find_dates(t, 40, lang.data(), |d| {
                let _ = split.push(d);
            });
            find_dates_in(t, 40, lang.data(), held.get(), |d| {
                let _ = read.push(d);
            });
            assert!(!split.is_empty(), "{t}");
            assert_eq!(split, read, "{t}");
        }
    }

    #[test]
    fn times_with_a_dot_need_an_hour_word() {
        assert_eq!(
            &dates("om 17.00 uur", Lang::Nl)[..],
            &[(DateKind::Time, "17.00")]
        );
        assert_eq!(
            &dates("um 9.30 Uhr", Lang::De)[..],
            &[(DateKind::Time, "9.30")]
        );
        assert!(dates("versie 17.00 is uit, 3.50 euro", Lang::Nl).is_empty());
    }
}

//! Telephone-number detector: `+353 1 555 0147`, `0421 555 3370`, `(0341) 555-0123`,
//! `030/1234567`, `1-800-555-0199`; 7 to 15 digits. Dates (`03.10.2025`), times and plain
//! numbers with thousands separators are not phone numbers.
//!
//! National formats that start with another digit (`910 555 372`, `91 555 03 72`,
//! `339 555 8181`, `55 5555 0192`, `1 800 555 0123`) count when grouped like a phone
//! number: at least 9 digits, separated by spaces or dashes only, the first group of 1
//! to 4 digits and every other of 2 to 4, no `000` group (`120 000 000` is an amount),
//! and no currency sign next to it. After a phone word (`tel`, `phone`, `call`, `bel`,
//! `llame`, `chiama`, `numero verde`, …; `core/lang/<xx>/words/phone.words` and
//! `phone_prefixes.words`) in the few words before it, 6 digits suffice (`bel 14 0345`).
//!
//! ```
//! use breachnotice::text::phone::Phones;
//! let t = "Call +353 1 555 0147 or 0800 123 4567; not 12.05.2025 or 1 200 000.";
//! let found: Vec<&str> = Phones::new(t, 0).map(|(s, e)| &t[s..e]).collect();
//! assert_eq!(found, ["+353 1 555 0147", "0800 123 4567"]);
//! ```

use crate::text::word_list::WordList;
use crate::text::words::Words;

/// Iterator over the byte spans `(start, end)` of phone numbers in a text (offsets
/// include `base`). Linear in the text's length.
#[derive(Debug, Clone)]
pub struct Phones<'t> {
    text: &'t str,
    base: usize,
    pos: usize,
}

impl<'t> Phones<'t> {
    /// The phone numbers in `text`, a slice starting at byte `base` of a larger text.
    pub fn new(text: &'t str, base: usize) -> Self {
        Phones { text, base, pos: 0 }
    }
}

/// Scans a candidate starting at `at`: `(end, digits, groups, separators seen)`.
fn scan(bytes: &[u8], at: usize) -> (usize, usize, usize, [bool; 4]) {
    let mut end = at;
    let mut last_digit_end = at;
    let mut digits = 0usize;
    let mut groups = 0usize;
    let mut in_group = false;
    // Separators: space, '-', '/', '.'.
    let mut seps = [false; 4];
    let mut i = at;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if !in_group {
                    groups += 1;
                    in_group = true;
                }
                last_digit_end = i + 1;
            }
            b'+' if i == at => {}
            b'(' | b')' => in_group = false,
            b' ' | b'-' | b'/' | b'.' => {
                // A separator must be followed by a digit or '(' (one space may precede it).
                let next = bytes.get(i + 1).copied();
                let next_ok = matches!(next, Some(b'0'..=b'9' | b'('))
                    || (b != b' '
                        && next == Some(b' ')
                        && matches!(bytes.get(i + 2), Some(b'0'..=b'9')));
                if !next_ok {
                    break;
                }
                if let Some(s) = seps.get_mut(match b {
                    b' ' => 0,
                    b'-' => 1,
                    b'/' => 2,
                    _ => 3,
                }) {
                    *s = true;
                }
                in_group = false;
            }
            _ => break,
        }
        i += 1;
        end = last_digit_end;
    }
    (end, digits, groups, seps)
}

/// Whether the text at `at` starts like a numeric date `d.m.y` or `d/m/y`.
fn starts_like_date(bytes: &[u8], at: usize) -> bool {
    let run = |i: usize| {
        let mut j = i;
        while bytes.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        (j, j - i)
    };
    let (e1, l1) = run(at);
    let Some(&s) = bytes.get(e1).filter(|&&s| s == b'.' || s == b'/') else {
        return false;
    };
    let (e2, l2) = run(e1 + 1);
    let (_, l3) = run(e2 + 1);
    (1..=2).contains(&l1)
        && (1..=2).contains(&l2)
        && bytes.get(e2) == Some(&s)
        && (l3 == 2 || l3 == 4)
}

/// Whether the digits in `at..end` are grouped like a national phone number: two or more
/// groups separated by single spaces or dashes, the first of 1 to 4 digits, the others of
/// 2 to 4, none of them `000` unless a phone word stands before it (`ligue para a linha
/// 800 000 327`; without one, `120 000 000` is an amount).
fn national_grouping(bytes: &[u8], at: usize, end: usize, phone_word: bool) -> bool {
    let Some(run) = bytes.get(at..end) else {
        return false;
    };
    let mut groups = 0usize;
    for (k, group) in run.split(|&b| b == b' ' || b == b'-').enumerate() {
        let ok_len = if k == 0 {
            (1..=4).contains(&group.len())
        } else {
            (2..=4).contains(&group.len())
        };
        if !ok_len
            || !group.iter().all(u8::is_ascii_digit)
            || (k > 0 && group == b"000" && !phone_word)
        {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

/// Whether a currency sign or code stands right before or after `at..end` (an amount).
fn next_to_currency(bytes: &[u8], at: usize, end: usize) -> bool {
    let before = bytes.get(at.saturating_sub(4)..at).unwrap_or(&[]);
    let after = bytes
        .get(end..end.saturating_add(4).min(bytes.len()))
        .unwrap_or(&[]);
    let sign = |s: &[u8]| {
        s.windows(3).any(|w| w == "€".as_bytes())
            || s.iter().any(|&b| b == b'$' || b == b'%')
            || s.windows(3).any(|w| w.eq_ignore_ascii_case(b"eur"))
            || s.windows(3).any(|w| w.eq_ignore_ascii_case(b"usd"))
    };
    sign(before) || sign(after)
}

/// Words that announce a phone number, matched whole: the union of
/// `core/lang/<xx>/words/phone.words` (the detector runs on any text, before and without
/// its language).
const PHONE_WORDS: WordList = crate::lang::data::WORDS_PHONE_ANY;

/// Beginnings of words that announce a phone number (`tel` for `tel.`, `telefon`,
/// `teléfono`; `dzwo` for `dzwoń`): the union of
/// `core/lang/<xx>/words/phone_prefixes.words`.
const PHONE_PREFIXES: WordList = crate::lang::data::WORDS_PHONE_PREFIXES_ANY;

/// Whether `word` starts with one of [`PHONE_PREFIXES`], read from the list's text (a
/// plain list: each line is a word) without parsing its lines into words and values.
fn starts_with_phone_prefix(word: &[u8]) -> bool {
    PHONE_PREFIXES
        .as_text()
        .as_bytes()
        .split(|&b| b == b'\n')
        .any(|p| !p.is_empty() && word.starts_with(p))
}

/// How many words before a number may hold its phone word.
const PHONE_WORD_REACH: usize = 4;

/// How many bytes before a number are searched for a phone word.
const PHONE_WORD_WINDOW: usize = 40;

/// Whether a phone word stands in the [`PHONE_WORD_WINDOW`] bytes before `at`, among the
/// last [`PHONE_WORD_REACH`] words (digit runs are not counted as words).
fn phone_word_before(text: &str, at: usize) -> bool {
    let mut lo = at.saturating_sub(PHONE_WORD_WINDOW);
    while lo < at && !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = text.get(lo..at).unwrap_or("");
    // Words since the last phone word (`None`: no phone word yet).
    let mut since: Option<usize> = None;
    for w in Words::new(window).filter(|w| !w.is_digits()) {
        let t = w.bytes();
        let hit = !w.too_long() && (PHONE_WORDS.contains(t) || starts_with_phone_prefix(t));
        since = if hit {
            Some(0)
        } else {
            since.map(|n| n.saturating_add(1))
        };
    }
    since.is_some_and(|n| n < PHONE_WORD_REACH)
}

impl Iterator for Phones<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            let at = self.pos;
            let b = bytes.get(at).copied().unwrap_or(0);
            let prev = at.checked_sub(1).and_then(|p| bytes.get(p)).copied();
            let boundary = prev.is_none_or(|p| {
                !(p.is_ascii_alphanumeric() || matches!(p, b'.' | b',' | b'@' | b'+' | b'-' | b'/'))
            });
            let opens = match b {
                b'+' => bytes.get(at + 1).is_some_and(u8::is_ascii_digit),
                b'(' => bytes.get(at + 1).is_some_and(u8::is_ascii_digit),
                b'0'..=b'9' => true,
                _ => false,
            };
            if boundary && opens {
                let (end, digits, groups, seps) = scan(bytes, at);
                let after = bytes.get(end).copied();
                let clean_end = after.is_none_or(|a| !(a.is_ascii_alphanumeric() || a == b'@'));
                let first_digit = bytes
                    .get(at..end)
                    .and_then(|s| s.iter().find(|d| d.is_ascii_digit()))
                    .copied();
                let leading = b == b'+' || b == b'(' || first_digit == Some(b'0');
                let [space, dash, slash, dot] = seps;
                let date_like =
                    (dot && groups == 3 && digits <= 8 && !space) || starts_like_date(bytes, at);
                let us_style = (digits == 10 || digits == 11) && dash && !dot && groups >= 3;
                let word_before = phone_word_before(self.text, at);
                let national = !leading
                    && !dot
                    && !slash
                    && national_grouping(bytes, at, end, word_before)
                    && !next_to_currency(bytes, at, end)
                    && (digits >= 9 || (digits >= 6 && word_before));
                if clean_end
                    && (6..=15).contains(&digits)
                    && !date_like
                    && ((leading && digits >= 7) || us_style || national)
                {
                    self.pos = end.max(at + 1);
                    return Some((self.base.saturating_add(at), self.base.saturating_add(end)));
                }
                // Skip the scanned run.
                self.pos = end.max(at + 1);
                continue;
            }
            self.pos = at + 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> heapless::Vec<&str, 8> {
        Phones::new(t, 0).filter_map(|(s, e)| t.get(s..e)).collect()
    }

    /// The prefixes are read from the list's lines: it must hold no values.
    #[test]
    fn phone_prefixes_are_read_as_lines() {
        assert!(PHONE_PREFIXES.iter().all(|(_, v)| v.is_none()));
        assert!(starts_with_phone_prefix(b"telefon") && starts_with_phone_prefix(b"tel"));
        assert!(!starts_with_phone_prefix(b"te") && !starts_with_phone_prefix(b""));
        assert!(
            PHONE_PREFIXES
                .words()
                .all(|p| starts_with_phone_prefix(p.as_bytes()))
        );
    }

    #[test]
    fn finds_phone_numbers() {
        assert_eq!(
            &spans("Tel. 0421 555 3370, (0341) 555-0123, 030/1234567, 1-800-555-0199.")[..],
            &[
                "0421 555 3370",
                "(0341) 555-0123",
                "030/1234567",
                "1-800-555-0199"
            ]
        );
    }

    #[test]
    fn rejects_dates_counts_and_codes() {
        assert!(
            spans("03.10.2025 48,300 2.950 118.000 1 200 000 28217 22:00 ISO-27001 v5.12")
                .is_empty()
        );
    }

    #[test]
    fn finds_national_formats_without_leading_zero() {
        for t in [
            "910 555 372",
            "91 555 03 72",
            "612 345 678",
            "900 555 123",
            "339 555 8181",
            "800 123 987",
            "55 5555 0192",
            "1 800 555 0123",
            "(555) 010-0199",
        ] {
            assert_eq!(&spans(t)[..], &[t], "{t}");
        }
        assert_eq!(
            &spans("Llame al 900 555 123 de lunes a viernes.")[..],
            &["900 555 123"]
        );
        assert_eq!(
            &spans("Chiama il numero verde 800 123 987.")[..],
            &["800 123 987"]
        );
    }

    #[test]
    fn short_numbers_need_a_phone_word() {
        assert_eq!(&spans("Bel 14 0345 voor vragen.")[..], &["14 0345"]);
        assert_eq!(&spans("tel. 14 0345")[..], &["14 0345"]);
        assert!(spans("Het gaat om 14 0345 dossiers.").is_empty());
        assert!(spans("312 445 Kunden").is_empty());
        assert_eq!(
            &spans("Ligue para a linha dedicada 800 000 327.")[..],
            &["800 000 327"]
        );
        assert_eq!(&spans("zadzwoń pod 95 555 31 08")[..], &["95 555 31 08"]);
        // Phone words are read folded, as written in `core/lang/<xx>/words/phone*.words`:
        // `zadzwoń` begins with `zadzwo`, `Teléfono` with `tel`; four words reach.
        assert_eq!(&spans("Zadzwoń do nas: 14 0345")[..], &["14 0345"]);
        assert_eq!(&spans("Teléfono de la oficina: 14 0345")[..], &["14 0345"]);
        assert!(spans("Teléfono de la oficina central: 14 0345").is_empty());
    }

    #[test]
    fn national_guard_rejects_amounts_counts_ibans_and_orders() {
        for t in [
            "1 200 clients",
            "120 000 000 euros",
            "€ 612 345 678",
            "612 345 678 €",
            "IBAN ES91 2100 0418 4502 0005 1332",
            "Order 123456789",
            "ref. 2025.118.000",
            "12 05 2025",
            "28217 Bremen",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }
}

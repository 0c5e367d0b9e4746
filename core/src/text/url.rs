//! URL and web-address detector: `http(s)://…`, `www.…`, bare domains with a common
//! top-level domain (`skyval.com`) and bare links with a path under any top-level domain
//! (`skyval.com/help`, `club.example/formulier`), not counting the domain of an e-mail
//! address.
//!
//! ```
//! use breachnotice::text::url::Urls;
//! let t = "See https://ex.com/a?b=1. Or www.ex.de, or ex.ie/help!";
//! let found: Vec<&str> = Urls::new(t, 0).map(|(s, e)| &t[s..e]).collect();
//! assert_eq!(found, ["https://ex.com/a?b=1", "www.ex.de", "ex.ie/help"]);
//! ```

use crate::text::word_list::{WordList, word_list};

/// Whether `text` may hold a URL or a link of the form `name.tld/path`: each has a
/// scheme's `:`, a `www.` or a host's `.` right before a letter or digit (its top-level
/// domain). One pass over the bytes; [`Urls`] searches only a text for which it holds.
pub fn may_hold_url(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.contains(&b':') {
        return true;
    }
    let mut from = 0usize;
    while let Some(rel) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| b == b'.'))
    {
        let i = from.saturating_add(rel);
        let next = bytes.get(i.saturating_add(1)).copied();
        let prev = i.checked_sub(1).and_then(|p| bytes.get(p)).copied();
        if next.is_some_and(|b| b.is_ascii_alphanumeric()) || matches!(prev, Some(b'w' | b'W')) {
            return true;
        }
        from = i.saturating_add(1);
    }
    false
}

/// Top-level domains accepted for bare domains (sorted): the generic ones and those of the
/// supported languages' countries (`br` for Brazil's `com.br`).
const TLDS: WordList = word_list![
    "app", "at", "be", "br", "ch", "co", "com", "cz", "de", "dk", "edu", "es", "eu", "fi", "fr",
    "gov", "gr", "ie", "info", "io", "it", "lu", "net", "nl", "org", "pl", "pt", "ro", "se", "uk",
];

/// The longest top-level domain of a bare `name.tld/path` link (`example`, `museum`).
const MAX_TLD_LEN: usize = 24;

/// Iterator over the byte spans `(start, end)` of URLs in a text (offsets include `base`).
/// Linear in the text's length.
#[derive(Debug, Clone)]
pub struct Urls<'t> {
    text: &'t str,
    base: usize,
    pos: usize,
}

impl<'t> Urls<'t> {
    /// The URLs in `text`, a slice starting at byte `base` of a larger text.
    pub fn new(text: &'t str, base: usize) -> Self {
        Urls::known(text, base, may_hold_url(text))
    }

    /// [`Urls::new`] for a caller that has already asked [`may_hold_url`] of `text`
    /// (`may_hold`, its answer): the text is not read once more for it.
    pub fn known(text: &'t str, base: usize, may_hold: bool) -> Self {
        // A text that cannot hold one (most sentences) is not searched.
        let pos = if may_hold { 0 } else { text.len() };
        Urls { text, base, pos }
    }
}

const fn is_url_byte(b: u8) -> bool {
    b > b' '
        && !matches!(
            b,
            b'<' | b'>' | b'"' | b'\'' | b'`' | b'{' | b'}' | b'|' | b'\\'
        )
}

/// Whether `b` may be in a host name (inlined: it is asked of every byte of most words).
#[inline(always)]
const fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

fn starts_with_ci(bytes: &[u8], at: usize, prefix: &[u8]) -> bool {
    bytes
        .get(at..at.saturating_add(prefix.len()))
        .is_some_and(|s| s.eq_ignore_ascii_case(prefix))
}

/// End of a URL body starting at `from`: URL bytes, then trailing punctuation trimmed.
fn url_end(bytes: &[u8], from: usize) -> usize {
    let mut end = from;
    while bytes
        .get(end)
        .is_some_and(|&b| is_url_byte(b) && b.is_ascii())
    {
        end += 1;
    }
    while end > from
        && matches!(
            bytes.get(end - 1),
            Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']')
        )
    {
        end -= 1;
    }
    end
}

/// A bare domain (`name.tld` with an optional path) starting at `at`, if there is one.
fn bare_domain(bytes: &[u8], at: usize) -> Option<usize> {
    let mut host_end = at;
    while bytes.get(host_end).is_some_and(|&b| is_host_byte(b)) {
        host_end += 1;
    }
    while host_end > at && matches!(bytes.get(host_end - 1), Some(b'.' | b'-')) {
        host_end -= 1;
    }
    if bytes.get(host_end) == Some(&b'@') {
        return None;
    }
    let host = bytes.get(at..host_end)?;
    let dot = host.iter().rposition(|&b| b == b'.')?;
    let first_label = host.iter().position(|&b| b == b'.')?;
    let tld = core::str::from_utf8(host.get(dot.saturating_add(1)..)?).ok()?;
    let path = bytes.get(host_end) == Some(&b'/')
        && bytes
            .get(host_end.saturating_add(1))
            .is_some_and(u8::is_ascii_alphanumeric);
    // With a path (`name.example/form`), any top-level domain of letters: the slash and
    // path make it a link; without one, only a listed top-level domain (`skyval.com`, not
    // `z.B.` or `Version 5.x`).
    let tld_ok = if path {
        (2..=MAX_TLD_LEN).contains(&tld.len()) && tld.bytes().all(|b| b.is_ascii_alphabetic())
    } else {
        TLDS.contains(tld)
    };
    if first_label < 2 || !tld_ok {
        return None;
    }
    if bytes.get(host_end) == Some(&b'/') {
        Some(url_end(bytes, host_end))
    } else {
        Some(host_end)
    }
}

impl Iterator for Urls<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            crate::work::tick(1);
            let at = self.pos;
            let prev = at.checked_sub(1).and_then(|p| bytes.get(p)).copied();
            let boundary = prev.is_none_or(|b| !(is_host_byte(b) || b == b'@' || b == b'/'));
            if boundary && bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
                // (Each prefix is tried only after a word starting with its first letter.)
                let scheme = match bytes.get(at).map(u8::to_ascii_lowercase) {
                    Some(b'h') if starts_with_ci(bytes, at, b"https://") => Some(8),
                    Some(b'h') if starts_with_ci(bytes, at, b"http://") => Some(7),
                    Some(b'w') if starts_with_ci(bytes, at, b"www.") => Some(4),
                    _ => None,
                };
                let end = match scheme {
                    Some(n) => {
                        let e = url_end(bytes, at.saturating_add(n));
                        (e > at.saturating_add(n) + 2).then_some(e)
                    }
                    None => bare_domain(bytes, at),
                };
                if let Some(e) = end {
                    self.pos = e.max(at.saturating_add(1));
                    return Some((self.base.saturating_add(at), self.base.saturating_add(e)));
                }
            }
            // Skip the rest of this run of host bytes.
            self.pos = at.saturating_add(1);
            if bytes.get(at).is_some_and(|&b| is_host_byte(b)) {
                while bytes.get(self.pos).is_some_and(|&b| is_host_byte(b)) {
                    self.pos += 1;
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> heapless::Vec<&str, 8> {
        Urls::new(t, 0).filter_map(|(s, e)| t.get(s..e)).collect()
    }

    #[test]
    fn the_quick_check_never_hides_a_url() {
        let texts = [
            "See https://ex.com/a?b=1. Or www.ex.de, or ex.ie/help!",
            "http://x",
            "HTTPS://abc",
            "WWW.%%%",
            "www.",
            "a.de",
            "ab.de/x",
            "x.y",
            "e.g. 1.5",
            "end.",
            "mail me@ex.com",
            "no link here",
            "a. b. c.",
            "www.ex.de.",
            "1.com",
        ];
        for t in texts {
            let all = Urls {
                text: t,
                base: 0,
                pos: 0,
            }
            .count();
            if all > 0 {
                assert!(may_hold_url(t), "{t:?}");
            }
            assert_eq!(Urls::new(t, 0).count(), all, "{t:?}");
        }
        assert!(!may_hold_url("We are sorry. It happened."));
    }

    #[test]
    fn finds_urls_but_not_abbreviations_or_emails() {
        assert!(spans("e.g. z.B. Art. 9 report.pdf a@ex.com 3.2 GB").is_empty());
        assert_eq!(
            &spans("Visit skyval-air.com/help.")[..],
            &["skyval-air.com/help"]
        );
        assert_eq!(&spans("(http://x.org/p)")[..], &["http://x.org/p"]);
        assert_eq!(
            &spans("Acesse loja.com.br/ajuda ou sklep.pl/kontakt.")[..],
            &["loja.com.br/ajuda", "sklep.pl/kontakt"]
        );
    }

    #[test]
    fn a_bare_link_with_a_path_under_any_top_level_domain() {
        // A web form given without a scheme: the path makes it a link, whatever the
        // top-level domain; without a path only a listed one counts.
        assert_eq!(
            &spans("Use the form at fitcentro.example/incidente.")[..],
            &["fitcentro.example/incidente"]
        );
        assert_eq!(
            &spans("Formulier: club.museum/vragen?id=3")[..],
            &["club.museum/vragen?id=3"]
        );
        assert!(spans("fitcentro.example and z.B./ and Version 5.x/6 and a.example/x").is_empty());
    }
}

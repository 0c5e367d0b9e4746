//! E-mail address detector: `local@domain.tld` in ASCII (RFC 5321 dot-atoms, without
//! quoted local parts).
//!
//! ```
//! use breachnotice::text::email::Emails;
//! let t = "Write to dpo@kindlewick.app.";
//! let found: Vec<&str> = Emails::new(t, 0).map(|(s, e)| &t[s..e]).collect();
//! assert_eq!(found, ["dpo@kindlewick.app"]);
//! ```

/// Whether `b` may appear in an address's local part.
const fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// Whether `b` may appear in a domain.
const fn is_domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// Iterator over the byte spans `(start, end)` of e-mail addresses in a text (offsets
/// include `base`). Linear in the text's length.
#[derive(Debug, Clone)]
pub struct Emails<'t> {
    text: &'t str,
    base: usize,
    pos: usize,
}

impl<'t> Emails<'t> {
    /// The addresses in `text`, a slice starting at byte `base` of a larger text.
    pub fn new(text: &'t str, base: usize) -> Self {
        Emails { text, base, pos: 0 }
    }
}

/// The address around the `@` at byte `at`, if it is one.
pub(crate) fn address_at(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut start = at;
    while start > 0 && bytes.get(start - 1).is_some_and(|&b| is_local_byte(b)) {
        start -= 1;
    }
    while bytes.get(start) == Some(&b'.') {
        start += 1;
    }
    if start >= at {
        return None;
    }
    let mut end = at.saturating_add(1);
    while bytes.get(end).is_some_and(|&b| is_domain_byte(b)) {
        end += 1;
    }
    while end > at + 1 && matches!(bytes.get(end - 1), Some(b'.' | b'-')) {
        end -= 1;
    }
    let domain = bytes.get(at.saturating_add(1)..end)?;
    let dot = domain.iter().rposition(|&b| b == b'.')?;
    let tld = domain.get(dot.saturating_add(1)..)?;
    if dot == 0 || tld.len() < 2 || !tld.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    Some((start, end))
}

impl Iterator for Emails<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            crate::work::tick(1);
            // The next `@`: found by `str::find` (a word-at-a-time search) from a char
            // boundary, which `pos` always is (0, after an `@` or after an address).
            let rel = match self.text.get(self.pos..) {
                Some(rest) => rest.find('@')?,
                None => bytes.get(self.pos..)?.iter().position(|&b| b == b'@')?,
            };
            let at = self.pos.saturating_add(rel);
            self.pos = at.saturating_add(1);
            if let Some((s, e)) = address_at(bytes, at) {
                self.pos = e;
                return Some((self.base.saturating_add(s), self.base.saturating_add(e)));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> heapless::Vec<&str, 8> {
        Emails::new(t, 0).filter_map(|(s, e)| t.get(s..e)).collect()
    }

    #[test]
    fn finds_addresses_and_trims_punctuation() {
        assert_eq!(
            &spans("E-Mail: datenschutz@haller-logistik.de, or (privacy@x.co.uk).")[..],
            &["datenschutz@haller-logistik.de", "privacy@x.co.uk"]
        );
    }

    #[test]
    fn rejects_non_addresses() {
        assert!(spans("@handle, a@b, x@localhost, @@, me@1.23, ü@ä.de").is_empty());
    }
}

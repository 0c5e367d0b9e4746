//! Postal-address heuristic: a postcode followed by a town — `28217 Bremen`,
//! `D-04177 Leipzig`, `1012 AB Amsterdam`, `75008 Paris`, `Dublin 2`, or a UK postcode
//! (`SW1A 1AA`) — at the start of a line or after a comma or `·`. Street lines alone are
//! not detected; a postcode with its town is what makes an address usable for writing.
//!
//! ```
//! use breachnotice::text::postal::Postcodes;
//! let t = "Haller GmbH, Am Speicher 7, 28217 Bremen. We have 12000 Kunden.";
//! let v: Vec<&str> = Postcodes::new(t, 0).map(|(s, e)| &t[s..e]).collect();
//! assert_eq!(v, ["28217 Bremen"]);
//! ```

/// Iterator over `(start, end)` byte spans of postcode-and-town pairs (offsets include
/// `base`). Linear in the text's length.
#[derive(Debug, Clone)]
pub struct Postcodes<'t> {
    text: &'t str,
    base: usize,
    pos: usize,
}

impl<'t> Postcodes<'t> {
    /// The postcodes in `text`, a slice starting at byte `base` of a larger text.
    pub fn new(text: &'t str, base: usize) -> Self {
        Postcodes { text, base, pos: 0 }
    }
}

/// Whether the postcode at `at` is placed like one: line start, or after `, ` / `· ` / `D-`.
fn placed(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    let head = head
        .strip_suffix("D-")
        .or_else(|| head.strip_suffix("A-"))
        .unwrap_or(head);
    let trimmed = head.trim_end_matches([' ', '\t']);
    trimmed.is_empty() || trimmed.ends_with(['\n', ',', '·', '|'])
}

/// A capitalised word at `at`: its end.
fn town(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut chars = rest.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let end = chars
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    (end >= 3).then_some(at + end)
}

/// A UK postcode at `at` (`SW1A 1AA`, `M1 1AE`): its end.
fn uk_postcode(b: &[u8], at: usize) -> Option<usize> {
    let mut i = at;
    let letters = b
        .get(i..)?
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if !(1..=2).contains(&letters) {
        return None;
    }
    i += letters;
    let outward = b
        .get(i..)?
        .iter()
        .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        .count();
    if !(1..=2).contains(&outward) || !b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    i += outward;
    if b.get(i) != Some(&b' ') {
        return None;
    }
    i += 1;
    let inward = b.get(i..i + 3)?;
    let ok = inward.first().is_some_and(u8::is_ascii_digit)
        && inward
            .get(1..)
            .is_some_and(|r| r.iter().all(u8::is_ascii_uppercase));
    (ok && !b.get(i + 3).is_some_and(u8::is_ascii_alphanumeric)).then_some(i + 3)
}

impl Iterator for Postcodes<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let text = self.text;
        let b = text.as_bytes();
        while self.pos < b.len() {
            let at = self.pos;
            self.pos += 1;
            let prev_alnum = at
                .checked_sub(1)
                .and_then(|p| b.get(p))
                .is_some_and(u8::is_ascii_alphanumeric);
            // Both kinds start with an ASCII capital or digit (so on a char boundary): any
            // other byte is passed over at once.
            let starts = b
                .get(at)
                .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            if prev_alnum || !starts {
                continue;
            }
            if let Some(e) = uk_postcode(b, at) {
                self.pos = e;
                return Some((self.base + at, self.base + e));
            }
            let digits = b
                .get(at..)
                .unwrap_or(&[])
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if !(4..=5).contains(&digits) || !placed(text, at) {
                continue;
            }
            let mut i = at + digits;
            if b.get(i) != Some(&b' ') {
                continue;
            }
            i += 1;
            // Dutch `1012 AB`.
            if b.get(i..i + 2)
                .is_some_and(|s| s.iter().all(u8::is_ascii_uppercase))
                && b.get(i + 2) == Some(&b' ')
            {
                i += 3;
            }
            if let Some(e) = town(text, i) {
                self.pos = e;
                return Some((self.base + at, self.base + e));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> heapless::Vec<&str, 8> {
        Postcodes::new(t, 0)
            .filter_map(|(s, e)| t.get(s..e))
            .collect()
    }

    #[test]
    fn finds_postcodes_with_towns() {
        assert_eq!(
            &spans("Allee 12 · 04177 Leipzig\n1012 AB Amsterdam, London SW1A 1AA")[..],
            &["04177 Leipzig", "1012 AB Amsterdam", "SW1A 1AA"]
        );
        assert!(spans("rund 12000 Kunden, 2025 Bericht").len() == 1);
    }
}

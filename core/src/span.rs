//! Evidence spans: UTF-8 byte ranges into the notice as given.

use serde::Serialize;

/// A half-open range `[start, end)` of **UTF-8 byte offsets** into the notice text as the
/// caller passed it. Both ends always lie on `char` boundaries: the only checked
/// constructor, [`Span::in_text`], refuses anything else. (The wasm crate converts spans to
/// UTF-16 code-unit offsets once, at its edge, and exports both units.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the span (UTF-8 offset, inclusive).
    pub start: u32,
    /// One past the last byte of the span (UTF-8 offset, exclusive).
    pub end: u32,
}

impl Span {
    /// A span of `text`, or `None` when `start > end`, either end is past the text, or
    /// either end is not on a `char` boundary.
    pub fn in_text(text: &str, start: usize, end: usize) -> Option<Span> {
        if start > end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return None;
        }
        Some(Span {
            start: u32::try_from(start).ok()?,
            end: u32::try_from(end).ok()?,
        })
    }

    /// The text this span covers, or `None` if it does not fit `text`.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start as usize..self.end as usize)
    }

    /// Length in bytes.
    pub fn len(&self) -> u32 {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn refuses_a_span_inside_a_multibyte_char() {
        let text = "Größe";
        assert!(Span::in_text(text, 0, 3).is_none()); // 'ö' is bytes 2..4
        assert_eq!(
            Span::in_text(text, 0, 4).and_then(|s| s.slice(text)),
            Some("Grö")
        );
        assert!(Span::in_text(text, 3, 2).is_none());
        assert!(Span::in_text(text, 0, 99).is_none());
    }
}

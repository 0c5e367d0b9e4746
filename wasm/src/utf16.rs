//! The one place where positions change unit: the core reports evidence as **UTF-8 byte
//! offsets** (`start`/`end`, see `breachnotice::Span`); JavaScript strings are indexed in
//! **UTF-16 code units**. [`add_utf16_offsets`] adds `start16`/`end16` next to every
//! `start`/`end` pair of a report, so JS can slice `text.slice(start16, end16)` directly
//! while the contract fields stay byte offsets.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// A span as the core serialises it: the key pair `"start":<u32>,"end":<u32>` inside an
/// object, right after its `{` (element evidence) or after other fields and a `,`
/// (derived-fact evidence: `{"field":…,"value":…,"start":…,"end":…}`). In valid JSON a
/// `"` preceded by `{` or `,` can only open a key (inside a string every `"` is
/// escaped), so a textual scan is exact.
const SPAN_OPEN: &str = "\"start\":";
const SPAN_END_KEY: &str = ",\"end\":";

/// One span found in the report JSON: where its `end` number stops in the JSON, and the
/// two byte offsets it holds.
struct FoundSpan {
    insert_at: usize,
    start: u32,
    end: u32,
}

/// Reads the decimal number at the start of `s`: its value and its length in bytes.
fn leading_number(s: &[u8]) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut len = 0;
    for &b in s.iter().take_while(|b| b.is_ascii_digit()) {
        value = value.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
        len += 1;
    }
    (len > 0).then_some((value, len))
}

/// Every span object in `json`, in order.
fn find_spans(json: &str) -> Vec<FoundSpan> {
    let bytes = json.as_bytes();
    let mut spans = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let here = bytes.get(at..).unwrap_or_default();
        let opens_key = at
            .checked_sub(1)
            .and_then(|i| bytes.get(i))
            .is_some_and(|b| matches!(b, b'{' | b','));
        if !(opens_key && here.starts_with(SPAN_OPEN.as_bytes())) {
            at += 1;
            continue;
        }
        let after_open = at + SPAN_OPEN.len();
        at = after_open;
        let Some((start, start_len)) = bytes.get(after_open..).and_then(leading_number) else {
            continue;
        };
        let after_start = after_open + start_len;
        if !bytes
            .get(after_start..)
            .is_some_and(|rest| rest.starts_with(SPAN_END_KEY.as_bytes()))
        {
            continue;
        }
        let after_key = after_start + SPAN_END_KEY.len();
        let Some((end, end_len)) = bytes.get(after_key..).and_then(leading_number) else {
            continue;
        };
        spans.push(FoundSpan {
            insert_at: after_key + end_len,
            start,
            end,
        });
        at = after_key + end_len;
    }
    spans
}

/// The UTF-16 code-unit offset of every byte offset of `text` (`0..=text.len()`), or
/// `None` where a byte offset falls inside a multi-byte `char`. One pass over the text; a
/// table of four bytes per byte of text is small next to the text itself (a notice is at
/// most `breachnotice::limits::MAX_NOTICE_BYTES`), and it needs no sorting of the spans.
fn utf16_table(text: &str) -> Vec<Option<u32>> {
    let mut table = vec![None; text.len() + 1];
    let mut units: u32 = 0;
    for (byte, ch) in text.char_indices() {
        if let Some(slot) = table.get_mut(byte) {
            *slot = Some(units);
        }
        units = units.saturating_add(if ch.len_utf16() == 2 { 2 } else { 1 });
    }
    if let Some(slot) = table.last_mut() {
        *slot = Some(units);
    }
    table
}

/// Appends the decimal digits of `n` to `out` (without `core::fmt`).
pub(crate) fn push_number(out: &mut String, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut i = digits.len();
    loop {
        i -= 1;
        if let Some(d) = digits.get_mut(i) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    for &d in digits.get(i..).unwrap_or_default() {
        out.push(char::from(d));
    }
}

/// Returns `json` with `"start16":…,"end16":…` (UTF-16 code units into `text`) added to
/// every `{"start":…,"end":…}` span object, or an error message when a span does not fit
/// `text` (which would be a bug in the core).
pub fn add_utf16_offsets(text: &str, json: &str) -> Result<String, String> {
    let spans = find_spans(json);
    if spans.is_empty() {
        return Ok(json.to_owned());
    }
    let table = (!text.is_ascii()).then(|| utf16_table(text));
    let lookup = |b: u32| -> Option<u32> {
        match &table {
            None => (b as usize <= text.len()).then_some(b),
            Some(table) => table.get(b as usize).copied().flatten(),
        }
    };
    let mut out = String::with_capacity(json.len() + spans.len() * 32);
    let mut copied = 0;
    for span in &spans {
        let (Some(s16), Some(e16)) = (lookup(span.start), lookup(span.end)) else {
            return Err("internal error: an evidence span does not fit the notice".to_owned());
        };
        out.push_str(json.get(copied..span.insert_at).unwrap_or_default());
        out.push_str(",\"start16\":");
        push_number(&mut out, s16);
        out.push_str(",\"end16\":");
        push_number(&mut out, e16);
        copied = span.insert_at;
    }
    out.push_str(json.get(copied..).unwrap_or_default());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::add_utf16_offsets;

    #[test]
    fn ascii_offsets_are_unchanged() {
        let json = r#"{"evidence":[{"start":0,"end":4},{"start":5,"end":9}]}"#;
        let out = add_utf16_offsets("abcd efgh", json).unwrap_or_default();
        assert_eq!(
            out,
            r#"{"evidence":[{"start":0,"end":4,"start16":0,"end16":4},{"start":5,"end":9,"start16":5,"end16":9}]}"#
        );
    }

    #[test]
    fn multibyte_and_astral_chars_shift_utf16_offsets() {
        // "Größe 😀 Daten": 'ö' and 'ß' are 2 bytes / 1 unit; '😀' is 4 bytes / 2 units.
        let text = "Größe 😀 Daten";
        let start = text.find("Daten").unwrap_or_default();
        let json = format!(r#"[{{"start":{start},"end":{}}}]"#, text.len());
        let out = add_utf16_offsets(text, &json).unwrap_or_default();
        let units: Vec<u16> = text.encode_utf16().collect();
        let s16 = units.len() - 5;
        assert_eq!(
            out,
            format!(
                r#"[{{"start":{start},"end":{},"start16":{s16},"end16":{}}}]"#,
                text.len(),
                units.len()
            )
        );
        assert_eq!(
            String::from_utf16_lossy(units.get(s16..).unwrap_or_default()),
            "Daten"
        );
    }

    #[test]
    fn spans_after_other_fields_are_converted_too() {
        let json = r#"{"evidence":[{"field":"subjects","value":12,"start":3,"end":5}]}"#;
        assert_eq!(
            add_utf16_offsets("ö 12", json).unwrap_or_default(),
            r#"{"evidence":[{"field":"subjects","value":12,"start":3,"end":5,"start16":2,"end16":4}]}"#
        );
    }

    #[test]
    fn numbers_are_written_in_full() {
        let mut out = String::new();
        for n in [0, 7, 10, 4_294_967_295] {
            super::push_number(&mut out, n);
            out.push(' ');
        }
        assert_eq!(out, "0 7 10 4294967295 ");
    }

    #[test]
    fn a_span_inside_a_char_is_an_error() {
        assert!(add_utf16_offsets("ö", r#"{"start":1,"end":2}"#).is_err());
        assert!(add_utf16_offsets("ab", r#"{"start":0,"end":3}"#).is_err());
    }

    #[test]
    fn escaped_look_alikes_in_strings_are_left_alone() {
        let json = r#"{"reason":"{\"start\":1,\"end\":2}","evidence":[]}"#;
        assert_eq!(add_utf16_offsets("x", json).unwrap_or_default(), json);
    }
}

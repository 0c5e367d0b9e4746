//! The one place where positions change unit: the core reports evidence as **UTF-8 byte
//! offsets** (`start`/`end`, see `breachnotice::Span`); JavaScript strings are indexed in
//! **UTF-16 code units**. [`add_utf16_offsets`] adds `start16`/`end16` next to every
//! `start`/`end` pair of a report, so JS can slice `text.slice(start16, end16)` directly
//! while the contract fields stay byte offsets.

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
fn leading_number(s: &str) -> Option<(u32, usize)> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    let value = s.get(..len)?.parse().ok()?;
    Some((value, len))
}

/// Every span object in `json`, in order.
fn find_spans(json: &str) -> Vec<FoundSpan> {
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(rel) = json.get(from..).and_then(|rest| rest.find(SPAN_OPEN)) {
        let at = from + rel;
        let after_open = at + SPAN_OPEN.len();
        from = after_open;
        let opens_key = at
            .checked_sub(1)
            .and_then(|i| json.as_bytes().get(i))
            .is_some_and(|b| matches!(b, b'{' | b','));
        if !opens_key {
            continue;
        }
        let Some((start, start_len)) = json.get(after_open..).and_then(leading_number) else {
            continue;
        };
        let after_start = after_open + start_len;
        let Some(rest) = json.get(after_start..) else {
            continue;
        };
        if !rest.starts_with(SPAN_END_KEY) {
            continue;
        }
        let after_key = after_start + SPAN_END_KEY.len();
        let Some((end, end_len)) = json.get(after_key..).and_then(leading_number) else {
            continue;
        };
        spans.push(FoundSpan {
            insert_at: after_key + end_len,
            start,
            end,
        });
        from = after_key + end_len;
    }
    spans
}

/// Maps each byte offset in `offsets` (any order, duplicates allowed) to its UTF-16
/// code-unit offset in `text`, walking the text once. `None` when an offset is past the
/// end of `text` or not on a `char` boundary.
fn utf16_offsets(text: &str, offsets: &[u32]) -> Option<Vec<(u32, u32)>> {
    let mut wanted: Vec<u32> = offsets.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    let mut map = Vec::with_capacity(wanted.len());
    if text.is_ascii() {
        for &b in &wanted {
            if b as usize > text.len() {
                return None;
            }
            map.push((b, b));
        }
        return Some(map);
    }
    let mut pending = wanted.iter().copied().peekable();
    let mut units: u32 = 0;
    for (byte, ch) in text.char_indices() {
        while let Some(&b) = pending.peek() {
            if (b as usize) < byte {
                return None; // inside a multi-byte char
            }
            if b as usize > byte {
                break;
            }
            map.push((b, units));
            pending.next();
        }
        units = units.checked_add(u32::try_from(ch.len_utf16()).ok()?)?;
    }
    for b in pending {
        if b as usize != text.len() {
            return None;
        }
        map.push((b, units));
    }
    Some(map)
}

/// Returns `json` with `"start16":…,"end16":…` (UTF-16 code units into `text`) added to
/// every `{"start":…,"end":…}` span object, or an error message when a span does not fit
/// `text` (which would be a bug in the core).
pub fn add_utf16_offsets(text: &str, json: &str) -> Result<String, String> {
    let spans = find_spans(json);
    if spans.is_empty() {
        return Ok(json.to_owned());
    }
    let offsets: Vec<u32> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    let map = utf16_offsets(text, &offsets)
        .ok_or_else(|| "internal error: an evidence span does not fit the notice".to_owned())?;
    let lookup = |b: u32| -> Option<u32> {
        map.binary_search_by_key(&b, |&(k, _)| k)
            .ok()
            .and_then(|i| map.get(i))
            .map(|&(_, v)| v)
    };
    let mut out = String::with_capacity(json.len() + spans.len() * 32);
    let mut copied = 0;
    for span in &spans {
        let (Some(s16), Some(e16)) = (lookup(span.start), lookup(span.end)) else {
            return Err("internal error: an evidence span does not fit the notice".to_owned());
        };
        out.push_str(json.get(copied..span.insert_at).unwrap_or_default());
        out.push_str(",\"start16\":");
        out.push_str(&s16.to_string());
        out.push_str(",\"end16\":");
        out.push_str(&e16.to_string());
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

//! The former serde-based facts reader (serde-json-core's `Deserializer` driven by
//! `DeserializeSeed`/`Visitor` impls, then `locate` to map its errors), kept for tests
//! only: [`differential`] checks that the hand-written reader in [`super::json`] gives the
//! same `Facts` and the same `Error` (kind and location) on many inputs.

use core::cell::Cell;
use core::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use super::json::{scan, skip_number};
use super::{
    BreachKind, BreachKinds, DataKind, DataKinds, Exposure, FactField, FactFields, Facts,
    FieldType, MAX_COUNT, Protection, Role, Value,
};
use crate::decimal::Decimal;
use crate::error::{Error, ErrorKind, Location};
use crate::limits::MAX_FACTS_STRING_BYTES;
use crate::time::Timestamp;

// ---------------------------------------------------------------------------------------
// Deserialization with a side channel that records where the parser was.

/// Where the deserializer was, for error locations (serde-json-core errors carry none).
#[derive(Default)]
struct Progress<'a> {
    /// The whole JSON input (numbers are read from it directly, see [`read_number`]).
    input: &'a [u8],
    /// The offset of a syntax error found while reading a number.
    syntax_at: Cell<Option<usize>>,
    /// Keys started so far (the failing key is number `keys - 1`).
    keys: Cell<usize>,
    /// The field whose value is being read.
    field: Cell<Option<FactField>>,
    /// The last key was not a contract field.
    unknown_key: Cell<bool>,
    /// A precise diagnosis set by a visitor before it failed.
    kind: Cell<Option<ErrorKind>>,
}

impl Progress<'_> {
    fn fail<E: de::Error>(&self, kind: ErrorKind) -> E {
        self.kind.set(Some(kind));
        E::custom("facts")
    }
}

struct FactsSeed<'p> {
    progress: &'p Progress<'p>,
}

impl<'de> DeserializeSeed<'de> for FactsSeed<'_> {
    type Value = Facts;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Facts, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FactsSeed<'_> {
    type Value = Facts;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object of incident facts")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Facts, A::Error> {
        let p = self.progress;
        let mut facts = Facts::unknown();
        let mut seen = FactFields::new();
        loop {
            p.keys.set(p.keys.get().saturating_add(1));
            p.field.set(None);
            let Some(field) = map.next_key_seed(KeySeed { progress: p })? else {
                break;
            };
            p.field.set(Some(field));
            if seen.contains(field) {
                return Err(p.fail(ErrorKind::DuplicateField));
            }
            seen.insert(field);
            let value = map.next_value_seed(ValueSeed { field, progress: p })?;
            facts.set(field, value);
        }
        p.field.set(None);
        Ok(facts)
    }
}

struct KeySeed<'p> {
    progress: &'p Progress<'p>,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = FactField;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<FactField, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = FactField;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name of contract §3")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<FactField, E> {
        FactField::from_name(s).ok_or_else(|| {
            self.progress.unknown_key.set(true);
            self.progress.fail(ErrorKind::UnknownField)
        })
    }
}

/// Reads the value of `field`: `null`, or a value of the field's type.
struct ValueSeed<'p> {
    field: FactField,
    progress: &'p Progress<'p>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a value for `{}`", self.field)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        match self.field.json_type() {
            FieldType::Name | FieldType::Time => d.deserialize_str(ScalarVisitor(self)),
            FieldType::List => d.deserialize_seq(ListVisitor(self)),
            FieldType::Count | FieldType::Number => {
                // Never `deserialize_f64`: it parses with `f64::from_str` (rounding, and
                // linking the float parser). The token is read exactly from the input,
                // then skipped.
                let value = read_number(self.field, self.progress)
                    .map_err(|kind| self.progress.fail::<D::Error>(kind))?;
                d.deserialize_ignored_any(SkipNumber)?;
                Ok(value)
            }
            FieldType::Bool => d.deserialize_bool(ScalarVisitor(self)),
        }
    }
}

/// Visitor for a field's scalar value (string, number or boolean).
struct ScalarVisitor<'p>(ValueSeed<'p>);

impl<'de> Visitor<'de> for ScalarVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        let p = self.0.progress;
        let out_of_range = || p.fail(ErrorKind::ValueOutOfRange);
        match self.0.field {
            FactField::Role => Role::from_name(s).map(Value::Role).ok_or_else(out_of_range),
            FactField::Protection => Protection::from_name(s)
                .map(Value::Protection)
                .ok_or_else(out_of_range),
            FactField::Exposure => Exposure::from_name(s)
                .map(Value::Exposure)
                .ok_or_else(out_of_range),
            FactField::AwareAt | FactField::AuthorityNotifiedAt => Timestamp::parse_rfc3339(s)
                .map(Value::Time)
                .map_err(|k| p.fail(k)),
            _ => Err(p.fail(ErrorKind::WrongType)),
        }
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        match self.0.field.json_type() {
            FieldType::Bool => Ok(Value::Bool(v)),
            _ => Err(self.0.progress.fail(ErrorKind::WrongType)),
        }
    }
}

/// Reads the value of number field `field` (a count or `unavailable_hours`) from the raw
/// input, exactly, before the deserializer skips it ([`SkipNumber`]).
///
/// The value is found with [`scan`] (the current key is number `keys - 1`). A value that
/// does not start like a number is [`ErrorKind::WrongType`]; a token that is not a JSON
/// number, or is followed by anything but the object's `,` or `}`, is a syntax error
/// ([`ErrorKind::MalformedJson`] at the first bad byte, recorded in `syntax_at`); a
/// negative value, a fractional count or one above [`MAX_COUNT`], or a number outside
/// the [`Decimal`] range is [`ErrorKind::ValueOutOfRange`]; `unavailable_hours` with more
/// digits than a [`Decimal`] holds is [`ErrorKind::CapacityExceeded`].
fn read_number(field: FactField, p: &Progress<'_>) -> Result<Value, ErrorKind> {
    let input = p.input;
    let scanned = scan(input, p.keys.get().saturating_sub(1));
    let syntax = |at: usize| {
        p.syntax_at.set(Some(scanned.error.unwrap_or(at)));
        ErrorKind::MalformedJson
    };
    let Some((_, at)) = scanned.key else {
        return Err(syntax(input.len()));
    };
    if !matches!(input.get(at), Some(b'-' | b'+' | b'.' | b'0'..=b'9')) {
        return Err(ErrorKind::WrongType);
    }
    let end = skip_number(input, at).ok_or_else(|| syntax(at))?;
    let next = input.get(end..).and_then(|rest| {
        rest.iter()
            .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    });
    if !matches!(next, Some(b',' | b'}')) {
        return Err(syntax(end));
    }
    let token = input
        .get(at..end)
        .and_then(|t| core::str::from_utf8(t).ok())
        .ok_or_else(|| syntax(at))?;
    let negative = token.starts_with('-');
    let value = match Decimal::parse(token) {
        Ok(v) => v,
        Err(ErrorKind::MalformedJson) => return Err(syntax(at)),
        // A negative number is out of range whatever its digits; so is a count with more
        // significant digits than a decimal holds (it is fractional or above 2^53).
        Err(ErrorKind::CapacityExceeded { .. })
            if negative || field.json_type() == FieldType::Count =>
        {
            return Err(ErrorKind::ValueOutOfRange);
        }
        Err(kind) => return Err(kind),
    };
    if value.is_negative() {
        return Err(ErrorKind::ValueOutOfRange);
    }
    match field.json_type() {
        FieldType::Count => value
            .to_u64()
            .filter(|n| *n <= MAX_COUNT)
            .map(Value::Count)
            .ok_or(ErrorKind::ValueOutOfRange),
        _ => Ok(Value::Number(value)),
    }
}

/// Skips a number token already read by [`read_number`] (serde-json-core's
/// `deserialize_ignored_any` consumes it up to the next `,` or `}`).
struct SkipNumber;

impl<'de> Visitor<'de> for SkipNumber {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number")
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// Visitor for the list fields `breach` and `data`.
struct ListVisitor<'p>(ValueSeed<'p>);

impl<'de> Visitor<'de> for ListVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let field = self.0.field;
        let p = self.0.progress;
        let mut breach = BreachKinds::new();
        let mut data = DataKinds::new();
        while let Some(name) = seq.next_element_seed(NameSeed { progress: p })? {
            match field {
                FactField::Breach => match BreachKind::from_name(name.as_str()) {
                    Some(k) => breach.insert(k),
                    None => return Err(p.fail(ErrorKind::ValueOutOfRange)),
                },
                _ => match DataKind::from_name(name.as_str()) {
                    Some(k) => data.insert(k),
                    None => return Err(p.fail(ErrorKind::ValueOutOfRange)),
                },
            }
        }
        Ok(match field {
            FactField::Breach => Value::Breach(breach),
            _ => Value::Data(data),
        })
    }
}

/// A list element: a short string (longer ones cannot be a contract name).
struct NameSeed<'p> {
    progress: &'p Progress<'p>,
}

/// Longest list element kept for lookup; every contract name is shorter.
const MAX_NAME_BYTES: usize = 24;

impl<'de> DeserializeSeed<'de> for NameSeed<'_> {
    type Value = heapless::String<MAX_NAME_BYTES>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for NameSeed<'_> {
    type Value = heapless::String<MAX_NAME_BYTES>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a name from contract §3")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        let mut out = heapless::String::new();
        // A name longer than every contract name is simply not one of them.
        out.push_str(s)
            .map_err(|_| self.progress.fail(ErrorKind::ValueOutOfRange))?;
        Ok(out)
    }
}

/// Parses the facts object that makes up all of `bytes` (valid UTF-8, within size).
pub(super) fn parse_object_reference(bytes: &[u8]) -> Result<Facts, Error> {
    let progress = Progress {
        input: bytes,
        ..Progress::default()
    };
    let mut unescape = [0u8; MAX_FACTS_STRING_BYTES];
    let mut de = serde_json_core::de::Deserializer::new(bytes, Some(&mut unescape));
    let result = FactsSeed {
        progress: &progress,
    }
    .deserialize(&mut de)
    .and_then(|facts| de.end().map(|_| facts));
    let facts = result.map_err(|e| locate(bytes, &progress, e))?;
    // serde-json-core is lenient in a few places (numbers such as `.5` or `1.`, raw
    // control characters in strings): the strict scanner has the last word.
    if let Some(at) = scan(bytes, usize::MAX).error {
        return Err(Error::new(ErrorKind::MalformedJson, Location::Byte(at)));
    }
    Ok(facts)
}

/// Turns a serde-json-core error into an [`Error`] with a field name and byte offset.
fn locate(bytes: &[u8], p: &Progress<'_>, e: serde_json_core::de::Error) -> Error {
    use serde_json_core::de::Error as J;
    if let Some(at) = p.syntax_at.get() {
        // A malformed number: a syntax error of the document, like any other.
        return Error::new(ErrorKind::MalformedJson, Location::Byte(at));
    }
    let key_index = p.keys.get().saturating_sub(1);
    let scanned = scan(bytes, key_index);
    if p.unknown_key.get() {
        let at = scanned
            .key
            .map_or(Location::Input, |(k, _)| Location::Byte(k));
        return Error::new(ErrorKind::UnknownField, at);
    }
    if let Some(field) = p.field.get() {
        let name = field.as_str();
        if p.kind.get() == Some(ErrorKind::DuplicateField) {
            return Error::new(
                ErrorKind::DuplicateField,
                Location::Field(name, scanned.key.map(|(k, _)| k)),
            );
        }
        let value_at = scanned.key.map(|(_, v)| v);
        let first = value_at.and_then(|v| bytes.get(v)).copied();
        let type_matches = match (field.json_type(), first) {
            (_, Some(b'n')) | (_, None) => true,
            (FieldType::Name | FieldType::Time, Some(b)) => b == b'"',
            (FieldType::List, Some(b)) => b == b'[',
            (FieldType::Count | FieldType::Number, Some(b)) => b == b'-' || b.is_ascii_digit(),
            (FieldType::Bool, Some(b)) => b == b't' || b == b'f',
        };
        let kind = if let Some(kind) = p.kind.get() {
            kind
        } else if !type_matches {
            ErrorKind::WrongType
        } else {
            match e {
                J::InvalidType => ErrorKind::WrongType,
                J::InvalidNumber | J::CustomError | J::EscapedStringIsTooLong => {
                    ErrorKind::ValueOutOfRange
                }
                _ => ErrorKind::MalformedJson,
            }
        };
        let at = match (kind, scanned.error) {
            // A syntax error inside the value: point at the bad byte.
            (ErrorKind::MalformedJson, Some(b)) => Some(b),
            _ => value_at,
        };
        return Error::new(kind, Location::Field(name, at));
    }
    // Outside any value: a syntax error, or a document that is not an object.
    let at = scanned.error.unwrap_or_else(|| {
        bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(bytes.len())
    });
    Error::new(ErrorKind::MalformedJson, Location::Byte(at))
}

/// Old reader against new on the fixtures, their mutations and generated inputs.
mod differential {
    extern crate std;

    use std::format;
    use std::string::String;
    use std::vec::Vec;

    use super::super::{FactField, Facts};
    use super::parse_object_reference;
    use crate::limits::{MAX_FACTS_BYTES, MAX_FACTS_DEPTH, MAX_FACTS_STRING_BYTES};

    /// Compares the two readers on inputs and counts them; keeps the first disagreements.
    #[derive(Default)]
    struct Compare {
        inputs: usize,
        disagreements: Vec<String>,
    }

    impl Compare {
        fn check(&mut self, input: &[u8]) {
            self.inputs += 1;
            let new = Facts::from_json(input);
            let old = Facts::read_json(input, parse_object_reference);
            if new != old && self.disagreements.len() < 20 {
                self.disagreements.push(format!(
                    "input {:?}\n  old {old:?}\n  new {new:?}",
                    String::from_utf8_lossy(input)
                ));
            }
        }

        fn check_str(&mut self, input: &str) {
            self.check(input.as_bytes());
        }
    }

    /// The facts fixtures and the facts inputs of the bad fixtures.
    fn fixtures() -> Vec<Vec<u8>> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures");
        let mut out = Vec::new();
        for dir in ["facts", "bad"] {
            let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            paths.sort();
            out.extend(paths.iter().filter_map(|p| std::fs::read(p).ok()));
        }
        assert!(out.len() > 50, "fixtures not found under {root}");
        out
    }

    /// Hand-written inputs around the places where the readers could differ.
    fn seeds() -> Vec<String> {
        let mut s: Vec<String> = [
            "{}",
            " {\"role\": null} ",
            "\u{feff}{\"subjects\":-1}",
            r#"{"role":"controller","zz":1}"#,
            r#"{"role":"\u0070rocessor"}"#,
            r#"{"role":"\u+070rocessor"}"#,
            r#"{"role":"\u+070rocessor","zz":1}"#,
            r#"{"\u0072ole":"controller"}"#,
            r#"{"\u+072ole": 5}"#,
            r#"{"role":"\ud800"}"#,
            r#"{"role":"\ud83d\ude00"}"#,
            r#"{"\ud800":1}"#,
            r#"{"role":"\u00e9"}"#,
            r#"{"role":"\u0800x"}"#,
            r#"{"role":"\/\b\f\n\r\t\"\\"}"#,
            r#"{"role":"\x"}"#,
            r#"{"role":"\u12"}"#,
            r#"{"role":"\u-123"}"#,
            "{\"role\":\"con\ntroller\"}",
            "{\"role\":\"a\tb\",\"zz\":1}",
            "{\"aware_at\":\"2026-11-20T09:00:00Z\u{1}\"}",
            r#"{"breach":[,"integrity"]}"#,
            r#"{"breach":[,"integrity"],"zz":1}"#,
            r#"{"breach":[,"integrity" "availability"]}"#,
            r#"{"breach":["integrity" "availability"]}"#,
            r#"{"breach":[,]}"#,
            r#"{"breach":["integrity",]}"#,
            r#"{"breach":[["confidentiality"]]}"#,
            r#"{"breach":[1]}"#,
            r#"{"breach":"availability"}"#,
            r#"{"data":["contact","\u0063ontact"]}"#,
            r#"{"backup": true, "backup": false}"#,
            r#"{"backup": true,}"#,
            r#"{"backup": tru}"#,
            r#"{"backup": nul}"#,
            r#"{"backup": nullx}"#,
            r#"{"backup": 1}"#,
            r#"{"subjects": 1.5}"#,
            r#"{"subjects": "12"}"#,
            r#"{"subjects": +1}"#,
            r#"{"subjects": 1 2}"#,
            r#"{"subjects": 01}"#,
            r#"{"subjects": 9007199254740993}"#,
            r#"{"subjects": 9007199254740992}"#,
            r#"{"subjects": 1e3}"#,
            r#"{"subjects": 123456789012345678901234567890}"#,
            r#"{"subjects": -123456789012345678901234567890}"#,
            r#"{"unavailable_hours": .5}"#,
            r#"{"unavailable_hours": 1.}"#,
            r#"{"unavailable_hours": 1e999}"#,
            r#"{"unavailable_hours": 1.23456789012345678901234567890}"#,
            r#"{"unavailable_hours": -0}"#,
            r#"{"unavailable_hours": 4]"#,
            r#"{"unavailable_hours": 4}]"#,
            r#"{"zz": [[[[[[[[[[[[]]]]]]]]]]]]}"#,
            r#"{"aware_at": "2026-11-20T09:00:00"}"#,
            r#"{"aware_at": "2026-02-30T09:00:00Z"}"#,
            "{} x",
            "{}\u{c}",
            "\u{c}{}",
            "[]",
            "[1,]",
            "\"abc\"",
            "",
            "   ",
            "{",
            "{\"role\"",
            "{\"role\":",
            "{,}",
            "{\"role\":\"controller\",}",
            "{\"role\":\"controller\" \"zz\":1}",
        ]
        .iter()
        .map(|s| String::from(*s))
        .collect();
        // Deep nesting, at and beyond the scanner's bound, behind known and unknown keys.
        for depth in [
            MAX_FACTS_DEPTH - 1,
            MAX_FACTS_DEPTH,
            MAX_FACTS_DEPTH + 1,
            200,
        ] {
            for key in ["zz", "breach", "role", "subjects"] {
                s.push(format!(
                    "{{\"{key}\":{}{},\"x\":1}}",
                    "[".repeat(depth),
                    "]".repeat(depth)
                ));
                s.push(format!("{{\"{key}\":{}", "[{\"a\":".repeat(depth)));
            }
            s.push(format!("{{\"role\":\"controller\"}}{}", "[".repeat(depth)));
        }
        // Long strings, with and without escapes, around the decoding buffer's size.
        for len in [
            MAX_FACTS_STRING_BYTES - 1,
            MAX_FACTS_STRING_BYTES,
            MAX_FACTS_STRING_BYTES + 1,
            300,
        ] {
            for key in ["role", "aware_at", "breach", "zz"] {
                let long = "a".repeat(len);
                let mut escaped = String::from("\\n");
                escaped.push_str(&"b".repeat(len.saturating_sub(1)));
                let mut late_bad = "c".repeat(len);
                late_bad.push_str("\\q");
                for text in [&long, &escaped, &late_bad] {
                    s.push(format!("{{\"{key}\":\"{text}\"}}"));
                    s.push(format!("{{\"{key}\":[\"{text}\"]}}"));
                    s.push(format!("{{\"{text}\":1}}"));
                }
            }
        }
        // Every field with a value of every type.
        let values = [
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1.5",
            "\"controller\"",
            "\"none\"",
            "\"public\"",
            "\"2026-11-20T09:00:00Z\"",
            "[]",
            "[\"contact\"]",
            "[\"integrity\"]",
            "{}",
            "{\"a\":1}",
            "\"\"",
            "\"\\u00e9\"",
        ];
        for f in FactField::ALL {
            for v in values {
                s.push(format!("{{\"{}\":{v}}}", f.as_str()));
                s.push(format!("{{\"{}\":{v},\"backup\":tru}}", f.as_str()));
                s.push(format!("{{\"{}\":{v},\"zz\":1}}", f.as_str()));
                s.push(format!("{{\"{0}\":{v},\"{0}\":{v}}}", f.as_str()));
            }
        }
        s
    }

    /// The top-level `"key": value` members of a simple one-level fixture, with their text.
    fn members(json: &[u8]) -> Vec<&[u8]> {
        let mut out = Vec::new();
        let mut depth = 0;
        let mut in_string = false;
        let mut escaped = false;
        let mut start = None;
        for (i, c) in json.iter().enumerate() {
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, b'\\') => escaped = true,
                    (false, b'"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                b'"' => {
                    in_string = true;
                    if depth == 1 && start.is_none() {
                        start = Some(i);
                    }
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0
                        && let Some(s) = start.take()
                    {
                        out.extend(json.get(s..i));
                    }
                }
                b',' if depth == 1 => {
                    if let Some(s) = start.take() {
                        out.extend(json.get(s..i));
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Runs every comparison: `exhaustive` mutates every input at every byte, else only the
    /// fixtures and the short seeds (the rest are compared unmutated).
    fn compare(exhaustive: bool) -> Compare {
        let mut cmp = Compare::default();
        let mut bases: Vec<Vec<u8>> = fixtures();
        let fixture_count = bases.len();
        bases.extend(seeds().into_iter().map(String::into_bytes));
        let short_seeds = bases.len();
        let short_seeds = bases
            .iter()
            .skip(fixture_count)
            .position(|b| b.len() > 120)
            .map_or(short_seeds, |p| p + fixture_count);
        // Duplicated members and members swapped for other fixtures' members.
        let all_members: Vec<Vec<u8>> = bases
            .iter()
            .flat_map(|b| members(b).into_iter().map(<[u8]>::to_vec))
            .collect();
        let mut extra = Vec::new();
        for base in bases.iter().filter(|b| b.len() < 2000) {
            let ms = members(base);
            for m in &ms {
                let mut dup = b"{".to_vec();
                dup.extend_from_slice(m);
                dup.push(b',');
                dup.extend_from_slice(base.get(1..).unwrap_or_default());
                extra.push(dup);
            }
        }
        for (i, m) in all_members.iter().enumerate() {
            let other = all_members
                .get((i * 7 + 3) % all_members.len())
                .map_or(&[][..], Vec::as_slice);
            extra.push([b"{", &m[..], b",", other, b"}"].concat());
            extra.push([b"{", &m[..], b"}"].concat());
        }
        bases.extend(extra);
        const REPLACEMENTS: &[&[u8]] = &[
            b"\"",
            b"{",
            b"}",
            b"[",
            b"]",
            b",",
            b":",
            b"0",
            b"-",
            b".",
            b"e",
            b"E",
            b"\\",
            b" ",
            b"n",
            b"t",
            b"f",
            b"\xff",
            b"\xc3\xa9",
            b"+",
            b"\n",
            b"\x01",
            b"u",
        ];
        for (n, base) in bases.iter().enumerate() {
            cmp.check(base);
            if !exhaustive && n >= short_seeds {
                continue;
            }
            let bom = [&b"\xEF\xBB\xBF"[..], base].concat();
            cmp.check(&bom);
            for i in 0..base.len() {
                // Truncation, deletion, replacement and insertion at every byte.
                let before = base.get(..i).unwrap_or_default();
                cmp.check(before);
                let mut deleted = base.clone();
                deleted.remove(i);
                cmp.check(&deleted);
                for r in REPLACEMENTS {
                    let replaced = [before, r, base.get(i + 1..).unwrap_or_default()].concat();
                    cmp.check(&replaced);
                    let inserted = [before, r, base.get(i..).unwrap_or_default()].concat();
                    cmp.check(&inserted);
                }
            }
        }
        // Random inputs made of JSON-ish tokens.
        let mut rng = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            rng ^= rng >> 12;
            rng ^= rng << 25;
            rng ^= rng >> 27;
            (rng.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
        };
        let tokens: &[&str] = &[
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            " ",
            "\"",
            "\\",
            "\\u",
            "\\u00",
            "0",
            "1",
            "-",
            ".",
            "e",
            "+",
            "null",
            "true",
            "false",
            "\"role\"",
            "\"breach\"",
            "\"subjects\"",
            "\"unavailable_hours\"",
            "\"backup\"",
            "\"aware_at\"",
            "\"zz\"",
            "\"controller\"",
            "\"integrity\"",
            "\"2026-11-20T09:00:00Z\"",
            "\"\\u0070rocessor\"",
            "\n",
            "\u{1}",
            "\u{e9}",
        ];
        for _ in 0..if exhaustive { 200_000 } else { 20_000 } {
            let mut s = String::from(if next(10) == 0 { "" } else { "{" });
            for _ in 0..next(12) {
                s.push_str(tokens.get(next(tokens.len())).copied().unwrap_or_default());
            }
            cmp.check_str(&s);
        }
        // The size bound.
        let mut big = std::vec![b' '; MAX_FACTS_BYTES + 1];
        if let Some(first) = big.first_mut() {
            *first = b'{';
        }
        cmp.check(&big);
        big.pop();
        cmp.check(&big);
        *big.last_mut().unwrap_or(&mut 0) = b'}';
        cmp.check(&big);
        cmp
    }

    fn assert_agree(cmp: &Compare) {
        std::println!("compared {} inputs", cmp.inputs);
        assert!(
            cmp.disagreements.is_empty(),
            "{} inputs, disagreements:\n{}",
            cmp.inputs,
            cmp.disagreements.join("\n")
        );
    }

    #[test]
    fn old_and_new_readers_agree() {
        let cmp = compare(false);
        assert!(cmp.inputs > 500_000);
        assert_agree(&cmp);
    }

    /// Every input mutated (about 31 million inputs; a minute in release):
    /// `cargo test --release -p breachnotice --lib -- --ignored exhaustively`.
    #[test]
    #[ignore = "slow; run in release"]
    fn old_and_new_readers_agree_exhaustively() {
        assert_agree(&compare(true));
    }
}

//! Argument checks at the JavaScript boundary.
//!
//! Every exported function takes its parameters as `JsValue` and reads them through
//! [`string`] / [`optional_string`], so that a wrong type is a `TypeError` that names the
//! parameter — not wasm-bindgen's "memory access out of bounds" (a number passed where a
//! `&str` is expected) or a silent `"[object Object]"`. Bad *values* are an `Error` made by
//! [`value_error`]. Both carry the parameter's JS name in a `parameter` property, and
//! their message starts with `` `<parameter>`: `` (the format `README.md` documents).
//!
//! A new export follows the same pattern: one `args::string(&x, "x")?` per parameter.

use alloc::string::String;
use alloc::vec::Vec;
use wasm_bindgen::JsValue;

/// Reads a required string parameter named `name` (its JS name, as documented).
pub fn string(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| type_error(name, "a string", value))
}

/// Reads an optional string parameter: `undefined` and `null` are `None`.
pub fn optional_string(value: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| type_error(name, "a string, null or undefined", value))
}

/// A `TypeError`: parameter `name` is not of the `expected` type.
pub fn type_error(name: &str, expected: &str, value: &JsValue) -> JsValue {
    let hint = if name == "factsJson" && value.is_object() {
        " (pass the facts as a JSON string: JSON.stringify(facts))"
    } else {
        ""
    };
    let message = concat(&[
        "`",
        name,
        "` must be ",
        expected,
        ", not ",
        &describe(value),
        hint,
    ]);
    with_parameter(js_sys::TypeError::new(&message).into(), name)
}

/// An `Error` for a bad value of parameter `name`: `` `name`: problem ``.
pub fn value_error(name: &str, problem: &str) -> JsValue {
    with_parameter(
        js_sys::Error::new(&concat(&["`", name, "`: ", problem])).into(),
        name,
    )
}

/// The parts joined into one string: the boundary's messages are built this way rather
/// than with `format!`, whose argument machinery costs wasm code at every call site.
pub fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// The items joined with `separator` (what `[&str]::join` does, without its generic
/// code: one copy of this loop serves every list of the boundary's messages).
pub fn join<'a>(items: impl IntoIterator<Item = &'a str>, separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item);
    }
    out
}

/// Sets the error's `parameter` property to `name`.
fn with_parameter(error: JsValue, name: &str) -> JsValue {
    // Setting a property on a fresh Error object cannot fail; if it did, the message
    // still names the parameter.
    let _ = js_sys::Reflect::set(&error, &"parameter".into(), &name.into());
    error
}

/// `n` exactly as Rust's `{}` prints an `f64` (plain decimal notation with the shortest
/// digits that round-trip; `NaN`, `inf`, `-inf`, `-0`), without linking `core`'s float
/// formatting (about 18 KB of wasm code): the digits come from JavaScript's
/// `Number.prototype.toString`, which chooses the same shortest digits, and the exponent
/// notation it uses outside [1e-6, 1e21) is written out in full.
fn number_text(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    let mut out = String::new();
    if n.is_sign_negative() {
        out.push('-');
    }
    if n.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let js: String = js_sys::Number::from(n.abs())
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default();
    // One pass over JS's text (`123.45`, `1.5e-7`, `1e+21`): its digits without the
    // point, how many come before the point, and the exponent.
    let (mut digits, mut before_point, mut exponent) = (Vec::new(), 0i32, 0i32);
    let (mut in_fraction, mut in_exponent, mut exponent_negative) = (false, false, false);
    for b in js.bytes() {
        match b {
            b'.' => in_fraction = true,
            b'e' => in_exponent = true,
            b'-' => exponent_negative = true,
            b'0'..=b'9' if in_exponent => {
                exponent = exponent
                    .saturating_mul(10)
                    .saturating_add(i32::from(b - b'0'));
            }
            b'0'..=b'9' => {
                digits.push(b);
                if !in_fraction {
                    before_point += 1;
                }
            }
            _ => {}
        }
    }
    // Where the decimal point falls in `digits`, counted from its start.
    let point = before_point.saturating_add(if exponent_negative {
        -exponent
    } else {
        exponent
    });
    if point <= 0 {
        out.push_str("0.");
        push_zeros(&mut out, -point);
    }
    for (i, &d) in digits.iter().enumerate() {
        if point > 0 && i32::try_from(i).is_ok_and(|i| i == point) {
            out.push('.');
        }
        out.push(char::from(d));
    }
    push_zeros(
        &mut out,
        point.saturating_sub(i32::try_from(digits.len()).unwrap_or(i32::MAX)),
    );
    out
}

/// Appends `count` zeros to `out` (none when `count` is not positive).
fn push_zeros(out: &mut String, count: i32) {
    for _ in 0..count {
        out.push('0');
    }
}

/// What a value is, for a type error: `undefined`, `null`, `a number (42)`, `an object`…
fn describe(value: &JsValue) -> String {
    if value.is_undefined() {
        return "undefined".into();
    }
    if value.is_null() {
        return "null".into();
    }
    if let Some(n) = value.as_f64() {
        return concat(&["a number (", &number_text(n), ")"]);
    }
    if let Some(b) = value.as_bool() {
        return if b {
            "a boolean (true)"
        } else {
            "a boolean (false)"
        }
        .into();
    }
    if js_sys::Array::is_array(value) {
        return "an array".into();
    }
    let kind = value.js_typeof().as_string().unwrap_or_default();
    match kind.as_str() {
        "object" => "an object".into(),
        "" => "a value of unknown type".into(),
        other => concat(&["a ", other]),
    }
}

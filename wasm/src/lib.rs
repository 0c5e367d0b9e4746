//! # breachnotice-wasm
//!
//! WebAssembly bindings of the [`breachnotice`] engine for browsers and Node
//! (`wasm-pack build wasm --target web`). The engine runs entirely in the page: no request
//! leaves it.
//!
//! Exports (TypeScript types in the `typescript_custom_section` below and `README.md`):
//! `evaluate(text, audience, lang?, factsJson?, nowIso?)`, `assess(factsJson, nowIso?)`,
//! `draft(factsJson, audience, lang?)`, `languages()`, `elements()`, `version()`,
//! `registerLanguage(bytes)`, `loadedLanguages()`, `missingLanguages()`.
//!
//! ## Language packs
//! Built with `--no-default-features --features en,packs,fix,derive,reason-texts`, the
//! module carries English; the other languages' tables are registered from their pack
//! files (`registerLanguage`, the core's `breachnotice::packs`), and so are every
//! language's detection words (the detection pack `auto.pack`: `registerLanguage`
//! returns `"auto"`). Evaluating a notice in a language not loaded throws an `Error`
//! with `parameter: "lang"`, `language: "<xx>"` and `code: "LanguageNotLoaded"`; one
//! whose language is to be detected before the detection pack is registered, the same
//! with `language: "auto"`.
//!
//! ## Positions
//! Every evidence span carries **both** units: `start`/`end` are UTF-8 byte offsets into
//! the notice (the contract's unit, as the CLI prints them) and `start16`/`end16` are
//! UTF-16 code-unit offsets, what JavaScript's `String.prototype.slice` takes. The
//! conversion happens once, here ([`utf16`]); JS never converts.
//!
//! ## Errors
//! Every parameter is checked at the boundary ([`args`]): a value of the wrong type is a
//! `TypeError` naming the parameter; a bad value (unknown audience or language, malformed
//! facts JSON, a bad timestamp, an input over a capacity) is an `Error` whose message
//! starts with the parameter's name and then says what is wrong and where (for an unknown
//! facts field: the key, its byte offset and the fields that exist). Both carry the
//! parameter's name in a `parameter` property.

// Without the `std` feature (the page's module), the wasm32 build is `no_std`: std's
// panic machinery (the payload boxing, the hook, the message formatting, which keep
// `core::fmt`'s integer and padding code linked) is left out; see `panic` below.
#![cfg_attr(all(target_arch = "wasm32", not(feature = "std")), no_std)]

extern crate alloc;

use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

pub mod args;
#[cfg(target_arch = "wasm32")]
pub mod heap;
pub mod utf16;

/// The panic handler of the `no_std` module: a trap (`unreachable`), which JS sees as a
/// `RuntimeError`. The same as with std, whose panics abort (`panic = "abort"`) with no
/// hook installed to print them; the core does not panic on any input (its contract),
/// so this only stops a bug in the boundary code.
#[cfg(all(target_arch = "wasm32", not(feature = "std")))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    core::arch::wasm32::unreachable()
}

/// The allocator of the wasm module: [`heap::Heap`] (a few hundred bytes of code instead
/// of dlmalloc's 3 KiB gzip, for the page's weight).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static HEAP: heap::Heap = heap::Heap::new();

use breachnotice::elements::{AudienceRule, ELEMENTS};
use breachnotice::facts::{FactField, Facts, key_at};
use breachnotice::fix::draft::{DraftRequest, draft as draft_notice};
use breachnotice::limits::{DRAFT_TEXT_BYTES, REPORT_JSON_BYTES};
use breachnotice::report::{LangChoice, Request};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Error, ErrorKind, Lang, Location};
use wasm_bindgen::prelude::*;

/// The TypeScript types of the reports and the string-literal unions of the parameters,
/// added to the generated `.d.ts`.
#[allow(
    dead_code,
    reason = "read by the typescript_custom_section below, which rustc does not see on wasm32"
)]
const TS_TYPES: &str = r#"
/** An evidence span. `start`/`end`: UTF-8 byte offsets into the notice (contract unit,
 *  end exclusive). `start16`/`end16`: the same span in UTF-16 code units, for
 *  `text.slice(start16, end16)`. */
export interface Evidence { start: number; end: number; start16: number; end16: number; }
export type ElementId = "nature" | "data_categories" | "contact_point" | "consequences"
  | "measures_taken" | "advice" | "timeline" | "subject_categories" | "subject_count"
  | "record_count" | "delay_reasons";
export type Status = "present" | "missing" | "not_applicable";
export type Audience = "data-subjects" | "authority";
/** How the report's language was settled. */
export type LanguageSource = "given" | "detected" | "not_detected" | "no_text";
/** How sure detection is: `high` (many distinctive words), `low` (a short text with only
 *  a few, none of another language), `none` (undecided: the report's language is
 *  `"unknown"`; ask the user), `given` (the caller chose the language). */
export type LanguageConfidence = "high" | "low" | "none" | "given";
/** An `Error` (or `TypeError`) thrown for a bad argument: `parameter` names it. */
export interface BreachnoticeError extends Error { parameter?: string; }
export type Requirement = "required" | "recommended" | "conditional";
export interface ElementResult {
  id: ElementId; status: Status; required: boolean; citation: string;
  evidence: Evidence[]; [extra: string]: unknown;
}
/** An unknown fact a decision assumed: the value taken, the other value tried, and the
 *  decision with it (a level for `risk`, `required` for an obligation). */
export interface Assumption {
  field: string; assumed: unknown; if: unknown; also?: { field: string; if: unknown };
  otherwise: boolean | "unlikely" | "risk" | "high";
}
/** `required`: true or false, decided on the facts given; null only when the kind of
 *  breach is unknown. */
export interface Decision {
  required: boolean | null; citation: string; exemption?: string | null;
  deadline?: string | null; late?: boolean | null; assumptions?: Assumption[];
  [extra: string]: unknown;
}
export interface Obligations {
  authority: Decision; data_subjects: Decision; controller?: Decision;
  [extra: string]: unknown;
}
export interface Risk {
  level: "unlikely" | "risk" | "high" | "unknown"; assumptions?: Assumption[];
  /** Every unknown fact the decision read, with the value it was taken to have. */
  assumed_facts?: Record<string, unknown>;
  [extra: string]: unknown;
}
/** The contract §4 report (more fields may be present). */
export interface Report {
  language: LanguageCode | "unknown"; language_source: LanguageSource;
  /** Absent when no text was given. */
  language_confidence?: LanguageConfidence;
  /** Why the language is unknown (shown to the user), when it is. */
  language_note?: string;
  /** Detection's best guess when it could not decide (offer it first in a picker). */
  language_guess?: LanguageCode | null;
  audience: Audience; elements: ElementResult[]; complete: boolean;
  obligations?: Obligations | null; risk?: Risk | null; derived_facts?: Record<string, unknown> | null;
  [extra: string]: unknown;
}
export interface AudienceRule { requirement: Requirement; citation: string; }
export interface ElementInfo {
  id: ElementId; summary: string;
  /** `null` when the element does not apply to that audience. */
  data_subjects: AudienceRule | null; authority: AudienceRule | null;
}
export interface LanguageInfo { code: LanguageCode; name: string; }
/** A finding on clarity or trust (`vague_cause`, `credential_request`, `jargon`, …). */
export interface Signal {
  id: string; severity: "info" | "warning"; citation: string; evidence: Evidence[];
  evidence_truncated: boolean;
}
/** A sentence that would realise a missing element; `placeholders` are the `[…]` parts. */
export interface Suggestion { element: ElementId; language: LanguageCode; text: string; placeholders: string[]; }
/** The readability score with the formula proper to the language. */
export interface Readability {
  formula: string; score: number; band: string; sentences: number; words: number;
  syllables: number; letters: number;
}
"#;

#[wasm_bindgen(typescript_custom_section)]
const TS_SECTION: &'static str = TS_TYPES;

/// `LanguageCode`, the TypeScript union of the languages, generated from the core's one
/// declaration of them ([`Lang::TS_UNION`]).
#[wasm_bindgen(typescript_custom_section)]
const TS_LANGUAGE_CODE: &str = Lang::TS_UNION;

/// `JSON.parse`, with a JS error turned into a [`JsError`].
fn parse_json(json: &str) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(json).map_err(|_| JsError::new("internal error: output is not JSON"))
}

/// Appends `s` to `out` as a JSON string: in double quotes, `"` and `\\` escaped, control
/// characters as `\\u00XX`. `languages()` and `elements()` write their few static strings
/// this way rather than link a second serializer (serde-json-core's) next to the core's
/// report writer: about 0.5 KiB gzip of the page's module (a test compares the output
/// with serde-json-core's).
fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\u{0}'..='\u{1f}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let b = c as usize;
                out.push_str("\\u00");
                for d in [b >> 4, b & 15] {
                    out.push(char::from(HEX.get(d).copied().unwrap_or(b'0')));
                }
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `"key":` (a comma first unless `first`) to an object being written.
fn push_key(out: &mut String, key: &str, first: bool) {
    if !first {
        out.push(',');
    }
    push_json_str(out, key);
    out.push(':');
}

/// The JSON of [`languages`]: `[{"code":"en","name":"English"},…]`.
fn languages_json() -> String {
    let mut out = String::from("[");
    for (i, l) in Lang::ALL.iter().enumerate() {
        out.push_str(if i > 0 { ",{" } else { "{" });
        push_key(&mut out, "code", true);
        push_json_str(&mut out, l.as_str());
        push_key(&mut out, "name", false);
        push_json_str(&mut out, l.name());
        out.push('}');
    }
    out.push(']');
    out
}

/// The languages the engine has cue tables for: `[{code: "en", name: "English"}, …]`.
#[wasm_bindgen(unchecked_return_type = "LanguageInfo[]")]
pub fn languages() -> Result<JsValue, JsError> {
    parse_json(&languages_json())
}

/// A requirement as the report and `elements()` spell it (`Requirement`'s serde name).
fn requirement_str(requirement: breachnotice::Requirement) -> &'static str {
    use breachnotice::Requirement;
    match requirement {
        Requirement::Required => "required",
        Requirement::Recommended => "recommended",
        Requirement::Conditional => "conditional",
    }
}

/// The JSON of [`elements`]: `[{"id":…,"summary":…,"data_subjects":{"requirement":…,
/// "citation":…}|null,"authority":…},…]`.
fn elements_json() -> String {
    let mut out = String::from("[");
    for (i, e) in ELEMENTS.iter().enumerate() {
        out.push_str(if i > 0 { ",{" } else { "{" });
        push_key(&mut out, "id", true);
        push_json_str(&mut out, e.id.as_str());
        push_key(&mut out, "summary", false);
        push_json_str(&mut out, e.summary);
        for (key, audience) in [
            ("data_subjects", Audience::DataSubjects),
            ("authority", Audience::Authority),
        ] {
            push_key(&mut out, key, false);
            match e.rule(audience) {
                Some(AudienceRule {
                    requirement,
                    citation,
                }) => {
                    out.push('{');
                    push_key(&mut out, "requirement", true);
                    push_json_str(&mut out, requirement_str(requirement));
                    push_key(&mut out, "citation", false);
                    push_json_str(&mut out, citation);
                    out.push('}');
                }
                None => out.push_str("null"),
            }
        }
        out.push('}');
    }
    out.push(']');
    out
}

/// Every element of contract §2 in contract order: id, one plain sentence, and per
/// audience the requirement and citation (`null` where it does not apply).
#[wasm_bindgen(unchecked_return_type = "ElementInfo[]")]
pub fn elements() -> Result<JsValue, JsError> {
    parse_json(&elements_json())
}

/// The engine's version (the crate version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// A core error about parameter `name` as a JS `Error`: `` `name`: <core message> ``. A
/// language not loaded is about `lang` and carries `language` (its code; `auto` for the
/// detection pack) and `code: "LanguageNotLoaded"`.
fn core_error(name: &str, e: Error) -> JsValue {
    // The data `lang: "auto"` needs is the detection pack, registered as `auto`.
    let missing = match e.kind {
        ErrorKind::LanguageNotLoaded { lang } => Some(lang.as_str()),
        ErrorKind::DetectionNotLoaded => Some("auto"),
        _ => None,
    };
    if let Some(code) = missing {
        let error = args::value_error(
            "lang",
            &args::concat(&[&e.kind.to_string(), " (registerLanguage)"]),
        );
        let _ = js_sys::Reflect::set(&error, &"language".into(), &code.into());
        let _ = js_sys::Reflect::set(&error, &"code".into(), &"LanguageNotLoaded".into());
        return error;
    }
    args::value_error(name, &e.to_string())
}

/// Registers a language pack (the bytes of `<xx>.pack`, written by `cargo xtask packs`
/// from the same build) and returns its language code. A language already loaded (built
/// in or registered) keeps its tables; the pack is still checked. Throws a `TypeError`
/// when `bytes` is not a `Uint8Array`, an `Error` naming what is wrong with a bad pack.
#[wasm_bindgen(
    js_name = "registerLanguage",
    unchecked_return_type = "LanguageCode | \"auto\""
)]
pub fn register_language(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array")] bytes: JsValue,
) -> Result<String, JsValue> {
    use wasm_bindgen::JsCast;
    let Some(array) = bytes.dyn_ref::<js_sys::Uint8Array>() else {
        return Err(args::type_error("bytes", "a Uint8Array", &bytes));
    };
    let bytes: &'static [u8] = Box::leak(array.to_vec().into_boxed_slice());
    if breachnotice::packs::is_detection_pack(bytes) {
        return register_detection(bytes);
    }
    let tables =
        breachnotice::lang::tables::LangTables::from_pack(bytes).map_err(|e| pack_error(&e))?;
    let lang = tables.lang;
    if breachnotice::packs::loaded(lang) {
        return Ok(lang.as_str().to_owned());
    }
    #[cfg(feature = "packs")]
    {
        let lang = breachnotice::packs::register(Box::leak(Box::new(tables)))
            .map_err(|e| pack_error(&e))?;
        Ok(lang.as_str().to_owned())
    }
    #[cfg(not(feature = "packs"))]
    Ok(lang.as_str().to_owned())
}

/// The `Error` for a pack the core refuses: `` `bytes`: not a valid language pack: <why> ``.
fn pack_error(e: &breachnotice::packs::PackError) -> JsValue {
    args::value_error(
        "bytes",
        &args::concat(&["not a valid language pack: ", &e.to_string()]),
    )
}

/// Registers the detection pack (`auto.pack`: every language's detection words, what
/// `lang: "auto"` needs in a module built with `packs`) and returns `"auto"`.
fn register_detection(bytes: &'static [u8]) -> Result<String, JsValue> {
    let tables = breachnotice::lang::detect::DetectionTables::from_pack(bytes)
        .map_err(|e| pack_error(&e))?;
    #[cfg(feature = "packs")]
    breachnotice::packs::register_detection(Box::leak(Box::new(tables)));
    #[cfg(not(feature = "packs"))]
    let _ = tables;
    Ok("auto".to_owned())
}

/// The codes of the languages whose tables are available (built in or registered), in
/// `languages()` order.
#[wasm_bindgen(js_name = "loadedLanguages", unchecked_return_type = "LanguageCode[]")]
pub fn loaded_languages() -> Vec<String> {
    languages_loaded(true)
}

/// The codes of the declared languages whose pack is not registered yet, in
/// `languages()` order (`[]` when every language is built in).
#[wasm_bindgen(js_name = "missingLanguages", unchecked_return_type = "LanguageCode[]")]
pub fn missing_languages() -> Vec<String> {
    languages_loaded(false)
}

/// The codes of the declared languages whose data is (`loaded`) or is not available, in
/// `languages()` order.
fn languages_loaded(loaded: bool) -> Vec<String> {
    Lang::ALL
        .iter()
        .filter(|&&l| breachnotice::packs::loaded(l) == loaded)
        .map(|l| l.as_str().to_owned())
        .collect()
}

/// `value` in double quotes for an error message, `\` and `"` escaped: what `{:?}` prints
/// for a one-line string, without linking `core`'s `Debug` escaping (about 2.5 KB of wasm).
fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `audience`: `"data-subjects"` or `"authority"`.
fn parse_audience(audience: &JsValue) -> Result<Audience, JsValue> {
    let value = args::string(audience, "audience")?;
    Audience::parse(&value).ok_or_else(|| {
        let allowed = args::join(Audience::ALL.iter().map(|a| a.as_str()), "\" or \"");
        args::value_error(
            "audience",
            &args::concat(&["must be \"", &allowed, "\", not ", &quoted(&value)]),
        )
    })
}

/// `lang`: absent, `""` or `"auto"` to detect, else an ISO 639-1 code of [`Lang::ALL`].
fn parse_lang(lang: &JsValue) -> Result<LangChoice, JsValue> {
    match args::optional_string(lang, "lang")?.as_deref() {
        None | Some("" | "auto") => Ok(LangChoice::Auto),
        Some(code) => Lang::parse(code).map(LangChoice::Fixed).ok_or_else(|| {
            let codes = args::join(Lang::ALL.iter().map(|l| l.as_str()), ", ");
            args::value_error(
                "lang",
                &args::concat(&[
                    "must be \"auto\" or one of ",
                    &codes,
                    ", not ",
                    &quoted(code),
                ]),
            )
        }),
    }
}

/// `factsJson`: incident facts (contract §3) as a JSON string. An unknown field is named
/// with the fields that exist, as the CLI does.
fn parse_facts(facts_json: Option<&str>) -> Result<Option<Facts>, JsValue> {
    let Some(json) = facts_json else {
        return Ok(None);
    };
    Facts::from_json(json.as_bytes()).map(Some).map_err(|e| {
        let key = match (e.kind, e.at) {
            (ErrorKind::UnknownField, Location::Byte(at)) => key_at(json.as_bytes(), at),
            _ => None,
        };
        match (key, e.at) {
            (Some(key), Location::Byte(at)) => {
                let known = args::join(FactField::ALL.iter().map(|f| f.as_str()), ", ");
                let mut offset = String::new();
                utf16::push_number(&mut offset, u32::try_from(at).unwrap_or(u32::MAX));
                args::value_error(
                    "factsJson",
                    &args::concat(&[
                        "unknown field `",
                        key,
                        "` at byte offset ",
                        &offset,
                        " (fields: ",
                        &known,
                        ")",
                    ]),
                )
            }
            _ => core_error("factsJson", e),
        }
    })
}

/// `nowIso`: the evaluation time (RFC 3339), or the JS clock when absent.
fn parse_now(now_iso: &JsValue) -> Result<Timestamp, JsValue> {
    let now = args::optional_string(now_iso, "nowIso")?.unwrap_or_else(|| {
        js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default()
    });
    Timestamp::parse_rfc3339(&now).map_err(|kind| {
        args::value_error(
            "nowIso",
            &args::concat(&[
                &kind.to_string(),
                ", not ",
                &quoted(&now),
                " (e.g. \"2026-11-28T12:00:00Z\")",
            ]),
        )
    })
}

/// Runs the core's `evaluate` and returns its JSON report as a JS object, with
/// `start16`/`end16` added to every span.
fn run(request: &Request<'_>) -> Result<JsValue, JsValue> {
    let report = breachnotice::report::evaluate(request);
    let mut buf = vec![0u8; REPORT_JSON_BYTES];
    let n = report
        .write_json(&mut buf)
        .map_err(|e| core_error("text", e))?;
    let json = core::str::from_utf8(buf.get(..n).unwrap_or_default())
        .map_err(|_| JsError::new("internal error: report is not UTF-8"))?;
    let json = utf16::add_utf16_offsets(request.text.unwrap_or_default(), json)
        .map_err(|e| JsError::new(&e))?;
    Ok(parse_json(&json)?)
}

/// Checks a notice: the contract §4 report as an object. `audience` is `data-subjects` or
/// `authority`; `lang` is `auto` (default) or an ISO 639-1 code; `factsJson` holds
/// incident facts (contract §3) as a JSON string; `nowIso` is the evaluation time in
/// RFC 3339 (default: the browser clock). Every evidence span has `start`/`end` (UTF-8
/// bytes) and `start16`/`end16` (UTF-16 code units). Throws a `TypeError` naming the
/// parameter when one is not a string, an `Error` naming it on a bad value.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Audience")] audience: JsValue,
    #[wasm_bindgen(
        js_name = "lang",
        unchecked_optional_param_type = "LanguageCode | \"auto\" | null"
    )]
    lang: JsValue,
    #[wasm_bindgen(js_name = "factsJson", unchecked_optional_param_type = "string | null")]
    facts_json: JsValue,
    #[wasm_bindgen(js_name = "nowIso", unchecked_optional_param_type = "string | null")]
    now_iso: JsValue,
) -> Result<JsValue, JsValue> {
    let text = args::string(&text, "text")?;
    let audience = parse_audience(&audience)?;
    let lang = parse_lang(&lang)?;
    let facts_json = args::optional_string(&facts_json, "factsJson")?;
    let facts = parse_facts(facts_json.as_deref())?;
    let now = parse_now(&now_iso)?;
    run(&Request {
        text: Some(&text),
        audience,
        lang,
        facts: facts.as_ref(),
        now: Some(now),
    })
}

/// Decides the obligations (and risk) from incident facts alone, without a notice: the
/// report object with `obligations` and `risk` and no `elements` to judge. Throws like
/// [`evaluate`].
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn assess(
    #[wasm_bindgen(js_name = "factsJson", unchecked_param_type = "string")] facts_json: JsValue,
    #[wasm_bindgen(js_name = "nowIso", unchecked_optional_param_type = "string | null")]
    now_iso: JsValue,
) -> Result<JsValue, JsValue> {
    let facts_json = args::string(&facts_json, "factsJson")?;
    let facts = parse_facts(Some(&facts_json))?;
    let now = parse_now(&now_iso)?;
    run(&Request {
        text: None,
        audience: Audience::Authority,
        lang: LangChoice::Auto,
        facts: facts.as_ref(),
        now: Some(now),
    })
}

/// Drafts a complete notice from incident facts (contract §3, a JSON string) for
/// `audience` (`data-subjects` or `authority`) in `lang` (an ISO 639-1 code; `auto` or
/// absent: English), as plain text: a subject line, a salutation, one short paragraph per
/// element, a closing and a signature. Unknown facts are visible `[placeholders]`. Throws
/// a `TypeError` naming the parameter for a wrong type, an `Error` on bad facts, audience
/// or language.
#[wasm_bindgen]
pub fn draft(
    #[wasm_bindgen(js_name = "factsJson", unchecked_param_type = "string")] facts_json: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Audience")] audience: JsValue,
    #[wasm_bindgen(
        js_name = "lang",
        unchecked_optional_param_type = "LanguageCode | \"auto\" | null"
    )]
    lang: JsValue,
) -> Result<String, JsValue> {
    let facts_json = args::string(&facts_json, "factsJson")?;
    let facts = parse_facts(Some(&facts_json))?.unwrap_or_default();
    let audience = parse_audience(&audience)?;
    let lang = match parse_lang(&lang)? {
        LangChoice::Fixed(l) => l,
        LangChoice::Auto => Lang::En,
    };
    let mut buf = vec![0u8; DRAFT_TEXT_BYTES];
    let n = draft_notice(
        &mut buf,
        &DraftRequest {
            facts: &facts,
            audience,
            lang,
            contact: None,
            samples: false,
        },
    )
    .map_err(|e| core_error("factsJson", e))?;
    buf.truncate(n);
    String::from_utf8(buf)
        .map_err(|_| args::value_error("draft", "internal error: the draft is not UTF-8"))
}

#[cfg(test)]
#[allow(
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a missing file or block is a failed test"
)]
mod tests {
    use super::TS_TYPES;
    use breachnotice::{Audience, Lang};

    fn union(codes: impl Iterator<Item = &'static str>) -> String {
        codes
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    /// `languages()` and `elements()` write their JSON by hand: it is what serde-json-core
    /// writes for the same structures (the former implementation).
    #[test]
    fn languages_and_elements_json_match_serde() {
        use breachnotice::elements::ELEMENTS;
        use serde::Serialize;
        #[derive(Serialize)]
        struct LanguageInfo {
            code: &'static str,
            name: &'static str,
        }
        #[derive(Serialize)]
        struct RuleInfo {
            requirement: breachnotice::Requirement,
            citation: &'static str,
        }
        #[derive(Serialize)]
        struct ElementInfo {
            id: breachnotice::ElementId,
            summary: &'static str,
            data_subjects: Option<RuleInfo>,
            authority: Option<RuleInfo>,
        }
        fn json<T: Serialize + ?Sized>(value: &T) -> String {
            let mut buf = vec![0u8; 64 * 1024];
            let n = serde_json_core::to_slice(value, &mut buf).expect("fits");
            String::from_utf8(buf[..n].to_vec()).expect("UTF-8")
        }
        let langs: Vec<LanguageInfo> = Lang::ALL
            .iter()
            .map(|l| LanguageInfo {
                code: l.as_str(),
                name: l.name(),
            })
            .collect();
        assert_eq!(super::languages_json(), json(langs.as_slice()));
        let rule = |r: breachnotice::elements::AudienceRule| RuleInfo {
            requirement: r.requirement,
            citation: r.citation,
        };
        let elements: Vec<ElementInfo> = ELEMENTS
            .iter()
            .map(|e| ElementInfo {
                id: e.id,
                summary: e.summary,
                data_subjects: e.rule(Audience::DataSubjects).map(rule),
                authority: e.rule(Audience::Authority).map(rule),
            })
            .collect();
        assert_eq!(super::elements_json(), json(elements.as_slice()));
        let mut escaped = String::new();
        super::push_json_str(&mut escaped, "a\"b\\c\u{1}\u{1f}é");
        assert_eq!(escaped, r#""a\"b\\c\u0001\u001fé""#);
    }

    #[test]
    fn the_typescript_unions_list_every_language_and_audience() {
        let langs = union(Lang::ALL.iter().map(|l| l.as_str()));
        assert!(
            Lang::TS_UNION.ends_with(&format!("\nexport type LanguageCode = {langs};")),
            "{}",
            Lang::TS_UNION
        );
        assert!(!TS_TYPES.contains("type LanguageCode"));
        let audiences = union(Audience::ALL.iter().map(|a| a.as_str()));
        assert!(
            TS_TYPES.contains(&format!("export type Audience = {audiences};")),
            "Audience must be {audiences}"
        );
    }

    /// The keys `ident: '…'` (or `ident: (…`, `` ident: `… ``) of the object literal that
    /// follows `  name: {` in `js`, in order.
    fn object_keys(js: &str, name: &str) -> Vec<String> {
        let start = js
            .find(&format!("\n  {name}: {{"))
            .unwrap_or_else(|| panic!("no `{name}: {{` block"));
        let body = &js[start + name.len() + 6..];
        let body = &body[..body.find("\n  },").unwrap_or(body.len())];
        let mut keys = Vec::new();
        for (i, _) in body.match_indices(": ") {
            if !body[i + 2..].starts_with(['\'', '(', '`']) {
                continue;
            }
            let before = &body[..i];
            let key_start = before
                .rfind(|c: char| !(c.is_ascii_lowercase() || c == '_'))
                .map_or(0, |k| k + 1);
            let key = &before[key_start..];
            let sep = before[..key_start].trim_end();
            if !key.is_empty() && (sep.ends_with(',') || sep.ends_with('{') || sep.is_empty()) {
                keys.push(key.to_string());
            }
        }
        keys
    }

    /// The web page's label keys (`web/i18n/*.js`: `fields`, `elements`, `values`), its
    /// facts form (`web/main.js` `FACT_FIELDS`) and the `.d.ts` `ElementId` union are
    /// checked against the Rust declarations (`__for_each_fact_field!`,
    /// `__for_each_element!`, the facts' enums): adding or renaming one fails here until
    /// the page follows.
    #[test]
    fn web_labels_and_typescript_unions_follow_the_rust_declarations() {
        use breachnotice::ElementId;
        use breachnotice::facts::{BreachKind, DataKind, Exposure, FactField, Protection, Role};
        let web = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../web");
        let fields: Vec<String> = FactField::ALL.iter().map(|f| f.as_str().into()).collect();
        let elements: Vec<String> = ElementId::ALL.iter().map(|e| e.as_str().into()).collect();
        let mut values: Vec<String> = Vec::new();
        values.extend(Role::ALL.iter().map(|v| v.as_str().to_string()));
        values.extend(BreachKind::ALL.iter().map(|v| v.as_str().to_string()));
        values.extend(DataKind::ALL.iter().map(|v| v.as_str().to_string()));
        values.extend(Protection::ALL.iter().map(|v| v.as_str().to_string()));
        values.extend(Exposure::ALL.iter().map(|v| v.as_str().to_string()));
        values.sort();
        values.dedup();
        for entry in std::fs::read_dir(web.join("i18n")).expect("web/i18n") {
            let path = entry.expect("entry").path();
            let js = std::fs::read_to_string(&path).expect("i18n file");
            let file = path.display();
            assert_eq!(object_keys(&js, "fields"), fields, "{file}: fields");
            assert_eq!(object_keys(&js, "elements"), elements, "{file}: elements");
            let mut labelled = object_keys(&js, "values");
            labelled.sort();
            assert_eq!(labelled, values, "{file}: values");
        }
        let main = std::fs::read_to_string(web.join("main.js")).expect("web/main.js");
        let block = main
            .split("const FACT_FIELDS = [")
            .nth(1)
            .and_then(|b| b.split("\n];").next())
            .expect("FACT_FIELDS");
        let form: Vec<String> = block
            .split("key: '")
            .skip(1)
            .filter_map(|s| s.split('\'').next())
            .map(str::to_string)
            .collect();
        assert_eq!(form, fields, "web/main.js FACT_FIELDS");
        let union = union(ElementId::ALL.iter().map(|e| e.as_str()));
        let ts: String = TS_TYPES
            .split("export type ElementId = ")
            .nth(1)
            .and_then(|s| s.split(';').next())
            .expect("ElementId union")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(ts, union, "the .d.ts ElementId union");
    }
}

//! # breachnotice-wasm
//!
//! WebAssembly bindings of the [`breachnotice`] engine for browsers and Node
//! (`wasm-pack build wasm --target web`). The engine runs entirely in the page: no request
//! leaves it.
//!
//! Exports (TypeScript types in the `typescript_custom_section` below and `README.md`):
//! `evaluate(text, audience, lang?, factsJson?, nowIso?)`, `assess(factsJson, nowIso?)`,
//! `draft(factsJson, audience, lang?)`, `languages()`, `elements()`, `version()`.
//!
//! ## Positions
//! Every evidence span carries **both** units: `start`/`end` are UTF-8 byte offsets into
//! the notice (the contract's unit, as the CLI prints them) and `start16`/`end16` are
//! UTF-16 code-unit offsets, what JavaScript's `String.prototype.slice` takes. The
//! conversion happens once, here ([`utf16`]); JS never converts.
//!
//! ## Errors
//! Bad input (unknown audience or language, malformed facts JSON, a bad timestamp, an
//! input over a capacity) throws a JavaScript `Error` whose message is the core's one-line
//! message (what is wrong and where).

pub mod utf16;

use breachnotice::elements::{AudienceRule, ELEMENTS};
use breachnotice::facts::Facts;
use breachnotice::fix::draft::{DraftRequest, draft as draft_notice};
use breachnotice::limits::{DRAFT_TEXT_BYTES, REPORT_JSON_BYTES};
use breachnotice::report::{LangChoice, Request};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Error, ErrorKind, Lang, Location};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** An evidence span. `start`/`end`: UTF-8 byte offsets into the notice (contract unit,
 *  end exclusive). `start16`/`end16`: the same span in UTF-16 code units, for
 *  `text.slice(start16, end16)`. */
export interface Evidence { start: number; end: number; start16: number; end16: number; }
export type ElementId = "nature" | "data_categories" | "contact_point" | "consequences"
  | "measures_taken" | "advice" | "timeline" | "subject_categories" | "subject_count"
  | "record_count" | "delay_reasons";
export type Status = "present" | "missing" | "not_applicable";
export type Audience = "data-subjects" | "authority";
export type Requirement = "required" | "recommended" | "conditional";
export interface ElementResult {
  id: ElementId; status: Status; required: boolean; citation: string;
  evidence: Evidence[]; [extra: string]: unknown;
}
/** `required`: true, false, or null when the facts do not allow a decision. */
export interface Decision {
  required: boolean | null; citation: string; exemption?: string | null;
  deadline?: string | null; late?: boolean | null; [extra: string]: unknown;
}
export interface Obligations {
  authority: Decision; data_subjects: Decision; controller?: Decision;
  [extra: string]: unknown;
}
export interface Risk { level: "unlikely" | "risk" | "high" | "unknown"; [extra: string]: unknown; }
/** The contract §4 report (more fields may be present). */
export interface Report {
  language: string; audience: Audience; elements: ElementResult[]; complete: boolean;
  obligations?: Obligations | null; risk?: Risk | null; derived_facts?: Record<string, unknown> | null;
  [extra: string]: unknown;
}
export interface AudienceRule { requirement: Requirement; citation: string; }
export interface ElementInfo {
  id: ElementId; summary: string;
  /** `null` when the element does not apply to that audience. */
  data_subjects: AudienceRule | null; authority: AudienceRule | null;
}
export interface LanguageInfo { code: string; name: string; }
/** A finding on clarity or trust (`vague_cause`, `credential_request`, `jargon`, …). */
export interface Signal {
  id: string; severity: "info" | "warning"; citation: string; evidence: Evidence[];
  evidence_truncated: boolean;
}
/** A sentence that would realise a missing element; `placeholders` are the `[…]` parts. */
export interface Suggestion { element: ElementId; language: string; text: string; placeholders: string[]; }
/** The readability score with the formula proper to the language. */
export interface Readability {
  formula: string; score: number; band: string; sentences: number; words: number;
  syllables: number; letters: number;
}
"#;

/// Serialises `value` with serde-json-core and parses it into a JS value.
fn to_js<T: Serialize + ?Sized>(value: &T, capacity: usize) -> Result<JsValue, JsError> {
    let mut buf = vec![0u8; capacity];
    let n = serde_json_core::to_slice(value, &mut buf)
        .map_err(|_| JsError::new("internal error: output buffer too small"))?;
    let json = core::str::from_utf8(buf.get(..n).unwrap_or_default())
        .map_err(|_| JsError::new("internal error: output is not UTF-8"))?;
    parse_json(json)
}

/// `JSON.parse`, with a JS error turned into a [`JsError`].
fn parse_json(json: &str) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(json).map_err(|_| JsError::new("internal error: output is not JSON"))
}

#[derive(Serialize)]
struct LanguageInfo {
    code: &'static str,
    name: &'static str,
}

/// The languages the engine has cue tables for: `[{code: "en", name: "English"}, …]`.
#[wasm_bindgen(unchecked_return_type = "LanguageInfo[]")]
pub fn languages() -> Result<JsValue, JsError> {
    let list: Vec<LanguageInfo> = Lang::ALL
        .iter()
        .map(|l| LanguageInfo {
            code: l.as_str(),
            name: l.name(),
        })
        .collect();
    to_js(list.as_slice(), 1024)
}

#[derive(Serialize)]
struct RuleInfo {
    requirement: breachnotice::Requirement,
    citation: &'static str,
}

impl From<AudienceRule> for RuleInfo {
    fn from(rule: AudienceRule) -> Self {
        RuleInfo {
            requirement: rule.requirement,
            citation: rule.citation,
        }
    }
}

#[derive(Serialize)]
struct ElementInfo {
    id: breachnotice::ElementId,
    summary: &'static str,
    data_subjects: Option<RuleInfo>,
    authority: Option<RuleInfo>,
}

/// Every element of contract §2 in contract order: id, one plain sentence, and per
/// audience the requirement and citation (`null` where it does not apply).
#[wasm_bindgen(unchecked_return_type = "ElementInfo[]")]
pub fn elements() -> Result<JsValue, JsError> {
    let list: Vec<ElementInfo> = ELEMENTS
        .iter()
        .map(|e| ElementInfo {
            id: e.id,
            summary: e.summary,
            data_subjects: e.rule(Audience::DataSubjects).map(RuleInfo::from),
            authority: e.rule(Audience::Authority).map(RuleInfo::from),
        })
        .collect();
    to_js(list.as_slice(), 16 * 1024)
}

/// The engine's version (the crate version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// A core error as a JS `Error` with the core's one-line message.
fn js_error(e: Error) -> JsError {
    JsError::new(&e.to_string())
}

fn parse_audience(audience: &str) -> Result<Audience, JsError> {
    Audience::parse(audience).ok_or_else(|| {
        js_error(Error::new(
            ErrorKind::InvalidOption,
            Location::Option("audience"),
        ))
    })
}

fn parse_lang(lang: Option<String>) -> Result<LangChoice, JsError> {
    match lang.as_deref() {
        None | Some("" | "auto") => Ok(LangChoice::Auto),
        Some(code) => Lang::parse(code).map(LangChoice::Fixed).ok_or_else(|| {
            js_error(Error::new(
                ErrorKind::InvalidOption,
                Location::Option("lang"),
            ))
        }),
    }
}

fn parse_facts(facts_json: Option<&str>) -> Result<Option<Facts>, JsError> {
    match facts_json {
        None => Ok(None),
        Some(json) => Facts::from_json(json.as_bytes())
            .map(Some)
            .map_err(js_error),
    }
}

/// The evaluation time: `now_iso` (RFC 3339), or the JS clock when absent.
fn parse_now(now_iso: Option<String>) -> Result<Timestamp, JsError> {
    let now = now_iso.unwrap_or_else(|| {
        js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default()
    });
    Timestamp::parse_rfc3339(&now)
        .map_err(|kind| js_error(Error::new(kind, Location::Option("now"))))
}

/// Runs the core's `evaluate` and returns its JSON report as a JS object, with
/// `start16`/`end16` added to every span.
fn run(request: &Request<'_>) -> Result<JsValue, JsError> {
    let report = breachnotice::report::evaluate(request);
    let mut buf = vec![0u8; REPORT_JSON_BYTES];
    let n = report.write_json(&mut buf).map_err(js_error)?;
    let json = core::str::from_utf8(buf.get(..n).unwrap_or_default())
        .map_err(|_| JsError::new("internal error: report is not UTF-8"))?;
    let json = utf16::add_utf16_offsets(request.text.unwrap_or_default(), json)
        .map_err(|e| JsError::new(&e))?;
    parse_json(&json)
}

/// Checks a notice: the contract §4 report as an object. `audience` is `data-subjects` or
/// `authority`; `lang` is `auto` (default) or an ISO 639-1 code; `facts_json` holds
/// incident facts (contract §3) as a JSON string; `now_iso` is the evaluation time in
/// RFC 3339 (default: the browser clock). Every evidence span has `start`/`end` (UTF-8
/// bytes) and `start16`/`end16` (UTF-16 code units). Throws an `Error` on bad input.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn evaluate(
    text: &str,
    audience: &str,
    #[wasm_bindgen(js_name = "lang")] lang: Option<String>,
    #[wasm_bindgen(js_name = "factsJson")] facts_json: Option<String>,
    #[wasm_bindgen(js_name = "nowIso")] now_iso: Option<String>,
) -> Result<JsValue, JsError> {
    let audience = parse_audience(audience)?;
    let lang = parse_lang(lang)?;
    let facts = parse_facts(facts_json.as_deref())?;
    let now = parse_now(now_iso)?;
    run(&Request {
        text: Some(text),
        audience,
        lang,
        facts: facts.as_ref(),
        now: Some(now),
    })
}

/// Decides the obligations (and risk) from incident facts alone, without a notice: the
/// report object with `obligations` and `risk` and no `elements` to judge. Throws an
/// `Error` on bad facts or a bad time.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn assess(
    #[wasm_bindgen(js_name = "factsJson")] facts_json: &str,
    #[wasm_bindgen(js_name = "nowIso")] now_iso: Option<String>,
) -> Result<JsValue, JsError> {
    let facts = parse_facts(Some(facts_json))?;
    let now = parse_now(now_iso)?;
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
/// an `Error` on bad facts, audience or language.
#[wasm_bindgen]
pub fn draft(
    #[wasm_bindgen(js_name = "factsJson")] facts_json: &str,
    audience: &str,
    #[wasm_bindgen(js_name = "lang")] lang: Option<String>,
) -> Result<String, JsError> {
    let facts = parse_facts(Some(facts_json))?.unwrap_or_default();
    let audience = parse_audience(audience)?;
    let lang = match parse_lang(lang)? {
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
    .map_err(js_error)?;
    buf.truncate(n);
    String::from_utf8(buf).map_err(|_| JsError::new("internal error: draft is not UTF-8"))
}

//! # breachnotice-wasm
//!
//! WebAssembly bindings of the [`breachnotice`] engine for browsers and Node
//! (`wasm-pack build wasm --target web`). The engine runs entirely in the page: no request
//! leaves it.
//!
//! Exports (TypeScript types in the `typescript_custom_section` below and `README.md`):
//! `evaluate(text, audience, lang?, factsJson?, nowIso?)`, `assess(factsJson, nowIso?)`,
//! `languages()`, `elements()`, `version()`.
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
use breachnotice::{Audience, Lang};
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

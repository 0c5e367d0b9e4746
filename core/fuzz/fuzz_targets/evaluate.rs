//! Any bytes as a notice (and the same bytes as facts JSON), every audience and language
//! choice: `evaluate` and `write_json` must not panic, every evidence span must lie
//! inside the text on char boundaries, and the report must fit `REPORT_JSON_BYTES` and be
//! JSON (`common.rs`).
#![no_main]

use breachnotice::Audience;
use breachnotice::facts::Facts;
use breachnotice::lang::Lang;
use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
#[allow(dead_code, reason = "the draft check is for the draft target")]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = core::str::from_utf8(rest) else {
        return;
    };
    let facts = Facts::from_json(rest).ok();
    let audience = if selector & 1 == 0 {
        Audience::DataSubjects
    } else {
        Audience::Authority
    };
    let lang = match usize::from(selector >> 1) % (Lang::ALL.len() + 1) {
        0 => LangChoice::Auto,
        i => Lang::ALL
            .get(i - 1)
            .copied()
            .map_or(LangChoice::Auto, LangChoice::Fixed),
    };
    let report = evaluate(&Request {
        text: Some(text),
        audience,
        lang,
        facts: facts.as_ref(),
        now: Some(Timestamp::from_unix(1_795_000_000)),
    });
    let mut buf = [0u8; REPORT_JSON_BYTES];
    common::check_report(&report, Some(text), &mut buf);
});

//! A notice and facts JSON together (the input split at the first 0xFF byte), with and
//! without `now`: no panic, every span (elements, derived facts, claims) inside the text
//! on char boundaries, the report fits `REPORT_JSON_BYTES` and is JSON (`common.rs`).
#![no_main]

use breachnotice::Audience;
use breachnotice::facts::Facts;
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
    let cut = rest.iter().position(|&b| b == 0xFF).unwrap_or(rest.len());
    let (text, facts) = (
        rest.get(..cut).unwrap_or_default(),
        rest.get(cut + 1..).unwrap_or_default(),
    );
    let text = core::str::from_utf8(text).ok();
    let facts = Facts::from_json(facts).ok();
    let audience = if selector & 1 == 0 {
        Audience::DataSubjects
    } else {
        Audience::Authority
    };
    let now = (selector & 2 == 0).then(|| Timestamp::from_unix(1_795_000_000));
    let report = evaluate(&Request {
        text,
        audience,
        lang: LangChoice::Auto,
        facts: facts.as_ref(),
        now,
    });
    let mut buf = [0u8; REPORT_JSON_BYTES];
    common::check_report(&report, text, &mut buf);
});

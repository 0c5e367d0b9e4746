//! Any bytes as incident-facts JSON: `Facts::from_json` returns a value or an error, never
//! panics or overflows the stack; when it succeeds, `assess` must not panic either, and
//! the facts-only report (either audience, with and without `now`) holds the invariants
//! of `common.rs`.
#![no_main]

use breachnotice::Audience;
use breachnotice::facts::Facts;
use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::obligations::assess;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
#[allow(dead_code, reason = "the draft check is for the draft target")]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(facts) = Facts::from_json(data) else {
        return;
    };
    let now = Timestamp::from_unix(1_795_000_000);
    let _ = assess(&facts, None);
    let _ = assess(&facts, Some(now));
    let selector = data.len();
    let report = evaluate(&Request {
        text: None,
        audience: if selector & 1 == 0 {
            Audience::DataSubjects
        } else {
            Audience::Authority
        },
        lang: LangChoice::Auto,
        facts: Some(&facts),
        now: (selector & 2 == 0).then_some(now),
    });
    let mut buf = [0u8; REPORT_JSON_BYTES];
    common::check_report(&report, None, &mut buf);
});

//! Any bytes as a notice alone (no facts, no `now`), every audience and language choice:
//! no panic, spans inside the text on char boundaries, the report fits
//! `REPORT_JSON_BYTES` and is JSON, `write_json_to` (the firmware's streaming writer)
//! gives the bytes of `write_json`, a short buffer is an error (`common.rs`).
#![no_main]

use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::{Audience, Lang};
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
        facts: None,
        now: None,
    });
    let mut buf = [0u8; REPORT_JSON_BYTES];
    common::check_report(&report, Some(text), &mut buf);
});

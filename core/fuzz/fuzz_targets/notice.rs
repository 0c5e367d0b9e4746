//! Any bytes as a notice alone (no facts, no `now`), every audience and language choice:
//! no panic, spans on char boundaries, the report fits `REPORT_JSON_BYTES`, and
//! `write_json_to` (the firmware's streaming writer) gives the bytes of `write_json`.
#![no_main]

use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::{Audience, Lang, SinkError};
use libfuzzer_sys::fuzz_target;

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
    for element in report.elements() {
        for span in &element.evidence {
            assert!(
                span.slice(text).is_some(),
                "span {span:?} off a char boundary"
            );
        }
    }
    let mut buf = [0u8; REPORT_JSON_BYTES];
    let n = report
        .write_json(&mut buf)
        .expect("report over REPORT_JSON_BYTES");
    let mut at = 0;
    report
        .write_json_to(&mut |p: &[u8]| -> Result<(), SinkError> {
            assert_eq!(
                buf.get(at..at + p.len()),
                Some(p),
                "streamed bytes differ at {at}"
            );
            at += p.len();
            Ok(())
        })
        .expect("streaming failed");
    assert_eq!(at, n);
});

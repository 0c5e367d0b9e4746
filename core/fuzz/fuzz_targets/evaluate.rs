//! Any bytes as a notice (and the same bytes as facts JSON), every audience and language
//! choice: `evaluate` and `write_json` must not panic, every evidence span must lie on
//! char boundaries of the text, and `REPORT_JSON_BYTES` must always suffice.
#![no_main]

use breachnotice::Audience;
use breachnotice::facts::Facts;
use breachnotice::lang::Lang;
use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use libfuzzer_sys::fuzz_target;

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
    for element in report.notice.iter().flat_map(|n| n.elements.iter()) {
        for span in &element.evidence {
            assert!(
                span.slice(text).is_some(),
                "span {span:?} off a char boundary"
            );
        }
    }
    let mut buf = [0u8; REPORT_JSON_BYTES];
    assert!(
        report.write_json(&mut buf).is_ok(),
        "report over REPORT_JSON_BYTES"
    );
});

//! The wasm edge: any notice's report JSON through the UTF-16 offset conversion the
//! browser module applies (`wasm/src/utf16.rs`, included as is). It must succeed and add
//! one `start16`/`end16` pair per span, each slicing the text's UTF-16 code units the
//! way the UTF-8 span slices its bytes.
#![no_main]

// `wasm/src/utf16.rs` is `no_std` code that names `alloc` (the wasm crate is `no_std` on
// wasm32); this target links `std`, so the crate must be brought in by name.
extern crate alloc;

use breachnotice::Audience;
use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::report::{LangChoice, Request, evaluate};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
#[allow(dead_code, reason = "the draft check is for the draft target")]
mod common;

#[path = "../../../wasm/src/utf16.rs"]
#[allow(dead_code)]
mod utf16;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = core::str::from_utf8(data) else {
        return;
    };
    let report = evaluate(&Request {
        text: Some(text),
        audience: Audience::DataSubjects,
        lang: LangChoice::Auto,
        facts: None,
        now: None,
    });
    let mut buf = [0u8; REPORT_JSON_BYTES];
    let n = common::check_report(&report, Some(text), &mut buf);
    let json = core::str::from_utf8(&buf[..n]).expect("report not UTF-8");
    let with16 = utf16::add_utf16_offsets(text, json).expect("UTF-16 conversion failed");
    let pairs = json.matches("\"start\":").count();
    assert_eq!(with16.matches("\"start16\":").count(), pairs);
    assert_eq!(with16.matches("\"end16\":").count(), pairs);
    serde_json::from_str::<serde_json::Value>(&with16).expect("UTF-16 report not JSON");
    // Each element span's UTF-16 slice is its UTF-8 slice.
    let units: Vec<u16> = text.encode_utf16().collect();
    for element in report.elements() {
        for span in &element.evidence {
            let s = span.slice(text).expect("span off a char boundary");
            let start16 = text[..span.start as usize].encode_utf16().count();
            let end16 = start16 + s.encode_utf16().count();
            assert_eq!(
                String::from_utf16(&units[start16..end16]).ok().as_deref(),
                Some(s)
            );
        }
    }
});

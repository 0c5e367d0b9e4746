//! Links the whole engine into a bare-metal binary without a global allocator.
//!
//! `_start` is the linker's default entry symbol, so it roots the garbage collection of
//! sections: everything it reaches is kept and linked. The inputs and results pass through
//! [`core::hint::black_box`] so the optimiser cannot fold the engine away.
#![no_std]
#![no_main]

use core::hint::black_box;
use core::panic::PanicInfo;

use breachnotice::analysis::analyze;
use breachnotice::facts::Facts;
use breachnotice::lang::detect::detect;
use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::obligations::assess;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Lang};

/// A notice in English with most elements, so the matcher and detectors all run.
const NOTICE: &str = "On 3 March 2026 an attacker gained unauthorised access to our \
customer database. Names, e-mail addresses and bank details of about 1,200 customers \
were copied. You may receive phishing e-mails. We reset all passwords and informed the \
police. Please change your password. Contact our data protection officer at \
dpo@example.com or +49 30 1234567.";

/// Incident facts (contract §3).
const FACTS: &[u8] = br#"{"role":"controller","aware_at":"2026-03-03T09:00:00Z",
"breach":["confidentiality"],"data":["contact","financial"],"subjects":1200,
"protection":"none","exposure":"malicious_actor","malicious":true}"#;

/// Entry point: runs each part of the engine and then the whole check, passing every
/// result through `black_box`.
#[unsafe(no_mangle)]
pub extern "C" fn _start() -> ! {
    let text = black_box(NOTICE);
    let facts = match Facts::from_json(black_box(FACTS)) {
        Ok(f) => f,
        Err(_) => Facts::unknown(),
    };
    let now = Timestamp::parse_rfc3339(black_box("2026-03-05T12:00:00Z")).ok();
    let assessment = assess(&facts, now);
    let lang = detect(text).unwrap_or(Lang::En);
    let _ = black_box(analyze(text, Audience::Authority, lang, assessment.late()));
    let _ = black_box(assessment);
    let report = evaluate(&Request {
        text: Some(text),
        audience: Audience::DataSubjects,
        lang: LangChoice::Auto,
        facts: Some(&facts),
        now,
    });
    let mut out = [0u8; REPORT_JSON_BYTES];
    let _ = black_box(report.write_json(&mut out));
    let _ = black_box(out);
    #[allow(clippy::empty_loop, reason = "bare-metal entry never returns")]
    loop {}
}

#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    #[allow(clippy::empty_loop, reason = "no way to report a panic on bare metal")]
    loop {}
}

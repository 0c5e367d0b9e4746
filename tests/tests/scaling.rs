//! Inputs built to provoke quadratic behaviour (long runs without sentence ends, of
//! spaces, digits, `@`, dots, hyphens) are read with work linear in their length: a 4×
//! longer input may take at most ~4× the work.
//!
//! The work is the engine's own step counter (`breachnotice::work`, the `work-count`
//! feature: words and sentences read, positions tried by the URL and e-mail detectors,
//! probes of the cue matcher), which is deterministic, where wall-clock time on a shared
//! machine is not. The timings of the same inputs are a benchmark
//! (`cargo bench -p breachnotice -- adversarial`). The counter is global to the process:
//! this file holds one test, so that no other test runs beside it.

use breachnotice::analysis::analyze;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Lang, work};

// The patterns (`ADVERSARIAL_PATTERNS`), each repeated to 16 KiB and to 64 KiB; shared with
// the benchmark.
include!("../../core/benches/common/adversarial.rs");

/// The steps the analyser (in every language) and a whole evaluation (with the fix
/// module's signals and readability; in two languages, to keep the test short) take on
/// `text`.
fn work_of(text: &str) -> u64 {
    let before = work::total();
    for lang in Lang::ALL {
        let _ = analyze(text, Audience::Authority, lang, Some(true));
    }
    let now = Timestamp::parse_rfc3339("2026-11-24T10:00:00Z").ok();
    for lang in [Lang::En, Lang::De] {
        let _ = evaluate(&Request {
            text: Some(text),
            audience: Audience::DataSubjects,
            lang: LangChoice::Fixed(lang),
            facts: None,
            now,
        });
    }
    work::total().saturating_sub(before)
}

#[test]
fn adversarial_inputs_take_linear_work() {
    assert!(
        work_of("Dear customer, we write to you.") > 0,
        "the work counter is off: enable the `work-count` feature"
    );
    for p in ADVERSARIAL_PATTERNS {
        let small = p.repeat(16 * 1024 / p.len());
        let large = p.repeat(64 * 1024 / p.len());
        let (a, b) = (work_of(&small), work_of(&large));
        // Linear: 4x the text, 4x the work (5x allowed for fixed costs per sentence or
        // notice); a quadratic scanner would take 16x.
        assert!(
            b <= a.saturating_mul(5).saturating_add(10_000),
            "{p:?}: 16 KiB took {a} steps, 64 KiB took {b}"
        );
    }
}

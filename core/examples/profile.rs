//! `profile`: runs `evaluate` (and the JSON report) on the browser benchmark's inputs
//! many times, for instruction-count profiling, which is repeatable where wall-clock
//! timings on a loaded machine are not.
//!
//! ```text
//! cargo build --release -p breachnotice --example profile
//! valgrind --tool=callgrind --callgrind-out-file=cg.out \
//!     target/release/examples/profile en 2048 50
//! callgrind_annotate cg.out | head -40
//! ```
//!
//! Arguments: language of the corpus notices to join (`en`, `de`, …; a language with
//! none in the corpus takes its tuning notices under `new-languages/<xx>/`), size in bytes
//! (default 2048), repetitions (default 50), and the phase to run (default `evaluate`:
//! the whole request and its JSON; `detect`, `derive`, `analyze`, `match` (the two cue passes), `words`:
//! one stage alone, to split the total — subtract a run with 0 repetitions for the start-up cost). The text is built like
//! `web/tests/bench.mjs` builds it: the corpus notices of that language in name order,
//! each followed by a blank line, repeated until `size` bytes and cut at a char
//! boundary; the request is the benchmark's (authority, language detected, fixed time).
//! Prints the report's length so the work cannot be optimised away.
#![allow(
    clippy::print_stdout,
    reason = "a command-line example: its output is its purpose"
)]
#![allow(
    clippy::disallowed_methods,
    reason = "a native tool: `str::contains`'s size in the wasm does not matter here"
)]

use std::process::ExitCode;

use breachnotice::analysis::cue_index;
use breachnotice::derive::derive_facts;
use breachnotice::derive::index::derive_index;
use breachnotice::lang::detect::detect;
use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::text::matcher::find_cues;
use breachnotice::text::sentences::Sentences;
use breachnotice::text::words::Words;
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Lang, analyze};

#[path = "support/sized_notice.rs"]
mod sized_notice;
use sized_notice::notice;

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = args.first().map_or("en", String::as_str);
    let size = args
        .get(1)
        .map_or(Ok(2048), |s| s.parse().map_err(|e| format!("size: {e}")))?;
    let reps: usize = args
        .get(2)
        .map_or(Ok(50), |s| s.parse().map_err(|e| format!("reps: {e}")))?;
    let text = notice(lang, size)?;
    let now = Timestamp::parse_rfc3339("2026-11-28T12:00:00Z").map_err(|e| format!("{e:?}"))?;
    let mut buf = vec![0u8; REPORT_JSON_BYTES];
    let phase = args.get(3).map_or("evaluate", String::as_str);
    let mut total = 0usize;
    let [first, ..] = Lang::ALL;
    let lang_of = Lang::parse(lang).unwrap_or(first);
    for _ in 0..reps {
        let text = std::hint::black_box(text.as_str());
        match phase {
            "evaluate" => {}
            "detect" => {
                total += usize::from(detect(text).is_some());
                continue;
            }
            "derive" => {
                total += derive_facts(text, lang_of)
                    .facts
                    .known_fields()
                    .iter()
                    .count();
                continue;
            }
            "analyze" => {
                let r = analyze(text, Audience::Authority, lang_of, None);
                total += usize::from(r.complete);
                continue;
            }
            "match" => {
                // The two cue passes alone: the element index and the derive index over
                // every sentence (each decoded once).
                let elements = cue_index(lang_of).decode();
                let derive = derive_index(lang_of).decode();
                for cues in [elements.cues(), derive.cues()] {
                    for sentence in Sentences::new(text) {
                        let slice = text.get(sentence.start..sentence.end).unwrap_or("");
                        find_cues(slice, sentence.start, cues, |m| total += m.end);
                    }
                }
                continue;
            }
            "words" => {
                total += Words::new(text).count();
                continue;
            }
            other => return Err(format!("unknown phase `{other}`")),
        }
        let report = evaluate(&Request {
            text: Some(text),
            audience: Audience::Authority,
            lang: LangChoice::Auto,
            facts: None,
            now: Some(now),
        });
        total += report.write_json(&mut buf).map_err(|e| format!("{e}"))?;
    }
    println!(
        "{} bytes of `{lang}`, {reps} runs, {total} report bytes",
        text.len()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("profile: {e}");
            ExitCode::FAILURE
        }
    }
}

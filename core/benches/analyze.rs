//! Throughput of the notice analyser, against a bare Aho-Corasick scan for the same cue
//! phrases (the floor any cue-based analysis has to pay). Run: `cargo bench -p breachnotice`.
//!
//! Inputs: a ~2 KB English notice from the corpus, and a 64 KB text made of corpus notices
//! in English one after another; `evaluate_2KB`: the whole request and its JSON on 2 KB of
//! notices in English, German, Polish and Greek.
#![allow(
    clippy::panic,
    reason = "bench setup: a panic reports a broken fixture"
)]
#![allow(
    clippy::disallowed_methods,
    reason = "a native benchmark: `str::contains`'s size in the wasm does not matter here"
)]

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use breachnotice::analysis::analyze;
use breachnotice::elements::ELEMENTS;
use breachnotice::limits::REPORT_JSON_BYTES;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Lang};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

#[path = "../examples/support/sized_notice.rs"]
mod sized_notice;

const NOTICES: &[&str] = &[
    include_str!("../../tests/fixtures/notices/corpus/02-en-ds.txt"),
    include_str!("../../tests/fixtures/notices/corpus/09-en-sa.txt"),
    include_str!("../../tests/fixtures/notices/corpus/07-en-ds.txt"),
    include_str!("../../tests/fixtures/notices/corpus/06-en-ds.txt"),
];

/// About `size` bytes of notices, cut at a char boundary.
fn text_of(size: usize) -> String {
    let mut s = String::new();
    while s.len() < size {
        for n in NOTICES {
            s.push_str(n);
            s.push_str("\n\n");
        }
    }
    let mut cut = size.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// The same cue list as an Aho-Corasick automaton (stems without their `*`).
fn baseline(lang: Lang) -> AhoCorasick {
    let phrases: Vec<String> = ELEMENTS
        .iter()
        .flat_map(|e| e.id.cues().get(lang).iter())
        .map(|c| c.phrase.replace('*', ""))
        .collect();
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&phrases)
        .unwrap_or_else(|e| panic!("automaton: {e}"))
}

fn bench(c: &mut Criterion) {
    let ac = baseline(Lang::En);
    for (name, size) in [("2KB", 2 * 1024), ("64KB", 64 * 1024)] {
        let text = text_of(size);
        let mut g = c.benchmark_group(format!("notice_{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("analyze", |b| {
            b.iter(|| analyze(black_box(&text), Audience::Authority, Lang::En, Some(true)));
        });
        g.bench_function("aho_corasick_cue_scan", |b| {
            b.iter(|| ac.find_overlapping_iter(black_box(&text)).count());
        });
        g.finish();
    }
}

/// About `size` bytes of the corpus notices of `lang`: the input of
/// `core/examples/profile.rs` too (`core/examples/support/sized_notice.rs`).
fn lang_text(lang: &str, size: usize) -> String {
    sized_notice::notice(lang, size).unwrap_or_else(|e| panic!("{e}"))
}

/// The whole request on 2 KB per language, as the browser benchmark makes it (language
/// detected, to the authority, a fixed time) and its JSON: the figure issue 11 budgets
/// (instructions per 2 KB: `core/examples/profile.rs` under callgrind, README "Speed").
fn evaluate_langs(c: &mut Criterion) {
    let now = Timestamp::parse_rfc3339("2026-11-28T12:00:00Z").ok();
    let mut buf = vec![0u8; REPORT_JSON_BYTES];
    let mut g = c.benchmark_group("evaluate_2KB");
    g.throughput(Throughput::Bytes(2048));
    for lang in ["en", "de", "pl", "el"] {
        let text = lang_text(lang, 2048);
        g.bench_function(lang, |b| {
            b.iter(|| {
                let report = evaluate(&Request {
                    text: Some(black_box(&text)),
                    audience: Audience::Authority,
                    lang: LangChoice::Auto,
                    facts: None,
                    now,
                });
                report.write_json(&mut buf).unwrap_or(0)
            });
        });
    }
    g.finish();
}

include!("common/adversarial.rs");

/// Inputs built to provoke quadratic behaviour (the scaling test's,
/// `tests/tests/scaling.rs`, which compares the engine's step counter instead): each
/// pattern repeated to 16 KiB and 64 KiB, analysed in every language. Linear work takes
/// about 4x as long for the longer input.
fn adversarial(c: &mut Criterion) {
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (i, p) in ADVERSARIAL_PATTERNS.iter().enumerate() {
        for kib in [16, 64] {
            let text = p.repeat(kib * 1024 / p.len());
            g.bench_function(format!("pattern_{i:02}_{kib}KiB"), |b| {
                b.iter(|| {
                    for lang in Lang::ALL {
                        let _ = analyze(black_box(&text), Audience::Authority, lang, Some(true));
                    }
                });
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench, evaluate_langs, adversarial);
criterion_main!(benches);

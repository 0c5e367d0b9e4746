//! A deterministic fuzzer on stable Rust: fixtures mutated by a fixed-seed xorshift
//! generator, fed to every entry point (a notice alone, facts alone, both, each audience
//! and language choice, the wasm edge's UTF-16 conversion of the report, and the draft),
//! with the
//! same invariants as the cargo-fuzz targets in `core/fuzz/`:
//!
//! - nothing panics;
//! - every evidence span (elements, derived facts, claims) lies on char boundaries of
//!   the text;
//! - the report always fits [`REPORT_JSON_BYTES`], parses as JSON, and
//!   `write_json_to` gives the same bytes as `write_json`, and both those of
//!   `serde-json-core`;
//! - a buffer one byte short of the report is an error, never a cut report;
//! - the UTF-16 conversion succeeds and adds one `start16`/`end16` pair per span;
//! - the draft from the report's facts (the facts alone, as the wasm `draft`, or the
//!   notice and facts, as `check --draft`) fits [`DRAFT_TEXT_BYTES`], is UTF-8, and one
//!   byte less of buffer is an error, never a cut draft.
//!
//! `cargo xtask test` runs 100 000 inputs (`fuzz_stable` binary, release); the test
//! `tests/fuzz_smoke.rs` runs a few thousand in every `cargo test`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use breachnotice::facts::Facts;
use breachnotice::fix::draft::{DraftRequest, draft};
use breachnotice::limits::{DRAFT_TEXT_BYTES, REPORT_JSON_BYTES};
use breachnotice::report::{LangChoice, Report, Request, evaluate};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Lang, SinkError};

#[path = "../../wasm/src/utf16.rs"]
#[allow(dead_code, reason = "only the conversion is fuzzed")]
mod utf16;

/// The xorshift64 generator (Marsaglia): deterministic for a seed.
#[derive(Debug, Clone)]
pub struct XorShift(u64);

impl XorShift {
    /// A generator from `seed` (0 is replaced: xorshift never leaves 0).
    pub fn new(seed: u64) -> Self {
        XorShift(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
}

/// Inputs the mutations start from: every fixture notice, facts file and bad input.
pub fn seeds(fixtures: &Path) -> Result<Vec<Vec<u8>>, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else if path.extension().is_some_and(|x| x == "txt" || x == "json") {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut paths = Vec::new();
    walk(fixtures, &mut paths)?;
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display())))
        .collect()
}

/// Fragments that steer mutations toward what the engine reads.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\\",
    "\\u00e9",
    "\n",
    "\r\n",
    " ",
    ".",
    "?",
    "é",
    "ß",
    "İ",
    "\u{200b}",
    "\u{feff}",
    "🙂",
    "\u{0301}",
    "0",
    "1,200",
    "72",
    "2026-11-20",
    "20 November 2026",
    "3.3.2026",
    "T09:00:00Z",
    "+01:00",
    "@",
    "dpo@example.com",
    "https://example.com",
    "+49 30 1234567",
    "not",
    "nicht",
    "pas",
    "no",
    "non",
    "geen",
    "we",
    "wir",
    "nous",
    "hemos",
    "abbiamo",
    "wij",
    "password",
    "Passwort",
    "\"aware_at\":",
    "\"data\":[\"special\"]",
    "\"subjects\":",
    "\"exposure\":\"public\"",
    "true",
    "null",
    "1e309",
    "-0",
    "99999999999999999999",
];

/// Most bytes of a mutated input (larger inputs only slow the run down).
const MAX_INPUT: usize = 1536;

/// One mutated input from the seeds.
pub fn mutate(rng: &mut XorShift, seeds: &[Vec<u8>]) -> Vec<u8> {
    let base = seeds
        .get(rng.below(seeds.len()))
        .cloned()
        .unwrap_or_default();
    // A window of the seed, so long notices do not dominate.
    let start = rng.below(base.len().saturating_sub(64));
    let mut data: Vec<u8> = base
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take(64 + rng.below(MAX_INPUT))
        .copied()
        .collect();
    // A whole seed (most facts seeds are valid only whole) with fewer mutations, or a
    // window with more.
    let whole = rng.below(2) == 0;
    if whole {
        data = base;
        data.truncate(MAX_INPUT);
    }
    let mutations = if whole {
        rng.below(2)
    } else {
        1 + rng.below(8)
    };
    for _ in 0..mutations {
        let at = rng.below(data.len() + 1);
        match rng.below(7) {
            0 => {
                if let Some(b) = data.get_mut(at) {
                    *b ^= 1 << rng.below(8);
                }
            }
            1 => data.insert(at, rng.next_u64() as u8),
            2 => {
                let end = (at + 1 + rng.below(16)).min(data.len());
                if at < end {
                    data.drain(at..end);
                }
            }
            3 => {
                let end = (at + 1 + rng.below(32)).min(data.len());
                let copy: Vec<u8> = data.get(at..end).unwrap_or_default().to_vec();
                let to = rng.below(data.len() + 1);
                data.splice(to..to, copy);
            }
            4 => {
                let other = seeds
                    .get(rng.below(seeds.len()))
                    .map_or(&[][..], Vec::as_slice);
                let from = rng.below(other.len());
                let piece = other.get(from..).unwrap_or_default();
                let piece = piece
                    .get(..rng.below(64).min(piece.len()))
                    .unwrap_or_default();
                data.splice(at..at, piece.iter().copied());
            }
            5 => {
                let token = TOKENS.get(rng.below(TOKENS.len())).copied().unwrap_or("");
                data.splice(at..at, token.bytes());
            }
            _ => data.truncate(at),
        }
    }
    data.truncate(MAX_INPUT * 2);
    data
}

/// Counts of one run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    /// Inputs run.
    pub inputs: u64,
    /// Inputs that were valid UTF-8 (and so reached the notice reader).
    pub texts: u64,
    /// Inputs accepted as facts.
    pub facts: u64,
    /// Reports checked.
    pub reports: u64,
    /// Drafts checked.
    pub drafts: u64,
}

/// A broken invariant, with the input that broke it.
#[derive(Debug)]
pub struct Failure {
    /// What broke.
    pub what: String,
    /// The input (selector byte first).
    pub input: Vec<u8>,
}

/// Checks one report of `text` (see the module docs).
fn check_report(report: &Report<'_>, text: Option<&str>) -> Result<(), String> {
    let t = text.unwrap_or("");
    for element in report.elements() {
        for span in &element.evidence {
            if span.slice(t).is_none() {
                return Err(format!(
                    "element {:?}: span {span:?} off a char boundary",
                    element.id
                ));
            }
        }
    }
    if let Some(derived) = &report.derived {
        let spans = derived
            .evidence
            .iter()
            .map(|e| e.span)
            .chain(derived.claims.iter().map(|c| c.span));
        for span in spans {
            if span.slice(t).is_none() {
                return Err(format!("derived facts: span {span:?} off a char boundary"));
            }
        }
    }
    let mut buf = vec![0u8; REPORT_JSON_BYTES];
    let n = report
        .write_json(&mut buf)
        .map_err(|e| format!("report over REPORT_JSON_BYTES: {e}"))?;
    buf.truncate(n);
    let mut pieces = Vec::with_capacity(n);
    report
        .write_json_to(&mut |p: &[u8]| -> Result<(), SinkError> {
            pieces.extend_from_slice(p);
            Ok(())
        })
        .map_err(|e| format!("write_json_to: {e}"))?;
    if pieces != buf {
        return Err("write_json_to differs from write_json".into());
    }
    let mut reference = vec![0u8; REPORT_JSON_BYTES];
    let r = serde_json_core::to_slice(&report, &mut reference)
        .map_err(|e| format!("serde-json-core: {e}"))?;
    if reference.get(..r) != Some(buf.as_slice()) {
        return Err("write_json differs from serde-json-core".into());
    }
    if n > 0 && report.write_json(&mut vec![0u8; n - 1]).is_ok() {
        return Err("a report cut to a buffer one byte short".into());
    }
    let json = std::str::from_utf8(&buf).map_err(|e| format!("report not UTF-8: {e}"))?;
    serde_json::from_str::<serde_json::Value>(json)
        .map_err(|e| format!("report is not JSON: {e}"))?;
    if let Some(text) = text {
        let with16 = utf16::add_utf16_offsets(text, json)
            .map_err(|e| format!("UTF-16 conversion failed: {e}"))?;
        let pairs = json.matches("\"start\":").count();
        if with16.matches("\"start16\":").count() != pairs
            || with16.matches("\"end16\":").count() != pairs
        {
            return Err("UTF-16 conversion: not one start16/end16 per span".into());
        }
        serde_json::from_str::<serde_json::Value>(&with16)
            .map_err(|e| format!("UTF-16 report is not JSON: {e}"))?;
    }
    Ok(())
}

/// The language an input's selector byte picks: bits 1–3 and 7 make 0 (automatic
/// detection), 1 to `Lang::ALL.len()` (up to 15: a given language) or more (automatic
/// detection again).
pub fn lang_of(selector: u8) -> LangChoice {
    let bits = usize::from((selector >> 1) & 7) | usize::from(selector >> 7) << 3;
    bits.checked_sub(1)
        .and_then(|i| Lang::ALL.get(i))
        .copied()
        .map_or(LangChoice::Auto, LangChoice::Fixed)
}

/// Runs one input: the first byte selects audience, language and entry point; the rest is
/// the notice and/or the facts.
pub fn one(input: &[u8], stats: &mut Stats) -> Result<(), String> {
    let Some((&selector, rest)) = input.split_first() else {
        return Ok(());
    };
    let audience = if selector & 1 == 0 {
        Audience::DataSubjects
    } else {
        Audience::Authority
    };
    let lang = lang_of(selector);
    // Entry point: the notice alone, the facts alone, or both (the input split in two).
    let (text_bytes, facts_bytes): (Option<&[u8]>, Option<&[u8]>) = match selector >> 4 & 3 {
        0 => (Some(rest), None),
        1 => (None, Some(rest)),
        2 => (Some(rest), Some(rest)),
        _ => {
            let cut = rest
                .iter()
                .position(|&b| b == 0xFF)
                .unwrap_or(rest.len() / 2);
            (rest.get(..cut), rest.get(cut + 1..))
        }
    };
    let text = text_bytes.and_then(|b| std::str::from_utf8(b).ok());
    stats.texts += u64::from(text.is_some());
    let facts = facts_bytes.and_then(|b| Facts::from_json(b).ok());
    stats.facts += u64::from(facts.is_some());
    let now = if selector & 0x40 == 0 {
        Some(Timestamp::from_unix(1_795_000_000))
    } else {
        None
    };
    if text.is_none() && facts.is_none() {
        return Ok(());
    }
    let report = evaluate(&Request {
        text,
        audience,
        lang,
        facts: facts.as_ref(),
        now,
    });
    stats.reports += 1;
    check_report(&report, text)?;
    // The draft, as `check --draft` and the wasm `draft` make it.
    let facts = report.facts.unwrap_or_default();
    let contact = text.and_then(|t| {
        breachnotice::text::email::Emails::new(t, 0)
            .next()
            .and_then(|(a, b)| t.get(a..b))
    });
    let request = DraftRequest {
        facts: &facts,
        audience,
        lang: match lang {
            LangChoice::Fixed(l) => l,
            LangChoice::Auto => report.language.lang().unwrap_or(Lang::En),
        },
        contact,
        samples: selector & 0x80 != 0,
    };
    stats.drafts += 1;
    check_draft(&request)
}

/// Checks one draft (see the module docs).
fn check_draft(request: &DraftRequest<'_>) -> Result<(), String> {
    let mut buf = vec![0u8; DRAFT_TEXT_BYTES];
    let n = draft(&mut buf, request).map_err(|e| format!("draft over DRAFT_TEXT_BYTES: {e}"))?;
    let text = std::str::from_utf8(buf.get(..n).unwrap_or_default())
        .map_err(|e| format!("draft not UTF-8: {e}"))?;
    if text.trim().is_empty() {
        return Err("empty draft".into());
    }
    if draft(&mut vec![0u8; n - 1], request).is_ok() {
        return Err("a draft cut to a buffer one byte short".into());
    }
    Ok(())
}

/// Runs `inputs` mutated inputs from `seeds` with `seed`; stops at the first failure.
pub fn run(seeds: &[Vec<u8>], inputs: u64, seed: u64) -> Result<Stats, Box<Failure>> {
    let mut rng = XorShift::new(seed);
    let mut stats = Stats::default();
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut failure = None;
    for _ in 0..inputs {
        let mut input = mutate(&mut rng, seeds);
        input.insert(0, rng.next_u64() as u8);
        stats.inputs += 1;
        let outcome = catch_unwind(AssertUnwindSafe(|| one(&input, &mut stats)));
        let what = match outcome {
            Ok(Ok(())) => continue,
            Ok(Err(what)) => what,
            Err(panic) => format!(
                "panic: {}",
                panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("?")
            ),
        };
        failure = Some(Box::new(Failure { what, input }));
        break;
    }
    std::panic::set_hook(previous_hook);
    match failure {
        Some(f) => Err(f),
        None => Ok(stats),
    }
}

//! Corpus evaluation of the notice analyser.
//!
//! Loads every `NN-lang-aud.txt` with its `.json` labels from
//! `tests/fixtures/notices/corpus/` and `tests/fixtures/notices/extra/**`, runs
//! `analysis::analyze` with the label's language and audience (and `late =
//! delay_reasons_applicable`), prints per-language, per-element precision / recall / F1 and
//! the macro-F1, and fails when the macro-F1 of a language in [`GATED_LANGS`] is below
//! [`MIN_MACRO_F1`]. It also checks that every evidence span lies on char boundaries inside
//! the text.
//!
//! Labels are read with a small purpose-built reader (the test crate has no JSON
//! dependency): `"lang"`, `"audience"`, the `"elements"` object of booleans and
//! `"delay_reasons_applicable"`.
#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use breachnotice::analysis::analyze;
use breachnotice::{Audience, ElementId, Lang, Status};

/// Languages whose macro-F1 must reach [`MIN_MACRO_F1`]. Helpers add theirs when their
/// tables are complete.
const GATED_LANGS: &[&str] = &["en", "de", "it", "nl", "fr", "es"];

/// The macro-F1 a gated language must reach.
const MIN_MACRO_F1: f64 = 0.90;

struct Labelled {
    path: PathBuf,
    text: String,
    lang: String,
    audience: Audience,
    late: Option<bool>,
    elements: Vec<(String, bool)>,
}

fn string_field(json: &str, key: &str) -> Option<String> {
    let at = json.find(&format!("\"{key}\""))?;
    let rest = &json[at + key.len() + 2..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    Some(rest[..rest.find('"')?].to_string())
}

fn bool_field(json: &str, key: &str) -> Option<bool> {
    let at = json.find(&format!("\"{key}\""))?;
    let rest = json[at + key.len() + 2..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    if rest.starts_with("true") {
        Some(true)
    } else if rest.starts_with("false") {
        Some(false)
    } else {
        None
    }
}

fn elements_field(json: &str) -> Vec<(String, bool)> {
    let Some(at) = json.find("\"elements\"") else {
        return Vec::new();
    };
    let rest = &json[at..];
    let open = rest.find('{').unwrap_or(0);
    let close = rest.find('}').unwrap_or(rest.len());
    rest[open + 1..close]
        .split(',')
        .filter_map(|pair| {
            let (k, v) = pair.split_once(':')?;
            let k = k.trim().trim_matches('"').to_string();
            let v = match v.trim() {
                "true" => true,
                "false" => false,
                _ => return None,
            };
            Some((k, v))
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") && p.with_extension("json").exists() {
            out.push(p);
        }
    }
}

fn load() -> Vec<Labelled> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/notices");
    let mut paths = Vec::new();
    collect(&root.join("corpus"), &mut paths);
    collect(&root.join("extra"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).expect("notice is UTF-8");
            let json = fs::read_to_string(path.with_extension("json")).expect("labels");
            let lang = string_field(&json, "lang").expect("lang");
            let audience = match string_field(&json, "audience").as_deref() {
                Some("authority") => Audience::Authority,
                Some("data-subjects") => Audience::DataSubjects,
                other => panic!("{}: bad audience {other:?}", path.display()),
            };
            let late = bool_field(&json, "delay_reasons_applicable");
            let elements = elements_field(&json);
            assert!(
                !elements.is_empty(),
                "{}: no element labels",
                path.display()
            );
            Labelled {
                path,
                text,
                lang,
                audience,
                late,
                elements,
            }
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
    tn: u32,
}

impl Counts {
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fp)
        }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fn_)
        }
    }
    /// F1; an element with no positive label and no positive prediction scores 1.
    fn f1(&self) -> f64 {
        if self.tp + self.fp + self.fn_ == 0 {
            return 1.0;
        }
        2.0 * f64::from(self.tp) / f64::from(2 * self.tp + self.fp + self.fn_)
    }
}

#[test]
fn corpus_macro_f1() {
    let notices = load();
    assert!(notices.len() >= 32, "corpus not found");
    let mut table: BTreeMap<String, BTreeMap<&'static str, Counts>> = BTreeMap::new();
    let mut errors = Vec::new();
    for n in &notices {
        let Some(lang) = Lang::parse(&n.lang) else {
            continue;
        };
        let report = analyze(&n.text, n.audience, lang, n.late);
        for e in &report.elements {
            for s in &e.evidence {
                let (a, b) = (s.start as usize, s.end as usize);
                assert!(
                    a <= b
                        && b <= n.text.len()
                        && n.text.is_char_boundary(a)
                        && n.text.is_char_boundary(b),
                    "{}: bad span {a}..{b}",
                    n.path.display()
                );
            }
        }
        for (id, want) in &n.elements {
            let Some(eid) = ElementId::parse(id) else {
                continue;
            };
            let Some(got) = report.elements.iter().find(|e| e.id == eid) else {
                errors.push(format!("{}: {id} missing from report", n.path.display()));
                continue;
            };
            if got.status == Status::NotApplicable {
                continue;
            }
            let got_present = got.status == Status::Present;
            let c = table
                .entry(n.lang.clone())
                .or_default()
                .entry(eid.as_str())
                .or_default();
            match (want, got_present) {
                (true, true) => c.tp += 1,
                (false, true) => {
                    c.fp += 1;
                    let ev: Vec<&str> = got
                        .evidence
                        .iter()
                        .filter_map(|s| s.slice(&n.text))
                        .collect();
                    println!(
                        "FP {} {id}: {ev:?}",
                        n.path.file_name().and_then(|f| f.to_str()).unwrap_or("")
                    );
                }
                (true, false) => {
                    c.fn_ += 1;
                    println!(
                        "FN {} {id}",
                        n.path.file_name().and_then(|f| f.to_str()).unwrap_or("")
                    );
                }
                (false, false) => c.tn += 1,
            }
        }
    }
    let mut failed = Vec::new();
    for (lang, elements) in &table {
        println!("\n{lang}: element              P      R      F1   (tp fp fn tn)");
        let mut sum = 0.0;
        for (id, c) in elements {
            println!(
                "{lang}: {id:<20} {:.2}   {:.2}   {:.2}  ({} {} {} {})",
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_,
                c.tn
            );
            sum += c.f1();
        }
        let macro_f1 = sum / elements.len() as f64;
        println!("{lang}: macro-F1 {macro_f1:.3}");
        if GATED_LANGS.contains(&lang.as_str()) && macro_f1 < MIN_MACRO_F1 {
            failed.push(format!("{lang}: macro-F1 {macro_f1:.3} < {MIN_MACRO_F1}"));
        }
    }
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(failed.is_empty(), "{failed:#?}");
}

/// Inputs built to provoke quadratic behaviour (long runs without sentence ends, of
/// spaces, digits, `@`, dots, hyphens) are analysed in time linear in their length: a
/// 4× longer input may take at most ~4× (here: 10×, for noise) as long.
#[test]
fn adversarial_inputs_scale_linearly() {
    let patterns = [
        " ",
        "a",
        "1",
        "@",
        ".",
        "-\n",
        "a.",
        "1.",
        "a@b.",
        "customers 1 ",
        "\n\n",
        "ä\u{0308}",
        "Date: 12 May 2025 ",
        "www.",
        "+1 ",
        "1 800 ",
        "tel 14 ",
        "Interessati: a ",
        "hacker. 12 May 2025 ",
        "1.º de ",
    ];
    for p in patterns {
        let small = p.repeat(16 * 1024 / p.len());
        let large = p.repeat(64 * 1024 / p.len());
        // Best of three runs, so that a busy machine does not fail the check: a quadratic
        // matcher would take 16x for 4x the text, far past the 10x allowed.
        let time = |t: &str| {
            (0..3)
                .map(|_| {
                    let start = std::time::Instant::now();
                    for lang in Lang::ALL {
                        let _ = analyze(t, Audience::Authority, lang, Some(true));
                    }
                    start.elapsed()
                })
                .min()
                .unwrap_or_default()
        };
        let (a, b) = (time(&small), time(&large));
        assert!(
            b <= a * 10 + std::time::Duration::from_millis(50),
            "{p:?}: 16 KiB took {a:?}, 64 KiB took {b:?}"
        );
    }
}

/// With lateness unknown (`late = None`), `delay_reasons` is never `missing`: it is
/// `present` (and then required) when the notice explains a delay, else `not_applicable`
/// — and with `late = Some(false)` it is always `not_applicable`.
#[test]
fn delay_reasons_with_unknown_or_timely_lateness() {
    let notices = load();
    assert!(notices.len() >= 32, "corpus not found");
    for n in &notices {
        let Some(lang) = Lang::parse(&n.lang) else {
            continue;
        };
        let delay = |late: Option<bool>| {
            analyze(&n.text, n.audience, lang, late)
                .elements
                .iter()
                .find(|e| e.id == ElementId::DelayReasons)
                .map(|e| (e.status, e.required))
        };
        if let Some((status, required)) = delay(None) {
            assert!(
                matches!(
                    (status, required),
                    (Status::Present, true) | (Status::NotApplicable, false)
                ),
                "{}: {status:?} required={required}",
                n.path.display()
            );
        }
        if let Some((status, required)) = delay(Some(false)) {
            assert!(
                status == Status::NotApplicable && !required,
                "{}: {status:?} required={required}",
                n.path.display()
            );
        }
    }
}

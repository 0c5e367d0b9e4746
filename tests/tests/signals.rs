//! The trust signals of the report (`breachnotice::fix::signals`) measured on the labelled
//! signal fixtures `tests/fixtures/notices/signals/<lang>/sNN-<lang>-<kind>.txt` + `.json`
//! (written by independent writers who never saw the rules; the JSON's `signals` object
//! labels the nine ids `true`/`false`).
//!
//! Fails when the folder is missing or holds no labelled notice, and on the three
//! promises: a `genuine` notice raises no warning-level signal, a `phishing` imitation
//! raises `credential_request` or `login_link`, a `marketing` notice raises
//! `marketing_content`. Prints precision and recall per signal and language.
//!
//! `SIGNAL_FIXTURES=/path/to/signals cargo test -p breachnotice-tests --test signals --
//! --nocapture` measures another folder of the same layout.
#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use breachnotice::fix::signals::Severity;
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::{Audience, Lang};

/// The nine labelled ids.
const IDS: [&str; 9] = [
    "vague_cause",
    "unexplained_reassurance",
    "hedged_scope",
    "generic_salutation",
    "no_sender_identity",
    "credential_request",
    "login_link",
    "urgency_pressure",
    "marketing_content",
];

struct Fixture {
    path: PathBuf,
    text: String,
    lang: Lang,
    audience: Audience,
    kind: String,
    labels: BTreeMap<String, bool>,
}

fn root() -> PathBuf {
    std::env::var_os("SIGNAL_FIXTURES").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/notices/signals"),
        PathBuf::from,
    )
}

fn load(dir: &Path, out: &mut Vec<Fixture>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            load(&path, out);
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("label file reads"))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let Some(signals) = json["signals"].as_object() else {
            continue;
        };
        let text = std::fs::read_to_string(path.with_extension("txt"))
            .unwrap_or_else(|e| panic!("{}: no text: {e}", path.display()));
        let lang = Lang::parse(json["lang"].as_str().unwrap_or(""))
            .unwrap_or_else(|| panic!("{}: bad lang", path.display()));
        let audience = Audience::parse(json["audience"].as_str().unwrap_or("data-subjects"))
            .unwrap_or(Audience::DataSubjects);
        let labels = signals
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), v.as_bool()?)))
            .collect();
        out.push(Fixture {
            path,
            text,
            lang,
            audience,
            kind: json["kind"].as_str().unwrap_or("").to_owned(),
            labels,
        });
    }
}

#[derive(Default, Clone, Copy)]
struct Count {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Count {
    fn add(&mut self, c: Count) {
        self.tp += c.tp;
        self.fp += c.fp;
        self.fn_ += c.fn_;
    }
}

/// One line of the table: precision and recall.
fn row(what: &str, lang: &str, c: Count) {
    println!(
        "{what:<26} {lang:>4} {:>9} {:>9}",
        ratio(c.tp, c.tp + c.fp),
        ratio(c.tp, c.tp + c.fn_)
    );
}

fn ratio(a: u32, b: u32) -> String {
    if b == 0 {
        "  -  ".to_owned()
    } else {
        format!("{:.2}", f64::from(a) / f64::from(b))
    }
}

#[test]
fn signals_on_the_labelled_fixtures() {
    let dir = root();
    let mut fixtures = Vec::new();
    load(&dir, &mut fixtures);
    assert!(
        !fixtures.is_empty(),
        "no labelled signal fixtures in {} (sNN-<lang>-<kind>.txt + .json)",
        dir.display()
    );
    let mut counts: BTreeMap<(&str, &str), Count> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut misses = Vec::new();
    for f in &fixtures {
        let report = evaluate(&Request {
            text: Some(&f.text),
            audience: f.audience,
            lang: LangChoice::Fixed(f.lang),
            facts: None,
            now: None,
        });
        let signals = report.review.map(|r| r.signals).unwrap_or_default();
        let raised = |id: &str| signals.iter().any(|s| s.id.as_str() == id);
        let name = f.path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        for id in IDS {
            let Some(&label) = f.labels.get(id) else {
                continue;
            };
            let got = raised(id);
            let c = counts.entry((f.lang.as_str(), id)).or_default();
            match (label, got) {
                (true, true) => c.tp += 1,
                (false, true) => {
                    c.fp += 1;
                    misses.push(format!("FP {id:<24} {name}"));
                }
                (true, false) => {
                    c.fn_ += 1;
                    misses.push(format!("FN {id:<24} {name}"));
                }
                (false, false) => {}
            }
        }
        let warnings: Vec<&str> = signals
            .iter()
            .filter(|s| s.severity == Severity::Warning)
            .map(|s| s.id.as_str())
            .collect();
        match f.kind.as_str() {
            "genuine" if !warnings.is_empty() => {
                failures.push(format!("{name}: genuine notice raised {warnings:?}"));
            }
            "phishing" if !raised("credential_request") && !raised("login_link") => {
                failures.push(format!(
                    "{name}: phishing without credential_request/login_link"
                ));
            }
            "marketing" if !raised("marketing_content") => {
                failures.push(format!("{name}: no marketing_content"));
            }
            _ => {}
        }
    }
    println!("{} fixtures from {}", fixtures.len(), dir.display());
    println!(
        "{:<26} {:>4} {:>9} {:>9}",
        "signal / lang", "", "precision", "recall"
    );
    let mut langs: Vec<&str> = counts.keys().map(|(l, _)| *l).collect();
    langs.dedup();
    let mut total = Count::default();
    for lang in &langs {
        let mut lt = Count::default();
        for id in IDS {
            let c = counts.get(&(*lang, id)).copied().unwrap_or_default();
            row(id, lang, c);
            lt.add(c);
        }
        row("ALL", lang, lt);
        total.add(lt);
    }
    row("ALL", "all", total);
    for m in &misses {
        println!("{m}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

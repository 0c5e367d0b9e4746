//! Language packs end to end: the proof that a module with only English built in and the
//! other languages registered from their packs reports byte for byte what the module with
//! every language built in reports.
//!
//! Two runs of this one test file (`cargo xtask test` runs both, in this order):
//!
//! 1. `cargo test -p breachnotice --test packs` (default features: every language built
//!    in) writes every language's pack, the detection pack and the expected outputs (the JSON report of every
//!    notice under `tests/fixtures/notices/` for both audiences, the language detected,
//!    and a draft per language and audience) under `$CARGO_TARGET_TMPDIR/packs-test/`;
//! 2. `cargo test -p breachnotice --no-default-features --features
//!    en,packs,fix,derive,reason-texts --test packs` checks that a notice whose language
//!    is to be detected is refused before the detection pack (`auto.pack`) is registered,
//!    and one in a language not yet registered after it, registers every pack and checks
//!    that every output is the same bytes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::disallowed_methods,
    reason = "test code: a failure is a failed test"
)]

use std::path::{Path, PathBuf};

use breachnotice::facts::Facts;
use breachnotice::fix::draft::{DraftRequest, draft};
use breachnotice::limits::{DRAFT_TEXT_BYTES, REPORT_JSON_BYTES};
use breachnotice::report::{LangChoice, Request, evaluate};
use breachnotice::time::Timestamp;
use breachnotice::{Audience, Lang};

/// Where run 1 writes and run 2 reads.
fn work_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("packs-test")
}

/// Every `.txt` notice under `tests/fixtures/notices/`, in path order.
fn notices() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/notices");
    let mut paths = Vec::new();
    walk(&root, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let name = p.strip_prefix(&root).ok()?.to_string_lossy().into_owned();
            Some((name, text))
        })
        .collect()
}

/// Every output compared: one `== name` line, then the output, per case.
fn outputs() -> String {
    let now = Timestamp::parse_rfc3339("2026-11-28T12:00:00Z").ok();
    let mut out = String::new();
    let mut buf = vec![0u8; REPORT_JSON_BYTES];
    for (name, text) in notices() {
        for audience in Audience::ALL {
            let report = evaluate(&Request {
                text: Some(&text),
                audience,
                lang: LangChoice::Auto,
                facts: None,
                now,
            });
            out.push_str(&format!("== {name} {}\n", audience.as_str()));
            match report.write_json(&mut buf) {
                Ok(n) => out.push_str(std::str::from_utf8(&buf[..n]).unwrap()),
                Err(e) => out.push_str(&format!("error: {e}")),
            }
            out.push('\n');
        }
    }
    let facts = Facts::default();
    let mut text = vec![0u8; DRAFT_TEXT_BYTES];
    for lang in Lang::ALL {
        for audience in Audience::ALL {
            let n = draft(
                &mut text,
                &DraftRequest {
                    facts: &facts,
                    audience,
                    lang,
                    contact: None,
                    samples: false,
                },
            )
            .unwrap();
            out.push_str(&format!(
                "== draft {} {}\n",
                lang.as_str(),
                audience.as_str()
            ));
            out.push_str(std::str::from_utf8(&text[..n]).unwrap());
            out.push('\n');
        }
    }
    out
}

/// Run 1: every language built in; writes the packs and the expected outputs.
#[cfg(not(feature = "packs"))]
#[test]
fn write_packs_and_expected_outputs() {
    use breachnotice::lang::tables::builtin;
    if Lang::ALL.iter().any(|&l| builtin(l).is_none()) {
        return; // Not every language built in: nothing to compare with.
    }
    let dir = work_dir();
    std::fs::create_dir_all(&dir).unwrap();
    for lang in Lang::ALL {
        let mut bytes = Vec::new();
        builtin(lang)
            .unwrap()
            .write_pack(|b| bytes.extend_from_slice(b));
        std::fs::write(dir.join(format!("{}.pack", lang.as_str())), bytes).unwrap();
    }
    let mut bytes = Vec::new();
    breachnotice::packs::write_detection_pack(|b| bytes.extend_from_slice(b));
    std::fs::write(dir.join("auto.pack"), bytes).unwrap();
    std::fs::write(dir.join("expected.txt"), outputs()).unwrap();
}

/// Run 2: English built in; the others registered from their packs.
#[cfg(feature = "packs")]
#[test]
fn registered_packs_give_the_same_outputs_as_built_in_tables() {
    use breachnotice::ErrorKind;
    use breachnotice::lang::detect::DetectionTables;
    use breachnotice::lang::tables::{LangTables, builtin};
    use breachnotice::packs::{loaded, register};

    let dir = work_dir();
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap_or_else(|e| {
        panic!(
            "{}: {e}: run `cargo test -p breachnotice --test packs` (default features) first",
            dir.display()
        )
    });
    let pack_langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|&l| builtin(l).is_none())
        .collect();
    assert!(!pack_langs.is_empty(), "build with some language off");

    // Before the detection pack: a notice whose language is to be detected is refused,
    // whatever its language; one in a language given and built in is read.
    let english = notices()
        .into_iter()
        .find(|(name, _)| name == "corpus/01-en-ds.txt")
        .map(|(_, t)| t)
        .expect("an English notice");
    let request = |lang| Request {
        text: Some(&english),
        audience: Audience::DataSubjects,
        lang,
        facts: None,
        now: None,
    };
    assert!(!breachnotice::lang::detect::loaded());
    let report = evaluate(&request(LangChoice::Auto));
    assert!(report.detection_not_loaded());
    assert_eq!(report.not_loaded, None);
    let e = report
        .write_json(&mut vec![0u8; REPORT_JSON_BYTES])
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::DetectionNotLoaded);
    assert!(e.to_string().contains("detection pack"), "{e}");
    let report = evaluate(&request(LangChoice::Fixed(Lang::En)));
    assert!(!report.detection_not_loaded());
    assert!(report.write_json(&mut vec![0u8; REPORT_JSON_BYTES]).is_ok());
    // A language pack is not the detection pack, nor the other way round.
    let auto: &'static [u8] = Box::leak(
        std::fs::read(dir.join("auto.pack"))
            .unwrap()
            .into_boxed_slice(),
    );
    assert!(breachnotice::packs::is_detection_pack(auto));
    assert!(LangTables::from_pack(auto).is_err());
    let de: &'static [u8] = Box::leak(
        std::fs::read(dir.join("de.pack"))
            .unwrap()
            .into_boxed_slice(),
    );
    assert!(!breachnotice::packs::is_detection_pack(de));
    assert!(DetectionTables::from_pack(de).is_err());
    breachnotice::packs::register_detection(Box::leak(Box::new(
        DetectionTables::from_pack(auto).unwrap(),
    )));
    assert!(breachnotice::lang::detect::loaded());

    // Before registering: detected, but refused.
    let lang = pack_langs[0];
    assert!(!loaded(lang));
    let text = notices()
        .into_iter()
        .map(|(_, t)| t)
        .find(|t| breachnotice::lang::detect::detect(t) == Some(lang))
        .expect("a notice in the first pack language");
    let report = evaluate(&Request {
        text: Some(&text),
        audience: Audience::DataSubjects,
        lang: LangChoice::Auto,
        facts: None,
        now: None,
    });
    assert_eq!(report.not_loaded, Some(lang));
    let e = report
        .write_json(&mut vec![0u8; REPORT_JSON_BYTES])
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::LanguageNotLoaded { lang });
    assert!(e.to_string().contains("is not loaded"), "{e}");

    for lang in Lang::ALL {
        let bytes = std::fs::read(dir.join(format!("{}.pack", lang.as_str()))).unwrap();
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        let tables = LangTables::from_pack(bytes).unwrap();
        assert_eq!(register(Box::leak(Box::new(tables))), Ok(lang));
        assert!(loaded(lang));
    }
    let got = outputs();
    if got != expected {
        let first = got
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "outputs differ from the built-in build's, first at line {}:\n got: {}\nwant: {}",
            first + 1,
            got.lines().nth(first).unwrap_or(""),
            expected.lines().nth(first).unwrap_or("")
        );
    }
}

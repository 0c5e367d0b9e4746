//! Every suggestion, with its placeholders filled by their sample values (what a user
//! types in), inserted into a notice that lacks its element, makes the element present —
//! for every element, audience, language and facts fixture. And the suggestions are
//! specific: the consequences name the risks of the data kinds, the advice the steps.

extern crate std;

use super::*;
use crate::facts::{DataKind, DataKinds};
use crate::report::{LangChoice, Request, evaluate};
use crate::time::Timestamp;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec as StdVec;

/// The facts fixtures of the test crate (`tests/fixtures/facts/*.json`).
pub(crate) fn facts_fixtures() -> StdVec<(String, Facts)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/facts");
    let mut out = StdVec::new();
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.extension().and_then(|x| x.to_str()) == Some("json")
            && let Ok(bytes) = std::fs::read(&p)
            && let Ok(f) = Facts::from_json(&bytes)
        {
            out.push((
                p.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or("")
                    .to_string(),
                f,
            ));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(
        out.len() > 20,
        "facts fixtures not found in {}",
        dir.display()
    );
    out
}

/// A two-line notice that lacks nearly everything, per language.
fn bare(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Hello,\nWe are sorry for the inconvenience.",
        Lang::De => "Hallo,\nwir bitten um Entschuldigung.",
        Lang::Fr => "Bonjour,\nNous vous prions de nous excuser.",
        Lang::Es => "Hola:\nLe pedimos disculpas.",
        Lang::It => "Salve,\nci scusiamo per il disagio.",
        Lang::Nl => "Hallo,\nOnze excuses voor het ongemak.",
        Lang::Pl => "Dzień dobry,\nprzepraszamy za utrudnienia.",
        Lang::Cs => "Dobrý den,\nomlouváme se za potíže.",
        Lang::Sv => "Hej,\nvi ber om ursäkt för besväret.",
        Lang::El => "Γεια σας,\nζητούμε συγγνώμη για την ταλαιπωρία.",
        Lang::Pt => "Olá,\nPedimos desculpa pelo incómodo.",
        Lang::Ro => "Bună ziua,\nNe cerem scuze pentru neplăcere.",
    }
}

fn render_text(
    lang: Lang,
    audience: Audience,
    id: ElementId,
    facts: &Facts,
    samples: bool,
) -> String {
    let mut out = SuggestionText::new();
    let r = suggest(&mut out, lang, audience, id, facts, None, samples);
    assert!(
        r.is_ok(),
        "{lang:?} {id:?}: longer than SUGGESTION_TEXT_BYTES"
    );
    String::from(out.as_str())
}

#[test]
fn every_suggestion_makes_its_element_present() {
    let mut facts = facts_fixtures();
    facts.push(("unknown".into(), Facts::default()));
    let mut failures = StdVec::new();
    // Many facts give the same sentence: each distinct one is judged once.
    let mut seen = std::collections::BTreeSet::new();
    for lang in Lang::ALL {
        for audience in Audience::ALL {
            for (name, f) in &facts {
                for id in ElementId::ALL {
                    if id.element().rule(audience).is_none() {
                        continue;
                    }
                    let sentence = render_text(lang, audience, id, f, true);
                    assert!(!sentence.is_empty(), "{lang:?} {id:?}: no template");
                    assert!(!sentence.contains('['), "{lang:?} {id:?}: {sentence}");
                    if !seen.insert((
                        lang.as_str(),
                        audience.as_str(),
                        id.as_str(),
                        sentence.clone(),
                    )) {
                        continue;
                    }
                    let base = bare(lang);
                    let (head, tail) = base.split_once('\n').unwrap_or((base, ""));
                    let text = format!("{head}\n{sentence}\n{tail}");
                    // Late facts, so that `delay_reasons` applies and is judged too.
                    let late = Facts::from_json(
                        br#"{"aware_at":"2026-11-20T09:00:00Z","authority_notified_at":"2026-11-25T09:00:00Z"}"#,
                    )
                    .unwrap_or_default();
                    let report = evaluate(&Request {
                        text: Some(&text),
                        audience,
                        lang: LangChoice::Fixed(lang),
                        facts: Some(&late),
                        now: None,
                    });
                    if report.element(id).map(|e| e.status) != Some(crate::Status::Present) {
                        failures.push(format!("{lang:?} {audience:?} {id:?} [{name}]: {sentence}"));
                    }
                }
            }
        }
    }
    failures.sort();
    failures.dedup_by(|a, b| a.split(" [").next() == b.split(" [").next());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn placeholders_are_visible_when_facts_are_unknown() {
    let facts = Facts::default();
    let text = render_text(
        Lang::En,
        Audience::DataSubjects,
        ElementId::ContactPoint,
        &facts,
        false,
    );
    assert_eq!(
        text,
        "If you have questions, contact our data protection officer at [e-mail address of the data protection officer]."
    );
    assert_eq!(
        placeholders(&text).collect::<StdVec<_>>(),
        ["e-mail address of the data protection officer"]
    );
}

#[test]
fn consequences_and_advice_follow_the_data_kinds() {
    let facts = Facts {
        data: Some(
            DataKinds::new()
                .with(DataKind::Credentials)
                .with(DataKind::Financial),
        ),
        ..Facts::default()
    };
    let c = render_text(
        Lang::En,
        Audience::DataSubjects,
        ElementId::Consequences,
        &facts,
        false,
    );
    assert_eq!(
        c,
        "This could lead to:\n- someone taking over your account, and other accounts where you use the same password.\n- fraud with your bank account or card."
    );
    let a = render_text(
        Lang::En,
        Audience::DataSubjects,
        ElementId::Advice,
        &facts,
        false,
    );
    assert!(
        a.contains("change your password") && a.contains("bank statements"),
        "{a}"
    );
    for lang in Lang::ALL {
        let c = render_text(
            lang,
            Audience::DataSubjects,
            ElementId::Consequences,
            &facts,
            false,
        );
        assert!(!c.contains('['), "{lang:?}: {c}");
    }
}

#[test]
fn the_timeline_uses_the_known_date() {
    let facts = Facts {
        aware_at: Timestamp::parse_rfc3339("2026-11-20T09:00:00Z").ok(),
        ..Facts::default()
    };
    let expected = [
        (Lang::En, "20 November 2026"),
        (Lang::De, "20. November 2026"),
        (Lang::Fr, "20 novembre 2026"),
        (Lang::Es, "20 de noviembre de 2026"),
        (Lang::It, "20 novembre 2026"),
        (Lang::Nl, "20 november 2026"),
        (Lang::Pl, "20 listopada 2026 r."),
        (Lang::Cs, "20. listopadu 2026"),
        (Lang::Sv, "20 november 2026"),
        (Lang::El, "20 Νοεμβρίου 2026"),
        (Lang::Pt, "20 de novembro de 2026"),
        (Lang::Ro, "20 noiembrie 2026"),
    ];
    for (lang, date) in expected {
        let t = render_text(
            lang,
            Audience::DataSubjects,
            ElementId::Timeline,
            &facts,
            false,
        );
        assert!(t.contains(date), "{lang:?}: {t}");
    }
}

#[test]
fn the_report_lists_a_suggestion_per_missing_element_in_the_notice_language() {
    let text = "Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund eines technischen Fehlers waren Ihre Daten betroffen. Schreiben Sie an datenschutz@beispiel.de.";
    let report = evaluate(&Request {
        text: Some(text),
        audience: Audience::DataSubjects,
        lang: LangChoice::Fixed(Lang::De),
        facts: None,
        now: None,
    });
    let mut buf = std::vec![0u8; crate::limits::REPORT_JSON_BYTES];
    let n = report.write_json(&mut buf).unwrap_or(0);
    let json = core::str::from_utf8(buf.get(..n).unwrap_or_default()).unwrap_or("");
    assert!(json.contains(r#""suggestions":[{"element":"#), "{json}");
    assert!(json.contains(r#""language":"de","text":"#), "{json}");
    let missing = report
        .notice
        .as_ref()
        .map(|n| {
            n.elements
                .iter()
                .filter(|e| e.status == crate::Status::Missing)
                .count()
        })
        .unwrap_or(0);
    assert_eq!(
        report.review.map(|r| r.suggestions.elements.len()),
        Some(missing)
    );
}

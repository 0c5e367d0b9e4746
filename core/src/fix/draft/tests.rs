//! Every draft, for every facts fixture, audience and language, is judged complete by the
//! engine itself once its placeholders hold what a user would type in (their samples);
//! unfilled, the placeholders are visible. The draft is a real letter: subject line,
//! salutation, signature with the contact; no sentence is long; it fits
//! `DRAFT_TEXT_BYTES` with room to spare.

extern crate std;

use super::*;
use crate::facts::{DataKind, DataKinds};
use crate::fix::data::entry;
use crate::fix::signals::SignalId;
use crate::fix::suggest::tests::facts_fixtures;
use crate::report::{LangChoice, Request, evaluate};
use std::format;
use std::string::String;
use std::vec::Vec as StdVec;

fn text(req: &DraftRequest<'_>) -> String {
    let mut buf = [0u8; DRAFT_TEXT_BYTES];
    let n = draft(&mut buf, req).unwrap_or(0);
    String::from_utf8_lossy(buf.get(..n).unwrap_or_default()).into_owned()
}

/// The engine's report on draft `t` of `req`.
fn judge<'t>(t: &'t str, req: &DraftRequest<'t>) -> crate::Report<'t> {
    evaluate(&Request {
        text: Some(t),
        audience: req.audience,
        lang: LangChoice::Fixed(req.lang),
        facts: Some(req.facts),
        now: None,
    })
}

#[test]
fn every_draft_is_complete() {
    let mut failures = StdVec::new();
    let mut longest = 0;
    for (name, facts) in facts_fixtures() {
        for audience in Audience::ALL {
            for lang in Lang::ALL {
                let req = DraftRequest {
                    facts: &facts,
                    audience,
                    lang,
                    contact: None,
                    samples: true,
                };
                let t = text(&req);
                longest = longest.max(t.len());
                assert!(!t.contains('['), "{name} {lang:?}: {t}");
                let report = judge(&t, &req);
                if !report.complete() {
                    let missing: StdVec<_> = report
                        .notice
                        .iter()
                        .flat_map(|n| n.elements.iter())
                        .filter(|e| e.required && e.status != crate::Status::Present)
                        .map(|e| e.id.as_str())
                        .collect();
                    failures.push(format!("{name} {audience:?} {lang:?}: {missing:?}"));
                }
                // Dedicated, trustworthy: none of the phishing hallmarks, no long sentence.
                let signals = report.review.map(|r| r.signals).unwrap_or_default();
                for s in &signals {
                    assert!(
                        !matches!(
                            s.id,
                            SignalId::CredentialRequest
                                | SignalId::LoginLink
                                | SignalId::UrgencyPressure
                                | SignalId::MarketingContent
                                | SignalId::NoSenderIdentity
                                | SignalId::GenericSalutation
                                | SignalId::VagueCause
                                | SignalId::LongSentences
                        ) || (s.id == SignalId::GenericSalutation
                            && audience == Audience::Authority),
                        "{name} {audience:?} {lang:?}: {:?} {:?}",
                        s.id,
                        s.evidence
                            .iter()
                            .filter_map(|e| e.slice(&t))
                            .collect::<StdVec<_>>()
                    );
                }
            }
        }
    }
    std::println!("longest draft: {longest} of {DRAFT_TEXT_BYTES} bytes");
    assert!(longest * 2 < DRAFT_TEXT_BYTES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_unfilled_draft_shows_its_placeholders_and_the_letter_frame() {
    let facts = Facts::default();
    let t = text(&DraftRequest {
        facts: &facts,
        audience: Audience::DataSubjects,
        lang: Lang::En,
        contact: None,
        samples: false,
    });
    assert!(t.starts_with("Subject: Your personal data was affected by a breach at [name of your organisation]\n\nDear [name of the recipient],\n\n"), "{t}");
    assert!(
        t.contains("[e-mail address of the data protection officer]"),
        "{t}"
    );
    assert!(t.ends_with("Kind regards,\n[name of your organisation]\n[postal address of your organisation]\n[e-mail address of the data protection officer]\n"), "{t}");
}

#[test]
fn a_contact_from_the_notice_fills_the_signature() {
    let facts = Facts::default();
    let t = text(&DraftRequest {
        facts: &facts,
        audience: Audience::DataSubjects,
        lang: Lang::De,
        contact: Some("datenschutz@beispiel.de"),
        samples: false,
    });
    assert!(t.ends_with("datenschutz@beispiel.de\n"), "{t}");
    assert!(
        t.contains("Datenschutzbeauftragten unter datenschutz@beispiel.de."),
        "{t}"
    );
}

#[test]
fn a_small_buffer_is_an_error_not_a_cut() {
    let facts = Facts::default();
    let mut small = [0u8; 100];
    let r = draft(
        &mut small,
        &DraftRequest {
            facts: &facts,
            audience: Audience::Authority,
            lang: Lang::Fr,
            contact: None,
            samples: false,
        },
    );
    assert_eq!(
        r.map_err(|e| e.kind),
        Err(ErrorKind::CapacityExceeded {
            limit: Limit::DraftBuffer
        })
    );
}

/// The bracketed labels of `t` (`[name of your organisation]`, …).
fn bracketed(t: &str) -> StdVec<&str> {
    let mut out = StdVec::new();
    let mut rest = t;
    while let Some((_, after)) = rest.split_once('[') {
        let Some((label, tail)) = after.split_once(']') else {
            break;
        };
        out.push(label);
        rest = tail;
    }
    out
}

/// Issue 13: unfilled, a draft is honest. Every unknown is a visible `[label]` declared
/// as a placeholder of its language (no stray brackets, no silent gap), and the engine
/// never judges a draft complete while a placeholder is left in it.
#[test]
fn an_unfilled_draft_shows_its_placeholders_and_is_not_judged_complete() {
    let mut failures = StdVec::new();
    let mut fixtures = facts_fixtures();
    fixtures.push(("(no facts)".into(), Facts::default()));
    for (name, facts) in fixtures {
        for audience in Audience::ALL {
            for lang in Lang::ALL {
                let data = lang_data(lang).suggestions;
                let labels: StdVec<&str> = (0..data.len())
                    .filter_map(|i| data.get(i))
                    .filter_map(|(k, v)| Some((k, v?)))
                    .filter(|(k, _)| k.starts_with("placeholder."))
                    .map(|(_, v)| v.split_once(" | ").map_or(v, |(label, _)| label))
                    .collect();
                let req = DraftRequest {
                    facts: &facts,
                    audience,
                    lang,
                    contact: None,
                    samples: false,
                };
                let t = text(&req);
                let shown = bracketed(&t);
                // The organisation and its address are never facts: always placeholders.
                assert!(shown.len() >= 2, "{name} {audience:?} {lang:?}: {t}");
                for label in &shown {
                    assert!(
                        labels.contains(label),
                        "{name} {audience:?} {lang:?}: [{label}] is not a placeholder label"
                    );
                }
                let report = judge(&t, &req);
                if report.complete() {
                    failures.push(format!("{name} {audience:?} {lang:?}: {shown:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "judged complete with placeholders left:\n{}",
        failures.join("\n")
    );
}

/// Issue 13: a notification to the authority speaks of the people affected in the third
/// person, in every language: each risk the data-subjects wording names has its
/// `authority.risk.<kind>` wording, and an authority draft uses it, never the words
/// addressed to the people themselves ("your account").
#[test]
fn authority_drafts_speak_of_the_people_affected_not_to_them() {
    let facts = Facts {
        data: Some(DataKinds::all()),
        ..Facts::default()
    };
    for lang in Lang::ALL {
        let data = lang_data(lang).suggestions;
        let t = text(&DraftRequest {
            facts: &facts,
            audience: Audience::Authority,
            lang,
            contact: None,
            samples: false,
        });
        for kind in DataKind::ALL {
            let to_people = entry(data, &format!("risk.{}", kind.as_str()));
            let authority = entry(data, &format!("authority.risk.{}", kind.as_str()));
            assert!(authority.is_some(), "{lang:?}: no authority.risk.{kind:?}");
            let authority = authority.unwrap_or_default();
            assert!(t.contains(authority), "{lang:?} {kind:?}: {t}");
            if let Some(words) = to_people.filter(|w| *w != authority) {
                assert!(!t.contains(words), "{lang:?} {kind:?}: {words:?} in {t}");
            }
        }
    }
}

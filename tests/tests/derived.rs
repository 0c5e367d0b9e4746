//! Incident facts derived from notice text (`derive::derive_facts`): corpus notices and
//! sentences of our own in all six languages.

#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "test code: a panic is how a test reports a failure"
)]
use std::fs;
use std::path::PathBuf;

use breachnotice::Lang;
use breachnotice::derive::{
    ClaimKind, DerivedFacts, breach_kinds, claims, data_kinds, dates, derive_facts, exposure,
    negation, protection,
};
use breachnotice::elements::{CueTables, Role};
use breachnotice::facts::{BreachKind, DataKind, Exposure, FactField, Protection};
use breachnotice::text::normalise::is_normalised_phrase;

fn corpus(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/notices/corpus")
        .join(name);
    fs::read_to_string(path).expect("corpus notice")
}

fn json(d: &DerivedFacts) -> String {
    let mut buf = vec![0u8; breachnotice::limits::REPORT_JSON_BYTES];
    let n = d.to_json(&mut buf).expect("fits");
    String::from_utf8(buf[..n].to_vec()).expect("utf8")
}

fn has_data(d: &DerivedFacts, k: DataKind) -> bool {
    d.facts.data.is_some_and(|s| s.contains(k))
}

fn has_breach(d: &DerivedFacts, k: BreachKind) -> bool {
    d.facts.breach.is_some_and(|s| s.contains(k))
}

fn time(d: Option<breachnotice::time::Timestamp>) -> Option<String> {
    d.map(|t| t.to_rfc3339_utc().to_string())
}

/// The words behind the evidence of `field`.
fn evidence<'t>(d: &DerivedFacts, text: &'t str, field: FactField) -> Vec<&'t str> {
    d.evidence_for(field)
        .map(|e| e.span.slice(text).expect("span fits the text"))
        .collect()
}

// ---- corpus -----------------------------------------------------------------------------

#[test]
fn retailer_email_derives_contact_data_disclosure_and_exposure() {
    let text = corpus("01-en-ds.txt");
    let d = derive_facts(&text, Lang::En);
    assert!(has_data(&d, DataKind::Contact));
    assert!(!has_data(&d, DataKind::Credentials));
    assert!(has_breach(&d, BreachKind::Confidentiality));
    assert_eq!(d.facts.exposure, Some(Exposure::UnknownRecipient));
    assert_eq!(evidence(&d, &text, FactField::Exposure), ["visible to"]);
    assert_eq!(evidence(&d, &text, FactField::Data), ["your name"]);
    // Nothing the text does not state.
    assert_eq!(d.facts.malicious, None);
    assert_eq!(d.facts.subjects, None);
    assert_eq!(d.facts.aware_at, None);
    assert_eq!(d.facts.protection, None);
    assert!(d.claims.is_empty());
}

#[test]
fn dating_app_authority_notice_derives_counts_dates_and_special_data() {
    let text = corpus("09-en-sa.txt");
    let d = derive_facts(&text, Lang::En);
    assert_eq!(d.facts.subjects, Some(48_300));
    assert!(d.facts.records.is_some_and(|r| r >= 48_300));
    assert_eq!(
        time(d.facts.aware_at).as_deref(),
        Some("2025-10-03T00:00:00Z")
    );
    assert_eq!(
        time(d.facts.authority_notified_at).as_deref(),
        Some("2025-10-10T00:00:00Z")
    );
    assert!(has_data(&d, DataKind::Special));
    assert!(has_data(&d, DataKind::Location));
    assert_eq!(d.facts.malicious, Some(true));
    assert_eq!(d.facts.exposure, Some(Exposure::MaliciousActor));
    assert_eq!(evidence(&d, &text, FactField::Subjects), ["48,300"]);
}

#[test]
fn payroll_ransomware_authority_notice_derives_counts_and_dates() {
    let text = corpus("20-de-sa.txt");
    let d = derive_facts(&text, Lang::De);
    // "ca. 2.340 aktuelle und ca. 610 ehemalige Beschäftigte (insgesamt ca. 2.950)"
    assert_eq!(d.facts.subjects, Some(2_950));
    assert_eq!(d.facts.records, Some(118_000));
    assert_eq!(
        time(d.facts.aware_at).as_deref(),
        Some("2025-03-07T00:00:00Z")
    );
    assert_eq!(
        time(d.facts.authority_notified_at).as_deref(),
        Some("2025-03-14T00:00:00Z")
    );
    assert!(has_breach(&d, BreachKind::Availability));
    assert!(has_data(&d, DataKind::Identification));
    assert!(has_data(&d, DataKind::Special));
    assert!(has_data(&d, DataKind::Financial));
    assert_eq!(d.facts.malicious, Some(true));
    // The leak site published file lists: the widest exposure wins.
    assert_eq!(d.facts.exposure, Some(Exposure::Public));
}

#[test]
fn other_authority_notices_derive_their_counts() {
    let es = corpus("27-es-sa.txt");
    let d = derive_facts(&es, Lang::Es);
    assert_eq!(d.facts.subjects, Some(5_200));
    assert_eq!(d.facts.records, Some(14_600));
    assert!(has_data(&d, DataKind::Credentials) && has_data(&d, DataKind::Financial));

    let nl = corpus("32-nl-sa.txt");
    let d = derive_facts(&nl, Lang::Nl);
    assert_eq!(d.facts.subjects, Some(8_400));
    assert_eq!(
        time(d.facts.aware_at).as_deref(),
        Some("2025-11-04T00:00:00Z")
    );
    assert_eq!(d.facts.protection, Some(Protection::None));
    // "De laptops waren met een wachtwoord beveiligd" is a protection, not data.
    assert!(!has_data(&d, DataKind::Credentials));

    let fr = corpus("24-fr-sa.txt");
    let d = derive_facts(&fr, Lang::Fr);
    // "Nombre approximatif de personnes concernées : indéterminé à ce stade."
    assert_eq!(d.facts.subjects, None);
    assert_eq!(d.facts.records, Some(38_000));
    // "ont chiffré nos serveurs" is the attack, not a protection.
    assert_eq!(d.facts.protection, None);
    assert!(!d.has_claim(ClaimKind::EncryptionClaimed));
}

#[test]
fn a_negation_covers_its_list_but_not_the_next_clause() {
    // 02-en-ds: "It did not contain your card number, PIN, online banking password or
    // security details."
    let text = corpus("02-en-ds.txt");
    let d = derive_facts(&text, Lang::En);
    assert!(!has_data(&d, DataKind::Credentials));
    assert!(has_data(&d, DataKind::Financial));
    assert_eq!(d.facts.subjects, Some(212));
    let d = derive_facts(
        "No health data was affected, but your passwords were copied by the attackers.",
        Lang::En,
    );
    assert!(has_data(&d, DataKind::Credentials));
    assert!(!has_data(&d, DataKind::Special));
    // "sans autorisation" (without authorisation) is not a negation of the access.
    let text = corpus("21-fr-ds.txt");
    let d = derive_facts(&text, Lang::Fr);
    assert_eq!(d.facts.exposure, Some(Exposure::MaliciousActor));
    assert_eq!(d.facts.malicious, Some(true));
}

#[test]
fn a_postscript_is_not_read() {
    // 31-nl-ds ends with "P.S. … konden wij dit jaar ruim 1.200 gezinnen helpen".
    let text = corpus("31-nl-ds.txt");
    let d = derive_facts(&text, Lang::Nl);
    assert_eq!(d.facts.subjects, None);
    assert_eq!(d.facts.protection, Some(Protection::None));
    assert_eq!(d.facts.exposure, Some(Exposure::MaliciousActor));
}

#[test]
fn list_numbers_ages_and_years_are_not_counts() {
    let text = corpus("10-en-sa.txt");
    let d = derive_facts(&text, Lang::En);
    // "4. Data subjects", "users aged 16 and 17", "1.2 million registered users".
    assert_eq!(d.facts.subjects, None);
    let text = corpus("16-de-ds.txt");
    let d = derive_facts(&text, Lang::De);
    // "seit 2021 ausgeschiedenen Mitarbeitenden"
    assert_eq!(d.facts.subjects, None);
}

#[test]
fn hypothetical_publication_is_not_an_exposure() {
    // 16-de-ds: "Es ist außerdem möglich, dass die Täter die Daten im Internet
    // veröffentlichen." — a possibility; the attacker is stated.
    let text = corpus("16-de-ds.txt");
    let d = derive_facts(&text, Lang::De);
    assert_eq!(d.facts.exposure, Some(Exposure::MaliciousActor));
}

#[test]
fn every_corpus_notice_yields_spans_on_char_boundaries_and_valid_json() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/notices/corpus");
    let mut n = 0;
    for entry in fs::read_dir(&dir).expect("corpus") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if !name.ends_with(".txt") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("notice");
        let lang = Lang::parse(&name[3..5]).expect("lang in name");
        let d = derive_facts(&text, lang);
        for e in &d.evidence {
            assert!(e.span.slice(&text).is_some_and(|s| !s.is_empty()), "{name}");
            assert!(
                d.facts.is_known(e.field),
                "{name}: evidence for an unknown field"
            );
        }
        for f in d.facts.known_fields().iter() {
            assert!(
                d.evidence_for(f).next().is_some(),
                "{name}: {f} without evidence"
            );
        }
        let j = json(&d);
        assert!(
            j.starts_with("{\"facts\":{") && j.contains("\"evidence\":["),
            "{j}"
        );
        n += 1;
    }
    assert_eq!(n, 32);
}

// ---- our own sentences, six languages -----------------------------------------------------

struct Case {
    lang: Lang,
    text: &'static str,
    data: &'static [DataKind],
    not_data: &'static [DataKind],
    breach: &'static [BreachKind],
    exposure: Option<Exposure>,
    malicious: Option<bool>,
    subjects: Option<u64>,
    aware_at: Option<&'static str>,
}

/// The same fact pattern in every language: on 3 October 2025 an attacker copied the
/// passwords and IBANs of about 1,200 customers; no health data was affected.
const fn stolen_passwords_and_ibans(lang: Lang, text: &'static str) -> Case {
    Case {
        lang,
        text,
        data: &[DataKind::Credentials, DataKind::Financial],
        not_data: &[DataKind::Special],
        breach: &[BreachKind::Confidentiality],
        exposure: Some(Exposure::MaliciousActor),
        malicious: Some(true),
        subjects: Some(1_200),
        aware_at: Some("2025-10-03T00:00:00Z"),
    }
}

const CASES: &[Case] = &[
    stolen_passwords_and_ibans(
        Lang::En,
        "On 3 October 2025 we became aware that an attacker had copied the passwords and IBANs of about 1,200 customers. No health data was affected.",
    ),
    stolen_passwords_and_ibans(
        Lang::De,
        "Am 3. Oktober 2025 haben wir festgestellt, dass Angreifer die Passwörter und Kontonummern von rund 1.200 Kunden kopiert haben. Gesundheitsdaten sind nicht betroffen.",
    ),
    stolen_passwords_and_ibans(
        Lang::Fr,
        "Le 3 octobre 2025, nous avons découvert qu'un attaquant avait dérobé les mots de passe et les IBAN d'environ 1 200 clients. Aucune donnée de santé n'est concernée.",
    ),
    stolen_passwords_and_ibans(
        Lang::Es,
        "El 3 de octubre de 2025 detectamos que un atacante había robado las contraseñas y los IBAN de unos 1.200 clientes. No se han visto afectados datos de salud.",
    ),
    stolen_passwords_and_ibans(
        Lang::It,
        "Il 3 ottobre 2025 siamo venuti a conoscenza che un attaccante ha sottratto le password e gli IBAN di circa 1.200 clienti. Non sono coinvolti dati sanitari.",
    ),
    stolen_passwords_and_ibans(
        Lang::Nl,
        "Op 3 oktober 2025 hebben wij ontdekt dat een aanvaller de wachtwoorden en IBAN's van ongeveer 1.200 klanten heeft gekopieerd. Er zijn geen medische gegevens getroffen.",
    ),
    Case {
        lang: Lang::En,
        text: "By mistake, your payslip was sent to another employee, who returned it unopened.",
        data: &[DataKind::Financial],
        not_data: &[DataKind::Credentials],
        breach: &[],
        exposure: Some(Exposure::KnownRecipient),
        malicious: None,
        subjects: None,
        aware_at: None,
    },
    Case {
        lang: Lang::De,
        text: "Ihr Befund wurde versehentlich an einen falschen Empfänger geschickt.",
        data: &[DataKind::Special],
        not_data: &[],
        breach: &[],
        exposure: Some(Exposure::KnownRecipient),
        malicious: None,
        subjects: None,
        aware_at: None,
    },
    Case {
        lang: Lang::Fr,
        text: "Un ordinateur portable contenant les noms et adresses de 300 élèves a été perdu le 2 mai.",
        data: &[DataKind::Contact],
        not_data: &[],
        breach: &[BreachKind::Availability],
        exposure: None,
        malicious: None,
        subjects: Some(300),
        aware_at: None,
    },
    Case {
        lang: Lang::Es,
        text: "Por un error, el listado con el DNI de 45 empleados fue publicado en nuestra web.",
        data: &[DataKind::Identification],
        not_data: &[],
        breach: &[BreachKind::Confidentiality],
        exposure: Some(Exposure::Public),
        malicious: None,
        subjects: Some(45),
        aware_at: None,
    },
    Case {
        lang: Lang::It,
        text: "Per errore il documento con il codice fiscale di 80 dipendenti è stato pubblicato sul sito.",
        data: &[DataKind::Identification],
        not_data: &[],
        breach: &[BreachKind::Confidentiality],
        exposure: Some(Exposure::Public),
        malicious: None,
        subjects: Some(80),
        aware_at: None,
    },
    Case {
        lang: Lang::Nl,
        text: "Een usb-stick met de BSN van 60 medewerkers is kwijtgeraakt.",
        data: &[DataKind::Identification],
        not_data: &[],
        breach: &[BreachKind::Availability],
        exposure: None,
        malicious: None,
        subjects: Some(60),
        aware_at: None,
    },
];

#[test]
fn own_sentences_in_six_languages() {
    let mut failures = Vec::new();
    for case in CASES {
        let d = derive_facts(case.text, case.lang);
        let mut problems = Vec::new();
        for k in case.data {
            if !has_data(&d, *k) {
                problems.push(format!("missing data {k}"));
            }
        }
        for k in case.not_data {
            if has_data(&d, *k) {
                problems.push(format!("negated data {k} derived"));
            }
        }
        for k in case.breach {
            if !has_breach(&d, *k) {
                problems.push(format!("missing breach {k}"));
            }
        }
        if d.facts.exposure != case.exposure {
            problems.push(format!("exposure {:?}", d.facts.exposure));
        }
        if d.facts.malicious != case.malicious {
            problems.push(format!("malicious {:?}", d.facts.malicious));
        }
        if d.facts.subjects != case.subjects {
            problems.push(format!("subjects {:?}", d.facts.subjects));
        }
        if time(d.facts.aware_at).as_deref() != case.aware_at {
            problems.push(format!("aware_at {:?}", time(d.facts.aware_at)));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{:?}: {} — {}",
                case.lang,
                problems.join(", "),
                json(&d)
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn claims_in_six_languages() {
    // (language, encryption claim, password-change contradiction, no-risk claim)
    let cases: &[(Lang, &str)] = &[
        (
            Lang::En,
            "The stolen laptop held your password. The data was encrypted. You do not need to change your password. There is no risk to you.",
        ),
        (
            Lang::De,
            "Auf dem gestohlenen Laptop war Ihr Passwort gespeichert. Die Daten waren verschlüsselt. Sie müssen Ihr Passwort nicht ändern. Es besteht kein Risiko für Sie.",
        ),
        (
            Lang::Fr,
            "L'ordinateur volé contenait votre mot de passe. Les données étaient chiffrées. Vous n'avez pas besoin de changer votre mot de passe. Il n'y a aucun risque pour vous.",
        ),
        (
            Lang::Es,
            "El portátil robado contenía su contraseña. Los datos estaban cifrados. No es necesario que cambie su contraseña. No hay riesgo para usted.",
        ),
        (
            Lang::It,
            "Il portatile rubato conteneva la sua password. I dati erano cifrati. Non è necessario cambiare la password. Non c'è alcun rischio per lei.",
        ),
        (
            Lang::Nl,
            "Op de gestolen laptop stond uw wachtwoord. De gegevens waren versleuteld. U hoeft uw wachtwoord niet te wijzigen. Er is geen risico voor u.",
        ),
    ];
    for (lang, text) in cases {
        let d = derive_facts(text, *lang);
        assert!(
            has_data(&d, DataKind::Credentials),
            "{lang:?}: {}",
            json(&d)
        );
        assert_eq!(d.facts.protection, Some(Protection::Encrypted), "{lang:?}");
        for kind in ClaimKind::ALL {
            let expected = kind != ClaimKind::LateNotificationStated;
            assert_eq!(
                d.has_claim(kind),
                expected,
                "{lang:?}: {kind:?} in {}",
                json(&d)
            );
        }
        let j = json(&d);
        assert!(j.contains("\"citation\":\"Art. 34(3)(a) GDPR\""), "{j}");
        assert!(
            j.contains("\"kind\":\"password_change_discouraged\""),
            "{j}"
        );
    }
}

#[test]
fn password_advice_without_credentials_is_no_contradiction() {
    let text = "Your name was visible to other customers. You do not need to change your password.";
    let d = derive_facts(text, Lang::En);
    assert!(!has_data(&d, DataKind::Credentials));
    assert!(!d.has_claim(ClaimKind::PasswordChangeDiscouraged));
}

#[test]
fn unprotected_data_is_stated_as_none_and_outweighs_protection() {
    let text = "The laptop was encrypted, but the USB stick with the backup was not encrypted.";
    let d = derive_facts(text, Lang::En);
    assert_eq!(d.facts.protection, Some(Protection::None));
    assert!(!d.has_claim(ClaimKind::EncryptionClaimed));
    let text = "Der USB-Stick war unverschlüsselt.";
    assert_eq!(
        derive_facts(text, Lang::De).facts.protection,
        Some(Protection::None)
    );
}

#[test]
fn incomplete_dates_derive_no_awareness() {
    let d = derive_facts(
        "We found out on 6 March that the file was published.",
        Lang::En,
    );
    assert_eq!(d.facts.aware_at, None);
    assert_eq!(
        dates::complete_date("03.10.2025", Lang::De).map(|t| t.to_rfc3339_utc().to_string()),
        Some("2025-10-03T00:00:00Z".to_string())
    );
    assert_eq!(
        dates::complete_date("2025-10-03", Lang::En).map(|t| t.to_rfc3339_utc().to_string()),
        Some("2025-10-03T00:00:00Z".to_string())
    );
    assert_eq!(
        dates::complete_date("1er mai 2025", Lang::Fr).map(|t| t.to_rfc3339_utc().to_string()),
        Some("2025-05-01T00:00:00Z".to_string())
    );
    // Ambiguous day/month order in English, an impossible date, no year.
    assert_eq!(dates::complete_date("03/10/2025", Lang::En), None);
    assert_eq!(dates::complete_date("31 February 2025", Lang::En), None);
    assert_eq!(dates::complete_date("12 May", Lang::En), None);
}

#[test]
fn empty_and_unrelated_text_derive_nothing() {
    for lang in Lang::ALL {
        let d = derive_facts("", lang);
        assert_eq!(d, DerivedFacts::empty());
        assert_eq!(json(&d), "{\"facts\":{},\"evidence\":[],\"claims\":[]}");
    }
}

// ---- tables --------------------------------------------------------------------------------

fn check_tables<T>(name: &str, tables: &'static [(T, CueTables)]) {
    for (i, (_, cues)) in tables.iter().enumerate() {
        for lang in Lang::ALL {
            let table: Vec<_> = cues.get(lang).iter().collect();
            assert!(!table.is_empty(), "{name}[{i}] {lang:?} is empty");
            assert_eq!(table.len(), cues.get(lang).len(), "{name}[{i}] {lang:?}");
            for pair in table.windows(2) {
                assert!(
                    pair[0].phrase < pair[1].phrase,
                    "{name}[{i}] {lang:?}: not sorted at {:?}",
                    pair[1].phrase
                );
            }
            for cue in &table {
                assert!(
                    is_normalised_phrase(cue.phrase),
                    "{name}[{i}] {lang:?}: {:?} is not normalised",
                    cue.phrase
                );
                // Derive tables use only `Signal` and `Block` (module docs of `derive`).
                assert!(
                    matches!(cue.role, Role::Signal | Role::Block),
                    "{name}[{i}] {lang:?}: {:?} has role {:?}",
                    cue.phrase,
                    cue.role
                );
            }
        }
    }
}

#[test]
fn derive_tables_are_sorted_normalised_and_complete() {
    check_tables("data_kinds", data_kinds::CUE_TABLES);
    check_tables("breach_kinds", breach_kinds::CUE_TABLES);
    check_tables("malicious", breach_kinds::MALICIOUS);
    check_tables("exposure", exposure::CUE_TABLES);
    check_tables("protection", protection::CUE_TABLES);
    check_tables("unprotected", protection::UNPROTECTED_TABLES);
    check_tables("dates", dates::LABEL_TABLES);
    check_tables("claims", claims::CUE_TABLES);
    check_tables("late", claims::LATE);
    check_tables("late negated", claims::LATE_NEGATED);
    check_tables("negation", negation::TABLES);
    check_tables("hedges", negation::HEDGES);
    check_tables("count labels", breachnotice::derive::counts::LABEL_TABLES);
    check_tables("count nouns", breachnotice::derive::counts::NOUN_TABLES);
    for list in [
        breachnotice::derive::counts::REFERENCE_WORDS,
        breachnotice::derive::counts::POPULATION_WORDS,
        breachnotice::derive::counts::QUANTITY_WORDS,
        breachnotice::derive::CLAUSE_BREAKS,
    ] {
        let words: Vec<&str> = list.words().collect();
        assert!(!words.is_empty());
        assert!(
            words.windows(2).all(|p| p[0] < p[1]),
            "{words:?} not sorted"
        );
        assert!(
            words
                .iter()
                .all(|w| is_normalised_phrase(w) && !w.contains(' ')),
            "{words:?} not single normalised words"
        );
    }
    // Every data kind the contract lists except `other` has a table.
    for k in DataKind::ALL {
        let has = data_kinds::TABLES.iter().any(|kind| kind == k);
        assert_eq!(has, *k != DataKind::Other, "{k}");
    }
}

/// Timing of `derive_facts` on every corpus notice and on a 64 KB concatenation (run with
/// `cargo test --release -p breachnotice-tests --test derived -- --ignored --nocapture
/// derive_timing`). Prints figures only; asserts nothing about time.
#[test]
#[ignore = "timing figures, run on demand in release mode"]
fn derive_timing() {
    use std::time::Instant;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/notices/corpus");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut texts = Vec::new();
    for name in &names {
        let code = name.split('-').nth(1).unwrap_or("en");
        let lang = Lang::parse(code).expect("lang in name");
        texts.push((fs::read_to_string(dir.join(name)).expect("notice"), lang));
    }
    let rounds = 200u32;
    let start = Instant::now();
    let mut bytes = 0usize;
    for _ in 0..rounds {
        for (t, lang) in &texts {
            bytes += t.len();
            std::hint::black_box(derive_facts(std::hint::black_box(t), *lang));
        }
    }
    let per = start.elapsed() / (rounds * texts.len() as u32);
    let avg = bytes / (rounds as usize * texts.len());
    println!("derive_facts corpus: {per:?} per notice (avg {avg} bytes)");
    let mut big = String::new();
    while big.len() < 64 * 1024 {
        for (t, lang) in &texts {
            if *lang == Lang::En && big.len() < 64 * 1024 {
                big.push_str(t);
                big.push_str("\n\n");
            }
        }
    }
    let rounds = 20u32;
    let start = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(derive_facts(std::hint::black_box(&big), Lang::En));
    }
    println!(
        "derive_facts 64 KB ({} bytes, en): {:?} per call",
        big.len(),
        start.elapsed() / rounds
    );
}

fn aware(text: &str, lang: Lang) -> Option<String> {
    time(derive_facts(text, lang).facts.aware_at)
}

#[test]
fn year_less_awareness_dates_take_the_year_of_the_nearest_complete_date() {
    let cases: &[(Lang, &str, &str)] = &[
        (
            Lang::En,
            "Date: 10.09.2025\n\nWe became aware on 2 September and are notifying on 9 September.",
            "2025-09-02T00:00:00Z",
        ),
        (
            Lang::En,
            "Letter of 12 September 2025.\n\nOn 2 September we detected unusual logins.",
            "2025-09-02T00:00:00Z",
        ),
        (
            Lang::En,
            "We discovered on 4 June that a folder was public.\n\nSigned on 10 June 2024.",
            "2024-06-04T00:00:00Z",
        ),
        (
            Lang::De,
            "Datum: 10.09.2025\n\nWir haben am 3. September Kenntnis erlangt.",
            "2025-09-03T00:00:00Z",
        ),
        (
            Lang::De,
            "Berlin, 5. März 2025\n\nWir haben den Fehler am 3. März festgestellt.",
            "2025-03-03T00:00:00Z",
        ),
        (
            Lang::Fr,
            "Paris, le 10 octobre 2025\n\nLe 2 octobre, nos équipes ont constaté un accès anormal.",
            "2025-10-02T00:00:00Z",
        ),
        (
            Lang::Fr,
            "Lyon, le 10 octobre 2025\n\nNous avons constaté le 2 octobre un accès anormal.",
            "2025-10-02T00:00:00Z",
        ),
        (
            Lang::Es,
            "Madrid, 12 de febrero de 2025\n\nTuvimos conocimiento el 9 de febrero del incidente.",
            "2025-02-09T00:00:00Z",
        ),
        (
            Lang::It,
            "Roma, 12 febbraio 2025\n\nAbbiamo rilevato il 9 febbraio un accesso non autorizzato.",
            "2025-02-09T00:00:00Z",
        ),
        (
            Lang::Nl,
            "Datum: 6 november 2025\n\nWij ontdekten op 4 november dat een map openbaar was.",
            "2025-11-04T00:00:00Z",
        ),
        (
            Lang::Nl,
            "Utrecht, 6 november 2025\n\nOp 4 november hebben wij geconstateerd dat een map openbaar was.",
            "2025-11-04T00:00:00Z",
        ),
    ];
    for (lang, text, want) in cases {
        assert_eq!(
            aware(text, *lang).as_deref(),
            Some(*want),
            "{lang:?}: {text}"
        );
    }
}

#[test]
fn year_inference_prefers_the_date_before_and_crosses_the_new_year() {
    // Before wins over after.
    let text =
        "Report of 1 August 2024.\n\nWe became aware on 2 September.\n\nFiled on 3 September 2025.";
    assert_eq!(
        aware(text, Lang::En).as_deref(),
        Some("2024-09-02T00:00:00Z")
    );
    // December beside a January anchor: the year before.
    let text = "Date: 3 January 2026\n\nWe became aware on 30 December.";
    assert_eq!(
        aware(text, Lang::En).as_deref(),
        Some("2025-12-30T00:00:00Z")
    );
    // January beside a December anchor: the year after.
    let text = "Written on 30 December 2025 and sent later.\n\nWe became aware on 2 January.";
    assert_eq!(
        aware(text, Lang::En).as_deref(),
        Some("2026-01-02T00:00:00Z")
    );
    // The evidence is the year-less date as written.
    let text = "Date: 10.09.2025\n\nWe became aware on 2 September.";
    let d = derive_facts(text, Lang::En);
    let e = d.evidence_for(FactField::AwareAt).next().expect("evidence");
    assert_eq!(
        &text[e.span.start as usize..e.span.end as usize],
        "2 September"
    );
}

#[test]
fn year_less_dates_without_any_complete_date_derive_nothing() {
    for (lang, text) in [
        (
            Lang::En,
            "We became aware on 2 September. This is 2025's worst month.",
        ),
        (
            Lang::De,
            "Wir haben am 3. März festgestellt, dass Daten fehlten.",
        ),
        (Lang::It, "Abbiamo rilevato il 9 febbraio un accesso."),
    ] {
        assert_eq!(aware(text, lang), None, "{lang:?}: {text}");
    }
    // A year-less notification date is not completed: the labels are too broad.
    let text = "Berlin, 20. März 2025\n\nDie Lehrkraft hat den Verlust am 17. März bemerkt und sofort gemeldet.";
    let d = derive_facts(text, Lang::De);
    assert_eq!(
        time(d.facts.aware_at).as_deref(),
        Some("2025-03-17T00:00:00Z")
    );
    assert_eq!(d.facts.authority_notified_at, None);
}

#[test]
fn late_notification_statements_in_six_languages() {
    let late: &[(Lang, &str)] = &[
        (
            Lang::En,
            "This notification is made later than 72 hours after we became aware.",
        ),
        (
            Lang::En,
            "We are notifying after the 72-hour deadline because of staff absence.",
        ),
        (
            Lang::En,
            "Unfortunately we could not notify within 72 hours.",
        ),
        (Lang::De, "Die Meldung erfolgt nach Ablauf der 72 Stunden."),
        (
            Lang::De,
            "Wir bitten, die verspätete Meldung zu entschuldigen.",
        ),
        (
            Lang::Fr,
            "La présente notification intervient au-delà du délai de 72 heures.",
        ),
        (
            Lang::Es,
            "Esta notificación se realiza fuera del plazo de 72 horas.",
        ),
        (
            Lang::It,
            "Abbiamo superato le 72 ore previste per la notifica.",
        ),
        (
            Lang::It,
            "La notifica viene effettuata oltre il termine di 72 ore.",
        ),
        (Lang::Nl, "Deze melding gebeurt na de termijn van 72 uur."),
        (Lang::Nl, "Wij konden niet binnen 72 uur melden."),
    ];
    for (lang, text) in late {
        let d = derive_facts(text, *lang);
        assert!(d.states_late_notification(), "{lang:?}: {text}");
        let j = json(&d);
        assert!(j.contains("\"kind\":\"late_notification_stated\""), "{j}");
        assert!(j.contains("\"citation\":\"Art. 33(1) GDPR\""), "{j}");
        let c = d
            .claims
            .iter()
            .find(|c| c.kind == ClaimKind::LateNotificationStated);
        let c = c.expect("claim");
        assert!(c.span.end > c.span.start, "{lang:?}: empty evidence");
    }
    let on_time: &[(Lang, &str)] = &[
        (Lang::En, "We notified within 72 hours of becoming aware."),
        (Lang::En, "We did not exceed the 72 hours."),
        (
            Lang::En,
            "If the notification is made later than 72 hours, reasons must be given.",
        ),
        (Lang::De, "Wir haben innerhalb von 72 Stunden gemeldet."),
        (Lang::Fr, "Nous avons notifié dans le délai de 72 heures."),
        (Lang::Es, "Notificamos dentro del plazo de 72 horas."),
        (Lang::It, "Abbiamo notificato entro 72 ore."),
        (Lang::Nl, "Wij hebben binnen 72 uur gemeld."),
    ];
    for (lang, text) in on_time {
        assert!(
            !derive_facts(text, *lang).states_late_notification(),
            "{lang:?}: {text}"
        );
    }
}

#[test]
fn a_sentence_with_more_signals_than_the_buffer_derives_the_same_facts() {
    let short = "The attacker copied your name, email address, password and bank account number.";
    let part = "your name, email address, password and bank account number, ";
    let long = format!(
        "The attacker copied {}and nothing else.",
        part.repeat(breachnotice::limits::MAX_SENTENCE_DERIVE_SIGNALS)
    );
    let a = derive_facts(short, Lang::En);
    let b = derive_facts(&long, Lang::En);
    assert_eq!(a.facts.data, b.facts.data);
    assert_eq!(a.facts.breach, b.facts.breach);
    assert_eq!(a.facts.malicious, b.facts.malicious);
    assert!(has_data(&b, DataKind::Credentials) && has_data(&b, DataKind::Financial));
    // Evidence at the first occurrence, in the same order.
    let spans = |d: &DerivedFacts| -> Vec<(FactField, u32, u32)> {
        d.evidence
            .iter()
            .map(|e| (e.field, e.span.start, e.span.end))
            .collect()
    };
    assert_eq!(spans(&a), spans(&b));
}

#[test]
fn one_date_is_not_both_the_awareness_and_the_notification() {
    // The notification label is nearer the only date: it dates the notification, and
    // "efter att vi fick kännedom" (after we became aware) dates nothing.
    let text = "Anmälan lämnas den 15 juli 2026, mer än 72 timmar efter att vi fick kännedom.";
    let d = derive_facts(text, Lang::Sv);
    assert_eq!(
        time(d.facts.authority_notified_at).as_deref(),
        Some("2026-07-15T00:00:00Z")
    );
    assert_eq!(d.facts.aware_at, None);
    // Two dates: each cue keeps its own.
    let text = "Vi fick kännedom den 6 juli 2026 och anmälan lämnas den 15 juli 2026.";
    let d = derive_facts(text, Lang::Sv);
    assert_eq!(
        time(d.facts.aware_at).as_deref(),
        Some("2026-07-06T00:00:00Z")
    );
    assert_eq!(
        time(d.facts.authority_notified_at).as_deref(),
        Some("2026-07-15T00:00:00Z")
    );
}

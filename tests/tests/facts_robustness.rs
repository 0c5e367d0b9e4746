//! Robustness of the facts parser and the obligations engine: random bytes, random
//! valid-shaped JSON, deep nesting, named bad inputs, and the worst case of every fixed
//! capacity. A small deterministic PRNG keeps runs reproducible without a dependency.

use breachnotice::decimal::Decimal;
use breachnotice::error::{Error, ErrorKind, Location};
use breachnotice::facts::{
    BreachKind, BreachKinds, DataKind, DataKinds, Exposure, FactField, Facts, Protection, Role,
    key_at,
};
use breachnotice::limits::{Limit, MAX_FACTS_BYTES, MAX_REASONS};
use breachnotice::obligations::{Assessment, Outcome, RiskLevel, assess};
use breachnotice::time::Timestamp;

/// xorshift64* (Vigna 2016): deterministic, good enough to spread inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

fn now() -> Option<Timestamp> {
    Timestamp::parse_rfc3339("2026-11-28T12:00:00Z").ok()
}

/// Assesses parsed facts and checks the invariants every assessment keeps.
fn check_assessment(facts: &Facts) -> Assessment {
    let a = assess(facts, now());
    assert!(!a.overflowed(), "reason capacity exceeded for {facts:?}");
    let o = &a.obligations;
    assert!(o.documentation.required);
    assert_eq!(o.controller.is_some(), facts.role == Some(Role::Processor));
    assert_eq!(o.authority.delay_reasons_required, a.late() == Some(true));
    if o.authority.required == Some(false) {
        assert_eq!(a.late(), Some(false));
    }
    if o.data_subjects.required == Some(true) {
        assert_eq!(o.authority.required, Some(true), "high risk implies risk");
    }
    if o.authority.required.is_none() {
        assert!(!o.authority.rests_on.is_empty());
    }
    if o.data_subjects.required.is_none() {
        assert!(!o.data_subjects.rests_on.is_empty());
    }
    assert!(a.risk.at_least <= a.risk.at_most);
    // Decide on the facts given (legal.md §5.1): only an unknown kind of breach leaves a
    // decision open, and every assumption names a different outcome.
    if facts.breach.is_some() {
        assert_ne!(a.risk.level, RiskLevel::Unknown, "{facts:?}");
        assert!(o.authority.required.is_some(), "{facts:?}");
        assert!(o.data_subjects.required.is_some(), "{facts:?}");
        let level = a.risk.level.decided();
        for x in a.risk.assumptions.iter() {
            assert!(!facts.is_known(x.field));
            assert_ne!(Some(x.otherwise), level.map(Outcome::Level), "{facts:?}");
        }
        for (d, list) in [
            (o.authority.required, &o.authority.assumptions),
            (o.data_subjects.required, &o.data_subjects.assumptions),
        ] {
            for x in list.iter() {
                assert!(!facts.is_known(x.field));
                assert_ne!(Some(x.otherwise), d.map(Outcome::Required), "{facts:?}");
            }
        }
    } else {
        assert!(a.risk.assumptions.is_empty());
        assert!(o.authority.assumptions.is_empty());
    }
    assert!(a.risk.enisa.score >= Decimal::new(25, 2) && a.risk.enisa.score <= Decimal::new(6, 0));
    a
}

/// A random JSON value of any shape (bounded depth), for values of wrong type.
fn random_value(rng: &mut Rng, depth: usize) -> String {
    match rng.below(if depth > 2 { 7 } else { 9 }) {
        0 => "null".into(),
        1 => rng.pick(&["true", "false"]).into(),
        2 => rng
            .pick(&[
                "0",
                "-1",
                "1.5",
                "1e3",
                "-0",
                "1e999",
                "12345678901234567890",
                "3",
            ])
            .into(),
        3 => format!(
            "\"{}\"",
            rng.pick(&[
                "controller",
                "processor",
                "none",
                "encrypted",
                "public",
                "2026-11-20T09:00:00Z",
                "2026-11-20T09:00:00",
                "2026-02-30T09:00:00Z",
                "2026-11-20T09:00:00.123+05:30",
                "",
                "\\u0070rocessor",
                "confidentiality",
                "special",
            ])
        ),
        4 => "[]".into(),
        5 => format!(
            "[{}]",
            (0..rng.below(5))
                .map(|_| {
                    format!(
                        "\"{}\"",
                        rng.pick(&[
                            "confidentiality",
                            "integrity",
                            "availability",
                            "contact",
                            "special",
                            "financial",
                            "credentials",
                            "nope",
                        ])
                    )
                })
                .collect::<Vec<_>>()
                .join(",")
        ),
        6 => rng.pick(&["\"\"", "[1,2]", "{}"]).into(),
        7 => format!("[{}]", random_value(rng, depth + 1)),
        _ => format!("{{\"x\":{}}}", random_value(rng, depth + 1)),
    }
}

/// A random value that fits `field`'s type, sometimes out of range.
fn typed_value(rng: &mut Rng, field: FactField) -> String {
    if rng.chance(3) {
        return random_value(rng, 0);
    }
    match field {
        FactField::Role => format!("\"{}\"", rng.pick(&["controller", "processor", "owner"])),
        FactField::AwareAt | FactField::AuthorityNotifiedAt => format!(
            "\"{}\"",
            rng.pick(&[
                "2026-11-20T09:00:00Z",
                "2026-11-24T10:00:00+01:00",
                "2026-10-24T10:00:00+02:00",
                "2026-11-28T12:00:00-05:00",
                "2026-11-20T09:00:00",
                "2100-02-29T00:00:00Z",
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z",
                "2016-12-31T23:59:60Z",
            ])
        ),
        FactField::Breach => format!(
            "[{}]",
            (0..rng.below(4))
                .map(|_| {
                    let k = rng.pick(&["confidentiality", "integrity", "availability", "leak"]);
                    format!("\"{k}\"")
                })
                .collect::<Vec<_>>()
                .join(",")
        ),
        FactField::Data => format!(
            "[{}]",
            (0..rng.below(4))
                .map(|_| {
                    let k = rng.pick(&[
                        "contact",
                        "identification",
                        "credentials",
                        "financial",
                        "special",
                        "criminal",
                        "location",
                        "communications",
                        "behavioural",
                        "other",
                        "dna",
                    ]);
                    format!("\"{k}\"")
                })
                .collect::<Vec<_>>()
                .join(",")
        ),
        FactField::Subjects | FactField::Records => rng
            .pick(&[
                "0",
                "1",
                "100",
                "101",
                "5000",
                "-3",
                "2.5",
                "9007199254740993",
                "1e2",
            ])
            .into(),
        FactField::UnavailableHours => rng
            .pick(&["0", "4", "23.99", "24", "48", "-1", "1e999", "0.5"])
            .into(),
        FactField::Protection => format!(
            "\"{}\"",
            rng.pick(&["none", "encrypted", "hashed", "pseudonymised", "rot13"])
        ),
        FactField::Exposure => format!(
            "\"{}\"",
            rng.pick(&[
                "none",
                "internal",
                "trusted_recipient",
                "known_recipient",
                "unknown_recipient",
                "malicious_actor",
                "public",
                "everyone",
            ])
        ),
        FactField::VulnerableSubjects
        | FactField::KeyCompromised
        | FactField::Malicious
        | FactField::Recovered
        | FactField::Backup
        | FactField::HighRiskMitigated
        | FactField::DisproportionateEffort
        | FactField::PublicCommunication => {
            rng.pick(&["true", "false", "null", "\"yes\"", "1"]).into()
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let alphabet = b"{}[]\":,  \n\t0123456789-.eE+truefalsnl\\u\xff\xc3\xa9zroleaware_atbreach";
    for _ in 0..10_000 {
        let len = rng.below(120);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.chance(10) {
                    (rng.next() & 0xff) as u8
                } else {
                    alphabet
                        .get(rng.below(alphabet.len()))
                        .copied()
                        .unwrap_or(b' ')
                }
            })
            .collect();
        if let Ok(facts) = Facts::from_json(&bytes) {
            check_assessment(&facts);
        }
    }
}

#[test]
fn random_valid_shaped_json_never_panics_and_errors_name_their_field() {
    let mut rng = Rng(42);
    let mut accepted = 0;
    let mut unlocated = Vec::new();
    for _ in 0..10_000 {
        let mut parts = Vec::new();
        let mut names = Vec::new();
        for field in FactField::ALL {
            if rng.chance(55) {
                names.push(*field);
                parts.push(format!(
                    "\"{}\": {}",
                    field.as_str(),
                    typed_value(&mut rng, *field)
                ));
            }
        }
        if rng.chance(3) {
            parts.push("\"zz\": 1".into());
        }
        let json = format!("{{{}}}", parts.join(", "));
        match Facts::from_json(json.as_bytes()) {
            Ok(facts) => {
                accepted += 1;
                check_assessment(&facts);
            }
            Err(Error { kind, at, .. }) => match (kind, at) {
                (ErrorKind::UnknownField, Location::Byte(b)) => {
                    assert_eq!(key_at(json.as_bytes(), b), Some("zz"), "{json}");
                }
                (_, Location::Field(name, Some(b))) => {
                    assert!(FactField::from_name(name).is_some_and(|f| names.contains(&f)));
                    assert!(b < json.len(), "{json}");
                }
                other => unlocated.push(format!("{other:?} for {json}")),
            },
        }
    }
    assert!(unlocated.is_empty(), "unlocated errors: {unlocated:#?}");
    assert!(accepted > 150, "only {accepted} inputs were accepted");
}

#[test]
fn mutated_fixtures_never_panic() {
    let fixture = include_bytes!("../fixtures/facts/ransomware_no_backup_exfiltration.json");
    let mut rng = Rng(7);
    for _ in 0..10_000 {
        let mut bytes = fixture.to_vec();
        for _ in 0..=rng.below(3) {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => {
                    if let Some(b) = bytes.get_mut(at) {
                        *b = (rng.next() & 0x7f) as u8;
                    }
                }
                1 => {
                    if at < bytes.len() {
                        bytes.remove(at);
                    }
                }
                _ => {
                    let b = b"[]{}\",:0\\".get(rng.below(9)).copied().unwrap_or(b'[');
                    bytes.insert(at, b);
                }
            }
        }
        if let Ok(facts) = Facts::from_json(&bytes) {
            check_assessment(&facts);
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    // 100 000 brackets: refused by size before parsing.
    let deep = format!("{{\"zz\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        Facts::from_json(deep.as_bytes()).map_err(|e| e.kind),
        Err(ErrorKind::CapacityExceeded {
            limit: Limit::FactsBytes
        })
    );
    // As deep as fits in the size limit: refused at the unknown key, never descended.
    let n = (MAX_FACTS_BYTES - 16) / 2;
    let deep = format!("{{\"zz\":{}{}}}", "[".repeat(n), "]".repeat(n));
    assert_eq!(
        Facts::from_json(deep.as_bytes()).map_err(|e| (e.kind, e.at)),
        Err((ErrorKind::UnknownField, Location::Byte(1)))
    );
    // Deep in a known field, and at the top.
    let deep = format!("{{\"breach\":{}{}}}", "[".repeat(n), "]".repeat(n));
    assert_eq!(
        Facts::from_json(deep.as_bytes()).map_err(|e| (e.kind, e.at)),
        Err((ErrorKind::WrongType, Location::Field("breach", Some(10))))
    );
    let deep = "[".repeat(MAX_FACTS_BYTES);
    assert_eq!(
        Facts::from_json(deep.as_bytes()).map_err(|e| e.kind),
        Err(ErrorKind::MalformedJson)
    );
    let deep = "{\"role\":{\"controller\":".repeat(MAX_FACTS_BYTES / 24);
    assert!(Facts::from_json(deep.as_bytes()).is_err());
}

#[test]
fn bad_inputs_name_kind_and_place() {
    let cases: &[(&str, ErrorKind, Location)] = &[
        (
            r#"{"role":"controller","severity":"high"}"#,
            ErrorKind::UnknownField,
            Location::Byte(21),
        ),
        (
            r#"{"subjects":"many"}"#,
            ErrorKind::WrongType,
            Location::Field("subjects", Some(12)),
        ),
        (
            r#"{"malicious":1}"#,
            ErrorKind::WrongType,
            Location::Field("malicious", Some(13)),
        ),
        (
            r#"{"subjects":-5}"#,
            ErrorKind::ValueOutOfRange,
            Location::Field("subjects", Some(12)),
        ),
        (
            r#"{"records": 2.5}"#,
            ErrorKind::ValueOutOfRange,
            Location::Field("records", Some(12)),
        ),
        (
            r#"{"unavailable_hours":-0.5}"#,
            ErrorKind::ValueOutOfRange,
            Location::Field("unavailable_hours", Some(21)),
        ),
        (
            r#"{"exposure":"everyone"}"#,
            ErrorKind::ValueOutOfRange,
            Location::Field("exposure", Some(12)),
        ),
        (
            r#"{"data":["contact","dna"]}"#,
            ErrorKind::ValueOutOfRange,
            Location::Field("data", Some(8)),
        ),
        (
            r#"{"aware_at":"2026-11-20T09:00:00"}"#,
            ErrorKind::InvalidTimestamp,
            Location::Field("aware_at", Some(12)),
        ),
        (
            r#"{"authority_notified_at":"2026-02-29T09:00:00Z"}"#,
            ErrorKind::InvalidTimestamp,
            Location::Field("authority_notified_at", Some(25)),
        ),
        (
            r#"{"role":"processor","role":"controller"}"#,
            ErrorKind::DuplicateField,
            Location::Field("role", Some(20)),
        ),
        (
            r#"{"role":"processor"} {}"#,
            ErrorKind::MalformedJson,
            Location::Byte(21),
        ),
        (
            r#"{"role" "processor"}"#,
            ErrorKind::MalformedJson,
            Location::Field("role", Some(8)),
        ),
        ("[1]", ErrorKind::MalformedJson, Location::Byte(0)),
        ("", ErrorKind::MalformedJson, Location::Byte(0)),
    ];
    for (json, kind, at) in cases {
        assert_eq!(
            Facts::from_json(json.as_bytes()).map_err(|e| (e.kind, e.at)),
            Err((*kind, *at)),
            "{json}"
        );
    }
    let mut big = format!("{{{}}}", " ".repeat(MAX_FACTS_BYTES - 1)).into_bytes();
    assert_eq!(
        Facts::from_json(&big).map_err(|e| e.kind),
        Err(ErrorKind::CapacityExceeded {
            limit: Limit::FactsBytes
        })
    );
    big.truncate(MAX_FACTS_BYTES - 1);
    big.push(b'}');
    assert_eq!(Facts::from_json(&big).ok(), Some(Facts::unknown()));
}

/// Numbers are read exactly (no float rounding) with the error kinds and places of any
/// other bad value; a malformed number is a syntax error at its first bad byte.
#[test]
fn numbers_are_read_exactly() {
    let hours = |json: &str| Facts::from_json(json.as_bytes()).map(|f| f.unavailable_hours);
    let count = |json: &str| Facts::from_json(json.as_bytes()).map(|f| f.subjects);
    let err = |json: &str| Facts::from_json(json.as_bytes()).map_err(|e| (e.kind, e.at));
    let dec = |s: &str| Decimal::parse(s).ok();
    // A float would read this as 24.0 (not a short outage); it is below 24 hours.
    assert_eq!(
        hours(r#"{"unavailable_hours": 23.999999999999999}"#),
        Ok(dec("23.999999999999999"))
    );
    assert!(dec("23.999999999999999") < dec("24"));
    for (text, value) in [
        ("4", "4"),
        ("4.5", "4.5"),
        ("2.4e1", "24"),
        ("-0", "0"),
        ("0.1", "0.1"),
    ] {
        let json = format!(r#"{{"unavailable_hours": {text} }}"#);
        assert_eq!(hours(&json), Ok(dec(value)), "{json}");
    }
    for (text, value) in [
        ("3", 3),
        ("3.0", 3),
        ("1e3", 1000),
        ("-0", 0),
        ("9007199254740992", 1 << 53),
    ] {
        let json = format!(r#"{{"subjects":{text}}}"#);
        assert_eq!(count(&json), Ok(Some(value)), "{json}");
    }
    let out_of_range =
        |field: &'static str| (ErrorKind::ValueOutOfRange, Location::Field(field, Some(12)));
    // Refused, where a float rounded them into range or onto an integer.
    for text in [
        "9007199254740993",
        "1.0000000000000001",
        "1e-400",
        "12345678901234567890123",
    ] {
        assert_eq!(
            err(&format!(r#"{{"subjects":{text}}}"#)),
            Err(out_of_range("subjects")),
            "{text}"
        );
    }
    assert_eq!(
        err(r#"{"records":-1e-400}"#),
        Err((
            ErrorKind::ValueOutOfRange,
            Location::Field("records", Some(11))
        ))
    );
    assert_eq!(
        err(r#"{"unavailable_hours":-1.00000000000000000000001}"#),
        Err((
            ErrorKind::ValueOutOfRange,
            Location::Field("unavailable_hours", Some(21))
        ))
    );
    assert_eq!(
        err(r#"{"unavailable_hours":1.00000000000000000000001}"#),
        Err((
            ErrorKind::CapacityExceeded {
                limit: Limit::DecimalDigits
            },
            Location::Field("unavailable_hours", Some(21))
        ))
    );
    assert_eq!(
        err(r#"{"unavailable_hours":1e309}"#),
        Err((
            ErrorKind::ValueOutOfRange,
            Location::Field("unavailable_hours", Some(21))
        ))
    );
    // Not numbers at all: the wrong type, as before.
    for text in ["NaN", "\"4\"", "true", "[4]", "{}", "e5"] {
        assert_eq!(
            err(&format!(r#"{{"subjects":{text}}}"#)),
            Err((ErrorKind::WrongType, Location::Field("subjects", Some(12)))),
            "{text}"
        );
    }
    // Malformed numbers: the document's first syntax error.
    for (text, at) in [
        ("+1", 12),
        (".5", 12),
        ("1.", 12),
        ("1e", 12),
        ("1e+", 12),
        ("-", 12),
        ("01", 13),
        ("0x1", 13),
        ("1.5.5", 15),
        ("1 2", 14),
    ] {
        assert_eq!(
            err(&format!(r#"{{"subjects":{text}}}"#)),
            Err((ErrorKind::MalformedJson, Location::Byte(at))),
            "{text}"
        );
    }
    assert_eq!(
        err(r#"{"subjects":1"#),
        Err((ErrorKind::MalformedJson, Location::Byte(13)))
    );
    assert_eq!(
        err(r#"{"subjects":1]"#),
        Err((ErrorKind::MalformedJson, Location::Byte(13)))
    );
}

/// Numbers reach the report as JSON number tokens (the decimal writer's raw bytes), with
/// the text the float writer gave them before.
#[test]
fn numbers_are_written_as_json_numbers() -> Result<(), Box<dyn std::error::Error>> {
    let facts = Facts::from_json(
        br#"{"unavailable_hours": 4.50, "subjects": 1e3, "breach": ["availability", "confidentiality"],
            "data": ["financial"], "exposure": "known_recipient", "backup": true, "recovered": false,
            "malicious": false, "vulnerable_subjects": false, "protection": "pseudonymised",
            "key_compromised": false}"#,
    )?;
    assert_eq!(facts.subjects, Some(1000));
    assert_eq!(facts.unavailable_hours, Decimal::parse("4.5").ok());
    let report = breachnotice::evaluate(&breachnotice::Request {
        text: None,
        audience: breachnotice::Audience::Authority,
        lang: breachnotice::LangChoice::Auto,
        facts: Some(&facts),
        now: now(),
    });
    let mut buf = vec![0u8; breachnotice::limits::REPORT_JSON_BYTES];
    let n = report.write_json(&mut buf)?;
    let json = std::str::from_utf8(buf.get(..n).unwrap_or_default())?;
    // Financial data DPC 3 × pseudonymised EI 0.5 + known recipient 0.25 (the outage was
    // short and restored) = 1.75.
    assert!(
        json.contains(r#""enisa":{"score":1.75,"level":"low","dpc":3,"ei":0.5,"cb":0.25,"#),
        "{json}"
    );
    let v: serde_json::Value = serde_json::from_str(json)?;
    assert_eq!(
        v.pointer("/risk/enisa/score").and_then(|s| s.as_f64()),
        Some(1.75)
    );
    Ok(())
}

/// Every value (and "unknown") each decision fact can take, in the distinctions the
/// rules make.
fn each_facts(mut visit: impl FnMut(&Facts)) {
    let breaches = [
        None,
        Some(BreachKinds::new().with(BreachKind::Confidentiality)),
        Some(BreachKinds::new().with(BreachKind::Availability)),
        Some(BreachKinds::all()),
    ];
    let datas = [
        None,
        Some(DataKinds::new().with(DataKind::Contact)),
        Some(DataKinds::new().with(DataKind::Financial)),
        Some(DataKinds::all()),
    ];
    let protections = [
        None,
        Some(Protection::None),
        Some(Protection::Encrypted),
        Some(Protection::Pseudonymised),
    ];
    let exposures = [
        None,
        Some(Exposure::None),
        Some(Exposure::Internal),
        Some(Exposure::KnownRecipient),
        Some(Exposure::UnknownRecipient),
        Some(Exposure::Public),
    ];
    let bools = [None, Some(false), Some(true)];
    for breach in breaches {
        for data in datas {
            for protection in protections {
                for exposure in exposures {
                    for (i, vulnerable) in bools.iter().enumerate() {
                        for recovered in bools {
                            for backup in bools {
                                let f = Facts {
                                    role: [None, Some(Role::Processor)]
                                        .get(i % 2)
                                        .copied()
                                        .flatten(),
                                    aware_at: Timestamp::parse_rfc3339("2026-11-20T09:00:00Z").ok(),
                                    breach,
                                    data,
                                    protection,
                                    exposure,
                                    vulnerable_subjects: *vulnerable,
                                    recovered,
                                    backup,
                                    key_compromised: recovered.map(|r| !r),
                                    malicious: backup,
                                    subjects: vulnerable.map(|v| if v { 1000 } else { 1 }),
                                    unavailable_hours: backup
                                        .map(|b| Decimal::from(if b { 2 } else { 30 })),
                                    high_risk_mitigated: exposure.map(|e| e == Exposure::Internal),
                                    disproportionate_effort: exposure
                                        .map(|e| e == Exposure::Public),
                                    public_communication: recovered,
                                    ..Facts::unknown()
                                };
                                visit(&f);
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn reason_capacities_hold_in_the_worst_case() {
    let mut most = 0;
    let mut count = 0;
    each_facts(|f| {
        let a = check_assessment(f);
        count += 1;
        let o = &a.obligations;
        most = most
            .max(a.risk.reasons.len())
            .max(o.authority.reasons.len())
            .max(o.data_subjects.reasons.len())
            .max(o.documentation.reasons.len());
    });
    assert!(count > 5_000);
    assert!(
        most < MAX_REASONS,
        "{most} reasons reach the capacity {MAX_REASONS}"
    );
    println!("most reasons in one list: {most} of {MAX_REASONS} over {count} fact sets");
}

//! Tests of the risk rule, the fact completions and the sweep over unknowns.

use super::rule::kind_tier;
use super::*;
use crate::decimal::Decimal;
use crate::facts::DataKind as D;
use crate::facts::{BreachKind, BreachKinds, DataKind, DataKinds, Exposure, Protection};

fn known() -> Known {
    // A minimal, harmless breach: staff saw a contact list and it was recovered.
    Known {
        recovered: true,
        ..Known::test_breach(D::Contact, 1, Exposure::Internal)
    }
}

/// The facts that state every decision field of `k` (the others unknown).
fn known_facts(k: &Known) -> Facts {
    Facts {
        breach: Some(k.breach),
        data: Some(k.data),
        subjects: Some(k.subjects),
        vulnerable_subjects: Some(k.vulnerable),
        protection: Some(k.protection),
        key_compromised: Some(k.key_compromised),
        exposure: Some(k.exposure),
        malicious: Some(k.malicious),
        recovered: Some(k.recovered),
        backup: Some(k.backup),
        unavailable_hours: Some(k.unavailable_hours),
        ..Facts::unknown()
    }
}

/// A deterministic xorshift64* generator from `seed`: each call gives a number below
/// its argument (0 for 0 or 1).
fn xorshift(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |n: usize| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1) as u64) as usize
    }
}

/// Facts known at the worst side with every decision field set to one of its
/// representative values, drawn by `next`.
fn random_representatives(next: &mut impl FnMut(usize) -> usize) -> Known {
    let mut k = Known::complete(&Facts::unknown(), Side::Worst, None);
    for f in DECISION_FIELDS {
        let mut n = 0;
        while k.set_value(f, n) {
            n += 1;
        }
        k.set_value(f, next(n));
    }
    k
}

/// Makes the decision field `field` of `facts` unknown (`None`: `unavailable_hours`).
fn forget(facts: &mut Facts, field: Option<&FactField>) {
    facts.forget(field.copied().unwrap_or(FactField::UnavailableHours));
}

/// The level of `facts` with unknowns at `side` (and `flip` opposite), without reasons.
fn level_at(facts: &Facts, side: Side, flip: Option<FactField>) -> Level {
    level(&Known::complete(facts, side, flip), &mut ReasonList::new())
}

fn lvl(k: Known) -> Level {
    level(&k, &mut ReasonList::new())
}

#[test]
fn confidentiality_ladder() {
    let k = known();
    assert_eq!(lvl(k), Level::Unlikely);
    let k = Known {
        recovered: false,
        exposure: Exposure::KnownRecipient,
        ..known()
    };
    assert_eq!(lvl(k), Level::Risk);
    let k = Known {
        recovered: true,
        exposure: Exposure::KnownRecipient,
        ..known()
    };
    assert_eq!(lvl(k), Level::Unlikely);
    let k = Known {
        recovered: false,
        exposure: Exposure::Public,
        ..known()
    };
    assert_eq!(lvl(k), Level::Risk);
    let k = Known {
        recovered: false,
        exposure: Exposure::MaliciousActor,
        data: DataKinds::new().with(D::Financial),
        ..known()
    };
    assert_eq!(lvl(k), Level::High);
}

#[test]
fn encryption_neutralises_confidentiality_not_availability() {
    let enc = Known {
        protection: Protection::Encrypted,
        exposure: Exposure::Public,
        recovered: false,
        data: DataKinds::new().with(D::Special),
        ..known()
    };
    assert_eq!(lvl(enc), Level::Unlikely);
    assert_eq!(
        lvl(Known {
            key_compromised: true,
            ..enc
        }),
        Level::High
    );
    let lost = Known {
        breach: enc.breach.with(BreachKind::Availability),
        backup: false,
        ..enc
    };
    assert_eq!(lvl(lost), Level::High);
    assert_eq!(
        lvl(Known {
            protection: Protection::Hashed,
            ..enc
        }),
        Level::Unlikely
    );
}

#[test]
fn special_category_is_never_unlikely_when_seen() {
    let k = Known {
        data: DataKinds::new().with(D::Special),
        ..known()
    };
    assert_eq!(lvl(k), Level::Risk);
    let k = Known {
        exposure: Exposure::KnownRecipient,
        ..k
    };
    assert_eq!(lvl(k), Level::Risk, "known recipient who deleted");
    let k = Known {
        recovered: false,
        ..k
    };
    assert_eq!(lvl(k), Level::High);
}

#[test]
fn vulnerable_people_and_many_people() {
    let k = Known {
        vulnerable: true,
        recovered: false,
        exposure: Exposure::UnknownRecipient,
        ..known()
    };
    assert_eq!(lvl(k), Level::High);
    let k = Known {
        subjects: MANY_SUBJECTS + 1,
        recovered: false,
        ..known()
    };
    assert_eq!(lvl(k), Level::Risk);
    let k = Known {
        subjects: MANY_SUBJECTS,
        recovered: false,
        ..known()
    };
    assert_eq!(lvl(k), Level::Unlikely);
}

#[test]
fn availability_thresholds() {
    let a = Known {
        breach: BreachKinds::new().with(BreachKind::Availability),
        unavailable_hours: Decimal::new(4, 0),
        ..known()
    };
    assert_eq!(lvl(a), Level::Unlikely);
    assert_eq!(
        lvl(Known {
            unavailable_hours: SIGNIFICANT_OUTAGE_HOURS,
            ..a
        }),
        Level::Risk
    );
    assert_eq!(
        lvl(Known {
            backup: false,
            recovered: false,
            ..a
        }),
        Level::Risk
    );
    let care = Known {
        data: DataKinds::new().with(D::Special),
        ..a
    };
    assert_eq!(lvl(care), Level::Risk);
    assert_eq!(
        lvl(Known {
            unavailable_hours: Decimal::new(48, 0),
            ..care
        }),
        Level::High
    );
    assert_eq!(
        lvl(Known {
            backup: false,
            recovered: false,
            ..care
        }),
        Level::High
    );
}

#[test]
fn integrity_rules() {
    let i = Known {
        breach: BreachKinds::new().with(BreachKind::Integrity),
        ..known()
    };
    assert_eq!(lvl(i), Level::Unlikely);
    let i = Known {
        recovered: false,
        ..i
    };
    assert_eq!(lvl(i), Level::Risk);
    let i = Known {
        backup: false,
        data: DataKinds::new().with(D::Special),
        ..i
    };
    assert_eq!(lvl(i), Level::High);
}

#[test]
fn no_breach_or_no_data_is_unlikely() {
    assert_eq!(
        lvl(Known {
            breach: BreachKinds::new(),
            ..known()
        }),
        Level::Unlikely
    );
    assert_eq!(
        lvl(Known {
            data: DataKinds::new(),
            ..known()
        }),
        Level::Unlikely
    );
}

#[test]
fn all_unknown_is_unknown_and_rests_on_the_deciding_fields() {
    let r = assess_risk(&Facts::unknown());
    assert_eq!(r.level, RiskLevel::Unknown);
    assert_eq!((r.at_least, r.at_most), (Level::Unlikely, Level::High));
    assert!(r.rests_on.contains(FactField::Breach));
    assert!(!r.rests_on.contains(FactField::HighRiskMitigated));
}

#[test]
fn levels_are_monotone_in_each_fact() {
    // Worsening any single fact never lowers the level (the premise of the two-sided
    // evaluation of unknowns).
    let facts = [
        Facts::unknown(),
        Facts {
            breach: Some(BreachKinds::new().with(BreachKind::Confidentiality)),
            ..Facts::unknown()
        },
        Facts {
            exposure: Some(Exposure::KnownRecipient),
            data: Some(DataKinds::new().with(D::Special)),
            ..Facts::unknown()
        },
        Facts {
            breach: Some(BreachKinds::new().with(BreachKind::Availability)),
            backup: Some(true),
            ..Facts::unknown()
        },
    ];
    for f in &facts {
        for field in DECISION_FIELDS {
            let worse = level_at(f, Side::Best, Some(field));
            assert!(worse >= level_at(f, Side::Best, None), "{field}");
            let better = level_at(f, Side::Worst, Some(field));
            assert!(better <= level_at(f, Side::Worst, None), "{field}");
        }
    }
}

/// Every completion of the unknown decision fields of `facts` (over the
/// representative values), by brute force.
fn completions(facts: &Facts, mut visit: impl FnMut(&Known)) {
    let unknown: heapless::Vec<FactField, 11> = DECISION_FIELDS
        .iter()
        .copied()
        .filter(|f| !facts.is_known(*f))
        .collect();
    fn go(k: Known, fields: &[FactField], visit: &mut impl FnMut(&Known)) {
        match fields.split_first() {
            None => visit(&k),
            Some((f, rest)) => {
                let mut i = 0;
                let mut next = k;
                while next.set_value(*f, i) {
                    go(next, rest, visit);
                    i += 1;
                }
            }
        }
    }
    go(
        Known::complete(facts, Side::Worst, None),
        &unknown,
        &mut visit,
    );
}

#[test]
fn unknowns_are_judged_exactly_against_brute_force() {
    // Deterministic random partial facts with up to four unknowns.
    let mut next = xorshift(0x2545_F491_4F6C_DD1D);
    for _ in 0..1000 {
        let k = random_representatives(&mut next);
        let mut facts = known_facts(&k);
        for _ in 0..=next(4) {
            forget(&mut facts, DECISION_FIELDS.get(next(DECISION_FIELDS.len())));
        }
        // Brute force: the set of levels, and which fields change it.
        let mut seen = [false; 3];
        completions(&facts, |c| {
            if let Some(s) = seen.get_mut(level(c, &mut ()) as usize) {
                *s = true;
            }
        });
        let decided = seen.iter().filter(|s| **s).count() == 1;
        let mut matters = FactFields::new();
        completions(&facts, |c| {
            for f in DECISION_FIELDS.iter().filter(|f| !facts.is_known(**f)) {
                let mut i = 0;
                let mut other = *c;
                while other.set_value(*f, i) {
                    if level(&other, &mut ()) != level(c, &mut ()) {
                        matters.insert(*f);
                    }
                    i += 1;
                }
            }
        });
        let r = assess_risk(&facts);
        // The range is decided exactly when every completion agrees; the level itself
        // is decided whenever the kind of breach is known (legal.md §5.1).
        assert_eq!(r.at_least == r.at_most, decided, "{facts:?}");
        assert_eq!(
            r.level == RiskLevel::Unknown,
            facts.breach.is_none(),
            "{facts:?}"
        );
        assert_eq!(r.rests_on, matters, "{facts:?}");
        // The same for the Art. 34 decision.
        let ds = |k: &Known| crate::obligations::art34_1_subjects::decide(k).0;
        let (mut yes, mut no) = (false, false);
        let mut matters = FactFields::new();
        completions(&facts, |c| {
            if ds(c) {
                yes = true
            } else {
                no = true
            }
            for f in DECISION_FIELDS.iter().filter(|f| !facts.is_known(**f)) {
                let mut i = 0;
                let mut other = *c;
                while other.set_value(*f, i) {
                    if ds(&other) != ds(c) {
                        matters.insert(*f);
                    }
                    i += 1;
                }
            }
        });
        let s = crate::obligations::art34_1_subjects::assess_subjects(&facts);
        assert_eq!(
            s.required.is_none(),
            yes && no && facts.breach.is_none(),
            "{facts:?}"
        );
        assert_eq!(s.rests_on, matters, "{facts:?}");
    }
}

/// The old sensitivity: the highest tier of the set's members, by iterator.
fn sensitivity_reference(data: DataKinds) -> u8 {
    data.iter().map(kind_tier).max().unwrap_or(0)
}

#[test]
fn sensitivity_matches_the_reference_on_every_set() {
    for mask in 0u32..(1 << DataKind::ALL.len()) {
        let data: DataKinds = DataKind::ALL
            .iter()
            .enumerate()
            .filter(|(bit, _)| mask & (1 << bit) != 0)
            .map(|(_, k)| *k)
            .collect();
        assert_eq!(sensitivity(data), sensitivity_reference(data), "{data:?}");
    }
}

#[test]
fn setting_a_field_changes_that_field_only() {
    let starts = [
        Known::complete(&Facts::unknown(), Side::Worst, None),
        Known::complete(&Facts::unknown(), Side::Best, None),
        known(),
    ];
    for start in starts {
        for f in DECISION_FIELDS {
            let mut changed: heapless::Vec<Known, 16> = heapless::Vec::new();
            for side in [Side::Best, Side::Worst] {
                let mut k = start;
                k.set_side(f, side);
                assert!(changed.push(k).is_ok());
            }
            let mut i = 0;
            let mut k = start;
            while k.set_value(f, i) {
                assert!(changed.push(k).is_ok());
                i += 1;
            }
            for k in &changed {
                for g in DECISION_FIELDS.iter().filter(|g| **g != f) {
                    assert!(k.same_at(&start, *g), "{f} changed {g}");
                }
                let mut back = *k;
                back.set_value(f, 0);
                let mut start0 = start;
                start0.set_value(f, 0);
                assert_eq!(back, start0, "{f}");
            }
        }
    }
}

#[test]
fn a_side_and_its_representative_value_give_the_same_level() {
    // The sweep reads the level of a side's representative value (`Known::side_value`)
    // instead of the side's own: at every grid point of random representatives, and at
    // points with values outside them, both give the same level.
    let mut next = xorshift(0x51DE_5EED_0BAD_CAFE);
    for case in 0..4000 {
        let mut k = random_representatives(&mut next);
        if case % 4 == 0 {
            k.subjects = [0, 50, MANY_SUBJECTS, u64::MAX]
                .get(next(4))
                .copied()
                .unwrap_or(1);
        }
        for f in DECISION_FIELDS {
            for side in [Side::Best, Side::Worst] {
                let mut extreme = k;
                extreme.set_side(f, side);
                let mut standing = k;
                assert!(standing.set_value(f, k.side_value(f, side)), "{f}");
                assert_eq!(
                    level(&extreme, &mut ()),
                    level(&standing, &mut ()),
                    "{f} {side:?} at {k:?}"
                );
            }
        }
    }
}

#[test]
fn no_field_has_more_representatives_than_the_sweep_caches() {
    let start = Known::complete(&Facts::unknown(), Side::Worst, None);
    for f in DECISION_FIELDS {
        let mut k = start;
        let max = super::sweep::MAX_FIELD_VALUES;
        assert!(!k.set_value(f, max), "{f} has more than {max} values");
    }
}

#[test]
fn one_sweep_matches_the_reference_search_per_decision() {
    // xorshift64*: deterministic random facts with 0 to 11 unknown decision fields
    // (so some fields are beyond the budget), known values inside and outside the
    // representative ones, and sometimes an Art. 34(3)(b)/(c) exemption.
    let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
    let mut open_cases = 0;
    for case in 0..1500 {
        let mut k = random_representatives(&mut next);
        if next(3) == 0 {
            k.data = DataKind::ALL
                .iter()
                .filter(|_| next(4) == 0)
                .copied()
                .collect();
        }
        if next(3) == 0 {
            k.subjects = [0, 1, 50, MANY_SUBJECTS, MANY_SUBJECTS + 1, u64::MAX]
                .get(next(6))
                .copied()
                .unwrap_or(1);
        }
        if next(3) == 0 {
            k.unavailable_hours = [
                Decimal::new(5, 0),
                Decimal::new(239, 1),
                Decimal::new(48, 0),
                Decimal::MAX,
            ]
            .get(next(4))
            .copied()
            .unwrap_or(Decimal::ZERO);
        }
        let mut facts = Facts {
            high_risk_mitigated: (next(8) == 0).then_some(true),
            disproportionate_effort: (next(8) == 0).then_some(true),
            ..known_facts(&k)
        };
        // Cycle through the number of unknowns so that every count is covered.
        for _ in 0..case % (DECISION_FIELDS.len() + 1) {
            forget(&mut facts, DECISION_FIELDS.get(next(DECISION_FIELDS.len())));
        }
        let found = RestsOn::of(&facts);
        let lvl = |k: &Known| level(k, &mut ());
        assert_eq!(found.level, flipping_fields(&facts, lvl), "{facts:?}");
        assert_eq!(
            found.notify,
            flipping_fields(&facts, |k| lvl(k) >= Level::Risk),
            "{facts:?}"
        );
        assert_eq!(
            found.high,
            flipping_fields(&facts, |k| lvl(k) == Level::High),
            "{facts:?}"
        );
        // What each obligation reports is the reference search of its own decision.
        let r = assess_risk(&facts);
        let reference = if r.at_least == r.at_most {
            FactFields::new()
        } else {
            flipping_fields(&facts, lvl)
        };
        assert_eq!(r.rests_on, reference, "{facts:?}");
        let s = crate::obligations::art34_1_subjects::assess_subjects(&facts);
        let ds = |k: &Known| crate::obligations::art34_1_subjects::decide(k).0;
        let open = ds(&Known::complete(&facts, Side::Best, None))
            != ds(&Known::complete(&facts, Side::Worst, None));
        let reference = if open {
            flipping_fields(&facts, ds)
        } else {
            FactFields::new()
        };
        assert_eq!(s.rests_on, reference, "{facts:?}");
        let a = crate::obligations::art33_1_authority::assess_authority(&facts, &r, None);
        if a.required.is_none() {
            let mut reference = flipping_fields(&facts, |k| lvl(k) >= Level::Risk);
            // The deadline facts the authority adds (both unknown here).
            reference.insert(FactField::AwareAt);
            assert_eq!(a.rests_on, reference, "{facts:?}");
        }
        open_cases += usize::from(!found.level.is_empty());
    }
    assert!(open_cases > 300, "too few undecided cases: {open_cases}");
}

/// EDPB 01/2021 Case No. 10 (§5.1.2): stolen, encrypted, remotely wiped devices with
/// children's data and a backup at hand: no notification. Vulnerable people must not
/// block `unlikely` when there was no outage; a real outage of their data still counts.
#[test]
fn vulnerable_people_do_not_turn_an_outage_that_never_happened_into_a_risk() {
    let k = Known {
        breach: BreachKinds::new()
            .with(BreachKind::Confidentiality)
            .with(BreachKind::Availability),
        vulnerable: true,
        protection: Protection::Encrypted,
        malicious: true,
        backup: true,
        unavailable_hours: Decimal::ZERO,
        ..Known::test_breach(D::Contact, 150, Exposure::MaliciousActor)
    };
    assert_eq!(lvl(k), Level::Unlikely);
    let outage = Known {
        unavailable_hours: Decimal::new(4, 0),
        ..k
    };
    assert_eq!(lvl(outage), Level::Risk);
}

/// EDPB 01/2021 Case No. 11 (§5.2.2): names, addresses and dates of birth of more than
/// 100,000 customers on a stolen unencrypted laptop: high risk. The scale raises the
/// severity one step (9/2022 §IV "number of affected individuals").
#[test]
fn a_large_scale_raises_the_severity() {
    let stolen = |subjects| Known {
        malicious: true,
        ..Known::test_breach(D::Contact, subjects, Exposure::MaliciousActor)
    };
    assert_eq!(lvl(stolen(500)), Level::Risk);
    assert_eq!(lvl(stolen(LARGE_SCALE_SUBJECTS)), Level::Risk);
    assert_eq!(lvl(stolen(LARGE_SCALE_SUBJECTS + 1)), Level::High);
    let mut reasons = ReasonList::new();
    level(&stolen(100_001), &mut reasons);
    assert!(reasons.contains(LARGE_SCALE.code));
}

/// legal.md §5.1 "Unknown facts": the assumed completion takes mitigations as not
/// established, aggravations as absent, exposure as unknown recipients; breach is left
/// to the caller (not assumed).
#[test]
fn the_policy_completion() {
    let k = Known::assumed(&Facts {
        breach: Some(BreachKinds::new().with(BreachKind::Confidentiality)),
        ..Facts::unknown()
    });
    assert_eq!(k.data, DataKinds::new().with(D::Other));
    assert!(!k.vulnerable && !k.malicious && !k.recovered && !k.backup);
    assert_eq!(k.protection, Protection::None);
    assert!(k.key_compromised);
    assert_eq!(k.exposure, Exposure::UnknownRecipient);
    assert!(k.subjects <= MANY_SUBJECTS);
    assert!(k.unavailable_hours >= SIGNIFICANT_OUTAGE_HOURS);
    // Ordinary data seen by unknown people: notify; the assumptions name exposure
    // (nobody saw it: unlikely) and the aggravations that would make it high.
    let a = Assumed::of(&Facts {
        breach: Some(BreachKinds::new().with(BreachKind::Confidentiality)),
        ..Facts::unknown()
    });
    assert_eq!(level(&a.known, &mut ()), Level::Risk);
    for f in [
        FactField::Data,
        FactField::VulnerableSubjects,
        FactField::Protection,
        FactField::Exposure,
    ] {
        assert!(a.level.contains(f), "{f:?} in {:?}", a.level);
    }
}

/// `risk.assumed_facts`: every unknown decision field with the value taken, written as
/// an object; nothing when the kind of breach is unknown.
#[test]
fn assumed_facts_name_every_unknown_decision_field() {
    let facts = Facts {
        breach: Some(BreachKinds::new().with(BreachKind::Confidentiality)),
        exposure: Some(Exposure::Public),
        ..Facts::unknown()
    };
    let r = assess_risk(&facts);
    assert_eq!(r.assumed_facts.get(FactField::Exposure), None);
    assert_eq!(
        r.assumed_facts.get(FactField::VulnerableSubjects),
        Some(FactValue::Bool(false))
    );
    assert_eq!(
        r.assumed_facts.get(FactField::Protection),
        Some(FactValue::Name("none"))
    );
    let mut buf = [0u8; 512];
    let n = serde_json_core::to_slice(&r.assumed_facts, &mut buf).unwrap_or(0);
    let json = core::str::from_utf8(buf.get(..n).unwrap_or_default()).unwrap_or("");
    assert!(
        json.starts_with(r#"{"data":["other"],"subjects":100,"vulnerable_subjects":false,"#),
        "{json}"
    );
    assert!(json.contains(r#""unavailable_hours":24"#), "{json}");
    let unknown = assess_risk(&Facts::unknown());
    assert!(unknown.assumed_facts.fields().is_empty());
}

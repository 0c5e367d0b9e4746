//! The six languages of issue 15 (`tests/fixtures/notices/new-languages/<xx>/`): notices
//! written by authors who never saw the cue data, 12 per language for tuning (`nNN-*`)
//! and 5 held out (`heldout/hNN-*`, never tuned on). Each set runs through the product
//! path end to end ([`breachnotice_tests::score_end_to_end`]: language detected, no facts)
//! and fails below per-language macro-F1 floors set just under the measured figures.
#![allow(
    clippy::panic,
    clippy::expect_used,
    reason = "test code: a panic is how a test reports a failure"
)]

use std::path::Path;

use breachnotice_tests::{LabelledNotice, load_labelled, score_end_to_end};

/// Tuning-set macro-F1 floors per language: every language measured 1.000 on its tuning
/// part when it was added (cs has two more short notices, `n13`/`n14`, written for
/// detection); each floor sits about one verdict below. pl (n15–n22) and pt (n13–n20) got
/// eight more blind-written notices each: untouched they measured pl 0.944 / pt 0.926 with
/// the rules of the time, 0.974 / 0.926 after a research-only widening of the delay
/// reasons, 1.000 / 1.000 once tuned (the whole pl and pt tuning sets 0.997). Eight more
/// blind notices each for sv and ro (`n13`–`n20`) measured untouched sv 0.930 and ro 0.970 (late authority notices'
/// delay reasons, a bare "risk is small", a membership-contact decoy, file size as record
/// count), both 1.000 after tuning by kind (delay reasons, advice and measures frames).
/// Six more blind notices per language (kinds still missed on held-out text: nature told
/// without "breach", late authority notices with reasons before or after the lateness
/// statement, advice as obligations and polite requests): untouched, pt n21–n26 0.954, ro
/// n21–n26 0.945, pl n23–n28 0.918 (whole sets pt 0.984, ro 0.990, pl 0.975); after
/// tuning by kind (a reason in the sentence before a lateness statement, `;` ends a
/// frame's clause, nature kinds, record nouns, advice openers) pt 0.998, ro 1.000, pl
/// 0.998. cs measured 0.953 with its six new notices untouched (its tuner raises it).
/// Six more blind notices each for el (`n13`–`n18`), cs (`n15`–`n20`) and sv (`n21`–`n26`)
/// measured untouched, on the whole tuning sets, el 0.994, cs 0.953, sv 0.978 with the
/// rules of the time and el 0.997, cs 0.956, sv 0.980 after a research-only widening of
/// the el/cs/sv data; tuned by kind (Greek recipients "of another client", Czech consequence
/// frames and third-person measure verbs, Czech hundreds as scale words, a data volume is
/// no count, Swedish negative imperatives and infinitive advice, measures asked of third
/// parties, a delay reason up to two sentences after the lateness statement in its
/// paragraph, one date not read as both awareness and notification) el, cs and sv 1.000.
/// Round 4 (session 8), six more blind notices each for cs (`n21`–`n26`), el (`n19`–`n24`)
/// and sv (`n27`–`n32`), measured untouched on the six: cs 0.781, el 0.792, sv 0.711 (whole
/// sets cs 0.954, el 0.955, sv 0.962; sv `n32` and el `n22` not even detected); after
/// tuning by kind (Greek-letter words are Greek hits, Swedish authority-form words; Czech
/// spaced dates `4. 12. 2026` and day-month `9. 11.`, Greek `3/11`; a web link's own
/// words are no contact anchor; nature without a breach word, consequences as fraud "in
/// your name" or others learning a secret, plain-past measures, no-action advice,
/// lateness headings) cs, el and sv 1.000 (floors kept one verdict below).
/// Session 9, eight more blind notices each for pt (`n36`–`n43`), ro (`n35`–`n42`) and pl
/// (`n37`–`n44`), of the kinds weakest on held-out text (late authority notices, counts and
/// categories of people, advice decoys): untouched on the eight, pt 0.945, ro 0.976, pl 0.969
/// (whole sets pt 0.989, ro 0.994, pl 0.993), the same after a research-only widening of
/// delay reasons, people nouns, amount verbs and Polish advice; after tuning by kind (a
/// lateness told as "a notificação só segue hoje", advice to a named processor is none,
/// consequences as others coming to know or "may lead to", Polish third-person and
/// "now only" measures, Polish `3.12` day-month dates, Romanian accounts as records, and pt
/// advice openers no longer advice on their own) pt, ro and pl 1.000 (floors kept one
/// verdict below).
/// Round 5 (session 9, `wr-b`), four more blind notices each for cs (`n29`–`n32`), el
/// (`n27`–`n30`) and sv (`n35`–`n38`): untouched, on the whole sets, cs 0.997, el 0.985,
/// sv 0.992 (new notices: cs 1 wrong verdict, el 5, sv 3); after tuning by kind (Czech
/// "nově/nyní …uje" measures and negated misuse, Greek "αφού" reasons, "στείλαμε" events,
/// visible-address nature, "στο εξής" measures, recipients as categories; Swedish ordering
/// lines are no contact point; Czech "k této události" contacts, Greek mobile numbers as
/// data) cs 1.000, el 0.998, sv 0.993 (left: el `n25` consequences and, in sv, two
/// verdicts whose labels are in doubt, `n36` advice and `n37` record_count).
/// Session 9 (`wr-d`), six more late Romanian authority notices (`n43`–`n48`): untouched
/// ro 0.993 (`n44` delay reasons and contact point, `n48` record count missed); after
/// tuning by kind ("nu am putut trimite … mai devreme", reasons announced as a list, a
/// dated reason explains a delay the dates show, "Pentru informații:", bookings and
/// orders as records) ro 1.000; floor kept at 0.99.
/// Session 11 (`wr-f1`), 14 late or on-time authority notices on delay reasons (ro
/// `n57`–`n60`, pl `n47`–`n48`, pt `n46`–`n47`, cs `n33`–`n34`, sv `n39`–`n40`, el
/// `n31`–`n32`): untouched with main's rules, delay_reasons cs 1.00/0.83 (`n33`: reasons in
/// the paragraph before "Z těchto důvodů …") and ro 0.95/1.00 (`n58`: a dash in the reasons
/// field), macro ro 0.988; with tune-f's field rule (written before they arrived) only cs
/// `n33` missed; tuned by kind (a back-reference "for these reasons" is a reason, in all
/// twelve languages) every delay_reasons 1.00 (ro 0.990, cs 1.000); floors unchanged.
const TUNE_FLOORS: &[(&str, f64)] = &[
    ("pl", 0.99),
    ("cs", 0.99),
    ("sv", 0.985),
    ("el", 0.99),
    ("pt", 0.99),
    ("ro", 0.99),
];

/// Held-out macro-F1 floors per language, set just under the figures measured once when
/// the language was added — all but cs and el below the 0.90 target, so these only
/// guard against regressions: pl 0.762, cs 0.888 at first (the short `h02-cs-ds` was not
/// detected; fixed by two short tuning notices of the language helper's own and wider
/// Czech detection words, no cue added for a held-out notice), then 0.937; sv 0.858,
/// el 0.911, pt 0.806, ro 0.881. Re-measured once after the tuners' second round on
/// eight more blind notices per language (session 6, no held-out notice opened): pl
/// 0.853, cs 0.937, sv 0.949, el 0.911, pt 0.806, ro 0.881.
/// Session 8: a fresh held-out part `h06`–`h11` per language (4 `ds`, 2 `sa`), written by
/// two blind writers who opened neither the engine nor any tuning or held-out notice,
/// because tuners had seen a few lines of `h01`–`h05`. Measured once, after the session's
/// tuning (no cue added for a held-out notice): on `h06`–`h11` pl 0.982, cs 0.962,
/// sv 1.000, el 0.977, pt 0.935, ro 0.970; on `h01`–`h05` unchanged pl 0.853, cs 0.967,
/// sv 0.959, el 0.937, pt 0.846, ro 0.899; on all eleven pl 0.943, cs 0.965, sv 0.984,
/// el 0.963, pt 0.910, ro 0.952 (the floors: about one verdict below).
/// Session 9, re-measured once after the session's tuning (blind notices of the weak kinds:
/// late authority notices and their reasons, counts and categories of people, advice decoys;
/// no held-out notice opened): on `h01`–`h05` pl 0.853, cs 0.967, sv 0.959, el 0.937,
/// pt 0.937 (was 0.846: its delay reasons now found), ro 0.899; on `h06`–`h11` pl 0.992,
/// cs 0.962, sv 1.000, el 0.977, pt 0.935, ro 1.000; on all eleven pl 0.949, cs 0.965,
/// sv 0.984, el 0.963, pt 0.940, ro 0.965. The pt floor moves up to 0.93.
/// Session 10: a fresh Romanian part `h12`–`h17` (3 `ds`, 3 `sa`, two of them late),
/// written by a blind writer to measure the delay-reason work honestly; measured before
/// and after that work (no held-out notice opened, nothing tuned on it): on `h12`–`h17`
/// ro 0.931 both times, on all seventeen ro 0.954 (`delay_reasons` 2 of 3 found, one
/// false positive), and one on-time notice reported with delay reasons
/// ([`HELDOUT_INAPPLICABLE_ALLOWED`]).
const HELDOUT_FLOORS: &[(&str, f64)] = &[
    ("pl", 0.93),
    ("cs", 0.95),
    ("sv", 0.97),
    ("el", 0.95),
    ("pt", 0.93),
    ("ro", 0.94),
];

/// Held-out notices on which `delay_reasons` may be reported present although their label
/// says it does not apply (an on-time notification), per language: the count measured on
/// the held-out part, never tuned on, kept as a ceiling like the floors above (a tuning
/// set allows none). Session 10: one Romanian notice of the fresh part `h12`–`h17`.
const HELDOUT_INAPPLICABLE_ALLOWED: &[(&str, usize)] = &[("ro", 1)];

fn load(lang: &str, heldout: bool) -> Vec<LabelledNotice> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/notices/new-languages")
        .join(lang);
    let all = load_labelled(&dir).unwrap_or_else(|e| panic!("{lang}: {e}"));
    all.into_iter()
        .filter(|n| n.path.components().any(|c| c.as_os_str() == "heldout") == heldout)
        .collect()
}

fn check(heldout: bool, floors: &[(&str, f64)]) {
    let set = if heldout { "heldout" } else { "tune" };
    for (lang, floor) in floors {
        let notices = load(lang, heldout);
        assert!(notices.len() >= 5, "{lang} {set}: {}", notices.len());
        let run = score_end_to_end(&notices);
        run.print(&format!("{lang} {set}"), notices.len());
        assert!(run.detected_wrong.is_empty(), "{:?}", run.detected_wrong);
        if heldout {
            let allowed = HELDOUT_INAPPLICABLE_ALLOWED
                .iter()
                .find(|(l, _)| l == lang)
                .map_or(0, |(_, n)| *n);
            println!(
                "{lang} {set}: delay_reasons present where it does not apply: {} (allowed {allowed})",
                run.inapplicable_present.len()
            );
            assert!(run.unknown_ids.is_empty(), "{:?}", run.unknown_ids);
            assert!(
                run.inapplicable_present.len() <= allowed,
                "{lang} {set}: delay_reasons reported present where it does not apply: {:?}",
                run.inapplicable_present
            );
        } else {
            run.assert_sound();
        }
        let f1 = run.scores.macro_f1(lang);
        assert!(
            f1 >= *floor,
            "{lang} {set}: macro-F1 {f1:.3} < floor {floor}"
        );
    }
}

#[test]
fn tune_end_to_end() {
    check(false, TUNE_FLOORS);
}

#[test]
fn heldout_end_to_end() {
    check(true, HELDOUT_FLOORS);
}

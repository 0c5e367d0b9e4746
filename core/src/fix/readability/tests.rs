//! Golden vectors, computed by hand (the arithmetic is in the comments): syllables per word
//! by the rules of [`super::syllables`], then the formula.

use super::*;

fn check(lang: Lang, text: &str, counts: Counts, tenths: i64, band: Band) {
    let r = readability(text, lang);
    // The vectors of the Flesch-family formulas do not use the long-word counts.
    let basic = |c: Counts| (c.sentences, c.words, c.syllables, c.letters);
    assert_eq!(
        r.map(|r| basic(r.counts)),
        Some(basic(counts)),
        "{lang:?} counts"
    );
    assert_eq!(r.map(|r| r.score_tenths), Some(tenths), "{lang:?} score");
    assert_eq!(r.map(|r| r.band), Some(band), "{lang:?} band");
}

#[test]
fn english_flesch_reading_ease() {
    // We(1) lost(1) your(1) data(2) | Change(1: silent e) your(1) password(2)
    // S = 2, W = 7, Y = 9, letters 2+4+4+4 + 6+4+8 = 32
    // 206.835 − 1.015 × 7/2 − 84.6 × 9/7 = 206.835 − 3.5525 − 108.771428… = 94.511071…
    // exactly (206835·14 − 1015·49 − 84600·18) / 14000 = 1323155 / 14000 → 94.5
    let counts = Counts {
        sentences: 2,
        words: 7,
        syllables: 9,
        letters: 32,
        long_words: 1,
        ..Counts::default()
    };
    check(
        Lang::En,
        "We lost your data. Change your password.",
        counts,
        945,
        Band::VeryEasy,
    );
}

#[test]
fn german_amstad() {
    // Wir(1) haben(2) Ihre(2) Daten(2) verloren(3) | Bitte(2) ändern(2) Sie(1) Ihr(1)
    // Passwort(2): S = 2, W = 10, Y = 18, letters 3+5+4+5+8 + 5+6+3+3+8 = 50
    // 180 − 10/2 − 58.5 × 18/10 = 180 − 5 − 105.3 = 69.7
    let counts = Counts {
        sentences: 2,
        words: 10,
        syllables: 18,
        letters: 50,
        long_words: 2,
        ..Counts::default()
    };
    check(
        Lang::De,
        "Wir haben Ihre Daten verloren. Bitte ändern Sie Ihr Passwort.",
        counts,
        697,
        Band::Standard,
    );
}

#[test]
fn french_kandel_moles() {
    // Nous(1) avons(2) perdu(2) vos(1) données(2) | Changez(2) votre(1: mute e) mot(1)
    // de(1) passe(1: mute e): S = 2, W = 10, Y = 14, letters 4+5+5+3+7 + 7+5+3+2+5 = 46
    // 207 − 1.015 × 10/2 − 73.6 × 14/10 = 207 − 5.075 − 103.04 = 98.885 → 98.9
    let counts = Counts {
        sentences: 2,
        words: 10,
        syllables: 14,
        letters: 46,
        long_words: 2,
        ..Counts::default()
    };
    check(
        Lang::Fr,
        "Nous avons perdu vos données. Changez votre mot de passe.",
        counts,
        989,
        Band::VeryEasy,
    );
}

#[test]
fn spanish_fernandez_huerta() {
    // Hemos(2) perdido(3) sus(1) datos(2) | Cambie(2: "ie" a diphthong) su(1)
    // contraseña(4): S = 2, W = 7, Y = 15, letters 5+7+3+5 + 6+2+10 = 38
    // P = 100 × 15/7 = 214.2857…, F = 100 × 2/7 = 28.5714…
    // 206.84 − 0.60 × 214.2857… − 1.02 × 28.5714… = 206.84 − 128.5714… − 29.1428… = 49.1257…
    // exactly (206840·7 − 60000·15 − 102000·2) / 7000 = 343880 / 7000 → 49.1
    let counts = Counts {
        sentences: 2,
        words: 7,
        syllables: 15,
        letters: 38,
        long_words: 2,
        ..Counts::default()
    };
    check(
        Lang::Es,
        "Hemos perdido sus datos. Cambie su contraseña.",
        counts,
        491,
        Band::Difficult,
    );
}

#[test]
fn italian_gulpease() {
    // Letters: Abbiamo(7) perso(5) i(1) tuoi(4) dati(4) | Cambia(6) la(2) password(8)
    // S = 2, W = 8, L = 37 (syllables 3+2+1+1+2 + 2+1+2 = 14, unused by Gulpease)
    // 89 + (300 × 2 − 10 × 37) / 8 = 89 + 230/8 = 89 + 28.75 = 117.75 → 117.8 (half up)
    let counts = Counts {
        sentences: 2,
        words: 8,
        syllables: 14,
        letters: 37,
        long_words: 2,
        ..Counts::default()
    };
    check(
        Lang::It,
        "Abbiamo perso i tuoi dati. Cambia la password.",
        counts,
        1178,
        Band::Easy,
    );
}

#[test]
fn dutch_flesch_douma() {
    // Wij(1) zijn(1) uw(1) gegevens(3) kwijt(1) | Wijzig(2) uw(1) wachtwoord(2)
    // S = 2, W = 8, Y = 12, letters 3+4+2+8+5 + 6+2+10 = 40
    // 206.835 − 0.93 × 8/2 − 77 × 12/8 = 206.835 − 3.72 − 115.5 = 87.615 → 87.6
    let counts = Counts {
        sentences: 2,
        words: 8,
        syllables: 12,
        letters: 40,
        long_words: 2,
        ..Counts::default()
    };
    check(
        Lang::Nl,
        "Wij zijn uw gegevens kwijt. Wijzig uw wachtwoord.",
        counts,
        876,
        Band::Easy,
    );
}

#[test]
fn polish_fog_pl() {
    // Ktoś(1) ukradł(2) nasze(2) dane(2) | Prosimy(3) o(1) natychmiastową(5: na-tych-mia-
    // sto-wą) zmianę(2: zmia-nę) hasła(2): S = 2, W = 9, Y = 20, hard words (≥ 4
    // syllables) H = 1, letters 4+6+5+4 + 7+1+14+6+5 = 52, long words (> 6 letters) 2
    // 0.4 × (9/2 + 100 × 1/9) = (2·81 + 200·1·2) / (5·2·9) = 562/90 = 6.244… → 6.2
    let text = "Ktoś ukradł nasze dane. Prosimy o natychmiastową zmianę hasła.";
    let counts = Counts {
        sentences: 2,
        words: 9,
        syllables: 20,
        letters: 52,
        polysyllables: 1,
        long_words: 2,
    };
    check(Lang::Pl, text, counts, 62, Band::Easy);
    assert_eq!(readability(text, Lang::Pl).map(|r| r.counts), Some(counts));
    assert_eq!(
        readability(text, Lang::Pl).map(|r| r.formula),
        Some("fog_pl")
    );
    // A long sentence of long words is hard: 14 words, 10 of them of ≥ 4 syllables,
    // 0.4 × (14 + 100 × 10/14) ≈ 34.2.
    let hard = "Administrator niezwłocznie poinformował właściwego inspektora o                 nieuprawnionym udostępnieniu kategorii danych osobowych podmiotów                 przetwarzających dokumentację.";
    assert_eq!(
        readability(hard, Lang::Pl).map(|r| r.band),
        Some(Band::VeryDifficult)
    );
}

#[test]
fn czech_lix() {
    // Útočník(7 letters, 3 syllables) ukradl(6, 2) naše(4, 2) data(4, 2) | Změňte(6, 2)
    // prosím(6, 2) heslo(5, 2): S = 2, W = 7, Y = 15, letters 38, long words (> 6
    // letters) L = 1, none of ≥ 4 syllables
    // 7/2 + 100 × 1/7 = (49 + 100·1·2) / (2·7) = 249/14 = 17.785… → 17.8
    let text = "Útočník ukradl naše data. Změňte prosím heslo.";
    let counts = Counts {
        sentences: 2,
        words: 7,
        syllables: 15,
        letters: 38,
        polysyllables: 0,
        long_words: 1,
    };
    check(Lang::Cs, text, counts, 178, Band::VeryEasy);
    assert_eq!(readability(text, Lang::Cs).map(|r| r.counts), Some(counts));
    assert_eq!(readability(text, Lang::Cs).map(|r| r.formula), Some("lix"));
    // Official prose: 10 words, 8 of them long, one sentence: 10 + 100 × 8/10 = 90.
    let hard = "Správce neprodleně informoval příslušného pověřence o neoprávněném \
                zpřístupnění osobních údajů.";
    assert_eq!(
        readability(hard, Lang::Cs).map(|r| r.band),
        Some(Band::VeryDifficult)
    );
}

#[test]
fn portuguese_flesch_martins() {
    // Perdemos(3) os(1) seus(1: "eu") dados(2) | Altere(3) a(1) sua(1: "ua") senha(2)
    // S = 2, W = 8, Y = 14, letters 8+2+4+5 + 6+1+3+5 = 34
    // 248.835 − 1.015 × 8/2 − 84.6 × 14/8 = 248.835 − 4.06 − 148.05 = 96.725 → 96.7
    // exactly (248835·16 − 1015·64 − 84600·28) / 16000 = 1547600 / 16000
    let counts = Counts {
        sentences: 2,
        words: 8,
        syllables: 14,
        letters: 34,
        long_words: 1,
        ..Counts::default()
    };
    check(
        Lang::Pt,
        "Perdemos os seus dados. Altere a sua senha.",
        counts,
        967,
        Band::VeryEasy,
    );
}

#[test]
fn romanian_lix() {
    // Words: Am(2) pierdut(7) datele(6) dumneavoastră(13) | Schimbați(9) parola(6)
    // S = 2, W = 6, long words (> 6 letters) L = 3 (pierdut, dumneavoastră, Schimbați),
    // letters 2+7+6+13+9+6 = 43; syllables 1+2+3+4+3+3 = 16 (unused by LIX)
    // 6/2 + 100 × 3/6 = 3 + 50 = 53.0: difficult (LIX 50–60, see `lix::band`)
    // exactly (6·6 + 100·3·2) / (2·6) = 636 / 12
    let counts = Counts {
        sentences: 2,
        words: 6,
        syllables: 16,
        letters: 43,
        long_words: 3,
        ..Counts::default()
    };
    let text = "Am pierdut datele dumneavoastră. Schimbați parola.";
    check(Lang::Ro, text, counts, 530, Band::Difficult);
    // The legacy cedilla spelling counts the same.
    check(
        Lang::Ro,
        "Am pierdut datele dumneavoastră. Schimbaţi parola.",
        counts,
        530,
        Band::Difficult,
    );
}

#[test]
fn a_long_technical_sentence_is_hard() {
    // One sentence of 22 long words: whatever the exact syllables, far below 30.
    let text = "Unauthorized exfiltration of personally identifiable information \
                necessitated comprehensive remediation activities including credential \
                invalidation, infrastructure hardening and additional monitoring \
                capabilities deployment immediately afterwards.";
    let r = readability(text, Lang::En);
    let c = r.map(|r| r.counts).unwrap_or_default();
    assert_eq!((c.sentences, c.words), (1, 22));
    // Flesch from the counted syllables, by the formula in tenths:
    let expected = Ratio {
        num: 206_835 * 22 - 1015 * 22 * 22 - 84_600 * i128::from(c.syllables),
        den: 22_000,
    }
    .tenths();
    assert_eq!(r.map(|r| r.score_tenths), Some(expected));
    assert_eq!(r.map(|r| r.band), Some(Band::VeryDifficult));
}

#[test]
fn numbers_addresses_and_links_are_not_words() {
    let a = count(
        "Write to dpo@example.com or see https://example.com/help on 12 May.",
        Lang::En,
    );
    // Write, to, or, see, on, May
    assert_eq!(a.words, 6);
    assert_eq!(a.sentences, 1);
    assert_eq!(readability("2026 — 12:00", Lang::En), None);
}

#[test]
fn rounding_is_half_away_from_zero() {
    assert_eq!(
        Ratio {
            num: 98885,
            den: 1000
        }
        .tenths(),
        989
    );
    assert_eq!(
        Ratio {
            num: -12275,
            den: 1000
        }
        .tenths(),
        -123
    );
    assert_eq!(
        Ratio {
            num: 87615,
            den: 1000
        }
        .tenths(),
        876
    );
    assert_eq!(Ratio { num: 0, den: 7 }.tenths(), 0);
}

#[test]
fn score_is_a_json_number_with_one_decimal() {
    extern crate std;
    for (tenths, json) in [
        (945, "94.5"),
        (5, "0.5"),
        (-123, "-12.3"),
        (0, "0.0"),
        (1000, "100.0"),
    ] {
        let mut buf = [0u8; 16];
        let n = serde_json_core::to_slice(&Tenths(tenths), &mut buf).unwrap_or(0);
        assert_eq!(
            core::str::from_utf8(buf.get(..n).unwrap_or_default()),
            Ok(json)
        );
    }
}

#[test]
fn swedish_lix() {
    // Vi(2) har(3) tappat(6) bort(4) dina(4) uppgifter(9) | Byt(3) lösenord(8)
    // S = 2, W = 8, long words (more than six letters): uppgifter, lösenord = 2,
    // letters 2+3+6+4+4+9 + 3+8 = 39; syllables (vowel groups) 1+1+2+1+2+3 + 1+3 = 14
    // LIX = 8/2 + 100 × 2/8 = 4 + 25 = 29.0 → below 30: very easy
    let counts = Counts {
        sentences: 2,
        words: 8,
        syllables: 14,
        letters: 39,
        long_words: 2,
        ..Counts::default()
    };
    check(
        Lang::Sv,
        "Vi har tappat bort dina uppgifter. Byt lösenord.",
        counts,
        290,
        Band::VeryEasy,
    );
    // One sentence of 10 words, 5 of them long (letters in brackets):
    // Incidenten(10) berörde(7) kundregistret(13) och(3) personuppgiftsbiträdet(22)
    // har(3) informerat(10) oss(3) om(2) den(3)
    // LIX = 10/1 + 100 × 5/10 = 60.0 → 60 and above: very difficult
    let r = readability(
        "Incidenten berörde kundregistret och personuppgiftsbiträdet har informerat oss om den.",
        Lang::Sv,
    );
    assert_eq!(
        r.map(|r| (r.counts.words, r.counts.long_words)),
        Some((10, 5))
    );
    assert_eq!(r.map(|r| r.score_tenths), Some(600));
    assert_eq!(r.map(|r| r.band), Some(Band::VeryDifficult));
}

#[test]
fn greek_lix() {
    // Χάσαμε(6) τα(2) δεδομένα(8) σας(3) | Αλλάξτε(7) τον(3) κωδικό(6) σας(3)
    // S = 2, W = 8, long words (more than six letters): δεδομένα, Αλλάξτε = 2,
    // letters 6+2+8+3 + 7+3+6+3 = 38; syllables (vowel groups, tonos folded)
    // 3+1+4+1 + 3+1+3+1 = 17
    // LIX = 8/2 + 100 × 2/8 = 4 + 25 = 29.0 → below 30: very easy
    let counts = Counts {
        sentences: 2,
        words: 8,
        syllables: 17,
        letters: 38,
        long_words: 2,
        ..Counts::default()
    };
    check(
        Lang::El,
        "Χάσαμε τα δεδομένα σας. Αλλάξτε τον κωδικό σας.",
        counts,
        290,
        Band::VeryEasy,
    );
}

#[test]
fn long_division_gives_what_the_operators_give() {
    let values = [
        0,
        1,
        7,
        9,
        10,
        99,
        1_000_000_007,
        i128::from(i64::MAX),
        i128::MAX,
        i128::MAX - 1,
    ];
    for &a in &values {
        for n in [a, -a, i128::MIN] {
            for &d in values.iter().filter(|&&d| d > 0) {
                assert_eq!(super::div_rem(n, d), (n / d, n % d), "{n} / {d}");
            }
        }
    }
}

//! Language-wide data for French (`fr`).
//!
//! Sources: month and weekday names and abbreviations per the Imprimerie nationale's
//! *Lexique des règles typographiques*; separators per CLDR `fr` (a narrow no-break space
//! groups thousands; a plain space, a no-break space and, in older or Belgian usage, `.`
//! also occur); stopwords are the most frequent French function words (cf. Lexique 3
//! frequencies), minus those also frequent in another supported language (`de`, `la`,
//! `le`, `il`, `en`, `un`, `que`, `se`, `si`, `ne`, `non`, `des`, `y`, `tres`, `son`, and the
//! elided `l` shared with Italian). Elisions split into words: `d'une` → `d une`, `qu'il`
//! → `qu il`, `n'avons` → `n avons`, so `d`, `qu` and `n` are French stopwords.
//! Normalised: `février` → `fevrier`, `août` → `aout`, `été` → `ete`.

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Fr,
    months: [
        &["janvier", "janv"],
        &["fevrier", "fevr", "fev"],
        &["mars"],
        &["avril", "avr"],
        &["mai"],
        &["juin"],
        &["juillet", "juil"],
        &["aout"],
        &["septembre", "sept"],
        &["octobre", "oct"],
        &["novembre", "nov"],
        &["decembre", "dec"],
    ],
    weekdays: [
        &["lundi", "lun"],
        &["mardi", "mar"],
        &["mercredi", "mer"],
        &["jeudi", "jeu"],
        &["vendredi", "ven"],
        &["samedi", "sam"],
        &["dimanche", "dim"],
    ],
    thousands_separators: &[' ', '\u{a0}', '\u{202f}', '.'],
    decimal_separator: ',',
    scale_words: &[
        ("mille", 1_000),
        ("milliard", 1_000_000_000),
        ("milliards", 1_000_000_000),
        ("million", 1_000_000),
        ("millions", 1_000_000),
    ],
    number_words: &[
        ("centaine", 100),
        ("centaines", 100),
        ("cinq", 5),
        ("deux", 2),
        ("dix", 10),
        ("dizaine", 10),
        ("dizaines", 10),
        ("douzaine", 12),
        ("douze", 12),
        ("huit", 8),
        ("millier", 1_000),
        ("milliers", 1_000),
        ("neuf", 9),
        ("onze", 11),
        ("plusieurs", 3),
        ("quatre", 4),
        ("sept", 7),
        ("six", 6),
        ("trois", 3),
    ],
    stopwords: &[
        "afin", "ainsi", "alors", "apres", "aucun", "aucune", "aupres", "aussi", "autre",
        "autres", "aux", "avec", "avez", "avons", "ayant", "car", "cela", "celle", "celles",
        "celui", "cependant", "certaines", "certains", "ces", "cet", "cette", "ceux", "chaque",
        "chez", "comme", "d", "dans", "deja", "depuis", "donc", "dont", "egalement", "elle",
        "elles", "encore", "est", "etant", "ete", "etre", "ils", "jusqu", "leur", "leurs",
        "lors", "lorsqu", "lorsque", "lui", "meme", "n", "nos", "notamment", "notre", "nous",
        "ont", "par", "pas", "peut", "peuvent", "plus", "pour", "pouvez", "puisque", "qu",
        "quand", "quelques", "qui", "sans", "selon", "ses", "soit", "sont", "sous", "sur",
        "tous", "tout", "toute", "toutefois", "toutes", "une", "vers", "vos", "votre", "vous",
    ],
    domain_words: &[
        "acces", "autorite", "caractere", "concernees", "concernes", "controle", "delegue",
        "donnees", "informations", "personnelles", "securite", "traitement",
    ],
};

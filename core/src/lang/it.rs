//! Language-wide data for Italian (`it`).
//!
//! Sources: month and weekday names and abbreviations per the Accademia della Crusca's
//! usage notes; separators per CLDR `it` (`.` groups thousands); stopwords are the most
//! frequent Italian function words (cf. the CoLFIS frequency list), minus those also
//! frequent in another supported language (`di` is kept; `il`, `la`, `le`, `lo`, `un`,
//! `una`, `in`, `con`, `del`, `al`, `da`, `non`, `ne`, `se`, `si`, `su`, `o`, `ha`, the
//! elided `l` and `all` are left out). Elisions split into words: `dell'accesso` →
//! `dell accesso`, so `dell`, `nell`, `dall`, `sull` are Italian stopwords. `è` folds to
//! `e`, which is left out too (it would also be the conjunction of another language).
//! Normalised: `lunedì` → `lunedi`, `più` → `piu`, `perché` → `perche`.

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::It,
    months: [
        &["gennaio", "gen"],
        &["febbraio", "feb"],
        &["marzo", "mar"],
        &["aprile", "apr"],
        &["maggio", "mag"],
        &["giugno", "giu"],
        &["luglio", "lug"],
        &["agosto", "ago"],
        &["settembre", "set", "sett"],
        &["ottobre", "ott"],
        &["novembre", "nov"],
        &["dicembre", "dic"],
    ],
    weekdays: [
        &["lunedi", "lun"],
        &["martedi", "mar"],
        &["mercoledi", "mer"],
        &["giovedi", "gio"],
        &["venerdi", "ven"],
        &["sabato", "sab"],
        &["domenica", "dom"],
    ],
    thousands_separators: &['.'],
    decimal_separator: ',',
    scale_words: &[
        ("mila", 1_000),
        ("miliardi", 1_000_000_000),
        ("miliardo", 1_000_000_000),
        ("milione", 1_000_000),
        ("milioni", 1_000_000),
        ("mille", 1_000),
        ("mld", 1_000_000_000),
        ("mln", 1_000_000),
    ],
    number_words: &[
        ("centinaia", 100),
        ("cento", 100),
        ("cinque", 5),
        ("decine", 10),
        ("dieci", 10),
        ("diverse", 3),
        ("diversi", 3),
        ("dodici", 12),
        ("dozzina", 12),
        ("due", 2),
        ("migliaia", 1_000),
        ("nove", 9),
        ("otto", 8),
        ("quattro", 4),
        ("sei", 6),
        ("sette", 7),
        ("tre", 3),
        ("undici", 11),
    ],
    stopwords: &[
        "abbiamo", "ad", "affinche", "agli", "alcune", "alcuni", "alla", "alle", "allo",
        "altra", "altre", "altri", "altro", "anche", "ancora", "avete", "che", "ci", "cio",
        "circa", "codesto", "come", "cosi", "cui", "dai", "dal", "dall", "dalla", "dalle",
        "degli", "dei", "dell", "della", "delle", "dello", "deve", "devono", "di", "dopo",
        "dove", "ed", "essere", "eventuale", "eventuali", "fra", "gia", "gli", "hanno",
        "inoltre", "lei", "loro", "mentre", "nei", "nel", "nell", "nella", "nelle", "nessun",
        "nessuna", "nonche", "nostra", "nostre", "nostri", "nostro", "nulla", "ogni", "oppure",
        "ossia", "ovvero", "per", "perche", "pertanto", "piu", "potrebbe", "potrebbero",
        "presso", "puo", "qualche", "quale", "quali", "qualora", "quando", "quella", "quelle",
        "quelli", "quello", "questa", "queste", "questi", "questo", "sempre", "senza", "sia",
        "siamo", "sono", "stata", "state", "stati", "stato", "stessa", "stesso", "sue", "sui",
        "sul", "sull", "sulla", "suo", "suoi", "tra", "tuttavia", "tutte", "tutti", "tutto",
        "vostra", "vostre", "vostri", "vostro",
    ],
    domain_words: &[
        "accesso", "dati", "garante", "informazioni", "interessati", "personali", "protezione",
        "sicurezza", "titolare", "trattamento", "violazione",
    ],
};

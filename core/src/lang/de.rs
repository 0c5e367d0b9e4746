//! Language-wide data for German (`de`).
//!
//! Sources: month and weekday names per Duden (including the Austrian `Jänner` and
//! `Feber`, and `Sonnabend`), abbreviations per DIN 5008; separators per CLDR `de` (`.`
//! groups thousands; DIN 5008 also allows a space, written as NBSP or narrow NBSP in
//! typeset text); stopwords are the most frequent German function words (cf. the Leipzig
//! Wortschatz frequency list), minus those also frequent in another supported language
//! (`die` and `als` are frequent in Dutch, `an` in English, `es` and `da` in
//! Spanish/Italian, `in` everywhere, `was` in English, `hier` and `wie` in Dutch).
//! Normalised: `März` → `marz`, `über` → `uber`, `dass`/`daß` → `dass`.
//!
//! The two-letter weekday abbreviations (`mo`, `di`, `do`, …) are also ordinary words:
//! a date detector must only accept them next to a date.

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::De,
    months: [
        &["januar", "jan", "janner"],
        &["februar", "feb", "feber"],
        &["marz", "mar", "mrz"],
        &["april", "apr"],
        &["mai"],
        &["juni", "jun"],
        &["juli", "jul"],
        &["august", "aug"],
        &["september", "sep", "sept"],
        &["oktober", "okt"],
        &["november", "nov"],
        &["dezember", "dez"],
    ],
    weekdays: [
        &["montag", "mo"],
        &["dienstag", "di"],
        &["mittwoch", "mi"],
        &["donnerstag", "do"],
        &["freitag", "fr"],
        &["samstag", "sa", "sonnabend"],
        &["sonntag", "so"],
    ],
    thousands_separators: &['.', ' ', '\u{a0}', '\u{202f}'],
    decimal_separator: ',',
    scale_words: &[
        ("milliarde", 1_000_000_000),
        ("milliarden", 1_000_000_000),
        ("million", 1_000_000),
        ("millionen", 1_000_000),
        ("mio", 1_000_000),
        ("mrd", 1_000_000_000),
        ("tausend", 1_000),
        ("tsd", 1_000),
    ],
    number_words: &[
        ("acht", 8),
        ("drei", 3),
        ("dutzend", 12),
        ("dutzende", 12),
        ("elf", 11),
        ("funf", 5),
        ("hundert", 100),
        ("hunderte", 100),
        ("mehrere", 3),
        ("neun", 9),
        ("sechs", 6),
        ("sieben", 7),
        ("tausende", 1_000),
        ("vier", 4),
        ("zehn", 10),
        ("zwei", 2),
        ("zwolf", 12),
    ],
    stopwords: &[
        "aber", "allerdings", "auch", "auf", "aus", "bei", "beim", "bereits", "bis", "bitte",
        "bzw", "dabei", "dadurch", "daher", "damit", "dann", "darauf", "darum", "dass", "dem",
        "denen", "der", "deren", "dessen", "dich", "dies", "diese", "diesem", "diesen",
        "dieser", "dieses", "doch", "durch", "ein", "eine", "einem", "einen", "einer", "eines",
        "einige", "einigen", "etwa", "etwas", "falls", "fur", "gegen", "ggf", "habe", "haben",
        "hat", "hatte", "hatten", "hierzu", "ich", "ihm", "ihnen", "ihr", "ihre", "ihrem",
        "ihren", "ihrer", "ihrerseits", "ihres", "im", "ist", "jedem", "jeder", "jedes",
        "jedoch", "jeweils", "kann", "kein", "keine", "keinen", "konnen", "konnte", "konnten",
        "mit", "moglich", "moglichst", "muss", "mussen", "musste", "nach", "nachdem", "nicht",
        "noch", "nur", "ob", "oder", "ohne", "seit", "sich", "sie", "sind", "sodass", "sollte",
        "sollten", "sowie", "uber", "und", "uns", "unser", "unsere", "unserem", "unseren",
        "unserer", "unter", "vom", "von", "vor", "wahrend", "war", "weil", "weitere",
        "weiteren", "welche", "welcher", "wenn", "werden", "wir", "wird", "wurde", "wurden",
        "zu", "zudem", "zum", "zur", "zwischen",
    ],
    domain_words: &[
        "aufsichtsbehorde", "betroffene", "betroffenen", "daten", "datenschutz",
        "personenbezogene", "personenbezogenen", "schutzes", "unbefugt", "unbefugte",
        "unbefugten", "verantwortliche", "verantwortlichen", "verarbeitung", "verletzung",
    ],
};

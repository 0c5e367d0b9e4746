//! Language-wide data for Dutch (`nl`).
//!
//! Sources: month and weekday names and abbreviations per the Taalunie's *Taaladvies*
//! (`mrt` for `maart`); separators per CLDR `nl` (`.` groups thousands); stopwords are the
//! most frequent Dutch function words (cf. the SoNaR frequency list), minus those also
//! frequent in another supported language (`de`, `en`, `in`, `is`, `die`, `als`, `we`,
//! `was`, `hier`, `wie`, `of`, `over`, `had`, `al`, `na`, `werden`, `alle`). The digraph
//! `ĳ` folds to `ij`.

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Nl,
    months: [
        &["januari", "jan"],
        &["februari", "feb"],
        &["maart", "mrt", "mar"],
        &["april", "apr"],
        &["mei"],
        &["juni", "jun"],
        &["juli", "jul"],
        &["augustus", "aug"],
        &["september", "sep", "sept"],
        &["oktober", "okt"],
        &["november", "nov"],
        &["december", "dec"],
    ],
    weekdays: [
        &["maandag", "ma"],
        &["dinsdag", "di"],
        &["woensdag", "wo"],
        &["donderdag", "do"],
        &["vrijdag", "vr"],
        &["zaterdag", "za"],
        &["zondag", "zo"],
    ],
    thousands_separators: &['.'],
    decimal_separator: ',',
    scale_words: &[
        ("duizend", 1_000),
        ("miljard", 1_000_000_000),
        ("miljoen", 1_000_000),
        ("mld", 1_000_000_000),
        ("mln", 1_000_000),
    ],
    number_words: &[
        ("acht", 8),
        ("drie", 3),
        ("duizenden", 1_000),
        ("elf", 11),
        ("honderd", 100),
        ("honderden", 100),
        ("meerdere", 3),
        ("miljoenen", 1_000_000),
        ("negen", 9),
        ("tien", 10),
        ("tientallen", 10),
        ("twaalf", 12),
        ("twee", 2),
        ("vier", 4),
        ("vijf", 5),
        ("zes", 6),
        ("zeven", 7),
    ],
    stopwords: &[
        "aan", "bent", "bij", "daar", "daardoor", "daarna", "daarom", "dan", "dat", "deze", "dit",
        "door", "echter", "een", "geen", "haar", "hebben", "heeft", "hem", "hen", "het", "hierbij",
        "hiervan", "hoe", "hun", "iets", "ik", "jij", "jou", "jouw", "kunnen", "kunt", "maar",
        "met", "mij", "mijn", "moet", "mogelijk", "naar", "niet", "niets", "nog", "omdat", "ons",
        "onze", "ook", "op", "sinds", "tegen", "ten", "ter", "tot", "tussen", "u", "uit", "uw",
        "van", "vanwege", "veel", "voor", "waar", "wanneer", "want", "wat", "welke", "werd", "wij",
        "wil", "worden", "wordt", "zal", "zich", "zij", "zijn", "zo", "zodat", "zonder", "zou",
        "zullen",
    ],
    domain_words: &[
        "autoriteit",
        "betrokkene",
        "betrokkenen",
        "beveiliging",
        "datalek",
        "gegevens",
        "inbreuk",
        "informatie",
        "persoonsgegevens",
        "toegang",
        "toezichthouder",
        "verwerking",
        "verwerkingsverantwoordelijke",
    ],
};

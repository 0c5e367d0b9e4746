//! Language-wide data for English (`en`).
//!
//! Sources: month and weekday names and their abbreviations as in the Oxford style guide
//! (New Hart's Rules, ch. 11); separators per CLDR `en` number symbols; stopwords are the
//! most frequent English function words (cf. the Brown corpus frequency list), minus those
//! also frequent in another supported language (`in`, `is`, `we`, `was`, `an`, `so`,
//! `also`, `over`, `on`, `no`, `me`, `all` — these collide with de/nl/fr/it/es words).
//! Every string is in the normalised cue form of [`crate::elements::cue`].

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::En,
    months: [
        &["january", "jan"],
        &["february", "feb"],
        &["march", "mar"],
        &["april", "apr"],
        &["may"],
        &["june", "jun"],
        &["july", "jul"],
        &["august", "aug"],
        &["september", "sep", "sept"],
        &["october", "oct"],
        &["november", "nov"],
        &["december", "dec"],
    ],
    weekdays: [
        &["monday", "mon"],
        &["tuesday", "tue", "tues"],
        &["wednesday", "wed"],
        &["thursday", "thu", "thur", "thurs"],
        &["friday", "fri"],
        &["saturday", "sat"],
        &["sunday", "sun"],
    ],
    thousands_separators: &[','],
    decimal_separator: '.',
    scale_words: &[
        ("billion", 1_000_000_000),
        ("bn", 1_000_000_000),
        ("k", 1_000),
        ("million", 1_000_000),
        ("thousand", 1_000),
    ],
    number_words: &[
        ("dozen", 12),
        ("dozens", 12),
        ("eight", 8),
        ("eleven", 11),
        ("five", 5),
        ("four", 4),
        ("hundred", 100),
        ("hundreds", 100),
        ("millions", 1_000_000),
        ("nine", 9),
        ("seven", 7),
        ("several", 3),
        ("six", 6),
        ("ten", 10),
        ("thousands", 1_000),
        ("three", 3),
        ("twelve", 12),
        ("two", 2),
    ],
    stopwords: &[
        "about", "after", "again", "against", "already", "although", "any", "are", "be",
        "because", "been", "before", "being", "between", "but", "can", "could", "did", "do",
        "does", "during", "each", "either", "from", "had", "has", "have", "he", "her", "here",
        "his", "how", "however", "if", "into", "it", "its", "let", "might", "more", "must",
        "neither", "not", "of", "only", "or", "other", "our", "ours", "out", "own", "please",
        "same", "shall", "she", "should", "some", "such", "than", "that", "the", "their",
        "them", "then", "there", "therefore", "these", "they", "this", "those", "through",
        "until", "up", "upon", "us", "very", "were", "what", "when", "where", "whether",
        "which", "while", "who", "will", "with", "within", "without", "would", "yet", "you",
        "your", "yours",
    ],
    domain_words: &[
        "affected", "breach", "controller", "information", "personal", "processing",
        "processor", "subject", "subjects", "supervisory", "unauthorised", "unauthorized",
    ],
};

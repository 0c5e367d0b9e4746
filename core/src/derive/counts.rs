//! Counts of people and records → contract `subjects` and `records` (Art. 33(3)(a) GDPR:
//! the approximate number of data subjects and of personal data records concerned).
//!
//! # Rule
//! A number of the notice ([`Numbers`], read with the language's separators and scale
//! words) counts people or records when
//! 1. one of the [`NOUN_WINDOW_WORDS`] words right after it is a people noun ("48,300
//!    **users**", "610 ehemalige **Beschäftigte**") or a record noun ("118.000 monatliche
//!    **Abrechnungsdatensätze**"); nouns are single words matched with
//!    [`word_matches`], so `*datensatze` matches German compounds; or, failing that,
//! 2. its paragraph carries a count label before it ("Aantal betrokkenen: circa 8.400",
//!    a heading "6. Anzahl betroffener Personen" followed by "ca. 2.950"), and the number
//!    is written in digits and is either in the label's own sentence or follows a
//!    quantity word ([`QUANTITY_WORDS`]: "ca.", "approximately", "insgesamt", "number")
//!    among the few words before it — so "users aged 16 and 17" under a "Data subjects"
//!    heading is not a count.
//!
//! Nouns must follow the number without punctuation in between ("17.00 uur) of donateurs"
//! binds nothing). Never counts: zero; a list number opening its sentence ("4. Data
//! subjects"); numbers inside a date or time ([`find_dates`]) or a phone number
//! ([`Phones`]); a bare four-digit number from 1900 to 2100 (a year: "seit 2021"); a number
//! right after a reference word ([`REFERENCE_WORDS`]: "Art. 33", "Anlage 1", "release
//! 5.12", "aged 16"); and a number whose noun is qualified as the whole population
//! ([`POPULATION_WORDS`]: "1.2 million **registered** users" is the user base, not the
//! people affected). When several numbers count the same thing, the **largest** is the
//! derived value (a notice usually gives subsets — "for about 1,150 users, also HIV status"
//! — next to the total). Its evidence spans the number and, when bound by rule 1, the noun.

use crate::elements::{Cue, Cues, Role};
use crate::facts::FactField;
use crate::lang::Lang;
use crate::limits::MAX_SENTENCE_EXCLUSIONS;
use crate::text::dates::find_dates;
use crate::text::matcher::word_matches;
use crate::text::numbers::Numbers;
use crate::text::phone::Phones;
use crate::text::words::Words;

use super::{DerivedFacts, EvidenceValue};

/// What a number counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountKind {
    /// People (contract `subjects`).
    Subjects,
    /// Records (contract `records`).
    Records,
}

/// How many words after a number are searched for a people or record noun.
pub const NOUN_WINDOW_WORDS: usize = 3;

/// The largest count of each kind found so far, with its span.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counter {
    topic: Option<CountKind>,
    subjects: Option<(u64, usize, usize)>,
    records: Option<(u64, usize, usize)>,
}

impl Counter {
    /// No count found yet.
    pub const fn new() -> Counter {
        Counter {
            topic: None,
            subjects: None,
            records: None,
        }
    }

    /// Reads the counts of one sentence (`paragraph_start`: it opens a paragraph, which
    /// forgets the previous paragraph's label). `label` is the sentence's first
    /// [`LABELS`] match (kind and start), found by the caller's single cue pass;
    /// `may_count` is false when the sentence holds neither a digit nor a [`NOUNS`] word
    /// (no number in it can be a count: its numbers are not read).
    pub fn sentence(
        &mut self,
        sentence: &str,
        base: usize,
        lang: Lang,
        paragraph_start: bool,
        label: Option<(CountKind, usize)>,
        may_count: bool,
    ) {
        if paragraph_start {
            self.topic = None;
        }
        if may_count {
            self.numbers(sentence, base, lang, label);
        }
        if let Some((kind, _)) = label {
            self.topic = Some(kind);
        }
    }

    /// The counts among the numbers of one sentence.
    fn numbers(
        &mut self,
        sentence: &str,
        base: usize,
        lang: Lang,
        label: Option<(CountKind, usize)>,
    ) {
        let mut excluded: heapless::Vec<(usize, usize), MAX_SENTENCE_EXCLUSIONS> =
            heapless::Vec::new();
        let mut overflow = false;
        find_dates(sentence, base, lang.data(), |d| {
            overflow |= excluded.push((d.start, d.end)).is_err();
        });
        for span in Phones::new(sentence, base) {
            overflow |= excluded.push(span).is_err();
        }
        for number in Numbers::new(sentence, base, lang.data()) {
            // Too many dates and phones to tell them apart: count nothing here.
            if overflow
                || excluded
                    .iter()
                    .any(|&(s, e)| number.start < e && s < number.end)
                || number.value == 0
                || is_list_number(sentence, base, number.start, number.end)
                || is_year(sentence, base, number.start, number.end)
                || after_reference_word(sentence, base, number.start)
            {
                continue;
            }
            let in_digits = sentence
                .get(number.start.saturating_sub(base)..)
                .and_then(|s| s.bytes().next())
                .is_some_and(|b| b.is_ascii_digit());
            let topic = match label {
                Some((kind, at)) if at <= number.start => Some(kind),
                _ if after_quantity_word(sentence, base, number.start) => self.topic,
                _ => None,
            }
            .filter(|_| in_digits);
            let (kind, end) = match noun_after(sentence, base, number.end, lang) {
                Some(Bound::Noun(kind, end)) => (kind, end),
                Some(Bound::Population) => continue,
                None => match topic {
                    Some(kind) => (kind, number.end),
                    None => continue,
                },
            };
            let slot = match kind {
                CountKind::Subjects => &mut self.subjects,
                CountKind::Records => &mut self.records,
            };
            if slot.is_none_or(|(v, _, _)| number.value > v) {
                *slot = Some((number.value, number.start, end));
            }
        }
    }

    /// Writes the counts found into `out`.
    pub fn finish(&self, out: &mut DerivedFacts, text: &str) {
        if let Some((v, a, b)) = self.subjects {
            out.facts.subjects = Some(v);
            out.note(FactField::Subjects, EvidenceValue::Count(v), a, b, text);
        }
        if let Some((v, a, b)) = self.records {
            out.facts.records = Some(v);
            out.note(FactField::Records, EvidenceValue::Count(v), a, b, text);
        }
    }
}

/// What the words after a number say it counts.
enum Bound {
    /// A people or record noun, ending at the byte offset.
    Noun(CountKind, usize),
    /// A population word came first: the number is not a count of those affected.
    Population,
}

/// Words that make the number after them a reference, not a count (normalised, sorted;
/// all languages together: article, annex, number, version, page, section, age).
pub const REFERENCE_WORDS: &[&str] = &[
    "abs",
    "abschnitt",
    "age",
    "aged",
    "allegato",
    "alter",
    "anexo",
    "anlage",
    "annex",
    "annexe",
    "art",
    "article",
    "articolo",
    "articulo",
    "artikel",
    "bijlage",
    "chapter",
    "kapitel",
    "lid",
    "no",
    "nr",
    "page",
    "pagina",
    "paragrafo",
    "paragraph",
    "point",
    "punkt",
    "punto",
    "release",
    "section",
    "seite",
    "versie",
    "versio",
    "version",
    "versione",
    "ziffer",
];

/// Words that describe a whole population rather than the people affected
/// ("registered users", "aktive Kunden"), normalised and sorted, all languages together.
pub const POPULATION_WORDS: &[&str] = &[
    "actieve",
    "actifs",
    "active",
    "activos",
    "aktive",
    "aktiven",
    "attivi",
    "geregistreerde",
    "inscrits",
    "registered",
    "registrados",
    "registrati",
    "registrierte",
    "registrierten",
];

/// Words that announce a quantity (normalised, sorted, all languages together).
pub const QUANTITY_WORDS: &[&str] = &[
    "aantal",
    "about",
    "anzahl",
    "approssimativo",
    "approx",
    "approximate",
    "approximately",
    "approximatif",
    "aproximadamente",
    "aproximado",
    "around",
    "ca",
    "circa",
    "environ",
    "etwa",
    "insgesamt",
    "nombre",
    "number",
    "numero",
    "ongeveer",
    "roughly",
    "rund",
    "totaal",
    "total",
    "totale",
    "unos",
];

/// The text of `sentence` (which starts at byte `base` of the notice) in the at most
/// `lookback` bytes before byte `start`, widened to a char boundary; `None` when `start`
/// is not a char boundary of the sentence.
fn window_before(sentence: &str, base: usize, start: usize, lookback: usize) -> Option<&str> {
    let head = sentence.get(..start.saturating_sub(base))?;
    let from = (0..=head.len().min(lookback))
        .rev()
        .map(|k| head.len() - k)
        .find(|&i| head.is_char_boundary(i))
        .unwrap_or(head.len());
    Some(head.get(from..).unwrap_or(""))
}

/// Whether one of the three words before byte `start` is a quantity word.
fn after_quantity_word(sentence: &str, base: usize, start: usize) -> bool {
    // Look back at most this many bytes ("approximate number: 48,300").
    const LOOKBACK: usize = 40;
    let Some(window) = window_before(sentence, base, start, LOOKBACK) else {
        return false;
    };
    let mut last: [Option<crate::text::words::Word>; 3] = [None, None, None];
    for w in Words::new(window) {
        last.rotate_left(1);
        if let Some(slot) = last.last_mut() {
            *slot = Some(w);
        }
    }
    last.iter()
        .flatten()
        .any(|w| QUANTITY_WORDS.binary_search(&w.text()).is_ok())
}

/// Whether the number at `start..end` opens its sentence and is followed by `.` or `)`
/// and a space: a list or heading number ("4. Data subjects", "2) Nature").
fn is_list_number(sentence: &str, base: usize, start: usize, end: usize) -> bool {
    start == base
        && sentence
            .get(end.saturating_sub(base)..)
            .is_some_and(|rest| rest.starts_with(". ") || rest.starts_with(") "))
}

/// Whether the number at `start..end` is a bare four-digit year from 1900 to 2100.
fn is_year(sentence: &str, base: usize, start: usize, end: usize) -> bool {
    sentence
        .get(start.saturating_sub(base)..end.saturating_sub(base))
        .filter(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|s| s.parse::<u32>().ok())
        .is_some_and(|y| (1900..=2100).contains(&y))
}

/// Whether the word right before byte `start` (within a few bytes) is a reference word.
fn after_reference_word(sentence: &str, base: usize, start: usize) -> bool {
    // Look back at most this many bytes for the previous word ("Art. 33", "Nr. 2025/041").
    const LOOKBACK: usize = 24;
    let Some(window) = window_before(sentence, base, start, LOOKBACK) else {
        return false;
    };
    let mut last = None;
    for w in Words::new(window) {
        last = Some(w);
    }
    last.is_some_and(|w| {
        window.get(w.end..).is_some_and(|gap| {
            gap.trim_matches(|c: char| c == '.' || c.is_whitespace())
                .is_empty()
        }) && REFERENCE_WORDS.binary_search(&w.text()).is_ok()
    })
}

/// What the first people noun, record noun or population word among the
/// [`NOUN_WINDOW_WORDS`] words after byte `from` of the sentence says.
fn noun_after(sentence: &str, base: usize, from: usize, lang: Lang) -> Option<Bound> {
    let rest = sentence.get(from.checked_sub(base)?..)?;
    let (people, records) = nouns(lang);
    let mut previous_end = from;
    for word in Words::with_offset(rest, from).take(NOUN_WINDOW_WORDS) {
        let gap = sentence
            .get(previous_end.saturating_sub(base)..word.start.saturating_sub(base))
            .unwrap_or("");
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
        {
            return None;
        }
        previous_end = word.end;
        if word.too_long() {
            continue;
        }
        let w = word.text();
        if POPULATION_WORDS.binary_search(&w).is_ok() {
            return Some(Bound::Population);
        }
        if people.iter().any(|p| word_matches(p, w)) {
            return Some(Bound::Noun(CountKind::Subjects, word.end));
        }
        if records.iter().any(|p| word_matches(p, w)) {
            return Some(Bound::Noun(CountKind::Records, word.end));
        }
    }
    None
}

/// The people and record nouns as cue tables (`Signal`s, one word each), for the single
/// cue pass of [`super::derive_facts`]: a sentence without a digit and without one of
/// these nouns cannot hold a count, and [`Counter::sentence`] skips its numbers.
pub static NOUNS: &[(CountKind, Cues)] = &[
    (
        CountKind::Subjects,
        Cues {
            en: &PEOPLE_EN_CUES,
            de: &PEOPLE_DE_CUES,
            fr: &PEOPLE_FR_CUES,
            es: &PEOPLE_ES_CUES,
            it: &PEOPLE_IT_CUES,
            nl: &PEOPLE_NL_CUES,
        },
    ),
    (
        CountKind::Records,
        Cues {
            en: &RECORDS_EN_CUES,
            de: &RECORDS_DE_CUES,
            fr: &RECORDS_FR_CUES,
            es: &RECORDS_ES_CUES,
            it: &RECORDS_IT_CUES,
            nl: &RECORDS_NL_CUES,
        },
    ),
];

/// A word list as a cue table of `Signal`s (at compile time).
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time only: an out-of-range index fails the build"
)]
const fn word_cues<const N: usize>(words: &'static [&'static str]) -> [Cue; N] {
    let mut out = [Cue::new("", Role::Signal); N];
    let mut i = 0;
    while i < N {
        out[i] = Cue::new(words[i], Role::Signal);
        i += 1;
    }
    out
}

static PEOPLE_EN_CUES: [Cue; PEOPLE_EN.len()] = word_cues(PEOPLE_EN);
static PEOPLE_DE_CUES: [Cue; PEOPLE_DE.len()] = word_cues(PEOPLE_DE);
static PEOPLE_FR_CUES: [Cue; PEOPLE_FR.len()] = word_cues(PEOPLE_FR);
static PEOPLE_ES_CUES: [Cue; PEOPLE_ES.len()] = word_cues(PEOPLE_ES);
static PEOPLE_IT_CUES: [Cue; PEOPLE_IT.len()] = word_cues(PEOPLE_IT);
static PEOPLE_NL_CUES: [Cue; PEOPLE_NL.len()] = word_cues(PEOPLE_NL);
static RECORDS_EN_CUES: [Cue; RECORDS_EN.len()] = word_cues(RECORDS_EN);
static RECORDS_DE_CUES: [Cue; RECORDS_DE.len()] = word_cues(RECORDS_DE);
static RECORDS_FR_CUES: [Cue; RECORDS_FR.len()] = word_cues(RECORDS_FR);
static RECORDS_ES_CUES: [Cue; RECORDS_ES.len()] = word_cues(RECORDS_ES);
static RECORDS_IT_CUES: [Cue; RECORDS_IT.len()] = word_cues(RECORDS_IT);
static RECORDS_NL_CUES: [Cue; RECORDS_NL.len()] = word_cues(RECORDS_NL);

/// The people and record nouns of `lang`.
const fn nouns(lang: Lang) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        Lang::En => (PEOPLE_EN, RECORDS_EN),
        Lang::De => (PEOPLE_DE, RECORDS_DE),
        Lang::Fr => (PEOPLE_FR, RECORDS_FR),
        Lang::Es => (PEOPLE_ES, RECORDS_ES),
        Lang::It => (PEOPLE_IT, RECORDS_IT),
        Lang::Nl => (PEOPLE_NL, RECORDS_NL),
    }
}

/// Nouns for people (en), matched with `word_matches` on the words after a number.
const PEOPLE_EN: &[&str] = &[
    "applicants",
    "children",
    "citizens",
    "clients",
    "customer*",
    "donors",
    "employee*",
    "families",
    "guests",
    "holders",
    "individuals",
    "members",
    "parents",
    "passengers",
    "patient*",
    "people",
    "persons",
    "policyholders",
    "pupils",
    "recipients",
    "residents",
    "staff",
    "students",
    "subjects",
    "subscribers",
    "user*",
];

/// Nouns for records (en), matched with `word_matches` on the words after a number.
const RECORDS_EN: &[&str] = &[
    "*records",
    "datasets",
    "documents",
    "emails",
    "entries",
    "files",
    "messages",
    "photos",
    "record",
    "records",
    "rows",
];

/// Nouns for people (de), matched with `word_matches` on the words after a number.
const PEOPLE_DE: &[&str] = &[
    "*kunden",
    "*mitarbeiter",
    "*nutzer",
    "beschaftigte*",
    "betroffene",
    "betroffenen",
    "bewerber*",
    "einwohner*",
    "eltern",
    "empfanger*",
    "fahrgaste",
    "familien",
    "gaste",
    "kinder",
    "kunden",
    "kundinnen",
    "mitarbeitende*",
    "mitarbeiter*",
    "mitglieder*",
    "nutzer*",
    "patient*",
    "personen",
    "schuler*",
    "spender*",
    "studierende*",
    "versicherte*",
];

/// Nouns for records (de), matched with `word_matches` on the words after a number.
const RECORDS_DE: &[&str] = &[
    "*akten",
    "*datensatze",
    "akten",
    "dateien",
    "datensatz",
    "datensatze",
    "dokumente",
    "eintrage",
    "nachrichten",
];

/// Nouns for people (fr), matched with `word_matches` on the words after a number.
const PEOPLE_FR: &[&str] = &[
    "abonnes",
    "adherents",
    "agents",
    "candidats",
    "clientes",
    "clients",
    "destinataires",
    "donateurs",
    "eleves",
    "employes",
    "enfants",
    "etudiants",
    "familles",
    "habitants",
    "membres",
    "parents",
    "passagers",
    "patientes",
    "patients",
    "personnes",
    "salaries",
    "usagers",
    "utilisateurs",
    "utilisatrices",
    "voyageurs",
];

/// Nouns for records (fr), matched with `word_matches` on the words after a number.
const RECORDS_FR: &[&str] = &[
    "courriels",
    "documents",
    "dossiers",
    "enregistrements",
    "fiches",
    "fichiers",
    "lignes",
    "messages",
    "photos",
];

/// Nouns for people (es), matched with `word_matches` on the words after a number.
const PEOPLE_ES: &[&str] = &[
    "afectados",
    "alumnos",
    "ciudadanos",
    "clientes",
    "destinatarios",
    "donantes",
    "empleados",
    "estudiantes",
    "familias",
    "huespedes",
    "interesados",
    "ninos",
    "pacientes",
    "pasajeros",
    "personas",
    "socios",
    "titulares",
    "trabajadores",
    "usuarios",
    "vecinos",
];

/// Nouns for records (es), matched with `word_matches` on the words after a number.
const RECORDS_ES: &[&str] = &[
    "archivos",
    "correos",
    "documentos",
    "expedientes",
    "ficheros",
    "filas",
    "fotos",
    "mensajes",
    "registros",
];

/// Nouns for people (it), matched with `word_matches` on the words after a number.
const PEOPLE_IT: &[&str] = &[
    "alunni",
    "bambini",
    "cittadini",
    "clienti",
    "correntisti",
    "destinatari",
    "dipendenti",
    "donatori",
    "famiglie",
    "genitori",
    "interessati",
    "iscritti",
    "lavoratori",
    "ospiti",
    "passeggeri",
    "pazienti",
    "persone",
    "soci",
    "studenti",
    "utenti",
];

/// Nouns for records (it), matched with `word_matches` on the words after a number.
const RECORDS_IT: &[&str] = &[
    "documenti",
    "fascicoli",
    "file",
    "foto",
    "messaggi",
    "record",
    "registrazioni",
    "righe",
    "schede",
];

/// Nouns for people (nl), matched with `word_matches` on the words after a number.
const PEOPLE_NL: &[&str] = &[
    "betrokkenen",
    "burgers",
    "clienten",
    "deelnemers",
    "donateurs",
    "gasten",
    "gebruikers",
    "gezinnen",
    "inwoners",
    "kinderen",
    "klanten",
    "leden",
    "leerlingen",
    "medewerkers",
    "ontvangers",
    "ouders",
    "passagiers",
    "patienten",
    "personen",
    "studenten",
    "werknemers",
];

/// Nouns for records (nl), matched with `word_matches` on the words after a number.
const RECORDS_NL: &[&str] = &[
    "*records",
    "berichten",
    "bestanden",
    "documenten",
    "dossiers",
    "fotos",
    "records",
    "regels",
];

/// The label tables (`Role::Signal`).
pub static LABELS: &[(CountKind, Cues)] = &[
    (
        CountKind::Subjects,
        Cues {
            en: LABEL_SUBJECTS_EN,
            de: LABEL_SUBJECTS_DE,
            fr: LABEL_SUBJECTS_FR,
            es: LABEL_SUBJECTS_ES,
            it: LABEL_SUBJECTS_IT,
            nl: LABEL_SUBJECTS_NL,
        },
    ),
    (
        CountKind::Records,
        Cues {
            en: LABEL_RECORDS_EN,
            de: LABEL_RECORDS_DE,
            fr: LABEL_RECORDS_FR,
            es: LABEL_RECORDS_ES,
            it: LABEL_RECORDS_IT,
            nl: LABEL_RECORDS_NL,
        },
    ),
];

/// Labels that make the following unbound numbers of the paragraph counts of people (en).
static LABEL_SUBJECTS_EN: &[Cue] = &[
    Cue::new("data subjects", Role::Signal),
    Cue::new("number of affected", Role::Signal),
    Cue::new("number of customers", Role::Signal),
    Cue::new("number of data subjects", Role::Signal),
    Cue::new("number of individuals", Role::Signal),
    Cue::new("number of people", Role::Signal),
    Cue::new("number of persons", Role::Signal),
    Cue::new("number of users", Role::Signal),
    Cue::new("people affected", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of people (de).
static LABEL_SUBJECTS_DE: &[Cue] = &[
    Cue::new("anzahl betroffener", Role::Signal),
    Cue::new("anzahl betroffener personen", Role::Signal),
    Cue::new("anzahl der betroffenen", Role::Signal),
    Cue::new("anzahl der personen", Role::Signal),
    Cue::new("betroffene personen", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of people (fr).
static LABEL_SUBJECTS_FR: &[Cue] = &[
    Cue::new("nombre approximatif de personnes", Role::Signal),
    Cue::new("nombre de personnes", Role::Signal),
    Cue::new("personnes concernees", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of people (es).
static LABEL_SUBJECTS_ES: &[Cue] = &[
    Cue::new("interesados afectados", Role::Signal),
    Cue::new("numero aproximado de interesados", Role::Signal),
    Cue::new("numero de interesados", Role::Signal),
    Cue::new("numero de personas", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of people (it).
static LABEL_SUBJECTS_IT: &[Cue] = &[
    Cue::new("interessati coinvolti", Role::Signal),
    Cue::new("numero approssimativo di interessati", Role::Signal),
    Cue::new("numero degli interessati", Role::Signal),
    Cue::new("numero di interessati", Role::Signal),
    Cue::new("numero di persone", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of people (nl).
static LABEL_SUBJECTS_NL: &[Cue] = &[
    Cue::new("aantal betrokkenen", Role::Signal),
    Cue::new("aantal getroffen", Role::Signal),
    Cue::new("aantal personen", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of records (en).
static LABEL_RECORDS_EN: &[Cue] = &[
    Cue::new("affected records", Role::Signal),
    Cue::new("approximate number of records", Role::Signal),
    Cue::new("number of records", Role::Signal),
    Cue::new("records affected", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of records (de).
static LABEL_RECORDS_DE: &[Cue] = &[
    Cue::new("anzahl datensatze", Role::Signal),
    Cue::new("anzahl der betroffenen datensatze", Role::Signal),
    Cue::new("anzahl der datensatze", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of records (fr).
static LABEL_RECORDS_FR: &[Cue] = &[
    Cue::new("enregistrements concernes", Role::Signal),
    Cue::new("nombre approximatif d enregistrements", Role::Signal),
    Cue::new("nombre d enregistrements", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of records (es).
static LABEL_RECORDS_ES: &[Cue] = &[
    Cue::new("numero aproximado de registros", Role::Signal),
    Cue::new("numero de registros", Role::Signal),
    Cue::new("registros afectados", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of records (it).
static LABEL_RECORDS_IT: &[Cue] = &[
    Cue::new("numero approssimativo di record", Role::Signal),
    Cue::new("numero approssimativo di registrazioni", Role::Signal),
    Cue::new("numero di record", Role::Signal),
    Cue::new("numero di registrazioni", Role::Signal),
];

/// Labels that make the following unbound numbers of the paragraph counts of records (nl).
static LABEL_RECORDS_NL: &[Cue] = &[
    Cue::new("aantal bestanden", Role::Signal),
    Cue::new("aantal dossiers", Role::Signal),
    Cue::new("aantal records", Role::Signal),
];

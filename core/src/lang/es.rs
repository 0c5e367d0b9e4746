//! Language-wide data for Spanish (`es`).
//!
//! Sources: month and weekday names and abbreviations per the RAE's *Ortografía* (2010,
//! including `setiembre`); separators per CLDR `es` (`.` groups thousands; the RAE
//! recommends a space, written as NBSP or narrow NBSP in typeset text); stopwords are the
//! most frequent Spanish function words (cf. the CREA frequency list), minus those also
//! frequent in another supported language (`de`, `la`, `en`, `que`, `se`, `un`, `una`,
//! `con`, `del`, `al`, `no`, `le`, `les`, `son`, `nos`, `o`, `si`, `entre`, `durante`).
//! Normalised: `miércoles` → `miercoles`, `millón` → `millon`, `más` → `mas`.

use super::{Lang, LangData};

/// The data.
pub static DATA: LangData = LangData {
    lang: Lang::Es,
    months: [
        &["enero", "ene"],
        &["febrero", "feb"],
        &["marzo", "mar"],
        &["abril", "abr"],
        &["mayo", "may"],
        &["junio", "jun"],
        &["julio", "jul"],
        &["agosto", "ago"],
        &["septiembre", "setiembre", "sep", "sept", "set"],
        &["octubre", "oct"],
        &["noviembre", "nov"],
        &["diciembre", "dic"],
    ],
    weekdays: [
        &["lunes", "lun"],
        &["martes", "mar"],
        &["miercoles", "mie"],
        &["jueves", "jue"],
        &["viernes", "vie"],
        &["sabado", "sab"],
        &["domingo", "dom"],
    ],
    thousands_separators: &['.', ' ', '\u{a0}', '\u{202f}'],
    decimal_separator: ',',
    scale_words: &[
        ("mil", 1_000),
        ("millardo", 1_000_000_000),
        ("millardos", 1_000_000_000),
        ("millon", 1_000_000),
        ("millones", 1_000_000),
    ],
    number_words: &[
        ("centenares", 100),
        ("cien", 100),
        ("cientos", 100),
        ("cinco", 5),
        ("cuatro", 4),
        ("decenas", 10),
        ("diez", 10),
        ("doce", 12),
        ("docena", 12),
        ("docenas", 12),
        ("dos", 2),
        ("miles", 1_000),
        ("nueve", 9),
        ("ocho", 8),
        ("once", 11),
        ("seis", 6),
        ("siete", 7),
        ("tres", 3),
        ("varias", 3),
        ("varios", 3),
    ],
    stopwords: &[
        "algun", "alguna", "algunas", "alguno", "algunos", "asi", "aunque", "cual", "cualquier",
        "cuando", "debe", "deben", "dicha", "dichas", "dicho", "dichos", "donde", "el", "ella",
        "ellos", "es", "esa", "ese", "eso", "estan", "esto", "estos", "fue", "fueron", "haber",
        "habido", "han", "hasta", "hay", "haya", "hemos", "hubo", "las", "lo", "los",
        "mientras", "misma", "mismo", "mismos", "muy", "ni", "ningun", "ninguna", "ninguno",
        "nuestra", "nuestras", "nuestro", "nuestros", "otra", "otras", "otro", "otros", "pero",
        "puede", "pueden", "quien", "segun", "siempre", "sin", "su", "sus", "tambien", "tiene",
        "tienen", "tras", "unas", "unos", "usted", "ustedes", "y", "ya",
    ],
    domain_words: &[
        "acceso", "afectadas", "afectados", "brecha", "datos", "delegado", "informacion",
        "interesados", "personales", "proteccion", "seguridad", "tratamiento", "violacion",
    ],
};

//! `record_count` cues in Spanish. Format: [`crate::elements::cue`]; sorted by phrase.

use crate::cue_table;
use crate::elements::{CueTable, Example};

/// The phrase table.
pub(super) static CUES: CueTable = cue_table![
    Block "aun no se conoce",
    Anchor "contratos",
    Anchor "correos",
    Anchor "correos electronicos",
    Block "descargad*",
    Block "descargas",
    Block "desconocid*",
    Block "documentos",
    Block "en estudio",
    Anchor "entradas",
    Anchor "expedientes",
    Anchor "facturas",
    Anchor "fichas",
    Anchor "filas",
    Block "gb",
    Anchor "historiales",
    Anchor "historias clinicas",
    Block "indeterminad*",
    Block "mb",
    Anchor "mensajes",
    Anchor "nominas",
    Anchor "operaciones",
    Block "paginas",
    Block "pendiente de determinar",
    Block "por determinar",
    Anchor "registro",
    Anchor "registros",
    Block "registros de acceso",
    Block "se desconoce*",
    Block "segun los registros",
    Block "sin determinar",
    Block "todavia no se conoce",
    Anchor "transacciones",
    Block "vease anexo",
    Block "ver adjunto",
    Block "ver anexo",
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Número aproximado de registros afectados: unos 14.600 mensajes de correo electrónico.",
    bad: "Número aproximado de registros afectados: por determinar.",
};

//! `record_count` cues in Spanish. Format: [`crate::elements::cue`]; sorted by phrase.

#[allow(unused_imports, reason = "every role is available to the table")]
use crate::elements::{Cue, Example, Role::*};

/// The phrase table.
pub(super) static CUES: &[Cue] = &[
    Cue::new("aun no se conoce", Block),
    Cue::new("contratos", Anchor),
    Cue::new("correos", Anchor),
    Cue::new("correos electronicos", Anchor),
    Cue::new("descargad*", Block),
    Cue::new("descargas", Block),
    Cue::new("desconocid*", Block),
    Cue::new("documentos", Block),
    Cue::new("en estudio", Block),
    Cue::new("entradas", Anchor),
    Cue::new("expedientes", Anchor),
    Cue::new("facturas", Anchor),
    Cue::new("fichas", Anchor),
    Cue::new("filas", Anchor),
    Cue::new("gb", Block),
    Cue::new("historiales", Anchor),
    Cue::new("historias clinicas", Anchor),
    Cue::new("indeterminad*", Block),
    Cue::new("mb", Block),
    Cue::new("mensajes", Anchor),
    Cue::new("nominas", Anchor),
    Cue::new("operaciones", Anchor),
    Cue::new("paginas", Block),
    Cue::new("pendiente de determinar", Block),
    Cue::new("por determinar", Block),
    Cue::new("registro", Anchor),
    Cue::new("registros", Anchor),
    Cue::new("registros de acceso", Block),
    Cue::new("se desconoce*", Block),
    Cue::new("segun los registros", Block),
    Cue::new("sin determinar", Block),
    Cue::new("todavia no se conoce", Block),
    Cue::new("transacciones", Anchor),
    Cue::new("vease anexo", Block),
    Cue::new("ver adjunto", Block),
    Cue::new("ver anexo", Block),
];

/// A good and a bad example sentence.
pub(super) static EXAMPLE: Example = Example {
    good: "Número aproximado de registros afectados: unos 14.600 mensajes de correo electrónico.",
    bad: "Número aproximado de registros afectados: por determinar.",
};

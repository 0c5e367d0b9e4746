//! Incident facts read from a notice's text, with evidence. (Filled in by the
//! "facts read from the notice" issue.)

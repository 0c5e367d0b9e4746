//! The obligations engine: risk, ENISA severity, Art. 33 and 34 decisions.

//! Incident facts (contract §3), parsed from JSON with `serde-json-core`.

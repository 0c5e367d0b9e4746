//! RFC 3339 timestamps and UTC arithmetic, written for `no_std`.

//! The report of contract §4 and its JSON writer into a caller-supplied buffer.

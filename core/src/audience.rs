//! Who a notice is addressed to, which decides the article whose content rules apply.

use serde::Serialize;

/// The audience of a notice (contract §1 `--audience`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Audience {
    /// A communication to the people affected — Art. 34(2) GDPR.
    #[serde(rename = "data-subjects")]
    DataSubjects,
    /// A notification to a supervisory authority — Art. 33(3) GDPR.
    #[serde(rename = "authority")]
    Authority,
}

impl Audience {
    /// Both audiences, in contract order.
    pub const ALL: [Audience; 2] = [Audience::DataSubjects, Audience::Authority];

    /// The contract string: `data-subjects` or `authority`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Audience::DataSubjects => "data-subjects",
            Audience::Authority => "authority",
        }
    }

    /// Parses the contract string.
    pub fn parse(s: &str) -> Option<Audience> {
        match s {
            "data-subjects" => Some(Audience::DataSubjects),
            "authority" => Some(Audience::Authority),
            _ => None,
        }
    }
}

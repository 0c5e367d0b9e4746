//! Negation scope: a data kind or a risk that the notice says is *not* concerned.
//!
//! `[signal]`: a negation (`not`, `never`, `no`, `nicht`, `kein*`, `pas`, `jamais`,
//! `non`, `niet`, `geen`…); `[contrast]`: a word after which a positive mention may
//! follow ("but"); `[block]`: a negation that does not deny the data ("not only", "no
//! later than"). Used by [`super::SentenceFrames::negates`]: the analyser drops a
//! `data_categories` or `consequences` cue of a sentence when a negation stands within
//! [`GAP`] words of it in its clause.
//!
//! Example: "Card numbers were never at risk." → no `data_categories` from "Card numbers".

use crate::elements::CueTables;

/// The negation tables (`core/lang/<xx>/frames/negation.cues`).
pub(crate) static CUES: CueTables = crate::lang::data::FRAMES_NEGATION;

/// The most words between a negation and the cue it denies.
pub(crate) const GAP: usize = 6;

#[cfg(test)]
mod tests {
    extern crate std;

    use crate::derive::derive_facts;
    use crate::frames::tests::status;
    use crate::{ElementId, Lang, Status};

    /// Per language: data kinds said not to be concerned (negation before or after them),
    /// risks named in a negated scope, and the positive sentences they must not silence.
    /// (language, negated data kind sentences, negated risk sentences, positive data kind,
    /// positive risk).
    type Case = (
        Lang,
        &'static [&'static str],
        &'static [&'static str],
        &'static str,
        &'static str,
    );

    const CASES: &[Case] = &[
        (
            Lang::En,
            &[
                "Card numbers were never at risk.",
                "We hold no bank details.",
                "Your payment card details were not affected.",
            ],
            &[
                "There is no indication of identity theft.",
                "We have seen no sign of phishing so far.",
                "Nothing suggests that anyone has attempted fraud.",
            ],
            "Your card number was copied.",
            "Criminals may try phishing with your address.",
        ),
        (
            Lang::De,
            &[
                "Kreditkartennummern waren zu keinem Zeitpunkt betroffen.",
                "Wir speichern keine Bankdaten.",
                "Ihre Zahlungsdaten sind nicht betroffen.",
            ],
            &[
                "Es gibt keine Hinweise auf Identitätsdiebstahl.",
                "Bisher haben wir keine Phishing-Versuche festgestellt.",
                "Nichts deutet auf einen Betrug hin.",
            ],
            "Ihre Kreditkartennummer wurde kopiert.",
            "Kriminelle könnten Phishing-Mails an Ihre Adresse senden.",
        ),
        (
            Lang::Fr,
            &[
                "Les numéros de carte bancaire n'ont jamais été exposés.",
                "Nous ne conservons aucune coordonnée bancaire.",
                "Vos données de paiement ne sont pas concernées.",
            ],
            &[
                "Rien n'indique une usurpation d'identité.",
                "Nous n'avons constaté aucune tentative d'hameçonnage.",
                "Aucun indice de fraude n'a été relevé.",
            ],
            "Votre numéro de carte bancaire a été copié.",
            "Des escrocs pourraient tenter du phishing avec votre adresse.",
        ),
        (
            Lang::Es,
            &[
                "Los números de tarjeta nunca estuvieron en riesgo.",
                "No guardamos datos bancarios.",
                "Sus datos de pago no se han visto afectados.",
            ],
            &[
                "No hay indicios de suplantación de identidad.",
                "No hemos detectado ningún intento de phishing.",
                "Nada indica que se haya producido un fraude.",
            ],
            "Su número de tarjeta fue copiado.",
            "Los delincuentes podrían intentar phishing con su dirección.",
        ),
        (
            Lang::It,
            &[
                "I numeri di carta non sono mai stati a rischio.",
                "Non conserviamo dati bancari.",
                "I suoi dati di pagamento non sono stati coinvolti.",
            ],
            &[
                "Non vi è alcuna indicazione di furto d'identità.",
                "Non abbiamo rilevato alcun tentativo di phishing.",
                "Nulla indica che sia avvenuta una frode.",
            ],
            "Il suo numero di carta è stato copiato.",
            "I criminali potrebbero tentare il phishing con il suo indirizzo.",
        ),
        (
            Lang::Nl,
            &[
                "Creditcardnummers zijn nooit in gevaar geweest.",
                "Wij bewaren geen bankgegevens.",
                "Uw betaalgegevens zijn niet getroffen.",
            ],
            &[
                "Er zijn geen aanwijzingen voor identiteitsfraude.",
                "We hebben geen phishingpogingen gezien.",
                "Niets wijst erop dat er fraude is gepleegd.",
            ],
            "Uw creditcardnummer is gekopieerd.",
            "Criminelen kunnen phishingmails naar uw adres sturen.",
        ),
    ];

    /// Notes in `wrong` unless `data` is a `data_categories` cue that derives a data kind
    /// and `risk` a `consequences` cue (words that no negation denies).
    fn still_counted(
        lang: Lang,
        data: &str,
        risk: &str,
        wrong: &mut std::vec::Vec<std::string::String>,
    ) {
        if status(data, lang, ElementId::DataCategories) != Some(Status::Present)
            || derive_facts(data, lang).facts.data.is_none()
        {
            wrong.push(std::format!("{lang:?} positive data: {data}"));
        }
        if status(risk, lang, ElementId::Consequences) != Some(Status::Present) {
            wrong.push(std::format!("{lang:?} positive risk: {risk}"));
        }
    }

    /// A data kind said not to be concerned is neither derived nor a `data_categories`
    /// cue; a risk named in a negated scope is no `consequences`; the same words stated
    /// positively still count.
    #[test]
    fn negation_scopes_over_data_kinds_and_risks() {
        let mut wrong = std::vec::Vec::new();
        for &(lang, data, risks, data_pos, risk_pos) in CASES {
            for s in data {
                if status(s, lang, ElementId::DataCategories) != Some(Status::Missing) {
                    wrong.push(std::format!("{lang:?} data_categories: {s}"));
                }
                if derive_facts(s, lang).facts.data.is_some() {
                    wrong.push(std::format!("{lang:?} derived data: {s}"));
                }
            }
            for s in risks {
                if status(s, lang, ElementId::Consequences) != Some(Status::Missing) {
                    wrong.push(std::format!("{lang:?} consequences: {s}"));
                }
            }
            still_counted(lang, data_pos, risk_pos, &mut wrong);
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// A `;` ends the clause a data kind's block reaches: the kinds before it stand ("Your
    /// name was copied; your card details were not"), in every language of the original six.
    #[test]
    fn a_semicolon_keeps_the_kinds_before_it() {
        let cases: [(Lang, &str); 6] = [
            (
                Lang::En,
                "Your name and email address were copied; your card details were not.",
            ),
            (
                Lang::De,
                "Name und Anschrift wurden kopiert; Ihre Bankdaten sind nicht betroffen.",
            ),
            (
                Lang::Fr,
                "Il s'agit de vos nom et adresse ; vos coordonnées bancaires ne sont pas concernées.",
            ),
            (
                Lang::Es,
                "Se copiaron su nombre y su dirección; sus datos bancarios no se han visto afectados.",
            ),
            (
                Lang::It,
                "Sono stati copiati nome e indirizzo; i dati bancari non sono coinvolti.",
            ),
            (
                Lang::Nl,
                "Het ging om uw naam en adres; uw bankgegevens zijn niet betrokken.",
            ),
        ];
        for (lang, text) in cases {
            assert_eq!(
                status(text, lang, ElementId::DataCategories),
                Some(Status::Present),
                "{text}"
            );
        }
        let text = "Your card details were not affected; nor was your password.";
        assert_eq!(
            status(text, Lang::En, ElementId::DataCategories),
            Some(Status::Missing)
        );
    }

    /// "Cannot rule out" (a negation cancelled by a `[block]`) states a possibility: the
    /// data kind is derived and counted, the risk is a consequence.
    #[test]
    fn cannot_rule_out_is_no_denial() {
        let cases: [(Lang, &str, &str); 6] = [
            (
                Lang::En,
                "We cannot rule out that your bank details were copied.",
                "We cannot rule out that criminals will use your address for phishing.",
            ),
            (
                Lang::De,
                "Wir können nicht ausschließen, dass Ihre Bankdaten kopiert wurden.",
                "Ein Betrug mit diesen Daten kann nicht ausgeschlossen werden.",
            ),
            (
                Lang::Fr,
                "Nous ne pouvons exclure que vos coordonnées bancaires aient été copiées.",
                "Nous ne pouvons pas exclure des tentatives de phishing.",
            ),
            (
                Lang::Es,
                "No podemos descartar que sus datos bancarios hayan sido copiados.",
                "No podemos descartar un uso fraudulento de sus datos.",
            ),
            (
                Lang::It,
                "Non possiamo escludere che i suoi dati bancari siano stati copiati.",
                "Non possiamo escludere un uso fraudolento dei suoi dati.",
            ),
            (
                Lang::Nl,
                "Wij kunnen niet uitsluiten dat uw bankgegevens zijn gekopieerd.",
                "Misbruik van uw gegevens is niet uitgesloten.",
            ),
        ];
        let mut wrong = std::vec::Vec::new();
        for (lang, data, risk) in cases {
            still_counted(lang, data, risk, &mut wrong);
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}

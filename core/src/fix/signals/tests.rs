//! Signals on short notices of our own, in every language: a genuine well-written
//! notice raises no warning; a phishing imitation raises `credential_request` or
//! `login_link`; a discount raises `marketing_content`; the retailer's two-line e-mail
//! raises the vague cause and the unexplained reassurance.

extern crate std;

use super::*;
use crate::Audience;
use crate::report::{LangChoice, Request, evaluate};
use std::string::String;
use std::vec::Vec as StdVec;

fn ids(lang: Lang, text: &str) -> StdVec<(&'static str, Severity)> {
    let report = evaluate(&Request {
        text: Some(text),
        audience: Audience::DataSubjects,
        lang: LangChoice::Fixed(lang),
        facts: None,
        now: None,
    });
    report
        .review
        .map(|r| {
            r.signals
                .iter()
                .map(|s| (s.id.as_str(), s.severity))
                .collect()
        })
        .unwrap_or_default()
}

fn has(found: &[(&str, Severity)], id: &str) -> bool {
    found.iter().any(|(i, _)| *i == id)
}

fn warnings<'a>(found: &[(&'a str, Severity)]) -> StdVec<&'a str> {
    found
        .iter()
        .filter(|(_, s)| *s == Severity::Warning)
        .map(|(i, _)| *i)
        .collect()
}

struct Case {
    lang: Lang,
    genuine: &'static str,
    phishing: &'static str,
    discount: &'static str,
    retailer: &'static str,
}

const CASES: [Case; 12] = [
    Case {
        lang: Lang::En,
        genuine: "Dear Ms Jansen,\n\nOn 20 November 2026 an attacker copied the names and e-mail addresses of 1,200 customers from our web shop. You may receive phishing e-mails that use your name. We closed the gap the same day and reported the breach to the police. Be careful with e-mails that mention this incident: we will never ask for your password.\n\nQuestions? Contact our data protection officer at dpo@example-shop.com.\n\nKind regards,\nExample Shop Ltd\n1 High Street, London SW1A 1AA",
        phishing: "Dear customer,\n\nWe detected unusual activity on your account. Please verify your account within 24 hours or your account will be suspended. Click here to log in: https://example-shop.secure-login.net and enter your password and card number.\n\nCustomer Service",
        discount: "Dear Ms Jansen,\n\nAn attacker copied your e-mail address from our shop on 20 November 2026. As an apology, enjoy a 20% discount with the promo code SORRY20 on our new collection.\n\nKind regards,\nExample Shop Ltd",
        retailer: "Hello,\nDue to a technical error some customer data may have been visible. The error has been fixed and there is no need to change your password.",
    },
    Case {
        lang: Lang::De,
        genuine: "Sehr geehrte Frau Müller,\n\nam 20. November 2026 hat ein Angreifer die Namen und E-Mail-Adressen von 1.200 Kunden aus unserem Onlineshop kopiert. Sie könnten gefälschte E-Mails erhalten, die Ihren Namen verwenden. Wir haben die Lücke noch am selben Tag geschlossen und Anzeige erstattet. Seien Sie vorsichtig bei E-Mails zu diesem Vorfall: Wir werden Sie niemals nach Ihrem Passwort fragen.\n\nBei Fragen erreichen Sie unseren Datenschutzbeauftragten unter datenschutz@beispiel-shop.de.\n\nMit freundlichen Grüßen\nBeispiel Shop GmbH\nHauptstraße 1, 10115 Berlin",
        phishing: "Sehr geehrter Kunde,\n\nwir haben ungewöhnliche Aktivitäten in Ihrem Konto festgestellt. Bitte verifizieren Sie Ihr Konto innerhalb von 24 Stunden, andernfalls wird Ihr Konto gesperrt. Klicken Sie hier, um sich anzumelden, und geben Sie Ihr Passwort und Ihre Kartennummer ein.\n\nIhr Kundenservice",
        discount: "Sehr geehrte Frau Müller,\n\nein Angreifer hat am 20. November 2026 Ihre E-Mail-Adresse aus unserem Shop kopiert. Als Entschuldigung erhalten Sie 20 Prozent Rabatt mit dem Gutscheincode SORRY20.\n\nMit freundlichen Grüßen\nBeispiel Shop GmbH",
        retailer: "Hallo,\naufgrund eines technischen Fehlers waren möglicherweise einige Kundendaten betroffen. Der Fehler ist behoben, Sie müssen Ihr Passwort nicht ändern.",
    },
    Case {
        lang: Lang::Fr,
        genuine: "Madame Dupont,\n\nLe 20 novembre 2026, un attaquant a copié les noms et adresses e-mail de 1 200 clients de notre boutique en ligne. Vous pourriez recevoir des e-mails d'hameçonnage qui utilisent votre nom. Nous avons corrigé la faille le jour même et porté plainte. Méfiez-vous des messages qui évoquent cet incident : nous ne vous demanderons jamais votre mot de passe.\n\nPour toute question, contactez notre délégué à la protection des données à dpo@exemple-boutique.fr.\n\nCordialement,\nExemple Boutique SAS\n1 rue de la Paix, 75002 Paris",
        phishing: "Cher client,\n\nNous avons détecté une activité inhabituelle sur votre compte. Veuillez confirmer votre identité sous 24 heures, sinon votre compte sera suspendu. Cliquez ici pour vous connecter et saisissez votre mot de passe et votre numéro de carte.\n\nService client",
        discount: "Madame Dupont,\n\nUn attaquant a copié votre adresse e-mail le 20 novembre 2026. Pour nous excuser, profitez de 20 % de réduction avec le code promo PARDON20 sur notre nouvelle collection.\n\nCordialement,\nExemple Boutique SAS",
        retailer: "Bonjour,\nÀ la suite d'une erreur technique, certaines données clients ont pu être visibles. L'erreur a été corrigée et il est inutile de changer votre mot de passe.",
    },
    Case {
        lang: Lang::Es,
        genuine: "Estimada Sra. García:\n\nEl 20 de noviembre de 2026 un atacante copió los nombres y direcciones de correo electrónico de 1.200 clientes de nuestra tienda en línea. Podría recibir correos de phishing que usen su nombre. Cerramos la brecha el mismo día y presentamos una denuncia. Desconfíe de los mensajes sobre este incidente: nunca le pediremos su contraseña.\n\nSi tiene preguntas, contacte con nuestro delegado de protección de datos en dpd@tienda-ejemplo.es.\n\nAtentamente,\nTienda Ejemplo SL\nCalle Mayor 1, 28013 Madrid",
        phishing: "Estimado cliente:\n\nHemos detectado actividad inusual en su cuenta. Verifique su cuenta en 24 horas o su cuenta será bloqueada. Haga clic aquí para iniciar sesión e introduzca su contraseña y el número de tarjeta.\n\nAtención al cliente",
        discount: "Estimada Sra. García:\n\nUn atacante copió su dirección de correo el 20 de noviembre de 2026. Como disculpa, disfrute de un 20 % de descuento con el código promocional PERDON20.\n\nAtentamente,\nTienda Ejemplo SL",
        retailer: "Hola:\nDebido a un error técnico, algunos datos de clientes podrían haber sido visibles. El error se ha corregido y no es necesario cambiar su contraseña.",
    },
    Case {
        lang: Lang::It,
        genuine: "Gentile signora Rossi,\n\nil 20 novembre 2026 un attaccante ha copiato i nomi e gli indirizzi e-mail di 1.200 clienti del nostro negozio online. Potrebbe ricevere e-mail di phishing che usano il suo nome. Abbiamo chiuso la falla lo stesso giorno e sporto denuncia. Diffidi dei messaggi che parlano di questo incidente: non le chiederemo mai la password.\n\nPer domande contatti il nostro responsabile della protezione dei dati a dpo@negozio-esempio.it.\n\nCordiali saluti,\nNegozio Esempio Srl\nVia Roma 1, 00184 Roma",
        phishing: "Gentile cliente,\n\nabbiamo rilevato attività insolite sul suo account. Verifichi il suo account entro 24 ore, altrimenti il suo account sarà sospeso. Clicchi qui per accedere e inserisca la password e il numero della carta.\n\nServizio clienti",
        discount: "Gentile signora Rossi,\n\nun attaccante ha copiato il suo indirizzo e-mail il 20 novembre 2026. Per scusarci, le offriamo uno sconto del 20% con il codice promozionale SCUSA20.\n\nCordiali saluti,\nNegozio Esempio Srl",
        retailer: "Salve,\na causa di un errore tecnico alcuni dati dei clienti potrebbero essere stati visibili. L'errore è stato corretto e non è necessario cambiare la password.",
    },
    Case {
        lang: Lang::Nl,
        genuine: "Geachte mevrouw De Vries,\n\nOp 20 november 2026 heeft een aanvaller de namen en e-mailadressen van 1.200 klanten uit onze webwinkel gekopieerd. U kunt phishingmails ontvangen die uw naam gebruiken. Wij hebben het lek dezelfde dag gedicht en aangifte gedaan. Wees voorzichtig met berichten over dit incident: wij vragen nooit om uw wachtwoord.\n\nHeeft u vragen? Neem contact op met onze functionaris voor gegevensbescherming via fg@voorbeeldwinkel.nl.\n\nMet vriendelijke groet,\nVoorbeeldwinkel B.V.\nDamrak 1, 1012 LG Amsterdam",
        phishing: "Beste klant,\n\nWe hebben ongebruikelijke activiteit op uw account gezien. Verifieer uw account binnen 24 uur, anders wordt uw account geblokkeerd. Klik hier om in te loggen en voer uw wachtwoord en kaartnummer in.\n\nKlantenservice",
        discount: "Geachte mevrouw De Vries,\n\nEen aanvaller heeft op 20 november 2026 uw e-mailadres gekopieerd. Als excuus krijgt u 20 procent korting met de kortingscode SORRY20.\n\nMet vriendelijke groet,\nVoorbeeldwinkel B.V.",
        retailer: "Hallo,\nDoor een technische fout waren mogelijk gegevens van sommige klanten zichtbaar. De fout is hersteld en u hoeft uw wachtwoord niet te wijzigen.",
    },
    Case {
        lang: Lang::Pl,
        genuine: "Szanowna Pani Anno,\n\n20 listopada 2026 r. przestępca skopiował imiona, nazwiska i adresy e-mail 1200 klientów naszego sklepu internetowego. Może Pani otrzymać fałszywe e-maile, w których oszuści użyją Pani imienia. Tego samego dnia załataliśmy lukę i zgłosiliśmy sprawę na policję. Prosimy uważać na wiadomości o tym zdarzeniu: nigdy nie prosimy o hasło.\n\nW razie pytań prosimy o kontakt z naszym inspektorem ochrony danych: iod@sklep-przyklad.pl.\n\nZ poważaniem\nSklep Przykład sp. z o.o.\nul. Prosta 1, 00-001 Warszawa",
        phishing: "Drogi kliencie,\n\nWykryliśmy nietypową aktywność na Twoim koncie. Zweryfikuj swoje konto w ciągu 24 godzin, w przeciwnym razie konto zostanie zablokowane. Kliknij tutaj, zaloguj się i wpisz hasło oraz numer karty.\n\nObsługa klienta",
        discount: "Szanowna Pani Anno,\n\n20 listopada 2026 r. przestępca skopiował Pani adres e-mail. W ramach przeprosin oferujemy 20% zniżki z kodem rabatowym SORRY20.\n\nZ poważaniem\nSklep Przykład sp. z o.o.",
        retailer: "Dzień dobry,\nz powodu błędu technicznego niektóre dane klientów mogły być widoczne. Błąd został naprawiony i nie muszą Państwo zmieniać hasła.",
    },
    Case {
        lang: Lang::Cs,
        genuine: "Vážená paní Nováková,\n\ndne 20. listopadu 2026 útočník zkopíroval jména a e-mailové adresy 1 200 zákazníků našeho e-shopu. Můžete dostat podvodné e-maily, které použijí Vaše jméno. Ještě týž den jsme chybu opravili a podali trestní oznámení. Buďte opatrní u zpráv o této události: nikdy Vás nežádáme o heslo.\n\nS dotazy se obracejte na našeho pověřence pro ochranu osobních údajů: poverenec@obchod-priklad.cz.\n\nS pozdravem\nObchod Příklad s.r.o.\nVáclavské náměstí 1, 110 00 Praha 1",
        phishing: "Vážený zákazníku,\n\nzaznamenali jsme neobvyklou aktivitu na Vašem účtu. Ověřte svůj účet do 24 hodin, jinak bude Váš účet zablokován. Klikněte zde, přihlaste se a zadejte heslo a číslo karty.\n\nZákaznický servis",
        discount: "Vážená paní Nováková,\n\ndne 20. listopadu 2026 útočník zkopíroval Vaši e-mailovou adresu. Na omluvu Vám nabízíme slevu 20 % se slevovým kódem SORRY20.\n\nS pozdravem\nObchod Příklad s.r.o.",
        retailer: "Dobrý den,\nkvůli technické chybě mohly být viditelné některé údaje zákazníků. Chyba byla opravena a nemusíte měnit heslo.",
    },
    Case {
        lang: Lang::Sv,
        genuine: "Hej Anna Andersson,\n\nDen 20 november 2026 kopierade en angripare namn och e-postadresser för 1 200 kunder i vår webbutik. Du kan få nätfiskemejl som använder ditt namn. Vi stängde säkerhetshålet samma dag och har gjort en polisanmälan. Var försiktig med meddelanden om den här händelsen: vi ber aldrig om ditt lösenord.\n\nHar du frågor? Kontakta vårt dataskyddsombud på dso@exempelbutiken.se.\n\nMed vänliga hälsningar\nExempelbutiken AB\nStorgatan 1, 111 22 Stockholm",
        phishing: "Bästa kund,\n\nVi har upptäckt ovanlig aktivitet på ditt konto. Verifiera ditt konto inom 24 timmar, annars kommer ditt konto att spärras. Klicka här för att logga in och ange ditt lösenord och kortnummer.\n\nKundtjänst",
        discount: "Hej Anna Andersson,\n\nEn angripare kopierade din e-postadress den 20 november 2026. Som ursäkt får du 20 procent rabatt med rabattkoden FORLAT20.\n\nMed vänliga hälsningar\nExempelbutiken AB",
        retailer: "Hej,\npå grund av ett tekniskt fel kan vissa uppgifter om några kunder ha varit synliga. Felet är åtgärdat och du behöver inte byta lösenord.",
    },
    Case {
        lang: Lang::El,
        genuine: "Αγαπητή κυρία Παπαδοπούλου,\n\nΣτις 20 Νοεμβρίου 2026 ένας επιτιθέμενος αντέγραψε τα ονόματα και τα email 1.200 πελατών του ηλεκτρονικού μας καταστήματος. Μπορεί να λάβετε μηνύματα phishing που χρησιμοποιούν το όνομά σας. Κλείσαμε το κενό την ίδια ημέρα και υποβάλαμε μήνυση. Να είστε προσεκτική με μηνύματα για αυτό το περιστατικό: δεν ζητάμε ποτέ τον κωδικό σας.\n\nΓια απορίες, επικοινωνήστε με τον Υπεύθυνο Προστασίας Δεδομένων στο dpo@paradeigma-katastima.gr.\n\nΜε εκτίμηση,\nΠαράδειγμα Κατάστημα Α.Ε.\nΠανεπιστημίου 1, 105 64 Αθήνα",
        phishing: "Αγαπητέ πελάτη,\n\nΕντοπίσαμε ασυνήθιστη δραστηριότητα στον λογαριασμό σας. Επαληθεύστε τον λογαριασμό σας εντός 24 ωρών, διαφορετικά ο λογαριασμός σας θα απενεργοποιηθεί. Πατήστε εδώ για να συνδεθείτε και εισάγετε τον κωδικό και τον αριθμό κάρτας σας.\n\nΕξυπηρέτηση πελατών",
        discount: "Αγαπητή κυρία Παπαδοπούλου,\n\nΈνας επιτιθέμενος αντέγραψε το email σας στις 20 Νοεμβρίου 2026. Ως αποζημίωση σας προσφέρουμε έκπτωση 20% με τον εκπτωτικό κωδικό SORRY20.\n\nΜε εκτίμηση,\nΠαράδειγμα Κατάστημα Α.Ε.",
        retailer: "Γεια σας,\nλόγω ενός τεχνικού σφάλματος ορισμένα στοιχεία κάποιων πελατών ενδέχεται να ήταν ορατά. Το σφάλμα διορθώθηκε και δεν χρειάζεται να αλλάξετε τον κωδικό σας.",
    },
    Case {
        lang: Lang::Pt,
        genuine: "Cara Sra. Silva,\n\nEm 20 de novembro de 2026, um atacante copiou os nomes e os endereços de e-mail de 1200 clientes da nossa loja online. Poderá receber e-mails de phishing que usem o seu nome. Corrigimos a falha no mesmo dia e apresentámos queixa à Polícia Judiciária. Desconfie de mensagens sobre este incidente: nunca lhe pediremos a sua palavra-passe.\n\nSe tiver dúvidas, contacte o nosso encarregado de proteção de dados através de epd@loja-exemplo.pt.\n\nCom os melhores cumprimentos,\nLoja Exemplo, Lda.\nRua Augusta 1, 1100-048 Lisboa",
        phishing: "Caro cliente,\n\nDetetámos atividade invulgar na sua conta. Verifique a sua conta em 24 horas, caso contrário a sua conta será bloqueada. Clique aqui para iniciar sessão e introduza a sua palavra-passe e o número do cartão.\n\nApoio ao Cliente",
        discount: "Cara Sra. Silva,\n\nUm atacante copiou o seu endereço de e-mail em 20 de novembro de 2026. Como pedido de desculpa, oferecemos-lhe um desconto de 20% com o código promocional DESCULPA20.\n\nCom os melhores cumprimentos,\nLoja Exemplo, Lda.",
        retailer: "Olá,\ndevido a um erro técnico, alguns dados de clientes poderão ter estado visíveis. O erro foi corrigido e não precisa de alterar a sua palavra-passe.",
    },
    Case {
        lang: Lang::Ro,
        genuine: "Stimată doamnă Popescu,\n\nPe 20 noiembrie 2026, un atacator a copiat numele și adresele de e-mail a 1.200 de clienți ai magazinului nostru online. Ați putea primi e-mailuri de phishing care folosesc numele dumneavoastră. Am remediat breșa în aceeași zi și am depus plângere la Poliția Română. Fiți atenți la mesajele despre acest incident: nu vă vom cere niciodată parola.\n\nPentru întrebări, contactați responsabilul nostru cu protecția datelor la dpo@magazin-exemplu.ro.\n\nCu stimă,\nMagazin Exemplu SRL\nStr. Lipscani 1, 030031 București",
        phishing: "Stimate client,\n\nAm observat activitate neobișnuită în contul dumneavoastră. Verificați contul în 24 de ore, altfel contul va fi blocat. Faceți clic aici pentru a vă autentifica și introduceți parola și numărul cardului.\n\nServiciul Clienți",
        discount: "Stimată doamnă Popescu,\n\nUn atacator a copiat adresa dumneavoastră de e-mail pe 20 noiembrie 2026. Ca să ne cerem scuze, vă oferim o reducere de 20% cu codul promoțional SCUZE20.\n\nCu stimă,\nMagazin Exemplu SRL",
        retailer: "Bună ziua,\ndin cauza unei erori tehnice, unele date ale clienților ar fi putut fi vizibile. Eroarea a fost corectată și nu este necesar să schimbați parola.",
    },
];

#[test]
fn a_genuine_notice_raises_no_warning() {
    for c in &CASES {
        let found = ids(c.lang, c.genuine);
        assert!(warnings(&found).is_empty(), "{:?}: {found:?}", c.lang);
        assert!(
            !has(&found, "generic_salutation"),
            "{:?}: {found:?}",
            c.lang
        );
    }
}

#[test]
fn a_phishing_imitation_raises_its_hallmarks() {
    for c in &CASES {
        let found = ids(c.lang, c.phishing);
        for id in [
            "credential_request",
            "login_link",
            "urgency_pressure",
            "generic_salutation",
            "no_sender_identity",
        ] {
            assert!(has(&found, id), "{:?} {id}: {found:?}", c.lang);
        }
    }
}

#[test]
fn a_discount_is_marketing_content() {
    for c in &CASES {
        let found = ids(c.lang, c.discount);
        assert!(has(&found, "marketing_content"), "{:?}: {found:?}", c.lang);
        assert!(
            !has(&found, "credential_request"),
            "{:?}: {found:?}",
            c.lang
        );
    }
}

#[test]
fn the_retailers_two_lines_are_vague_and_unexplained() {
    for c in &CASES {
        let found = ids(c.lang, c.retailer);
        for id in [
            "vague_cause",
            "unexplained_reassurance",
            "hedged_scope",
            "generic_salutation",
            "no_sender_identity",
        ] {
            assert!(has(&found, id), "{:?} {id}: {found:?}", c.lang);
        }
        assert!(
            !has(&found, "credential_request"),
            "{:?}: {found:?}",
            c.lang
        );
    }
}

#[test]
fn jargon_and_long_sentences_with_evidence() {
    let text = "Dear Ms Jansen,\nThe threat actor used SQL injection against an unpatched endpoint and exfiltrated hashed and salted credentials, after which our incident response team, together with external forensic specialists, contained the intrusion, rotated every key and restored all affected systems from known-good backups over the following weekend.\nKind regards,\nExample Shop Ltd";
    let report = evaluate(&Request {
        text: Some(text),
        audience: Audience::DataSubjects,
        lang: LangChoice::Fixed(Lang::En),
        facts: None,
        now: None,
    });
    let review = report.review.unwrap_or_else(|| unreachable!());
    let jargon = review.signals.iter().find(|s| s.id == SignalId::Jargon);
    let words: StdVec<&str> = jargon
        .map(|s| s.evidence.iter().filter_map(|e| e.slice(text)).collect())
        .unwrap_or_default();
    assert_eq!(
        words,
        [
            "threat actor",
            "SQL injection",
            "endpoint",
            "exfiltrated",
            "hashed and salted",
            "forensic"
        ]
    );
    let long = review
        .signals
        .iter()
        .find(|s| s.id == SignalId::LongSentences);
    assert_eq!(long.map(|s| s.evidence.len()), Some(1));
    assert_eq!(long.map(|s| s.severity), Some(Severity::Info));
}

#[test]
fn explained_jargon_is_not_flagged() {
    let found = ids(
        Lang::En,
        "Dear Ms Jansen,\nThe attacker used ransomware (software that locks files until a ransom is paid).\nKind regards,\nExample Shop Ltd",
    );
    assert!(!has(&found, "jargon"), "{found:?}");
}

#[test]
fn a_warning_against_phishing_is_not_phishing() {
    let found = ids(
        Lang::En,
        "Fraudsters may send you e-mails asking you to enter your password on a fake site. Never click a link in such an e-mail.",
    );
    assert!(!has(&found, "credential_request"), "{found:?}");
    assert!(!has(&found, "login_link"), "{found:?}");
}

#[test]
fn every_group_has_phrases_in_every_language() {
    use crate::fix::data::lang_data;
    for lang in Lang::ALL {
        let d = lang_data(lang);
        for (g, name) in Group::ALL {
            let n = d
                .phrases
                .index
                .entries()
                .filter(|(t, _)| *t == g as usize)
                .count();
            assert!(n > 0, "{lang:?} has no phrase in [{name}] ({g:?})");
        }
    }
}

#[test]
fn a_reason_in_the_sentence_before_explains_a_reassurance() {
    // The reason may stand in the sentence before the reassurance or in the one after it,
    // in every language; two sentences away it does not count.
    let explained: &[(Lang, &str)] = &[
        (
            Lang::En,
            "The laptop was encrypted, so the files cannot be read. There is no evidence of misuse.",
        ),
        (
            Lang::En,
            "There is no evidence of misuse. The files cannot be read because the laptop was encrypted.",
        ),
        (
            Lang::De,
            "Der Laptop war verschlüsselt. Es gibt keine Hinweise auf Missbrauch.",
        ),
        (
            Lang::Nl,
            "De bestanden waren versleuteld. Er zijn geen aanwijzingen voor misbruik.",
        ),
    ];
    for &(lang, text) in explained {
        let found = ids(lang, text);
        assert!(!has(&found, "unexplained_reassurance"), "{text}: {found:?}");
    }
    let unexplained: &[(Lang, &str)] = &[
        (
            Lang::En,
            "The laptop was encrypted. We are sorry. There is no evidence of misuse. We thank you.",
        ),
        (
            Lang::De,
            "Der Laptop war verschlüsselt. Wir bedauern den Vorfall. Es gibt keine Hinweise auf Missbrauch.",
        ),
    ];
    for &(lang, text) in unexplained {
        let found = ids(lang, text);
        assert!(has(&found, "unexplained_reassurance"), "{text}: {found:?}");
    }
}

/// The review of a report (its signals and readability read by the reading pass from the
/// words it split, a sentence over `MAX_SENTENCE_WORDS` split again) is the review of the
/// text read on its own ([`crate::fix::review`]: every sentence split here), in every
/// language, for short sentences, a long one with jargon in its overlapping windows, and
/// a sentence of exactly the held words.
#[test]
fn the_reading_pass_reviews_as_the_text_read_alone() {
    use crate::limits::{MAX_FIX_PHRASES, MAX_SENTENCE_WORDS};
    use crate::text::matcher::DecodedIndex;
    let mut long = String::from("The threat actor used SQL injection");
    for _ in 0..MAX_SENTENCE_WORDS {
        long.push_str(" and a technical error");
    }
    long.push_str(" and exfiltrated hashed and salted credentials.\n");
    let exact = "word ".repeat(MAX_SENTENCE_WORDS - 1) + "endpoint.\n";
    let mut decoded: std::boxed::Box<DecodedIndex<MAX_FIX_PHRASES>> =
        std::boxed::Box::new(DecodedIndex::empty());
    for c in &CASES {
        for body in [c.genuine, c.phishing, c.discount, c.retailer] {
            for text in [
                String::from(body),
                std::format!("{long}{body}"),
                std::format!("{body}\n{exact}{long}"),
            ] {
                let report = evaluate(&Request {
                    text: Some(&text),
                    audience: Audience::DataSubjects,
                    lang: LangChoice::Fixed(c.lang),
                    facts: None,
                    now: None,
                });
                let notice = report.notice.as_ref().unwrap_or_else(|| unreachable!());
                let alone = crate::fix::review(
                    &text,
                    c.lang,
                    Audience::DataSubjects,
                    notice,
                    report.derived.as_ref(),
                    report.facts.as_ref(),
                    &mut decoded,
                );
                assert_eq!(report.review.as_ref(), Some(&alone), "{:?}", c.lang);
            }
        }
    }
}

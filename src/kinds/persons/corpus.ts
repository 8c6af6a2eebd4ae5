/**
 * Examples for the persons rules: [release text, expected person] pairs (the person must be
 * found with these fields; `roles` must all be present, `mentions` is the number of mentions),
 * and texts that must yield no person (or not the named one).
 */
export interface PersonCase {
  name: string;
  roles?: string[];
  title?: string;
  organization?: string;
  mentions?: number;
  /** The person must have no role at all. */
  noRoles?: true;
}

export const PERSON_POSITIVES: Array<[string, PersonCase]> = [
  // persons/first-name
  ['Die SPD-Kreisvorsitzende und Landtagskandidatin Ellen Stock bedankte sich. Stock lobte das Team.', { name: 'Ellen Stock', roles: ['SPD-Kreisvorsitzende', 'Landtagskandidatin'], organization: 'SPD', mentions: 2 }],
  ['Geschäftsführer Max Muster eröffnete die neue Halle in Lemgo.', { name: 'Max Muster', roles: ['Geschäftsführer'] }],
  // a role opening the sentence, then a copula, then the name
  ['Sprecherin des Forschungsbereichs ist Prof. Dr. Henrike Saalfeld vom Institut für Botanik.', { name: 'Henrike Saalfeld', roles: ['Sprecherin des Forschungsbereichs'] }],
  ['Neue stellvertretende Vorsitzende ist Jana Haußmann.', { name: 'Jana Haußmann', roles: ['stellvertretende Vorsitzende'] }],
  ['Der Vorsitzende des Vereins bleibt Max Muster.', { name: 'Max Muster', roles: ['Vorsitzende des Vereins'] }],
  ['Schuld ist Max Muster, sagt die Polizei.', { name: 'Max Muster', noRoles: true }],
  // capitalised title adjectives belong to the role; a lower-case ordinal does not
  ['Das Urteil verkündete die Vorsitzende Richterin Dr. Anke Wessels.', { name: 'Anke Wessels', roles: ['Vorsitzende Richterin'] }],
  ['Gewählt wurde die Erste Kreisrätin Annika Lammers.', { name: 'Annika Lammers', roles: ['Erste Kreisrätin'] }],
  // Swiss and Romansh first names
  ['«Das ist ein Bekenntnis», sagte Verbandspräsident Beat Zurkirchen.', { name: 'Beat Zurkirchen', roles: ['Verbandspräsident'] }],
  ['Verwaltungsratspräsidentin Flurina Casutt-Derungs kündigte einen Neubau an.', { name: 'Flurina Casutt-Derungs' }],
  ['Max Muster, Vorstandsvorsitzender der Nordlicht Energie AG, stellte die Zahlen vor.', { name: 'Max Muster', roles: ['Vorstandsvorsitzender'], organization: 'Nordlicht Energie AG' }],
  ['Bürgermeisterin Sabine Krüger-Hoffmann begrüßte die Gäste.', { name: 'Sabine Krüger-Hoffmann', roles: ['Bürgermeisterin'] }],
  ['Die Leitung übernimmt Hans-Peter Müller-Lüdenscheidt. Müller-Lüdenscheidts Erfahrung sei wertvoll.', { name: 'Hans-Peter Müller-Lüdenscheidt', mentions: 2 }],
  ['Anna Lemgo wohnt nicht in Lemgo, sagte die Sprecherin.', { name: 'Anna Lemgo' }],
  ['Mit dabei war auch Ursula von der Leyen, die Präsidentin der Kommission.', { name: 'Ursula von der Leyen' }],
  ['Die Laudatio hielt Dr. von Hagenbeck.', { name: 'von Hagenbeck', title: 'Dr.' }],
  // persons/title
  ['Prof. Dr. Heinrich Brandt, Direktor des Instituts, hielt den Vortrag.', { name: 'Heinrich Brandt', title: 'Prof. Dr.', roles: ['Direktor'] }],
  ['Dipl.-Ing. Katrin Vogt leitet das Projekt seit Januar.', { name: 'Katrin Vogt', title: 'Dipl.-Ing.' }],
  ['Für die Stadt sprach Herr Brinkhoff. Frau Okonkwo ergänzte die Zahlen.', { name: 'Brinkhoff' }],
  ['Für die Stadt sprach Herr Brinkhoff. Frau Okonkwo ergänzte die Zahlen.', { name: 'Okonkwo' }],
  ['Dr. Weißenfels war bis 2019 im Amt.', { name: 'Weißenfels', title: 'Dr.' }],
  // the Austrian engineer's title, between a role and the name too
  ['Bürgermeister Ing. Franz Huber eröffnete die Brücke.', { name: 'Franz Huber', title: 'Ing.', roles: ['Bürgermeister'] }],
  // a role with its complement before a comma, then the name
  ['Das sagte der Leiter der Feuerwehr, Stephan Kortüm, am Mittwoch.', { name: 'Stephan Kortüm', roles: ['Leiter der Feuerwehr'] }],
  ['Es sprachen die Landrätin des Vogtlandkreises, Dr. Simone Lehmann, und der Oberbürgermeister der Stadt Plauen, Jens Albrecht.', { name: 'Jens Albrecht', roles: ['Oberbürgermeister der Stadt Plauen'] }],
  ['Die Staatssekretärin im niedersächsischen Wirtschaftsministerium, Anke Bruns-Terhaar, nannte das Werk ein Signal.', { name: 'Anke Bruns-Terhaar', roles: ['Staatssekretärin im niedersächsischen Wirtschaftsministerium'] }],
  // an unnamed spokesperson is not the person named before
  ['Anna Berg sah zu. Max Huber kam. „Die Ermittlungen laufen“, sagte der Polizeisprecher.', { name: 'Max Huber', noRoles: true }],
  // … not from a clause before the comma
  ['Der Leiter lobte die Helfer, Anna Schmidt sprach danach.', { name: 'Anna Schmidt', noRoles: true }],
  // an adjective that is part of the role, before or after the name
  ['Geleitet wird das Zentrum von Prof. Dr. Malte Ohlendorf, Ärztlicher Direktor der Harzklinik.', { name: 'Malte Ohlendorf', roles: ['Ärztlicher Direktor'] }],
  ['Kaufmännischer Direktor Dr. Jan Uhl rechnete vor.', { name: 'Jan Uhl', roles: ['Kaufmännischer Direktor'] }],
  // adjectival role nouns in their -en form
  ['Im ersten Wahlgang setzte sie sich gegen den CDU-Fraktionsvorsitzenden Thomas Biehl durch.', { name: 'Thomas Biehl', roles: ['CDU-Fraktionsvorsitzenden'] }],
  // occupations and club offices as roles
  ['Kassiererin Monika Fetzer legte einen soliden Kassenbericht vor.', { name: 'Monika Fetzer', roles: ['Kassiererin'] }],
  ['Das sagt Kellermeisterin Lena Dexheimer.', { name: 'Lena Dexheimer', roles: ['Kellermeisterin'] }],
  // Westphalian double surnames without a hyphen
  ['Neu im Vorstand ist Schatzmeisterin Miriam Schulze Brömmelkamp.', { name: 'Miriam Schulze Brömmelkamp', roles: ['Schatzmeisterin'] }],
  // Austrian titles between role and name: "DI" only in capitals, "MMag.", "DDr."
  ['Geschäftsführer DI Florian Hörl sagte bei der Präsentation, das Werk wachse.', { name: 'Florian Hörl', title: 'DI', roles: ['Geschäftsführer'] }],
  ['Bürgermeisterin MMag. Eva Huber eröffnete die Halle.', { name: 'Eva Huber', title: 'MMag.', roles: ['Bürgermeisterin'] }],
  // persons/role
  ['Landrat Tiemann lobte den Einsatz der Helfer.', { name: 'Tiemann', roles: ['Landrat'] }],
  ['Dr. Karla Wendt, Vorständin der Elbwerk AG, stellte die Zahlen vor.', { name: 'Karla Wendt', title: 'Dr.', roles: ['Vorständin'], organization: 'Elbwerk AG' }],
  ['Verhandlungsführer Tobias Keller lehnte das Angebot ab.', { name: 'Tobias Keller', roles: ['Verhandlungsführer'] }],
  // persons/speech-verb and persons/surname
  ['„Das ist ein guter Tag“, nannte Harnisch einen weiteren Grund. Später erläuterte Harnisch die Pläne.', { name: 'Harnisch', mentions: 2 }],
  ['„Wir bleiben hier“, so Kowalczyk.', { name: 'Kowalczyk' }],
  ['Der Vertrag läuft bis 2030, betonte Terhorst am Montag.', { name: 'Terhorst' }],
  // a role referring back
  ['Jens Harnisch sprach in Lemgo. Danach erörterte der Geschäftsleiter die Strategie.', { name: 'Jens Harnisch', roles: ['Geschäftsleiter'] }],
  ['Neue Vorsitzende ist Petra Hagen. Die neue Vorsitzende dankte ihrem Vorgänger.', { name: 'Petra Hagen', roles: ['Vorsitzende'] }],
];

/** [text, name that must NOT be a person]. */
export const PERSON_NEGATIVES: Array<[string, string]> = [
  // a title ends its line: the next line's first word is no name of it
  ['Ad-hoc-Mitteilung gemäss Art. 53 KR\n\nTessaro steigert Umsatz und Gewinn', 'Tessaro'],
  ['Besonderes Interesse fanden die Druckleistungen aus Lemgo.', 'Besonderes Interesse'],
  ['Die Daten liegen an zwei Standorten (Dual Site Konzept).', 'Dual Site Konzept'],
  ['Das Land NRW will mit seinem Programm „Gute Schule 2020“ helfen.', 'Gute Schule'],
  ['Der Umsatz lag 1998 bei 40 Millionen Mark Umsatz.', 'Mark Umsatz'],
  ['Mark Brandenburg ist eine historische Landschaft.', 'Mark Brandenburg'],
  ['Die Sitzung fand im ersten Stock statt. Die Gäste kamen aus Lemgo.', 'Lemgo'],
  ['Die Gewerkschaft kündigte Widerstand an.', 'Widerstand'],
  ['Der Minister erklärte Details zum Haushalt. Der Präsident nannte Zahlen.', 'Details'],
  ['Der Minister erklärte Details zum Haushalt. Der Präsident nannte Zahlen. Die Zahlen sind gut.', 'Zahlen'],
  ['Sie sagte Nein. Er sagte Danke.', 'Nein'],
  ['Geschäftsführer Vertrieb ist seit Mai Herr Lange.', 'Vertrieb'],
  ['Die Max-Planck-Gesellschaft und die Karl Marx Straße sind keine Personen.', 'Karl Marx'],
  ['Neue Wege geht die Stadt bei der Planung. Große Freude herrscht bei den Eltern.', 'Neue Wege'],
  ['Pressekontakt:\nJulia Sommer\nTel. 05241 123456', 'Julia Sommer'],
  // a particle name needs a first name or a title: "von X" after a role is an organisation or a place
  ['Sie ist Mitgründerin und Geschäftsführerin von Kelvo.', 'von Kelvo'],
  ['Der Gemeinderat von Ottendorf-Okrilla hat getagt.', 'von Ottendorf-Okrilla'],
  ['„Das war knapp“, sagte von Bergheim nach der Sitzung.', 'von Bergheim'],
];

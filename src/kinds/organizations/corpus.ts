/** Examples for the organisation rules: [text, expected organisation] and [text, name that must not be one]. */
export interface OrgCase { name: string; legalForm?: string; mentions?: number }

export const ORG_POSITIVES: Array<[string, OrgCase]> = [
  ['Die IG-BCE-Verhandlungsführerin Anna Muster sprach.', { name: 'IG BCE' }],
  // a party word in a list of parties
  ['Die Fraktionen von CDU, SPD und Grünen stimmten dafür.', { name: 'Bündnis 90/Die Grünen' }],
  // a club prefix with its registered form; two name words joined by a slash
  ['Der Zweitligist HC Innerste 09 Hildesheim e.V. hat einen neuen Sponsor.', { name: 'HC Innerste 09 Hildesheim e.V.', legalForm: 'e.V.' }],
  ['Die HSG Wetzlar gewann.', { name: 'HSG Wetzlar' }],
  ['Die Flughafen Paderborn/Lippstadt GmbH schloss das Jahr ab.', { name: 'Flughafen Paderborn/Lippstadt GmbH', legalForm: 'GmbH' }],
  // organizations/legal-form
  ['Die Muster Technik GmbH & Co. KG aus Gütersloh wächst.', { name: 'Muster Technik GmbH & Co. KG', legalForm: 'GmbH & Co. KG' }],
  ['Die Nordlicht Energie AG meldet Rekordzahlen.', { name: 'Nordlicht Energie AG', legalForm: 'AG' }],
  // a compound description before the name is not part of it ("Fintech-Startup", like "Softwarehersteller")
  ['Das Berliner Fintech-Startup Kontor Pay GmbH sammelt Geld ein.', { name: 'Kontor Pay GmbH', legalForm: 'GmbH' }],
  ['Der Heimatverein Lemgo e.V. lädt ein.', { name: 'Heimatverein Lemgo e.V.', legalForm: 'e.V.' }],
  ['Gegründet wurde die Brotzeit UG (haftungsbeschränkt) im Jahr 2019.', { name: 'Brotzeit UG (haftungsbeschränkt)', legalForm: 'UG (haftungsbeschränkt)' }],
  ['Die Volksbank Lippe eG und die Werkstatt gGmbH kooperieren.', { name: 'Werkstatt gGmbH', legalForm: 'gGmbH' }],
  ['Das Unternehmen Kessler Logistik SE investiert.', { name: 'Kessler Logistik SE', legalForm: 'SE' }],
  ['Die Bertelsmann Stiftung veröffentlichte eine Studie.', { name: 'Bertelsmann Stiftung', legalForm: 'Stiftung' }],
  // organizations/head
  ['Die Universität Bielefeld forscht dazu.', { name: 'Universität Bielefeld' }],
  ['Das Ministerium für Schule und Bildung prüft den Antrag.', { name: 'Ministerium für Schule und Bildung' }],
  // organizations/long-form: the name an acronym in brackets stands for, and the acronym as its mention
  ['Die Gewerkschaft Erziehung und Wissenschaft (GEW) fordert mehr Lehrkräfte. Die GEW droht mit Streik.', { name: 'Gewerkschaft Erziehung und Wissenschaft', mentions: 2 }],
  ['Laut Verband Deutscher Maschinen- und Anlagenbau (VDMA) sanken die Aufträge.', { name: 'Verband Deutscher Maschinen- und Anlagenbau' }],
  ['Die Lemgoer Verkehrsbetriebe GmbH (LVB) fahren nicht.', { name: 'Lemgoer Verkehrsbetriebe GmbH', legalForm: 'GmbH' }],
  // a ministry named by its field in one word needs no complement
  ['Das Bundesverkehrsministerium fördert den Ausbau mit 3 Mio. Euro.', { name: 'Bundesverkehrsministerium' }],
  ['Eine Sprecherin des Gesundheitsministeriums bestätigte die Zahl.', { name: 'Gesundheitsministeriums' }],
  ['Die Stadtwerke Lemgo liefern Ökostrom.', { name: 'Stadtwerke Lemgo' }],
  // a long complement, and one with a shortened compound ("Herz- und Gefäßchirurgie")
  ['Das Ministerium für Wirtschaft, Mittelstand und Digitales des Landes Nordrhein-Westfalen fördert das Projekt.', { name: 'Ministerium für Wirtschaft, Mittelstand und Digitales des Landes Nordrhein-Westfalen' }],
  ['Dr. Anna Weber, Direktorin der Klinik für Herz- und Gefäßchirurgie, verwies darauf.', { name: 'Klinik für Herz- und Gefäßchirurgie' }],
  // a saint's prefix belongs to the place adjective
  ['Die Regierung hat mit dem St.Galler Bauernverband eine Entschädigung vereinbart.', { name: 'St.Galler Bauernverband' }],
  ['Die St. Galler Kantonalbank wächst.', { name: 'St. Galler Kantonalbank' }],
  ['Die Feuerwehr Rheine rückte 2024 zu 812 Einsätzen aus.', { name: 'Feuerwehr Rheine' }],
  ['Der Tiergarten Kranichfeld zählte 412.300 Gäste.', { name: 'Tiergarten Kranichfeld' }],
  ['Die Kreishandwerkerschaft Lippe vertritt 1.200 Betriebe.', { name: 'Kreishandwerkerschaft Lippe' }],
  ['Die Wohnbaugenossenschaft Eulachtal baut 84 Wohnungen.', { name: 'Wohnbaugenossenschaft Eulachtal' }],
  ['Ein Sprecher vom Polizeipräsidium Oberbayern Süd sagte das.', { name: 'Polizeipräsidium Oberbayern Süd' }],
  ['Die Polizeiinspektion Bad Tölz ermittelt.', { name: 'Polizeiinspektion Bad Tölz' }],
  ['Das Klinikum Lippe stellt ein.', { name: 'Klinikum Lippe' }],
  ['Das Fraunhofer-Institut begleitet das Projekt.', { name: 'Fraunhofer-Institut' }],
  // organizations/acronym, lower-acronym, club
  ['Das krz wurde vom BSI zertifiziert. Das krz wächst.', { name: 'krz', mentions: 2 }],
  ['Das krz wurde vom BSI zertifiziert.', { name: 'BSI' }],
  ['Die SPD-Kreisvorsitzende sprach.', { name: 'SPD' }],
  ['Die KfW fördert das Vorhaben.', { name: 'KfW' }],
  ['Die IG Metall kündigte Warnstreiks an.', { name: 'IG Metall' }],
  ['Die ETH Zürich bleibt Forschungspartnerin.', { name: 'ETH Zürich' }],
  ['Auch die Zürcher Kantonalbank beteiligt sich.', { name: 'Zürcher Kantonalbank' }],
  ['Unterstützung kommt von den Stadtwerken Detmold.', { name: 'Stadtwerke Detmold' }],
  ['Partner ist die Technischen Hochschule Ostwestfalen-Lippe.', { name: 'Technische Hochschule Ostwestfalen-Lippe' }],
  // a description before the name is not part of it
  ['Der Küchengerätehersteller Wallner Haushaltstechnik AG baut ab.', { name: 'Wallner Haushaltstechnik AG', legalForm: 'AG' }],
  ['Die Aktien der Bergfried Diagnostik AG legten zu.', { name: 'Bergfried Diagnostik AG' }],
  ['Die Brotkette Kornfeld Backwaren GmbH eröffnet.', { name: 'Kornfeld Backwaren GmbH' }],
  // a head name right before a legal-form name is one organisation
  ['Der Westfälische Heimatverein Ortsgruppe Lindenhof e.V. lädt ein.', { name: 'Westfälische Heimatverein Ortsgruppe Lindenhof e.V.' }],
  // a comma before a person ends a head name
  ['Es sprach der Vorsitzende des Landesverbandes der Dachdecker, Jörg Feldmann.', { name: 'Landesverbandes der Dachdecker' }],
  // organizations/business: a name + a business head, no legal form
  ['Angeführt wird die Runde von Fichtelberg Ventures aus München.', { name: 'Fichtelberg Ventures' }],
  ['Neu dabei ist der Investor Seewind Capital.', { name: 'Seewind Capital' }],
  ['Die Umfrage führte das Institut Weitblick Research durch.', { name: 'Weitblick Research' }],
  ['Veranstalter ist Möwenflug Reisen aus Kiel.', { name: 'Möwenflug Reisen' }],
  ['Den Preis teilen sich das Büro Krämer Partner und andere.', { name: 'Krämer Partner' }],
  ['Die Kanzlei Brandes Partner GmbH berät.', { name: 'Brandes Partner GmbH', legalForm: 'GmbH' }],
  // organizations/legal-form-short: the same name without its form is a mention of it; a name of three words or
  // more also by its first two words or more before a lower-case word
  ['Donau Cargo startet Bau von Logistikzentrum\nLinz (OTS) – Die Donau Cargo Logistik GmbH baut ein neues Zentrum.', { name: 'Donau Cargo Logistik GmbH', mentions: 2 }],
  ['Tannwerk Robotics wächst. Die Tannwerk Robotics GmbH wurde 2020 gegründet.', { name: 'Tannwerk Robotics GmbH', mentions: 2 }],
  ['Die Kessler Antriebe GmbH stellt ein. Kessler Antriebe sucht 40 Fachkräfte.', { name: 'Kessler Antriebe GmbH', mentions: 2 }],
  // organizations/trade: a trade noun + the owner's surname
  ['Die Kette Backhaus Wibbelt eröffnet zwei Filialen.', { name: 'Backhaus Wibbelt' }],
  ['Den Dachstuhl baute die Zimmerei Hölscher in drei Wochen.', { name: 'Zimmerei Hölscher' }],
  // organizations/body: public bodies
  ['Die Klinik gehört der Stadt Bielefeld und dem Kreis Lippe.', { name: 'Stadt Bielefeld' }],
  ['Die Gesellschafter sind der Landkreis Gifhorn und zwei Gemeinden.', { name: 'Landkreis Gifhorn' }],
  ['Der Freistaat Bayern übernimmt die Hälfte der Kosten.', { name: 'Freistaat Bayern' }],
  ['Der Plan muss von der Regierung von Oberbayern genehmigt werden.', { name: 'Regierung von Oberbayern' }],
  ['Der Stadtrat hat den Haushalt beschlossen.', { name: 'Stadtrat' }],
  ['Nach Angaben der Kriminalpolizei entkamen die Täter.', { name: 'Kriminalpolizei' }],
  ['Die Landrätin des Erzgebirgskreises eröffnete die Messe.', { name: 'Erzgebirgskreises' }],
  // organizations/known: names of several words, as written
  ['Die Richtlinie der Europäischen Union gilt ab Mai.', { name: 'Europäischen Union' }],
  ['Das Projekt folgt den Zielen der Vereinten Nationen.', { name: 'Vereinten Nationen' }],
  ['Die Fraktionen von CDU, Freien Wählern und SPD stimmten zu.', { name: 'Freien Wählern' }],
  ['Die Treuhandanstalt verkaufte das Werk 1992.', { name: 'Treuhandanstalt' }],
  // organizations/head: more heads
  ['Die Deutsche Forschungsgemeinschaft fördert das Projekt.', { name: 'Deutsche Forschungsgemeinschaft' }],
  ['Die Aktie notiert an der Frankfurter Wertpapierbörse.', { name: 'Frankfurter Wertpapierbörse' }],
  ['Der Landessportbund Hessen gibt 20.000 Euro dazu.', { name: 'Landessportbund Hessen' }],
  ['Die Stiftung Westfälische Zukunft vergibt einen Preis.', { name: 'Stiftung Westfälische Zukunft' }],
  ['Auch der Sächsische Innovationsfonds beteiligt sich.', { name: 'Sächsische Innovationsfonds' }],
  ['Die Kammerbühne Lemgo eröffnet die Spielzeit.', { name: 'Kammerbühne Lemgo' }],
  // organizations/acronym-name: an acronym followed by name words is one name
  ['Am Samstag spielt der TSG Eintracht Lüneburg gegen uns.', { name: 'TSG Eintracht Lüneburg' }],
  ['Gegner ist der MSV Germania Paderborn.', { name: 'MSV Germania Paderborn' }],
  ['Die Aktien sind an der SIX Swiss Exchange kotiert.', { name: 'SIX Swiss Exchange' }],
];

export const ORG_NEGATIVES: Array<[string, string]> = [
  ['Das Hallenbad in Neumarkt i.d.OPf. wird gebaut.', 'OPf'],
  ['Die Wiese ist schön, und Grüne Soße schmeckt.', 'Bündnis 90/Die Grünen'],
  ['Das ist ein starkes Votum für eine starke Bank in der Region.', 'Bank in der Region'],
  ['Die IG-BCE-Verhandlungsführerin Anna Muster sprach.', 'IG'],
  // a canton or province code after a place is no organisation
  ['Kontakt: Meraner Straße 45, 39012 Meran (BZ), Tel. 0473 272500', 'BZ'],
  ['Das Werk in Dietikon (ZH) wächst.', 'ZH'],
  // heads without a complement are common nouns
  ['Die Feuerwehr rückte aus. Im Tiergarten war es ruhig.', 'Feuerwehr'],
  ['Die Feuerwehr rückte aus. Im Tiergarten war es ruhig.', 'Tiergarten'],
  ['Die Genossenschaft wächst.', 'Genossenschaft'],
  // Austrian titles are no acronyms of organisations
  ['An der Spitze übergibt KR Ing. Herbert Pölzl den Betrieb.', 'KR'],
  ['Die Gemeinde hat die Feuerwehr in Hermsdorf mit einem Löschfahrzeug ausgestattet.', 'Feuerwehr in Hermsdorf'],
  // a name ends with its line
  ['Ministerium für Wirtschaft und Digitales des Landes Nordrhein-Westfalen\nPressemitteilung vom 14.05.2019', 'Ministerium für Wirtschaft und Digitales des Landes Nordrhein-Westfalen Pressemitteilung'],
  // codes: an acronym before a number, an acronym with digits, a title, a service tag
  ['Die Arbeiten an der Kreisstraße CHA 22 beginnen im Mai.', 'CHA'],
  ['Die Aktie (WKN VLM482) legte zu.', 'VLM482'],
  ['Technik-Geschäftsführer DI Markus Pichlmayr sprach.', 'DI'],
  ['Linz (OTS) – Der Hafen wächst.', 'OTS'],
  ['Das IT-Team nutzt PDF-Dateien und eine API.', 'IT'],
  ['Der CO2-Ausstoß sank um 3 Prozent.', 'CO2'],
  ['Die Zertifizierung nach ISO 27001 ist erfolgt.', 'ISO'],
  ['Der Zweckverband wächst weiter.', 'Zweckverband'],
  ['Die Firma wird bzw. wurde verkauft.', 'bzw'],
  ['Das Land NRW unterstützt die Schulen.', 'NRW'],
  ['Das Ministerium prüft den Antrag noch.', 'Ministerium'],
  // an abbreviation in brackets that is no organisation keeps its words out of one
  ['Das Ergebnis vor Zinsen und Steuern (EBIT) stieg deutlich.', 'Ergebnis vor Zinsen und Steuern'],
  ['Viele kleine und mittlere Unternehmen (KMU) investieren.', 'KMU'],
  ['Das sagte Ellen Stock (SPD) am Montag.', 'Ellen Stock'],
  // a role before "der X AG" is no part of the name
  ['Dr. Karla Wendt, Vorständin der Elbwerk AG, stellte die Zahlen vor.', 'Vorständin der Elbwerk AG'],
  // currency, unit and service abbreviations
  ['Der Umsatz stieg auf 3 Mio. US-Dollar.', 'US'],
  ['Der Gewinn lag bei 512 TEUR.', 'TEUR'],
  ['Der Kaufpreis betrug 40 Mio. TDM.', 'TDM'],
  ['Die SB-Standorte bleiben geöffnet.', 'SB'],
  ['Der Umsatz lag bei 5 Mio. CHF.', 'CHF'],
  // a description or a prefix is not the name
  ['Der Küchengerätehersteller Wallner Haushaltstechnik AG baut ab.', 'Küchengerätehersteller Wallner Haushaltstechnik AG'],
  ['Die Aktien der Bergfried Diagnostik AG legten zu.', 'Aktien der Bergfried Diagnostik AG'],
  ['Am Samstag spielt der MTV Treubund Lüneburg.', 'MTV'],
  ['Es sprach der Vorsitzende des Landesverbandes der Dachdecker, Jörg Feldmann.', 'Landesverbandes der Dachdecker, Jörg Feldmann'],
  // bodies need a body, not a place: "in der Stadt", "im Landkreis", a person after "Stadtrat"
  ['Die Kita liegt in der Stadt Bielefeld.', 'Stadt Bielefeld'],
  ['Die Gemeinde im Landkreis Gifhorn wächst.', 'Landkreis Gifhorn'],
  ['Stadtrat Müller widersprach.', 'Stadtrat'],
  ['Die Landesregierung in Stuttgart plant Ladesäulen.', 'Landesregierung in Stuttgart'],
  // business heads need a name before them
  ['Die Reisen nach Italien sind beliebt.', 'Reisen'],
  ['Unsere Partner sind zufrieden.', 'Unsere Partner'],
  ['Günstige Reisen gibt es im Mai.', 'Günstige Reisen'],
  ['Die Produktion im VW Werk Emden läuft.', 'VW Werk Emden'],
  ['Die DHL Filiale Hamburg schließt.', 'DHL Filiale Hamburg'],
  ['Das Backhaus Am Markt hat geöffnet.', 'Backhaus Am'],
  ['Wie der Verband Deutscher Motoren- und Gerätebau mitteilte, sinkt der Absatz.', 'Verband Deutscher Motoren'],
];

/** Examples for the organisation rules: [text, expected organisation] and [text, name that must not be one]. */
export interface OrgCase { name: string; legalForm?: string; mentions?: number }

export const ORG_POSITIVES: Array<[string, OrgCase]> = [
  // organizations/legal-form
  ['Die Muster Technik GmbH & Co. KG aus Gütersloh wächst.', { name: 'Muster Technik GmbH & Co. KG', legalForm: 'GmbH & Co. KG' }],
  ['Die Nordlicht Energie AG meldet Rekordzahlen.', { name: 'Nordlicht Energie AG', legalForm: 'AG' }],
  ['Der Heimatverein Lemgo e.V. lädt ein.', { name: 'Heimatverein Lemgo e.V.', legalForm: 'e.V.' }],
  ['Gegründet wurde die Brotzeit UG (haftungsbeschränkt) im Jahr 2019.', { name: 'Brotzeit UG (haftungsbeschränkt)', legalForm: 'UG (haftungsbeschränkt)' }],
  ['Die Volksbank Lippe eG und die Werkstatt gGmbH kooperieren.', { name: 'Werkstatt gGmbH', legalForm: 'gGmbH' }],
  ['Das Unternehmen Kessler Logistik SE investiert.', { name: 'Kessler Logistik SE', legalForm: 'SE' }],
  ['Die Bertelsmann Stiftung veröffentlichte eine Studie.', { name: 'Bertelsmann Stiftung', legalForm: 'Stiftung' }],
  // organizations/head
  ['Die Universität Bielefeld forscht dazu.', { name: 'Universität Bielefeld' }],
  ['Das Ministerium für Schule und Bildung prüft den Antrag.', { name: 'Ministerium für Schule und Bildung' }],
  ['Die Stadtwerke Lemgo liefern Ökostrom.', { name: 'Stadtwerke Lemgo' }],
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
];

export const ORG_NEGATIVES: Array<[string, string]> = [
  ['Das IT-Team nutzt PDF-Dateien und eine API.', 'IT'],
  ['Der CO2-Ausstoß sank um 3 Prozent.', 'CO2'],
  ['Die Zertifizierung nach ISO 27001 ist erfolgt.', 'ISO'],
  ['Der Zweckverband wächst weiter.', 'Zweckverband'],
  ['Die Firma wird bzw. wurde verkauft.', 'bzw'],
  ['Das Land NRW unterstützt die Schulen.', 'NRW'],
];

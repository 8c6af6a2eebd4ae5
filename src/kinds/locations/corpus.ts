/** Examples for the location rules: [text, expected location name] and [text, name that must not be a location]. */
export const LOCATION_POSITIVES: Array<[string, string]> = [
  // locations/gazetteer
  ['Die Druckleistungen aus Lemgo sind gefragt.', 'Lemgo'],
  ['Über 11,5 Mio. Einwohner in NRW werden betreut.', 'NRW'],
  ['Das Unternehmen ist in Deutschland, Österreich und der Schweiz tätig.', 'Österreich'],
  ['Der Standort liegt in Nordrhein-Westfalen.', 'Nordrhein-Westfalen'],
  ['Die Filiale in München öffnet im Mai.', 'München'],
  ['Die Messe in Wien war gut besucht.', 'Wien'],
  ['Die Gäste kamen aus Zürich und Basel.', 'Basel'],
  ['Neue Büros entstehen in Frankfurt am Main.', 'Frankfurt am Main'],
  ['Deutschlands größter Anbieter wächst.', 'Deutschland'],
  // locations/district
  ['Alle Städte und Gemeinden der Kreise Lippe, Herford und Minden-Lübbecke sind Mitglied.', 'Minden-Lübbecke'],
  ['Alle Städte und Gemeinden der Kreise Lippe, Herford und Minden-Lübbecke sind Mitglied.', 'Lippe'],
  // locations/cue: ambiguous names need a cue
  ['Die Tagung fand in Essen statt.', 'Essen'],
  ['Viele Gäste kamen aus Hof.', 'Hof'],
  ['Das Werk in Lage wird erweitert.', 'Lage'],
  // locations/dateline
  ['Essen, 12. Mai 2021 – Die Messe öffnet.', 'Essen'],
];

export const LOCATION_NEGATIVES: Array<[string, string]> = [
  ['Essen und Trinken sind inklusive.', 'Essen'],
  ['Der Hof war voll.', 'Hof'],
  ['Die Lage ist ernst.', 'Lage'],
  ['Die Sitzung fand im ersten Stock statt.', 'Stock'],
  ['Die Stadtwerke Bielefeld liefern Strom.', 'Bielefeld'],
  ['Die ETH Zürich forscht.', 'Zürich'],
  ['Die SPD-Kreisvorsitzende Ellen Stock sprach.', 'Stock'],
  ['Alle Kreise, Städte und Gemeinden profitieren.', 'Städte'],
  ['Wir leben in einer Welt voller Sorgen.', 'Welt'],
];

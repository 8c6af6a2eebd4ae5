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
  // a town's river or region in brackets is part of its name; inflected country names
  ['Das Werk in Frankfurt (Oder) wächst.', 'Frankfurt (Oder)'],
  ['Die Milchbauern kommen aus Rotenburg (Wümme), Stade und Cuxhaven.', 'Stade'],
  ['Die Milchbauern kommen aus Rotenburg (Wümme), Stade und Cuxhaven.', 'Rotenburg (Wümme)'],
  ['Vierzehn Betriebe testen im Münsterland und in den Niederlanden.', 'Niederlande'],
  ['Das Werk in Lingen (Ems) schließt. In Lingen arbeiten 310 Menschen.', 'Lingen (Ems)'],
  // the place a body is named by
  ['Den Rest trägt der Landkreis Weißenburg-Gunzenhausen.', 'Weißenburg-Gunzenhausen'],
  ['Der Freistaat Bayern fördert das Vorhaben.', 'Bayern'],
  // locations/district
  ['Alle Städte und Gemeinden der Kreise Lippe, Herford und Minden-Lübbecke sind Mitglied.', 'Minden-Lübbecke'],
  ['Alle Städte und Gemeinden der Kreise Lippe, Herford und Minden-Lübbecke sind Mitglied.', 'Lippe'],
  // locations/cue: ambiguous names need a cue
  ['Die Tagung fand in Essen statt.', 'Essen'],
  ['Viele Gäste kamen aus Hof.', 'Hof'],
  ['Das Werk in Lage wird erweitert.', 'Lage'],
  // locations/dateline
  ['Essen, 12. Mai 2021 – Die Messe öffnet.', 'Essen'],
  ['Kranichfeld, Mittwoch, 8. Januar 2020. Der Tiergarten hat 2019 viele Gäste empfangen.', 'Kranichfeld'],
  // locations/list: a weak place opening a list of places
  ['Die Sparkasse betreibt 23 Geschäftsstellen zwischen Kirchberg und Boppard.', 'Kirchberg'],
  ['Die Stadträte von Bad Berka, Blankenhain und Kranichfeld haben getagt.', 'Bad Berka'],
  ['Die Stadträte von Bad Berka, Blankenhain und Kranichfeld haben getagt.', 'Kranichfeld'],
  ['Der Riesling aus den Lagen um Alsheim und Guntersblum ist gut.', 'Guntersblum'],
  // locations/world: big cities abroad in their German names, continents, islands and landscapes
  ['Die Delegation reiste nach Brüssel.', 'Brüssel'],
  ['Ein zweites Werk steht in Krakau.', 'Krakau'],
  ['Die Brauerei liegt bei Pilsen.', 'Pilsen'],
  ['Das Hilfsprojekt in Nairobi startet im Mai.', 'Nairobi'],
  ['Die Kunden sitzen vor allem in Amerika.', 'Amerika'],
  ['Der Hafen ist das Tor für ganz Ostösterreich.', 'Ostösterreich'],
  ['Die Radtour führt von Usedom bis zum Darß.', 'Darß'],
  ['Die Radtour führt von Usedom bis zum Darß.', 'Usedom'],
  ['Die Glashütte liegt im Thüringer Wald.', 'Thüringer Wald'],
  ['Die Messboje schwimmt im Greifswalder Bodden.', 'Greifswalder Bodden'],
  // locations/compass: a compass prefix on a country or region
  ['Die Märkte in Norditalien wachsen.', 'Norditalien'],
  ['Die Projekte in Westpolen laufen gut.', 'Westpolen'],
  // locations/street: after a preposition
  ['Der Einbruch geschah in der Lindenstraße am Abend.', 'Lindenstraße'],
  ['Die Bühne steht am Schillerplatz.', 'Schillerplatz'],
  ['Der Markt findet auf dem Hauptmarkt statt.', 'Hauptmarkt'],
  ['Zwei Männer liefen in Richtung Kornmarkt.', 'Kornmarkt'],
  ['Die Praxis zieht in die Bahnhofsallee um.', 'Bahnhofsallee'],
  // locations/part: after "Ortsteil"/"Stadtteil"
  ['Die Kita im Ortsteil Heidkamp hat 80 Plätze.', 'Heidkamp'],
];

export const LOCATION_NEGATIVES: Array<[string, string]> = [
  ['Gestiegen sind die Kosten für Energie und Löhne.', 'Löhne'],
  // the plain name after the qualified one is a mention of it, not a second place
  ['Das Werk in Lingen (Ems) schließt. In Lingen arbeiten 310 Menschen.', 'Lingen'],
  ['Essen und Trinken sind inklusive.', 'Essen'],
  ['Zwischen Essen und Trinken liegt eine Pause.', 'Essen'],
  ['Die Rede von Lauterbach und Kramer war kurz.', 'Lauterbach'],
  ['Der Hof war voll.', 'Hof'],
  ['Die Lage ist ernst.', 'Lage'],
  ['Die Sitzung fand im ersten Stock statt.', 'Stock'],
  ['Die Stadtwerke Bielefeld liefern Strom.', 'Bielefeld'],
  ['Die ETH Zürich forscht.', 'Zürich'],
  ['Die SPD-Kreisvorsitzende Ellen Stock sprach.', 'Stock'],
  ['Alle Kreise, Städte und Gemeinden profitieren.', 'Städte'],
  ['Wir leben in einer Welt voller Sorgen.', 'Welt'],
  // a plural noun that is also a town needs a strong cue
  ['Sensoren erkennen Risse in Brücken früh.', 'Brücken'],
  // common nouns with street endings
  ['Die Lage auf dem Arbeitsmarkt bleibt angespannt.', 'Arbeitsmarkt'],
  ['Die Sicherheit am Arbeitsplatz hat Vorrang.', 'Arbeitsplatz'],
  ['Der Unfall passierte auf dem Heimweg.', 'Heimweg'],
  ['Der Strom wird am Terminmarkt eingekauft.', 'Terminmarkt'],
  ['Die Lindenstraße war eine Fernsehserie.', 'Lindenstraße'],
  // world names that are words, or part of a name
  ['Die Post erhöht das Porto für Briefe.', 'Porto'],
  ['Die Fachmesse Holzbau Mitteldeutschland war gut besucht.', 'Mitteldeutschland'],
  ['Oder wir warten bis zum Herbst.', 'Oder'],
  ['Die Nordlicht Energie AG wächst.', 'Nordlicht'],
  ['Donau Cargo startet Bau von Logistikzentrum\nLinz (OTS) – Die Donau Cargo Logistik GmbH baut ein neues Zentrum.', 'Donau'],
];

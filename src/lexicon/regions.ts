/**
 * Places the GeoNames gazetteer (places.json) does not hold as populated places: German states
 * and their abbreviations, districts, regions, Austrian and Swiss states, and countries in
 * German. Written for pressefakten. Data only.
 */
export const STATES: readonly string[] = [
  'Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen', 'Mecklenburg-Vorpommern', 'Niedersachsen',
  'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen',
  // Austria
  'Wien', 'Niederösterreich', 'Oberösterreich', 'Steiermark', 'Tirol', 'Kärnten', 'Salzburg', 'Vorarlberg', 'Burgenland',
  // Switzerland
  'Zürich', 'Bern', 'Luzern', 'Schwyz', 'Obwalden', 'Nidwalden', 'Glarus', 'Solothurn', 'Basel-Stadt', 'Basel-Landschaft',
  'Schaffhausen', 'Appenzell', 'St. Gallen', 'Graubünden', 'Aargau', 'Thurgau', 'Tessin', 'Waadt', 'Wallis', 'Neuenburg', 'Genf',
  'Südtirol',
];
/** State abbreviations, matched case-sensitively. */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['NRW', 'NRW'], ['BW', 'BW'], ['RLP', 'RLP'], ['MV', 'MV'], ['M-V', 'M-V'], ['NDS', 'NDS'], ['BaWü', 'BaWü'], ['OWL', 'OWL'],
]);

/** Districts (Kreise) and regions whose name is not a town's. */
export const DISTRICTS_AND_REGIONS: readonly string[] = [
  'Lippe', 'Minden-Lübbecke', 'Ostwestfalen-Lippe', 'Ostwestfalen', 'Westfalen', 'Rheinland', 'Ruhrgebiet', 'Sauerland',
  'Hochsauerlandkreis', 'Siegerland', 'Münsterland', 'Niederrhein', 'Bergisches Land', 'Eifel', 'Hunsrück', 'Westerwald',
  'Taunus', 'Odenwald', 'Spessart', 'Rhön', 'Vogelsberg', 'Harz', 'Erzgebirge', 'Vogtland', 'Lausitz', 'Oberlausitz',
  'Uckermark', 'Prignitz', 'Altmark', 'Emsland', 'Ostfriesland', 'Oldenburger Münsterland', 'Lüneburger Heide', 'Allgäu',
  'Oberbayern', 'Niederbayern', 'Oberpfalz', 'Oberfranken', 'Mittelfranken', 'Unterfranken', 'Franken', 'Schwaben',
  'Schwarzwald', 'Bodensee', 'Breisgau', 'Kraichgau', 'Hohenlohe', 'Pfalz', 'Vorderpfalz', 'Rheinhessen', 'Saargau',
  'Mittelhessen', 'Nordhessen', 'Südhessen', 'Rhein-Main-Gebiet', 'Rhein-Neckar', 'Metropolregion Rhein-Neckar',
  'Rhein-Sieg-Kreis', 'Rhein-Erft-Kreis', 'Rhein-Kreis Neuss', 'Ennepe-Ruhr-Kreis', 'Märkischer Kreis', 'Oberbergischer Kreis',
  'Rheinisch-Bergischer Kreis', 'Hochtaunuskreis', 'Main-Taunus-Kreis', 'Main-Kinzig-Kreis', 'Wetteraukreis', 'Lahn-Dill-Kreis',
  'Vogelsbergkreis', 'Odenwaldkreis', 'Rheingau-Taunus-Kreis', 'Rhein-Neckar-Kreis', 'Neckar-Odenwald-Kreis', 'Ortenaukreis',
  'Enzkreis', 'Alb-Donau-Kreis', 'Bodenseekreis', 'Zollernalbkreis', 'Hohenlohekreis', 'Main-Tauber-Kreis', 'Ostalbkreis',
  'Rems-Murr-Kreis', 'Schwarzwald-Baar-Kreis', 'Breisgau-Hochschwarzwald', 'Rhein-Hunsrück-Kreis', 'Rhein-Lahn-Kreis',
  'Westerwaldkreis', 'Eifelkreis Bitburg-Prüm', 'Vulkaneifel', 'Rhein-Pfalz-Kreis', 'Saarpfalz-Kreis', 'Regionalverband Saarbrücken',
  'Heinsberg', 'Düren', 'Euskirchen', 'Kleve', 'Wesel', 'Borken', 'Coesfeld', 'Steinfurt', 'Warendorf', 'Gütersloh', 'Herford',
  'Höxter', 'Paderborn', 'Soest', 'Unna', 'Olpe', 'Siegen-Wittgenstein', 'Recklinghausen', 'Mettmann', 'Viersen', 'Städteregion Aachen',
  'Vorpommern-Greifswald', 'Vorpommern-Rügen', 'Mecklenburgische Seenplatte', 'Ludwigslust-Parchim', 'Nordwestmecklenburg',
  'Landkreis Rostock', 'Dithmarschen', 'Nordfriesland', 'Ostholstein', 'Rendsburg-Eckernförde', 'Schleswig-Flensburg', 'Segeberg',
  'Stormarn', 'Herzogtum Lauenburg', 'Pinneberg', 'Steinburg', 'Plön', 'Region Hannover', 'Heidekreis', 'Harburg', 'Cuxhaven',
  'Wesermarsch', 'Ammerland', 'Friesland', 'Aurich', 'Leer', 'Grafschaft Bentheim', 'Osnabrücker Land', 'Diepholz', 'Nienburg',
  'Schaumburg', 'Hameln-Pyrmont', 'Holzminden', 'Northeim', 'Göttingen', 'Goslar', 'Hildesheim', 'Peine', 'Gifhorn', 'Helmstedt',
  'Wolfenbüttel', 'Celle', 'Uelzen', 'Lüchow-Dannenberg', 'Rotenburg', 'Verden', 'Osterholz', 'Stade',
  'Oberhavel', 'Barnim', 'Märkisch-Oderland', 'Oder-Spree', 'Dahme-Spreewald', 'Spree-Neiße', 'Oberspreewald-Lausitz', 'Elbe-Elster',
  'Teltow-Fläming', 'Potsdam-Mittelmark', 'Havelland', 'Ostprignitz-Ruppin', 'Spreewald', 'Sächsische Schweiz-Osterzgebirge',
  'Erzgebirgskreis', 'Vogtlandkreis', 'Mittelsachsen', 'Nordsachsen', 'Meißen', 'Bautzen', 'Görlitz', 'Zwickau', 'Leipziger Land',
  'Burgenlandkreis', 'Saalekreis', 'Salzlandkreis', 'Harz', 'Börde', 'Jerichower Land', 'Anhalt-Bitterfeld', 'Wittenberg',
  'Mansfeld-Südharz', 'Altmarkkreis Salzwedel', 'Stendal', 'Eichsfeld', 'Nordhausen', 'Kyffhäuserkreis', 'Unstrut-Hainich-Kreis',
  'Wartburgkreis', 'Ilm-Kreis', 'Saale-Orla-Kreis', 'Saale-Holzland-Kreis', 'Saalfeld-Rudolstadt', 'Schmalkalden-Meiningen',
  'Hildburghausen', 'Sonneberg', 'Weimarer Land', 'Altenburger Land', 'Greiz', 'Sömmerda', 'Gotha',
  'Berchtesgadener Land', 'Garmisch-Partenkirchen', 'Bad Tölz-Wolfratshausen', 'Miesbach', 'Rosenheim', 'Traunstein', 'Altötting',
  'Mühldorf am Inn', 'Ebersberg', 'Erding', 'Freising', 'Dachau', 'Fürstenfeldbruck', 'Starnberg', 'Weilheim-Schongau',
  'Oberallgäu', 'Ostallgäu', 'Unterallgäu', 'Lindau', 'Neu-Ulm', 'Günzburg', 'Dillingen', 'Donau-Ries', 'Aichach-Friedberg',
  'Pfaffenhofen', 'Neuburg-Schrobenhausen', 'Eichstätt', 'Roth', 'Weißenburg-Gunzenhausen', 'Ansbach', 'Neustadt an der Aisch-Bad Windsheim',
  'Nürnberger Land', 'Forchheim', 'Bamberg', 'Haßberge', 'Schweinfurt', 'Kitzingen', 'Würzburg', 'Main-Spessart', 'Miltenberg',
  'Aschaffenburg', 'Rhön-Grabfeld', 'Bad Kissingen', 'Coburg', 'Lichtenfels', 'Kronach', 'Kulmbach', 'Wunsiedel', 'Tirschenreuth',
  'Neustadt an der Waldnaab', 'Amberg-Sulzbach', 'Schwandorf', 'Cham', 'Regen', 'Freyung-Grafenau', 'Passau', 'Rottal-Inn',
  'Dingolfing-Landau', 'Deggendorf', 'Straubing-Bogen', 'Kelheim', 'Landshut', 'Regensburg', 'Neumarkt in der Oberpfalz',
  'Europa', 'Asien', 'Afrika', 'Nordamerika', 'Südamerika', 'Lateinamerika', 'Ozeanien', 'Australien', 'Antarktis', 'Skandinavien',
  'Baltikum', 'Balkan', 'Nahost', 'Naher Osten', 'Mittlerer Osten', 'Osteuropa', 'Westeuropa', 'Mitteleuropa', 'Südeuropa',
  'Nordeuropa', 'Südostasien', 'Ostasien', 'Zentralasien', 'DACH-Region', 'Benelux',
];

/** Countries in German (short forms as used in running text). */
export const COUNTRIES: readonly string[] = [
  'Deutschland', 'Österreich', 'Schweiz', 'Liechtenstein', 'Luxemburg', 'Frankreich', 'Italien', 'Spanien', 'Portugal', 'Niederlande',
  'Holland', 'Belgien', 'Dänemark', 'Schweden', 'Norwegen', 'Finnland', 'Island', 'Irland', 'Großbritannien', 'Vereinigtes Königreich',
  'England', 'Schottland', 'Wales', 'Polen', 'Tschechien', 'Slowakei', 'Ungarn', 'Slowenien', 'Kroatien', 'Serbien', 'Bosnien und Herzegowina',
  'Montenegro', 'Albanien', 'Nordmazedonien', 'Mazedonien', 'Kosovo', 'Bulgarien', 'Rumänien', 'Moldau', 'Moldawien', 'Ukraine',
  'Belarus', 'Weißrussland', 'Russland', 'Litauen', 'Lettland', 'Estland', 'Griechenland', 'Zypern', 'Malta', 'Türkei', 'Georgien',
  'Armenien', 'Aserbaidschan', 'Kasachstan', 'Usbekistan', 'Israel', 'Palästina', 'Libanon', 'Syrien', 'Jordanien', 'Irak', 'Iran',
  'Saudi-Arabien', 'Katar', 'Kuwait', 'Bahrain', 'Oman', 'Jemen', 'Vereinigte Arabische Emirate', 'Ägypten', 'Libyen', 'Tunesien',
  'Algerien', 'Marokko', 'Nigeria', 'Ghana', 'Kenia', 'Äthiopien', 'Tansania', 'Uganda', 'Ruanda', 'Südafrika', 'Namibia', 'Angola',
  'Mosambik', 'Simbabwe', 'Sambia', 'Kongo', 'Kamerun', 'Senegal', 'Mali', 'Niger', 'Sudan', 'Somalia', 'Afghanistan', 'Pakistan',
  'Indien', 'Bangladesch', 'Sri Lanka', 'Nepal', 'China', 'Japan', 'Südkorea', 'Nordkorea', 'Korea', 'Taiwan', 'Hongkong',
  'Vietnam', 'Thailand', 'Malaysia', 'Singapur', 'Indonesien', 'Philippinen', 'Kambodscha', 'Myanmar', 'Mongolei', 'Neuseeland',
  'USA', 'Vereinigte Staaten', 'Kanada', 'Mexiko', 'Brasilien', 'Argentinien', 'Chile', 'Peru', 'Kolumbien', 'Venezuela', 'Ecuador',
  'Bolivien', 'Uruguay', 'Paraguay', 'Kuba', 'Costa Rica', 'Panama', 'Guatemala', 'Honduras', 'Bundesrepublik Deutschland',
];

/** Inflected forms of plural or adjectival country names, as running text writes them ("in den Niederlanden") → the name. */
export const COUNTRY_FORMS: ReadonlyMap<string, string> = new Map([
  ['Niederlanden', 'Niederlande'], ['Vereinigten Staaten', 'Vereinigte Staaten'], ['Vereinigten Arabischen Emiraten', 'Vereinigte Arabische Emirate'],
  ['Vereinigten Königreich', 'Vereinigtes Königreich'], ['Vereinigten Königreichs', 'Vereinigtes Königreich'],
]);

/**
 * Rivers and regions written in brackets after a town to tell it from others of the same name ("Rotenburg (Wümme)",
 * "Frankfurt (Oder)", "Weiden (Opf.)"): part of the town's name.
 */
export const TOWN_QUALIFIERS: ReadonlySet<string> = new Set([
  'Wümme', 'Ems', 'Efze', 'Oder', 'Saale', 'Main', 'Fulda', 'Lahn', 'Elbe', 'Weser', 'Rhein', 'Mosel', 'Neckar', 'Donau', 'Inn', 'Ilm',
  'Isar', 'Iller', 'Saar', 'Tauber', 'Itz', 'Aller', 'Leine', 'Ruhr', 'Sieg', 'Eder', 'Werra', 'Ohm', 'Nahe', 'Lech', 'Vils', 'Fils',
  'Opf.', 'Oberpf.', 'Oldb.', 'Oldenburg', 'Westf.', 'Westfalen', 'Holst.', 'Holstein', 'Sachs.', 'Sachsen', 'Vogtl.', 'Erzgeb.',
  'Ostfriesland', 'Dithmarschen', 'Eifel', 'Pfalz', 'Schwarzwald', 'Hunsrück', 'Taunus', 'Westerwald', 'Allgäu', 'Harz', 'Thür.',
  'Hessen', 'Baden', 'Württ.', 'Rheinland', 'Mark', 'Uckermark', 'Altmark', 'Lausitz', 'Breisgau', 'Ostallgäu', 'Dill',
]);

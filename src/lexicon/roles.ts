/**
 * Role nouns that stand before or after a person's name ("Geschäftsführer Max Muster",
 * "Max Muster, Vorstandsvorsitzender der X AG"). A word is a role when it, or its last part
 * after a hyphen, ENDS with one of these stems (lower-case): "SPD-Kreisvorsitzende" ends with
 * "vorsitzende", "Landtagskandidatin" with "kandidatin". Female forms are listed so the
 * gender can be read off. Adjectival nouns also in their -en form ("den CDU-Fraktionsvorsitzenden Thomas Biehl"),
 * listed with the male stems (the form does not tell the gender). Data only.
 */
export const ROLE_STEMS_MALE: readonly string[] = `
geschäftsführer geschäftsleiter leiter vorsitzender vorsitzende direktor präsident vizepräsident bürgermeister oberbürgermeister
kandidat minister ministerpräsident staatssekretär staatsminister senator kanzler bundeskanzler vorstand vorstandsvorsitzender
vorstandssprecher sprecher pressesprecher gründer mitgründer inhaber gesellschafter referent dezernent beigeordneter beigeordnete
beauftragter landrat abgeordneter abgeordnete professor experte trainer koordinator berater chef chefarzt oberarzt arzt
manager teamleiter projektleiter bereichsleiter abteilungsleiter werkleiter standortleiter niederlassungsleiter vertriebsleiter
verkaufsleiter marketingleiter personalleiter betriebsleiter schulleiter rektor prorektor dekan kurator intendant dirigent
kämmerer stadtkämmerer amtsleiter behördenleiter polizeipräsident polizeisprecher feuerwehrchef kommandant hauptkommissar
kommissar richter staatsanwalt oberstaatsanwalt anwalt rechtsanwalt notar pfarrer pastor bischof superintendent
prokurist aufsichtsratsvorsitzender aufsichtsrat beirat betriebsrat betriebsratsvorsitzender obmann landeshauptmann
stadtrat ratsherr bezirksbürgermeister ortsvorsteher fraktionsvorsitzender fraktionschef parteichef generalsekretär
schatzmeister kassierer schriftführer geschäftsstellenleiter ceo cfo cto coo cio founder
architekt ingenieur wissenschaftler forscher historiker ökonom analyst volkswirt chefvolkswirt journalist redakteur
autor künstler musiker sänger schauspieler regisseur sportler spieler kapitän stürmer torwart
botschafter konsul generalkonsul diplomat bundespräsident landtagspräsident bundestagspräsident
obmann vorsteher verbandsvorsteher verbandsdirektor hauptgeschäftsführer kreisdirektor stadtdirektor stadtbaurat
baurat schulrat regierungspräsident präses moderator initiator organisator veranstalter
landesrat gemeinderat kreisrat ortsbürgermeister vorstandschef konzernchef firmenchef bahnchef parteivorsitzender landesvorsitzender
verhandlungsführer tarifkoordinator
meister wart landwirt unternehmer chemiker pädagoge schirmherr partner stadtverordneter vorstandsmitglied ratsmitglied
präsidiumsmitglied ehrenmitglied
vorsitzenden abgeordneten beigeordneten beauftragten stadtverordneten
`.split(/\s+/u).filter(Boolean);

export const ROLE_STEMS_FEMALE: readonly string[] = `
geschäftsführerin geschäftsleiterin leiterin direktorin präsidentin vizepräsidentin bürgermeisterin oberbürgermeisterin
kandidatin ministerin ministerpräsidentin staatssekretärin staatsministerin senatorin kanzlerin bundeskanzlerin
vorstandsvorsitzende vorstandssprecherin sprecherin pressesprecherin gründerin mitgründerin inhaberin gesellschafterin
referentin dezernentin beauftragte landrätin professorin expertin trainerin koordinatorin beraterin chefin chefärztin ärztin
managerin teamleiterin projektleiterin bereichsleiterin abteilungsleiterin schulleiterin rektorin dekanin kuratorin intendantin
kämmerin richterin staatsanwältin anwältin rechtsanwältin notarin pfarrerin pastorin bischöfin superintendentin
prokuristin aufsichtsratsvorsitzende betriebsratsvorsitzende landeshauptfrau stadträtin ortsvorsteherin fraktionsvorsitzende
generalsekretärin schatzmeisterin architektin ingenieurin wissenschaftlerin forscherin historikerin ökonomin analystin
volkswirtin journalistin redakteurin autorin künstlerin musikerin sängerin schauspielerin regisseurin sportlerin spielerin
botschafterin konsulin bundespräsidentin landtagspräsidentin vorsteherin verbandsvorsteherin hauptgeschäftsführerin
moderatorin initiatorin organisatorin
landesrätin gemeinderätin kreisrätin ortsbürgermeisterin vorstandschefin konzernchefin firmenchefin technikchefin parteivorsitzende landesvorsitzende
vorständin aufsichtsrätin beirätin betriebsrätin verhandlungsführerin tarifkoordinatorin
meisterin wartin landwirtin unternehmerin chemikerin pädagogin schirmherrin partnerin stadtverordnete kassiererin
schriftführerin
`.split(/\s+/u).filter(Boolean);

/**
 * Roles whose stem alone (as a whole word) is too general to be a role before a bare surname:
 * they still work as a whole word before a full name or after a name.
 */
export const WEAK_ROLES: ReadonlySet<string> = new Set(['chef', 'chefin', 'vorstand', 'vorständin', 'aufsichtsrat', 'aufsichtsrätin', 'beirat', 'beirätin', 'betriebsrat', 'betriebsrätin', 'stadtrat', 'spieler', 'spielerin', 'autor', 'autorin', 'sprecher', 'sprecherin', 'leiter', 'leiterin', 'experte', 'expertin', 'meister', 'meisterin', 'partner', 'partnerin', 'unternehmer', 'unternehmerin']);

/**
 * Speech and attribution verbs (finite forms, lower-case) that tie a quote or a surname to a
 * speaker: "sagte Harnisch", "„…“, so Müller", "Müller betont: „…“". Data only.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(`
sagt sagte sagten sagen gesagt sage
betont betonte betonten betonen
erklärt erklärte erklärten erklären
meint meinte meinten
ergänzt ergänzte ergänzten
erläutert erläuterte erläuterten
unterstreicht unterstrich
berichtet berichtete
resümiert resümierte
bilanziert bilanzierte
bekräftigt bekräftigte
versichert versicherte
fordert forderte
kündigt kündigte
freut freute
bedankt bedankte dankt dankte
nennt nannte
zeigt zeigte
lobt lobte
kommentiert kommentierte
fasst fasste
weiß wusste
verspricht versprach
warnt warnte
mahnt mahnte
stellt stellte
begründet begründete
schildert schilderte
beschreibt beschrieb
hebt hob
verweist verwies
räumt räumte
gibt gab
zitiert zitierte
antwortet antwortete
fügt fügte
sieht sah
hofft hoffte
glaubt glaubte
schreibt schrieb
äußert äußerte
teilt teilte
informiert informierte
erzählt erzählte
ruft rief
appelliert appellierte
bestätigt bestätigte
kritisiert kritisierte
begrüßt begrüßte
says said explains explained adds added
`.split(/\s+/u).filter(Boolean));

/**
 * Verbs after which a capitalised word alone is read as a speaker's surname ("sagte Harnisch",
 * "nannte Harnisch einen weiteren Grund"): verbs of saying that seldom take a bare noun object.
 * Reflexive ones ("bedankte sich", "freute sich", "zeigte sich") need the "sich".
 */
export const SURNAME_SPEECH_VERBS: ReadonlySet<string> = new Set(`
sagt sagte betont betonte erklärt erklärte meint meinte ergänzt ergänzte erläutert erläuterte unterstreicht unterstrich
resümiert resümierte bilanziert bilanzierte nennt nannte berichtet berichtete versichert versicherte bekräftigt bekräftigte
fügt fügte weiß wusste says said
`.split(/\s+/u).filter(Boolean));
export const REFLEXIVE_SPEECH_VERBS: ReadonlySet<string> = new Set(['bedankt', 'bedankte', 'freut', 'freute', 'zeigt', 'zeigte', 'äußert', 'äußerte']);

/** The attribution word "so" in "„…“, so Harnisch." and "laut"/"zufolge" forms. */
export const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(['so', 'laut']);

/** Words before a quoted text that make it a title or name, not speech. */
export const TITLE_CUES: ReadonlySet<string> = new Set(`
programm programms programmes projekt projekts projektes motto mottos titel titels aktion initiative kampagne wettbewerb wettbewerbs
buch buches film films ausstellung veranstaltung veranstaltungsreihe reihe serie sendung format preis preises auszeichnung
namen name namens genannt heißt heißen label marke produkt stichwort schlagwort slogan thema themas leitthema leitmotto
studie bericht broschüre ratgeber leitfaden konzept konzepts modell plattform app portal festival konferenz tagung kongress
song album lied spiel stück roman gedicht artikel rubrik kategorie bündnis netzwerk verein gruppe fonds förderprogramm
`.split(/\s+/u).filter(Boolean));

/**
 * Currency words, symbols and codes → ISO 4217, with the factor that turns the written amount
 * into currency units ("50 Cent" → 0.50 EUR, "5 TEUR" → 5000 EUR). Lower-case keys, except
 * where case matters (symbols have none).
 */

export interface CurrencyUnit {
  iso: string;
  /** Multiply the written number by this: 0.01 for Cent, 1000 for TEUR. */
  factor: number;
}

const u = (iso: string, factor = 1): CurrencyUnit => ({ iso, factor });

/** One-token currency words and symbols (lower-case). */
export const CURRENCY_WORDS: ReadonlyMap<string, CurrencyUnit> = new Map([
  ['€', u('EUR')], ['eur', u('EUR')], ['eur.', u('EUR')], ['euro', u('EUR')], ['euros', u('EUR')], ['cent', u('EUR', 0.01)], ['cents', u('EUR', 0.01)], ['ct', u('EUR', 0.01)], ['ct.', u('EUR', 0.01)],
  ['teur', u('EUR', 1e3)], ['teuro', u('EUR', 1e3)], ['tsd.€', u('EUR', 1e3)], ['meur', u('EUR', 1e6)], ['mioeur', u('EUR', 1e6)],
  ['dm', u('DEM')], ['dm.', u('DEM')], ['d-mark', u('DEM')], ['mark', u('DEM')], ['pfennig', u('DEM', 0.01)], ['pfennige', u('DEM', 0.01)], ['pf', u('DEM', 0.01)], ['pf.', u('DEM', 0.01)], ['tdm', u('DEM', 1e3)],
  ['ös', u('ATS')], ['ös.', u('ATS')], ['schilling', u('ATS')], ['groschen', u('ATS', 0.01)], ['ats', u('ATS')],
  ['chf', u('CHF')], ['franken', u('CHF')], ['fr.', u('CHF')], ['sfr.', u('CHF')], ['sfr', u('CHF')], ['rappen', u('CHF', 0.01)], ['rp.', u('CHF', 0.01)],
  ['$', u('USD')], ['usd', u('USD')], ['dollar', u('USD')], ['dollars', u('USD')], ['us-dollar', u('USD')], ['us$', u('USD')], ['us-$', u('USD')],
  ['£', u('GBP')], ['gbp', u('GBP')], ['pfund', u('GBP')], ['pence', u('GBP', 0.01)], ['penny', u('GBP', 0.01)],
  ['¥', u('JPY')], ['yen', u('JPY')], ['jpy', u('JPY')], ['yuan', u('CNY')], ['renminbi', u('CNY')], ['cny', u('CNY')], ['rmb', u('CNY')],
  ['rubel', u('RUB')], ['rub', u('RUB')], ['rupie', u('INR')], ['rupien', u('INR')], ['inr', u('INR')], ['zloty', u('PLN')], ['złoty', u('PLN')], ['pln', u('PLN')],
  ['forint', u('HUF')], ['huf', u('HUF')], ['lira', u('TRY')], ['try', u('TRY')], ['riel', u('KHR')], ['khr', u('KHR')],
  ['sek', u('SEK')], ['nok', u('NOK')], ['dkk', u('DKK')], ['czk', u('CZK')], ['cad', u('CAD')], ['aud', u('AUD')], ['nzd', u('NZD')],
  ['hkd', u('HKD')], ['sgd', u('SGD')], ['zar', u('ZAR')], ['brl', u('BRL')], ['mxn', u('MXN')], ['krw', u('KRW')], ['won', u('KRW')],
  ['ils', u('ILS')], ['schekel', u('ILS')], ['aed', u('AED')], ['dirham', u('AED')], ['frf', u('FRF')], ['itl', u('ITL')], ['fim', u('FIM')], ['nlg', u('NLG')], ['gulden', u('NLG')],
  ['bitcoin', u('XBT')], ['btc', u('XBT')],
]);

/**
 * Currency nouns that need a nationality adjective before them ("kanadische Dollar",
 * "finnische Mark", "kambodschanische Riel", "Schweizer Franken"): adjective stem → noun → ISO.
 * Stems are lower-case without the inflection ending (-e, -en, -er, -es).
 */
export const CURRENCY_ADJECTIVES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map<string, ReadonlyMap<string, string>>([
  ['kanadisch', new Map([['dollar', 'CAD']])],
  ['australisch', new Map([['dollar', 'AUD']])],
  ['neuseeländisch', new Map([['dollar', 'NZD']])],
  ['singapurisch', new Map([['dollar', 'SGD']])],
  ['amerikanisch', new Map([['dollar', 'USD']])],
  ['us-amerikanisch', new Map([['dollar', 'USD']])],
  ['taiwanisch', new Map([['dollar', 'TWD']])],
  ['hongkong', new Map([['dollar', 'HKD']])],
  ['schweizer', new Map([['franken', 'CHF']])],
  ['schweizerisch', new Map([['franken', 'CHF']])],
  ['französisch', new Map([['franc', 'FRF'], ['francs', 'FRF'], ['franken', 'FRF']])],
  ['belgisch', new Map([['franc', 'BEF'], ['francs', 'BEF'], ['franken', 'BEF']])],
  ['luxemburgisch', new Map([['franc', 'LUF'], ['francs', 'LUF'], ['franken', 'LUF']])],
  ['finnisch', new Map([['mark', 'FIM'], ['markka', 'FIM']])],
  ['deutsch', new Map([['mark', 'DEM']])],
  ['österreichisch', new Map([['schilling', 'ATS']])],
  ['britisch', new Map([['pfund', 'GBP']])],
  ['englisch', new Map([['pfund', 'GBP']])],
  ['irisch', new Map([['pfund', 'IEP']])],
  ['ägyptisch', new Map([['pfund', 'EGP']])],
  ['kambodschanisch', new Map([['riel', 'KHR']])],
  ['japanisch', new Map([['yen', 'JPY']])],
  ['chinesisch', new Map([['yuan', 'CNY'], ['renminbi', 'CNY']])],
  ['russisch', new Map([['rubel', 'RUB']])],
  ['indisch', new Map([['rupie', 'INR'], ['rupien', 'INR']])],
  ['dänisch', new Map([['krone', 'DKK'], ['kronen', 'DKK']])],
  ['schwedisch', new Map([['krone', 'SEK'], ['kronen', 'SEK']])],
  ['norwegisch', new Map([['krone', 'NOK'], ['kronen', 'NOK']])],
  ['tschechisch', new Map([['krone', 'CZK'], ['kronen', 'CZK']])],
  ['isländisch', new Map([['krone', 'ISK'], ['kronen', 'ISK']])],
  ['polnisch', new Map([['zloty', 'PLN'], ['złoty', 'PLN']])],
  ['ungarisch', new Map([['forint', 'HUF']])],
  ['türkisch', new Map([['lira', 'TRY']])],
  ['italienisch', new Map([['lira', 'ITL'], ['lire', 'ITL']])],
  ['mexikanisch', new Map([['peso', 'MXN'], ['pesos', 'MXN']])],
  ['argentinisch', new Map([['peso', 'ARS'], ['pesos', 'ARS']])],
  ['brasilianisch', new Map([['real', 'BRL'], ['reais', 'BRL']])],
  ['südafrikanisch', new Map([['rand', 'ZAR']])],
  ['südkoreanisch', new Map([['won', 'KRW']])],
  ['niederländisch', new Map([['gulden', 'NLG']])],
  ['spanisch', new Map([['peseta', 'ESP'], ['peseten', 'ESP']])],
  ['griechisch', new Map([['drachme', 'GRD'], ['drachmen', 'GRD']])],
  ['israelisch', new Map([['schekel', 'ILS']])],
]);

/** Hyphenated currency words the tokenizer splits: first part → second part → unit ("US-Dollar", "D-Mark"). */
export const CURRENCY_COMPOUNDS: ReadonlyMap<string, ReadonlyMap<string, CurrencyUnit>> = new Map<string, ReadonlyMap<string, CurrencyUnit>>([
  ['us', new Map([['dollar', u('USD')], ['$', u('USD')], ['dollars', u('USD')]])],
  ['d', new Map([['mark', u('DEM')]])],
  ['hongkong', new Map([['dollar', u('HKD')]])],
  ['kanada', new Map([['dollar', u('CAD')]])],
  ['austral', new Map([['dollar', u('AUD')]])],
]);

/** A "T" glued before a currency symbol means thousands: "T€", "TEUR" (the latter is in CURRENCY_WORDS). */
export const THOUSAND_PREFIXES: ReadonlySet<string> = new Set(['t', 'tsd', 'tsd.']);

/**
 * English word lists as data (no logic): lower-case keys, looked up on token.lower.
 * Multi-word entries are space-joined token values.
 */
import type { MoneyMetric, Qualifier } from '../facts.js';

/** Month names and abbreviations (with or without the final period) → 1–12. */
export const EN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['jan.', 1],
  ['february', 2], ['feb', 2], ['feb.', 2],
  ['march', 3], ['mar', 3], ['mar.', 3],
  ['april', 4], ['apr', 4], ['apr.', 4],
  ['may', 5],
  ['june', 6], ['jun', 6], ['jun.', 6],
  ['july', 7], ['jul', 7], ['jul.', 7],
  ['august', 8], ['aug', 8], ['aug.', 8],
  ['september', 9], ['sep', 9], ['sep.', 9], ['sept', 9], ['sept.', 9],
  ['october', 10], ['oct', 10], ['oct.', 10],
  ['november', 11], ['nov', 11], ['nov.', 11],
  ['december', 12], ['dec', 12], ['dec.', 12],
]);

/** Month names that are also common words: only read as months next to a day, a year or a preposition. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sept', 'aug']);

export const EN_WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Seasons → TIMEX3 suffix. */
export const EN_SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

export const EN_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
]);

/** Words before a year or month that make it a calendar reference ("in 2016", "since March"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'of', 'for', 'before', 'after', 'on',
  'early', 'late', 'mid', 'end', 'beginning', 'start', 'fiscal', 'fy', 'year', 'calendar', 'between', 'and', 'until',
  'throughout', 'around', 'spring', 'summer', 'autumn', 'fall', 'winter', 'as', 'within', 'into', 'than', 'versus', 'vs',
]);

/** Relative year expressions (space-joined lower-case tokens) → offset from the release year. */
export const RELATIVE_YEARS: ReadonlyMap<string, number> = new Map([
  ['this year', 0], ['the current year', 0], ['this fiscal year', 0], ['the current fiscal year', 0],
  ['last year', -1], ['the previous year', -1], ['the prior year', -1], ['a year ago', -1], ['the past year', -1],
  ['last fiscal year', -1], ['the previous fiscal year', -1],
  ['next year', 1], ['the coming year', 1], ['the following year', 1], ['next fiscal year', 1],
]);

/** Scale words after a number. "m", "bn", "k" only written right after the number or with a space. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3],
  ['million', 1e6], ['millions', 1e6], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['mio', 1e6],
  ['billion', 1e9], ['billions', 1e9], ['bn', 1e9], ['b', 1e9], ['bln', 1e9],
  ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12],
]);

/** Number words (only used before a counted noun). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12],
]);

/** Currency symbols and codes written before or after the number → ISO 4217. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['fr.', 'CHF'], ['sfr.', 'CHF'],
]);

export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'chf', 'jpy', 'cny', 'rmb', 'cad', 'aud', 'nzd', 'sek', 'nok', 'dkk', 'pln', 'czk', 'huf',
  'inr', 'brl', 'zar', 'sgd', 'hkd', 'krw', 'mxn', 'try', 'dem', 'ats', 'frf', 'itl', 'nlg',
]);

/** Currency words after the number ("40 million euros"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['sterling', 'GBP'],
  ['pounds sterling', 'GBP'], ['swiss francs', 'CHF'], ['francs', 'CHF'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['deutsche marks', 'DEM'], ['d-marks', 'DEM'],
]);

/** Hedges before a figure (space-joined lower-case tokens) → qualifier. Longest match wins. */
export const EN_QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map([
  ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['approx.', 'approx'], ['roughly', 'approx'],
  ['some', 'approx'], ['circa', 'approx'], ['c.', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'],
  ['more than', 'more_than'], ['over', 'more_than'], ['above', 'more_than'], ['in excess of', 'more_than'],
  ['nearly', 'almost'], ['almost', 'almost'], ['close to', 'almost'], ['just under', 'almost'], ['just shy of', 'almost'],
  ['up to', 'at_most'], ['no more than', 'at_most'], ['not more than', 'at_most'], ['at most', 'at_most'],
  ['a maximum of', 'at_most'], ['as much as', 'at_most'], ['as many as', 'at_most'], ['maximum', 'at_most'],
  ['at least', 'at_least'], ['no less than', 'at_least'], ['no fewer than', 'at_least'], ['a minimum of', 'at_least'],
  ['minimum', 'at_least'],
  ['less than', 'less_than'], ['under', 'less_than'], ['fewer than', 'less_than'], ['below', 'less_than'],
]);

/** Money metrics: keyword (space-joined lower-case tokens) → metric. */
export const METRIC_WORDS: ReadonlyMap<string, MoneyMetric> = new Map([
  ['revenue', 'revenue'], ['revenues', 'revenue'], ['sales', 'revenue'], ['turnover', 'revenue'], ['net sales', 'revenue'],
  ['bookings', 'revenue'],
  ['profit', 'profit'], ['profits', 'profit'], ['net income', 'profit'], ['earnings', 'profit'], ['ebit', 'profit'],
  ['ebitda', 'profit'], ['operating income', 'profit'], ['surplus', 'profit'],
  ['loss', 'loss'], ['losses', 'loss'], ['deficit', 'loss'],
  ['invest', 'investment'], ['invests', 'investment'], ['invested', 'investment'], ['investing', 'investment'],
  ['investment', 'investment'], ['investments', 'investment'], ['capital expenditure', 'investment'],
  ['capital expenditures', 'investment'], ['capex', 'investment'],
  ['funding', 'funding'], ['financing', 'funding'], ['raised', 'funding'], ['raises', 'funding'], ['raise', 'funding'],
  ['grant', 'funding'], ['grants', 'funding'], ['round', 'funding'], ['subsidy', 'funding'], ['subsidies', 'funding'],
  ['seed', 'funding'], ['series', 'funding'], ['contribution', 'funding'], ['contributions', 'funding'],
  ['cost', 'cost'], ['costs', 'cost'], ['costing', 'cost'], ['expenses', 'cost'], ['spending', 'cost'],
  ['budget', 'budget'], ['budgets', 'budget'], ['budgeted', 'budget'],
  ['price', 'price'], ['priced', 'price'], ['per share', 'price'], ['dividend', 'price'],
  ['salary', 'salary'], ['salaries', 'salary'], ['wage', 'salary'], ['wages', 'salary'], ['pay', 'salary'],
  ['damage', 'damage'], ['damages', 'damage'],
]);

/** Nouns that make a count a headcount of employees. */
export const EMPLOYEE_NOUNS: ReadonlySet<string> = new Set([
  'employees', 'employee', 'staff', 'workers', 'worker', 'personnel', 'staffers', 'full-time employees',
  'members of staff', 'team members', 'colleagues', 'associates',
]);
/** Nouns that make a count a number of jobs. */
export const JOB_NOUNS: ReadonlySet<string> = new Set([
  'jobs', 'job', 'positions', 'position', 'posts', 'roles', 'workplaces', 'vacancies', 'job cuts', 'redundancies', 'hires',
]);
/** Nouns of people who are counted as a workforce only after a hiring/employing verb. */
export const WORKFORCE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'engineers', 'developers', 'scientists', 'researchers', 'technicians', 'specialists', 'nurses',
  'drivers', 'apprentices', 'trainees', 'programmers', 'salespeople', 'experts', 'consultants', 'operators',
]);
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(['members', 'member']);

/** Verbs/nouns before a count that say people work there. */
export const EMPLOY_WORDS: ReadonlySet<string> = new Set([
  'employs', 'employ', 'employed', 'employing', 'workforce', 'headcount', 'staff', 'employees',
]);
export const INCREASE_WORDS: ReadonlySet<string> = new Set([
  'new', 'additional', 'extra', 'create', 'creates', 'created', 'creating', 'add', 'adds', 'added', 'adding',
  'hire', 'hires', 'hired', 'hiring', 'recruit', 'recruits', 'recruited', 'recruiting', 'another',
]);
export const DECREASE_WORDS: ReadonlySet<string> = new Set([
  'cut', 'cuts', 'cutting', 'eliminate', 'eliminates', 'eliminated', 'eliminating', 'shed', 'sheds', 'shedding',
  'axe', 'axes', 'axed', 'axing', 'slash', 'slashes', 'slashed', 'slashing', 'reduce', 'reduces', 'reduced',
  'reducing', 'lay', 'laid', 'laying', 'lose', 'loses', 'lost', 'losing', 'scrap', 'scraps', 'scrapped', 'abolish',
]);
export const HIRING_WORDS: ReadonlySet<string> = new Set([
  'hire', 'hires', 'hired', 'hiring', 'recruit', 'recruits', 'recruited', 'recruiting', 'add', 'adds', 'adding', 'create', 'creates',
]);

/** Counted nouns that are not quantities (time spans and the like). */
export const NOT_COUNTED: ReadonlySet<string> = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries', 'times', 'percent',
  'points', 'cents', 'pounds', 'dollars', 'euros', 'shares', 'votes', 'yards', 'steps', 'ways', 'things', 'others',
  'quarters', 'sessions', 'nights', 'am', 'pm', 'a.m.', 'p.m.', 'ones', 'reasons', 'items', 'is', 'was', 'has',
  'its', 'this', 'us', 'as', 'various', 'series', 'bus', 'plus', 'versus', 'less', 'unless', 'thus', 'yes',
]);
/** Adjectives allowed between a number and its counted noun. */
export const COUNT_ADJECTIVES: ReadonlySet<string> = new Set([
  'new', 'additional', 'affordable', 'further', 'more', 'other', 'full-time', 'part-time', 'permanent', 'small',
  'large', 'existing', 'local', 'major', 'active', 'registered', 'private', 'public', 'independent', 'social',
  'residential', 'electric', 'autonomous', 'participating', 'paying', 'skilled', 'qualified', 'young', 'older',
  'million', 'thousand', 'billion', 'regional', 'international', 'european', 'american', 'british', 'german',
  'square', 'cubic', 'metric', 'retail', 'current', 'former', 'daily', 'monthly', 'unique', 'individual',
]);
export const AREA_UNITS: ReadonlySet<string> = new Set([
  'square feet', 'square foot', 'square metres', 'square meters', 'square kilometres', 'square kilometers',
  'square miles', 'sq ft', 'sq. ft.', 'hectares', 'acres', 'sqm', 'm²', 'km²',
]);
/** Units of measure: quantities with category 'other'. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'megawatts', 'gigawatts', 'kilowatts', 'mw', 'gw', 'kw', 'mwh', 'gwh', 'kwh', 'twh', 'tonnes', 'tons', 'kilograms',
  'kg', 'litres', 'liters', 'gallons', 'barrels', 'kilometres', 'kilometers', 'km', 'miles', 'metres', 'meters',
  'megawatt', 'gigawatt', 'terabytes', 'gigabytes',
]);
export const POPULATION_NOUNS: ReadonlySet<string> = new Set(['residents', 'inhabitants', 'citizens', 'population']);

/** Role words and phrases (lower-case). A role phrase ends in one of ROLE_HEADS. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'cto', 'coo', 'cmo', 'cio', 'cso', 'officer', 'executive', 'director', 'president', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'founder', 'co-founder', 'cofounder', 'partner', 'head', 'manager',
  'spokesperson', 'spokesman', 'spokeswoman', 'councillor', 'councilor', 'mayor', 'minister', 'secretary',
  'professor', 'leader', 'analyst', 'owner', 'governor', 'senator', 'treasurer', 'principal', 'dean', 'chancellor',
  'vp', 'investor', 'economist', 'editor', 'scientist', 'lead', 'architect', 'counsel', 'commissioner',
]);
/** Words that may stand inside a role phrase before its head ("chief executive officer", "works council chairwoman"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'chief', 'executive', 'financial', 'operating', 'technology', 'technical', 'marketing', 'commercial', 'medical',
  'scientific', 'information', 'product', 'revenue', 'people', 'strategy', 'managing', 'general', 'senior', 'vice',
  'deputy', 'assistant', 'associate', 'regional', 'national', 'global', 'co', 'co-', 'founding', 'non-executive',
  'interim', 'acting', 'board', 'supervisory', 'works', 'council', 'city', 'county', 'state', 'finance', 'sales',
  'research', 'operations', 'communications', 'investor', 'relations', 'principal', 'lead', 'program', 'project',
  'executive', 'prime', 'foreign', 'health', 'economy', 'economics', 'energy', 'housing', 'and', 'of', 'union', 'chief',
  'group', 'company', 'founder', 'former',
]);

/** Personal titles before a name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'dr.', 'dr', 'prof.', 'prof', 'professor', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'sir', 'dame', 'lord', 'lady',
]);
/** Academic suffixes after a name ("Priya Raman, Ph.D."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['ph.d.', 'phd', 'm.d.', 'md', 'mba', 'jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'esq.', 'obe', 'mbe', 'cbe']);

/** Speech verbs that attribute a quote. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'explained', 'explains', 'noted', 'notes', 'commented', 'comments', 'stated',
  'states', 'remarked', 'continued', 'continues', 'emphasized', 'emphasised', 'stressed', 'concluded', 'announced',
  'told', 'declared', 'observed', 'according',
]);

/** Legal forms after an organisation's name (lower-case, as tokens). */
export const LEGAL_FORMS: ReadonlyMap<string, string> = new Map([
  ['inc.', 'Inc.'], ['inc', 'Inc.'], ['incorporated', 'Inc.'], ['ltd.', 'Ltd.'], ['ltd', 'Ltd.'], ['limited', 'Ltd.'],
  ['llc', 'LLC'], ['l.l.c.', 'LLC'], ['plc', 'PLC'], ['p.l.c.', 'PLC'], ['gmbh', 'GmbH'], ['ag', 'AG'], ['se', 'SE'],
  ['corp.', 'Corp.'], ['corp', 'Corp.'], ['corporation', 'Corporation'], ['co.', 'Co.'], ['lp', 'LP'], ['l.p.', 'LP'],
  ['llp', 'LLP'], ['s.a.', 'S.A.'], ['sa', 'S.A.'], ['n.v.', 'N.V.'], ['nv', 'N.V.'], ['b.v.', 'B.V.'], ['bv', 'B.V.'],
  ['s.p.a.', 'S.p.A.'], ['spa', 'S.p.A.'], ['pty', 'Pty'], ['kg', 'KG'], ['oy', 'Oy'], ['ab', 'AB'], ['asa', 'ASA'],
  ['a/s', 'A/S'], ['as', 'AS'], ['asa', 'ASA'], ['s.a.s.', 'S.A.S.'], ['sas', 'S.A.S.'], ['ulc', 'ULC'], ['pbc', 'PBC'],
]);
/** Last words that make a capitalised sequence an organisation's name. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'fund', 'trust', 'council', 'ventures', 'capital', 'partners', 'bank', 'university', 'institute', 'foundation',
  'association', 'agency', 'ministry', 'department', 'group', 'holdings', 'commission', 'authority', 'society',
  'federation', 'union', 'committee', 'board', 'office', 'college', 'school', 'hospital', 'laboratories', 'labs',
  'therapeutics', 'pharmaceuticals', 'technologies', 'systems', 'solutions', 'industries', 'networks', 'services',
  'investments', 'management', 'advisors', 'advisers', 'securities', 'insurance', 'airlines', 'motors', 'energy',
  'robotics', 'foods', 'automotive', 'power', 'biosciences', 'bio', 'software', 'media', 'communications', 'consulting',
  'collective', 'alliance', 'coalition', 'cooperative', 'co-operative', 'utilities', 'network', 'center', 'centre', 'organization', 'organisation', 'party',
]);

/** Capitalised words that never start or make a person's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'we', 'it', 'its', 'he', 'she', 'they', 'his', 'her',
  'in', 'on', 'at', 'for', 'by', 'with', 'from', 'to', 'of', 'and', 'or', 'but', 'as', 'about', 'after', 'before',
  'chief', 'executive', 'officer', 'president', 'ceo', 'cfo', 'cto', 'coo', 'director', 'chairman', 'chairwoman',
  'founder', 'partner', 'head', 'manager', 'councillor', 'mayor', 'minister', 'media', 'contact', 'press', 'notes',
  'editors', 'series', 'phase', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fiscal', 'revenue', 'sales', 'net', 'gross',
  'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'said', 'says', 'proceeds', 'shares', 'new', 'north', 'south',
  'east', 'west', 'city', 'county', 'state', 'university', 'group', 'fund', 'trust', 'council', 'bank', 'today',
  'works', 'capital', 'expenditure', 'operating', 'board', 'founded', 'financial', 'dr.', 'prof.', 'mr.', 'mrs.', 'ms.',
  'reports', 'results', 'secures', 'raises', 'closes', 'opens', 'announces', 'launches', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'grant', 'shares', 'if', 'when', 'while',
  'every', 'each', 'all', 'with', 'such', 'more', 'most', 'first', 'second', 'third', 'about', 'over', 'up',
]);

/** Capitalised words after a preposition that are not places. */
export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set([
  'series', 'phase', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fiscal', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'english', 'german', 'french', 'spanish', 'it', 'this', 'these', 'we',
  'our', 'its', 'his', 'her', 'their', 'a', 'an', 'connection', 'addition', 'order', 'total', 'chief', 'ceo',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter', 'he', 'she', 'they', 'i', 'you', 'phase',
  'stage', 'round', 'version', 'section', 'chapter', 'article', 'note', 'notes', 'media', 'contact', 'about',
]);

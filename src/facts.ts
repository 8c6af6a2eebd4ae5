/**
 * The Facts object, verbatim from SPEC §2. Field names are a contract: add, never rename.
 */
export const SCHEMA_VERSION = 1 as const;

export type Qualifier = 'exact' | 'approx' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'almost';

/** The exact characters a fact came from: `text === analysedText.slice(start, end)`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** Optional trace: the name of the rule that produced a fact. */
export interface Traced {
  rule?: string;
}

export interface Release {
  date?: string;
  time?: string;
  place?: string;
  source?: string;
  title?: string;
  organization?: string;
  evidence: Evidence[];
}

export interface YearFact extends Evidence, Traced {
  year: number;
  relative?: boolean;
}

export type DatePrecision = 'day' | 'month' | 'season' | 'quarter' | 'half' | 'year';

export interface DateFact extends Evidence, Traced {
  value: string;
  precision: DatePrecision;
  time?: string;
  until?: string;
  modifier?: 'start' | 'mid' | 'end';
  relative?: boolean;
}

export type MoneyMetric =
  | 'revenue' | 'profit' | 'loss' | 'investment' | 'funding' | 'cost' | 'budget'
  | 'price' | 'salary' | 'damage' | 'other';

export interface MoneyFact extends Evidence, Traced {
  amount: number;
  max?: number;
  currency: string;
  currencyInferred?: true;
  qualifier: Qualifier;
  metric?: MoneyMetric;
  year?: number;
  organization?: string;
}

export interface HeadcountFact extends Evidence, Traced {
  count: number;
  max?: number;
  qualifier: Qualifier;
  kind: 'employees' | 'jobs' | 'members';
  change?: 'increase' | 'decrease';
  year?: number;
  organization?: string;
}

export interface QuantityFact extends Evidence, Traced {
  value: number;
  max?: number;
  qualifier: Qualifier;
  unit: string;
  category?: 'population' | 'count' | 'area' | 'other';
  year?: number;
  organization?: string;
}

export interface PercentageFact extends Evidence, Traced {
  value: number;
  max?: number;
  qualifier: Qualifier;
  unit: 'percent' | 'percentage_points';
  year?: number;
  organization?: string;
}

export interface PersonFact extends Traced {
  name: string;
  title?: string;
  roles: string[];
  organization?: string;
  mentions: Evidence[];
}

export interface OrganizationFact extends Traced {
  name: string;
  legalForm?: string;
  mentions: Evidence[];
}

export interface LocationFact extends Traced {
  name: string;
  mentions: Evidence[];
}

export interface QuoteFact extends Evidence, Traced {
  quote: string;
  speaker?: string;
}

export interface Warning {
  code: string;
  message: string;
}

export type Language = 'de' | 'en' | 'und';

export interface Facts {
  schemaVersion: 1;
  language: Language;
  release: Release;
  years: YearFact[];
  dates: DateFact[];
  money: MoneyFact[];
  headcounts: HeadcountFact[];
  quantities: QuantityFact[];
  percentages: PercentageFact[];
  persons: PersonFact[];
  organizations: OrganizationFact[];
  locations: LocationFact[];
  quotes: QuoteFact[];
  warnings: Warning[];
}

/** A Facts object with every key present and every list empty. */
export function emptyFacts(language: Language = 'und'): Facts {
  return {
    schemaVersion: SCHEMA_VERSION,
    language,
    release: { evidence: [] },
    years: [],
    dates: [],
    money: [],
    headcounts: [],
    quantities: [],
    percentages: [],
    persons: [],
    organizations: [],
    locations: [],
    quotes: [],
    warnings: [],
  };
}

/** pressefakten: facts from German press releases. The pure core: no I/O, no Node built-ins. */
export { extract } from './extract.js';
export type { ExtractOptions } from './options.js';
export type {
  Facts, Evidence, Qualifier, Release, YearFact, DateFact, DatePrecision, MoneyFact, MoneyMetric,
  HeadcountFact, QuantityFact, PercentageFact, PersonFact, OrganizationFact, LocationFact, QuoteFact,
  Warning, Language,
} from './facts.js';
export { SCHEMA_VERSION } from './facts.js';

import type { LocationFact, OrganizationFact, PersonFact, QuoteFact } from '../facts.js';
import type { Context } from '../engine/context.js';

export interface Names {
  persons: PersonFact[];
  organizations: OrganizationFact[];
  locations: LocationFact[];
  quotes: QuoteFact[];
}

/** Persons, organisations, locations and quotes with their speakers. */
export function findNames(ctx: Context): Names {
  void ctx;
  return { persons: [], organizations: [], locations: [], quotes: [] };
}

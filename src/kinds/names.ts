import type { LocationFact, OrganizationFact, PersonFact, QuoteFact } from '../facts.js';
import type { Context } from '../engine/context.js';
import { buildUnits } from './persons/units.js';
import { findOrganizationSpans, organizationFacts } from './organizations/index.js';
import { findPersons } from './persons/index.js';
import { findLocationSpans, locationFacts } from './locations/index.js';
import { findQuotes } from './quotes/index.js';
import { zeroedBytes } from '../engine/scratch.js';

export interface Names {
  persons: PersonFact[];
  organizations: OrganizationFact[];
  locations: LocationFact[];
  quotes: QuoteFact[];
}

/**
 * Persons, organisations, locations and quotes with their speakers. One pass each over the
 * word units; organisations first (a legal-form name holds no person), then persons, then
 * places outside both, then quotes with speakers from the persons found.
 */
export function findNames(ctx: Context): Names {
  const units = buildUnits(ctx);
  const orgSpans = findOrganizationSpans(ctx, units);
  const orgMask = zeroedBytes(units.length);
  for (const s of orgSpans) if (s.tokFirst === undefined) orgMask.fill(1, s.first, s.last);
  const people = findPersons(ctx, units, orgMask, orgSpans);
  // the places' mask: organisations and persons (orgMask is not read after findPersons: reused)
  const mask = orgMask;
  const personMask = people.mask;
  for (let k = 0; k < units.length; k++) mask[k] = orgMask[k]! | personMask[k]!;
  // a compound that starts with an organisation ("SPD-Kreisvorsitzende") is no place either
  for (const s of orgSpans) if (s.tokFirst !== undefined) mask[s.first] = 1;
  // the place a body is named by is a place too: "der Landkreis Weißenburg-Gunzenhausen", "der Stadt Kassel",
  // "Regierung von Niederbayern" (the location rules still decide whether the words are one)
  for (const s of orgSpans) {
    if (s.rule !== 'organizations/body' || s.tokFirst !== undefined || s.last - s.first < 2) continue;
    for (let k = s.first + 1; k < s.last; k++) mask[k] = personMask[k]!;
  }
  const locSpans = findLocationSpans(ctx, units, mask);
  const quotes = findQuotes(ctx, units, people);
  return {
    persons: people.persons,
    organizations: organizationFacts(ctx, units, orgSpans),
    locations: locationFacts(ctx, units, locSpans),
    quotes,
  };
}

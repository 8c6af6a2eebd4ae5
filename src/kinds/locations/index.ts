/**
 * Locations from the gazetteer (src/lexicon/places.json, regions.ts), with cues for names that
 * are also words or surnames:
 * - locations/gazetteer: a strong place name anywhere ("Lemgo", "Nordrhein-Westfalen", "NRW", "Österreich")
 * - locations/cue: a weak or ambiguous place after "in/aus/nach/bei …" or "Stadt/Gemeinde …" ("in Essen", "aus Hof")
 * - locations/dateline: a place at the start of a line before a comma and a date, or "(ots)"
 * - locations/district: the names after "Kreis/Kreise/Landkreis" ("der Kreise Lippe, Herford und Minden-Lübbecke")
 * - locations/genitive: "Deutschlands", "Lemgos" (strong places only)
 * A place inside an organisation's or a person's name is not a location of its own.
 */
import type { LocationFact } from '../../facts.js';
import type { Context } from '../../engine/context.js';
import { STATE_ABBREVIATIONS } from '../../lexicon/regions.js';
import { NOT_SURNAMES } from '../../lexicon/person-words.js';
import type { Unit } from '../persons/units.js';
import { hasNounSuffix, isFirstName, isOrgHead, placeAt, placeWord, roleOf } from '../persons/lexicon.js';

const CUES = new Set(['in', 'aus', 'nach', 'bei', 'ab', 'nahe', 'von', 'gen', 'stadt', 'gemeinde', 'hansestadt', 'kreisstadt', 'großstadt', 'kleinstadt', 'region', 'raum', 'standort', 'standorten', 'landeshauptstadt', 'bundeshauptstadt', 'hauptstadt', 'universitätsstadt', 'metropole', 'kommune', 'ort', 'ortsteil', 'stadtteil', 'bezirk', 'kanton', 'bundesland', 'land', 'zwischen', 'und', 'sowie', 'über', 'im', 'rund', 'um']);
const STRONG_CUES = new Set(['in', 'aus', 'nach', 'bei', 'nahe', 'gen', 'stadt', 'gemeinde', 'hansestadt', 'kreisstadt', 'landeshauptstadt', 'hauptstadt', 'universitätsstadt', 'kommune', 'ortsteil', 'stadtteil', 'bezirk', 'kanton', 'bundesland', 'standort']);
const DISTRICT_CUES = new Set(['kreis', 'kreise', 'kreisen', 'kreises', 'landkreis', 'landkreise', 'landkreisen', 'landkreises', 'kreisgebiet', 'landkreisgebiet', 'bezirk', 'bezirke']);

export interface LocSpan { first: number; last: number; name: string; rule: string }

function isDatelineStart(units: readonly Unit[], i: number, len: number): boolean {
  const u = units[i]!;
  if (!(i === 0 || u.breaks > 0)) return false;
  const n = units[i + len];
  const n2 = units[i + len + 1];
  if (n === undefined) return false;
  if (n.value === '(' && n2 !== undefined && (n2.lower === 'ots' || n2.lower === 'dpa' || n2.lower === 'pm')) return true;
  if (n.value === ',' && n2 !== undefined && (n2.type === 'ordinal' || n2.type === 'number' || n2.lower === 'den')) return true;
  if ((n.value === '–' || n.value === '-' || n.value === '/') && n.spaceBefore) return true;
  return false;
}

export function findLocationSpans(ctx: Context, units: readonly Unit[], mask: Uint8Array): LocSpan[] {
  void ctx;
  const spans: LocSpan[] = [];
  let districtList = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.boilerplate) { districtList = false; continue; }
    const prev = units[i - 1];
    if (DISTRICT_CUES.has(u.lower)) { districtList = units[i + 1]?.cap === true; continue; }
    if (mask[i] === 1) { districtList = false; continue; }
    if (u.type !== 'word') {
      if (u.value !== ',' || !districtList) districtList = false;
      continue;
    }
    if (!u.cap) { if (u.lower !== 'und' && u.lower !== 'sowie') districtList = false; continue; }
    // state abbreviations, written exactly
    const abbr = STATE_ABBREVIATIONS.get(u.value);
    if (abbr !== undefined) { spans.push({ first: i, last: i + 1, name: abbr, rule: 'locations/gazetteer' }); continue; }
    const m = placeAt(units, i);
    let len = m?.length ?? 0;
    let free = m !== undefined;
    for (let k = i; k < i + len && free; k++) free = mask[k] !== 1;
    if (m !== undefined && free) {
      const listGoesOn = spans.length > 0 && spans[spans.length - 1]!.last === i - 1 && prev !== undefined && (prev.value === ',' || CUES.has(prev.lower));
      const cue = prev !== undefined && (STRONG_CUES.has(prev.lower) || listGoesOn);
      const dateline = isDatelineStart(units, i, len);
      const next = units[i + len];
      // "Lemgo Marketing", "Essen Motor Show": a place right before a capitalised noun is part of a name
      const nameFollows = next !== undefined && next.cap && next.type === 'word' && !next.starts && m.strength === 'weak';
      if ((m.strength === 'strong' || cue || dateline || districtList) && !nameFollows && !(isFirstName(u) && !cue && !dateline)) {
        spans.push({ first: i, last: i + len, name: m.name, rule: m.strength === 'strong' ? 'locations/gazetteer' : dateline ? 'locations/dateline' : districtList ? 'locations/district' : 'locations/cue' });
        i += len - 1;
        continue;
      }
    }
    if (districtList && m === undefined && prev !== undefined && DISTRICT_CUES.has(prev.lower) && !NOT_SURNAMES.has(u.lower) && !hasNounSuffix(u.lower) && roleOf(u) === undefined && !isOrgHead(u)) {
      spans.push({ first: i, last: i + 1, name: u.value, rule: 'locations/district' });
      continue;
    }
    districtList = false;
    // genitive of a strong place: "Deutschlands", "Lemgos"
    if (m === undefined && u.lower.endsWith('s') && u.lower.length > 4) {
      const g = placeWord(u.lower.slice(0, -1));
      if (g !== undefined && g.strength === 'strong' && u.parts.length === 1) {
        spans.push({ first: i, last: i + 1, name: g.name, rule: 'locations/genitive' });
        len = 1;
      }
    }
  }
  return spans;
}

export function locationFacts(ctx: Context, units: readonly Unit[], spans: readonly LocSpan[]): LocationFact[] {
  const byKey = new Map<string, LocationFact>();
  for (const s of spans) {
    const ev = ctx.evidence(units[s.first]!.first, units[s.last - 1]!.last);
    const key = s.name.toLowerCase();
    const old = byKey.get(key);
    if (old) old.mentions.push(ev);
    else byKey.set(key, { name: s.name, mentions: [ev], rule: s.rule });
  }
  return [...byKey.values()];
}

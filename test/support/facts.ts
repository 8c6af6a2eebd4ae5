/**
 * The invariants every Facts object must satisfy, whatever the input (SPEC §1, §2):
 * every key present, schemaVersion 1, every evidence an exact slice of the analysed text
 * with start < end, every number finite, JSON-serialisable, no internal error swallowed.
 * `factsProblems` lists what is wrong (empty = valid) so property tests can print it.
 */
import type { Evidence, Facts } from '../../src/index.js';

export const FACT_KEYS = [
  'schemaVersion', 'language', 'release', 'years', 'dates', 'money', 'headcounts', 'quantities',
  'percentages', 'persons', 'organizations', 'locations', 'quotes', 'warnings',
] as const;
const LIST_KEYS = FACT_KEYS.filter((k) => k !== 'schemaVersion' && k !== 'language' && k !== 'release');
const QUALIFIERS = new Set(['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'almost']);
const PRECISIONS = new Set(['day', 'month', 'season', 'quarter', 'half', 'year']);

type Problems = string[];

function checkEvidence(ev: unknown, input: string, where: string, out: Problems): void {
  if (ev === null || typeof ev !== 'object') {
    out.push(`${where}: evidence is not an object`);
    return;
  }
  const { text, start, end } = ev as Partial<Evidence>;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    out.push(`${where}: start/end not integers (${String(start)}, ${String(end)})`);
    return;
  }
  if (!(start! >= 0 && start! < end! && end! <= input.length)) out.push(`${where}: bad span [${start}, ${end}) for input of length ${input.length}`);
  if (typeof text !== 'string') out.push(`${where}: evidence text is not a string`);
  else if (text !== input.slice(start, end)) out.push(`${where}: text ${JSON.stringify(text.slice(0, 60))} !== input.slice(${start}, ${end}) ${JSON.stringify(input.slice(start, end).slice(0, 60))}`);
}

function checkNumbers(value: unknown, path: string, out: Problems): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}: number ${value} is not finite`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkNumbers(v, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkNumbers(v, `${path}.${k}`, out);
  } else if (value !== undefined && typeof value !== 'string' && typeof value !== 'boolean' && value !== null) {
    out.push(`${path}: ${typeof value} is not JSON data`);
  }
}

function isStr(v: unknown): v is string {
  return typeof v === 'string';
}

/** Everything wrong with `facts` as the result of `extract(input)`; [] when it is valid. */
export function factsProblems(facts: unknown, input: string): Problems {
  const out: Problems = [];
  if (facts === null || typeof facts !== 'object') return ['result is not an object'];
  const f = facts as Facts;
  for (const k of FACT_KEYS) if (!(k in f)) out.push(`missing key ${k}`);
  if (out.length > 0) return out;
  if (f.schemaVersion !== 1) out.push(`schemaVersion is ${String(f.schemaVersion)}`);
  if (!['de', 'en', 'und'].includes(f.language)) out.push(`language is ${String(f.language)}`);
  for (const k of LIST_KEYS) if (!Array.isArray(f[k])) out.push(`${k} is not an array`);
  if (f.release === null || typeof f.release !== 'object' || !Array.isArray(f.release.evidence)) out.push('release.evidence is not an array');
  if (out.length > 0) return out;

  f.release.evidence.forEach((e, i) => checkEvidence(e, input, `release.evidence[${i}]`, out));
  for (const key of ['date', 'time', 'place', 'source', 'title', 'organization'] as const) {
    if (f.release[key] !== undefined && !isStr(f.release[key])) out.push(`release.${key} is not a string`);
  }
  for (const k of ['years', 'dates', 'money', 'headcounts', 'quantities', 'percentages', 'quotes'] as const) {
    (f[k] as unknown[]).forEach((e, i) => checkEvidence(e, input, `${k}[${i}]`, out));
  }
  for (const k of ['persons', 'organizations', 'locations'] as const) {
    (f[k] as Array<{ name?: unknown; mentions?: unknown }>).forEach((e, i) => {
      if (!isStr(e.name) || e.name.length === 0) out.push(`${k}[${i}].name is not a non-empty string`);
      if (!Array.isArray(e.mentions) || e.mentions.length === 0) out.push(`${k}[${i}].mentions is not a non-empty array`);
      else e.mentions.forEach((m, j) => checkEvidence(m, input, `${k}[${i}].mentions[${j}]`, out));
    });
  }
  // the fields each kind must carry (SPEC §2)
  f.years.forEach((y, i) => { if (!Number.isInteger(y.year)) out.push(`years[${i}].year is not an integer`); });
  f.dates.forEach((d, i) => {
    if (!isStr(d.value) || d.value.length === 0) out.push(`dates[${i}].value is not a string`);
    if (!PRECISIONS.has(d.precision)) out.push(`dates[${i}].precision is ${String(d.precision)}`);
  });
  f.money.forEach((m, i) => {
    if (typeof m.amount !== 'number') out.push(`money[${i}].amount is not a number`);
    if (!isStr(m.currency) || !/^[A-Z]{3}$/u.test(m.currency)) out.push(`money[${i}].currency is ${String(m.currency)}`);
    if (!QUALIFIERS.has(m.qualifier)) out.push(`money[${i}].qualifier is ${String(m.qualifier)}`);
  });
  f.headcounts.forEach((h, i) => {
    if (typeof h.count !== 'number') out.push(`headcounts[${i}].count is not a number`);
    if (!QUALIFIERS.has(h.qualifier)) out.push(`headcounts[${i}].qualifier is ${String(h.qualifier)}`);
    if (!['employees', 'jobs', 'members'].includes(h.kind)) out.push(`headcounts[${i}].kind is ${String(h.kind)}`);
  });
  f.quantities.forEach((q, i) => {
    if (typeof q.value !== 'number') out.push(`quantities[${i}].value is not a number`);
    if (!QUALIFIERS.has(q.qualifier)) out.push(`quantities[${i}].qualifier is ${String(q.qualifier)}`);
    if (!isStr(q.unit)) out.push(`quantities[${i}].unit is not a string`);
  });
  f.percentages.forEach((p, i) => {
    if (typeof p.value !== 'number') out.push(`percentages[${i}].value is not a number`);
    if (!QUALIFIERS.has(p.qualifier)) out.push(`percentages[${i}].qualifier is ${String(p.qualifier)}`);
    if (p.unit !== 'percent' && p.unit !== 'percentage_points') out.push(`percentages[${i}].unit is ${String(p.unit)}`);
  });
  f.persons.forEach((p, i) => { if (!Array.isArray(p.roles) || !p.roles.every(isStr)) out.push(`persons[${i}].roles is not a list of strings`); });
  f.quotes.forEach((q, i) => { if (!isStr(q.quote)) out.push(`quotes[${i}].quote is not a string`); });
  f.warnings.forEach((w, i) => {
    if (!isStr(w.code) || !isStr(w.message)) out.push(`warnings[${i}] is not {code, message}`);
    // extract() catches its own bugs and reports them as this warning: for us that is a throw
    if (w.code === 'internal_error') out.push(`internal error swallowed: ${w.message}`);
  });
  checkNumbers(f, 'facts', out);
  return out;
}

/** Throws with every problem listed when `facts` is not valid for `input`. */
export function assertValidFacts(facts: unknown, input: string): asserts facts is Facts {
  const problems = factsProblems(facts, input);
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    throw new Error(`invalid Facts (${problems.length} problem(s)) for input of length ${input.length} ${JSON.stringify(input.slice(0, 80))}:\n  ${shown}`);
  }
}

/** Counts every evidence in a Facts object (to assert that a test input did yield facts). */
export function evidenceCount(f: Facts): number {
  let n = f.release.evidence.length;
  for (const k of ['years', 'dates', 'money', 'headcounts', 'quantities', 'percentages', 'quotes'] as const) n += f[k].length;
  for (const k of ['persons', 'organizations', 'locations'] as const) for (const e of f[k]) n += e.mentions.length;
  return n;
}

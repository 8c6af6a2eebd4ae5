/**
 * `--db facts.sqlite`: one row per document (errors included) and one table per fact kind, each row with
 * the document id, the value columns and the evidence (text, start, end). A document written again
 * replaces its rows (delete + insert in one transaction), so re-running the same input never duplicates.
 */
import Database from 'better-sqlite3';
import type { Evidence, Facts } from '../../facts.js';

type Row = Record<string, string | number | null>;

interface KindTable {
  name: string;
  /** Value columns: name → SQL type. */
  columns: Record<string, string>;
  indexes: string[][];
  rows(facts: Facts): Row[];
}

const ev = (e: Evidence | undefined): Row => ({ evidence_text: e?.text ?? null, evidence_start: e?.start ?? null, evidence_end: e?.end ?? null });
const opt = (v: unknown): string | number | null => (v === undefined || v === null ? null : typeof v === 'number' || typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : JSON.stringify(v));
const rule = (f: { rule?: string }): Row => ({ rule: f.rule ?? null });

/** The fact tables, named as the Facts fields. */
export const KIND_TABLES: KindTable[] = [
  {
    name: 'years', columns: { year: 'INTEGER', relative: 'INTEGER' }, indexes: [['year']],
    rows: (f) => f.years.map((y) => ({ year: y.year, relative: opt(y.relative), ...ev(y), ...rule(y) })),
  },
  {
    name: 'dates', columns: { value: 'TEXT', precision: 'TEXT', time: 'TEXT', until: 'TEXT', modifier: 'TEXT', relative: 'INTEGER' }, indexes: [['value']],
    rows: (f) => f.dates.map((d) => ({ value: d.value, precision: d.precision, time: opt(d.time), until: opt(d.until), modifier: opt(d.modifier), relative: opt(d.relative), ...ev(d), ...rule(d) })),
  },
  {
    name: 'money', columns: { amount: 'NUMERIC', max: 'NUMERIC', currency: 'TEXT', currency_inferred: 'INTEGER', qualifier: 'TEXT', metric: 'TEXT', year: 'INTEGER', organization: 'TEXT' }, indexes: [['currency', 'year'], ['organization']],
    rows: (f) => f.money.map((m) => ({ amount: m.amount, max: opt(m.max), currency: m.currency, currency_inferred: opt(m.currencyInferred), qualifier: m.qualifier, metric: opt(m.metric), year: opt(m.year), organization: opt(m.organization), ...ev(m), ...rule(m) })),
  },
  {
    name: 'headcounts', columns: { count: 'NUMERIC', max: 'NUMERIC', qualifier: 'TEXT', kind: 'TEXT', change: 'TEXT', year: 'INTEGER', organization: 'TEXT' }, indexes: [['kind', 'year'], ['organization']],
    rows: (f) => f.headcounts.map((h) => ({ count: h.count, max: opt(h.max), qualifier: h.qualifier, kind: h.kind, change: opt(h.change), year: opt(h.year), organization: opt(h.organization), ...ev(h), ...rule(h) })),
  },
  {
    name: 'quantities', columns: { value: 'NUMERIC', max: 'NUMERIC', qualifier: 'TEXT', unit: 'TEXT', category: 'TEXT', year: 'INTEGER', organization: 'TEXT' }, indexes: [['category', 'year'], ['unit']],
    rows: (f) => f.quantities.map((q) => ({ value: q.value, max: opt(q.max), qualifier: q.qualifier, unit: q.unit, category: opt(q.category), year: opt(q.year), organization: opt(q.organization), ...ev(q), ...rule(q) })),
  },
  {
    name: 'percentages', columns: { value: 'NUMERIC', max: 'NUMERIC', qualifier: 'TEXT', unit: 'TEXT', year: 'INTEGER', organization: 'TEXT' }, indexes: [['year']],
    rows: (f) => f.percentages.map((p) => ({ value: p.value, max: opt(p.max), qualifier: p.qualifier, unit: p.unit, year: opt(p.year), organization: opt(p.organization), ...ev(p), ...rule(p) })),
  },
  {
    name: 'persons', columns: { name: 'TEXT', title: 'TEXT', roles: 'TEXT', organization: 'TEXT', mentions: 'TEXT' }, indexes: [['name']],
    rows: (f) => f.persons.map((p) => ({ name: p.name, title: opt(p.title), roles: JSON.stringify(p.roles), organization: opt(p.organization), mentions: JSON.stringify(p.mentions), ...ev(p.mentions[0]), ...rule(p) })),
  },
  {
    name: 'organizations', columns: { name: 'TEXT', legal_form: 'TEXT', mentions: 'TEXT' }, indexes: [['name']],
    rows: (f) => f.organizations.map((o) => ({ name: o.name, legal_form: opt(o.legalForm), mentions: JSON.stringify(o.mentions), ...ev(o.mentions[0]), ...rule(o) })),
  },
  {
    name: 'locations', columns: { name: 'TEXT', mentions: 'TEXT' }, indexes: [['name']],
    rows: (f) => f.locations.map((l) => ({ name: l.name, mentions: JSON.stringify(l.mentions), ...ev(l.mentions[0]), ...rule(l) })),
  },
  {
    name: 'quotes', columns: { quote: 'TEXT', speaker: 'TEXT' }, indexes: [['speaker']],
    rows: (f) => f.quotes.map((q) => ({ quote: q.quote, speaker: opt(q.speaker), ...ev(q), ...rule(q) })),
  },
  {
    name: 'warnings', columns: { code: 'TEXT', message: 'TEXT' }, indexes: [['code']],
    rows: (f) => f.warnings.map((w) => ({ code: w.code, message: w.message, evidence_text: null, evidence_start: null, evidence_end: null, rule: null })),
  },
];

const DOCUMENT_COLUMNS = [
  'id', 'path', 'hash', 'format', 'encoding', 'language', 'release_date', 'release_time', 'release_place', 'release_source',
  'release_title', 'release_organization', 'release_evidence', 'fields', 'text', 'error_code', 'error_message',
] as const;

export interface DocumentRow {
  id: string;
  path: string;
  hash?: string;
  format?: string;
  encoding?: string;
  fields?: Record<string, unknown>;
  text?: string;
  facts?: Facts;
  error?: { code: string; message: string };
}

export class FactsDb {
  private readonly db: Database.Database;
  private readonly upsertDoc: Database.Statement;
  private readonly deletes: Database.Statement[];
  private readonly inserts: Map<string, Database.Statement> = new Map();
  private readonly writeMany: (docs: DocumentRow[]) => void;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS documents (
      id TEXT PRIMARY KEY, path TEXT NOT NULL, hash TEXT, format TEXT, encoding TEXT, language TEXT,
      release_date TEXT, release_time TEXT, release_place TEXT, release_source TEXT, release_title TEXT,
      release_organization TEXT, release_evidence TEXT, fields TEXT, text TEXT, error_code TEXT, error_message TEXT)`);
    this.db.exec('CREATE INDEX IF NOT EXISTS documents_release_date ON documents(release_date)');
    this.db.exec('CREATE INDEX IF NOT EXISTS documents_error_code ON documents(error_code)');
    for (const t of KIND_TABLES) {
      const cols = Object.entries(t.columns).map(([c, type]) => `"${c}" ${type}`).join(', ');
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${t.name} (doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, ${cols},
        evidence_text TEXT, evidence_start INTEGER, evidence_end INTEGER, rule TEXT, PRIMARY KEY (doc_id, idx))`);
      for (const ix of t.indexes) this.db.exec(`CREATE INDEX IF NOT EXISTS ${t.name}_${ix.join('_')} ON ${t.name}(${ix.map((c) => `"${c}"`).join(', ')})`);
      const all = ['doc_id', 'idx', ...Object.keys(t.columns), 'evidence_text', 'evidence_start', 'evidence_end', 'rule'];
      this.inserts.set(t.name, this.db.prepare(`INSERT INTO ${t.name} (${all.map((c) => `"${c}"`).join(', ')}) VALUES (${all.map((c) => `@${c}`).join(', ')})`));
    }
    this.upsertDoc = this.db.prepare(`INSERT OR REPLACE INTO documents (${DOCUMENT_COLUMNS.join(', ')}) VALUES (${DOCUMENT_COLUMNS.map((c) => `@${c}`).join(', ')})`);
    this.deletes = KIND_TABLES.map((t) => this.db.prepare(`DELETE FROM ${t.name} WHERE doc_id = ?`));
    this.writeMany = this.db.transaction((docs: DocumentRow[]) => {
      for (const doc of docs) this.writeOne(doc);
    });
  }

  /** Write documents (and replace what an earlier run wrote for them) in one transaction. */
  write(docs: DocumentRow[]): void {
    if (docs.length > 0) this.writeMany(docs);
  }

  close(): void {
    this.db.close();
  }

  private writeOne(doc: DocumentRow): void {
    for (const del of this.deletes) del.run(doc.id);
    const f = doc.facts;
    const r = f?.release;
    this.upsertDoc.run({
      id: doc.id, path: doc.path, hash: doc.hash ?? null, format: doc.format ?? null, encoding: doc.encoding ?? null,
      language: f?.language ?? null, release_date: opt(r?.date), release_time: opt(r?.time), release_place: opt(r?.place),
      release_source: opt(r?.source), release_title: opt(r?.title), release_organization: opt(r?.organization),
      release_evidence: r === undefined ? null : JSON.stringify(r.evidence), fields: doc.fields === undefined || Object.keys(doc.fields).length === 0 ? null : JSON.stringify(doc.fields),
      text: doc.text ?? null, error_code: doc.error?.code ?? null, error_message: doc.error?.message ?? null,
    });
    if (f === undefined) return;
    for (const t of KIND_TABLES) {
      const insert = this.inserts.get(t.name)!;
      t.rows(f).forEach((row, idx) => insert.run({ doc_id: doc.id, idx, ...row }));
    }
  }
}

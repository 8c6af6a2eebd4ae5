/**
 * INPUT... → a stream of inputs, in a deterministic order (arguments in order; folder entries sorted by
 * code point), pulled lazily so that memory does not grow with the size of the archive.
 * - files; folders (recursive; symlinks followed, loops and aliases of a folder already walked reported once);
 * - globs ("archive/**\/*.txt"; *, **, ?, [..], {a,b}), matched by the same walker;
 * - .jsonl/.ndjson files and `-` (NDJSON on stdin): one release a line, `text` required, other fields kept;
 * - anything that cannot be read (dangling symlink, FIFO, socket, device, permission) becomes an explicit
 *   error input: nothing is dropped silently.
 */
import { createReadStream, type Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { validIsoDate } from '../../options.js';
import { readLines } from './lines.js';

export type Input =
  /** fsPath: the path's bytes when its name is not valid UTF-8 (path and id then spell those bytes as \xHH). */
  | { kind: 'file'; id: string; path: string; fsPath?: Buffer }
  | { kind: 'record'; id: string; path: string; line: string; text: string; fields: Record<string, unknown>; releaseDate?: string }
  | { kind: 'error'; id: string; path: string; code: string; message: string; line?: string }
  /** Met while walking a folder, but not a release: expectation files, code, .git/node_modules (counted in the summary). */
  | { kind: 'ignored'; id: string; path: string; reason: string }
  /** Only with countOnly: the number of lines of a JSONL file. */
  | { kind: 'count'; id: string; path: string; lines: number };

export interface EnumerateOptions {
  /** Absolute paths never taken as inputs (the output file, the database and its journals), as given and with symlinks resolved. */
  exclude?: Set<string>;
  stdin?: Readable;
  /** Walk every file of a folder, expectation files, code and .git/node_modules included. */
  allFiles?: boolean;
  /** For a total only: JSONL files give one 'count' input with their number of non-blank lines, unparsed. */
  countOnly?: boolean;
}

/**
 * What a folder walk passes over (counted in the summary): the scorer's expectation files beside the
 * releases, source code, and version-control and package folders. Everything else, hidden or odd files
 * included, gets its output line: facts or an explicit error, so nothing in an archive goes unaccounted.
 */
const NOT_RELEASE_FILE = /\.expected\.json$|\.(?:m?js|cjs|m?ts|cts|d\.mts|py|sh|map)$/iu;
const NOT_RELEASE_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules']);

function ignoredReason(name: string, isDirectory: boolean): string | undefined {
  if (isDirectory) return NOT_RELEASE_FOLDERS.has(name) ? name : undefined;
  const m = NOT_RELEASE_FILE.exec(name);
  return m === null ? undefined : m[0].toLowerCase();
}

interface Ctx {
  paths: Set<string>;
  allFiles: boolean;
  countOnly: boolean;
}

const JSONL = /\.(jsonl|ndjson)$/iu;
const DOCUMENT_NAME = /\.(txt|text|html?|xhtml|pdf|jsonl|ndjson|json|md|xml)$/iu;
const GLOB_CHARS = /[*?[{]/u;

/** All inputs named by the arguments, one at a time. */
export async function* enumerate(args: string[], options: EnumerateOptions = {}): AsyncGenerator<Input> {
  const exclude: Ctx = { paths: options.exclude ?? new Set<string>(), allFiles: options.allFiles === true, countOnly: options.countOnly === true };
  let stdinRead = false;
  for (const arg of args) {
    if (arg === '-') {
      if (exclude.countOnly) continue;
      // standard input can be read once: a second '-' is said, not passed over
      if (stdinRead) {
        yield errorInput('-', 'stdin_twice', "'-' stands more than once among the inputs: standard input was read at its first place");
        continue;
      }
      stdinRead = true;
      yield* records(options.stdin ?? process.stdin, '-');
      continue;
    }
    if (GLOB_CHARS.test(arg) && !(await exists(arg))) {
      // "Bericht\\[2019\\].txt": only escaped glob characters, so a path after all
      if (!hasGlobChar(arg)) yield* pathInputs(unescapeGlob(arg), exclude, undefined);
      else yield* globInputs(arg, exclude);
      continue;
    }
    yield* pathInputs(arg, exclude, undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

function errorInput(path: string, code: string, message: string): Input {
  return { kind: 'error', id: path, path, code, message };
}

function fsError(path: string, error: unknown, symlink = false): Input {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return errorInput(path, symlink ? 'dangling_symlink' : 'not_found', symlink ? 'symbolic link to a file that does not exist' : 'no such file or folder');
    case 'ELOOP': return errorInput(path, 'symlink_loop', 'symbolic links form a loop');
    case 'EACCES':
    case 'EPERM': return errorInput(path, 'unreadable', 'permission denied');
    default: return errorInput(path, 'unreadable', e.message);
  }
}

/** One path argument (or one entry met while walking): file, folder, JSONL, or an explicit error. */
async function* pathInputs(path: string, exclude: Ctx, match: RegExp | undefined, maxDepth = Infinity): AsyncGenerator<Input> {
  let st;
  try {
    st = await stat(path);
  } catch (error) {
    let isLink = false;
    try { isLink = (await lstat(path)).isSymbolicLink(); } catch { /* not there at all */ }
    yield fsError(path, error, isLink);
    return;
  }
  if (st.isDirectory()) {
    yield* walk(path, exclude, match, maxDepth);
    return;
  }
  yield* entryInputs(path, st, exclude, await realOf(exclude, path));
}

/** The path with every symlink resolved (to compare with the batch's own outputs), or undefined when there are none or it cannot be resolved. */
async function realOf(exclude: Ctx, path: string): Promise<string | undefined> {
  if (exclude.paths.size === 0) return undefined; // output on stdout, no database: nothing to compare, no syscall
  try {
    return await realpath(path);
  } catch {
    return undefined;
  }
}

/** One of the batch's own outputs, by the path as met or by its real path (a folder reached through a symlink). */
function isOwnOutput(exclude: Ctx, path: string, real: string | undefined): boolean {
  return exclude.paths.has(resolve(path)) || (real !== undefined && exclude.paths.has(real));
}

async function* entryInputs(path: string, st: { isFile(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }, exclude: Ctx, real: string | undefined): AsyncGenerator<Input> {
  if (isOwnOutput(exclude, path, real)) return;
  if (!st.isFile()) {
    const what = st.isFIFO() ? 'a named pipe (FIFO)' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a regular file';
    yield errorInput(path, 'not_a_regular_file', `${what}: skipped`);
    return;
  }
  if (JSONL.test(path)) {
    let stream;
    try {
      stream = createReadStream(path, { highWaterMark: 1 << 16 });
      await new Promise<void>((ok, fail) => { stream!.once('open', () => ok()); stream!.once('error', fail); });
    } catch (error) {
      yield fsError(path, error);
      return;
    }
    if (exclude.countOnly) {
      let lines = 0;
      for await (const { line } of readLines(stream)) if (line.trim().length > 0) lines++;
      yield { kind: 'count', id: path, path, lines };
      return;
    }
    yield* records(stream, path);
    return;
  }
  yield { kind: 'file', id: path, path };
}

/**
 * A folder, depth first, entries sorted by code point. A folder is walked once: a symlink back to an
 * ancestor is reported as 'symlink_loop', one to a folder already walked as 'duplicate_folder'.
 */
async function* walk(root: string, exclude: Ctx, match: RegExp | undefined, maxDepth: number): AsyncGenerator<Input> {
  const seen = new Set<string>();
  const ancestors = new Set<string>();
  async function* dir(path: string, depth: number): AsyncGenerator<Input> {
    let key: string;
    try {
      const st = await stat(path);
      key = `${st.dev}:${st.ino}`;
    } catch (error) {
      yield fsError(path, error);
      return;
    }
    if (ancestors.has(key)) {
      if (match === undefined || match.test(path)) yield errorInput(path, 'symlink_loop', 'symbolic link to a folder that contains it: not followed');
      return;
    }
    if (seen.has(key)) {
      if (match === undefined || match.test(path)) yield errorInput(path, 'duplicate_folder', 'symbolic link to a folder already read in this run: not read twice');
      return;
    }
    seen.add(key);
    ancestors.add(key);
    // the folder's real path: the batch's own output must not become an input through an alias of its folder
    const realDir = await realOf(exclude, path);
    let entries: Dirent[];
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      ancestors.delete(key);
      yield fsError(path, error);
      return;
    }
    // names that are not UTF-8 ("M\xe4rz.txt" from an old Windows share) would all read as "M\ufffdrz.txt":
    // not found, and one id for several files. They are listed again as bytes and come after the others.
    const undecodable = entries.some((e) => e.name.includes('\ufffd')) ? await undecodableNames(path) : [];
    if (undecodable.length > 0) {
      const lossy = new Set(undecodable.map((u) => u.lossy));
      entries = entries.filter((e) => !lossy.has(e.name));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (entries.length === 0 && DOCUMENT_NAME.test(path) && (match === undefined || match.test(path))) {
      // An empty folder named like a document ("release.txt/") is reported, not passed over in silence.
      yield errorInput(path, 'is_a_directory', 'a folder named like a document, with nothing in it');
    }
    for (const entry of entries) {
      const full = join(path, entry.name);
      const reason = match === undefined && !exclude.allFiles ? ignoredReason(entry.name, entry.isDirectory()) : undefined;
      if (reason !== undefined) {
        yield { kind: 'ignored', id: full, path: full, reason };
        continue;
      }
      if (entry.isDirectory()) {
        if (depth < maxDepth) yield* dir(full, depth + 1);
        continue;
      }
      if (entry.isSymbolicLink()) {
        let st;
        try {
          st = await stat(full);
        } catch (error) {
          if (match === undefined || match.test(full)) yield fsError(full, error, true);
          continue;
        }
        if (st.isDirectory()) {
          if (depth < maxDepth) yield* dir(full, depth + 1);
          continue;
        }
        if (match === undefined || match.test(full)) yield* entryInputs(full, st, exclude, await realOf(exclude, full));
        continue;
      }
      if (match !== undefined && !match.test(full)) continue;
      if (entry.isFile()) {
        const real = realDir === undefined ? undefined : join(realDir, entry.name);
        if (JSONL.test(full)) yield* entryInputs(full, { isFile: () => true, isFIFO: () => false, isSocket: () => false, isCharacterDevice: () => false, isBlockDevice: () => false }, exclude, real);
        else if (!isOwnOutput(exclude, full, real)) yield { kind: 'file', id: full, path: full };
        continue;
      }
      yield* entryInputs(full, { isFile: () => false, isFIFO: () => entry.isFIFO(), isSocket: () => entry.isSocket(), isCharacterDevice: () => entry.isCharacterDevice(), isBlockDevice: () => entry.isBlockDevice() }, exclude, realDir === undefined ? undefined : join(realDir, entry.name));
    }
    for (const u of undecodable) {
      const full = join(path, u.display);
      if (match !== undefined && !match.test(full)) continue;
      if (u.file && !JSONL.test(full)) yield { kind: 'file', id: full, path: full, fsPath: Buffer.concat([Buffer.from(path.endsWith('/') ? path : path + '/'), u.bytes]) };
      else yield errorInput(full, 'undecodable_name', 'a folder, link or JSONL file whose name is not UTF-8: not read (the name shows each byte beyond ASCII as \\xHH)');
    }
    ancestors.delete(key);
  }
  yield* dir(root, 0);
}

/** The entries of a folder whose names are not valid UTF-8, each with its bytes and a name that spells them. */
async function undecodableNames(path: string): Promise<Array<{ bytes: Buffer; lossy: string; display: string; file: boolean }>> {
  let raw: Dirent<Buffer>[];
  try {
    raw = await readdir(path, { withFileTypes: true, encoding: 'buffer' });
  } catch {
    return [];
  }
  const out: Array<{ bytes: Buffer; lossy: string; display: string; file: boolean }> = [];
  for (const e of raw) {
    const bytes = e.name;
    const lossy = bytes.toString('utf8');
    if (Buffer.from(lossy, 'utf8').equals(bytes)) continue;
    let display = '';
    for (const b of bytes) display += b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
    out.push({ bytes, lossy, display, file: e.isFile() });
  }
  return out.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/** A glob: walk its static base and keep the paths the pattern matches. */
async function* globInputs(pattern: string, exclude: Ctx): AsyncGenerator<Input> {
  const normalized = (BACKSLASH_ESCAPES ? pattern : pattern.replace(/\\/gu, '/')).replace(/^(\.\/)+/u, '');
  const segments = normalized.split('/');
  const firstGlob = segments.findIndex(hasGlobChar);
  // the static part as the walker spells its paths (path.join drops "..", "." and doubled slashes): else
  // "archiv/../archiv/*.txt" matched nothing
  const written = unescapeGlob(segments.slice(0, firstGlob).join('/')) || (normalized.startsWith('/') ? '/' : '.');
  const base = written === '/' ? '/' : posix.normalize(written).replace(/(.)\/$/u, '$1');
  const rest = segments.slice(firstGlob);
  const maxDepth = rest.includes('**') ? Infinity : rest.length - 1;
  let matched: RegExp;
  try {
    const re = globToRegExp(base === '.' ? rest.join('/') : `${base === '/' ? '' : escapeGlob(base)}/${rest.join('/')}`);
    matched = base === '.' ? new RegExp(re.source.replace(/^\^/u, '^(?:\\./)?'), 'u') : re;
  } catch (error) {
    // "[z-a]": a bad pattern is an error line of its own; the other inputs go on
    yield errorInput(pattern, 'invalid_glob', `not a valid pattern: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  let any = false;
  if (!(await exists(base))) {
    yield errorInput(pattern, 'no_match', 'the pattern matches no file');
    return;
  }
  for await (const input of pathInputs(base, exclude, matched, maxDepth)) {
    any = true;
    yield input;
  }
  if (!any) yield errorInput(pattern, 'no_match', 'the pattern matches no file');
}

/**
 * A backslash escapes the next character, as in the shell and fast-glob ("Bericht\\[2019\\].txt" is that name),
 * except on Windows, where it separates folders.
 */
const BACKSLASH_ESCAPES = process.platform !== 'win32';

/** Has the pattern a glob character that no backslash escapes? */
function hasGlobChar(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && BACKSLASH_ESCAPES) i++;
    else if (c === '*' || c === '?' || c === '[' || c === '{') return true;
  }
  return false;
}

/** The path a static part of a pattern names: escapes removed. */
function unescapeGlob(part: string): string {
  return BACKSLASH_ESCAPES ? part.replace(/\\(.)/gsu, '$1') : part;
}

/** A path as a pattern that matches only itself. */
function escapeGlob(path: string): string {
  return BACKSLASH_ESCAPES ? path.replace(/[*?[\]{},\\]/gu, '\\$&') : path;
}

/** A glob pattern → an anchored RegExp over '/'-separated paths. Linear: no nested quantifiers. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && BACKSLASH_ESCAPES && i + 1 < glob.length) {
      re += glob[++i]!.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
    } else if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          if (i + 2 === glob.length) re += '.*';
          else { re += '(?:[^/]*/)*'; i++; }
          i++;
          continue;
        }
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      let body = glob.slice(i + 1, close);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/gu, '\\\\') + ']';
      i = close;
    } else if (c === '{' && !inBraces) { re += '(?:'; inBraces = true; }
    else if (c === '}' && inBraces) { re += ')'; inBraces = false; }
    else if (c === ',' && inBraces) re += '|';
    else re += c.replace(/[.+^$()|\\/]/gu, '\\$&');
  }
  if (inBraces) re += ')';
  return new RegExp(`^${re}$`, 'u');
}

const RESERVED = new Set(['id', 'text']);

/** NDJSON lines → record inputs (blank lines are skipped; a bad line is an explicit error input). */
async function* records(stream: Readable, source: string): AsyncGenerator<Input> {
  try {
    for await (const { line, number } of readLines(stream)) {
      if (line.trim().length === 0) continue;
      const path = `${source}:${number}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { kind: 'error', id: path, path, line, code: 'invalid_json', message: `line ${number} is not JSON: ${error instanceof Error ? error.message : String(error)}` };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { kind: 'error', id: path, path, line, code: 'invalid_record', message: `line ${number} is not a JSON object` };
        continue;
      }
      const record = value as Record<string, unknown>;
      const id = typeof record.id === 'string' && record.id.length > 0 ? record.id : typeof record.id === 'number' ? String(record.id) : path;
      if (typeof record.text !== 'string') {
        yield { kind: 'error', id, path, line, code: 'missing_text', message: `line ${number} has no "text" string field` };
        continue;
      }
      const fields: Record<string, unknown> = {};
      // defined, not assigned: a field named "__proto__" (an own key after JSON.parse) is kept as a field
      for (const key of Object.keys(record)) if (!RESERVED.has(key)) Object.defineProperty(fields, key, { value: record[key], enumerable: true, writable: true, configurable: true });
      const releaseDate = recordDate(record.releaseDate) ?? recordDate(record.date);
      const input: Input = { kind: 'record', id, path, line, text: record.text, fields };
      if (releaseDate !== undefined) input.releaseDate = releaseDate;
      yield input;
    }
  } catch (error) {
    yield errorInput(source, 'unreadable', error instanceof Error ? error.message : String(error));
  }
}

/** A record's own date: "2017-03-16", or the date part of "2017-03-16T10:00:00Z". */
function recordDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return validIsoDate(value.length > 10 && value[10] === 'T' ? value.slice(0, 10) : value);
}

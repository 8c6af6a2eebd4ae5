/**
 * Every regular expression in src/ checked for catastrophic backtracking (SPEC §4: linear in
 * the input, whatever the input), so a new rule that backtracks fails CI.
 *
 * The regexes are found by parsing the TypeScript sources with the `typescript` package: regex
 * literals, and `new RegExp(…)` / `RegExp(…)` whose arguments are literals or can be folded
 * from literals in the same file (string and template literals, `+`, `const` names, `[…].join()`,
 * `/re/.source`). Each is checked with recheck (automaton checker where it applies, fuzzing
 * otherwise, with a timeout); results for safe patterns are cached on disk by pattern, flags and
 * recheck version, so an unchanged tree checks in a moment.
 *
 * A RegExp built at run time from something that cannot be folded is not checkable here: in
 * the core (src/ minus src/node and src/cli, which reads untrusted text) it fails the test;
 * in src/node and src/cli (patterns from the user's own command line, e.g. globs) it is listed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ROOT } from './support/releases.js';

const SRC = join(ROOT, 'src');
const CACHE_DIR = join(ROOT, 'node_modules/.cache/pressefakten-redos');
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
const PARAMS = { checker: 'auto', timeout: 20_000 } as const;
const CONCURRENCY = 4;

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}
interface Dynamic {
  file: string;
  line: number;
  code: string;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.isFile() && /\.(ts|mts|cts|tsx)$/u.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Splits a regex literal's text "/source/flags". */
function splitLiteral(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

/** Regexes of one source file (exported for the self-test below). */
export function findRegexes(fileName: string, code: string): { found: Omit<Found, 'file'>[]; dynamic: Omit<Dynamic, 'file'>[] } {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Omit<Found, 'file'>[] = [];
  const dynamic: Omit<Dynamic, 'file'>[] = [];
  const consts = new Map<string, ts.Expression>();
  const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;

  // const NAME = <expr> anywhere in the file (folding looks names up here)
  const collectConsts = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const d of node.declarations) if (ts.isIdentifier(d.name) && d.initializer !== undefined) consts.set(d.name.text, d.initializer);
    }
    ts.forEachChild(node, collectConsts);
  };
  collectConsts(sf);

  /** The string an expression always evaluates to, or undefined when it cannot be folded. */
  const fold = (e: ts.Expression, depth = 0): string | undefined => {
    if (depth > 20) return undefined;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) return fold(e.expression, depth + 1);
    if (ts.isNumericLiteral(e)) return String(Number(e.text));
    if (ts.isTemplateExpression(e)) {
      let s = e.head.text;
      for (const span of e.templateSpans) {
        const v = fold(span.expression, depth + 1);
        if (v === undefined) return undefined;
        s += v + span.literal.text;
      }
      return s;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = fold(e.left, depth + 1);
      const b = fold(e.right, depth + 1);
      return a === undefined || b === undefined ? undefined : a + b;
    }
    if (ts.isIdentifier(e)) {
      const init = consts.get(e.text);
      return init === undefined ? undefined : fold(init, depth + 1);
    }
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'source') {
      const re = ts.isRegularExpressionLiteral(e.expression) ? e.expression : ts.isIdentifier(e.expression) ? consts.get(e.expression.text) : undefined;
      if (re !== undefined && ts.isRegularExpressionLiteral(re)) return splitLiteral(re.text).source;
      return undefined;
    }
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'join') {
      let arr: ts.Expression | undefined = e.expression.expression;
      if (ts.isIdentifier(arr)) arr = consts.get(arr.text);
      while (arr !== undefined && (ts.isAsExpression(arr) || ts.isParenthesizedExpression(arr))) arr = arr.expression;
      if (arr === undefined || !ts.isArrayLiteralExpression(arr)) return undefined;
      const sep = e.arguments.length === 0 ? ',' : fold(e.arguments[0]!, depth + 1);
      if (sep === undefined) return undefined;
      const parts = arr.elements.map((x) => fold(x, depth + 1));
      return parts.every((p) => p !== undefined) ? parts.join(sep) : undefined;
    }
    return undefined;
  };

  const isRegExpCallee = (e: ts.Expression): boolean =>
    (ts.isIdentifier(e) && e.text === 'RegExp') || (ts.isPropertyAccessExpression(e) && e.name.text === 'RegExp');

  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      // a literal directly inside new RegExp(/x/, flags) is reported with the call's flags below
      const p = node.parent;
      const wrapped = (ts.isNewExpression(p) || ts.isCallExpression(p)) && isRegExpCallee(p.expression) && p.arguments?.[0] === node && p.arguments.length > 1;
      if (!wrapped) found.push({ line: lineOf(node), ...splitLiteral((node as ts.RegularExpressionLiteral).text) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const first = args[0];
      const flags = args.length > 1 ? fold(args[1]!) : '';
      let source: string | undefined;
      if (first === undefined) source = '(?:)';
      else if (ts.isRegularExpressionLiteral(first)) source = splitLiteral(first.text).source;
      else source = fold(first);
      if (source === undefined || flags === undefined) dynamic.push({ line: lineOf(node), code: node.getText(sf).slice(0, 120) });
      else if (!(first !== undefined && ts.isRegularExpressionLiteral(first) && args.length === 1)) found.push({ line: lineOf(node), source, flags });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, dynamic };
}

function collect(): { found: Found[]; dynamic: Dynamic[] } {
  const found: Found[] = [];
  const dynamic: Dynamic[] = [];
  for (const path of tsFiles(SRC)) {
    const file = relative(ROOT, path);
    const r = findRegexes(path, readFileSync(path, 'utf8'));
    for (const f of r.found) found.push({ file, ...f });
    for (const d of r.dynamic) dynamic.push({ file, ...d });
  }
  return { found, dynamic };
}

const cacheKey = (source: string, flags: string): string =>
  createHash('sha256').update(`${RECHECK_VERSION}\0${flags}\0${source}`).digest('hex').slice(0, 32);

function cached(source: string, flags: string): boolean {
  return existsSync(join(CACHE_DIR, cacheKey(source, flags)));
}
function remember(source: string, flags: string): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(join(CACHE_DIR, cacheKey(source, flags)), 'safe\n');
  } catch {
    // a read-only tree just means no cache
  }
}

/** Checks the distinct patterns, CONCURRENCY at a time; safe results come from / go to the cache. */
async function checkAll(patterns: Array<{ source: string; flags: string }>): Promise<Map<string, Diagnostics | 'cached'>> {
  const results = new Map<string, Diagnostics | 'cached'>();
  const todo = patterns.filter((p) => {
    if (!cached(p.source, p.flags)) return true;
    results.set(`${p.flags}\0${p.source}`, 'cached');
    return false;
  });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const p = todo[next++]!;
      const d = await check(p.source, p.flags, PARAMS);
      if (d.status === 'safe') remember(p.source, p.flags);
      results.set(`${p.flags}\0${p.source}`, d);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

function describeProblem(d: Diagnostics): string {
  if (d.status === 'vulnerable') {
    const attack = d.attack.pattern.length > 80 ? d.attack.pattern.slice(0, 80) + '…' : d.attack.pattern;
    return `${d.complexity.type} backtracking (${d.complexity.summary}); attack: ${attack}`;
  }
  if (d.status === 'unknown') return `could not be proven safe (${d.error.kind}${'message' in d.error ? ': ' + d.error.message : ''})`;
  return 'safe';
}

const CORE_EXEMPT = /^src\/(node|cli)\//u;

describe('ReDoS: every regular expression in src/', () => {
  const { found, dynamic } = collect();

  test('the collector finds regexes in the sources', () => {
    // normalize.ts has had one since the start; if this fails, the collector is broken, not the code
    expect(found.some((f) => f.file === 'src/text/normalize.ts')).toBe(true);
  });

  test('no regex can backtrack catastrophically (recheck)', async () => {
    const distinct = new Map<string, { source: string; flags: string }>();
    for (const f of found) distinct.set(`${f.flags}\0${f.source}`, { source: f.source, flags: f.flags });
    const results = await checkAll([...distinct.values()]);
    const unsafe: string[] = [];
    for (const f of found) {
      const d = results.get(`${f.flags}\0${f.source}`);
      if (d === undefined || d === 'cached' || d.status === 'safe') continue;
      unsafe.push(`${f.file}:${f.line}  /${f.source}/${f.flags}\n      ${describeProblem(d)}`);
    }
    expect(unsafe, `unsafe regular expressions (${unsafe.length} of ${found.length}); make them linear: no nested or adjacent overlapping quantifiers, anchor or bound repetitions, or use a token look-up instead`).toEqual([]);
  }, 120_000);

  test('no RegExp in the core is built at run time from something this test cannot check', () => {
    const core = dynamic.filter((d) => !CORE_EXEMPT.test(d.file)).map((d) => `${d.file}:${d.line}  ${d.code}`);
    const outside = dynamic.filter((d) => CORE_EXEMPT.test(d.file));
    if (outside.length > 0) console.info(`dynamic RegExp outside the core, not checked:\n  ${outside.map((d) => `${d.file}:${d.line}  ${d.code}`).join('\n  ')}`);
    expect(core, 'build the pattern from literals (or const strings in the same file) so it can be checked').toEqual([]);
  });
});

// The collector and the checker must be able to fail, or the test above proves nothing.
describe('ReDoS self-test', () => {
  const code = `
    const A = 'x+';
    const WORDS = ['rund', 'etwa'] as const;
    const r1 = /^(a+)+$/u;
    const r2 = new RegExp('(?:' + A + ')+y', 'u');
    const r3 = new RegExp(\`^(?:\${WORDS.join('|')})$\`, 'iu');
    const r4 = RegExp(/\\d+/.source + 'z');
    const r5 = new RegExp(userInput);
    const r6 = new RegExp(/abc/, 'g');
    const s = 'not /a regex/ here';
  `;
  const { found, dynamic } = findRegexes('self.ts', code);

  test('finds literals, folds constant constructions, flags dynamic ones', () => {
    expect(found.map((f) => [f.source, f.flags])).toEqual([
      ['^(a+)+$', 'u'], ['(?:x+)+y', 'u'], ['^(?:rund|etwa)$', 'iu'], ['\\d+z', ''], ['\\d+', ''], ['abc', 'g'],
    ]);
    expect(found.map((f) => f.line)).toEqual([4, 5, 6, 7, 7, 9]);
    expect(dynamic.map((d) => d.line)).toEqual([8]);
  });

  test('recheck reports a backtracking pattern as vulnerable and a linear one as safe', async () => {
    const [bad, worse, good] = await Promise.all([
      check('^(a+)+$', 'u', PARAMS), check('(?:x+)+y', 'u', PARAMS), check('^(?:rund|etwa)$', 'iu', PARAMS),
    ]);
    expect(bad.status).toBe('vulnerable');
    expect(worse.status).toBe('vulnerable');
    expect(good.status).toBe('safe');
  }, 60_000);
});

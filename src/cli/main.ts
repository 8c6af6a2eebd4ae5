#!/usr/bin/env node
/** The `pressefakten` command: argv → core or batch; exit codes; errors as one line on stderr. */
import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { extract } from '../extract.js';
import { validIsoDate } from '../options.js';
import { decode } from '../node/decode.js';

function releaseDate(value: string): string {
  const d = validIsoDate(value);
  if (d === undefined) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return d;
}

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function fail(message: string, code = 2): never {
  process.stderr.write(`pressefakten: ${message}\n`);
  process.exit(code);
}

const program = new Command();
program
  .name('pressefakten')
  .description('Facts from German press releases: dates, years, money, headcounts, counts, percentages, people, organisations, places, quotes.')
  .showHelpAfterError();

program
  .command('extract')
  .description('one release → Facts as JSON on stdout')
  .argument('<file>', "a release file (.txt), or '-' for standard input")
  .option('--release-date <YYYY-MM-DD>', 'anchor for relative dates when the text has none', releaseDate)
  .option('--compact', 'one line of JSON instead of indented')
  .action(async (file: string, opts: { releaseDate?: string; compact?: boolean }) => {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      fail(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}`);
    }
    const decoded = decode(bytes);
    const facts = extract(decoded.text, opts.releaseDate === undefined ? {} : { releaseDate: opts.releaseDate });
    facts.warnings.unshift(...decoded.warnings);
    process.stdout.write(JSON.stringify(facts, null, opts.compact === true ? undefined : 2) + '\n');
  });

program.parseAsync(process.argv).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

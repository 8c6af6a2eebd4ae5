/** Lines of a byte stream, pulled one at a time (the stream is only read as fast as lines are taken). */
import type { Readable } from 'node:stream';

/**
 * Each line without its "\n" (and without a trailing "\r"), with its 1-based number.
 * Linear in the line's length however long it is: each chunk is searched once, and the pieces of an
 * unfinished line wait in a list until its end comes (a string grown chunk by chunk and searched from its
 * start each time took 55 s for one 32 MB line).
 */
export async function* readLines(stream: Readable): AsyncGenerator<{ line: string; number: number }> {
  const decoder = new TextDecoder('utf-8');
  let pending: string[] = [];
  let number = 0;
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let from = 0;
    for (let nl = piece.indexOf('\n'); nl >= 0; nl = piece.indexOf('\n', from)) {
      number++;
      const head = piece.slice(from, nl);
      const line = pending.length === 0 ? head : pending.join('') + head;
      pending = [];
      yield { line: stripCr(line), number };
      from = nl + 1;
    }
    if (from < piece.length) pending.push(piece.slice(from));
  }
  const tail = decoder.decode();
  if (tail.length > 0) pending.push(tail);
  const last = pending.join('');
  if (last.length > 0) {
    number++;
    yield { line: stripCr(last), number };
  }
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

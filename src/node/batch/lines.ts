/** Lines of a byte stream, pulled one at a time (the stream is only read as fast as lines are taken). */
import type { Readable } from 'node:stream';

/** Each line without its "\n" (and without a trailing "\r"), with its 1-based number. */
export async function* readLines(stream: Readable): AsyncGenerator<{ line: string; number: number }> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let number = 0;
  for await (const chunk of stream) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let from = 0;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', from)) {
      number++;
      yield { line: stripCr(rest.slice(from, nl)), number };
      from = nl + 1;
    }
    rest = rest.slice(from);
  }
  rest += decoder.decode();
  if (rest.length > 0) {
    number++;
    yield { line: stripCr(rest), number };
  }
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

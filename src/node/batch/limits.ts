/** How long a text the command line analyses: the limit, and the message for a text over it. */

/**
 * The longest text batch and extract analyse, in UTF-16 code units. Why a limit: extraction holds about 80 bytes
 * of memory per character (tokens, word units, facts; measured on a release repeated to 6 MB: 468 MB of
 * heap), so a 60 MB file (a dump of many releases, say) needs more than V8's default heap of about 4 GB:
 * the worker then spent minutes collecting garbage, or the whole process died — every other input of the
 * run with it. 16 Mi characters need about 1.3 GB and some 10 s. --max-chars moves it (batch and extract).
 */
export const DEFAULT_MAX_CHARS = 16 * 1024 * 1024;

/** Heap held by extraction per character of text (measured: 468 MB for 6 MB of facts-dense release text). */
const BYTES_PER_CHAR = 80;

/** Why a text of `chars` characters is refused, with the memory it would have needed. */
export function tooLongMessage(chars: number, limit: number): string {
  const bytes = chars * BYTES_PER_CHAR;
  const need = bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.ceil(bytes / 1e6)} MB`;
  return `the text has ${chars} characters, more than the limit of ${limit} (--max-chars); analysing it would take about ${need} of memory`;
}

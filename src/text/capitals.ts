/**
 * Does a word begin with a capital? The figure readers ask this of most words around a number, the
 * sentence splitter of the word after a period, the date, year and header rules of their cues.
 * ASCII first letters are judged on their char code: `c !== c.toLowerCase()` made a new string per
 * call (a megabyte per 2 MB of text). Any other first letter keeps that test, so the answer is the same.
 * @example startsCapitalised('Mitarbeiter') // true; startsCapitalised('über') // false
 */
export function startsCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word[0]!;
  return c !== c.toLowerCase();
}

/** German numerals: strings (parse.ts) and token runs (read.ts). Shared by all figure kinds. */
export { parseDigits, parseNumberWord } from './parse.js';
export { readNumber, type NumberRead } from './read.js';

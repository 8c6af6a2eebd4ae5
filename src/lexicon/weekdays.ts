/**
 * German weekday names → ISO weekday (Monday 1 … Sunday 7), lower-case. Full names only:
 * "montags" (every Monday) is not a date, and short forms live apart because "Fr." is also
 * Frau/Franken and "so" an everyday word.
 */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['montag', 1], ['dienstag', 2], ['mittwoch', 3], ['donnerstag', 4], ['freitag', 5],
  ['samstag', 6], ['sonnabend', 6], ['sonntag', 7],
]);

/** Short weekday forms, lower-case, with or without their period → ISO weekday. */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['mo', 1], ['mo.', 1], ['di', 2], ['di.', 2], ['mi', 3], ['mi.', 3], ['do', 4], ['do.', 4],
  ['fr', 5], ['fr.', 5], ['sa', 6], ['sa.', 6], ['so', 7], ['so.', 7],
]);

/**
 * Short forms safe to read as a weekday standing alone (with their period): "Fr." is also
 * Frau/Franken and "so." ends many sentences ("Das sehen wir so.").
 */
export const LONE_WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(['mo.', 'di.', 'mi.', 'do.', 'sa.']);

/** Parts of a day glued to a weekday: "Sonntagnachmittag", "Mittwochabend". */
export const DAYTIME_SUFFIXES: readonly string[] = ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'];

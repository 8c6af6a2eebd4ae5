/**
 * Rounding figures to 15 significant digits (11.5 × 10^6 → 11500000, not 11500000.000000002) goes
 * through a string (`toPrecision`), which costs more than reading the number did. Most decimals in a
 * press release have one or two places ("11,5", "49,99"), and those need no rounding: see below.
 */

/**
 * True when x is the double nearest to a decimal with at most two places and fifteen digits (r / 100),
 * so `Number(x.toPrecision(15)) === x`: a decimal of fifteen digits or fewer reads back unchanged from
 * its nearest double (IEEE 754 double's fifteen decimal digits). Zero is left out (-0 must become 0).
 * @example shortDecimal(11.5) // true; shortDecimal(1149999.9999999998) // false
 */
export function shortDecimal(x: number): boolean {
  if (x === 0) return false;
  const r = Math.round(x * 100);
  return Math.abs(r) < 1e15 && r / 100 === x;
}

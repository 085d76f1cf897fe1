/**
 * The row source of a generated part: `r` counts 0..n-1 within the part (times follow it), `i` is the seed of every
 * pseudo-random draw, shifted per part so a second part of a shape is new rows, not a copy of the first.
 */
export function rowsOf(n: number, part: number): string {
  return `(SELECT range AS r, range + ${part} * 1000000000000 AS i FROM range(${n}))`;
}

/** The text a table's total shows for `n` things: the count with thousands separators and the noun, singular for one. */
export function countOf(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

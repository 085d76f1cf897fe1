/** The first entity of a list (as the engine gave it) and how many more of `total` (the full count when the list is capped), e.g. `45.0.0.1 +2`. */
export function entitySummary(values: string[], total = values.length): string {
  const [first] = values;
  if (first === undefined) return '—';
  return total > 1 ? `${first} +${total - 1}` : first;
}

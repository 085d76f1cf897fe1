import { showIp } from './showIp';
import { showUser } from './showUser';

/** The first entity of a list (masked unless revealed) and how many more of `total` (the full count when the list is capped), e.g. `45.0.*.* +2`. */
export function entitySummary(values: string[], kind: 'ip' | 'user', revealed: boolean, total = values.length): string {
  const [first] = values;
  if (first === undefined) return '—';
  const shown = kind === 'ip' ? showIp(first, revealed) : showUser(first, revealed);
  return total > 1 ? `${shown} +${total - 1}` : shown;
}

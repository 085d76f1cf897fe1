import { showIp } from '../ui/showIp';
import { showUser } from '../ui/showUser';

/** The first entity of a list (masked unless revealed) and how many more, e.g. `45.0.*.* +2`. */
export function entitySummary(values: string[], kind: 'ip' | 'user', revealed: boolean): string {
  const [first] = values;
  if (first === undefined) return '—';
  const shown = kind === 'ip' ? showIp(first, revealed) : showUser(first, revealed);
  return values.length > 1 ? `${shown} +${values.length - 1}` : shown;
}

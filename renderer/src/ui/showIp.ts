import { maskValue } from '../../../shared/mask/maskValue';

/** An IP address for display: masked to its network part unless revealed; null as a dash. */
export function showIp(value: string | null | undefined, revealed: boolean): string {
  if (value === null || value === undefined || value === '') return '—';
  return revealed ? value : (maskValue(value, 'ip') ?? '—');
}

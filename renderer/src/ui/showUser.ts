import { maskValue } from '../../../shared/mask/maskValue';

/** A user name or account for display: masked unless revealed (e-mails as `j***@o***.fr`, others by initial); null as a dash. */
export function showUser(value: string | null | undefined, revealed: boolean): string {
  if (value === null || value === undefined || value === '') return '—';
  if (revealed) return value;
  return maskValue(value, value.includes('@') ? 'email' : 'initial') ?? '—';
}

import { splitEncryptedClass } from '../../../shared/encryptedClass';
const colours: Record<string, string> = {
  'Email addresses': 'var(--c1)',
  Passwords: 'var(--c2)',
  Names: 'var(--c3)',
  'Dates of birth': 'var(--c4)',
  'Phone numbers': 'var(--c5)',
  Usernames: 'var(--c6)',
  Genders: 'var(--c8)',
  'IP addresses': 'var(--c10)',
  'Physical addresses': 'var(--c11)',
  'Postal codes': 'var(--c12)',
  'Credit cards': 'var(--c7)',
  'Partial credit card data': 'var(--c15)',
  'Bank account numbers': 'var(--c16)',
  'Government issued IDs': 'var(--c17)',
  Identifiers: 'var(--c13)',
  Dates: 'var(--c9)',
  Other: 'var(--c14)',
};

/** The colour of a breach data class in charts and legends (CSS variable; an encrypted class takes its category's), grey for unknown classes. */
export function classColour(dataClass: string): string {
  return colours[splitEncryptedClass(dataClass).base] ?? 'var(--c14)';
}

import { splitEncryptedClass } from '../../../shared/encryptedClass';
const colours: Record<string, string> = {
  'Email addresses': 'var(--pii-email)',
  Passwords: 'var(--pii-password)',
  Names: 'var(--pii-name)',
  'Dates of birth': 'var(--pii-birth)',
  'Phone numbers': 'var(--pii-phone)',
  Usernames: 'var(--pii-username)',
  Genders: 'var(--pii-gender)',
  'IP addresses': 'var(--pii-ip)',
  'Physical addresses': 'var(--pii-address)',
  'Postal codes': 'var(--pii-postal)',
  'Credit cards': 'var(--pii-card)',
  'Partial credit card data': 'var(--pii-card-part)',
  'Bank account numbers': 'var(--pii-bank)',
  'Government issued IDs': 'var(--pii-gov-id)',
  Identifiers: 'var(--pii-identifier)',
  Dates: 'var(--pii-date)',
  Other: 'var(--pii-other)',
};

/** The colour of a breach data class in charts and legends (CSS variable; an encrypted class takes its category's), grey for unknown classes. */
export function classColour(dataClass: string): string {
  return colours[splitEncryptedClass(dataClass).base] ?? 'var(--pii-other)';
}

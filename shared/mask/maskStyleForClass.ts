import type { MaskStyle } from './maskValue';

/** The mask a data class gets by default; classes that identify no one (genders, event dates) stay clear. */
export function maskStyleForClass(dataClass: string | null): MaskStyle {
  switch (dataClass) {
    case 'Email addresses':
      return 'email';
    case 'IP addresses':
      return 'ip';
    case 'Passwords':
    case 'Encrypted data':
    case 'Phone numbers':
      return 'secret';
    case 'Genders':
    case 'Dates':
      return 'none';
    default:
      return 'initial';
  }
}

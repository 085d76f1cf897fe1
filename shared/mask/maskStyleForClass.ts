import type { MaskStyle } from './maskValue';
import { splitEncryptedClass } from '../encryptedClass';

/** The mask a data class gets by default; classes that identify no one (genders, event dates) stay clear. */
export function maskStyleForClass(dataClass: string | null): MaskStyle {
  if (dataClass !== null && splitEncryptedClass(dataClass).encrypted) return 'secret';
  switch (dataClass) {
    case 'Email addresses':
      return 'email';
    case 'IP addresses':
      return 'ip';
    case 'Passwords':
    case 'Phone numbers':
    case 'Credit cards':
    case 'Partial credit card data':
    case 'Bank account numbers':
    case 'Government issued IDs':
      return 'secret';
    case 'Genders':
    case 'Dates':
      return 'none';
    default:
      return 'initial';
  }
}

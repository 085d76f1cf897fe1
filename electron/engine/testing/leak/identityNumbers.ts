/** A random source in [0, 1), as seededRandom gives. */
type Random = () => number;

/** `n` random decimal digits. */
const digits = (r: Random, n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');

/** The Luhn check digit completing `body` (why: synthetic card numbers must pass the check real ones do, and no real one is used). */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const d = Number(body[body.length - 1 - i]);
    const x = i % 2 === 0 ? d * 2 : d;
    sum += x > 9 ? x - 9 : x;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A synthetic 16-digit card number of a test IIN (Visa 4, Mastercard 51–55) with a valid Luhn digit, never a real card's. */
export function cardNumber(r: Random): string {
  const body = (r() < 0.5 ? '4' : `5${1 + Math.floor(r() * 5)}`) + digits(r, 14);
  return body.slice(0, 15) + luhnDigit(body.slice(0, 15));
}

/** The remainder of a long decimal string modulo 97, a digit at a time. */
const mod97 = (s: string) => [...s].reduce((acc, ch) => (acc * 10 + Number(ch)) % 97, 0);

/** A synthetic IBAN of `country` with `bban` (letters and digits) and the two check digits ISO 13616 computes. */
export function ibanOf(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((ch) => (/[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55))).join('');
  return `${country}${String(98 - mod97(numeric)).padStart(2, '0')}${bban}`;
}

/** A synthetic French IBAN (23-character BBAN, the account's letter and RIB key random) in groups of four, as printed. */
export function frenchIban(r: Random): string {
  const iban = ibanOf('FR', `${digits(r, 10)}${digits(r, 10)}M${digits(r, 2)}`);
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

/** A synthetic French social security number (NIR): sex, birth year and month, département, commune, order, and its key (97 − n mod 97). */
export function nirOf(r: Random): string {
  const body = `${1 + Math.floor(r() * 2)}${digits(r, 2)}${String(1 + Math.floor(r() * 12)).padStart(2, '0')}${String(1 + Math.floor(r() * 95)).padStart(2, '0')}${digits(r, 6)}`;
  return `${body}${String(97 - Number(BigInt(body) % 97n)).padStart(2, '0')}`;
}

/** A synthetic Spanish DNI: eight digits and the letter of their remainder modulo 23. */
export function dniOf(r: Random): string {
  const n = digits(r, 8);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]}`;
}

/** A synthetic US social security number in its printed form, area 001–665 (never 000 nor 666), group and serial not zero. */
export function ssnOf(r: Random): string {
  const area = String(1 + Math.floor(r() * 665)).padStart(3, '0');
  return `${area}-${String(1 + Math.floor(r() * 99)).padStart(2, '0')}-${String(1 + Math.floor(r() * 9999)).padStart(4, '0')}`;
}

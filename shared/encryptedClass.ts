/** What the label of a data class says when the column holds it encrypted. */
const suffix = ' (encrypted)';

/**
 * The class of a column whose values are ciphertext: content says the values are opaque, the header names what they
 * are, so the category stays visible (`Phone numbers (encrypted)`) instead of vanishing into a class of its own.
 */
export function encryptedClass<T extends string>(base: T): `${T} (encrypted)` {
  return `${base}${suffix}` as `${T} (encrypted)`;
}

/** Splits a class label into the category it names and whether its values are encrypted. */
export function splitEncryptedClass(label: string): { base: string; encrypted: boolean } {
  return label.endsWith(suffix) ? { base: label.slice(0, -suffix.length), encrypted: true } : { base: label, encrypted: false };
}

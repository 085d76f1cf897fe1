/** An autonomous system number as analysts write it in a sentence (AS3215), whether the intel gave the bare number or the prefixed form. */
export function asnLabel(asn: string | number): string {
  const s = String(asn).trim();
  return /^[0-9]+$/.test(s) ? `AS${s}` : s;
}

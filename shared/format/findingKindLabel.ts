/** Reader's words for each finding kind, singular and plural: a report says "2 account takeovers", never "2 account_takeover". */
const labels: Record<string, [string, string]> = {
  credential_stuffing: ['credential stuffing campaign', 'credential stuffing campaigns'],
  password_spray: ['password spray', 'password sprays'],
  brute_force: ['brute-force attack', 'brute-force attacks'],
  account_takeover: ['account takeover', 'account takeovers'],
  credential_valid: ['set of passwords confirmed valid', 'sets of passwords confirmed valid'],
  mfa_fatigue: ['MFA fatigue attack', 'MFA fatigue attacks'],
  bulk_export: ['bulk export', 'bulk exports'],
};

/** A finding kind as a reader says it, in the singular or for `n` of them; an unknown kind with its underscores as spaces. */
export function findingKindLabel(kind: string, n = 1): string {
  const l = labels[kind];
  if (!l) return kind.replaceAll('_', ' ');
  return n === 1 ? l[0] : l[1];
}

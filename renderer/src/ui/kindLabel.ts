import type { FindingKind } from '../../../shared/api/findingsApi';

const labels: Record<FindingKind, string> = {
  credential_stuffing: 'Credential stuffing',
  password_spray: 'Password spray',
  brute_force: 'Brute force',
  account_takeover: 'Account takeover',
  credential_valid: 'Credential confirmed valid',
  mfa_fatigue: 'MFA push fatigue',
  bulk_export: 'Bulk export',
};

/** The analyst-facing name of a finding kind. */
export function kindLabel(kind: string): string {
  return labels[kind as FindingKind] ?? kind.replace(/_/g, ' ');
}

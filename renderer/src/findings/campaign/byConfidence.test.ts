import { describe, expect, it } from 'vitest';
import type { FindingDraftDto, Severity } from '../../../../shared/api/findingsApi';
import { byConfidence } from './evidenceShapes';

/** A stored outcome: a takeover of that confidence, or another kind without one. */
function outcome(id: string, kind: string, severity: Severity, start: string, confidence?: 'high' | 'medium' | 'low'): FindingDraftDto {
  const evidence = confidence ? { confidence, reasons: [], suspicious: {} } : {};
  return { id, kind, severity, ips: [], users: [], start, end: start, summary: '', evidence, sql: '', params: {} } as unknown as FindingDraftDto;
}

describe('byConfidence', () => {
  it('lists takeovers by confidence, the more severe first within one (an owner sign-in after tries is low, below the medium ones of the same confidence), then the other outcomes', () => {
    const rows = [
      outcome('owner', 'account_takeover', 'low', '2024-03-05T01:00:00Z', 'low'),
      outcome('valid', 'credential_valid', 'high', '2024-03-05T00:00:00Z'),
      outcome('shared', 'account_takeover', 'medium', '2024-03-05T02:00:00Z', 'low'),
      outcome('sure', 'account_takeover', 'critical', '2024-03-05T03:00:00Z', 'high'),
    ];
    expect(rows.sort(byConfidence).map((r) => r.id)).toEqual(['sure', 'shared', 'owner', 'valid']);
  });
});

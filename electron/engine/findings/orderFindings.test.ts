import { describe, expect, it } from 'vitest';
import type { FindingDraftDto, FindingKind, Severity } from '../../../shared/api/findingsApi';
import { orderFindings } from './orderFindings';

const draft = (id: string, kind: FindingKind, severity: Severity, start: string, confidence?: string): FindingDraftDto => ({
  id,
  kind,
  severity,
  ips: [],
  users: [],
  start,
  end: start,
  summary: id,
  evidence: confidence ? { confidence } : {},
  sql: '',
  params: {},
});

describe('orderFindings', () => {
  it('keeps kinds in their order and puts the most severe of a kind first, then the earliest', () => {
    const ordered = orderFindings([
      draft('crowd-early', 'bulk_export', 'low', '2026-01-01T09:00:00Z'),
      draft('bulk-late', 'bulk_export', 'high', '2026-01-05T09:00:00Z'),
      draft('bulk-mid', 'bulk_export', 'medium', '2026-01-02T09:00:00Z'),
      draft('chain', 'bulk_export', 'critical', '2026-01-06T09:00:00Z'),
      draft('ato-low', 'account_takeover', 'high', '2026-01-01T00:00:00Z', 'low'),
      draft('ato-high', 'account_takeover', 'high', '2026-01-03T00:00:00Z', 'high'),
      draft('spray', 'password_spray', 'high', '2026-01-04T00:00:00Z'),
    ]);
    expect(ordered.map((f) => f.id)).toEqual(['spray', 'ato-high', 'ato-low', 'chain', 'bulk-late', 'bulk-mid', 'crowd-early']);
  });
});

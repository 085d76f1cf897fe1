import type { DetectedFinding } from './DetectedFinding';

/** Most addresses or accounts a stored finding lists; the evidence keeps the full counts. */
export const maxListedEntities = 500;

/** Caps a finding's ips and users preview lists for storage and reports, recording the full counts in its evidence; the member tables stay complete. */
export function capEntities(f: DetectedFinding): DetectedFinding {
  return {
    ...f,
    ips: f.ips.slice(0, maxListedEntities),
    users: f.users.slice(0, maxListedEntities),
    evidence: { ...f.evidence, ipCount: f.ips.length, userCount: f.users.length },
  };
}

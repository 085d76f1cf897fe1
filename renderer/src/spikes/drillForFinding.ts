import type { FindingDraftDto } from '../../../shared/api/findingsApi';
import { kindLabel } from '../ui/kindLabel';
import type { SigninDrill } from './SigninDrill';

/** The events behind a finding: its window (end included), narrowed to its source or account when there is only one. */
export function drillForFinding(f: FindingDraftDto): SigninDrill {
  const [ip] = f.ips;
  const [user] = f.users;
  return {
    origin: kindLabel(f.kind),
    ip: f.ips.length === 1 ? ip : undefined,
    user: f.users.length === 1 ? user : undefined,
    from: f.start,
    to: new Date(Date.parse(f.end) + 1000).toISOString(),
    shownTo: f.end,
    failedOnly: false,
  };
}

import type { CampaignEvidence, MixEntryDto } from '../../../../shared/api/findingEvidence';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatShare } from '../../ui/formatShare';
import { formatDuration } from '../../ui/formatDuration';
import { formatUtc } from '../../ui/formatUtc';

const shapeLabels: Record<CampaignEvidence['shape'], string> = {
  distributed: 'distributed (many sources, few tries each)',
  single_source: 'single source',
  spray: 'spray (one password, many accounts)',
  brute_force: 'brute force (one account)',
};

/** A mix (ASN or country) as compact chips: the value and how many sources carried it. */
function Mix({ entries, testId }: { entries: MixEntryDto[]; testId: string }) {
  if (entries.length === 0) return <span className="muted">no IP intelligence</span>;
  return (
    <span className="chips" data-testid={testId} style={{ margin: 0 }}>
      {entries.map((m) => (
        <span key={m.value ?? '∅'} className="chip" title={`${formatCount(m.attempts)} attempts`}>
          {m.label ?? m.value ?? 'unknown'} · {formatCount(m.sources)}
        </span>
      ))}
    </span>
  );
}

/** What ties a campaign together: duration (its window is the heading's), size, outcomes, leak overlap, shared user agents and where its sources are. */
export function CampaignFacts({ e }: { e: CampaignEvidence }) {
  return (
    <div data-testid="campaign-facts">
      <dl className="dl">
        <dt>Shape</dt>
        <dd>{shapeLabels[e.shape] ?? e.shape}</dd>
        {e.staleDevice && (
          <>
            <dt>Likely the owner's device after a password change</dt>
            <dd data-testid="campaign-stale-device">
              password {e.staleDevice.changeKind === 'password_change' ? 'changed by the owner' : `reset by ${e.staleDevice.changedBy ?? 'another account'}`} at {formatUtc(e.staleDevice.changeAt)}
              {e.staleDevice.lockoutAt ? `, locked out at ${formatUtc(e.staleDevice.lockoutAt)}` : ''}, the account signed in from the same address at {formatUtc(e.staleDevice.ownerAt)} UTC; confirm the device with the owner
            </dd>
          </>
        )}
        <dt>Duration</dt>
        <dd data-testid="campaign-duration" title={`${formatUtc(e.windowStart)} → ${formatUtc(e.windowEnd)} UTC`}>
          {formatDuration(e.windowStart, e.windowEnd)}
        </dd>
        <dt>Failed attempts</dt>
        <dd data-testid="campaign-attempts">{formatCount(e.attempts)}</dd>
        <dt>Accounts tried</dt>
        <dd data-testid="campaign-accounts">{formatCount(e.memberAccounts)}</dd>
        <dt>Sources</dt>
        <dd data-testid="campaign-sources">{formatCount(e.memberSources)}</dd>
        <dt>Takeovers</dt>
        <dd data-testid="campaign-takeovers" className={e.takeovers > 0 ? 'sev-critical' : ''}>
          {formatCount(e.takeovers)}
        </dd>
        <dt>Passwords confirmed valid</dt>
        <dd data-testid="campaign-valid" className={e.confirmedValid > 0 ? 'sev-high' : ''}>
          {formatCount(e.confirmedValid)}
        </dd>
        <dt>Accounts in the leak</dt>
        <dd>{e.leakedAccounts === null ? 'no leak loaded' : `${formatCount(e.leakedAccounts)} (${formatShare(e.leakOverlap)})`}</dd>
        <dt>"No such user" share</dt>
        <dd>{formatShare(e.noSuchUserShare)}</dd>
        <dt>Later signed in OK</dt>
        <dd>{formatShare(e.recoveredShare)}</dd>
        <dt>Countries</dt>
        <dd>
          <Mix entries={e.countryMix} testId="campaign-countries" />
        </dd>
        <dt>Networks (ASN)</dt>
        <dd>
          <Mix entries={e.asnMix} testId="campaign-asns" />
        </dd>
      </dl>
      {e.userAgentClusters.length > 0 && (
        <table className="grid compact" data-testid="campaign-user-agents" style={{ tableLayout: 'fixed' }}>
          <thead>
            <tr>
              <th>User agent ({formatCount(e.userAgents)} distinct)</th>
              <th className="num" style={{ width: 80 }}>
                Attempts
              </th>
              <th className="num" style={{ width: 80 }}>
                Sources
              </th>
              <th className="num" style={{ width: 80 }}>
                Accounts
              </th>
            </tr>
          </thead>
          <tbody>
            {e.userAgentClusters.slice(0, 5).map((u) => (
              <tr key={u.userAgent ?? '∅'}>
                <td className="mono" title={u.userAgent ?? ''} style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {u.userAgent ?? '(none)'}
                </td>
                <td className="num">{formatCount(u.attempts)}</td>
                <td className="num">{formatCount(u.sources)}</td>
                <td className="num">{formatCount(u.accounts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

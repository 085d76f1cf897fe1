import type { ReactNode } from 'react';
import type { FindingDraftDto } from '../../../shared/api/findingsApi';
import { CampaignFacts } from './campaign/CampaignFacts';
import { campaignEvidence, takeoverEvidence } from './campaign/evidenceShapes';
import { bulkExportEvidence } from '../../../shared/exports/bulkExportEvidence';
import { crowdEvidence } from '../../../shared/exports/crowdEvidence';
import { CrowdFacts } from './export/CrowdFacts';
import { ExportFacts } from './export/ExportFacts';
import { FindingMembers } from './campaign/FindingMembers';
import { memberCounts } from './campaign/memberCounts';
import { TakeoverFacts } from './campaign/TakeoverFacts';
import { SqlViewer } from '../ui/SqlViewer';
import { evidenceLabels, hiddenEvidence } from './evidenceLabels';
import { formatEvidence } from './formatEvidence';

/** Kinds whose member tables say more than their evidence: campaigns and groups of confirmed-valid passwords. */
const withMemberTables = new Set(['credential_stuffing', 'password_spray', 'brute_force', 'credential_valid']);

/** The measured evidence of a finding that has no dedicated view, as labelled fields. */
function EvidenceList({ finding, revealed }: { finding: FindingDraftDto; revealed: boolean }) {
  const known = Object.keys(evidenceLabels).filter((k) => k in finding.evidence);
  const rest = Object.keys(finding.evidence).filter((k) => !(k in evidenceLabels));
  const keys = [...known, ...rest].filter((k) => !hiddenEvidence.has(k));
  const ctx = { revealed, users: finding.users, ips: finding.ips, unit: finding.evidence.unit };
  return (
    <dl className="dl">
      {keys.map((k) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>{evidenceLabels[k] ?? k}</dt>
          <dd data-testid={`evidence-${k}`}>{formatEvidence(k, finding.evidence[k], ctx)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Why a detector flagged something: the campaign's shared features, the takeover's reasons or the export run's severity rule step by step or the crowd hour's members (they say what the summary says), else its summary and measured evidence; the member tables of a stored finding, and the SQL and parameters behind it.
 * An `aside` (the verdict form) sits beside the facts only: the member tables keep the panel's full width, as a
 * 1280 px screen has no room for their seven columns in three fifths of it.
 */
export function FindingEvidence({ finding, revealed, stored = false, aside }: { finding: FindingDraftDto; revealed: boolean; stored?: boolean; aside?: ReactNode }) {
  const campaign = campaignEvidence(finding);
  const takeover = takeoverEvidence(finding);
  const bulk = bulkExportEvidence(finding);
  const crowd = crowdEvidence(finding);
  const crowdUsers = typeof finding.params.crowdUsers === 'number' ? finding.params.crowdUsers : null;
  const takeoverId = typeof finding.evidence.takeoverId === 'string' ? finding.evidence.takeoverId : null;
  const facts = (
    <div>
      {!campaign && !takeover && !bulk && !crowd && <p>{finding.summary}</p>}
      {campaign ? (
        <CampaignFacts e={campaign} />
      ) : takeover ? (
        <TakeoverFacts e={takeover} />
      ) : bulk ? (
        <ExportFacts e={bulk} severity={finding.severity} ips={finding.ips} takeoverId={takeoverId} />
      ) : crowd ? (
        <CrowdFacts e={crowd} hour={finding.start} crowdUsers={crowdUsers} />
      ) : (
        <EvidenceList finding={finding} revealed={revealed} />
      )}
    </div>
  );
  return (
    <div data-testid="finding-evidence">
      {aside === undefined ? (
        facts
      ) : (
        <div className="grid-2" style={{ gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' }}>
          {facts}
          {aside}
        </div>
      )}
      {stored && withMemberTables.has(finding.kind) && <FindingMembers key={finding.id} findingId={finding.id} {...memberCounts(finding)} />}
      <SqlViewer sql={finding.sql} params={finding.params} />
    </div>
  );
}

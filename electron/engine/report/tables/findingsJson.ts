import type { ReportModel } from '../model/ReportModel';

/** The findings as JSON, with the report's identity, evidence manifest and Art. 33 figures beside them. */
export function findingsJson(m: ReportModel): string {
  const g = m.gdpr;
  return `${JSON.stringify(
    {
      report: {
        tool: `Breachdesk ${m.toolVersion}`,
        caseId: m.caseInfo.id,
        caseName: m.caseInfo.name,
        version: m.version,
        generatedAt: m.generatedAt,
        redacted: !m.includePersonalData,
        tlp: m.meta.tlp,
        evidenceIntact: m.evidenceIntact,
        findingsOrigin: m.findings.origin,
        notes: m.notes,
      },
      summary: {
        signins: m.spikes.totals.signins,
        failedSignins: m.spikes.totals.failed,
        unknownOutcomeSignins: m.spikes.totals.unknown,
        referenceSpikeRows: m.spikes.reference.total,
        exportReferenceAnomalies: m.exports.reference.total,
        exportBaselineAnomalies: m.exports.baseline.total,
        leakRecords: g.records,
        dataSubjects: g.subjects,
        campaigns: m.counts.campaigns,
        campaignsByKind: m.counts.campaignsByKind,
        accountsAttacked: g.accountsAttacked,
        accountsTakenOver: g.accountsTakenOver,
        takeoversByConfidence: m.counts.takeoversByConfidence,
        credentialsConfirmedValid: m.counts.credentialsValid,
        mfaFatigue: m.counts.mfaFatigue,
        accountsToReset: m.counts.accountsToReset,
        dataClasses: g.consequences.map((c) => c.dataClass),
      },
      findings: m.findings.rows,
      attackSources: m.attackers,
      manifest: m.manifest,
    },
    null,
    2,
  )}\n`;
}

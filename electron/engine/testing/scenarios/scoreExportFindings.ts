import { severities, type FindingDto, type Severity } from '../../../../shared/api/findingsApi';
import type { Engine } from '../../createEngine';
import { userHourKey, type ExportScenario } from './exportScenario';
import { benignExportLabels, hourMs, maliciousExportLabels, type BenignExportLabel, type ExportLabel, type MaliciousExportLabel } from './ExportWriter';

/** Recall on incidents and precision on findings of one exfiltration class, with the counts behind them. */
export interface ExportClassScore {
  cls: MaliciousExportLabel;
  incidents: number;
  detected: number;
  recall: number;
  /** Findings on the class's incidents, by severity. */
  found: Partial<Record<Severity, number>>;
  /** The most severe finding on each incident (null: missed), with the incident's bytes. */
  perIncident: Array<{ bytes: number; hours: number; severity: Severity | null }>;
  /** Findings on the class's users at hours outside their incident. */
  falseOnUsers: number;
  precision: number;
}

/** How the bulk-export findings of a case read against the generator's truth. */
export interface ExportScore {
  findings: number;
  /** Of them, crowd-hour findings (one per hour many users share). */
  crowd: number;
  classes: ExportClassScore[];
  /** Findings (per judged user: each member of a crowd hour) with no planted exfiltration in their user-hours, by the benign behaviour moving most of their bytes, by severity. */
  benign: Partial<Record<BenignExportLabel, Partial<Record<Severity, number>>>>;
  /** Summaries of the high or critical findings on benign behaviour. */
  benignSevere: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** The label moving the most bytes among `labels` in a finding's user-hours (null when none of them). */
function heaviest<L extends ExportLabel>(bytes: Map<ExportLabel, number>, labels: readonly L[]): L | null {
  let best: L | null = null;
  for (const l of labels) if ((bytes.get(l) ?? 0) > 0 && (best === null || (bytes.get(l) ?? 0) > (bytes.get(best) ?? 0))) best = l;
  return best;
}

/** The user-hours (truth keys) a finding covers for one of its users. */
function hoursOf(f: FindingDto, user: string): string[] {
  const keys: string[] = [];
  for (let h = Math.floor(Date.parse(f.start) / hourMs); h <= Math.floor(Date.parse(f.end) / hourMs); h++) keys.push(userHourKey(user, h));
  return keys;
}

/** The users a finding is judged for: each member of a crowd-hour finding (one cause many users share) on its own, else the finding's user. */
function judgedUsers(f: FindingDto): string[] {
  return f.evidence.reason === 'crowd' ? f.users : [f.users[0] ?? ''];
}

/**
 * Scores the stored bulk_export findings of a case against the scenario: each finding, for each user it names (every
 * member of a crowd hour), is planted when an exfiltration moved most of the bytes in its user-hours, else benign.
 */
export async function scoreExportFindings(engine: Engine, s: ExportScenario): Promise<ExportScore> {
  const all: FindingDto[] = [];
  for (;;) {
    const page = await engine.service.listFindings({ kind: 'bulk_export', offset: all.length, limit: 1000 });
    all.push(...page.rows);
    if (all.length >= page.total) break;
  }
  const detected = new Map<number, Severity>();
  const rank = (x: Severity | undefined) => (x ? severities.indexOf(x) : -1);
  const found = new Map<MaliciousExportLabel, Partial<Record<Severity, number>>>();
  const benign: ExportScore['benign'] = {};
  const benignSevere: string[] = [];
  const benignUsers: string[] = [];
  for (const [f, user] of all.flatMap((x) => judgedUsers(x).map((u) => [x, u] as const))) {
    const keys = new Set(hoursOf(f, user));
    const bytes = new Map<ExportLabel, number>();
    for (const k of keys) for (const [l, b] of s.truth.get(k) ?? []) bytes.set(l, (bytes.get(l) ?? 0) + b);
    const top = heaviest(bytes, [...maliciousExportLabels, ...benignExportLabels]);
    const planted = maliciousExportLabels.find((l) => l === top);
    if (planted) {
      s.incidents.forEach((inc, i) => {
        if (inc.cls === planted && inc.hours.some((h) => keys.has(userHourKey(inc.user, h))) && rank(f.severity) > rank(detected.get(i))) detected.set(i, f.severity);
      });
      const bySeverity = found.get(planted) ?? {};
      bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
      found.set(planted, bySeverity);
      continue;
    }
    const label = heaviest(bytes, benignExportLabels) ?? 'ordinary';
    const bySeverity = benign[label] ?? {};
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    benign[label] = bySeverity;
    benignUsers.push(user);
    if (f.severity === 'high' || f.severity === 'critical') benignSevere.push(`${label}: ${f.summary}`);
  }
  const classes = maliciousExportLabels.map((cls): ExportClassScore => {
    const incidents = s.incidents.filter((x) => x.cls === cls);
    const perIncident = s.incidents.flatMap((x, i) => (x.cls === cls ? [{ bytes: x.bytes, hours: x.hours.length, severity: detected.get(i) ?? null }] : []));
    const users = new Set(incidents.map((x) => x.user));
    const hits = perIncident.filter((x) => x.severity !== null).length;
    const tp = Object.values(found.get(cls) ?? {}).reduce((a, b) => a + b, 0);
    const falseOnUsers = benignUsers.filter((u) => users.has(u)).length;
    return { cls, incidents: incidents.length, detected: hits, recall: ratio(hits, incidents.length), found: found.get(cls) ?? {}, perIncident, falseOnUsers, precision: ratio(tp, tp + falseOnUsers) };
  });
  return { findings: all.length, crowd: all.filter((f) => f.evidence.reason === 'crowd').length, classes, benign, benignSevere };
}

import { severities, type FindingDto, type Severity } from '../../../../shared/api/findingsApi';
import type { Engine } from '../../createEngine';
import { allFindings } from '../scenarios/scoreFindings';
import { exportExfil, userHourKey, type BlindExportTruth, type ExportExfil, type ExportHonest } from './BlindExportTruth';
import { hourOf } from './blindExportClock';

const hourMs = 3_600_000;

/** A bulk-export finding naming an honest user: its severity, and the honest behaviour that moved most of that user's bytes in its hours. */
export interface BlindExportWrong {
  severity: Severity;
  crowd: boolean;
  user: string;
  behaviour: ExportHonest | 'none';
  summary: string;
}

/** How well one exfiltration class was found: incidents, those named by a bulk-export finding over their hours, the best severity of each. */
export interface BlindExportRecall {
  cls: ExportExfil;
  incidents: number;
  found: number;
  severity: Partial<Record<Severity | 'none', number>>;
}

/** A blind transfer run's score: wrong findings per honest user, recall per class, and the reference z-score's anomalies split by truth. */
export interface BlindExportScore {
  wrong: BlindExportWrong[];
  recall: BlindExportRecall[];
  /** Reference z-score anomalies (user-hours) holding exfiltration, and holding none. */
  reference: { exfil: number; honest: number };
}

const rank = (s: Severity | 'none') => (s === 'none' ? -1 : severities.indexOf(s));

/** The UTC hour floors a finding covers: from its start's hour up to the hour its end falls in (an end on an hour boundary closes the hour before). */
export function findingHours(f: Pick<FindingDto, 'start' | 'end'>): number[] {
  const from = hourOf(Date.parse(f.start));
  const to = Math.max(from, hourOf(Date.parse(f.end) - 1));
  return Array.from({ length: (to - from) / hourMs + 1 }, (_, k) => from + k * hourMs);
}

/**
 * Scores the stored bulk-export findings of a blind case against its truth, user by user: a user named in hours
 * where they moved exfiltrated bytes is a hit for each class there; otherwise the naming is wrong, labelled by the
 * honest behaviour that moved most of their bytes in those hours (`none`: they moved nothing then).
 */
export async function scoreBlindExport(engine: Engine, truth: BlindExportTruth): Promise<BlindExportScore> {
  const findings = (await allFindings(engine)).filter((f) => f.kind === 'bulk_export');
  const wrong: BlindExportWrong[] = [];
  const best = new Map<string, Severity>();
  for (const f of findings) {
    const hours = findingHours(f);
    const crowd = (f.evidence as { reason?: string }).reason === 'crowd';
    for (const user of f.users) {
      const held = hours.map((h) => truth.userHours.get(userHourKey(user, h))).filter((t) => t !== undefined);
      const classes = new Set(held.flatMap((t) => [...t.exfil]));
      for (const cls of classes) {
        const key = `${cls}|${user}`;
        if (rank(f.severity) > rank(best.get(key) ?? 'none')) best.set(key, f.severity);
      }
      if (classes.size > 0) continue;
      const bytes: Partial<Record<ExportHonest, number>> = {};
      for (const t of held) for (const [k, v] of Object.entries(t.honest) as Array<[ExportHonest, number]>) bytes[k] = (bytes[k] ?? 0) + v;
      const top = (Object.entries(bytes) as Array<[ExportHonest, number]>).sort((a, b) => b[1] - a[1])[0];
      wrong.push({ severity: f.severity, crowd, user, behaviour: top ? top[0] : 'none', summary: f.summary });
    }
  }
  const recall = exportExfil.map((cls): BlindExportRecall => {
    const incidents = truth.incidents.filter((i) => i.cls === cls);
    const severity: BlindExportRecall['severity'] = {};
    for (const i of incidents) {
      const s = best.get(`${cls}|${i.user}`) ?? 'none';
      severity[s] = (severity[s] ?? 0) + 1;
    }
    return { cls, incidents: incidents.length, found: incidents.filter((i) => best.has(`${cls}|${i.user}`)).length, severity };
  });
  const reference = { exfil: 0, honest: 0 };
  for (let offset = 0; ;) {
    const page = await engine.service.exportReference({ offset, limit: 1000 });
    for (const r of page.rows) {
      const t = truth.userHours.get(userHourKey(r.user ?? '', Date.parse(r.hour)));
      if (t !== undefined && t.exfil.size > 0) reference.exfil += 1;
      else reference.honest += 1;
    }
    offset += page.rows.length;
    if (page.rows.length === 0 || offset >= page.total) break;
  }
  return { wrong, recall, reference };
}

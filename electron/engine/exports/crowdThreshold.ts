import type { ExportBaselineRowDto, ExportUnit } from '../../../shared/api/exportsApi';

/** Fewest users flagged in one hour that can make a crowd, whatever the case's size. */
export const minCrowdUsers = 10;
/** A crowd hour holds at least this many times the flagged users of the case's busy hours (crowdThreshold). */
export const crowdOverBaseRate = 2;
/** The share of a case's hours whose count of flagged users sets its base rate: nine in ten. */
const baseRateShare = 0.9;
const hourMs = 3_600_000;

/**
 * Why: a crowd is one cause many users share, so it must stand out of the case's own rate of chance flags. The fewest
 * users flagged in one hour and unit that make a crowd: `minCrowdUsers`, or `crowdOverBaseRate` times the count that
 * nine hours in ten of the case reach (`logHours`: every hour from the log's first to its last, an hour without a
 * flagged user counting 0; at least the span of the unit's flagged hours), whichever is more. A fixed 10 was the base rate of a big organisation, where nearly every
 * office hour became a crowd and hid the bulk pulls and service-account pulls made in it in one low finding.
 */
export function crowdThreshold(rows: ExportBaselineRowDto[], logHours: number): Map<ExportUnit, number> {
  const hours = new Map<string, { unit: ExportUnit; at: number; users: Set<string | null> }>();
  for (const r of rows) {
    const key = `${r.unit}\u0000${r.hour}`;
    const hour = hours.get(key) ?? { unit: r.unit, at: Date.parse(r.hour), users: new Set() };
    hour.users.add(r.user);
    hours.set(key, hour);
  }
  const byUnit = new Map<ExportUnit, { counts: number[]; first: number; last: number }>();
  for (const h of hours.values()) {
    const u = byUnit.get(h.unit) ?? { counts: [], first: h.at, last: h.at };
    u.counts.push(h.users.size);
    u.first = Math.min(u.first, h.at);
    u.last = Math.max(u.last, h.at);
    byUnit.set(h.unit, u);
  }
  const out = new Map<ExportUnit, number>();
  for (const [unit, u] of byUnit) {
    const span = Math.max(logHours, Math.round((u.last - u.first) / hourMs) + 1);
    const sorted = u.counts.sort((a, b) => a - b);
    // The hours without a flagged user come first in the order; the share's place among all `span` hours.
    const at = Math.ceil(baseRateShare * span) - 1 - (span - sorted.length);
    const base = at < 0 ? 0 : (sorted[at] ?? 0);
    out.set(unit, Math.max(minCrowdUsers, crowdOverBaseRate * base));
  }
  return out;
}

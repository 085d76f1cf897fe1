import type { UserHourDto } from '../../../shared/api/exportsApi';

/** Fills the hours between the first and last with zero activity, so the time axis is linear. */
export function fillHours(hours: UserHourDto[]): UserHourDto[] {
  const first = hours[0];
  const last = hours[hours.length - 1];
  if (!first || !last) return [];
  const byTime = new Map(hours.map((h) => [Date.parse(h.hour), h]));
  const out: UserHourDto[] = [];
  for (let t = Date.parse(first.hour); t <= Date.parse(last.hour) && out.length < 5000; t += 3_600_000) {
    out.push(byTime.get(t) ?? { hour: new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'), bytes: 0, events: 0 });
  }
  return out;
}

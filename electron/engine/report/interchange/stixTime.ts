/** A STIX timestamp: RFC 3339 in UTC with millisecond precision (`2024-03-01T10:05:00.000Z`). */
export function stixTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Not a timestamp: ${iso}`);
  return new Date(ms).toISOString();
}

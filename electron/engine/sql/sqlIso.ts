/** SQL rendering a TIMESTAMPTZ expression as an ISO 8601 UTC string (`2024-03-01T10:05:00Z`), whatever the session time zone. */
export function sqlIso(expr: string): string {
  return `strftime((${expr}) AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ')`;
}

/** Ten of the bench sign-in log's thirty days, as a drag across the whole-case chart's bars selects them. */
const zoom = { from: '2026-01-10T00:00:00Z', to: '2026-01-20T00:00:00Z' };
/** About the same ten days cut mid-day at both ends: the top lists then count partial days too. */
const unaligned = { from: '2026-01-10T07:30:00Z', to: '2026-01-20T16:00:00Z' };

/** The Login spikes screen's queries, whole case and zoomed, and a drill into one planted attack source (target ≤ 150 ms p95 each). */
export const chartCalls: Array<{ label: string; method: string; args: Record<string, unknown> }> = [
  { label: 'signinSeries', method: 'signinSeries', args: {} },
  { label: 'topSources', method: 'topSources', args: {} },
  { label: 'topAccounts', method: 'topAccounts', args: {} },
  { label: 'signinEvents.failed', method: 'signinEvents', args: { failedOnly: true } },
  { label: 'zoom.signinSeries', method: 'signinSeries', args: { ...zoom, binMinutes: 1, maxPoints: 720 } },
  { label: 'zoom.topSources', method: 'topSources', args: { ...zoom, limit: 10 } },
  { label: 'zoom.topAccounts', method: 'topAccounts', args: { ...zoom, limit: 10 } },
  { label: 'zoomUnaligned.topSources', method: 'topSources', args: { ...unaligned, limit: 10 } },
  { label: 'zoomUnaligned.topAccounts', method: 'topAccounts', args: { ...unaligned, limit: 10 } },
  { label: 'zoom.signinEvents.ip', method: 'signinEvents', args: { ...zoom, ip: '203.0.113.7', failedOnly: false, offset: 0, limit: 50 } },
];

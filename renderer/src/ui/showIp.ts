/** An IP address for display as the engine gave it (attack sources clear, others a pseudonym unless revealed); null as a dash. */
export function showIp(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : value;
}

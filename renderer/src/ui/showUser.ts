/** A user name or account for display as the engine gave it (a pseudonym unless the view is revealed); null as a dash. */
export function showUser(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : value;
}

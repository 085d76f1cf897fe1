import type { SourceKind } from '../../../../../shared/api/sourcesApi';

/** A canonical field the analyst maps a CSV column onto, with header words that suggest it. */
interface MappedField {
  field: string;
  hints: RegExp;
  required: boolean;
}

/** The fields of each kind the analyst can map, in display order; `result` decides success. */
export const mappedFields: Record<'signin' | 'transfer', MappedField[]> = {
  signin: [
    { field: 'ts', hints: /^(time|timestamp|date|datetime|eventtime|time ?generated|created|when|horodatage|heure|zeit|fecha)/iu, required: true },
    { field: 'user', hints: /(user|upn|account|login|email|mail|principal|utilisateur|identifiant|compte|benutzer|konto|usuario|cuenta)/iu, required: true },
    { field: 'ip', hints: /(^ip|ip$|ip.?addr|client.?ip|src|source.?ip|remote|address|adresse)/iu, required: false },
    { field: 'result', hints: /(result|résultat|status|statut|outcome|success|error|erreur|code|ergebnis)/iu, required: true },
    { field: 'app', hints: /(app|application|service|resource)/i, required: false },
    { field: 'user_agent', hints: /(agent|ua$|browser|client$)/i, required: false },
    { field: 'reason', hints: /(reason|raison|motif|grund)/iu, required: false },
  ],
  transfer: [
    { field: 'ts', hints: /^(time|timestamp|date|datetime|eventtime|time ?generated|created|when|horodatage|heure|zeit|fecha)/iu, required: true },
    { field: 'user', hints: /(user|upn|account|login|email|mail|principal|utilisateur|identifiant|compte|benutzer|konto|usuario|cuenta)/iu, required: true },
    { field: 'bytes', hints: /(bytes|size|octets|volume|length)/i, required: false },
    { field: 'action', hints: /(action|operation|event|activity|method)/i, required: false },
    { field: 'object', hints: /(object|file|path|key|resource|document|url)/i, required: false },
    { field: 'ip', hints: /(^ip|ip$|ip.?addr|client.?ip|src|source.?ip|remote|address|adresse)/iu, required: false },
  ],
};

/** The option key under which the analyst's column choice for `field` travels. */
export function fieldOption(field: string): string {
  return `field.${field}`;
}

/** Guesses, from header names only, which column feeds each field; the analyst confirms or overrides. */
export function guessMapping(kind: SourceKind, columns: string[]): Record<string, string> {
  const fields = mappedFields[kind === 'transfer' ? 'transfer' : 'signin'];
  const taken = new Set<string>();
  const guess: Record<string, string> = {};
  for (const f of fields) {
    const col = columns.find((c) => !taken.has(c) && f.hints.test(c.trim()));
    if (col) {
      guess[fieldOption(f.field)] = col;
      taken.add(col);
    }
  }
  return guess;
}

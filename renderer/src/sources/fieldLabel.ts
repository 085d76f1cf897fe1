/** Fields whose name is an abbreviation or says less than the analyst's word for it. */
const words: Record<string, string> = { ts: 'Time', ip: 'Source address', raw_ref: 'Line' };

/** A table field (`ts`, `user_agent`) in the analyst's words (`Time`, `User agent`): the mapping form labels fields, never shows the schema's names. */
export function fieldLabel(field: string): string {
  const spaced = words[field] ?? field.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

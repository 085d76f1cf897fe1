/** JSON on as few lines as reads well: arrays and objects of plain values stay on one line. */
export function compactJson(v: unknown, indent = ''): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const flat = JSON.stringify(v);
  if (flat.length <= 100) return flat.replaceAll('":', '": ').replaceAll(',"', ', "');
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${v.map((x) => `${inner}${compactJson(x, inner)}`).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(v)
    .map(([k, x]) => `${inner}${JSON.stringify(k)}: ${compactJson(x, inner)}`)
    .join(',\n')}\n${indent}}`;
}

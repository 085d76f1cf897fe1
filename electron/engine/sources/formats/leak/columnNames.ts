/** Column names for a leak table: the file's titles kept as written (deduplicated, blanks named), else col1…colN. */
export function columnNames(titles: string[], count: number): string[] {
  const seen = new Set<string>(['_line', '_rn', '_nl']);
  const names: string[] = [];
  for (let j = 0; j < count; j++) {
    const base = (titles[j] ?? '').trim() || `col${j + 1}`;
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}_${k}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

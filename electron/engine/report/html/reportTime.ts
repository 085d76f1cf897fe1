const isoUtc = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?Z$/;

/** An ISO UTC time as a report reader reads it (`2024-03-01 02:00:00`, the heading or sentence says UTC); any other text as it is. */
export function reportTime(text: string): string {
  const m = isoUtc.exec(text);
  return m ? `${m[1]} ${m[2]}` : text;
}

const isoUtcInText = /\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?Z\b/g;

/** A detector's sentence with every ISO UTC time in it as a report reader reads one (`2024-03-06 02:00:00 UTC`). */
export function reportTimesIn(text: string): string {
  return text.replace(isoUtcInText, '$1 $2 UTC');
}

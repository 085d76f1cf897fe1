/** How a JSON log file packs its records. */
export type JsonShape = { kind: 'lines' } | { kind: 'objects' } | { kind: 'array' } | { kind: 'wrapped'; key: string };

/**
 * Tells from the first bytes whether records come one per line, as a top-level array, or inside `{"Records": […]}` /
 * `{"value": […]}` (after Graph's `@odata.*` keys) / `{"Events": […]}` (`aws cloudtrail lookup-events`) / Duo's Admin
 * API answer `{"response": {"authlogs": […]}}` (key `response.authlogs`, a `"stat"` before it or not), or as indented objects
 * one after another, the first `{` alone on its line (`objects`): what PowerShell's ConvertTo-Json writes for a single
 * record, which is not an array.
 */
export function jsonShape(head: Buffer): JsonShape {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*\[/.test(text)) return { kind: 'array' };
  if (/^\s*\{\s*(?:"stat"\s*:\s*"[^"]*"\s*,\s*)?"response"\s*:\s*\{\s*"authlogs"\s*:\s*\[/.test(text)) return { kind: 'wrapped', key: 'response.authlogs' };
  const wrapped = /^\s*\{(?:\s*"@odata\.[^"]*"\s*:\s*(?:"[^"]*"|[0-9]+)\s*,)*\s*"(Records|value|records|events|Events|items)"\s*:\s*\[/.exec(text);
  if (wrapped) return { kind: 'wrapped', key: wrapped[1] as string };
  if (/^\s*\{[ \t]*\r?\n/.test(text)) return { kind: 'objects' };
  return { kind: 'lines' };
}

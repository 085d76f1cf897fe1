import { composeLogPrefixRegex } from '../composeLogPrefix';

/**
 * How a container platform handed a service's output over, judged once from the head and applied to every line
 * staged: `jsonFile` Docker's json-file logging driver (`{"log":"<line>\n","stream":…,"time":…}` per line), `compose`
 * the prefix `docker compose logs` writes (`nginx-1  | `), `timestamps` the RFC 3339 time `docker logs --timestamps` /
 * `kubectl logs --timestamps` writes before each line (after the compose prefix when both are set).
 */
export interface ContainerWrapping {
  jsonFile: boolean;
  compose: boolean;
  timestamps: boolean;
}

/** The time `docker logs --timestamps` (RFC3339Nano, nine digits) or `kubectl logs --timestamps` (trailing zeros cut) writes, and its space. */
export const platformTimePrefix = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2}) /;

/** Lines `docker compose up` writes itself, without a service's prefix, between the services' lines. */
export const composeOwnLine = /^(?:Attaching to \S|\S+ exited with code \d+$|Gracefully stopping\.\.\.)/;

/** Lines judged at most: enough to tell, few enough for a detector's head. */
const judgedLines = 50;

/** One json-file driver record: the line the container wrote, its stream; null when the text is not one. */
export function jsonFileRecord(text: string): { log: string; stream: string } | null {
  if (!text.startsWith('{"log":')) return null;
  try {
    const r = JSON.parse(text) as Record<string, unknown>;
    return typeof r.log === 'string' && (r.stream === 'stdout' || r.stream === 'stderr') && typeof r.time === 'string'
      ? { log: r.log, stream: r.stream }
      : null;
  } catch {
    return null;
  }
}

/**
 * The wrapping most judged lines of the head carry (more than half of its first complete non-blank lines, as the line
 * formats' own detectors count), or null. Why most, not all: a line the platform cut short (a crash mid-write) must not
 * make the whole file unreadable; such a line is then passed on as it is and rejected by its number. Only tried on a
 * file no format claims as it is (pickLoader), so a file with its own format is never read otherwise.
 */
export function containerWrappingOf(head: Buffer): ContainerWrapping | null {
  const segments = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const complete = segments.length > 1 ? segments.slice(0, -1) : segments;
  const lines = complete.filter((l) => l.trim() !== '').slice(0, judgedLines);
  const most = (test: (line: string) => boolean, of: string[]) => of.length > 0 && of.filter(test).length * 2 > of.length;
  if (most((l) => jsonFileRecord(l) !== null, lines)) return { jsonFile: true, compose: false, timestamps: false };
  const own = lines.filter((l) => !composeOwnLine.test(l));
  const compose = most((l) => composeLogPrefixRegex.test(l), own);
  const inner = compose ? own.filter((l) => composeLogPrefixRegex.test(l)).map((l) => l.replace(composeLogPrefixRegex, '')) : lines;
  const timestamps = most((l) => platformTimePrefix.test(l), inner);
  return compose || timestamps ? { jsonFile: false, compose, timestamps } : null;
}

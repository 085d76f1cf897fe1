/**
 * Lines a web server's container writes besides its access log, on the same output: start-up notices and the error log.
 * Why: a container's output mixes them with the requests; they are no malformed requests, so a wrapped file skips and
 * counts them rather than rejecting them. Each is the documented shape of one image or server:
 * - the official nginx image's entrypoint (`/docker-entrypoint.sh: Launching …`) and its `/docker-entrypoint.d` scripts
 *   (`10-listen-on-ipv6-by-default.sh: info: …`, `15-local-resolvers.envsh: …`);
 * - nginx's error log, which the image sends to stderr (`2026/12/07 10:00:00 [notice] 1#1: start worker processes`);
 * - Apache httpd's start-up messages before its error log opens (`AH00558: httpd: …`) and its error log
 *   (`[Mon Dec 07 10:00:00.123456 2026] [mpm_event:notice] [pid 1:tid 1] AH00489: …`);
 * - Traefik's own log, v2 (`time="…" level=info msg="…"`) and v3 (`2026-12-07T10:00:00Z INF …`).
 */
export const serviceNoticeLine =
  /^(?:\/docker-entrypoint\.sh: |\d{2}-[A-Za-z0-9_.-]+\.(?:sh|envsh): |\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} \[(?:debug|info|notice|warn|error|crit|alert|emerg)\] \d+#\d+: |AH\d{5}: |\[[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d+)? \d{4}\] \[[A-Za-z_]*:[a-z0-9]+\] |time="[^"]*" level=[a-z]+ msg=|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}) (?:TRC|DBG|INF|WRN|ERR|FTL|PNC) )/;

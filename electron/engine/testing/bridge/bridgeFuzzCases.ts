import { seededRandom } from '../../demo/seededRandom';

/** One hostile request: its family, the exact bytes sent, and the statuses that count as refusing it. */
export interface FuzzCase {
  family: string;
  bytes: Buffer;
  refusedWith: number[];
}

/** The bridge a case is aimed at: its port (for a Host header that passes) and its token (to get past the token check). */
export interface FuzzTarget {
  port: number;
  token: string;
}

type Pick = <T>(items: readonly T[]) => T;

const badEscapes = ['%', '%Z', '%G1', '%1', '%E0%A4%A', '%C0', '%FF', '%ED%A0%80', '%F4%90%80%80', '%00', '%5C', '%%', '%u0041'];
const safeSegments = ['a', 'index.html', 'assets', 'x.js', '%41', 'caf%C3%A9', '-', '_', '~', 'a.b'];
const staticMethods = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'LOCK', 'PURGE'];
const invalidMethods = ['G3T', 'get', 'FOO', 'GE T', 'X'.repeat(40), 'G\u0000T', '\u00ffGET'];
const apiNames = ['%', '%zz', 'app%49nfo', '..%2fappInfo', 'appInfo/', 'appInfo/x', '__proto__', 'constructor', 'toString', '', 'APPINFO', 'app Info', '%E0%A4%A'];
const wrongTypes = ['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'application/json-seq', 'json', '*/*'];
const badJson = ['{', '{"a":', '[', 'nul', '{"a":1}}', "{'a':1}", '{"a":1,}', '\u00ff\u00fe', '{"a":"\\x"}', 'undefined', '{"a":NaN}', '[1,2', '"unterminated', '{}{}'];

/** A few random extra headers any client might send, so refusals do not depend on one exact header set. */
function noiseHeaders(r: () => number, pick: Pick): string[] {
  const pool = ['User-Agent: fuzz/1', 'Accept: */*', 'Accept-Encoding: gzip', 'X-Forwarded-For: 10.0.0.1', 'Cookie: a=b', 'Connection: keep-alive', 'Cache-Control: no-cache'];
  return Array.from({ length: Math.floor(r() * 3) }, () => pick(pool));
}

/** Assembles a request from its parts with CRLF line ends, as bytes (latin1, so any byte value can be placed). */
function request(line: string, headers: string[], body = ''): Buffer {
  return Buffer.from(`${line}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n${body}`, 'latin1');
}

/**
 * `count` hostile requests drawn with a fixed seed: malformed paths and percent-encodings, traversal, bad methods and
 * request lines, malformed or oversized headers, wrong Host/Origin, missing or wrong tokens, wrong content types,
 * oversized or invalid JSON bodies and unknown API names. Each must be refused with a 4xx.
 */
export function bridgeFuzzCases(seed: number, count: number, target: FuzzTarget): FuzzCase[] {
  const r = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(r() * items.length)] as (typeof items)[number];
  const host = `Host: 127.0.0.1:${target.port}`;
  const bearer = `Authorization: Bearer ${target.token}`;
  const segs = () => Array.from({ length: Math.floor(r() * 3) }, () => pick(safeSegments));
  const api = (name: string, headers: string[], body = '{}') =>
    request(`POST /api/${name} HTTP/1.1`, [host, ...headers, `Content-Length: ${Buffer.byteLength(body, 'latin1')}`, ...noiseHeaders(r, pick)], body);
  const families: Array<() => Omit<FuzzCase, 'family'> & { family: string }> = [
    () => {
      const path = `/${[...segs(), pick(badEscapes) + pick(['', 'z', '/b', '.js'])].join('/')}${r() < 0.3 ? '?q=1' : ''}`;
      return { family: 'bad percent-encoding', bytes: request(`${pick(['GET', 'HEAD'])} ${path} HTTP/1.1`, [host, ...noiseHeaders(r, pick)]), refusedWith: [400] };
    },
    () => {
      const up = Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick(['..%2f', '%2e%2e/', '%2e%2e%2f', '..%2F', '.%2e/'])).join('');
      return { family: 'traversal', bytes: request(`GET /${up}${pick(['etc/passwd', 'secret.txt', '', '%2e%2e'])} HTTP/1.1`, [host]), refusedWith: [400, 403] };
    },
    () => ({ family: 'static method', bytes: request(`${pick(staticMethods)} /${segs().join('/')} HTTP/1.1`, [host, 'Content-Length: 0']), refusedWith: [405] }),
    () => ({ family: 'invalid method', bytes: request(`${pick(invalidMethods)} / HTTP/1.1`, [host]), refusedWith: [400] }),
    () => ({
      family: 'request line',
      bytes: pick([
        request('GET / HTTP/2.0', [host]),
        request('GET / HTTP/9.9', [host]),
        request('GET / HTTP/1.1x', [host]),
        request('GET /', [host]),
        request('GET /a b HTTP/1.1', [host]),
        request(`GET http://evil.example/ HTTP/1.1`, [host]),
        request('GET *  HTTP/1.1', [host]),
        request(`CONNECT 127.0.0.1:${target.port} HTTP/1.1`, [host]),
        Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03]),
        Buffer.from(Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 256)).concat([13, 10, 13, 10])),
      ]),
      refusedWith: [400, 405],
    }),
    () => ({
      family: 'malformed header',
      bytes: request(`GET / HTTP/1.1`, [
        host,
        pick(['Bad Header: x', 'NoColon', 'X: a\u0001b', 'X: a\u0000b', 'X: a\r\n folded', ': empty-name', 'X\t: tab', `X: ${'a'.repeat(17_000 + Math.floor(r() * 5000))}`, 'Content-Length: abc', 'Content-Length: -1', 'Transfer-Encoding: chunked\r\nContent-Length: 3']),
      ]),
      refusedWith: [400, 431],
    }),
    () => ({
      family: 'foreign host or origin',
      bytes: pick([
        request('GET / HTTP/1.1', []),
        request('GET / HTTP/1.1', [pick(['Host: evil.example', `Host: evil.example:${target.port}`, 'Host: 127.0.0.1', `Host: 127.0.0.2:${target.port}`, `Host: [::1]:${target.port}`, 'Host: '])]),
        api('appInfo', [bearer, 'Content-Type: application/json', pick(['Origin: http://evil.example', 'Origin: null', `Origin: http://127.0.0.1:${target.port + 1}`, 'Origin: file://'])]),
      ]),
      refusedWith: [400, 403, 421],
    }),
    () => ({ family: 'api not POST', bytes: request(`${pick(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])} /api/appInfo HTTP/1.1`, [host, bearer]), refusedWith: [405] }),
    () => ({
      family: 'api token',
      bytes: api('appInfo', [
        'Content-Type: application/json',
        ...(r() < 0.2
          ? []
          : [
              `Authorization: ${pick([
                `Bearer ${Array.from({ length: 64 }, () => pick([...'0123456789abcdef'])).join('')}`,
                `Bearer ${target.token.slice(0, 63)}`,
                `Bearer ${target.token}0`,
                `bearer ${target.token}`,
                `Bearer  ${target.token}`,
                `Basic ${Buffer.from(`a:${target.token}`).toString('base64')}`,
                `${target.token}`,
                `Bearer ${target.token.toUpperCase()}`,
                'Bearer ',
              ])}`,
            ]),
      ]),
      refusedWith: [401],
    }),
    () => ({ family: 'api content type', bytes: api('appInfo', [bearer, ...(r() < 0.2 ? [] : [`Content-Type: ${pick(wrongTypes)}`])]), refusedWith: [415] }),
    () => ({ family: 'api bad JSON', bytes: api('appInfo', [bearer, 'Content-Type: application/json'], pick(badJson)), refusedWith: [400] }),
    () => ({ family: 'api unknown method', bytes: api(pick(apiNames), [bearer, 'Content-Type: application/json']), refusedWith: [404, 400] }),
    () => ({
      family: 'api oversized body',
      bytes: request(`POST /api/appInfo HTTP/1.1`, [host, bearer, 'Content-Type: application/json', `Content-Length: ${(1 << 20) + 1 + Math.floor(r() * 1e9)}`], '{"a":'),
      refusedWith: [413],
    }),
  ];
  return Array.from({ length: count }, () => pick(families)());
}

/** One chunked body just over the bridge's 1 MiB limit, sent whole: the size is only known while reading. */
export function chunkedOversize(target: FuzzTarget): FuzzCase {
  const chunk = `"${'x'.repeat(64 * 1024 - 2)}"`;
  const chunks = Array.from({ length: 17 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
  return {
    family: 'api oversized chunked body',
    bytes: request(`POST /api/appInfo HTTP/1.1`, [`Host: 127.0.0.1:${target.port}`, `Authorization: Bearer ${target.token}`, 'Content-Type: application/json', 'Transfer-Encoding: chunked'], `${chunks}0\r\n\r\n`),
    refusedWith: [413],
  };
}

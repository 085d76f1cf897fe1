import net from 'node:net';

/** The status line a server answered on a raw connection (null when it closed without one), and the start of its reply. */
export interface RawReply {
  status: number | null;
  head: string;
}

/**
 * Writes exactly these bytes to 127.0.0.1:`port` (no HTTP client in between, so malformed request lines, headers and
 * bodies reach the server as sent) and resolves with the status of the first reply line, then closes the connection.
 */
export function rawSocket(port: number, request: Buffer): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let got = Buffer.alloc(0);
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      socket.destroy();
      const head = got.toString('latin1').slice(0, 400);
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(head)?.[1];
      resolve({ status: status === undefined ? null : Number(status), head });
    };
    socket.on('connect', () => socket.write(request));
    socket.on('data', (d: Buffer) => {
      got = Buffer.concat([got, d]);
      if (got.includes('\r\n')) settle();
    });
    socket.on('error', settle);
    socket.on('close', settle);
  });
}

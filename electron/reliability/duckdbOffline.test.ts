import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { requireCase } from '../engine/case/requireCase';
import { withTempCase } from '../engine/testing/withTempCase';

/** A loopback TCP listener that only counts who connects, standing in for any remote server. */
async function connectionCounter(): Promise<{ port: number; count: () => number; close: () => Promise<void> }> {
  let n = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    n++;
    sockets.add(s);
    s.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    count: () => n,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('an open case cannot reach the network through DuckDB', () => {
  it('refuses http(s)/s3 reads, ATTACH, COPY TO a URL, INSTALL and LOAD, and no connection is ever attempted', async () => {
    const listener = await connectionCounter();
    const base = `http://127.0.0.1:${listener.port}`;
    try {
      await withTempCase(async (engine) => {
        await requireCase(engine.ctx).withConnection(async (c) => {
          const attempts = [
            `SELECT * FROM read_csv('${base}/x.csv')`,
            `SELECT * FROM read_csv('https://127.0.0.1:${listener.port}/x.csv')`,
            `SELECT * FROM read_parquet('${base}/x.parquet')`,
            `SELECT * FROM read_json('${base}/x.json')`,
            `SELECT * FROM read_text('${base}/x.txt')`,
            `SELECT * FROM '${base}/x.csv'`,
            `SELECT * FROM read_csv('s3://bucket/x.csv')`,
            `ATTACH '${base}/x.duckdb' AS remote`,
            `COPY (SELECT 1) TO '${base}/out.csv'`,
            `INSTALL httpfs`,
            `INSTALL httpfs FROM '${base}'`,
            `INSTALL '${base}/evil.duckdb_extension'`,
            `FORCE INSTALL httpfs`,
            `LOAD httpfs`,
            `LOAD '${base}/evil.duckdb_extension'`,
            `LOAD '/tmp/evil.duckdb_extension'`,
            `SET custom_extension_repository = '${base}'`,
            `SET autoinstall_known_extensions = true`,
            `SET autoload_known_extensions = true`,
            `SET enable_external_access = true`,
            `SET allowed_directories = ['/']`,
            `RESET lock_configuration`,
          ];
          for (const sql of attempts) await expect(c.run(sql), sql).rejects.toThrow();
        });
      });
      expect(listener.count()).toBe(0);
    } finally {
      await listener.close();
    }
  });
});

import { randomBytes } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { spikeParamsSchema, type SpikeParams } from '../../../shared/api/detectParams';
import type { DetectedFinding } from '../findings/DetectedFinding';
import type { CaseDb } from '../db/CaseDb';
import type { ReadMemo } from '../db/ReadMemo';
import { batchPerTurn } from '../db/batchPerTurn';
import { queryOne, queryRows } from '../sql/queryRows';
import { classifiedSources, classifySigninsOnce } from '../spikes/detectors/classifySigninsOnce';
import { Masker } from './Masker';
import { attackKinds } from './personalRule';
import { TokenBook } from './TokenBook';
import { sqlList } from '../sql/sqlList';

/** Creates the case's random pseudonym key on first open; later opens keep it, so pseudonyms stay stable. */
export async function ensureMaskKey(c: DuckDBConnection): Promise<Buffer> {
  const found = await queryRows<{ key: string }>(c, `SELECT key FROM privacy.mask_key LIMIT 1`);
  if (found[0]) return Buffer.from(found[0].key, 'hex');
  const key = randomBytes(32);
  await c.run(`INSERT INTO privacy.mask_key VALUES ($key)`, { key: key.toString('hex') });
  return key;
}

/**
 * The attack sources of the case: the sources of stored, not dismissed attack findings — their complete member tables,
 * since a stored finding's `ips` is a preview — else those of the default classification.
 */
async function readAttackSources(c: DuckDBConnection, memo: ReadMemo): Promise<Set<string>> {
  const kinds = sqlList([...attackKinds]);
  const { stored } = await queryOne<{ stored: number }>(c, `SELECT count(*)::INTEGER AS stored FROM finding`);
  if (stored > 0) {
    const rows = await queryRows<{ ip: string }>(
      c,
      `SELECT unnest(ips) AS ip FROM finding WHERE kind IN ${kinds} AND status <> 'dismissed'
       UNION SELECT m.ip FROM finding_member m JOIN finding f ON f.id = m.finding_id WHERE m.role = 'source' AND m.ip IS NOT NULL AND f.kind IN ${kinds} AND f.status <> 'dismissed'`,
    );
    return new Set(rows.map((r) => r.ip));
  }
  return attackIpsOf(await classifiedSources(c, spikeParamsSchema.parse({}), memo));
}

/** The sources of the attack findings among a classification's drafts. */
function attackIpsOf(drafts: ReadonlyArray<{ readonly kind: string; readonly ips: readonly string[] }>): Set<string> {
  return new Set(drafts.filter((f) => attackKinds.has(f.kind)).flatMap((f) => f.ips));
}

/** What the attack sources were computed from (the sign-in rows and the stored findings with their verdicts), and how many findings are stored. */
async function attackState(c: DuckDBConnection): Promise<{ fingerprint: string; stored: number }> {
  const { s } = await queryOne<{ s: number }>(c, `SELECT count(*)::DOUBLE AS s FROM signin`);
  const f = await queryOne<{ n: number; u: string | null; d: number }>(
    c,
    `SELECT count(*)::DOUBLE AS n, max(updated_at)::VARCHAR AS u, count(*) FILTER (WHERE status = 'dismissed')::DOUBLE AS d FROM finding`,
  );
  return { fingerprint: `${s}/${f.n}/${f.u ?? ''}/${f.d}`, stored: f.n };
}

/**
 * Thrown by a masker made with the attack sources deferred when a value needs them (why: most results hold no IP, and
 * the attack sources cost a classification of every sign-in each time the case's sign-ins or findings change).
 */
export class AttackSourcesNeeded extends Error {}

/** Stands for attack sources not yet computed: any lookup asks for them. */
const deferredAttackSources = {
  has(): boolean {
    throw new AttackSourcesNeeded('attack sources needed');
  },
};

/** The pseudonym key, handed-out pseudonyms and attack sources of one open case. */
class CasePrivacy {
  private key: Buffer | null = null;
  /** The attack sources of one state of the case, shared while computing so that concurrent calls classify once. */
  private attack: { fingerprint: string; ips: Promise<Set<string>>; settled?: Set<string> } | null = null;
  readonly book = new TokenBook();

  constructor(private readonly db: CaseDb) {}

  /**
   * The case's attack state, read once for every masker asked in the same turn of the event loop and only after that
   * turn (why: `analyze` masks the member pages of 100 findings at once, each asking the same counts); so no caller
   * gets a state older than its own call.
   */
  private readonly currentState = batchPerTurn(async (asks: undefined[]) => {
    const state = await this.db.withConnection(attackState);
    return asks.map(() => state);
  });

  /** A fresh masker for one call, with the current attack sources (or, when `deferred` and they are stale or still being computed, one that throws AttackSourcesNeeded on a lookup). */
  async masker(deferred = false): Promise<Masker> {
    const { fingerprint } = await this.currentState(undefined);
    const settled = this.attack?.fingerprint === fingerprint ? this.attack.settled : undefined;
    if (this.key && settled) return new Masker(this.key, settled, this.book);
    return this.db.withConnection(async (c) => {
      this.key ??= await ensureMaskKey(c);
      const current = this.attack?.fingerprint === fingerprint ? this.attack : null;
      if (current?.settled) return new Masker(this.key, current.settled, this.book);
      if (deferred) return new Masker(this.key, deferredAttackSources, this.book);
      return new Masker(this.key, await (current ?? this.remember(fingerprint, readAttackSources(c, this.db.memo))).ips, this.book);
    });
  }

  /** Takes a default classification made in `state` (read before it ran) as the attack sources, unless stored findings define them. */
  adopt(state: { fingerprint: string; stored: number }, drafts: Promise<Array<{ kind: string; ips: string[] }>>): void {
    if (state.stored === 0) this.remember(state.fingerprint, drafts.then(attackIpsOf));
  }

  /** Keeps `ips` as the attack sources of `fingerprint` (settled once computed); a failed computation is forgotten, so the next call tries again. */
  private remember(fingerprint: string, ips: Promise<Set<string>>): NonNullable<CasePrivacy['attack']> {
    const attack: NonNullable<CasePrivacy['attack']> = { fingerprint, ips };
    this.attack = attack;
    ips.then(
      (set) => {
        attack.settled = set;
      },
      () => {
        if (this.attack === attack) this.attack = null;
      },
    );
    return attack;
  }
}

const privacies = new WeakMap<CaseDb, CasePrivacy>();
const noCase = { key: randomBytes(32), book: new TokenBook() };

/** The privacy state of an open case, made on first use. */
function privacyOf(db: CaseDb): CasePrivacy {
  let p = privacies.get(db);
  if (!p) {
    p = new CasePrivacy(db);
    privacies.set(db, p);
  }
  return p;
}

/**
 * Classifies the case's sign-ins and, when `params` are the defaults, keeps the result as the case's attack sources
 * (why: masking the classification's own result would otherwise classify every sign-in a second time).
 */
export async function classifyAndAdopt(db: CaseDb, c: DuckDBConnection, params: SpikeParams): Promise<DetectedFinding[]> {
  const defaults = JSON.stringify(params) === JSON.stringify(spikeParamsSchema.parse({}));
  const state = defaults ? await attackState(c) : null;
  const drafts = classifySigninsOnce(c, params, db.memo);
  if (state) privacyOf(db).adopt(state, drafts);
  return drafts;
}

/** The masker of the open case (or, with no case open, one under a per-process key with no attack sources); `deferred`: see CasePrivacy.masker. */
export async function maskerFor(db: CaseDb | null, deferred = false): Promise<Masker> {
  if (!db) return new Masker(noCase.key, new Set(), noCase.book);
  return privacyOf(db).masker(deferred);
}

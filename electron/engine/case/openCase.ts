import fs from 'node:fs';
import path from 'node:path';
import type { CaseInfo } from '../../../shared/api/caseApi';
import { UserError } from '../../../shared/userError';
import { CaseDb, caseDbFile } from '../db/CaseDb';
import { ensureCaseSchema } from '../db/schema/ensureCaseSchema';
import { queryOne } from '../sql/queryRows';
import { appendAudit } from './appendAudit';
import { recoverInterruptedLoads } from './recoverInterruptedLoads';
import { makePrivate, privateDirMode } from '../db/makePrivate';
import { ensureMaskKey } from '../privacy/casePrivacy';

/** Opens the case folder `dir` (creating it when `create`), brings its schema to the current version and audits the open; `inputs` are granted from the start (see CaseDb.open). */
export async function openCase(dir: string, create: boolean, memoryLimit?: string, inputs: string[] = []): Promise<CaseDb> {
  const abs = path.resolve(dir);
  const exists = fs.existsSync(path.join(abs, caseDbFile));
  if (!exists && !create) throw new UserError('not_found', `No case at ${abs}: ${caseDbFile} is missing.`);
  if (!exists && fs.existsSync(abs) && !fs.statSync(abs).isDirectory()) {
    throw new UserError('bad_input', `${abs} is a file; a case is a folder.`);
  }
  fs.mkdirSync(abs, { recursive: true, mode: privateDirMode });
  const db = await CaseDb.open(abs, { ...(memoryLimit ? { memoryLimit } : {}), inputs });
  makePrivate(abs);
  try {
    await db.withConnection(async (c) => {
      await ensureCaseSchema(c, abs);
      await recoverInterruptedLoads(c);
      await ensureMaskKey(c);
      await appendAudit(c, 'open_case', { dir: abs });
    });
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** Reads the case's identity and size for the header. */
export async function describeCase(db: CaseDb): Promise<CaseInfo> {
  return db.withConnection((c) =>
    queryOne<CaseInfo>(
      c,
      `SELECT id, $dir AS dir, name, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS "createdAt",
              (SELECT count(*)::INTEGER FROM sources WHERE status = 'ready') AS sources
       FROM case_meta LIMIT 1`,
      { dir: db.dir },
    ),
  );
}

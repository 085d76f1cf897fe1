import type { ResetAccountsExportDto } from '../../../shared/api/resetAccountsApi';
import type { SourceDto } from '../../../shared/api/sourcesApi';
import { appendAudit } from '../case/appendAudit';
import type { CaseDb } from '../db/CaseDb';
import { checkOutPath } from '../report/checkOutPath';
import { csvLine } from '../report/tables/csvCell';
import { writeFileAtomic } from '../report/writeFileAtomic';
import { readResetAccounts } from './readResetAccounts';
import { maskerFor } from '../privacy/casePrivacy';

/** What the analyst asked for: where, and whether the account names may appear unmasked (audited opt-in). */
export interface ResetAccountsRequest {
  outPath: string;
  includePersonalData: boolean;
  overwrite: boolean;
}

/** The CSV header identity-management imports read: the account first, then what to do and why. */
export const resetAccountsHeader = ['account', 'action', 'reasons', 'confidence', 'first_seen_utc', 'last_seen_utc', 'finding_ids'];

/**
 * Writes the accounts whose credentials are known to work as a CSV for identity management (password reset and
 * session revocation). Account names are masked unless the analyst opted in, by the case's pseudonyms (so the rows of two
 * accounts of one shape differ, and each reads as in the workbench); every export is audited, the opt-in too.
 */
export async function exportResetAccounts(db: CaseDb, sources: SourceDto[], req: ResetAccountsRequest): Promise<ResetAccountsExportDto> {
  const out = checkOutPath(req.outPath, sources, db.dir, req.overwrite);
  const masker = req.includePersonalData ? null : await maskerFor(db, true);
  return db.withConnection(async (c) => {
    const rows = await readResetAccounts(c);
    const lines = rows.map((r) =>
      csvLine([
        masker ? masker.byKind(r.account, 'identity') : r.account,
        'reset_password_revoke_sessions',
        r.reasons.join(' '),
        r.confidence ?? '',
        r.firstSeen ?? '',
        r.lastSeen ?? '',
        r.findingIds.join(' '),
      ]),
    );
    const { bytes, sha256 } = writeFileAtomic(out, Buffer.from(`\uFEFF${csvLine(resetAccountsHeader)}${lines.join('')}`));
    if (req.includePersonalData) await appendAudit(c, 'reset_accounts_personal_data_opt_in', { outPath: out, accounts: rows.length });
    await appendAudit(c, 'export_reset_accounts', { outPath: out, accounts: rows.length, sha256, includePersonalData: req.includePersonalData });
    return { outPath: out, accounts: rows.length, bytes, sha256, revealed: req.includePersonalData };
  });
}

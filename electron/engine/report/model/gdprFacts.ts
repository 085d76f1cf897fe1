import type { PasswordHashDto } from '../../../../shared/api/coverageApi';
import { dataClassConsequence } from './dataClassConsequence';
import { passwordConsequence } from './passwordConsequence';
import type { ReportModel } from './ReportModel';
import { splitEncryptedClass } from '../../../../shared/encryptedClass';
import { formatBytes } from '../../../../shared/format/formatBytes';
import { formatCount } from '../../../../shared/format/formatCount';
import { findingKindLabel } from '../../../../shared/format/findingKindLabel';
import type { ExportCounts } from './exportCounts';

/** One exposed column as Art. 33(3)(a) lists it: its data class and how populated it is. */
export interface ExposedField {
  source: string;
  column: string;
  dataClass: string;
  populated: number;
  valid: number;
  distinct: number;
}

/** The facts of an Art. 33(3) notification the case can establish, with the analyst's statements beside them. */
export interface GdprFacts {
  nature: string[];
  subjects: number;
  records: number;
  subjectBasis: string[];
  campaigns: number;
  accountsAttacked: number;
  accountsTakenOver: number;
  credentialsValid: number;
  accountsToReset: number;
  bulkExports: ExportCounts;
  fields: ExposedField[];
  /** The categories in the leak, in clear, that alone make a high risk to the people (Art. 34). */
  highRisk: string[];
  consequences: Array<{ dataClass: string; consequence: string }>;
}

const ignored = new Set(['Other']);

/** Categories whose exposure in clear likely makes a breach a high risk to the people (Art. 34): fraud or identity theft follows directly, and they cannot be changed like a password. */
export const highRiskClasses = ['Credit cards', 'Bank account numbers', 'Government issued IDs'];

/** Derives the Art. 33(3) facts from the report model (counts, data classes, consequences per class). */
export function gdprFacts(m: Omit<ReportModel, 'gdpr'>): GdprFacts {
  const fields = m.coverage.flatMap((s) =>
    s.fields
      .filter((f) => !ignored.has(f.dataClass) && f.populated > 0)
      .map((f) => ({
        source: s.path.split(/[\\/]/).at(-1) ?? s.path,
        column: f.column,
        dataClass: f.dataClass,
        populated: f.populated,
        valid: f.valid,
        distinct: f.distinct,
      })),
  );
  const hashes: PasswordHashDto[] = m.coverage.flatMap((s) => s.passwordHashes);
  const classes = [...new Set(fields.map((f) => f.dataClass))];
  const consequences = classes.map((dataClass) => ({
    dataClass,
    consequence: dataClass === 'Passwords' ? passwordConsequence(hashes) : dataClassConsequence(dataClass),
  }));
  const k = m.counts;
  const bulk = m.exportCounts;
  const subjects = m.coverage.reduce((n, s) => n + s.subjects, 0);
  const records = m.coverage.reduce((n, s) => n + s.rows, 0);
  const nature: string[] = [];
  if (m.coverage.length > 0) {
    nature.push(
      `Confidentiality breach: a leaked dataset of ${formatCount(records)} record${records === 1 ? '' : 's'} about approximately ${formatCount(subjects)} ${subjects === 1 ? 'person' : 'people'}, holding ${classes.length === 1 ? 'one category' : `${formatCount(classes.length)} categories`} of personal data (${classes.join(', ')}).`,
    );
  }
  const encrypted = classes.filter((c) => splitEncryptedClass(c).encrypted).map((c) => splitEncryptedClass(c).base);
  if (encrypted.length > 0) {
    nature.push(
      `The values of ${encrypted.length === 1 ? 'one category' : `${encrypted.length} categories`} (${encrypted.join(', ')}) are encrypted in the leak: exposed only if the key was also taken (to be assessed).`,
    );
  }
  const risky = classes.filter((c) => highRiskClasses.includes(c));
  if (risky.length > 0) {
    nature.push(
      `Likely a high risk to the people (Art. 34: they must be told without undue delay, unless an exemption applies): the leak holds ${risky.join(', ')} in clear.`,
    );
  }
  if (k.campaigns > 0) {
    const kinds = Object.entries(k.campaignsByKind)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${formatCount(n)} ${findingKindLabel(kind, n)}`)
      .join(', ');
    nature.push(
      `Credential attacks against the organisation's sign-in service: ${formatCount(k.campaigns)} campaign${k.campaigns === 1 ? '' : 's'} (${kinds}) against ${formatCount(k.accountsAttacked)} account${k.accountsAttacked === 1 ? '' : 's'} from ${formatCount(m.attackers.length)} source address${m.attackers.length === 1 ? '' : 'es'}.`,
    );
  }
  if (k.accountsTakenOver > 0) {
    const c = k.takeoversByConfidence;
    nature.push(
      `Possible unauthorised access: ${formatCount(k.accountsTakenOver)} account${k.accountsTakenOver === 1 ? '' : 's'} signed in from a new source tied to an attack (confidence: ${formatCount(c.high)} high, ${formatCount(c.medium)} medium, ${formatCount(c.low)} low).`,
    );
  }
  if (k.credentialsValid > 0) {
    nature.push(
      `Credentials confirmed valid: the leaked password${k.credentialsValid === 1 ? ' of 1 account was' : `s of ${formatCount(k.credentialsValid)} accounts were`} accepted and a second factor then stopped the sign-in.`,
    );
  }
  if (bulk.findings > 0) {
    const moved = bulk.bytes > 0 ? `, ${formatBytes(bulk.bytes)} in the flagged hours` : '';
    nature.push(
      `Possible exfiltration: ${formatCount(bulk.findings)} bulk export${bulk.findings === 1 ? '' : 's'} far above the account's own habit (${formatCount(bulk.severe)} high or critical) by ${formatCount(bulk.accounts)} account${bulk.accounts === 1 ? '' : 's'}${moved}.`,
    );
  }
  if (nature.length === 0) nature.push('No leaked dataset or attack has been established from the loaded evidence so far.');
  return {
    nature,
    subjects,
    records,
    subjectBasis: m.coverage.map(
      (s) =>
        `${s.path.split(/[\\/]/).at(-1) ?? s.path}: ${
          s.subjectColumn
            ? `${formatCount(s.subjects - (s.keyless ?? 0))} distinct values of column "${s.subjectColumn}"${s.keyless ? `, plus ${formatCount(s.keyless)} records without a valid one (one person each)` : ''}`
            : `${formatCount(s.subjects)} distinct rows (no key column found)`
        } in ${formatCount(s.rows)} records`,
    ),
    campaigns: k.campaigns,
    accountsAttacked: k.accountsAttacked,
    accountsTakenOver: k.accountsTakenOver,
    credentialsValid: k.credentialsValid,
    accountsToReset: k.accountsToReset,
    bulkExports: bulk,
    fields,
    highRisk: risky,
    consequences,
  };
}

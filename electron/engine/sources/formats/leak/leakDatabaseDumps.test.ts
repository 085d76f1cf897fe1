import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../testing/corpusFile';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase } from '../../../testing/withTempCase';

describe('SQL and CSV exports of a customer table, as dumped', () => {
  it('mysqldump --hex-blob: 0x… values read as their hex digits, so SHA-1 passwords are counted as hashes, not plaintext; _binary values too', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('leak_database_dumps', 'mysqldump-customers.sql'), kind: 'leak' });
      expect(s).toMatchObject({ format: 'leak-sql', rowsLoaded: 20, rowsRejected: 0 });
      // remember_token, VARBINARY dumped as _binary '\0tokNN\'\\', is read as --hex-blob would have written it.
      expect(s.message).toBe('Binary values read as their hex digits, as mysqldump --hex-blob writes them: remember_token 20.');
      const rows = await sqlOn<Record<string, string | null>>(engine, `SELECT last_name, phone, password_sha1, remember_token, notes FROM leak_${s.id} ORDER BY _line`);
      expect(rows[0]).toEqual({ last_name: 'Martin', phone: '+33 6 12 34 00 00', password_sha1: '9348ccb9352910390d366c56636a9b607179ffbf', remember_token: '00746f6b3030275c', notes: null });
      expect(rows[3]).toMatchObject({ last_name: "O'Brien", notes: null });
      expect(rows[4]?.notes).toBe('appelle le "soir"; rappel 4');
      expect(rows[5]?.phone).toBeNull();
      const [cov] = await engine.service.coverage({ sourceId: s.id });
      expect(Object.fromEntries((cov?.fields ?? []).map((f) => [f.column, f.dataClass]))).toMatchObject({
        id: 'Identifiers',
        email: 'Email addresses',
        first_name: 'Names',
        last_name: 'Names',
        birthdate: 'Dates of birth',
        phone: 'Phone numbers',
        password_sha1: 'Passwords',
        created_at: 'Dates',
        last_login_ip: 'IP addresses',
      });
      expect(cov?.fields.find((f) => f.column === 'phone')).toMatchObject({ populated: 0.95, valid: 1, distinct: 19 });
      expect(cov?.passwordHashes.map((h) => [h.column, h.scheme, h.count])).toEqual([['password_sha1', 'ambiguous SHA1-class', 20]]);
      expect(cov).toMatchObject({ rows: 20, subjectColumn: 'email', subjects: 20 });
    });
  });

  it('a French back-office CSV (Windows-1252, semicolons, ";" inside quotes, dd/mm/yyyy) keeps every class', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('leak_database_dumps', 'backoffice-clients-fr.csv'), kind: 'leak' });
      expect(s).toMatchObject({ format: 'leak-delimited', rowsLoaded: 20, rowsRejected: 0 });
      const [cov] = await engine.service.coverage({ sourceId: s.id });
      expect((cov?.fields ?? []).map((f) => [f.column, f.dataClass, f.populated])).toEqual([
        ['Civilité', 'Genders', 1],
        ['Nom', 'Names', 1],
        ['Prénom', 'Names', 1],
        ['Date de naissance', 'Dates of birth', 1],
        ['E-mail', 'Email addresses', 1],
        ['Téléphone', 'Phone numbers', 1],
        ['Adresse', 'Physical addresses', 1],
        ['Code postal', 'Postal codes', 1],
        ['Ville', 'Physical addresses', 1],
        ["Date d'inscription", 'Dates', 1],
        ['Commentaire', 'Other', 0.75],
      ]);
      const notes = await sqlOn<{ c: string }>(engine, `SELECT "Commentaire" AS c FROM leak_${s.id} WHERE _line = 3`);
      expect(notes).toEqual([{ c: 'Client fidèle; relancé le 02/03/2024' }]);
      expect(cov).toMatchObject({ rows: 20, subjectColumn: 'E-mail', subjects: 20 });
    });
  });
});

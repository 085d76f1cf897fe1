import { sqlJsonPath } from '../../../../sql/sqlString';

/**
 * SQL: the text of a journal field of the JSON column `j`. systemd's JSON export writes a field whose value is not
 * printable UTF-8 (a byte a bot sent in a user name, a control character) as an array of its bytes: those are decoded
 * as UTF-8, else, when they are no valid UTF-8, each printable ASCII byte kept and every other byte read as U+FFFD, so
 * the line keeps its shape ("Invalid user \ufffd… from 203.0.113.9 port 4100") and is read, not skipped.
 */
export function journalFieldTextSql(field: string): string {
  const path = sqlJsonPath([field]);
  const bytes = `try_cast(json_extract(j, ${path}) AS INTEGER[])`;
  const utf8 = `try(decode(from_hex(array_to_string(list_transform(${bytes}, x -> printf('%02x', x)), ''))))`;
  const ascii = `array_to_string(list_transform(${bytes}, x -> CASE WHEN x BETWEEN 32 AND 126 THEN chr(x) ELSE chr(65533) END), '')`;
  return `CASE WHEN json_type(j, ${path}) = 'ARRAY' THEN coalesce(${utf8}, ${ascii}) ELSE json_extract_string(j, ${path}) END`;
}

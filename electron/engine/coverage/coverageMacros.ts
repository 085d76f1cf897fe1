import { sqlString } from '../sql/sqlString';

/** Date layouts tried on date-like values, first match wins (day-first before month-first, as most leaks outside the US are). */
const dateFormats = ['%Y-%m-%d', '%d/%m/%Y', '%d.%m.%Y', '%d-%m-%Y', '%Y/%m/%d', '%m/%d/%Y', '%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M'];

/** A date written yyyymmdd without separators (1900-2099, month and day in range): only then is a bare 8-digit number a date. */
export const compactDate = '(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])';

/** Separators no specifier consumes: a layout can only parse a value holding exactly the ones its literals hold. */
const layoutMarks = [':', '/', '.'];

/**
 * try_strptime over the layouts that can parse v, chosen by which marks v holds, in the original order:
 * the same first match as trying every layout, without paying for the layouts bound to fail.
 */
function parseByLayout(marks = layoutMarks, held: string[] = []): string {
  const [mark, ...rest] = marks;
  if (mark === undefined) {
    const fits = dateFormats.filter((f) => layoutMarks.every((m) => f.replace(/%./g, '').includes(m) === held.includes(m)));
    return fits.length === 0 ? 'NULL::TIMESTAMP' : `try_strptime(v, [${fits.map(sqlString).join(', ')}])`;
  }
  return `CASE WHEN contains(v, ${sqlString(mark)}) THEN ${parseByLayout(rest, [...held, mark])} ELSE ${parseByLayout(rest, held)} END`;
}

/** A regular expression matching text made of the characters of `cls` that holds at least one of each of `needed`, in one pass (every order spelt out). */
function holdingEach(cls: string, needed: string[]): string {
  const orders = (left: string[]): string =>
    left.length === 1 ? (left[0] as string) : left.map((n, i) => `${n}${cls}*(${orders(left.filter((_, j) => j !== i))})`).join('|');
  return `${cls}*(${orders(needed)})${cls}*`;
}

/** Base64 text with upper case, lower case and a digit or symbol, and bare hex with a letter and a digit: opaque blobs, matched by one regular expression each. */
const base64Mixed = `${holdingEach('[A-Za-z0-9+/]', ['[A-Z]', '[a-z]', '[0-9+/]'])}={0,2}`;
const hexMixed = holdingEach('[0-9a-fA-F]', ['[a-fA-F]', '[0-9]']);

/**
 * Value validators as connection-local SQL macros, one per data class, each called as (v, s, t):
 * the normalised value, its password-hash scheme (bd_scheme) and its parsed time (bd_ts), the two
 * costly features, computed once per value. Each check starts with cheap pre-filters (length,
 * prefix, LIKE) so regular expressions only run on plausible values. bd_ip_number takes an address in the other forms a
 * database keeps one (never text, so its count adds to bd_ip's): an INET_ATON or ip2long integer (0.0.0.0/8 left out: 0
 * is the `DEFAULT 0` of a column never filled, and small counts are no addresses), INET6_ATON bytes as 8 or 32 hex digits
 * (`0x` or not; 32 only in the ranges IPv6 addresses are used in, 0000::/4 (IPv4-mapped), 2000::/3 and fc00::/6, so an
 * MD5 of an address mostly fails).
 */
export const coverageMacros = `
CREATE OR REPLACE TEMP MACRO bd_norm_trimmed(w) AS CASE WHEN w = '' OR (strlen(w) <= 4 AND list_contains(['null', 'none', 'n/a', 'nan', '\\n', '-'], lower(w))) THEN NULL ELSE w END;
CREATE OR REPLACE TEMP MACRO bd_norm(x) AS bd_norm_trimmed(CASE WHEN starts_with(x, ' ') OR ends_with(x, ' ') OR strlen(x) <> length(x) THEN trim(x) ELSE x END);
CREATE OR REPLACE TEMP MACRO bd_digit_start(v) AS v >= '0' AND v < ':';
CREATE OR REPLACE TEMP MACRO bd_hex(v) AS regexp_full_match(v, '[0-9a-fA-F]+');
CREATE OR REPLACE TEMP MACRO bd_scheme(v) AS CASE
  WHEN starts_with(v, '$') THEN CASE
    WHEN regexp_matches(v, '^\\$2[abxy]?\\$[0-9][0-9]\\$') THEN 'bcrypt'
    WHEN regexp_matches(v, '^\\$argon2(id|i|d)\\$') THEN 'argon2'
    WHEN starts_with(v, '$scrypt$') OR starts_with(v, '$7$') THEN 'scrypt'
    WHEN starts_with(v, '$y$') OR starts_with(v, '$gy$') THEN 'yescrypt'
    WHEN starts_with(v, '$6$') THEN 'sha512-crypt'
    WHEN starts_with(v, '$5$') THEN 'sha256-crypt'
    WHEN starts_with(v, '$1$') THEN 'md5-crypt'
    WHEN starts_with(v, '$apr1$') THEN 'apr1-md5'
    WHEN (starts_with(v, '$P$') OR starts_with(v, '$H$')) AND strlen(v) = 34 THEN 'phpass'
    END
  WHEN starts_with(v, 'pbkdf2_sha') AND contains(v, '$') THEN 'django-pbkdf2'
  WHEN strlen(v) BETWEEN 34 AND 193 AND contains(v, ':') THEN CASE WHEN regexp_full_match(v, '([0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}):[^:\\s]{1,64}') THEN 'salted hex (hash:salt)' END
  WHEN list_contains([32, 40, 64, 128], strlen(v)) AND bd_hex(v) THEN CASE strlen(v)
    WHEN 32 THEN 'ambiguous MD5/NTLM-class' WHEN 40 THEN 'ambiguous SHA1-class' WHEN 64 THEN 'ambiguous SHA256-class' ELSE 'ambiguous SHA512-class' END
  END;
CREATE OR REPLACE TEMP MACRO bd_ts(v) AS CASE WHEN strlen(v) BETWEEN 8 AND 32 AND bd_digit_start(v) THEN CASE
  WHEN regexp_full_match(v, '[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}([ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?)? ?(Z|UTC|[+-][0-9]{2}:?[0-9]{2})?')
  THEN coalesce(${parseByLayout()}, try_cast(v AS TIMESTAMP))
  WHEN strlen(v) = 8 AND regexp_full_match(v, ${sqlString(compactDate)}) THEN try_strptime(v, '%Y%m%d') END END;
CREATE OR REPLACE TEMP MACRO bd_email(v, s, t) AS CASE WHEN contains(v, '@') AND strlen(v) <= 254 THEN regexp_full_match(v, '[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}') ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_ip(v, s, t) AS CASE
  WHEN strlen(v) BETWEEN 7 AND 15 AND bd_digit_start(v) AND contains(v, '.') THEN regexp_full_match(v, '(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}')
  WHEN strlen(v) BETWEEN 3 AND 45 AND contains(v, ':') THEN CASE WHEN regexp_full_match(v, '[0-9a-fA-F:.]+')
    THEN contains(v, '::') OR strlen(v) - strlen(replace(v, ':', '')) = 7 ELSE false END
  ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_ip_integer(v) AS CASE WHEN strlen(v) BETWEEN 2 AND 11 AND regexp_full_match(v, '-?[0-9]+') THEN
  try_cast(v AS BIGINT) BETWEEN -2147483648 AND -1 OR try_cast(v AS BIGINT) BETWEEN 16777216 AND 4294967295 ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_ip_hex(v) AS CASE WHEN list_contains([8, 10, 32, 34], strlen(v)) THEN
  regexp_full_match(v, '(0[xX])?([0-9a-fA-F]{8}|[023][0-9a-fA-F]{31}|[fF][c-fC-F][0-9a-fA-F]{30})') ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_ip_number(v, s, t) AS bd_ip_integer(v) OR bd_ip_hex(v);
CREATE OR REPLACE TEMP MACRO bd_hash(v, s, t) AS s IS NOT NULL;
CREATE OR REPLACE TEMP MACRO bd_opaque_shape(v) AS CASE
  WHEN strlen(v) < 16 THEN false
  WHEN strlen(v) % 4 = 0 AND regexp_full_match(v, ${sqlString(base64Mixed)}) THEN true
  WHEN strlen(v) % 2 = 0 THEN regexp_full_match(v, ${sqlString(hexMixed)})
  ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_opaque(v, s, t) AS CASE WHEN s IS NULL THEN bd_opaque_shape(v) ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_date(v, s, t) AS t IS NOT NULL;
CREATE OR REPLACE TEMP MACRO bd_birth(v, s, t) AS CASE WHEN t IS NOT NULL THEN NOT contains(v, ':') AND year(t) BETWEEN 1900 AND year(current_date) - 10 ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_digits(v) AS strlen(v) - strlen(translate(v, '0123456789', ''));
CREATE OR REPLACE TEMP MACRO bd_phone(v, s, t) AS CASE WHEN t IS NULL AND strlen(v) BETWEEN 8 AND 24 THEN CASE
  WHEN regexp_full_match(v, '\\+?[0-9 .()/-]+') THEN bd_digits(v) BETWEEN 8 AND 15 AND (starts_with(v, '+') OR starts_with(v, '0') OR starts_with(v, '(') OR regexp_matches(v, '[0-9][ .()/-][0-9]'))
  ELSE false END ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_postal(v, s, t) AS CASE WHEN strlen(v) BETWEEN 3 AND 10 THEN regexp_full_match(v,
  '[0-9]{4,5}|[0-9]{3} [0-9]{2}|[0-9]{5}-[0-9]{4}|[A-Za-z]{1,2}[0-9][0-9A-Za-z]? ?[0-9][A-Za-z]{2}|[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]|[0-9]{4} ?[A-Za-z]{2}|[0-9]{2}-[0-9]{3}') ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_gender(v, s, t) AS CASE WHEN strlen(v) <= 12 THEN list_contains(['m', 'f', 'h', 'w', 'd', 'x', 'u', 'v', 'male', 'female', 'homme', 'femme', 'masculin', 'feminin', 'féminin',
  'mann', 'frau', 'männlich', 'weiblich', 'divers', 'man', 'vrouw', 'hombre', 'mujer', 'maschio', 'femmina', 'other', 'autre', 'unknown',
  'mr', 'mrs', 'ms', 'miss', 'mme', 'mlle', 'm.', 'mr.', 'mrs.', 'ms.', 'herr', 'sr', 'sra', 'sr.', 'sra.', 'monsieur', 'madame', 'mademoiselle',
  'señor', 'señora', 'senor', 'senora', 'signore', 'signora', 'non-binary', 'nonbinary'], lower(v)) ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_name(v, s, t) AS CASE WHEN strlen(v) BETWEEN 2 AND 120 THEN CASE
  WHEN regexp_matches(v, '[0-9@#$%^&*_=+<>/\\\\|{}\\[\\]~!?:;",()]') THEN false ELSE lower(v[1]) <> upper(v[1]) END ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_address(v, s, t) AS CASE WHEN strlen(v) >= 4 AND contains(v, ' ') THEN regexp_matches(lower(v),
  '^[0-9]{1,5} ?(bis|ter|[a-z])?,? +[^0-9 ]|^[a-z]{1,2}[0-9][0-9a-z]? ?[0-9][a-z]{2},? +[^0-9 ]|[^0-9 ]\\.? +[0-9]{1,5} ?[a-z]?$|(^|[^a-z])(rue|avenue|boulevard|bd|chemin|allée|impasse|place|route|street|road|lane|drive|straße|strasse|str|weg|platz|gasse|calle|avenida|via|viale|piazza|straat|laan|plein)([^a-z]|$)')
  ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_place(v, s, t) AS bd_address(v, s, t) OR bd_name(v, s, t);
CREATE OR REPLACE TEMP MACRO bd_username(v, s, t) AS CASE WHEN strlen(v) BETWEEN 3 AND 32 THEN regexp_full_match(v, '[A-Za-z0-9._-]*[A-Za-z][A-Za-z0-9._-]*') ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_identifier(v, s, t) AS CASE
  WHEN strlen(v) <= 20 AND bd_digit_start(v) THEN regexp_full_match(v, '[0-9]+')
  WHEN strlen(v) = 36 THEN regexp_full_match(v, '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}')
  ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_national(v, s, t) AS CASE WHEN strlen(v) BETWEEN 8 AND 15 AND bd_digit_start(v) THEN regexp_full_match(v, '[1-9][0-9]{7,14}') ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_sexcode(v, s, t) AS strlen(v) = 1 AND list_contains(['0', '1', '2', '9'], v);
CREATE OR REPLACE TEMP MACRO bd_serial_date(v, s, t) AS CASE WHEN strlen(v) BETWEEN 5 AND 14 AND regexp_full_match(v, '-?[0-9]+') THEN CASE
  WHEN strlen(v) = 5 THEN try_cast(v AS BIGINT) BETWEEN 10000 AND 73050
  WHEN strlen(v) BETWEEN 6 AND 11 THEN try_cast(v AS BIGINT) BETWEEN -2208988800 AND 4102444800
  WHEN strlen(v) BETWEEN 12 AND 14 THEN try_cast(v AS BIGINT) BETWEEN -2208988800000 AND 4102444800000
  ELSE false END ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_blob(v, s, t) AS bd_opaque_shape(v);
CREATE OR REPLACE TEMP MACRO bd_luhn(d) AS list_sum(list_transform(range(strlen(d)), i -> CASE WHEN i % 2 = 0 THEN ord(d[strlen(d) - i]) - 48 ELSE [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][ord(d[strlen(d) - i]) - 47] END)) % 10 = 0;
CREATE OR REPLACE TEMP MACRO bd_card_number(d) AS regexp_matches(d, '^(4|5[0-8]|2[2-7]|3[0456789]|6)') AND bd_luhn(d);
CREATE OR REPLACE TEMP MACRO bd_card(v, s, t) AS CASE WHEN strlen(v) BETWEEN 13 AND 23 AND bd_digit_start(v) THEN CASE
  WHEN regexp_full_match(v, '[0-9]{13,19}|[0-9]{4}([ -][0-9]{4}){2,3}([ -][0-9]{1,3})?|[0-9]{4}[ -][0-9]{6}[ -][0-9]{4,5}') THEN bd_card_number(translate(v, ' -', ''))
  ELSE false END ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_card_masked(v, s, t) AS CASE WHEN strlen(v) BETWEEN 12 AND 60 THEN
  regexp_full_match(translate(v, ' -', ''), '[0-9]{0,6}[*xX#•]{4,15}[0-9]{4}') AND length(translate(v, ' -', '')) BETWEEN 12 AND 19 ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_last_digits(v, s, t) AS strlen(v) = 4 AND regexp_full_match(v, '[0-9]{4}');
CREATE OR REPLACE TEMP MACRO bd_iban_mod97(r) AS list_reduce(list_transform(string_split(r, ''), ch -> CASE WHEN ch < 'A' THEN ord(ch) - 48 ELSE ord(ch) - 55 END),
  (acc, x) -> (acc * CASE WHEN x >= 10 THEN 100 ELSE 10 END + x) % 97, 0) = 1;
CREATE OR REPLACE TEMP MACRO bd_iban_compact(d) AS strlen(d) BETWEEN 15 AND 34 AND regexp_full_match(d, '[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}') AND bd_iban_mod97(substr(d, 5) || substr(d, 1, 4));
CREATE OR REPLACE TEMP MACRO bd_iban(v, s, t) AS CASE WHEN strlen(v) BETWEEN 15 AND 42 AND NOT bd_digit_start(v) THEN bd_iban_compact(upper(replace(v, ' ', ''))) ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_account(v, s, t) AS CASE WHEN strlen(v) BETWEEN 8 AND 42 THEN regexp_full_match(v, '[A-Za-z0-9][A-Za-z0-9 -]{6,40}[A-Za-z0-9]') AND bd_digits(v) >= 6 ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_nir(d) AS regexp_full_match(d, '[12][0-9]{4}(2[AB]|[0-9]{2})[0-9]{8}')
  AND 97 - ((TRY_CAST(replace(replace(substr(d, 1, 13), '2A', '19'), '2B', '18') AS BIGINT) - CASE substr(d, 6, 2) WHEN '2A' THEN 1000000 WHEN '2B' THEN 2000000 ELSE 0 END) % 97) = TRY_CAST(substr(d, 14, 2) AS INTEGER);
CREATE OR REPLACE TEMP MACRO bd_dni(d) AS CASE
  WHEN regexp_full_match(d, '[0-9]{8}[A-Z]') THEN 'TRWAGMYFPDXBNJZSQVHLCKE'[TRY_CAST(substr(d, 1, 8) AS BIGINT) % 23 + 1] = d[9]
  WHEN regexp_full_match(d, '[XYZ][0-9]{7}[A-Z]') THEN 'TRWAGMYFPDXBNJZSQVHLCKE'[TRY_CAST(CAST(strpos('XYZ', d[1]) - 1 AS VARCHAR) || substr(d, 2, 7) AS BIGINT) % 23 + 1] = d[9]
  ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_ssn(v) AS regexp_full_match(v, '[0-8][0-9]{2}-[0-9]{2}-[0-9]{4}') AND NOT starts_with(v, '000') AND NOT starts_with(v, '666') AND substr(v, 5, 2) <> '00' AND substr(v, 8, 4) <> '0000';
CREATE OR REPLACE TEMP MACRO bd_gov_id_compact(d) AS CASE strlen(d)
  WHEN 15 THEN bd_nir(d)
  WHEN 9 THEN bd_dni(d) OR regexp_full_match(d, '[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]')
  WHEN 16 THEN regexp_full_match(d, '[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]')
  ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_gov_id(v, s, t) AS CASE WHEN strlen(v) BETWEEN 9 AND 21 THEN
  CASE WHEN strlen(v) = 11 AND contains(v, '-') THEN bd_ssn(v) ELSE bd_gov_id_compact(upper(translate(v, ' -', ''))) END ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_document(v, s, t) AS CASE WHEN strlen(v) BETWEEN 5 AND 24 THEN regexp_full_match(v, '[A-Za-z0-9][A-Za-z0-9 ./-]{3,22}[A-Za-z0-9]') AND bd_digits(v) >= 2 ELSE false END;
CREATE OR REPLACE TEMP MACRO bd_plain(v, s, t) AS strlen(v) <= 512 AND NOT contains(v, ' ') AND NOT contains(v, chr(9));
`;

/** The macro checking each class, by the key used in the aggregate pass. */
export const classChecks = {
  email: 'bd_email',
  ip: 'bd_ip',
  ipNumber: 'bd_ip_number',
  hash: 'bd_hash',
  opaque: 'bd_opaque',
  date: 'bd_date',
  birth: 'bd_birth',
  phone: 'bd_phone',
  postal: 'bd_postal',
  gender: 'bd_gender',
  name: 'bd_name',
  address: 'bd_address',
  place: 'bd_place',
  username: 'bd_username',
  identifier: 'bd_identifier',
  plain: 'bd_plain',
  national: 'bd_national',
  sexCode: 'bd_sexcode',
  serialDate: 'bd_serial_date',
  blob: 'bd_blob',
  card: 'bd_card',
  cardMasked: 'bd_card_masked',
  lastDigits: 'bd_last_digits',
  iban: 'bd_iban',
  account: 'bd_account',
  govId: 'bd_gov_id',
  document: 'bd_document',
} as const;

/** A key of classChecks. */
export type CheckKey = keyof typeof classChecks;

/** Date layouts tried on date-like values (day-first before month-first, as most leaks outside the US are). */
const dateFormats = `['%Y-%m-%d', '%d/%m/%Y', '%d.%m.%Y', '%d-%m-%Y', '%Y/%m/%d', '%m/%d/%Y', '%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y %H:%M']`;

/**
 * Value validators as connection-local SQL macros, one per data class. Each starts with cheap
 * pre-filters (length, prefix, LIKE) so the regular expressions only run on plausible values.
 */
export const coverageMacros = `
CREATE OR REPLACE TEMP MACRO bd_norm(x) AS CASE WHEN x IS NULL OR trim(x) = '' OR lower(trim(x)) IN ('null', 'none', 'n/a', 'nan', '\\n', '-') THEN NULL ELSE trim(x) END;
CREATE OR REPLACE TEMP MACRO bd_email(v) AS v LIKE '%_@_%._%' AND length(v) <= 254 AND regexp_full_match(v, '[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}');
CREATE OR REPLACE TEMP MACRO bd_ip(v) AS (length(v) BETWEEN 7 AND 15 AND v LIKE '%.%.%.%' AND regexp_full_match(v, '(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}'))
  OR (length(v) BETWEEN 3 AND 45 AND v LIKE '%:%:%' AND regexp_full_match(lower(v), '[0-9a-f:.]+') AND (v LIKE '%::%' OR length(v) - length(replace(v, ':', '')) = 7));
CREATE OR REPLACE TEMP MACRO bd_hex(v) AS regexp_full_match(v, '[0-9a-fA-F]+');
CREATE OR REPLACE TEMP MACRO bd_scheme(v) AS CASE
  WHEN v LIKE '$%' AND regexp_matches(v, '^\\$2[abxy]?\\$[0-9][0-9]\\$') THEN 'bcrypt'
  WHEN v LIKE '$argon2%' AND regexp_matches(v, '^\\$argon2(id|i|d)\\$') THEN 'argon2'
  WHEN v LIKE '$scrypt$%' OR v LIKE '$7$%' THEN 'scrypt'
  WHEN v LIKE '$y$%' OR v LIKE '$gy$%' THEN 'yescrypt'
  WHEN v LIKE '$6$%' THEN 'sha512-crypt'
  WHEN v LIKE '$5$%' THEN 'sha256-crypt'
  WHEN v LIKE '$1$%' THEN 'md5-crypt'
  WHEN v LIKE '$apr1$%' THEN 'apr1-md5'
  WHEN (v LIKE '$P$%' OR v LIKE '$H$%') AND length(v) = 34 THEN 'phpass'
  WHEN v LIKE 'pbkdf2_sha%$%' THEN 'django-pbkdf2'
  WHEN length(v) = 32 AND bd_hex(v) THEN 'ambiguous MD5/NTLM-class'
  WHEN length(v) = 40 AND bd_hex(v) THEN 'ambiguous SHA1-class'
  WHEN length(v) = 64 AND bd_hex(v) THEN 'ambiguous SHA256-class'
  WHEN length(v) = 128 AND bd_hex(v) THEN 'ambiguous SHA512-class'
  ELSE NULL END;
CREATE OR REPLACE TEMP MACRO bd_hash(v) AS bd_scheme(v) IS NOT NULL;
CREATE OR REPLACE TEMP MACRO bd_opaque(v) AS length(v) >= 16 AND NOT bd_hash(v) AND (
  (length(v) % 4 = 0 AND regexp_full_match(v, '[A-Za-z0-9+/]+={0,2}')
    AND (regexp_matches(v, '[A-Z]')::INT + regexp_matches(v, '[a-z]')::INT + regexp_matches(v, '[0-9+/]')::INT) = 3)
  OR (length(v) % 2 = 0 AND bd_hex(v) AND regexp_matches(v, '[a-fA-F]') AND regexp_matches(v, '[0-9]')));
CREATE OR REPLACE TEMP MACRO bd_ts(v) AS CASE WHEN length(v) BETWEEN 6 AND 35 AND regexp_matches(v, '^[0-9]') AND regexp_matches(v, '[-/.]')
  THEN coalesce(try_strptime(v, ${dateFormats}), try_cast(v AS TIMESTAMP), try_cast(v AS TIMESTAMPTZ)::TIMESTAMP) END;
CREATE OR REPLACE TEMP MACRO bd_date(v) AS bd_ts(v) IS NOT NULL;
CREATE OR REPLACE TEMP MACRO bd_birth(v) AS bd_date(v) AND NOT regexp_matches(v, '[0-9]:[0-9]') AND year(bd_ts(v)) BETWEEN 1900 AND year(current_date) - 10;
CREATE OR REPLACE TEMP MACRO bd_phone(v) AS length(v) BETWEEN 8 AND 24 AND regexp_full_match(v, '(\\+|00)?[0-9(][0-9 .()/-]{5,20}[0-9]')
  AND length(regexp_replace(v, '[^0-9]', '', 'g')) BETWEEN 8 AND 15 AND (v[1] IN ('+', '0', '(') OR regexp_matches(v, '[0-9][ .()/-][0-9]')) AND NOT bd_date(v);
CREATE OR REPLACE TEMP MACRO bd_postal(v) AS length(v) BETWEEN 3 AND 10 AND regexp_full_match(upper(v),
  '[0-9]{4,5}|[0-9]{3} [0-9]{2}|[0-9]{5}-[0-9]{4}|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]|[0-9]{4} ?[A-Z]{2}|[0-9]{2}-[0-9]{3}');
CREATE OR REPLACE TEMP MACRO bd_gender(v) AS length(v) <= 12 AND lower(v) IN ('m', 'f', 'h', 'w', 'd', 'x', 'u', 'v', 'male', 'female', 'homme', 'femme', 'masculin', 'feminin', 'féminin',
  'mann', 'frau', 'männlich', 'weiblich', 'divers', 'man', 'vrouw', 'hombre', 'mujer', 'maschio', 'femmina', 'other', 'autre', 'unknown',
  'mr', 'mrs', 'ms', 'miss', 'mme', 'mlle', 'm.', 'herr', 'sr', 'sra', 'non-binary', 'nonbinary');
CREATE OR REPLACE TEMP MACRO bd_name(v) AS length(v) BETWEEN 2 AND 60 AND regexp_full_match(v, '\\p{L}[\\p{L}''’ .-]*');
CREATE OR REPLACE TEMP MACRO bd_address(v) AS length(v) >= 4 AND regexp_matches(v, '\\p{L}') AND (
  regexp_matches(v, '^[0-9]{1,5} ?(bis|ter|[a-zA-Z])?,? +\\p{L}') OR regexp_matches(v, '\\p{L}\\.? +[0-9]{1,5} ?[a-zA-Z]?$')
  OR regexp_matches(lower(v), '(^|[^a-z])(rue|avenue|boulevard|bd|chemin|allée|impasse|place|route|street|road|lane|drive|straße|strasse|str|weg|platz|gasse|calle|avenida|via|viale|piazza|straat|laan|plein)([^a-z]|$)'));
CREATE OR REPLACE TEMP MACRO bd_place(v) AS bd_address(v) OR bd_name(v);
CREATE OR REPLACE TEMP MACRO bd_username(v) AS length(v) BETWEEN 3 AND 32 AND NOT v LIKE '%@%' AND regexp_full_match(v, '[A-Za-z0-9._-]+') AND regexp_matches(v, '[A-Za-z]');
CREATE OR REPLACE TEMP MACRO bd_identifier(v) AS (length(v) <= 20 AND regexp_full_match(v, '[0-9]+'))
  OR (length(v) = 36 AND regexp_full_match(lower(v), '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'));
CREATE OR REPLACE TEMP MACRO bd_plain(v) AS length(v) BETWEEN 1 AND 128 AND NOT regexp_matches(v, '\\s');
`;

/** The macro checking each class, by the key used in the aggregate pass. */
export const classChecks = {
  email: 'bd_email',
  ip: 'bd_ip',
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
} as const;

/** A key of classChecks. */
export type CheckKey = keyof typeof classChecks;

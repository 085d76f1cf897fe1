/** The breach data-class vocabulary a leak column is classified into. */
export const dataClasses = [
  'Email addresses',
  'Passwords',
  'Names',
  'Genders',
  'Dates of birth',
  'Phone numbers',
  'IP addresses',
  'Physical addresses',
  'Postal codes',
  'Usernames',
  'Encrypted data',
  'Dates',
  'Identifiers',
  'Other',
] as const;

/** One of dataClasses. */
export type DataClass = (typeof dataClasses)[number];

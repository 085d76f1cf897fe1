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
  'Credit cards',
  'Partial credit card data',
  'Bank account numbers',
  'Government issued IDs',
  'Usernames',
  'Dates',
  'Identifiers',
  'Other',
] as const;

/** One of dataClasses. */
export type DataClass = (typeof dataClasses)[number];

/** What a column is classed as: a data class, or one held encrypted (content opaque, the class named by the header). */
export type CoverageClass = DataClass | `${DataClass} (encrypted)`;

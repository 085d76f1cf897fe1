import { z } from 'zod';

/** One column of a leak: its data class decided from content, and how much of it is there. */
export interface CoverageFieldDto {
  column: string;
  dataClass: string;
  /** The class the column title suggested, if any (a hint only). */
  hint: string | null;
  /** Share of rows with a value, in [0, 1]. */
  populated: number;
  /** Share of populated values the class validator accepts, in [0, 1]. */
  valid: number;
  distinct: number;
}

/** How many password values use one scheme; `costs` is bcrypt's cost histogram. */
export interface PasswordHashDto {
  column: string;
  scheme: string;
  count: number;
  costs: Record<string, number>;
}

/** The PII coverage of one leak source. */
export interface SourceCoverageDto {
  sourceId: number;
  path: string;
  rows: number;
  /** Approximate number of people: distinct values of the best key column plus the records without one, else rows. */
  subjects: number;
  subjectColumn: string | null;
  /** Records without a value in the key column (for an e-mail key, or with a value that is no e-mail address), counted one person each in `subjects` (null: a coverage computed before it was counted). */
  keyless: number | null;
  fields: CoverageFieldDto[];
  passwordHashes: PasswordHashDto[];
}

/** Argument schemas of the coverage methods. */
export const coverageArgs = {
  coverage: z
    .object({ sourceId: z.number().int().positive().optional(), recompute: z.boolean().default(false) })
    .strict(),
};

/** What personal data the leaked samples expose, per column, computed in SQL over all rows. */
export interface CoverageApi {
  coverage(a: z.input<typeof coverageArgs.coverage>): Promise<SourceCoverageDto[]>;
}

import { entraReasonSql } from '../failureReason';

/** SQL for result_code, success and failure_reason from a normalised Entra result code column (`0` = success). */
export function entraOutcome(codeNorm: string): { result_code: string; success: string; failure_reason: string } {
  return {
    result_code: codeNorm,
    success: `(${codeNorm} = '0')`,
    failure_reason: `CASE WHEN ${codeNorm} = '0' OR ${codeNorm} IS NULL THEN NULL ELSE ${entraReasonSql(codeNorm)} END`,
  };
}

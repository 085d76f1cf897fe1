import { entraCodeSql, entraReasonSql } from './failureReason';

/** SQL for result_code, success and failure_reason from an Entra result code (`0` = success). */
export function entraOutcome(codeExpr: string): { result_code: string; success: string; failure_reason: string } {
  const code = entraCodeSql(codeExpr);
  return {
    result_code: code,
    success: `(${code} = '0')`,
    failure_reason: `CASE WHEN ${code} = '0' OR ${code} IS NULL THEN NULL ELSE ${entraReasonSql(code)} END`,
  };
}

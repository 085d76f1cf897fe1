import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import type { RecordMapping } from '../RecordMapping';

/** The SQL names of a Keycloak event's fields in one staging: its type, the name typed, the user id, the address, the error and the client. */
export interface KeycloakEventFields {
  type: string;
  login: string;
  userId: string;
  address: string;
  error: string;
  client: string;
}

/** A Keycloak LOGIN / LOGIN_ERROR event as a sign-in, whichever export it came from (the Admin REST API's JSON or the server log): one rule for both. */
export function keycloakSigninColumns(f: KeycloakEventFields, ts: string): RecordMapping['columns'] {
  return {
    ts,
    user: `coalesce(${f.login}, ${f.userId})`,
    ip: clientIpSql(f.address),
    success: `${f.type} = 'LOGIN'`,
    failure_reason: `CASE WHEN ${f.type} = 'LOGIN' THEN NULL ELSE ${textReasonSql(f.error)} END`,
    result_code: `${f.type} || coalesce(':' || ${f.error}, '')`,
    app: f.client,
  };
}

/**
 * The one condition the sign-in charts, top lists and drill-downs count as a failure: an outcome known to be a failure.
 * An event of unknown outcome (success NULL: Windows 4648, a 4768 without pre-authentication, a vendor's UNKNOWN) is
 * neither failed nor successful; counting it as failed drew a Windows log's explicit-credential events as an attack wave.
 */
export const failedSigninSql = 'success IS FALSE';

/** The condition of a sign-in of unknown outcome, counted on its own beside the failed and successful ones. */
export const unknownOutcomeSql = 'success IS NULL';

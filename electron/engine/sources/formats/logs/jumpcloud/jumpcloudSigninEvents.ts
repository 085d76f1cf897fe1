/**
 * The Directory Insights event types that are sign-ins, with the application a sign-in of that type is to when the
 * event names none: Admin and User Portal logins (`directory`), SAML / OIDC application logins (`sso`), RADIUS
 * (Wi-Fi, VPN), LDAP binds and device logins (`systems`). Every other event type is skipped and counted.
 */
export const jumpcloudSigninEvents: Record<string, string> = {
  admin_login_attempt: 'JumpCloud Admin Portal',
  user_login_attempt: 'JumpCloud User Portal',
  sso_auth: 'JumpCloud SSO',
  radius_auth_attempt: 'JumpCloud RADIUS',
  ldap_bind: 'JumpCloud LDAP',
  login_attempt: 'device login',
};

import type { Loader } from '../../Loader';
import { auth0Logs } from './auth0/auth0Logs';
import { awsVpcFlowLog } from './aws/awsVpcFlowLog';
import { azureAppGatewayAccess } from './web/azureAppGatewayAccess';
import { azureFrontDoorAccess } from './web/azureFrontDoorAccess';
import { caddyAccessJson } from './web/caddyAccessJson';
import { ciscoAsaAuth } from './cisco/ciscoAsaAuth';
import { cloudTrailConsoleLogin } from './cloudTrail/cloudTrailConsoleLogin';
import { cloudTrailS3Transfer } from './cloudTrail/cloudTrailS3Transfer';
import { cloudflareLogpushHttp } from './web/cloudflareLogpushHttp';
import { combinedAccessLog } from './web/combinedAccessLog';
import { commonSecurityLogCsv } from './sentinel/commonSecurityLogCsv';
import { defenderLogonEventsCsv } from './sentinel/defenderLogonEventsCsv';
import { officeActivityDownloadCsv } from './sentinel/officeActivityDownloadCsv';
import { officeActivitySigninCsv } from './sentinel/officeActivitySigninCsv';
import { storageBlobLogsCsv } from './sentinel/storageBlobLogsCsv';
import { w3cIisLogCsv } from './sentinel/w3cIisLogCsv';
import { duoAuthLog } from './duo/duoAuthLog';
import { elbAccessLog } from './web/elbAccessLog';
import { entraDiagnosticJson } from './entra/entraDiagnosticJson';
import { entraSigninLogsCsv } from './entra/entraSigninLogsCsv';
import { entraSigninLogsJson } from './entra/entraSigninLogsJson';
import { fortigateEventLog } from './fortinet/fortigateEventLog';
import { fortigateTrafficLog } from './fortinet/fortigateTrafficLog';
import { gcpLoadBalancerLog } from './google/gcpLoadBalancerLog';
import { googleWorkspaceDownload } from './google/googleWorkspaceDownload';
import { googleWorkspaceLogin } from './google/googleWorkspaceLogin';
import { jumpcloudInsights } from './jumpcloud/jumpcloudInsights';
import { keycloakEvents } from './keycloak/keycloakEvents';
import { keycloakServerLog } from './keycloak/keycloakServerLog';
import { nginxAccessJson } from './web/nginxAccessJson';
import { o365FileDownload } from './o365/o365FileDownload';
import { o365SignIn } from './o365/o365SignIn';
import { iisNativeLog } from './web/iisNativeLog';
import { oktaSystemLog } from './okta/oktaSystemLog';
import { panosGlobalProtectLog } from './paloalto/panosGlobalProtectLog';
import { panosTrafficLog } from './paloalto/panosTrafficLog';
import { oktaSystemLogCsv } from './okta/oktaSystemLogCsv';
import { s3ServerAccessLog } from './web/s3ServerAccessLog';
import { squidAccessLog } from './web/squidAccessLog';
import { sshdSyslog } from './sshd/sshdSyslog';
import { sshdJournalJson } from './sshd/sshdJournalJson';
import { sshdWindowsEvtx } from './sshd/sshdWindowsEvtx';
import { sshdSyslogCsv } from './sshd/sshdSyslogCsv';
import { haproxyLog } from './web/haproxyLog';
import { traefikAccessJson } from './web/traefikAccessJson';
import { w3cExtendedLog } from './web/w3cExtendedLog';
import { windowsEventViewerCsv } from './windows/windowsEventViewerCsv';
import { windowsSecurityCsv } from './windows/windowsSecurityCsv';
import { windowsSecurityEvtx } from './windows/windowsSecurityEvtx';
import { windowsSecurityXml } from './windows/windowsSecurityXml';
import { windowsSecurityJson } from './windows/windowsSecurityJson';
import { zeekConnJson } from './web/zeekConnJson';
import { zeekConnTsv } from './web/zeekConnTsv';

/** Every access-log loader, most specific first; registered before the generic loaders. */
export const logLoaders: Loader[] = [
  sshdWindowsEvtx,
  windowsSecurityEvtx,
  windowsSecurityXml,
  entraDiagnosticJson,
  entraSigninLogsJson,
  entraSigninLogsCsv,
  commonSecurityLogCsv,
  w3cIisLogCsv,
  storageBlobLogsCsv,
  officeActivitySigninCsv,
  officeActivityDownloadCsv,
  defenderLogonEventsCsv,
  windowsSecurityJson,
  windowsSecurityCsv,
  windowsEventViewerCsv,
  oktaSystemLog,
  oktaSystemLogCsv,
  auth0Logs,
  duoAuthLog,
  keycloakEvents,
  keycloakServerLog,
  jumpcloudInsights,
  cloudTrailConsoleLogin,
  cloudTrailS3Transfer,
  o365SignIn,
  o365FileDownload,
  googleWorkspaceLogin,
  googleWorkspaceDownload,
  zeekConnJson,
  traefikAccessJson,
  caddyAccessJson,
  azureAppGatewayAccess,
  azureFrontDoorAccess,
  gcpLoadBalancerLog,
  cloudflareLogpushHttp,
  nginxAccessJson,
  zeekConnTsv,
  awsVpcFlowLog,
  sshdSyslog,
  sshdSyslogCsv,
  sshdJournalJson,
  fortigateEventLog,
  fortigateTrafficLog,
  panosTrafficLog,
  panosGlobalProtectLog,
  ciscoAsaAuth,
  s3ServerAccessLog,
  elbAccessLog,
  haproxyLog,
  squidAccessLog,
  iisNativeLog,
  w3cExtendedLog,
  combinedAccessLog,
];

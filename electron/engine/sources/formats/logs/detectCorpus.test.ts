import { describe, expect, it } from 'vitest';
import type { SourceKind } from '../../../../../shared/api/sourcesApi';
import { readHead } from '../../readHead';
import { logLoaders } from './logLoaders';
import { corpusFile } from '../../../testing/corpusFile';
import { containerWrappingOf } from './container/ContainerWrapping';
import { unwrapContainerHead } from './container/unwrapContainerHead';

/**
 * The access-log format that takes a file for a kind, or null (generic fallbacks registered after them are not consulted);
 * a container's output no format takes as it is, by its unwrapped head, as pickLoader judges it.
 */
function logFormatOf(file: string, kind: SourceKind): string | null {
  const head = readHead(file);
  const plain = logLoaders.find((l) => l.kind === kind && l.detect(head, file));
  const wrapping = plain ? null : containerWrappingOf(head);
  const inner = wrapping ? unwrapContainerHead(head, wrapping) : null;
  return (plain ?? (inner ? logLoaders.find((l) => l.kind === kind && l.readsContainerLogs === true && l.detect(inner, file)) : undefined))?.format ?? null;
}

/** Every corpus file with the access-log format each kind must detect, or null when no access-log family may take it. */
const expectations: Array<[string[], Record<Exclude<SourceKind, 'leak'>, string | null>]> = [
  [['azure_entra_signinlogs_json', 'test-signinlogs-raw.log'], { signin: 'entra-diagnostic-json', transfer: null }],
  [['okta_system_log_json', 'test-okta-system-events.log'], { signin: 'okta-system-log', transfer: null }],
  [['okta_system_log_csv', 'okta-system-log.csv'], { signin: 'okta-system-log-csv', transfer: null }],
  [['auth0_logs_json', 'auth0-log-stream.ndjson'], { signin: 'auth0-logs', transfer: null }],
  [['duo_auth_log_json', 'test-auth-head.log'], { signin: 'duo-auth-log', transfer: null }],
  [['jumpcloud_insights_json', 'directory-insights-events.json'], { signin: 'jumpcloud-directory-insights', transfer: null }],
  [['journald_sshd_json', 'journal-sshd.json'], { signin: 'sshd-journal-json', transfer: null }],
  [['fortigate_event_log', 'fortigate-event.log'], { signin: 'fortigate-event-log', transfer: 'fortigate-traffic-log' }],
  [['panos_traffic_log', 'panos-traffic.log'], { signin: 'panos-globalprotect-log', transfer: 'panos-traffic-log' }],
  [['panos_globalprotect_log', 'test-panw-panos-globalprotect-sample.log'], { signin: 'panos-globalprotect-log', transfer: 'panos-traffic-log' }],
  [['fortigate_traffic_log', 'fortigate-traffic.log'], { signin: 'fortigate-event-log', transfer: 'fortigate-traffic-log' }],
  [['keycloak_events_json', 'keycloak-events.json'], { signin: 'keycloak-events', transfer: null }],
  [['cisco_asa_syslog', 'asa-vpn.log'], { signin: 'cisco-asa-auth', transfer: null }],
  [['rhel_secure_log', 'secure-rhel7-head.log'], { signin: 'sshd-syslog', transfer: null }],
  [['windows_security_json', 'purplesharp_ad_playbook_I_2020-10-22042947.security-logon-subset.json'], { signin: 'windows-security-json', transfer: null }],
  [['windows_security_json_nxlog_rdp', 'rdp_interactive_taskmanager_lsass_dump_2020-09-22043748.security-logon-subset.json'], { signin: 'windows-security-json', transfer: null }],
  [['o365_management_activity_json', 'test-azuread-sts-logon-events.event-original.ndjson'], { signin: 'o365-ual-signin', transfer: 'o365-ual-download' }],
  [['aws_cloudtrail_json', 'test-console-login-json.log'], { signin: 'cloudtrail-consolelogin', transfer: 'cloudtrail-s3' }],
  [['aws_cloudtrail_hidden_user', 'console-login-hidden-user.ndjson'], { signin: 'cloudtrail-consolelogin', transfer: 'cloudtrail-s3' }],
  [['aws_cloudtrail_json', 'ec2_proxy_s3_exfiltration_2020-09-14011940.json'], { signin: 'cloudtrail-consolelogin', transfer: 'cloudtrail-s3' }],
  [['google_workspace_drive_json', 'test-drive.log'], { signin: 'gws-login', transfer: 'gws-drive-download' }],
  [['aws_s3_server_access_log', 'test-s3-server-access.log'], { signin: null, transfer: 's3-server-access-log' }],
  [['apache_access_combined', 'apache_logs'], { signin: null, transfer: 'combined-access-log' }],
  [['zeek_conn_log', 'NASHUA_conn.log'], { signin: null, transfer: 'zeek-conn-json' }],
  [['zeek_conn_tsv_lnav', 'logfile_bro_conn.log.0'], { signin: null, transfer: 'zeek-conn-tsv' }],
  [['haproxy_log_lnav', 'logfile_haproxy.0'], { signin: null, transfer: 'haproxy-log' }],
  [['haproxy_log_crowdsec', 'haproxy-logs.log'], { signin: null, transfer: 'haproxy-log' }],
  [['keycloak_server_log_crowdsec', 'keycloak-logs.log'], { signin: 'keycloak-server-log', transfer: null }],
  [['keycloak_server_log_crowdsec', 'keycloak-bf.log'], { signin: 'keycloak-server-log', transfer: null }],
  [['fortigate_event_log_crowdsec', 'fortinet-vpn-bf.log'], { signin: 'fortigate-event-log', transfer: 'fortigate-traffic-log' }],
  [['sshd_syslog_crowdsec', 'sshd-invalid-bf.log'], { signin: 'sshd-syslog', transfer: null }],
  [['sshd_syslog_crowdsec', 'sshd-logs.log'], { signin: 'sshd-syslog', transfer: null }],
  [['sshd_syslog_crowdsec', 'opnsense-sshd.log'], { signin: 'sshd-syslog', transfer: null }],
  [['windows_security_json_winlogbeat_ecs', 'security-windows2012r2-logon.ecs.ndjson'], { signin: 'windows-security-json', transfer: null }],
  [['windows_security_xml_crowdsec', 'windows-bf.log'], { signin: 'windows-security-xml', transfer: null }],
  [['windows_evtx_bad_string_cache', 'security_bad_string_cache-chunk0.evtx'], { signin: 'windows-security-evtx', transfer: null }],
  [['aws_s3_honeybucket_csv', 'AWS_S3_HoneyBucketLogs.csv'], { signin: null, transfer: null }],
  [['o365_exchange_admin_csv', 'demo_exchange_data.csv'], { signin: null, transfer: null }],
  [['windows_security_csv', 'host_logons.csv'], { signin: 'windows-security-csv', transfer: null }],
  [['windows_eventviewer_csv', 'Security-eventviewer.csv'], { signin: 'windows-eventviewer-csv', transfer: null }],
  [['windows_eventviewer_csv', 'Sicherheit-ereignisanzeige-de.csv'], { signin: 'windows-eventviewer-csv', transfer: null }],
  [['windows_eventviewer_csv', 'Securite-observateur-fr.csv'], { signin: 'windows-eventviewer-csv', transfer: null }],
  [['windows_eventviewer_csv', 'Seguridad-visor-es.csv'], { signin: 'windows-eventviewer-csv', transfer: null }],
  [['apache_access_vhost', 'test-access-vhost.log'], { signin: null, transfer: 'combined-access-log' }],
  [['nginx_access_host', 'test-test-with-host.log'], { signin: null, transfer: 'combined-access-log' }],
  [['nginx_access', 'test-access.log'], { signin: null, transfer: 'combined-access-log' }],
  [['apache_access_basic', 'test-access-basic.log'], { signin: null, transfer: 'combined-access-log' }],
  [['apache_access_plaso', 'apache_access.log'], { signin: null, transfer: 'combined-access-log' }],
  [['linux_auth_beats', 'test.log'], { signin: 'sshd-syslog', transfer: null }],
  [['linux_auth_integrations', 'test-auth.log'], { signin: 'sshd-syslog', transfer: null }],
  [['sshd_syslog_plaso', 'syslog_ssh.log'], { signin: 'sshd-syslog', transfer: null }],
  [['syslog_rfc5424_sshd', 'auth-rfc5424.log'], { signin: 'sshd-syslog', transfer: null }],
  [['windows_openssh_evtx_cc0', 'openssh-bruteforce-valid-user.evtx'], { signin: 'sshd-windows-evtx', transfer: null }],
  [['sentinel_syslog_csv', 'syslog_data.csv'], { signin: 'sshd-syslog-csv', transfer: null }],
  [['sentinel_entra_signin_tables_csv', 'AADNonInteractiveUserSignInLogs.csv'], { signin: 'entra-signinlogs-csv', transfer: null }],
  [['sentinel_entra_signin_tables_csv', 'AADServicePrincipalSignInLogs.csv'], { signin: 'entra-signinlogs-csv', transfer: null }],
  [['sentinel_entra_signin_tables_csv', 'AADManagedIdentitySignInLogs.csv'], { signin: 'entra-signinlogs-csv', transfer: null }],
  [['entra_graph_powershell_json', 'Get-MgAuditLogSignIn.json'], { signin: 'entra-signinlogs-json', transfer: null }],
  [['entra_signin_portal_csv', 'InteractiveSignIns_2025-03-04_2025-03-05.csv'], { signin: 'entra-signinlogs-csv', transfer: null }],
  [['entra_signin_portal_csv', 'ApplicationSignIns_2025-03-04_2025-03-05.csv'], { signin: 'entra-signinlogs-csv', transfer: null }],
  [['defender_logon_events_csv', 'DeviceLogonEvents.csv'], { signin: 'defender-logon-events-csv', transfer: null }],
  [['defender_logon_events_csv', 'IdentityLogonEvents.csv'], { signin: 'defender-logon-events-csv', transfer: null }],
  [['sentinel_commonsecuritylog_csv', 'SonicWall_Firewall-head.csv'], { signin: null, transfer: 'sentinel-commonsecuritylog-csv' }],
  [['sentinel_w3ciislog_csv', 'W3CIISLog.csv'], { signin: null, transfer: 'sentinel-w3ciislog-csv' }],
  [['sentinel_storagebloblogs_csv', 'StorageBlobLogs.csv'], { signin: null, transfer: 'sentinel-storagebloblogs-csv' }],
  [['sentinel_officeactivity_csv', 'OfficeActivity.csv'], { signin: 'sentinel-officeactivity-signin-csv', transfer: 'sentinel-officeactivity-download-csv' }],
  [['google_workspace_login_json', 'test-login.log'], { signin: 'gws-login', transfer: 'gws-drive-download' }],
  [['nginx_access_forwarded', 'test.log'], { signin: null, transfer: 'combined-access-log' }],
  [['nginx_access_beats', 'access.log'], { signin: null, transfer: 'combined-access-log' }],
  [['apache_access_beats', 'test.log'], { signin: null, transfer: 'combined-access-log' }],
  [['apache_access_beats', 'darwin-2.4.23.log'], { signin: null, transfer: 'combined-access-log' }],
  [['apache_access_beats', 'test-vhost.log'], { signin: null, transfer: 'combined-access-log' }],
  [['apache_ssl_request', 'test-access-ssl-request.log'], { signin: null, transfer: null }],
  [['zeek_conn_log', 'test-conn.log'], { signin: null, transfer: 'zeek-conn-json' }],
  [['azure_entra_signinlogs_json', 'test-signinlogs.log'], { signin: 'entra-diagnostic-json', transfer: null }],
  [['azure_entra_signinlogs_json', 'test-service-principal.log'], { signin: 'entra-diagnostic-json', transfer: null }],
  [['windows_evtx_cc0', 'kerbrute-user-enumeration.evtx'], { signin: 'windows-security-evtx', transfer: null }],
  [['windows_evtx_cc0', 'kerberos-bruteforce-nonexistent-users.evtx'], { signin: 'windows-security-evtx', transfer: null }],
  [['windows_evtx_cc0', 'runas-different-user.evtx'], { signin: 'windows-security-evtx', transfer: null }],
  [['aws_elb_access_log', 'aws_elb_access.log'], { signin: null, transfer: 'elb-access-log' }],
  [['haproxy_log', 'test-haproxy.log'], { signin: null, transfer: 'haproxy-log' }],
  [['haproxy_log', 'test-tcplog.log'], { signin: null, transfer: 'haproxy-log' }],
  [['haproxy_log', 'test-httplog-no-headers.log'], { signin: null, transfer: 'haproxy-log' }],
  [['azure_appgw_access_json', 'azure_application_gateway_access.json'], { signin: null, transfer: 'azure-appgw-access' }],
  [['azure_frontdoor_access_json', 'test-fdaccess.log'], { signin: null, transfer: 'azure-frontdoor-access' }],
  [['aws_cloudfront_log', 'test-cloudfront.log'], { signin: null, transfer: 'w3c-extended-log' }],
  [['aws_vpc_flow_log', 'vpc-flow-s3.log'], { signin: null, transfer: 'aws-vpc-flow-log' }],
  [['aws_vpc_flow_log', 'test-extra-samples.log'], { signin: null, transfer: 'aws-vpc-flow-log' }],
  [['gcp_loadbalancing_json', 'test-load-balancer.log'], { signin: null, transfer: 'gcp-loadbalancer-log' }],
  [['cloudflare_logpush_http', 'test-pipeline-http-request.log'], { signin: null, transfer: 'cloudflare-logpush-http' }],
  [['caddy_access_json_crowdsec', 'caddy-logs.log'], { signin: null, transfer: 'caddy-access-json' }],
  [['caddy_access_json_lnav', 'logfile_caddy_log.1'], { signin: null, transfer: 'caddy-access-json' }],
  [['caddy_access_json_lnav', 'logfile_caddy_log.0'], { signin: null, transfer: 'caddy-access-json' }],
  [['container_logs', 'nginx_compose_logs.txt'], { signin: null, transfer: 'combined-access-log' }],
  [['container_logs', 'nginx_docker_logs_timestamps.txt'], { signin: null, transfer: 'combined-access-log' }],
  [['container_logs', '7d1c5e0b9a3f42e6b8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3-json.log'], { signin: null, transfer: 'combined-access-log' }],
  [['nginx_access_json', 'observiq-access.json.log'], { signin: null, transfer: 'nginx-access-json' }],
  [['nginx_access_json', 'ayano-ngx-json.log'], { signin: null, transfer: 'nginx-access-json' }],
  [['squid_access_log', 'test-access-head.log'], { signin: null, transfer: 'squid-access-log' }],
  [['iis_native_log', 'iis-native.log'], { signin: null, transfer: 'iis-native-log' }],
  [['iis_w3c_log', 'iis6.log'], { signin: null, transfer: 'w3c-extended-log' }],
  [['iis_w3c_log', 'iis10_edge_cases.log'], { signin: null, transfer: 'w3c-extended-log' }],
  [['iis_w3c_log', 'iis_without_date.log'], { signin: null, transfer: 'w3c-extended-log' }],
  [['iis_w3c_log', 'access-full.log'], { signin: null, transfer: 'w3c-extended-log' }],
  [['iis_w3c_log', 'access-azure.log'], { signin: null, transfer: 'w3c-extended-log' }],
];

describe('access-log detection over the whole corpus', () => {
  it.each(expectations)('%j is taken by the right family only', (parts, byKind) => {
    const file = corpusFile(...parts);
    expect({ signin: logFormatOf(file, 'signin'), transfer: logFormatOf(file, 'transfer') }).toEqual(byKind);
  });
});

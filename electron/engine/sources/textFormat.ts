import { awsVpcFlowLog } from './formats/logs/aws/awsVpcFlowLog';
import { gcpLoadBalancerLog } from './formats/logs/google/gcpLoadBalancerLog';
import { azureFrontDoorAccess } from './formats/logs/web/azureFrontDoorAccess';
import { cloudflareLogpushHttp } from './formats/logs/web/cloudflareLogpushHttp';
import { commonSecurityLogCsv } from './formats/logs/sentinel/commonSecurityLogCsv';
import { storageBlobLogsCsv } from './formats/logs/sentinel/storageBlobLogsCsv';
import { w3cIisLogCsv } from './formats/logs/sentinel/w3cIisLogCsv';
import { eventViewerHeaderLanguage, eventViewerReadLanguages, isEventViewerCsv } from './formats/logs/windows/eventViewerCsvLanguages';

/** A text input of a kind Breachdesk does not read, recognised from its first lines: what it is, and what to do instead. */
export interface TextFormat {
  /** What the file is, as a phrase: `an Event Viewer CSV export (…)`. */
  what: string;
  /** What to do instead, as an instruction. */
  advice: string;
}

/** A W3C extended entry (IIS spaces, CloudFront tabs): date, time, then eight or more fields, one of them an HTTP method. */
const w3cEntry = /^\d{4}-\d{2}-\d{2}[ \t]\d{2}:\d{2}:\d{2}(?:[ \t]\S+){8,}$/;
const httpMethod = /[ \t](?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH|PROPFIND|CONNECT)[ \t]\S/;
/** A Squid access.log entry: epoch seconds with milliseconds, elapsed ms, client, then (native) code/status and bytes. */
const squidNative = /^\s*\d{9,10}\.\d{3}\s+-?\d+\s+\S+\s+[A-Z_]+\/\d{3}\s+\d+\s/;
/** The same start with the code/status a few fields later: a custom `logformat` (client port, byte counts…) in between. */
const squidCustom = /^\s*\d{9,10}\.\d{3}\s+-?\d+\s+\S+\s+(?:\S+\s+){1,4}[A-Z_]+\/\d{3}\s/;

/** Sentinel table exports and cloud logs read only as transfers, with what they hold: named when given as sign-ins, not offered for mapping. */
const transferOnlyFormats: Array<[{ detect(head: Buffer, file: string): boolean }, string]> = [
  [commonSecurityLogCsv, 'a Microsoft Sentinel CommonSecurityLog export (CEF from firewalls and proxies), whose records carry byte counts, not sign-in outcomes'],
  [w3cIisLogCsv, 'a Microsoft Sentinel W3CIISLog export (IIS requests), whose records carry byte counts, not sign-in outcomes'],
  [storageBlobLogsCsv, 'a Microsoft Sentinel StorageBlobLogs export (Azure Blob Storage requests), whose records carry byte counts, not sign-in outcomes'],
  [awsVpcFlowLog, 'an AWS VPC flow log, whose records carry the bytes between two addresses, not sign-in outcomes'],
  [gcpLoadBalancerLog, 'a Google Cloud load balancer log, whose requests carry byte counts, not sign-in outcomes'],
  [cloudflareLogpushHttp, 'a Cloudflare Logpush HTTP requests log, whose requests carry byte counts, not sign-in outcomes'],
  [azureFrontDoorAccess, 'an Azure Front Door / CDN access log, whose requests carry byte counts, not sign-in outcomes'],
];

/** A head decoded (UTF-16LE by its byte-order mark, else UTF-8), without a byte-order mark. */
function headText(head: Buffer): string {
  return head.toString(head[0] === 0xff && head[1] === 0xfe ? 'utf16le' : 'utf8').replace(/^\uFEFF/, '');
}

/** The first non-empty lines of a head, decoded. */
function headLines(head: Buffer): string[] {
  return headText(head).split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 30);
}

/**
 * Names the text exports analysts are handed that Breachdesk does not read (Windows event exports whose fields are only
 * in a localised message, Graph PowerShell sign-in exports whose Status is a type name, W3C entries cut from their #Fields directive, Sentinel tables of transfers and cloud transfer logs given as sign-ins, HAProxy, Squid, Cisco ASA and NLB logs, the Windows Firewall log),
 * or null. Each comes with the export Breachdesk does read.
 */
export function textFormat(head: Buffer): TextFormat | null {
  const lines = headLines(head);
  const first = lines[0] ?? '';
  if (isEventViewerCsv(head)) {
    const language = eventViewerHeaderLanguage(head);
    const read = `${eventViewerReadLanguages.slice(0, -1).join(', ')} and ${eventViewerReadLanguages.at(-1) ?? ''}`;
    const written = language !== null && !eventViewerReadLanguages.includes(language) ? `in ${language}` : `in a language Breachdesk does not read`;
    return {
      what: `an Event Viewer export (Level, Date and Time, Source, Event ID, Task Category) whose messages, where its account, address and status are, are ${written} (Breachdesk reads them in ${read})`,
      advice: 'save the events as .evtx instead (Event Viewer: Save All Events As, Event Files) or export them as XML (wevtutil qe Security /f:xml > security.xml), and load that',
    };
  }
  if (/^"Message","Id","Version"/.test(first)) {
    return {
      what: 'a PowerShell Get-WinEvent | Export-Csv export, whose event fields are only in its Message text (Properties holds a type name)',
      advice: 'export the events as XML instead (Get-WinEvent -LogName Security | ForEach-Object { $_.ToXml() } | Out-File security.xml) or as .evtx (wevtutil epl Security security.evtx), and load that',
    };
  }
  const table = transferOnlyFormats.find(([loader]) => loader.detect(head, ''));
  if (table) return { what: table[1], advice: 'load it as transfers (--transfer)' };
  const opening = lines.slice(0, 30).join('\n');
  if (/"TimeCreated"\s*:\s*"\\?\/Date\(\d+\)\\?\/"/.test(opening) && /"ProviderName"\s*:/.test(opening)) {
    return {
      what: 'a PowerShell Get-WinEvent | ConvertTo-Json export, whose event fields are only in its Message text or in Properties by position, without their names',
      advice: 'export the events as XML instead (Get-WinEvent -LogName Security | ForEach-Object { $_.ToXml() } | Out-File security.xml) or as .evtx (wevtutil epl Security security.evtx), and load that',
    };
  }
  if (/Microsoft\.Graph\.(?:Beta\.)?PowerShell\.Models\.MicrosoftGraphSignInStatus\b/.test(headText(head))) {
    return {
      what: 'a Microsoft Graph PowerShell sign-in export (Get-MgAuditLogSignIn) whose Status holds the type name Microsoft.Graph.PowerShell.Models.MicrosoftGraphSignInStatus, not the error code: Export-Csv, or ConvertTo-Json with too small a -Depth, writes each nested object as its type name, so whether each sign-in succeeded is lost',
      advice: 'export the sign-ins again as JSON (Get-MgAuditLogSignIn -All | ConvertTo-Json -Depth 5 | Out-File signins.json) and load that, or map a CSV that carries Status.ErrorCode in a column of its own with --map',
    };
  }
  if (/^Event\[\d+\]:$/.test(first.trim())) {
    return { what: 'a wevtutil text export (/f:text)', advice: 'export the events again as XML (wevtutil qe Security /f:xml > security.xml) or as .evtx (wevtutil epl Security security.evtx), and load that' };
  }
  if (lines.some((l) => /^#Software: Microsoft (Windows|Internet Connection) Firewall/.test(l))) {
    return { what: 'a Windows Firewall log (pfirewall.log): allowed and dropped packets, no sign-in and no request', advice: 'load the logs of the services behind it instead (Security events, web server logs)' };
  }
  const fields = lines.find((l) => l.startsWith('#Fields:'))?.slice('#Fields:'.length).trim().split(/\s+/) ?? [];
  if (fields.includes('cs-uri-stem') && !fields.includes('time')) {
    return {
      what: 'a W3C extended log whose #Fields directive names no time field, so its requests cannot be placed in time',
      advice: 'load a log written with the Time field logged (IIS logs it by default), or map a CSV of its requests with --map',
    };
  }
  const entries = lines.filter((l) => !l.startsWith('#'));
  if (!lines.some((l) => l.startsWith('#Fields:')) && entries.length > 0 && entries.filter((l) => w3cEntry.test(l) && httpMethod.test(l)).length * 2 > entries.length) {
    return {
      what: 'a file of W3C extended log entries (IIS, CloudFront) without the #Fields directive that names their fields',
      advice: 'load the original log file (u_ex*.log), whose #Fields line comes before its entries, or put that line back at the top',
    };
  }
  if (entries.some((l) => /\bhaproxy\[\d+\]: \S+:\d+ \[\d{2}\/[A-Za-z]{3}\/\d{4}:/.test(l))) {
    return { what: 'an HAProxy log', advice: 'load it as transfers (--transfer), which reads its requests and byte counts' };
  }
  if (entries.some((l) => squidNative.test(l))) {
    return { what: 'a Squid access log', advice: 'load it as transfers (--transfer), which reads its requests and byte counts per user or client' };
  }
  if (entries.some((l) => squidCustom.test(l))) {
    return {
      what: 'a Squid access log written with a custom logformat, its fields not in the native order',
      advice: 'load a log written in the native format (logformat squid, the default) or the combined one, which Breachdesk reads, or map a CSV of its fields with --map',
    };
  }
  if (entries.some((l) => /%(?:ASA|FTD)-[0-7]-\d{6}: /.test(l))) {
    return { what: 'a Cisco ASA / FTD syslog, whose connection byte counts Breachdesk does not read', advice: 'load it as sign-ins (--signin), which reads its VPN sign-ins and AAA rejections' };
  }
  if (/^tls \d+\.\d+ \d{4}-\d{2}-\d{2}T/.test(first)) {
    return {
      what: 'an AWS Network Load Balancer TLS log, which records connections, not requests or users',
      advice: "load the access logs of the targets behind it, or an Application Load Balancer's access logs, which Breachdesk reads",
    };
  }
  return null;
}

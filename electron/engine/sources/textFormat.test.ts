import { describe, expect, it } from 'vitest';
import { withTempCase, writeInput } from '../testing/withTempCase';

const message4625 = 'An account failed to log on.\r\n\r\nAccount For Which Logon Failed:\r\n\tAccount Name:\t\talice\r\n\r\nNetwork Information:\r\n\tSource Network Address:\t203.0.113.5';

// Each input below has the shape of a real export of its kind (header and first lines as the tool writes them).
const inputs: Array<[string, 'signin' | 'transfer', string, RegExp]> = [
  [
    'eventviewer.csv',
    'signin',
    // In Italian: English, German, French and Spanish messages are read (windowsEventViewerCsv*.test.ts), the others named.
    `Livello,Data e ora,Origine,ID evento,Categoria attività\r\nInformazioni,06/12/2026 10:41:00,Microsoft-Windows-Security-Auditing,4625,Accesso,"Impossibile accedere con un account.\r\n\r\nNome account:\t\talice"\r\n`,
    /eventviewer\.csv line 1: is an Event Viewer export .*are in Italian \(Breachdesk reads them in English, German, French and Spanish\).* It is not a signin format Breachdesk reads: save the events as \.evtx instead .*wevtutil qe Security \/f:xml/,
  ],
  [
    'getwinevent.csv',
    'signin',
    `"Message","Id","Version","Qualifiers","Level","Task","Opcode","Keywords","RecordId","ProviderName","ProviderId","LogName","ProcessId","ThreadId","MachineName","UserId","TimeCreated","ActivityId","RelatedActivityId","ContainerLog","MatchedQueryIds","Bookmark","LevelDisplayName","OpcodeDisplayName","TaskDisplayName","KeywordsDisplayNames","Properties"\r\n"${message4625}","4625","0",,"0","12544","0","-9218868437227405312","101","Microsoft-Windows-Security-Auditing","54849625-5478-4994-a5ba-3e3b0328c30d","Security","652","1428","DC1",,"12/6/2026 10:41:00 AM",,,"Security","System.UInt32[]","x","Information","Info","Logon","y","z"\r\n`,
    /getwinevent\.csv line 1: is a PowerShell Get-WinEvent \| Export-Csv export.*ToXml\(\)/,
  ],
  [
    'getwinevent.json',
    'signin',
    `[\r\n    {\r\n        "Id":  4625,\r\n        "Version":  0,\r\n        "RecordId":  101,\r\n        "ProviderName":  "Microsoft-Windows-Security-Auditing",\r\n        "LogName":  "Security",\r\n        "MachineName":  "DC1",\r\n        "TimeCreated":  "\\/Date(1765017660000)\\/",\r\n        "Properties":  [\r\n                           "System.Diagnostics.Eventing.Reader.EventProperty"\r\n                       ],\r\n        "Message":  ${JSON.stringify(message4625)}\r\n    }\r\n]\r\n`,
    /getwinevent\.json line 1: is a PowerShell Get-WinEvent \| ConvertTo-Json export.*ToXml\(\)/,
  ],
  ['events.txt', 'signin', 'Event[0]:\r\n  Log Name: Security\r\n  Event ID: 4625\r\n', /events\.txt line 1: is a wevtutil text export \(\/f:text\).*\/f:xml/],
  [
    'pfirewall.log',
    'transfer',
    '#Version: 1.5\r\n#Software: Microsoft Windows Firewall\r\n#Time Format: Local\r\n#Fields: date time action protocol src-ip dst-ip src-port dst-port size\r\n2024-03-01 10:00:00 ALLOW TCP 10.0.0.5 10.0.0.1 50000 443 0\r\n',
    /pfirewall\.log line 1: is a Windows Firewall log/,
  ],
  [
    'ex031118.log',
    'transfer',
    '#Software: Microsoft Internet Information Services 5.0\r\n#Version: 1.0\r\n#Date: 2003-11-18 00:28:33\r\n#Fields: date c-ip cs-uri-stem cs-bytes\r\n2003-11-18 192.168.1.101 /Default.htm 100\r\n',
    /ex031118\.log line 1: is a W3C extended log whose #Fields directive names no time field/,
  ],
  [
    'pf040903.log',
    'transfer',
    '#Verson: 1.0\r\n#Software: Microsoft Internet Connection Firewall\r\n#Time Format: Local\r\n#Fields: date time action protocol src-ip dst-ip src-port dst-port size\r\n\r\n2004-09-03 07:11:54 OPEN UDP 192.168.1.103 192.168.1.108 1026 53 -\r\n',
    /pf040903\.log line 1: is a Windows Firewall log/,
  ],
  [
    'iis-no-fields.log',
    'transfer',
    '2018-01-01 08:09:10 127.0.0.1 GET / q=100 80 - 203.0.113.13 Mozilla/5.0 - 200 0 0 123\n2018-01-01 09:10:11 W3SVC1 GET / - 80 - 127.0.0.1 Mozilla/5.0 - - example.com 200 0 0 123 456 789\n',
    /iis-no-fields\.log line 1: is a file of W3C extended log entries \(IIS, CloudFront\) without the #Fields directive.*put that line back at the top/,
  ],
  [
    'haproxy.log',
    'signin',
    'Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317 [06/Feb/2009:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 2750 - - ---- 1/1/1/1/0 0/0 {1wt.eu} {} "GET /index.html HTTP/1.1"\n',
    /haproxy\.log line 1: is an HAProxy log\. It is not a signin format Breachdesk reads: load it as transfers/,
  ],
  [
    'vpc-flow.log',
    'signin',
    'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n2 123456789010 eni-1235b8ca123456789 10.0.1.5 198.51.100.7 49152 443 6 1200 1048576 1765000000 1765000060 ACCEPT OK\n',
    /vpc-flow\.log line 1: is an AWS VPC flow log.* It is not a signin format Breachdesk reads: load it as transfers/,
  ],
  [
    'logpush.json',
    'signin',
    '{"ClientIP":"198.51.100.4","EdgeResponseBytes":2048,"EdgeStartTimestamp":1653485126000000000}\n',
    /logpush\.json line 1: is a Cloudflare Logpush HTTP requests log.* load it as transfers/,
  ],
  [
    'squid.log',
    'signin',
    '1717401600.120    210 192.0.2.44 TCP_MISS/200 5120 GET http://www.example.com/ alice HIER_DIRECT/203.0.113.80 text/html\n',
    /squid\.log line 1: is a Squid access log\. It is not a signin format Breachdesk reads: load it as transfers/,
  ],
  [
    'squid-custom.log',
    'transfer',
    '1717401600.120    210 192.0.2.44 51234 TCP_MISS/200 5120 180 320 GET http://www.example.com/ 1.1 alice HIER_DIRECT/203.0.113.80 80 text/html "-" "curl/8.5.0"\n',
    /squid-custom\.log line 1: is a Squid access log written with a custom logformat.*logformat squid/,
  ],
  [
    'nlb.log',
    'transfer',
    'tls 2.0 2018-12-20T02:59:40 net/my-nlb/c6e77e28c25b2234 g3d4b5e8bb8464cd 192.0.2.39:2817 10.0.0.1:80 5 2 98 246 - arn - ECDHE-RSA-AES128-SHA tlsv12 - host - - - 2018-12-20T02:59:30\n',
    /nlb\.log line 1: is an AWS Network Load Balancer TLS log/,
  ],
];

describe('text exports Breachdesk does not read are named, with the export to make instead', () => {
  it.each(inputs)('%s (%s)', async (name, kind, text, message) => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, name, text);
      await expect(engine.service.addSource({ path: file, kind })).rejects.toThrow(message);
      await expect(engine.service.detectSource({ path: file, kind })).rejects.toThrow(message);
    });
  });

  it('still offers an unknown headed CSV for column mapping, and leaves a generic one to the format list', async () => {
    await withTempCase(async (engine, { work }) => {
      const csv = writeInput(work, 'logins.csv', 'when,who,from,outcome\n2024-03-01T10:00:00Z,alice,203.0.113.5,ok\n');
      expect((await engine.service.detectSource({ path: csv, kind: 'signin' })).format).toBe('mapped-csv-signin');
      const text = writeInput(work, 'app.log', '2024-03-01 10:00:00 INFO starting the application server with eight worker threads now\n');
      await expect(engine.service.addSource({ path: text, kind: 'transfer' })).rejects.toThrow(/app\.log line 1: not a recognised transfer format; expected/);
    });
  });
});

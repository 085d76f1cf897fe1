import { showIp } from './showIp';
import { showUser } from './showUser';

const ipv4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const email = /[^\s,;:()<>"']+@[^\s,;:()<>"']+\.[A-Za-z]{2,}/g;

/** Masks the named users and IPs, and any other IPv4 or e-mail address, inside free text unless revealed. */
export function maskText(text: string, revealed: boolean, users: string[] = [], ips: string[] = []): string {
  if (revealed) return text;
  const known = [...users.map((u) => [u, showUser(u, false)]), ...ips.map((ip) => [ip, showIp(ip, false)])]
    .filter(([raw]) => raw)
    .sort((a, b) => (b[0] as string).length - (a[0] as string).length);
  let out = text;
  for (const [raw, masked] of known) out = out.split(raw as string).join(masked as string);
  return out.replace(email, (m) => showUser(m, false)).replace(ipv4, (m) => showIp(m, false));
}

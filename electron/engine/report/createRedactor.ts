import { maskValue } from '../../../shared/mask/maskValue';

/** Masks personal values in report content: accounts always, IPs unless they are attack sources. */
export interface Redactor {
  user(v: string | null): string | null;
  ip(v: string | null): string | null;
  text(v: string): string;
  deep<T>(v: T): T;
}

const emailRe = /[^\s@"'<>(),;:[\]]+@[^\s@"'<>(),;:[\]]+\.[A-Za-z]{2,}/g;
const ipv4Re = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;

/** A redactor for the given account names and attack-source IPs; with `reveal` it changes nothing. */
export function createRedactor(reveal: boolean, users: Iterable<string>, attackIps: Iterable<string>): Redactor {
  const attackers = new Set(attackIps);
  const known = [...new Set(users)].filter((u) => u.length >= 3).sort((a, b) => b.length - a.length);
  const user = (v: string | null): string | null => (reveal || v === null ? v : maskValue(v, v.includes('@') ? 'email' : 'initial'));
  const ip = (v: string | null): string | null => (reveal || v === null || attackers.has(v) ? v : maskValue(v, 'ip'));
  const text = (v: string): string => {
    if (reveal) return v;
    let out = v;
    for (const u of known) out = out.split(u).join(user(u) ?? '');
    return out.replace(emailRe, (m) => user(m) ?? '').replace(ipv4Re, (m) => ip(m) ?? '');
  };
  const deep = <T>(v: T): T => {
    if (reveal) return v;
    if (typeof v === 'string') return text(v) as T;
    if (Array.isArray(v)) return v.map((x) => deep(x)) as T;
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)])) as T;
    return v;
  };
  return { user, ip, text, deep };
}

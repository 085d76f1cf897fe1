import { formatUtc } from '../ui/formatUtc';
import { showIp } from '../ui/showIp';
import { showUser } from '../ui/showUser';
import type { SigninDrill } from './SigninDrill';

/** Describes a drill-down's filters in words, with the account and IP as the engine showed them. */
export function drillLabel(d: SigninDrill): string {
  const parts = [d.origin];
  if (d.ip !== undefined) parts.push(`source ${showIp(d.ip)}`);
  if (d.user !== undefined) parts.push(`account ${showUser(d.user)}`);
  if (d.from || d.to) parts.push(`${formatUtc(d.from)} → ${formatUtc(d.shownTo ?? d.to)} UTC`);
  if (d.failedOnly) parts.push('failed only');
  return parts.join(' · ');
}

import type { Resident } from './benignTraffic';
import type { Rng } from './Rng';
import type { ScenarioParams } from './ScenarioParams';
import type { ScenarioTruth } from './ScenarioTruth';
import type { ScenarioWriter } from './ScenarioWriter';
import { cgnatIp, day, hour, minute, mobileAgents } from './tenant';

/** The new phone's user agent: an operating system release none of the everyday agents has. */
const newPhoneAgent = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

/**
 * A new phone: 30 accounts with a second factor, each on a weekday evening of its own after the first third of the logs,
 * sign in on a new phone where they are in the evening (at home, a phone user anywhere on the carrier NAT) with the
 * right password while the authenticator is still registered to the old one: two to six prompts time out or are
 * rejected over 5–20 minutes, then the re-registered app approves and the sign-in completes from the same address.
 * Why: a burst of denied second-factor prompts from an address the account has not used yet, then a success from it,
 * is exactly what MFA fatigue looks like (docs/detection-scenarios.md).
 */
export function phoneReinstall(w: ScenarioWriter, r: Rng, p: ScenarioParams, t: ScenarioTruth, residents: Resident[], start: number): void {
  const first = Math.floor(p.days / 3) + 1;
  const group = r.shuffle(residents.filter((x) => x.mfa)).slice(0, 30);
  for (const x of group) {
    let d = r.int(first, p.days - 1);
    while (d % 7 >= 5 && d > first) d--;
    const ip = x.habit === 'mobile' ? cgnatIp(r.int(0, p.cgnatAddresses - 1)) : x.home;
    let ts = start + d * day + r.int(19, 21) * hour + r.int(0, 59) * minute;
    const ua = x.habit === 'mobile' ? r.pick(mobileAgents.filter((a) => a !== x.ua)) : newPhoneAgent;
    const prompts = r.int(2, 6);
    const every = Math.floor((r.int(5, 20) * minute) / prompts);
    for (let k = 0; k < prompts; k++, ts += every) w.fail(ts, x.user, ip, ua, k === 0 || r.chance(0.3) ? 'mfa_required' : 'mfa_denied');
    w.ok(ts + r.int(30, 120) * 1000, x.user, ip, ua);
    t.phenomena.phone_reinstall.accounts.add(x.user);
    t.phenomena.phone_reinstall.sources.add(ip);
  }
}

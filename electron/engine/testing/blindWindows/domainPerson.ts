import type { Rng } from '../scenarios/Rng';

/** How a person works: at a desk in the office, on a laptop from home over the VPN, or through Citrix from home. */
export type DomainRole = 'desk' | 'laptop' | 'citrix';

/** One account holder: the sAMAccountName, the workstation (name, office address), how they work, their phone. */
export interface DomainPerson {
  user: string;
  role: DomainRole;
  workstation: string;
  wsIp: string;
  /** A phone whose mail app validates the password through Exchange ActiveSync (an NTLM check on the DC from EXCH01). */
  phone: boolean;
  /** Signs in to cloud apps through ADFS (a Kerberos check on the DC from ADFS01) on some days. */
  cloud: boolean;
}

const first = ['anna', 'ben', 'carla', 'david', 'elena', 'felix', 'greta', 'hugo', 'ines', 'jonas', 'katrin', 'lukas', 'marta', 'nils', 'olga', 'paul', 'quentin', 'rosa', 'stefan', 'tanja', 'uwe', 'vera', 'walter', 'xenia', 'yusuf', 'zoe', 'amir', 'birgit', 'claus', 'doris', 'emil', 'frieda', 'georg', 'hanna', 'igor', 'julia', 'karl', 'lea', 'max', 'nina', 'oskar', 'petra', 'ralf', 'sara', 'tim', 'ute', 'viktor', 'wanda'];
const last = ['keller', 'meyer', 'schulz', 'wagner', 'becker', 'hoffmann', 'koch', 'richter', 'klein', 'wolf', 'neumann', 'schwarz', 'zimmermann', 'braun', 'krueger', 'hofmann', 'hartmann', 'lange', 'schmitt', 'werner', 'krause', 'meier', 'lehmann', 'schmid', 'schulze', 'maier', 'koehler', 'herrmann', 'koenig', 'walter', 'mayer', 'huber', 'kaiser', 'fuchs', 'peters', 'lang', 'scholz', 'moeller', 'weiss', 'jung', 'hahn', 'schubert', 'vogel', 'friedrich', 'keller', 'guenther', 'frank', 'berger'];

/** Draws `n` people with unique first.last names (a digit added on a clash), workstations WS-0001… on 10.20.0.0/16. */
export function drawPeople(r: Rng, n: number): DomainPerson[] {
  const taken = new Set<string>();
  return Array.from({ length: n }, (_, k) => {
    const base = `${r.pick(first)}.${r.pick(last)}`;
    let user = base;
    for (let i = 2; taken.has(user); i++) user = `${base}${i}`;
    taken.add(user);
    const u = r.real();
    return {
      user,
      role: u < 0.6 ? 'desk' : u < 0.85 ? 'laptop' : 'citrix',
      workstation: `${u < 0.6 ? 'WS' : 'LT'}-${String(k + 1).padStart(4, '0')}`,
      wsIp: `10.20.${Math.floor(k / 250) + 1}.${(k % 250) + 2}`,
      phone: r.chance(0.45),
      cloud: r.chance(0.5),
    };
  });
}

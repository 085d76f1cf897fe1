import type { Confidence } from '../../../../shared/api/findingEvidence';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import type { Engine } from '../../createEngine';
import { accountClasses, sourceClasses, type AccountClass, type ScenarioTruth, type SourceClass } from './ScenarioTruth';

/** Precision and recall of one class, with the counts behind them. */
export interface ClassScore {
  cls: string;
  on: 'accounts' | 'sources';
  truth: number;
  predicted: number;
  hit: number;
  precision: number;
  recall: number;
}

/** Which stored findings name the members of a class: by kind, campaign shape and (for takeovers) confidence. */
function belongs(f: FindingDto, cls: AccountClass | SourceClass): boolean {
  const shape = f.evidence.shape;
  switch (cls) {
    case 'proxy_stuffing':
      return f.kind === 'credential_stuffing' && shape === 'distributed';
    case 'single_stuffing':
      return f.kind === 'credential_stuffing' && shape === 'single_source';
    case 'spray':
      return f.kind === 'password_spray';
    case 'brute_force':
      return f.kind === 'brute_force';
    case 'takeover':
      return f.kind === 'account_takeover' && (['high', 'medium'] as Confidence[]).includes(f.evidence.confidence as Confidence);
    case 'credential_valid':
      return f.kind === 'credential_valid';
    case 'mfa_fatigue':
      return f.kind === 'mfa_fatigue';
  }
}

/** Every member of a stored finding, read through the paged Api until its total. */
export async function members(engine: Engine, id: string, on: 'accounts' | 'sources'): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    const page =
      on === 'accounts'
        ? (await engine.service.findingAccounts({ id, offset: out.length, limit: 1000 })).rows.map((r) => r.user)
        : (await engine.service.findingSources({ id, offset: out.length, limit: 1000 })).rows.map((r) => r.ip);
    out.push(...page.map((x) => x ?? ''));
    if (page.length < 1000) return out;
  }
}

/** Every stored finding, read through the paged Api. */
export async function allFindings(engine: Engine): Promise<FindingDto[]> {
  const all: FindingDto[] = [];
  for (;;) {
    const page = await engine.service.listFindings({ offset: all.length, limit: 1000 });
    all.push(...page.rows);
    if (all.length >= page.total) return all;
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** Scores the stored findings of a case against the generator's truth, per class, on accounts and on sources (members only a labelled pen test touched count neither way: finding it is expected). */
export async function scoreFindings(engine: Engine, truth: ScenarioTruth): Promise<ClassScore[]> {
  const all = await allFindings(engine);
  const scores: ClassScore[] = [];
  const score = async (cls: AccountClass | SourceClass, on: 'accounts' | 'sources', want: Set<string>) => {
    const got = new Set<string>();
    const pentest = truth.phenomena.pentest[on];
    for (const f of all.filter((x) => belongs(x, cls))) for (const m of await members(engine, f.id, on)) if (!pentest.has(m) || want.has(m)) got.add(m);
    const hit = [...got].filter((x) => want.has(x)).length;
    scores.push({ cls, on, truth: want.size, predicted: got.size, hit, precision: ratio(hit, got.size), recall: ratio(hit, want.size) });
  };
  for (const cls of accountClasses) await score(cls, 'accounts', truth.accounts[cls]);
  for (const cls of sourceClasses) await score(cls, 'sources', truth.sources[cls]);
  return scores;
}

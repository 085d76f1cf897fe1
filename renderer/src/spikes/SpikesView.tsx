import { useEffect, useRef, useState } from 'react';
import { RevealToggle } from '../ui/RevealToggle';
import { ScreenHeader } from '../ui/ScreenHeader';
import { RevealableScreen, type RevealProps } from '../ui/RevealableScreen';
import { CampaignsPanel } from '../findings/campaign/CampaignsPanel';
import { OutcomesPanel } from '../findings/campaign/OutcomesPanel';
import { useAccountsAtRisk } from '../findings/useAccountsAtRisk';
import { drillForFinding } from './drillForFinding';
import { ExposurePanel } from './ExposurePanel';
import { ReferenceRulePanel } from './ReferenceRulePanel';
import type { SigninDrill } from './SigninDrill';
import { SigninEventsPanel } from './SigninEventsPanel';
import { SigninSeriesPanel } from './SigninSeriesPanel';
import type { TimeRange } from './TimeRange';
import { TopPanels } from './TopPanels';

/** Drills made from the chart's range (a bar, a top source or account): a zoom moves the range they were read in. */
const rangeDrills: ReadonlySet<SigninDrill['origin']> = new Set(['Bar', 'Source', 'Account']);

/** The Login spikes screen: sign-ins over time with zoom, top sources and accounts, the stored credential campaigns and what they achieved per account, leaked accounts in the logs, the reference rule, and the events behind any of them. */
export function SpikesView() {
  return <RevealableScreen view="signin" body={(r) => <SpikesViewBody {...r} />} />;
}

/** The screen itself, inside its reveal scope so every read it makes follows the switch. */
function SpikesViewBody({ revealed, setRevealed }: RevealProps) {
  const [range, setRange] = useState<TimeRange>({});
  const [drill, setDrill] = useState<SigninDrill | null>(null);
  const risk = useAccountsAtRisk();
  const [runs, setRuns] = useState(0);
  const reloadFindings = () => {
    setRuns((n) => n + 1);
    risk.reload();
  };
  const eventsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (drill) eventsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [drill]);
  return (
    <div className="stack" data-testid="spikes-view">
      <ScreenHeader title="Login spikes" hint="Credential attacks against the sign-in logs. Times in UTC.">
        <RevealToggle revealed={revealed} onChange={setRevealed} />
      </ScreenHeader>
      <SigninSeriesPanel
        range={range}
        onZoom={(r) => {
          setRange(r);
          // Events of a bar or top entry of the old range would sit under a chart that no longer shows them.
          setDrill((d) => (d && rangeDrills.has(d.origin) ? null : d));
        }}
        onPick={(from, to) => setDrill({ origin: 'Bar', from, to, failedOnly: false })} />
      <div ref={eventsRef}>{drill && <SigninEventsPanel key={JSON.stringify(drill)} drill={drill} onClose={() => setDrill(null)} />}</div>
      <TopPanels
        range={range}
        onSource={(r) => r.ip !== null && setDrill({ origin: 'Source', ip: r.ip, ...range, failedOnly: false })}
        onAccount={(r) => r.user !== null && setDrill({ origin: 'Account', user: r.user, ...range, failedOnly: false })}
      />
      <CampaignsPanel key={`campaigns-${runs}`} revealed={revealed} onRun={reloadFindings} onPick={(f) => setDrill(drillForFinding(f))} />
      <OutcomesPanel key={`outcomes-${runs}`} revealed={revealed} risk={risk.data} error={risk.error} onPick={(f) => setDrill(drillForFinding(f))} />
      <ExposurePanel onPick={(a) => setDrill({ origin: 'Leaked account', user: a.user, from: a.firstAttempt, failedOnly: false })} />
      <ReferenceRulePanel
        onPick={(r, binMinutes) =>
          setDrill({
            origin: 'Reference rule',
            ip: r.ip ?? undefined,
            user: r.user ?? undefined,
            from: r.bin,
            to: new Date(Date.parse(r.bin) + binMinutes * 60_000).toISOString(),
            failedOnly: true,
          })
        }
      />
    </div>
  );
}

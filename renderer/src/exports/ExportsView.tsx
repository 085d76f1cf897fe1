import { useEffect, useRef, useState } from 'react';
import type { ExportParams } from '../../../shared/api/detectParams';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';
import { RevealToggle } from '../ui/RevealToggle';
import { ScreenHeader } from '../ui/ScreenHeader';
import { RevealableScreen, type RevealProps } from '../ui/RevealableScreen';
import { BaselineTable } from './BaselineTable';
import { compareMethods } from './compareMethods';
import { ComparisonPanel } from './ComparisonPanel';
import type { ExportDrill } from './ExportDrill';
import { exportDefaults } from './exportDefaults';
import { ExportParamsForm } from './ExportParamsForm';
import { ExportVolumePanel } from './ExportVolumePanel';
import { ReferenceTable } from './ReferenceTable';
import { UserHourPanel } from './UserHourPanel';

const sample = 500;

/** The Export volumes screen: volume over time with the threshold, both methods side by side with what each flags, top users, and drill-down to a user's hours and events. */
export function ExportsView() {
  return <RevealableScreen view="transfer" body={(r) => <ExportsViewBody {...r} />} />;
}

/** The screen itself, inside its reveal scope so every read it makes follows the switch. */
function ExportsViewBody({ revealed, setRevealed }: RevealProps) {
  const [params, setParams] = useState<ExportParams>(exportDefaults);
  const [drill, setDrill] = useState<ExportDrill | null>(null);
  const drillRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (drill) drillRef.current?.scrollIntoView({ block: 'nearest' });
  }, [drill]);
  const buckets = useQuery('transferPerHour', { maxBuckets: 720 }, 'buckets');
  const refArg = { params, offset: 0, limit: sample };
  const ref = useQuery('exportReference', refArg, JSON.stringify(refArg));
  const base = useQuery('exportBaseline', refArg, JSON.stringify(refArg));
  const refRows = ref.data?.rows ?? [];
  const baseRows = base.data?.rows ?? [];
  const key = JSON.stringify(params);
  const pickBucket = (bucket: string) => {
    const t = Date.parse(bucket);
    const next = buckets.data?.map((b) => Date.parse(b.bucket)).find((x) => x > t) ?? Infinity;
    const inBucket = [...refRows, ...baseRows].filter((r) => Date.parse(r.hour) >= t && Date.parse(r.hour) < next && r.user !== null);
    const hit = inBucket.sort((a, b) => b.bytes - a.bytes)[0];
    if (hit?.user) setDrill({ user: hit.user, hour: hit.hour, origin: 'chart' });
  };
  return (
    <div className="stack" data-testid="exports-view">
      <ScreenHeader title="Export volumes" hint="Bulk data leaving the organisation, per user and UTC hour.">
        <RevealToggle revealed={revealed} onChange={setRevealed} />
      </ScreenHeader>
      <ErrorNote message={buckets.error ?? ref.error ?? base.error} />
      <ExportVolumePanel
        buckets={buckets.data ?? []}
        stats={ref.data?.stats ?? []}
        zLimit={params.reference.zLimit}
        reference={{ rows: refRows, total: ref.data?.total ?? 0 }}
        baseline={{ rows: baseRows, total: base.data?.total ?? 0 }}
        onPick={pickBucket}
      />
      <div ref={drillRef}>{drill && <UserHourPanel key={JSON.stringify(drill)} drill={drill} revealed={revealed} onClose={() => setDrill(null)} />}</div>
      {ref.data && base.data && (
        <ComparisonPanel
          cmp={compareMethods(refRows, baseRows)}
          partial={ref.data.total > sample || base.data.total > sample}
          onPick={(user, hour) => setDrill({ user, hour, origin: 'top users' })}
        />
      )}
      <Panel title="Parameters of both methods" testId="export-params-panel">
        <ExportParamsForm params={params} onChange={setParams} />
      </Panel>
      <div className="grid-2">
        <ReferenceTable key={`r${key}`} params={params} revealed={revealed} onPick={(r) => r.user !== null && setDrill({ user: r.user, hour: r.hour, origin: 'reference z-score' })} />
        <BaselineTable key={`b${key}`} params={params} revealed={revealed} onPick={(r) => r.user !== null && setDrill({ user: r.user, hour: r.hour, origin: 'per-user baseline' })} />
      </div>
    </div>
  );
}

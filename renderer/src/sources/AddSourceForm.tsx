import { useState } from 'react';
import type { JobDto } from '../../../shared/api/jobsApi';
import { sourceKinds, type DetectionDto, type SourceDto, type SourceKind } from '../../../shared/api/sourcesApi';
import { call } from '../api/client';
import { electronHost } from '../api/hostBridge';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../../../shared/format/formatCount';
import { formatCountOf } from '../ui/format';
import { DetectionPreview } from './DetectionPreview';
import { DropZone } from './DropZone';
import { JobProgress } from './JobProgress';
import { PresetBar } from './PresetBar';
import { useJob } from './useJob';

/** Adds an input file: detect its format and mapping, let the analyst adjust, load in the background. */
export function AddSourceForm({ onAdded }: { onAdded: (s: SourceDto) => void }) {
  const [path, setPath] = useState('');
  const [kind, setKind] = useState<SourceKind>('transfer');
  const [detection, setDetection] = useState<DetectionDto | null>(null);
  const [format, setFormat] = useState('');
  const [options, setOptions] = useState<Record<string, string>>({});
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<SourceDto | null>(null);
  const [refused, setRefused] = useState<JobDto['refused']>(null);
  const host = electronHost();
  const job = useJob(jobId, (j: JobDto) => {
    setJobId(null);
    if (j.state === 'done' && j.source) {
      setLast(j.source);
      setDetection(null);
      setPath('');
      onAdded(j.source);
    } else {
      setError(j.error);
      setRefused(j.refused);
    }
  });
  const detect = async () => {
    setError(null);
    setRefused(null);
    setDetection(null);
    setLast(null);
    try {
      const d = await call('detectSource', { path: path.trim(), kind });
      setDetection(d);
      setFormat(d.format);
      setOptions(d.defaults);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const load = async (keepMalformed = false) => {
    setError(null);
    setRefused(null);
    try {
      const cleaned = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== ''));
      const j = await call('startIngest', { path: path.trim(), kind, format, options: cleaned, ...(keepMalformed ? { maxRejectShare: 1 } : {}) });
      setJobId(j.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const running = job?.state === 'running' || jobId !== null;
  return (
    <div>
      <DropZone onPath={(p) => setPath(p)} />
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void detect();
        }}
      >
        <select aria-label="Kind" data-testid="source-kind" value={kind} onChange={(e) => { setKind(e.target.value as SourceKind); setDetection(null); }}>
          {sourceKinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <input
          aria-label="Input file"
          data-testid="source-path"
          placeholder="/path/to/evidence-file"
          value={path}
          onChange={(e) => {
            setPath(e.target.value);
            setDetection(null);
          }}
        />
        {host && (
          <button type="button" onClick={() => void host.chooseFiles().then((f) => f[0] && setPath(f[0]))}>
            Browse…
          </button>
        )}
        <button type="submit" data-testid="source-detect" disabled={running || !path.trim()}>
          Detect
        </button>
      </form>
      {detection && (
        <>
          <DetectionPreview detection={detection} format={format} onFormat={setFormat} options={options} onOption={(k, v) => setOptions({ ...options, [k]: v })} />
          <PresetBar
            kind={kind}
            format={format}
            options={options}
            onApply={(p) => {
              setFormat(p.format);
              setOptions(Object.fromEntries(Object.entries(p.options).map(([k, v]) => [k, String(v)])));
            }}
          />
          <button data-testid="source-add" disabled={running} onClick={() => void load()}>
            Load into case
          </button>
        </>
      )}
      {job && job.state === 'running' && <JobProgress job={job} onCancel={() => void call('cancelJob', { jobId: job.id })} />}
      <ErrorNote message={error} testId="source-error" />
      {refused && detection && (
        <button data-testid="source-load-anyway" style={{ marginTop: 8 }} disabled={running} onClick={() => void load(true)}>
          Load the good rows anyway: {formatCountOf(refused.goodRows, 'row')}, the {formatCountOf(refused.malformedRows, 'malformed one', 'malformed ones')} kept as rejects
        </button>
      )}
      {last && (
        <p className="hint" data-testid="source-added">
          Loaded {formatCountOf(last.rowsLoaded, 'row')} from {last.path.split(/[\\/]/).pop()}
          {last.rowsRejected ? `, ${formatCount(last.rowsRejected)} rejected` : ''}.
        </p>
      )}
    </div>
  );
}

import { useState } from 'react';
import './infrastructure.css';
import { RevealToggle } from '../ui/RevealToggle';
import { ScreenHeader } from '../ui/ScreenHeader';
import { DismissalsPanel } from './DismissalsPanel';
import { IpIntelPanel } from './IpIntelPanel';
import { KnownInfrastructurePanel } from './KnownInfrastructurePanel';

/** What the analyst knows about the case's networks: the IP dataset, known infrastructure and dismissals. */
export function InfrastructureView() {
  // The engine audits a revealed list itself, so the switch only changes what is asked for.
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="stack" data-testid="infrastructure-view">
      <ScreenHeader title="Infrastructure" hint="Countries and ASNs of the log addresses, and the networks and accounts the detectors should know about.">
        <RevealToggle revealed={revealed} onChange={setRevealed} />
      </ScreenHeader>
      <IpIntelPanel />
      <KnownInfrastructurePanel revealed={revealed} />
      <DismissalsPanel revealed={revealed} />
    </div>
  );
}

import { useState } from 'react';
import { formatCount } from '../../../../shared/format/formatCount';
import { MemberAccountsTable } from './MemberAccountsTable';
import { MemberSourcesTable } from './MemberSourcesTable';

/** A stored finding's complete member tables, accounts or sources, one at a time so each stays readable. */
export function FindingMembers({ findingId, accounts, sources }: { findingId: string; accounts: number; sources: number }) {
  const [tab, setTab] = useState<'accounts' | 'sources'>('accounts');
  return (
    <div data-testid="finding-members" style={{ marginTop: 10 }}>
      <div className="row" style={{ marginBottom: 6 }}>
        <button className={tab === 'accounts' ? '' : 'ghost'} data-testid="members-tab-accounts" onClick={() => setTab('accounts')} style={{ flex: 'none' }}>
          Accounts ({formatCount(accounts)})
        </button>
        <button className={tab === 'sources' ? '' : 'ghost'} data-testid="members-tab-sources" onClick={() => setTab('sources')} style={{ flex: 'none' }}>
          Sources ({formatCount(sources)})
        </button>
      </div>
      {tab === 'accounts' ? <MemberAccountsTable findingId={findingId} /> : <MemberSourcesTable findingId={findingId} />}
    </div>
  );
}

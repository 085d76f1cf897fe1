import { sqlString } from '../../electron/engine/db/sqlString';
import { createLeakTable } from '../../electron/engine/ingest/leak/createLeakTable';
import { numberLeakLines } from '../../electron/engine/ingest/leak/numberLeakLines';
import { alternate } from './alternate';
import type { BenchStep } from './BenchStep';
import { withPlainDuckdb } from './plainDuckdb';

/** The bench leak's columns, as the leak loader names them from the header. */
const columns = ['nom', 'prenom', 'email', 'civilite', 'date_naissance', 'telephone_chiffre', 'mot_de_passe', 'derniere_ip', 'derniere_connexion', 'code_postal', 'ville'];

/** A/B: the leak loader's `_line` by position (createLeakTable) vs the exact renumbering multi-line files need (numberLeakLines after it) vs a bare CTAS. */
export const leakLineSteps: BenchStep[] = [
  {
    name: 'ab.leak_line',
    title: 'A/B: createLeakTable (_line by position) vs + numberLeakLines (running newline count) vs a bare CTAS (interleaved, medians)',
    dataset: 'leak',
    run: ({ inputs, args }) =>
      withPlainDuckdb('ab_leak_line', true, async (c) => {
        const scan = `read_csv(${sqlString(inputs.leak)}, auto_detect = false, header = true, delim = ';', quote = '"', escape = '"',
          columns = {${columns.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(', ')}})`;
        let id = 0;
        const m = await alternate(
          {
            createLeakTable: () => createLeakTable(c, ++id, scan, columns, 2),
            withNumberLeakLines: async () => {
              await createLeakTable(c, ++id, scan, columns, 2);
              await numberLeakLines(c, id, 2);
            },
            bareCtas: () => c.run(`CREATE OR REPLACE TABLE leak_bare AS SELECT * FROM ${scan}`),
          },
          2,
        );
        return { rows: args.leakRows, wallS: Object.values(m).reduce((a, b) => a + b, 0), detail: m };
      }),
  },
];

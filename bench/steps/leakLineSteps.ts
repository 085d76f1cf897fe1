import { sqlString } from '../../electron/engine/db/sqlString';
import { createLeakTable } from '../../electron/engine/ingest/leak/createLeakTable';
import { alternate } from './alternate';
import type { BenchStep } from './BenchStep';
import { withPlainDuckdb } from './plainDuckdb';

/** The bench leak's columns, as the leak loader names them from the header. */
const columns = ['nom', 'prenom', 'email', 'civilite', 'date_naissance', 'telephone_chiffre', 'mot_de_passe', 'derniere_ip', 'derniere_connexion', 'code_postal', 'ville'];

/** A/B: the leak loader's createLeakTable (running newline count for `_line`) vs a plain row number, when no field holds a newline. */
export const leakLineSteps: BenchStep[] = [
  {
    name: 'ab.leak_line',
    title: "A/B: createLeakTable's windowed _line vs row_number() + 2 and a bare CTAS (interleaved, medians)",
    dataset: 'leak',
    run: ({ inputs, args }) =>
      withPlainDuckdb('ab_leak_line', true, async (c) => {
        const scan = `read_csv(${sqlString(inputs.leak)}, auto_detect = false, header = true, delim = ';', quote = '"', escape = '"',
          columns = {${columns.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(', ')}})`;
        let id = 0;
        const m = await alternate(
          {
            createLeakTable: () => createLeakTable(c, ++id, scan, columns, 2),
            rowNumber: () => c.run(`CREATE OR REPLACE TABLE leak_rn AS SELECT (row_number() OVER () + 1)::BIGINT AS _line, * FROM ${scan}`),
            bareCtas: () => c.run(`CREATE OR REPLACE TABLE leak_bare AS SELECT * FROM ${scan}`),
          },
          2,
        );
        return { rows: args.leakRows, wallS: Object.values(m).reduce((a, b) => a + b, 0), detail: m };
      }),
  },
];

import { sqlString } from '../../electron/engine/sql/sqlString';
import { createLeakTable } from '../../electron/engine/sources/formats/leak/createLeakTable';
import { finishLeakLoad } from '../../electron/engine/sources/formats/leak/finishLeakLoad';
import { alternate } from './alternate';
import type { BenchStep } from './BenchStep';
import { withPlainDuckdb } from './plainDuckdb';

/** The bench leak's columns, as the leak loader names them from the header. */
const columns = ['nom', 'prenom', 'email', 'civilite', 'date_naissance', 'telephone_chiffre', 'mot_de_passe', 'derniere_ip', 'derniere_connexion', 'code_postal', 'ville'];

/** A/B: the leak loader's copy then `_line` numbering after the commit vs numbering with `row_number() OVER ()` in the copy (the previous way) vs a bare CTAS. */
export const leakLineSteps: BenchStep[] = [
  {
    name: 'ab.leak_line',
    title: 'A/B: createLeakTable + commit + finishLeakLoad (_line from rowid) vs CTAS with row_number() OVER () vs a bare CTAS (interleaved, medians)',
    dataset: 'leak',
    run: ({ inputs, args }) =>
      withPlainDuckdb('ab_leak_line', true, async (c) => {
        const scan = `read_csv(${sqlString(inputs.leak)}, auto_detect = false, header = true, delim = ';', quote = '"', escape = '"',
          columns = {${columns.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(', ')}})`;
        let id = 0;
        const m = await alternate(
          {
            copyThenNumber: async () => {
              await c.run('BEGIN TRANSACTION');
              await createLeakTable(c, ++id, scan, columns);
              await c.run('COMMIT');
              await c.run('BEGIN TRANSACTION');
              await finishLeakLoad(c, id, 2, []);
              await c.run('COMMIT');
            },
            rowNumberInCopy: () =>
              c.run(`CREATE OR REPLACE TABLE leak_row_number AS SELECT (1 + row_number() OVER ())::BIGINT AS _line, * FROM ${scan}`),
            bareCtas: () => c.run(`CREATE OR REPLACE TABLE leak_bare AS SELECT * FROM ${scan}`),
          },
          2,
        );
        return { rows: args.leakRows, wallS: Object.values(m).reduce((a, b) => a + b, 0), detail: m };
      }),
  },
];

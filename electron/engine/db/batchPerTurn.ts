/**
 * Asks made in one turn of the event loop, answered by one read once that turn has ended (why: `analyze` asks for the
 * member pages and masking state of up to 100 findings at once, and one read for them all replaces hundreds of small
 * statements): `read` gets every ask of the turn and returns an answer per ask, in order. No ask is answered from a
 * read that started before it was made; a failed read fails every ask of its turn.
 */
export function batchPerTurn<A, R>(read: (asks: A[]) => Promise<R[]>): (ask: A) => Promise<R> {
  let turn: Array<{ ask: A; resolve: (r: R) => void; reject: (e: unknown) => void }> | null = null;
  return (ask) =>
    new Promise<R>((resolve, reject) => {
      if (turn) {
        turn.push({ ask, resolve, reject });
        return;
      }
      const mine = [{ ask, resolve, reject }];
      turn = mine;
      setImmediate(() => {
        turn = null;
        read(mine.map((w) => w.ask)).then(
          (answers) => mine.forEach((w, i) => w.resolve(answers[i] as R)),
          (e: unknown) => {
            for (const w of mine) w.reject(e);
          },
        );
      });
    });
}

import fs from 'node:fs';
import ts from 'typescript';

/** A parsed TypeScript file with the lookups the static configuration checks need. */
export interface TsSource {
  sf: ts.SourceFile;
  /** Every call whose callee ends in `name` (`x.y.name(...)` or `name(...)`). */
  calls(name: string): ts.CallExpression[];
  /** The literal value (true/false/string/number) of property `name` in an object literal, or undefined when absent or not literal. */
  literalProp(obj: ts.ObjectLiteralExpression, name: string): boolean | string | number | undefined;
  /** The source text of a node. */
  text(n: ts.Node): string;
}

/** Parses `file` with the TypeScript compiler (no type-check, no execution). */
export function tsSource(file: string): TsSource {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const all: ts.Node[] = [];
  const walk = (n: ts.Node) => {
    all.push(n);
    ts.forEachChild(n, walk);
  };
  walk(sf);
  return {
    sf,
    calls(name) {
      return all.filter(ts.isCallExpression).filter((c) => {
        const e = c.expression;
        return (ts.isIdentifier(e) && e.text === name) || (ts.isPropertyAccessExpression(e) && e.name.text === name);
      });
    },
    literalProp(obj, name) {
      const p = obj.properties.find((q): q is ts.PropertyAssignment => ts.isPropertyAssignment(q) && q.name.getText(sf) === name);
      if (!p) return undefined;
      const v = p.initializer;
      if (v.kind === ts.SyntaxKind.TrueKeyword) return true;
      if (v.kind === ts.SyntaxKind.FalseKeyword) return false;
      if (ts.isStringLiteralLike(v)) return v.text;
      if (ts.isNumericLiteral(v)) return Number(v.text);
      return undefined;
    },
    text(n) {
      return n.getText(sf);
    },
  };
}

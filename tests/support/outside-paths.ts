/**
 * Finds code that reads files from outside the repository (above all the team's `../shared` folder),
 * which would break `npm test` in a clone with nothing beside it. Reads the string literals of a
 * TypeScript or JavaScript file through the TypeScript parser, so comments and prose do not count.
 */
import path from 'node:path';
import ts from 'typescript';

export interface OutsidePath {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Literal text that names the shared folder or the machine's absolute layout. */
const FORBIDDEN: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /(^|[\\/])shared[\\/](eval|contract|articles|hooks)([\\/]|$)/, why: 'a path into the shared folder' },
  { pattern: /^(\.\.[\\/])+shared([\\/]|$)|^shared$/, why: 'the shared folder beside the project' },
  {
    pattern: /(^|[\\/])(polnear\.mjs|polnear-dev|polnear-train|heldout\.enc)([\\/]|$)|(^|[\\/])eval[\\/](score\.mjs|gold)([\\/]|$)/,
    why: "a file of the shared folder's eval/",
  },
  { pattern: /(^|[\s'"`=])\/work\//, why: 'an absolute path on this machine' },
];

/** Expressions naming the repository or the working folder, from which a '..' segment climbs out. */
const ROOTS = /^(process\.cwd\(\)|repoRoot|root|projectRoot|__dirname|here)$/;

/** The places in `source` (the text of `file`) that reach outside the repository at `repoRoot`. */
export function findOutsidePaths(file: string, source: string, repoRoot: string): OutsidePath[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: OutsidePath[] = [];
  const report = (node: ts.Node, text: string, why: string) =>
    found.push({ file: path.relative(repoRoot, file), line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text, why });

  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const text = node.text;
      for (const { pattern, why } of FORBIDDEN) if (pattern.test(text)) report(node, text, why);
      if (isModuleSpecifier(node) && text.startsWith('.') && !inside(repoRoot, path.resolve(path.dirname(file), text))) {
        report(node, text, 'an import from outside the repository');
      }
    }
    if (ts.isCallExpression(node)) {
      const args = node.arguments.map((arg) => arg.getText(sourceFile));
      const climbs = args.findIndex((arg, k) => k > 0 && /^['"`]\.\.['"`]$/.test(arg) && ROOTS.test(args[k - 1]!));
      if (climbs > 0) report(node, node.getText(sourceFile), "a '..' segment above the repository or working folder");
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function isModuleSpecifier(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    (ts.isCallExpression(parent) && (parent.expression.kind === ts.SyntaxKind.ImportKeyword || parent.expression.getText() === 'require')) ||
    ts.isExternalModuleReference(parent) ||
    (ts.isLiteralTypeNode(parent) && ts.isImportTypeNode(parent.parent))
  );
}

const inside = (root: string, target: string) => {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

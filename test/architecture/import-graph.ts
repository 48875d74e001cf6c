/**
 * The module graph of src/, read with the TypeScript parser: each module's
 * imports (resolved to files, or left as package specifiers) and what it
 * does itself that a pure module may not — read the clock, draw random
 * numbers, touch process-wide globals. Which imported packages do I/O is
 * decided by the check (layering.ts), not here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

export interface ModuleImport {
  /** A repository path ('src/snapshot/file.ts') for a relative import, else the specifier ('node:fs'). */
  readonly target: string;
  /** A file of this repository (a relative import), not a package. */
  readonly local: boolean;
  /** `import type` and friends: erased at build time, so no code of the target runs. */
  readonly typeOnly: boolean;
}

export interface ModuleNode {
  readonly file: string;
  readonly imports: readonly ModuleImport[];
  /** What the module does itself that pure code may not, e.g. 'Date.now()'. */
  readonly effects: readonly string[];
}

/** Globals that reach outside the program: the environment and argv, timers, the network, a clock. */
const IMPURE_GLOBALS: ReadonlySet<string> = new Set(['process', 'performance', 'fetch', 'setTimeout', 'setInterval', 'setImmediate']);

function resolveRelative(file: string, specifier: string): string {
  const base = normalize(join(dirname(file), specifier));
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c)) ?? base.replace(/\.js$/, '.ts');
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause === undefined) return false; // `import 'x'` runs x
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return true;
  if (clause.name !== undefined) return false;
  const bindings = clause.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** Names the module binds itself (parameters, variables, functions, imports): those shadow a global of the same name. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) || ts.isFunctionDeclaration(node)
      || ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node)) && node.name !== undefined && ts.isIdentifier(node.name)) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Is this identifier a reference to a value (not a property name, a declaration or a label)? */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === node) return false;
  return true;
}

function effectsOf(source: ts.SourceFile): string[] {
  const shadowed = declaredNames(source);
  const found = new Set<string>();
  const isGlobal = (node: ts.Expression, name: string): boolean => ts.isIdentifier(node) && node.text === name && !shadowed.has(name);
  const visit = (node: ts.Node): void => {
    // Types are erased: `typeof setTimeout` in a type reads nothing.
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isPropertyAccessExpression(node) && isGlobal(node.expression, 'Date') && node.name.text === 'now') found.add('Date.now()');
    if (ts.isPropertyAccessExpression(node) && isGlobal(node.expression, 'Math') && node.name.text === 'random') found.add('Math.random()');
    if (ts.isNewExpression(node) && isGlobal(node.expression, 'Date') && (node.arguments?.length ?? 0) === 0) found.add('new Date()');
    // Called without `new`, Date ignores its arguments and returns the time now.
    if (ts.isCallExpression(node) && isGlobal(node.expression, 'Date')) found.add('Date()');
    if (ts.isIdentifier(node) && IMPURE_GLOBALS.has(node.text) && !shadowed.has(node.text) && isValueReference(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found].sort();
}

/** One module from its text: what it imports and what it does itself. */
export function readModule(file: string, text: string): ModuleNode {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: ModuleImport[] = [];
  const add = (specifier: string, typeOnly: boolean): void => {
    const local = specifier.startsWith('.');
    imports.push({ target: local ? resolveRelative(file, specifier) : specifier, local, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, isTypeOnlyExport(node));
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument !== undefined && ts.isStringLiteralLike(argument)) add(argument.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, imports, effects: effectsOf(source) };
}

/** Every .ts module under `root` (run from the repository root), tests included. */
export function readModuleGraph(root = 'src'): ModuleNode[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, f))
    .sort()
    .map((file) => readModule(file, readFileSync(file, 'utf8')));
}

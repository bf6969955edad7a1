import fs from 'node:fs';
import path from 'node:path';

/**
 * The import cycles among the project's own modules (value imports only: `import type` is erased and cannot make
 * one). A cycle lets a module run before what it imports has been initialised, and fails only when a particular file
 * happens to load first: `text-limits.ts` → `guidance-note.ts` → `local-offers.ts` → `text-limits.ts` broke one
 * browser spec that way ("Cannot access 'L' before initialization"), and nothing else noticed.
 */
export function importCycles(root: string): string[][] {
  const files = sourceFiles(root);
  const graph = new Map(files.map((f) => [f, relativeImports(f)]));
  return findCycles(graph).map((cycle) => cycle.map((f) => path.relative(root, f)));
}

/** The cycles a depth-first walk finds (each as its files, from the alphabetically first, repeated at the end). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === 'open') cycles.push(fromSmallest(stack.slice(stack.indexOf(dep))));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

/** The cycle started at its alphabetically first file, so that a cycle reads the same whichever file was walked first. */
function fromSmallest(cycle: string[]): string[] {
  const first = cycle.indexOf([...cycle].sort()[0]!);
  const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
  return [...rotated, rotated[0]!];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [
    // import x from './a.ts', import { a, type B } from './a.ts', export * from './a.ts', export { a } from './a.ts'
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?\s+from\s+'(\.[^']+)'/gms)].map((m) => m[1]!),
    // import './a.ts' (for its side effects)
    ...[...text.matchAll(/^\s*import\s+'(\.[^']+)'/gm)].map((m) => m[1]!),
  ];
  return specifiers.map((s) => path.resolve(path.dirname(file), s)).filter((f) => fs.existsSync(f));
}

/**
 * npm run build:server — the API, the worker and the server libraries as plain CommonJS JavaScript in dist/server/,
 * so production runs `node dist/server/apps/worker/src/main.js` (or apps/api/src/main.js, scripts/migrate.js)
 * without @swc-node/register and the TypeScript compiler in memory. See docs/developer/server-build.md.
 *
 * - Transpiles (no type check: `npm run typecheck` does that) every .ts file under apps/api/src, apps/worker/src,
 *   libs/server/<lib>/src, libs/shared/<lib>/src plus scripts/migrate.ts and scripts/local-database.ts with @swc/core,
 *   with the options @swc-node/register derives from tsconfig.base.json (legacy decorators + decorator metadata,
 *   useDefineForClassFields false, CommonJS with ES module interop, ES2022, class names kept), same relative layout,
 *   a .js.map next to every file. Left out: *.spec.ts, *.int-spec.ts, *.e2e-spec.ts, *.browser-spec.ts, testing/
 *   folders, testing.ts files and libs/server/testing (test support only).
 * - Copies the .json files of those folders (none today; imported JSON would need them), and each library's data/
 *   folder (the ESCO bundle).
 * - `@kring/<name>` resolves to the compiled code through dist/server/node_modules/@kring/<name>/package.json;
 *   third-party packages resolve from the repository's node_modules (the folder above dist/).
 * - apps/api's portal-static serves `<api>/../../../portal/dist`: dist/server/apps/portal/dist links to apps/portal/dist.
 * - Checks the result: every relative require() and every @kring/* require() of the output must resolve within
 *   dist/server (so a runtime file importing test support fails the build), else exit code 1.
 */
import { transformFile, type Options } from '@swc/core';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'server');
const SKIPPED_FILE = /\.(spec|int-spec|e2e-spec|browser-spec)\.ts$|\.d\.ts$|(^|\/)testing\.ts$/;
const SKIPPED_DIR = new Set(['testing', 'node_modules', '__snapshots__']);
const SKIPPED_LIBS = new Set(['libs/server/testing']);
const EXTRA_FILES = ['scripts/migrate.ts', 'scripts/local-database.ts'];

function packageDirs(): string[] {
  const dirs = ['apps/api', 'apps/worker'];
  for (const group of ['libs/server', 'libs/shared']) {
    for (const name of readdirSync(path.join(ROOT, group)).sort()) {
      const dir = `${group}/${name}`;
      if (!SKIPPED_LIBS.has(dir) && existsSync(path.join(ROOT, dir, 'package.json')) && existsSync(path.join(ROOT, dir, 'src'))) dirs.push(dir);
    }
  }
  return dirs;
}

/** Repository-relative paths of the sources (.ts) and assets (.json) under `dir`. */
function walk(dir: string, found: { ts: string[]; json: string[] }): void {
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIR.has(entry.name)) walk(rel, found);
    } else if (entry.name.endsWith('.ts') && !SKIPPED_FILE.test(rel)) {
      found.ts.push(rel);
    } else if (entry.name.endsWith('.json')) {
      found.json.push(rel);
    }
  }
}

/** The options @swc-node/register (1.12) builds from tsconfig.base.json, minus `paths` (see the shims below). */
function swcOptions(rel: string): Options {
  const outFile = path.join(OUT, rel.replace(/\.ts$/, '.js'));
  return {
    filename: path.join(ROOT, rel),
    swcrc: false,
    configFile: false,
    isModule: true,
    sourceMaps: true,
    inlineSourcesContent: false,
    sourceFileName: path.relative(path.dirname(outFile), path.join(ROOT, rel)),
    outputPath: outFile,
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: false, decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      externalHelpers: false,
    },
    module: { type: 'commonjs', noInterop: false, strict: false },
    minify: false,
  };
}

async function compile(rel: string): Promise<void> {
  const outFile = path.join(OUT, rel.replace(/\.ts$/, '.js'));
  const { code, map } = await transformFile(path.join(ROOT, rel), swcOptions(rel));
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${code}\n//# sourceMappingURL=${path.basename(outFile)}.map\n`);
  if (map) writeFileSync(`${outFile}.map`, map);
}

/** dist/server/node_modules/@kring/<name>/package.json with "main" pointing at the compiled entry point. */
function writeShims(dirs: string[]): Map<string, string> {
  const shims = new Map<string, string>();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; main?: string };
    if (!pkg.main) continue; // the apps: nothing imports them
    const entry = path.join(OUT, dir, pkg.main.replace(/\.ts$/, '.js'));
    const shimDir = path.join(OUT, 'node_modules', pkg.name);
    mkdirSync(shimDir, { recursive: true });
    const main = path.relative(shimDir, entry);
    writeFileSync(path.join(shimDir, 'package.json'), `${JSON.stringify({ name: pkg.name, private: true, main }, null, 2)}\n`);
    shims.set(pkg.name, entry);
  }
  return shims;
}

function resolvesRelative(fromFile: string, specifier: string): boolean {
  const base = path.resolve(path.dirname(fromFile), specifier);
  return [base, `${base}.js`, `${base}.json`, path.join(base, 'index.js')].some((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every require() in the output must resolve: relative ones to emitted files, @kring/* ones to built packages. */
function checkRequires(files: string[], shims: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const rel of files) {
    const file = path.join(OUT, rel.replace(/\.ts$/, '.js'));
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
      if (specifier!.startsWith('.')) {
        if (!resolvesRelative(file, specifier!)) problems.push(`${rel}: require('${specifier}') has no compiled file`);
      } else if (specifier!.startsWith('@kring/')) {
        const name = specifier!.split('/').slice(0, 2).join('/');
        if (!shims.has(name)) problems.push(`${rel}: require('${specifier}') is not part of the server build`);
        else if (specifier !== name) problems.push(`${rel}: deep import '${specifier}' is not supported`);
      }
    }
  }
  for (const [name, entry] of shims) if (!existsSync(entry)) problems.push(`${name}: entry point ${path.relative(ROOT, entry)} was not emitted`);
  return problems;
}

async function main(): Promise<number> {
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  const dirs = packageDirs();
  const found = { ts: [] as string[], json: [] as string[] };
  for (const dir of dirs) walk(`${dir}/src`, found);
  found.ts.push(...EXTRA_FILES);
  // A few files at a time: swc's own thread pool does the work.
  const queue = [...found.ts];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let rel = queue.shift(); rel; rel = queue.shift()) await compile(rel);
    }),
  );
  for (const rel of found.json) {
    mkdirSync(path.dirname(path.join(OUT, rel)), { recursive: true });
    copyFileSync(path.join(ROOT, rel), path.join(OUT, rel));
  }
  // Data files a library ships beside its sources (e.g. libs/server/esco/data: the ESCO bundle), copied as they are.
  for (const dir of dirs) {
    if (existsSync(path.join(ROOT, dir, 'data'))) cpSync(path.join(ROOT, dir, 'data'), path.join(OUT, dir, 'data'), { recursive: true });
  }
  const shims = writeShims(dirs);
  writeFileSync(path.join(OUT, 'package.json'), `${JSON.stringify({ private: true, type: 'commonjs' }, null, 2)}\n`);
  mkdirSync(path.join(OUT, 'apps', 'portal'), { recursive: true });
  symlinkSync(path.relative(path.join(OUT, 'apps', 'portal'), path.join(ROOT, 'apps', 'portal', 'dist')), path.join(OUT, 'apps', 'portal', 'dist'));
  const problems = checkRequires(found.ts, shims);
  for (const problem of problems) console.error(`build:server: ${problem}`);
  if (problems.length) return 1;
  console.log(
    `build:server: ${found.ts.length} files (+${found.json.length} json) from ${dirs.length} packages into ${path.relative(ROOT, OUT)} ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * npm test: every check and every test suite, in order, then one line with the real totals.
 * Lint, typecheck and the portal build count as one check each; jest and vitest report their own counts.
 */
const ROOT = path.resolve(__dirname, '..');
const REPORTS = path.join(ROOT, 'tmp', 'test-reports');
const bin = (pkg: string, file: string) => path.join(ROOT, 'node_modules', pkg, file);

interface Outcome {
  name: string;
  passed: number;
  failed: number;
}

function run(name: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`── ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function check(name: string, args: string[]): Outcome {
  const ok = run(name, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

function suite(name: string, args: string[], report: string, env: Record<string, string> = {}): Outcome {
  const ok = run(name, args, env);
  if (!existsSync(report)) return { name, passed: 0, failed: 1 }; // the runner crashed before reporting
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites?: number;
    numRuntimeErrorTestSuites?: number;
  };
  // A suite that fails to load has no failed tests but must still count as a failure.
  const brokenSuites = (json.numRuntimeErrorTestSuites ?? 0) + (json.numFailedTests === 0 ? json.numFailedTestSuites ?? 0 : 0);
  const failed = json.numFailedTests + brokenSuites + (ok || json.numFailedTests + brokenSuites > 0 ? 0 : 1);
  return { name, passed: json.numPassedTests, failed };
}

function main(): void {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  const outcomes: Outcome[] = [];
  outcomes.push(check('nx project graph', [bin('nx', 'dist/bin/nx.js'), 'show', 'projects']));
  outcomes.push(check('lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0']));
  outcomes.push(check('typecheck (server)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json']));
  outcomes.push(check('typecheck (portal)', [bin('typescript', 'bin/tsc'), '-p', 'apps/portal/tsconfig.json']));
  outcomes.push(check('portal build', [bin('vite', 'bin/vite.js'), 'build', '--config', 'apps/portal/vite.config.ts', '--logLevel', 'warn']));
  const vitestReport = path.join(REPORTS, 'vitest.json');
  outcomes.push(
    suite('portal component tests (vitest)', [bin('vitest', 'vitest.mjs'), 'run', '--config', 'apps/portal/vite.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], vitestReport),
  );
  const jestReport = path.join(REPORTS, 'jest.json');
  outcomes.push(
    suite('server tests: unit, integration, e2e, browser (jest)', [bin('jest', 'bin/jest.js'), '--json', `--outputFile=${jestReport}`], jestReport),
  );

  console.log('\n── summary ──');
  for (const o of outcomes) console.log(`${o.failed ? '✗' : '✓'} ${o.name}: ${o.passed} passed, ${o.failed} failed`);
  const passed = outcomes.reduce((n, o) => n + o.passed, 0);
  const failed = outcomes.reduce((n, o) => n + o.failed, 0);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();

/** scripts/match.ts as a batch user runs it: one text per line in, one JSON line per text out. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runMatch(args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/match.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

interface Line {
  input: string;
  results: { uri: string; label: string; score: number; evidence: { text: string; start: number; end: number }[] }[];
}

describe('npm run match', () => {
  it('prints one JSON line per input line, best first, at most 20, labels in --lang', async () => {
    const inputs = [
      'Senior Java-ontwikkelaar met PostgreSQL, Excel en SAP',
      '',
      'We need a nurse who cares for wounds and works in teams with doctors, nurses, patients and families',
    ];
    const run = await runMatch(['skills', '--lang', 'en'], `${inputs.join('\n')}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
    expect(lines.map((line) => line.input)).toEqual(inputs);
    expect(lines[1].results).toEqual([]);

    const [dutch, , english] = lines;
    expect(dutch.results.map((result) => result.label)).toEqual(
      expect.arrayContaining(['PostgreSQL', 'Java (computer programming)', 'use spreadsheets software']),
    );
    for (const line of [dutch, english]) {
      expect(line.results.length).toBeGreaterThan(0);
      expect(line.results.length).toBeLessThanOrEqual(20);
      const scores = line.results.map((result) => result.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const result of line.results) {
        expect(result.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
        for (const evidence of result.evidence) expect(line.input.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }
  }, 120_000);

  it('lists occupations with Dutch labels', async () => {
    const run = await runMatch(['occupations', '--lang=nl'], 'Wij zoeken softwareontwikkelaars\n');
    expect(run.code).toBe(0);
    const [line] = run.stdout.trim().split('\n').map((text) => JSON.parse(text) as Line);
    expect(line.results[0]).toMatchObject({ label: 'software ontwikkelaar' });
    expect(line.results[0].uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
  }, 120_000);

  it.each([[[]], [['skills']], [['people', '--lang', 'nl']], [['skills', '--lang', 'fr']], [['skills', '--lang', 'nl', '--top', '5']]])(
    'refuses %j with the usage and exit code 2',
    async (args) => {
      const run = await runMatch(args, '');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('usage: npm run match -- occupations|skills --lang nl|en');
      expect(run.stdout).toBe('');
    },
    60_000,
  );
});

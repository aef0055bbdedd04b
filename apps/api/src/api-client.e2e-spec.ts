import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HttpClient } from './testing/http-client';
import { bootTestApp, TestApp } from './testing/test-app';

const CLIENT_DIR = path.resolve(__dirname, '../../../libs/portal/api-client');
const HEADER = '/**\n * Generated from the API\'s OpenAPI document by `npm run api-client:generate`. Do not edit.\n */\n\n';

/**
 * The portal's client is generated from the API's own OpenAPI document. This test fails when the committed
 * document or types differ from what the API publishes now; `npm run api-client:generate` updates both.
 */
describe('generated API client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(() => t.close());

  it('is up to date with the API', async () => {
    const res = await new HttpClient(t.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const document = `${JSON.stringify(res.body, null, 2)}\n`;
    const types = HEADER + generateTypes(document);
    const files = { 'openapi.json': document, 'src/schema.d.ts': types };
    if (process.env['UPDATE_API_CLIENT'] === '1') {
      for (const [file, content] of Object.entries(files)) writeFileSync(path.join(CLIENT_DIR, file), content);
    }
    for (const [file, content] of Object.entries(files)) {
      let committed = '';
      try {
        committed = readFileSync(path.join(CLIENT_DIR, file), 'utf8');
      } catch {
        // missing counts as stale
      }
      expect({ file, stale: committed !== content, fix: 'npm run api-client:generate' }).toEqual({
        file,
        stale: false,
        fix: 'npm run api-client:generate',
      });
    }
  });
});

/** openapi-typescript's dependencies are ESM-only, so it runs as its own process rather than inside jest. */
function generateTypes(document: string): string {
  const input = path.join(mkdtempSync(path.join(tmpdir(), 'kring-openapi-')), 'openapi.json');
  writeFileSync(input, document);
  const result = spawnSync(process.execPath, [path.resolve(__dirname, '../../../node_modules/openapi-typescript/bin/cli.js'), input], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openapi-typescript failed: ${result.stderr}`);
  return result.stdout;
}

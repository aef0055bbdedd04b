import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @nestjs/swagger names a component schema after its class, and two classes with the same name silently overwrite each
 * other in the OpenAPI document: the generated portal client then types one endpoint with the other's shape (it
 * happened with two `MatchingConsentOutput` classes). Every schema of the committed document must be defined by exactly
 * one class in the server code (enum schemas, named by `enumName`, are not classes).
 */
const ROOT = path.resolve(__dirname, '..');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') sourceFiles(full, out);
    } else if (entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|browser-spec)\.ts$/.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

describe('OpenAPI schema names', () => {
  it('every object schema is defined by exactly one server class', () => {
    const document = JSON.parse(readFileSync(path.join(ROOT, 'libs/portal/api-client/openapi.json'), 'utf8')) as {
      components: { schemas: Record<string, { enum?: unknown[] }> };
    };
    const definitions = new Map<string, string[]>();
    for (const file of [...sourceFiles(path.join(ROOT, 'libs/server')), ...sourceFiles(path.join(ROOT, 'apps/api/src'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/^(?:export )?(?:abstract )?class (\w+)/gm)) {
        definitions.set(match[1]!, [...(definitions.get(match[1]!) ?? []), path.relative(ROOT, file)]);
      }
    }
    const schemas = Object.entries(document.components.schemas)
      .filter(([, schema]) => !schema.enum)
      .map(([name]) => name);
    expect(schemas.length).toBeGreaterThan(50);
    const problems = schemas
      .map((name) => ({ name, files: definitions.get(name) ?? [] }))
      .filter(({ files }) => files.length !== 1)
      .map(({ name, files }) => `${name}: ${files.length === 0 ? 'no class' : files.join(', ')}`);
    expect(problems).toEqual([]);
  });
});

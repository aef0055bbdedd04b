import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { SESSION_COOKIE } from '@kring/server-identity';
import { Problem } from './problem.output';

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** The OpenAPI 3 document the portal's client is generated from. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Kring API')
    .setDescription(
      'Employee referral and Employee Relationship Management. Errors are application/problem+json (RFC 9457) ' +
        'with a stable `code`. Cookie-authenticated writes must send the session CSRF token as `x-csrf-token`.',
    )
    .setVersion('0.1.0')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, 'session')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [Problem],
    operationIdFactory: (_controller, method) => method,
  });
  // Every operation can fail with a problem document; say so once here rather than on every route.
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path)) {
      if (typeof operation !== 'object' || operation === null || !('responses' in operation)) continue;
      operation.responses['default'] = {
        description: 'Error (application/problem+json)',
        content: { 'application/problem+json': { schema: PROBLEM_REF } },
      };
      for (const [status, response] of Object.entries(operation.responses) as [string, { content?: unknown }][]) {
        if (Number(status) >= 400 && !response.content) {
          operation.responses[status] = { ...response, content: { 'application/problem+json': { schema: PROBLEM_REF } } };
        }
      }
    }
  }
  return document;
}

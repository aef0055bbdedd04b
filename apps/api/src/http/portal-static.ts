import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ErrorCodes } from '@kring/shared-domain';
import { problem, PROBLEM_CONTENT_TYPE } from './problem';

export const defaultPortalDist = () => path.resolve(__dirname, '../../../portal/dist');

/**
 * Serves the built portal from the API's own port: hashed assets cached for a year, index.html never,
 * and every other non-API GET answered with index.html so the SPA router can take over.
 */
export async function servePortal(fastify: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(path.join(distDir, 'index.html'))) return false;
  await fastify.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (reply, filePath) => {
      reply.header(
        'cache-control',
        filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  fastify.get('/*', (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/')) {
      return reply
        .status(404)
        .header('content-type', PROBLEM_CONTENT_TYPE)
        .send(problem(404, ErrorCodes.routeNotFound, 'No such route', request.id));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  fastify.get('/', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  return true;
}

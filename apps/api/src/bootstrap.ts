import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { ConsoleLogger, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Clock, KringConfig } from '@kring/server-config';
import { registerMultipart } from '@kring/server-storage';
import { AppModule } from './app.module';
import { createOpenApiDocument } from './http/openapi';
import { defaultPortalDist, servePortal } from './http/portal-static';
import { ProblemFilter } from './http/problem.filter';
import { createValidationPipe, RejectNulCharactersPipe } from './http/validation.pipe';

export interface CreateAppOptions {
  clock?: Clock;
  logger?: LoggerService | false;
}

const LEVELS: Record<KringConfig['app']['logLevel'], LogLevel[]> = {
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
};

/** Structured JSON logs on stdout, one object per line. */
export const jsonLogger = (config: KringConfig) =>
  new ConsoleLogger({ json: true, logLevels: LEVELS[config.app.logLevel], colors: false });

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the API (not yet listening). Shared by main.ts and the e2e tests. */
export async function createApp(config: KringConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.app.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.clock), adapter, {
    logger: options.logger ?? jsonLogger(config),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await registerHttpBasics(fastify, options.logger === false ? null : jsonLogger(config));

  app.setGlobalPrefix('api', { exclude: [] });
  app.useGlobalPipes(new RejectNulCharactersPipe(), createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const document = createOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', yamlDocumentUrl: 'api/openapi.yaml' });

  await servePortal(fastify, config.app.portalDistDir ?? defaultPortalDist());
  await app.init();
  return app;
}

async function registerHttpBasics(fastify: FastifyInstance, logger: ConsoleLogger | null): Promise<void> {
  await fastify.register(fastifyCookie);
  await registerMultipart(fastify);
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Paths only, never query strings or bodies: they can carry tokens and personal data.
  fastify.addHook('onResponse', async (request, reply) => {
    logger?.log({
      msg: 'request',
      requestId: request.id,
      method: request.method,
      path: request.url.split('?')[0],
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime),
    });
  });
}

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCodes } from '@kring/shared-domain';
import { problem, PROBLEM_CONTENT_TYPE, problemFromDomainError, problemFromFrameworkError } from './problem';
import type { Problem } from './problem.output';

/** The one place where errors become HTTP answers: application/problem+json with a stable code. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = this.toProblem(exception, request.id);
    void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }

  toProblem(exception: unknown, requestId: string): Problem {
    if (exception instanceof DomainError) return problemFromDomainError(exception, requestId);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const known = problemFromFrameworkError({ statusCode: status, message: exception.message }, requestId);
      if (known) return known;
    }
    const known =
      typeof exception === 'object' && exception !== null && 'statusCode' in exception
        ? problemFromFrameworkError(exception as { statusCode?: number; message?: string }, requestId)
        : null;
    if (known) return known;
    this.logger.error({ msg: 'unhandled error', requestId, code: ErrorCodes.internal, error: describe(exception) });
    return problem(500, ErrorCodes.internal, 'Something went wrong on our side', requestId);
  }
}

function describe(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { value: String(error) };
}

import { tinyPdf } from '@kring/server-testing';
import { ArgumentsHost, Body, Catch, Controller, ExceptionFilter, HttpException, Module, Post, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CV_MAX_BYTES, DomainError, ErrorCodes } from '@kring/shared-domain';
import { FormBoolean } from './form-fields';
import { FORM_FIELD_MAX_BYTES, registerMultipart } from './multipart';
import { IsUploadedFile, UploadedFile } from './uploaded-file';

class TestReferralInput {
  @IsString()
  @MaxLength(100_000)
  name: string;

  @FormBoolean()
  @IsBoolean()
  toldCandidate: boolean;

  @IsOptional()
  @IsUploadedFile()
  cv?: UploadedFile;
}

@Controller('referrals')
class TestController {
  @Post()
  submit(@Body() input: TestReferralInput) {
    const { cv, ...fields } = input;
    return { ...fields, cv: cv && { isUploadedFile: cv instanceof UploadedFile, filename: cv.filename, bytes: cv.data.toString('base64'), truncated: cv.truncated } };
  }
}

@Module({ controllers: [TestController] })
class TestModule {}

/** Stands in for the API's problem filter (apps/api, out of a library's reach): the codes it would answer with. */
@Catch()
class CodeFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (error instanceof DomainError) void reply.status(400).send({ code: error.code, errors: error.errors });
    else if (error instanceof HttpException && error.getStatus() === 413) void reply.status(413).send({ code: ErrorCodes.payloadTooLarge });
    else void reply.status(500).send({ code: ErrorCodes.internal });
  }
}

describe('registerMultipart', () => {
  let app: NestFastifyApplication;
  let url: string;

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(TestModule, new FastifyAdapter({ bodyLimit: 1024 * 1024 }), { logger: false });
    await registerMultipart(app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
    // The same options as the API's validation pipe.
    app.useGlobalPipes(
      new ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        forbidUnknownValues: true,
        transform: true,
        exceptionFactory: () => new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields'),
      }),
    );
    app.useGlobalFilters(new CodeFilter());
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/referrals`;
  });
  afterAll(() => app.close());

  const post = async (form: FormData) => {
    const response = await fetch(url, { method: 'POST', body: form });
    return { status: response.status, body: (await response.json()) as { code?: string } & Record<string, unknown> };
  };
  const form = (fields: Record<string, string | Blob>, filename = 'Mijn CV.pdf') => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value === 'string') data.append(key, value);
      else data.append(key, value, filename);
    }
    return data;
  };

  it('hands the controller plain fields, a converted boolean and the buffered file', async () => {
    const pdf = tinyPdf();
    const response = await post(form({ name: 'Sanne', toldCandidate: 'on', cv: new Blob([pdf], { type: 'application/pdf' }) }));

    expect(response).toEqual({
      status: 201,
      body: { name: 'Sanne', toldCandidate: true, cv: { isUploadedFile: true, filename: 'Mijn CV.pdf', bytes: pdf.toString('base64'), truncated: false } },
    });
  });

  it('treats the file as optional and an empty file input as no file', async () => {
    expect(await post(form({ name: 'Sanne', toldCandidate: 'false' }))).toEqual({ status: 201, body: { name: 'Sanne', toldCandidate: false } });
    expect(await post(form({ name: 'Sanne', toldCandidate: 'false', cv: new Blob([]) }, ''))).toEqual({
      status: 201,
      body: { name: 'Sanne', toldCandidate: false },
    });
  });

  it('refuses text where a file is expected, and a boolean it cannot read', async () => {
    expect(await post(form({ name: 'Sanne', toldCandidate: 'true', cv: 'not a file' }))).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
    expect(await post(form({ name: 'Sanne', toldCandidate: 'maybe' }))).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
  });

  it('refuses an 11 MB file as file_too_large on its field, not as a server error', async () => {
    const big = new Blob([Buffer.alloc(11 * 1024 * 1024, 0x41)]);
    expect(await post(form({ name: 'Sanne', toldCandidate: 'true', cv: big }))).toEqual({
      status: 400,
      body: { code: 'file_too_large', errors: [{ field: 'cv', message: 'The file is larger than 10 MB' }] },
    });
    const justOver = new Blob([Buffer.alloc(CV_MAX_BYTES + 1, 0x41)]);
    expect((await post(form({ name: 'Sanne', toldCandidate: 'true', cv: justOver }))).body.code).toBe('file_too_large');
  });

  it('refuses a text field cut off by the size limit instead of passing it on truncated', async () => {
    const response = await post(form({ name: 'é'.repeat(FORM_FIELD_MAX_BYTES / 2 + 1), toldCandidate: 'true' }));
    expect(response).toEqual({ status: 400, body: { code: 'validation_failed', errors: [{ field: 'name', message: 'must be at most 20 kB' }] } });
    expect((await post(form({ name: 'é'.repeat(FORM_FIELD_MAX_BYTES / 2), toldCandidate: 'true' }))).status).toBe(201);
  });

  it('refuses a second file as payload_too_large (413), like any other multipart limit', async () => {
    const data = form({ name: 'Sanne', toldCandidate: 'true', cv: new Blob([tinyPdf()]) });
    data.append('other', new Blob([tinyPdf()]), 'second.pdf');
    expect(await post(data)).toEqual({ status: 413, body: { code: 'payload_too_large' } });
  });
});

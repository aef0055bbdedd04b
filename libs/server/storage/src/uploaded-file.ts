import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * A file from a multipart request, fully buffered. `filename` and `mimetype` are what the client
 * claimed: use them for nothing but display; checks work on `data`.
 * In a DTO: `@ApiPropertyOptional({ type: 'string', format: 'binary' }) @IsOptional() @IsUploadedFile() cv?: UploadedFile;`
 * and on the route `@ApiConsumes('multipart/form-data')`.
 */
export class UploadedFile {
  fieldname: string;
  filename: string;
  mimetype: string;
  data: Buffer;
  /** True when the upload went past the multipart size limit (registerMultipart refuses those before validation). */
  truncated: boolean;

  static of(fields: Pick<UploadedFile, 'fieldname' | 'filename' | 'mimetype' | 'data' | 'truncated'>): UploadedFile {
    return Object.assign(new UploadedFile(), fields);
  }
}

export const isUploadedFile = (value: unknown): value is UploadedFile =>
  typeof value === 'object' &&
  value !== null &&
  Buffer.isBuffer((value as UploadedFile).data) &&
  typeof (value as UploadedFile).filename === 'string';

/** Validates that a multipart field holds a file (not a text value); combine with @IsOptional() when optional. */
export function IsUploadedFile(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isUploadedFile',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a file', ...options },
      validator: { validate: (value: unknown) => isUploadedFile(value) },
    });
}

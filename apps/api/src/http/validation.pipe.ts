import { ArgumentMetadata, Injectable, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCodes, FieldError } from '@kring/shared-domain';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator prefixes messages with the property name; the field already says which one.
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates every body, query and path parameter; unknown fields are refused, not silently dropped. */
export const createValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', flatten(errors)),
  });

const NUL = '\u0000';
const MAX_DEPTH = 32;

/** The dotted path of the first string (or key) holding a NUL character, or null when there is none. */
function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return childPath;
    const found = findNul(child, childPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold a NUL character, so a string with one would fail in SQL (a 500). Every body,
 * query and path value is checked before validation and refused with a field error instead.
 */
@Injectable()
export class RejectNulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const path = findNul(value, metadata.data ?? '');
    if (path === null) return value;
    throw new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', [
      { field: path || metadata.type, message: 'must not contain NUL characters' },
    ]);
  }
}

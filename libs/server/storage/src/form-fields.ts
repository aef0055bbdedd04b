import { Transform } from 'class-transformer';

const TRUE = new Set(['true', 'on', '1']);
const FALSE = new Set(['false', 'off', '0']);
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Multipart fields arrive as strings: turns 'true' / 'on' / '1' into true and 'false' / 'off' / '0'
 * into false (JSON booleans pass through). Anything else is left as is, so @IsBoolean() refuses it.
 */
export const FormBoolean = (): PropertyDecorator =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const normalised = value.trim().toLowerCase();
    if (TRUE.has(normalised)) return true;
    if (FALSE.has(normalised)) return false;
    return value;
  });

/** Turns a decimal string ('12', '-3.5') into a number; anything else is left for @IsInt()/@IsNumber() to refuse. */
export const FormNumber = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value.trim()) : value));

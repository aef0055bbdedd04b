/** The roles a user account can hold. A user may hold several. */
export const ROLES = ['hr_admin', 'employee', 'alumnus', 'external_referrer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that sign in with a one-time link instead of a password. */
export const MAGIC_LINK_ROLES: readonly Role[] = ['alumnus', 'external_referrer'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

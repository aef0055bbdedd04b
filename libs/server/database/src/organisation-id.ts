/**
 * An organisation id can only come from an authenticated context or from a row that carries one,
 * so passing an arbitrary string where an organisation is expected is a type error.
 */
export type OrganisationId = string & { readonly __brand: 'OrganisationId' };

/** Use only where an id is read from a trusted source (session, job payload written by Kring, seed). */
export const asOrganisationId = (id: string) => id as OrganisationId;

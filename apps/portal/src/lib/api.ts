import { createApiClient } from '@kring/api-client';

/** The one API client of the portal. Same origin in production; Vite proxies /api in development. */
export const api = createApiClient(import.meta.env.VITE_API_BASE_URL ?? globalThis.location?.origin ?? '');

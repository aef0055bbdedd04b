import type { RouteObject } from 'react-router';

/** Pages without login: the candidate's consent and decline pages, and shared vacancy links (/r/:code). */
export const publicRoutes: RouteObject[] = [];

/**
 * THROWAWAY STUB written by hand so the portal typechecks before the API exists.
 * The lead overwrites this file with openapi-typescript output generated from the
 * API's OpenAPI document. Do not edit it by hand once generated.
 */

export interface paths {
  '/api/auth/session': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['getSession'];
    put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/auth/login': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never;
    post: operations['login'];
    delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/auth/logout': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never;
    post: operations['logout'];
    delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/auth/magic-link': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never;
    post: operations['requestMagicLink'];
    delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/auth/magic-link/verify': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never;
    post: operations['verifyMagicLink'];
    delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/invitations/lookup': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never;
    post: operations['lookupInvitation'];
    delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/invitations/accept': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never;
    post: operations['acceptInvitation'];
    delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/me': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never; post?: never; delete?: never; options?: never; head?: never;
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/users': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['listUsers'];
    put?: never;
    post: operations['inviteUser'];
    delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/users/{id}/deactivate': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never;
    post: operations['deactivateUser'];
    delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/health': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: operations['getHealth'];
    put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      code: string;
      errors?: components['schemas']['FieldError'][];
      requestId?: string;
    };
    FieldError: { field: string; message: string };
    SessionUser: {
      id: string;
      email: string;
      firstName: string;
      lastName: string;
      roles: ('hr_admin' | 'employee' | 'alumnus' | 'external_referrer')[];
      /** @enum {string} */
      locale: 'nl' | 'en';
    };
    SessionOrganisation: {
      id: string;
      name: string;
      slug: string;
      /** @enum {string} */
      defaultLocale: 'nl' | 'en';
    };
    Session: {
      user: components['schemas']['SessionUser'];
      organisation: components['schemas']['SessionOrganisation'];
      csrfToken: string;
    };
    LoginInput: { email: string; password: string };
    MagicLinkRequestInput: { email: string };
    MagicLinkVerifyInput: { token: string };
    InvitationTokenInput: { token: string };
    InvitationLookup: { email: string; firstName: string; organisationName: string; passwordRequired: boolean };
    AcceptInvitationInput: { token: string; password?: string };
    UpdateMeInput: { locale: 'nl' | 'en' };
    UserSummary: {
      id: string;
      email: string;
      firstName: string;
      lastName: string;
      roles: ('hr_admin' | 'employee' | 'alumnus' | 'external_referrer')[];
      /** @enum {string} */
      status: 'invited' | 'active' | 'deactivated';
      lastLoginAt: string | null;
      createdAt: string;
    };
    UserList: { items: components['schemas']['UserSummary'][]; total: number };
    InviteUserInput: {
      email: string;
      firstName: string;
      lastName: string;
      roles: ('hr_admin' | 'employee' | 'alumnus' | 'external_referrer')[];
      locale: 'nl' | 'en';
    };
    Health: { status: string; database: string; queue: string };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

type ProblemResponse = {
  headers: { [name: string]: unknown };
  content: { 'application/problem+json': components['schemas']['Problem'] };
};
type SessionResponse = {
  headers: { [name: string]: unknown };
  content: { 'application/json': components['schemas']['Session'] };
};
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type JsonBody<T> = { content: { 'application/json': T } };

export interface operations {
  getSession: { parameters: NoParams; requestBody?: never; responses: { 200: SessionResponse; 401: ProblemResponse } };
  login: {
    parameters: NoParams;
    requestBody: JsonBody<components['schemas']['LoginInput']>;
    responses: { 200: SessionResponse; 400: ProblemResponse; 401: ProblemResponse; 429: ProblemResponse };
  };
  logout: {
    parameters: NoParams;
    requestBody?: never;
    responses: { 204: { headers: { [name: string]: unknown }; content?: never } };
  };
  requestMagicLink: {
    parameters: NoParams;
    requestBody: JsonBody<components['schemas']['MagicLinkRequestInput']>;
    responses: {
      202: { headers: { [name: string]: unknown }; content: { 'application/json': Record<string, never> } };
      400: ProblemResponse;
      429: ProblemResponse;
    };
  };
  verifyMagicLink: {
    parameters: NoParams;
    requestBody: JsonBody<components['schemas']['MagicLinkVerifyInput']>;
    responses: { 200: SessionResponse; 400: ProblemResponse; 410: ProblemResponse };
  };
  lookupInvitation: {
    parameters: NoParams;
    requestBody: JsonBody<components['schemas']['InvitationTokenInput']>;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { 'application/json': components['schemas']['InvitationLookup'] } };
      410: ProblemResponse;
    };
  };
  acceptInvitation: {
    parameters: NoParams;
    requestBody: JsonBody<components['schemas']['AcceptInvitationInput']>;
    responses: { 200: SessionResponse; 400: ProblemResponse; 410: ProblemResponse };
  };
  updateMe: {
    parameters: NoParams;
    requestBody: JsonBody<components['schemas']['UpdateMeInput']>;
    responses: { 200: SessionResponse; 400: ProblemResponse; 401: ProblemResponse };
  };
  listUsers: {
    parameters: {
      query?: { status?: 'invited' | 'active' | 'deactivated'; q?: string; limit?: number; offset?: number };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { 'application/json': components['schemas']['UserList'] } };
      401: ProblemResponse;
      403: ProblemResponse;
    };
  };
  inviteUser: {
    parameters: NoParams;
    requestBody: JsonBody<components['schemas']['InviteUserInput']>;
    responses: {
      201: { headers: { [name: string]: unknown }; content: { 'application/json': components['schemas']['UserSummary'] } };
      400: ProblemResponse;
      403: ProblemResponse;
      409: ProblemResponse;
    };
  };
  deactivateUser: {
    parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { 'application/json': components['schemas']['UserSummary'] } };
      403: ProblemResponse;
      404: ProblemResponse;
    };
  };
  getHealth: {
    parameters: NoParams;
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { 'application/json': components['schemas']['Health'] } };
    };
  };
}

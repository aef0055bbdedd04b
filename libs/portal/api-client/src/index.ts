import createClient, { type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

export type { components, operations, paths } from './schema';
export * from './problem';

export const CSRF_COOKIE = 'kring_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(name: string, cookies: string = globalThis.document?.cookie ?? ''): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Adds the double-submit CSRF token to every state-changing request. */
export function csrfMiddleware(getToken: () => string | undefined): Middleware {
  return {
    onRequest({ request }) {
      if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
      const token = getToken();
      if (token) request.headers.set(CSRF_HEADER, token);
      return request;
    },
  };
}

export interface ApiClientOptions {
  /** Where to read the CSRF token from; defaults to the `kring_csrf` cookie. */
  getCsrfToken?: () => string | undefined;
}

export function createApiClient(baseUrl = '', options: ApiClientOptions = {}) {
  const client = createClient<paths>({
    baseUrl,
    credentials: 'include',
    // Resolve fetch/Request at call time, so polyfills and test doubles installed later are honoured.
    fetch: (request: Request) => globalThis.fetch(request),
  });
  client.use(csrfMiddleware(options.getCsrfToken ?? (() => readCookie(CSRF_COOKIE))));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

type SuccessStatus = 200 | 201 | 202;
/** The JSON body of an operation's success response, whatever its exact 2xx status. */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? {
      [K in keyof R]: K extends SuccessStatus
        ? R[K] extends { content: { 'application/json': infer B } }
          ? B
          : never
        : never;
    }[keyof R]
  : never;
/** The JSON request body of an operation. */
export type RequestBody<Op> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: { 'application/json': infer J } }
    ? J
    : never
  : never;

export type Session = SuccessBody<operations['getSession']>;
export type SessionUser = Session['user'];
export type UserRole = SessionUser['roles'][number];
export type UserSummary = SuccessBody<operations['deactivateUser']>;
export type UserStatus = UserSummary['status'];
export type UserList = SuccessBody<operations['listUsers']>;
export type ListUsersQuery = NonNullable<operations['listUsers']['parameters']['query']>;
export type InviteUserInput = RequestBody<operations['inviteUser']>;
export type InvitationLookup = SuccessBody<operations['lookupInvitation']>;

/*
 * Friendly names for the referral API's shapes, so features do not each re-derive them.
 * The string unions (Stage, ConsentState, VacancyStatus, EmploymentType, ProgrammeKind, …) come from @kring/shared-domain.
 */
type Schemas = components['schemas'];

// Vacancies (HR)
export type Vacancy = Schemas['VacancyOutput'];
export type VacancySummary = Schemas['VacancySummaryOutput'];
export type VacancyList = Schemas['VacancyListOutput'];
export type CreateVacancyInput = Schemas['CreateVacancyInput'];
export type UpdateVacancyInput = Schemas['UpdateVacancyInput'];

// Programmes (HR)
export type Programme = Schemas['ProgrammeOutput'];
export type ProgrammeList = Schemas['ProgrammeListOutput'];
export type ProgrammeStatus = Schemas['ProgrammeStatus'];
export type CreateProgrammeInput = Schemas['CreateProgrammeInput'];
export type UpdateProgrammeInput = Schemas['UpdateProgrammeInput'];

// The pipeline (HR)
export type ReferralSummary = Schemas['ReferralSummaryOutput'];
export type ReferralList = Schemas['ReferralListOutput'];
export type ReferralDetail = Schemas['ReferralDetailOutput'];
export type ReferralEvent = Schemas['ReferralEventOutput'];
export type RefusedReferral = Schemas['RefusedReferralOutput'];
export type MoveReferralInput = Schemas['MoveReferralInput'];
export type BulkRejectInput = Schemas['BulkRejectInput'];
export type BulkRejectOutput = Schemas['BulkRejectOutput'];
export type StageNames = Schemas['StageNamesOutput'];
export type StageNamesInput = Schemas['StageNamesInput'];

// Referrers: open vacancies, referring, sharing, their own referrals
export type OpenVacancyList = SuccessBody<operations['listOpenVacancies']>;
export type OpenVacancySummary = OpenVacancyList['items'][number];
export type OpenVacancy = SuccessBody<operations['getOpenVacancy']>;
export type SubmitReferralInput = RequestBody<operations['submitReferral']>;
export type SubmittedReferral = SuccessBody<operations['submitReferral']>;
export type ShareLink = SuccessBody<operations['getMyShareLink']>;
export type ShareLinkChannel = keyof ShareLink['channels'];
export type MyReferralList = SuccessBody<operations['listMyReferrals']>;
export type MyReferral = MyReferralList['items'][number];
export type MyReferralEvent = MyReferral['timeline'][number];

// Candidates: the consent link and the public share link
export type CandidateReferral = SuccessBody<operations['lookupCandidateReferral']>;
export type CandidateConsentInput = RequestBody<operations['consentToReferral']>;
export type CandidateDecision = SuccessBody<operations['consentToReferral']>;
export type DeclineDecision = SuccessBody<operations['declineReferral']>;
export type SharedVacancy = SuccessBody<operations['getSharedVacancy']>;
export type ShareApplicationInput = RequestBody<operations['applyViaShareLink']>;
export type ShareApplicationResult = SuccessBody<operations['applyViaShareLink']>;

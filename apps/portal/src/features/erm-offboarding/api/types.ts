import type { operations, RequestBody, SuccessBody } from '@kring/api-client';

export type EmployeeList = SuccessBody<operations['listEmployees']>;
export type Employee = EmployeeList['items'][number];
export type Offboarding = SuccessBody<operations['getOffboarding']>;
export type OffboardingReason = Offboarding['reason'];
export type CreateOffboardingInput = RequestBody<operations['createOffboarding']>;
export type UpdateOffboardingInput = RequestBody<operations['updateOffboarding']>;
export type EmployeeImport = SuccessBody<operations['getEmployeeImport']>;
export type EmployeeImportRows = SuccessBody<operations['listEmployeeImportRows']>;
export type EmployeeImportRow = EmployeeImportRows['items'][number];
export type StayInTouch = SuccessBody<operations['lookupStayInTouch']>;
export type StayInTouchConsent = StayInTouch['consents'][number];
export type StayInTouchPurpose = StayInTouchConsent['purpose'];
export type AlumnusConsents = SuccessBody<operations['getMyAlumnusConsents']>;

export const OFFBOARDING_REASONS: readonly OffboardingReason[] = ['resignation', 'end_of_contract', 'retirement', 'dismissal', 'other'];
export const STAY_IN_TOUCH_PURPOSES: readonly StayInTouchPurpose[] = ['newsletter', 'job_alerts', 'events'];

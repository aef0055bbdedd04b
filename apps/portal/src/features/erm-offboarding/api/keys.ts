/** Query keys of the offboarding feature: employees, imports (with their rows), the alumnus's consents, stay-in-touch links. */
export const offboardingKeys = {
  all: ['erm-offboarding'] as const,
  employees: (q: string) => [...offboardingKeys.all, 'employees', q] as const,
  imports: () => [...offboardingKeys.all, 'imports'] as const,
  importDetail: (id: string) => [...offboardingKeys.imports(), id] as const,
  importRows: (id: string, show: 'all' | 'notable', page: number) => [...offboardingKeys.imports(), id, 'rows', show, page] as const,
  myConsents: () => [...offboardingKeys.all, 'my-consents'] as const,
  stayInTouch: (token: string) => [...offboardingKeys.all, 'stay-in-touch', token] as const,
};

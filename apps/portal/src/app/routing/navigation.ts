import type { UserRole } from '@kring/api-client';

export interface NavItem {
  path: string;
  labelKey: string;
  roles: readonly UserRole[];
  /** HR's long menu is grouped; a heading is shown above the first item of each section. */
  section?: 'recruitment' | 'relationships' | 'insights';
}

const REFERRERS: readonly UserRole[] = ['employee', 'alumnus', 'external_referrer'];
const EVERYONE: readonly UserRole[] = ['hr_admin', ...REFERRERS];

/** The navigation per role, in display order. A user with several roles sees the union. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.overview', roles: ['hr_admin'] },
  { path: '/users', labelKey: 'nav.users', roles: ['hr_admin'] },
  { path: '/referrals', section: 'recruitment', labelKey: 'nav.referrals', roles: ['hr_admin'] },
  { path: '/manage/vacancies', section: 'recruitment', labelKey: 'nav.manageVacancies', roles: ['hr_admin'] },
  { path: '/manage/programmes', section: 'recruitment', labelKey: 'nav.programmes', roles: ['hr_admin'] },
  { path: '/manage/rewards', section: 'recruitment', labelKey: 'nav.rewardLedger', roles: ['hr_admin'] },
  { path: '/people', section: 'relationships', labelKey: 'nav.people', roles: ['hr_admin'] },
  { path: '/segments', section: 'relationships', labelKey: 'nav.segments', roles: ['hr_admin'] },
  { path: '/talent-pools', section: 'relationships', labelKey: 'nav.talentPools', roles: ['hr_admin'] },
  { path: '/events', section: 'relationships', labelKey: 'nav.events', roles: ['hr_admin'] },
  { path: '/preboarding', section: 'relationships', labelKey: 'nav.preboarding', roles: ['hr_admin'] },
  { path: '/manage/employees', section: 'relationships', labelKey: 'nav.employees', roles: ['hr_admin'] },
  { path: '/newsletters', section: 'relationships', labelKey: 'nav.newsletters', roles: ['hr_admin'] },
  { path: '/mailings/suppressions', section: 'relationships', labelKey: 'nav.suppressions', roles: ['hr_admin'] },
  { path: '/mailings/settings', section: 'relationships', labelKey: 'nav.mailSettings', roles: ['hr_admin'] },
  { path: '/insights', section: 'insights', labelKey: 'nav.dashboard', roles: ['hr_admin'] },
  { path: '/insights/data', section: 'insights', labelKey: 'nav.insightsData', roles: ['hr_admin'] },
  { path: '/vacancies', labelKey: 'nav.vacancies', roles: REFERRERS },
  { path: '/my-referrals', labelKey: 'nav.myReferrals', roles: REFERRERS },
  { path: '/rewards', labelKey: 'nav.rewards', roles: REFERRERS },
  { path: '/my-skills', labelKey: 'nav.mySkills', roles: REFERRERS },
  { path: '/job-alerts', labelKey: 'nav.jobAlerts', roles: ['alumnus', 'external_referrer'] },
  { path: '/preferences', labelKey: 'nav.preferences', roles: ['alumnus', 'external_referrer'] },
];

export function hasAnyRole(userRoles: readonly UserRole[], allowed: readonly UserRole[]): boolean {
  return allowed.some((role) => userRoles.includes(role));
}

export function navItemsFor(roles: readonly UserRole[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles));
}

/** The role a user is greeted as when they hold several. */
export function primaryRole(roles: readonly UserRole[]): UserRole {
  return EVERYONE.find((role) => roles.includes(role)) ?? 'employee';
}

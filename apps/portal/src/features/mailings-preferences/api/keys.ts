/** Query keys of the mail preferences feature: the signed-in user's own topics and matching consent, a link's topics, HR's suppression list. */
export const mailPreferencesKeys = {
  all: ['mailings-preferences'] as const,
  mine: () => [...mailPreferencesKeys.all, 'mine'] as const,
  matching: () => [...mailPreferencesKeys.all, 'matching'] as const,
  link: (token: string) => [...mailPreferencesKeys.all, 'link', token] as const,
  suppressions: () => [...mailPreferencesKeys.all, 'suppressions'] as const,
  suppressionPage: (page: number, q: string) => [...mailPreferencesKeys.suppressions(), page, q] as const,
};

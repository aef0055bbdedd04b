export const privacyKeys = {
  all: ['erm-privacy'] as const,
  person: (personId: string) => [...privacyKeys.all, 'person', personId] as const,
};

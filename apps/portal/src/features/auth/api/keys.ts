export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
};

export const invitationKeys = {
  all: ['invitations'] as const,
  lookup: (token: string) => [...invitationKeys.all, 'lookup', token] as const,
};

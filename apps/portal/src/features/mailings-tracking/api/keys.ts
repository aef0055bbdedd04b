export const mailSettingsKeys = {
  all: ['mailings-tracking'] as const,
  settings: () => [...mailSettingsKeys.all, 'settings'] as const,
};

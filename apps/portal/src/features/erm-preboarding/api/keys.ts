/** Query keys of the preboarding feature: HR's starters and templates, and the starter's own checklist (by token). */
export const preboardingKeys = {
  all: ['preboarding'] as const,
  starters: () => [...preboardingKeys.all, 'starters'] as const,
  starterList: () => [...preboardingKeys.starters(), 'list'] as const,
  starter: (personId: string) => [...preboardingKeys.starters(), 'detail', personId] as const,
  people: (q: string) => [...preboardingKeys.all, 'people', q] as const,
  templates: () => [...preboardingKeys.all, 'templates'] as const,
  checklist: (token: string) => [...preboardingKeys.all, 'checklist', token] as const,
};

/** The six ERM relationship phases (relatiefases). Every person is in exactly one. */
export const PHASES = ['information', 'relation', 'orientation', 'entry', 'employment', 'exit'] as const;
export type Phase = (typeof PHASES)[number];

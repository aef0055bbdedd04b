export interface LeaderboardFilters {
  programmeId?: string;
  department?: string;
  /** First day (YYYY-MM-DD, Amsterdam); the server defaults to the first day of this month. */
  from?: string;
  /** Last day (YYYY-MM-DD, Amsterdam); the server defaults to today. */
  to?: string;
}

/** A referrer's recognition points, the opt-in leaderboard and (for HR) the points settings. */
export const pointsKeys = {
  all: ['points'] as const,
  mine: () => [...pointsKeys.all, 'mine'] as const,
  leaderboards: () => [...pointsKeys.all, 'leaderboard'] as const,
  leaderboard: (filters: LeaderboardFilters) => [...pointsKeys.leaderboards(), filters] as const,
  settings: () => [...pointsKeys.all, 'settings'] as const,
};

export interface LeaderboardFilters {
  programmeId?: string;
  department?: string;
  /** First day (YYYY-MM-DD, Amsterdam); the server defaults to the first day of this month. */
  from?: string;
  /** Last day (YYYY-MM-DD, Amsterdam); the server defaults to today. */
  to?: string;
}

/** A referrer's recognition points and the opt-in leaderboard. */
export const pointsKeys = {
  all: ['points'] as const,
  mine: () => [...pointsKeys.all, 'mine'] as const,
  leaderboards: () => [...pointsKeys.all, 'leaderboard'] as const,
  leaderboard: (filters: LeaderboardFilters) => [...pointsKeys.leaderboards(), filters] as const,
};

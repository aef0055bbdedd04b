import { Foundation1763700000000 } from './1763700000000-foundation';

/** Every migration, in order. Add new ones at the end; never edit one that has shipped. */
export const migrations = [Foundation1763700000000];

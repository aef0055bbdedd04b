import type { DataSource, EntityManager } from 'typeorm';

/** A repository method runs inside the caller's transaction when given one, else on its own. */
export type Tx = EntityManager;

export const managerOf = (dataSource: DataSource, tx?: Tx): EntityManager => tx ?? dataSource.manager;

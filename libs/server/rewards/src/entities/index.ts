export * from './charity.entity';
export * from './payroll-export.entity';
export * from './reward-ledger-entry.entity';
export * from './reward-rule.entity';

import { CharityEntity } from './charity.entity';
import { PayrollExportEntity } from './payroll-export.entity';
import { RewardLedgerEntryEntity } from './reward-ledger-entry.entity';
import { RewardRuleEntity } from './reward-rule.entity';

export const REWARD_ENTITIES = [RewardRuleEntity, RewardLedgerEntryEntity, CharityEntity, PayrollExportEntity];

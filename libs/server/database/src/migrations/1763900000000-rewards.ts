import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rewards: immutable reward rule versions per programme (and per-vacancy overrides), charities, payroll export
 * batches and the reward ledger (one row per referral and milestone, amounts fixed at insert, paid at most once).
 * Also: the organisation's currency, an employee number on people, and on referrals the hard-to-fill snapshot
 * taken at submission and the date a hire left.
 */
export class Rewards1763900000000 implements MigrationInterface {
  name = 'Rewards1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN currency text NOT NULL DEFAULT 'EUR'`);
    await q.query(`ALTER TABLE organisations ADD CONSTRAINT ck_organisations_currency CHECK (currency ~ '^[A-Z]{3}$')`);

    await q.query(`ALTER TABLE people ADD COLUMN employee_number text`);
    await q.query(`ALTER TABLE people ADD CONSTRAINT ck_people_employee_number CHECK (employee_number IS NULL OR length(btrim(employee_number)) BETWEEN 1 AND 40)`);
    await q.query(`CREATE UNIQUE INDEX uq_people_organisation_employee_number ON people (organisation_id, employee_number) WHERE employee_number IS NOT NULL`);

    await q.query(`ALTER TABLE referrals ADD COLUMN vacancy_hard_to_fill boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE referrals ADD COLUMN hire_left_on date`);
    await q.query(`ALTER TABLE referrals ADD COLUMN hire_left_reason text`);
    await q.query(`ALTER TABLE referrals ADD CONSTRAINT ck_referrals_hire_left CHECK (hire_left_on IS NULL OR (stage = 'hired' AND start_date IS NOT NULL))`);
    await q.query(`ALTER TABLE referrals ADD CONSTRAINT ck_referrals_hire_left_reason CHECK (hire_left_reason IS NULL OR hire_left_on IS NOT NULL)`);
    // Best effort for referrals that exist already: the vacancy's flag today. New referrals get it at insert.
    await q.query(`UPDATE referrals r SET vacancy_hard_to_fill = v.hard_to_fill FROM vacancies v WHERE v.id = r.vacancy_id`);
    // "The rule in force at submission applies", including whether the vacancy was hard to fill then. A trigger
    // takes the snapshot on every insert path (referral form, share-link application, seed) without the referrals
    // library knowing about rewards.
    await q.query(`
      CREATE FUNCTION referrals_snapshot_hard_to_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.vacancy_hard_to_fill := coalesce((SELECT hard_to_fill FROM vacancies WHERE id = NEW.vacancy_id), false);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_referrals_snapshot_hard_to_fill BEFORE INSERT ON referrals
      FOR EACH ROW EXECUTE FUNCTION referrals_snapshot_hard_to_fill()`);
    await q.query(`CREATE INDEX ix_referrals_hired ON referrals (id) WHERE stage = 'hired' AND start_date IS NOT NULL`);

    await q.query(`
      CREATE TABLE reward_rules (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        vacancy_id uuid,
        currency text NOT NULL,
        milestones jsonb NOT NULL,
        hard_to_fill jsonb,
        conditions jsonb NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_until timestamptz,
        created_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_reward_rules PRIMARY KEY (id),
        CONSTRAINT uq_reward_rules_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_reward_rules_programme FOREIGN KEY (organisation_id, programme_id) REFERENCES programmes (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_reward_rules_vacancy FOREIGN KEY (organisation_id, vacancy_id) REFERENCES vacancies (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_reward_rules_created_by FOREIGN KEY (organisation_id, created_by_user_id) REFERENCES users (organisation_id, id),
        CONSTRAINT ck_reward_rules_currency CHECK (currency ~ '^[A-Z]{3}$'),
        CONSTRAINT ck_reward_rules_milestones CHECK (jsonb_typeof(milestones) = 'array' AND jsonb_array_length(milestones) BETWEEN 1 AND 10),
        CONSTRAINT ck_reward_rules_hard_to_fill CHECK (hard_to_fill IS NULL OR hard_to_fill->>'kind' IN ('bonus', 'multiplier')),
        CONSTRAINT ck_reward_rules_conditions CHECK (jsonb_typeof(conditions) = 'object'),
        CONSTRAINT ck_reward_rules_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
      )`);
    // At most one version in force per programme default and per vacancy override.
    await q.query(`
      CREATE UNIQUE INDEX uq_reward_rules_current ON reward_rules (organisation_id, programme_id, coalesce(vacancy_id, '00000000-0000-0000-0000-000000000000'::uuid))
      WHERE valid_until IS NULL`);
    await q.query(`CREATE INDEX ix_reward_rules_lookup ON reward_rules (organisation_id, programme_id, vacancy_id, valid_from)`);
    // A version never changes; the only update allowed is closing it once (valid_until from null to a time).
    await q.query(`
      CREATE FUNCTION reward_rules_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'reward rule versions cannot be deleted' USING ERRCODE = 'check_violation';
        END IF;
        IF OLD.valid_until IS NOT NULL
           OR (NEW.id, NEW.organisation_id, NEW.programme_id, NEW.vacancy_id, NEW.currency, NEW.milestones, NEW.hard_to_fill,
               NEW.conditions, NEW.valid_from, NEW.created_by_user_id, NEW.created_at)
              IS DISTINCT FROM
              (OLD.id, OLD.organisation_id, OLD.programme_id, OLD.vacancy_id, OLD.currency, OLD.milestones, OLD.hard_to_fill,
               OLD.conditions, OLD.valid_from, OLD.created_by_user_id, OLD.created_at) THEN
          RAISE EXCEPTION 'reward rule versions are immutable; only closing the current version is allowed' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER tr_reward_rules_immutable BEFORE UPDATE OR DELETE ON reward_rules FOR EACH ROW EXECUTE FUNCTION reward_rules_immutable()`);

    await q.query(`
      CREATE TABLE charities (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_charities PRIMARY KEY (id),
        CONSTRAINT uq_charities_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT uq_charities_organisation_name UNIQUE (organisation_id, name),
        CONSTRAINT fk_charities_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_charities_name CHECK (length(btrim(name)) BETWEEN 1 AND 120)
      )`);

    await q.query(`
      CREATE TABLE payroll_exports (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        created_by_user_id uuid NOT NULL,
        separator text NOT NULL,
        row_count integer NOT NULL,
        file_name text NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_payroll_exports PRIMARY KEY (id),
        CONSTRAINT uq_payroll_exports_organisation_id_id UNIQUE (organisation_id, id),
        CONSTRAINT fk_payroll_exports_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_payroll_exports_created_by FOREIGN KEY (organisation_id, created_by_user_id) REFERENCES users (organisation_id, id),
        CONSTRAINT ck_payroll_exports_separator CHECK (separator IN (';', ',')),
        CONSTRAINT ck_payroll_exports_row_count CHECK (row_count > 0)
      )`);
    await q.query(`CREATE INDEX ix_payroll_exports_organisation_created ON payroll_exports (organisation_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE reward_ledger (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        referral_id uuid NOT NULL,
        milestone_key text NOT NULL,
        rule_id uuid NOT NULL,
        referrer_user_id uuid NOT NULL,
        audience text NOT NULL,
        amount_cents integer NOT NULL,
        currency text NOT NULL,
        points integer NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL,
        cancel_reason text,
        cancelled_at timestamptz,
        cancelled_by_user_id uuid,
        approved_at timestamptz,
        approved_by_user_id uuid,
        paid_at timestamptz,
        export_batch_id uuid,
        donated_to_charity_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_reward_ledger PRIMARY KEY (id),
        CONSTRAINT uq_reward_ledger_referral_milestone UNIQUE (referral_id, milestone_key),
        CONSTRAINT fk_reward_ledger_referral FOREIGN KEY (organisation_id, referral_id) REFERENCES referrals (organisation_id, id),
        CONSTRAINT fk_reward_ledger_rule FOREIGN KEY (organisation_id, rule_id) REFERENCES reward_rules (organisation_id, id),
        CONSTRAINT fk_reward_ledger_referrer FOREIGN KEY (organisation_id, referrer_user_id) REFERENCES users (organisation_id, id),
        CONSTRAINT fk_reward_ledger_approved_by FOREIGN KEY (organisation_id, approved_by_user_id) REFERENCES users (organisation_id, id),
        CONSTRAINT fk_reward_ledger_cancelled_by FOREIGN KEY (organisation_id, cancelled_by_user_id) REFERENCES users (organisation_id, id),
        CONSTRAINT fk_reward_ledger_export_batch FOREIGN KEY (organisation_id, export_batch_id) REFERENCES payroll_exports (organisation_id, id),
        CONSTRAINT fk_reward_ledger_charity FOREIGN KEY (organisation_id, donated_to_charity_id) REFERENCES charities (organisation_id, id),
        CONSTRAINT ck_reward_ledger_milestone_key CHECK (milestone_key ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
        CONSTRAINT ck_reward_ledger_audience CHECK (audience IN ('employee', 'alumnus', 'external_referrer')),
        CONSTRAINT ck_reward_ledger_amounts CHECK (amount_cents >= 0 AND points >= 0 AND (amount_cents > 0 OR points > 0)),
        CONSTRAINT ck_reward_ledger_currency CHECK (currency ~ '^[A-Z]{3}$'),
        CONSTRAINT ck_reward_ledger_status CHECK (status IN ('pending', 'approved', 'paid', 'cancelled')),
        CONSTRAINT ck_reward_ledger_paid CHECK ((status = 'paid') = (paid_at IS NOT NULL AND export_batch_id IS NOT NULL)),
        CONSTRAINT ck_reward_ledger_paid_money CHECK (status <> 'paid' OR amount_cents > 0),
        CONSTRAINT ck_reward_ledger_approved CHECK (status NOT IN ('approved', 'paid') OR approved_at IS NOT NULL),
        CONSTRAINT ck_reward_ledger_cancelled CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_reward_ledger_organisation_status ON reward_ledger (organisation_id, status, due_on)`);
    await q.query(`CREATE INDEX ix_reward_ledger_referrer ON reward_ledger (organisation_id, referrer_user_id, due_on DESC)`);
    await q.query(`CREATE INDEX ix_reward_ledger_export_batch ON reward_ledger (export_batch_id) WHERE export_batch_id IS NOT NULL`);
    // Amounts and identity are fixed at insert; states only move forward (pending → approved → paid, or to
    // cancelled); paid and cancelled rows never change again. Whatever the application does.
    await q.query(`
      CREATE FUNCTION reward_ledger_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'reward ledger rows cannot be deleted' USING ERRCODE = 'check_violation';
        END IF;
        IF (NEW.id, NEW.organisation_id, NEW.referral_id, NEW.milestone_key, NEW.rule_id, NEW.referrer_user_id, NEW.audience,
            NEW.amount_cents, NEW.currency, NEW.points, NEW.due_on, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.organisation_id, OLD.referral_id, OLD.milestone_key, OLD.rule_id, OLD.referrer_user_id, OLD.audience,
            OLD.amount_cents, OLD.currency, OLD.points, OLD.due_on, OLD.created_at) THEN
          RAISE EXCEPTION 'reward ledger amounts and identity are immutable' USING ERRCODE = 'check_violation';
        END IF;
        IF OLD.status IN ('paid', 'cancelled') THEN
          RAISE EXCEPTION 'a % reward ledger row never changes', OLD.status USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.status <> OLD.status AND NOT (
             (OLD.status = 'pending' AND NEW.status IN ('approved', 'cancelled'))
          OR (OLD.status = 'approved' AND NEW.status IN ('paid', 'cancelled'))) THEN
          RAISE EXCEPTION 'reward ledger rows cannot move from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER tr_reward_ledger_guard BEFORE UPDATE OR DELETE ON reward_ledger FOR EACH ROW EXECUTE FUNCTION reward_ledger_guard()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reward_ledger`);
    await q.query(`DROP FUNCTION reward_ledger_guard()`);
    await q.query(`DROP TABLE payroll_exports`);
    await q.query(`DROP TABLE charities`);
    await q.query(`DROP TABLE reward_rules`);
    await q.query(`DROP FUNCTION reward_rules_immutable()`);
    await q.query(`DROP INDEX ix_referrals_hired`);
    await q.query(`DROP TRIGGER tr_referrals_snapshot_hard_to_fill ON referrals`);
    await q.query(`DROP FUNCTION referrals_snapshot_hard_to_fill()`);
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT ck_referrals_hire_left_reason`);
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT ck_referrals_hire_left`);
    await q.query(`ALTER TABLE referrals DROP COLUMN hire_left_reason`);
    await q.query(`ALTER TABLE referrals DROP COLUMN hire_left_on`);
    await q.query(`ALTER TABLE referrals DROP COLUMN vacancy_hard_to_fill`);
    await q.query(`DROP INDEX uq_people_organisation_employee_number`);
    await q.query(`ALTER TABLE people DROP CONSTRAINT ck_people_employee_number`);
    await q.query(`ALTER TABLE people DROP COLUMN employee_number`);
    await q.query(`ALTER TABLE organisations DROP CONSTRAINT ck_organisations_currency`);
    await q.query(`ALTER TABLE organisations DROP COLUMN currency`);
  }
}

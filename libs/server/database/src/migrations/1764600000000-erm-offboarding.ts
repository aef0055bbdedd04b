import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ERM offboarding: HR's record that an employee leaves (executed on the leaving date by the worker) and the
 * employee imports from an HR system (a stored dry run, applied later in batches with progress).
 * people.employee_number is already unique per organisation (uq_people_organisation_employee_number, rewards).
 */
export class ErmOffboarding1764600000000 implements MigrationInterface {
  name = 'ErmOffboarding1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offboardings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        leaving_date date NOT NULL,
        reason text NOT NULL,
        eligible_for_rehire boolean NOT NULL,
        note text,
        private_email text,
        status text NOT NULL DEFAULT 'scheduled',
        source text NOT NULL DEFAULT 'hr',
        created_by_user_id uuid,
        completed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_offboardings PRIMARY KEY (id),
        CONSTRAINT fk_offboardings_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_offboardings_reason CHECK (reason IN ('resignation', 'end_of_contract', 'retirement', 'dismissal', 'other')),
        CONSTRAINT ck_offboardings_status CHECK (status IN ('scheduled', 'completed', 'cancelled')),
        CONSTRAINT ck_offboardings_source CHECK (source IN ('hr', 'import')),
        CONSTRAINT ck_offboardings_note CHECK (note IS NULL OR char_length(note) <= 2000),
        CONSTRAINT ck_offboardings_private_email CHECK (private_email IS NULL OR (char_length(private_email) <= 254 AND private_email = lower(private_email))),
        CONSTRAINT ck_offboardings_completed CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
        CONSTRAINT ck_offboardings_cancelled CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    // At most one pending offboarding per person; the history of earlier ones is kept.
    await q.query(`CREATE UNIQUE INDEX uq_offboardings_person_scheduled ON offboardings (organisation_id, person_id) WHERE status = 'scheduled'`);
    await q.query(`CREATE INDEX ix_offboardings_person ON offboardings (organisation_id, person_id, created_at DESC)`);
    // The worker's scan across organisations: scheduled rows by date.
    await q.query(`CREATE INDEX ix_offboardings_due ON offboardings (leaving_date) WHERE status = 'scheduled'`);

    await q.query(`
      CREATE TABLE employee_imports (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        created_by_user_id uuid,
        file_name text NOT NULL,
        status text NOT NULL DEFAULT 'dry_run',
        offboard_leavers boolean NOT NULL DEFAULT false,
        offboard_missing boolean NOT NULL DEFAULT false,
        business_date date NOT NULL,
        total_rows integer NOT NULL,
        counts jsonb NOT NULL DEFAULT '{}'::jsonb,
        rows jsonb NOT NULL DEFAULT '[]'::jsonb,
        processed integer NOT NULL DEFAULT 0,
        applied_count integer NOT NULL DEFAULT 0,
        skipped_count integer NOT NULL DEFAULT 0,
        outcomes jsonb NOT NULL DEFAULT '[]'::jsonb,
        apply_requested_at timestamptz,
        applied_by_user_id uuid,
        completed_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_employee_imports PRIMARY KEY (id),
        CONSTRAINT fk_employee_imports_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_employee_imports_status CHECK (status IN ('dry_run', 'applying', 'applied', 'failed')),
        CONSTRAINT ck_employee_imports_file_name CHECK (char_length(file_name) BETWEEN 1 AND 255),
        CONSTRAINT ck_employee_imports_processed CHECK (processed BETWEEN 0 AND total_rows),
        CONSTRAINT ck_employee_imports_outcome_counts CHECK (applied_count >= 0 AND skipped_count >= 0 AND applied_count + skipped_count <= processed)
      )`);
    await q.query(`CREATE INDEX ix_employee_imports_organisation_created ON employee_imports (organisation_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE employee_imports`);
    await q.query(`DROP TABLE offboardings`);
  }
}

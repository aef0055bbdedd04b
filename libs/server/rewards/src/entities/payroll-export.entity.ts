import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationId } from '@kring/server-database';

/** One payroll export batch: the rows it paid point at it; the CSV is kept byte for byte for downloading again. */
@Entity('payroll_exports')
export class PayrollExportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'uuid' }) createdByUserId: string;
  @Column({ type: 'text' }) separator: ';' | ',';
  @Column({ type: 'integer' }) rowCount: number;
  @Column({ type: 'text' }) fileName: string;
  @Column({ type: 'bytea', select: false }) content: Buffer;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

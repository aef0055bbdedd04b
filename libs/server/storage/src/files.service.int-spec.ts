import { createHash } from 'node:crypto';
import { mkdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { asOrganisationId, dataSourceOptions, OrganisationId } from '@kring/server-database';
import { createTestDatabase, EXE, testConfig, TestDatabase, tinyDocx, tinyPdf } from '@kring/server-testing';
import { FilesService } from './files.service';
import { LocalDiskStorage } from './local-disk-storage';
import { StoredFileEntity } from './stored-file.entity';
import { StoredFilesRepository } from './stored-files.repository';

describe('FilesService against PostgreSQL and a temporary STORAGE_DIR', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let storage: LocalDiskStorage;
  let files: FilesService;
  let orgA: OrganisationId;
  let orgB: OrganisationId;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    dataSource = await new DataSource({ ...dataSourceOptions(config.database), entities: [StoredFileEntity] }).initialize();
    storage = new LocalDiskStorage(config.storage);
    files = new FilesService(storage, new StoredFilesRepository(dataSource));
    const [a, b] = await Promise.all(
      ['files-a', 'files-b'].map((slug) => dataSource.query(`INSERT INTO organisations (name, slug) VALUES ($1, $1) RETURNING id`, [slug])),
    );
    orgA = asOrganisationId(a[0].id);
    orgB = asOrganisationId(b[0].id);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const diskPath = (file: StoredFileEntity) => path.join(storage.root, file.storageKey);
  const rowCount = async (id: string) => (await dataSource.query(`SELECT 1 FROM stored_files WHERE id = $1`, [id])).length;

  it('stores a CV as a row plus a 0600 file outside the database, reads it back, and erases both', async () => {
    const pdf = tinyPdf();
    const file = await files.storeCv(orgA, { filename: '../../Mijn CV.docx', data: pdf });

    expect(file).toMatchObject({ organisationId: orgA, purpose: 'cv', originalName: 'Mijn CV.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });
    expect(file.storageKey).toMatch(new RegExp(`^${orgA}/[0-9a-f-]{36}$`));
    const [row] = await dataSource.query(`SELECT encode(sha256, 'hex') AS sha256, size_bytes FROM stored_files WHERE id = $1`, [file.id]);
    expect(row).toEqual({ sha256: createHash('sha256').update(pdf).digest('hex'), size_bytes: pdf.length });
    expect((await stat(diskPath(file))).mode & 0o777).toBe(0o600);

    const read = await files.read(orgA, file.id);
    expect(read.data.equals(pdf)).toBe(true);
    expect(read.file.id).toBe(file.id);

    await expect(files.erase(orgA, file.id)).resolves.toBe(true);
    expect(await rowCount(file.id)).toBe(0);
    await expect(stat(diskPath(file))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(files.erase(orgA, file.id)).resolves.toBe(false);
    await expect(files.read(orgA, file.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it("answers not_found for another organisation's file and does not let it erase the file", async () => {
    const file = await files.storeCv(orgA, { filename: 'cv.docx', data: tinyDocx() });

    await expect(files.read(orgB, file.id)).rejects.toMatchObject({ kind: 'not_found', code: 'not_found' });
    await expect(files.read(orgB, 'not-a-uuid')).rejects.toMatchObject({ code: 'not_found' });
    await expect(files.erase(orgB, file.id)).resolves.toBe(false);
    expect(await rowCount(file.id)).toBe(1);
    await expect(storage.exists(file.storageKey)).resolves.toBe(true);
  });

  it('refuses a disguised file before anything is written', async () => {
    const before = await dataSource.query(`SELECT count(*)::int AS n FROM stored_files`);
    await expect(files.storeCv(orgA, { filename: 'cv.pdf', data: EXE })).rejects.toMatchObject({ code: 'file_type_not_allowed' });
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM stored_files`)).toEqual(before);
  });

  it('keeps the bytes of a rolled-back upload only until orphan cleanup, which spares everything with a row', async () => {
    const kept = await files.storeCv(orgA, { filename: 'kept.pdf', data: tinyPdf() });
    let orphanKey = '';
    await dataSource
      .transaction(async (tx) => {
        orphanKey = (await files.storeCv(orgA, { filename: 'lost.pdf', data: tinyPdf() }, tx)).storageKey;
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await expect(storage.exists(orphanKey)).resolves.toBe(true);
    // A crashed write leaves its temp file behind; a fresh orphan may still be an upload in flight.
    await mkdir(path.join(storage.root, 'tmp'), { recursive: true });
    await writeFile(path.join(storage.root, 'tmp', 'crashed-write'), 'half');
    const fresh = await files.storeCv(orgA, { filename: 'fresh.pdf', data: tinyPdf() });
    await dataSource.query(`DELETE FROM stored_files WHERE id = $1`, [fresh.id]);

    const hourAgo = new Date(Date.now() - 3_600_000);
    const old = new Date(hourAgo.getTime() - 60_000);
    for (const key of [kept.storageKey, orphanKey, 'tmp/crashed-write']) await utimes(path.join(storage.root, key), old, old);

    await expect(files.deleteOrphans(hourAgo)).resolves.toEqual({ deleted: 2 });
    await expect(storage.exists(orphanKey)).resolves.toBe(false);
    await expect(storage.exists('tmp/crashed-write')).resolves.toBe(false);
    await expect(storage.exists(kept.storageKey)).resolves.toBe(true);
    await expect(storage.exists(fresh.storageKey)).resolves.toBe(true);
    await expect(files.deleteOrphans(hourAgo)).resolves.toEqual({ deleted: 0 });
  });
});

import { mkdtempSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalDiskStorage } from './local-disk-storage';
import { StoredObjectNotFoundError } from './storage-driver';

describe('LocalDiskStorage', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'kring-disk-'));
  const storage = new LocalDiskStorage({ dir: path.relative(process.cwd(), path.join(base, 'nested', 'storage')) });
  const key = 'org-1/0b7e1f9c-2f7a-4f4e-9d57-3b1f1a2c9e10';

  it('resolves a relative STORAGE_DIR, creates it 0700 and writes files 0600 without leaving temp files', async () => {
    expect(storage.root).toBe(path.join(base, 'nested', 'storage'));
    await storage.put(key, Buffer.from('hello'));

    expect((await stat(storage.root)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(storage.root, 'org-1'))).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(storage.root, key))).mode & 0o777).toBe(0o600);
    expect(await readdir(path.join(storage.root, 'tmp'))).toEqual([]);
    expect((await storage.get(key)).toString()).toBe('hello');
    await expect(storage.exists(key)).resolves.toBe(true);
  });

  it('lists what it stores, and deletes idempotently', async () => {
    const listed = [];
    for await (const object of storage.list()) listed.push(object);
    expect(listed.map((o) => o.key)).toEqual([key]);
    expect(Math.abs(listed[0].modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);

    await storage.delete(key);
    await storage.delete(key);
    await expect(storage.exists(key)).resolves.toBe(false);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredObjectNotFoundError);
  });

  it.each(['../escape', 'org/../../escape', '/etc/passwd', 'org/.hidden', 'org\\file', '', 'org//file', 'org/file.pdf'])(
    'refuses the key %j',
    async (bad) => {
      await expect(storage.put(bad, Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
      await expect(storage.get(bad)).rejects.toThrow(/Invalid storage key/);
      await expect(storage.delete(bad)).rejects.toThrow(/Invalid storage key/);
    },
  );
});

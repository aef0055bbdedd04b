import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, open, opendir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { InjectConfig, type StorageConfig } from '@kring/server-config';
import { StoredObject, StoredObjectNotFoundError, StorageDriver } from './storage-driver';

/** Segments of letters, digits, `_` and `-` only: no dots, so no `..`, no hidden files, no extensions. */
const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;
/** Interrupted writes leave their temporary file here; orphan cleanup removes them like any other orphan. */
const TEMP_DIR = 'tmp';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Files under STORAGE_DIR (outside the web root, never served directly): directories 0700,
 * files 0600, each write made durable (temp file, fsync, rename, fsync of the directory).
 */
@Injectable()
export class LocalDiskStorage extends StorageDriver {
  readonly root: string;

  constructor(@InjectConfig('storage') config: StorageConfig) {
    super();
    this.root = path.resolve(config.dir);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.pathOf(key);
    const temp = path.join(this.root, TEMP_DIR, randomUUID());
    await mkdir(path.dirname(temp), { recursive: true, mode: 0o700 });
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncDirectory(path.dirname(target));
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) throw new StoredObjectNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async *list(): AsyncIterable<StoredObject> {
    yield* this.walk('');
  }

  private async *walk(prefix: string): AsyncIterable<StoredObject> {
    let dir;
    try {
      dir = await opendir(path.join(this.root, prefix));
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for await (const entry of dir) {
      const key = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (!KEY.test(key)) continue; // not ours (e.g. an operator's notes); never touch it
      if (entry.isDirectory()) yield* this.walk(key);
      else if (entry.isFile()) {
        const stats = await stat(path.join(this.root, key)).catch(() => null);
        if (stats) yield { key, modifiedAt: stats.mtime };
      }
    }
  }

  /** Keys are server-generated, but a key that could leave the root is refused anyway. */
  private pathOf(key: string): string {
    const resolved = path.resolve(this.root, key);
    if (!KEY.test(key) || !resolved.startsWith(this.root + path.sep)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
    return resolved;
  }
}

/** Makes a rename durable: without it a crash can forget the new directory entry. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

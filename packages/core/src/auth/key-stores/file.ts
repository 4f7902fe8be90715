import { watch, type FSWatcher } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { ApiKeyStore, type KeyCheck, type KeyStore } from '../api-keys.js';
import { readKeyFile } from '../key-file.js';

export interface FileKeyStoreOptions {
  /** Quiet time after the last change event before reloading (editors write in several steps). @default 100 */
  debounceMs?: number;
  /** Watch the file and reload it on change. @default true */
  watch?: boolean;
  /** Told when a reload failed (the previous keys stay in force) or succeeded. */
  onReload?: (error: Error | undefined, keys: number) => void;
}

/** Where a key file's coalesced last-used times are kept: beside it, so persisting them never rewrites the keys. */
export const lastUsedPath = (keyFile: string): string => `${keyFile}.last-used.json`;

/**
 * Keys from a JSON file `{ "keys": [...] }`, reloaded when the file changes. A reload parses and validates the
 * whole file first and swaps the key set in one assignment; an invalid file keeps the previous keys.
 */
export class FileKeyStore implements KeyStore {
  readonly path: string;
  readonly #memory: ApiKeyStore;
  readonly #options: FileKeyStoreOptions;
  #watcher: FSWatcher | undefined;
  #debounce: NodeJS.Timeout | undefined;
  #flush: NodeJS.Timeout | undefined;
  #pendingLastUsed = false;
  #reloading: Promise<void> = Promise.resolve();

  /** Reads the file now; an unreadable or invalid file throws `TG_KEY_FILE_INVALID` (start-up). */
  constructor(file: string, baseDir: string, options: FileKeyStoreOptions = {}) {
    this.path = resolve(baseDir, file);
    this.#options = options;
    this.#memory = new ApiKeyStore(readKeyFile(this.path, baseDir));
    this.#memory.onLastUsed = () => this.#scheduleLastUsed();
    if (options.watch !== false) this.#watch();
  }

  get size(): number {
    return this.#memory.size;
  }

  check(key: string): KeyCheck {
    return this.#memory.check(key);
  }

  lastUsed(id: string): number | undefined {
    return this.#memory.lastUsed(id);
  }

  /** Re-reads the file now; resolves once the new keys are in force (or the old ones kept). */
  reload(): Promise<void> {
    this.#reloading = this.#reloading.then(() => {
      try {
        this.#memory.replace(readKeyFile(this.path, dirname(this.path)));
        this.#options.onReload?.(undefined, this.#memory.size);
      } catch (err) {
        this.#options.onReload?.(err as Error, this.#memory.size);
      }
    });
    return this.#reloading;
  }

  async close(): Promise<void> {
    this.#watcher?.close();
    this.#watcher = undefined;
    clearTimeout(this.#debounce);
    clearTimeout(this.#flush);
    if (this.#pendingLastUsed) await this.#writeLastUsed();
  }

  #watch(): void {
    // The directory, not the file: tools (and our CLI) replace the file by rename, which ends a watch on the old inode.
    const name = basename(this.path);
    this.#watcher = watch(dirname(this.path), { persistent: false }, (_event, changed) => {
      if (changed !== null && changed.toString() !== name) return;
      clearTimeout(this.#debounce);
      this.#debounce = setTimeout(() => void this.reload(), this.#options.debounceMs ?? 100);
      this.#debounce.unref();
    });
    this.#watcher.on('error', (err) => this.#options.onReload?.(err, this.#memory.size));
  }

  #scheduleLastUsed(): void {
    if (this.#pendingLastUsed) return;
    this.#pendingLastUsed = true;
    // One write per interval at most, whatever the request rate.
    this.#flush = setTimeout(() => void this.#writeLastUsed(), 60_000);
    this.#flush.unref();
  }

  async #writeLastUsed(): Promise<void> {
    this.#pendingLastUsed = false;
    const target = lastUsedPath(this.path);
    try {
      const previous = await readFile(target, 'utf8').then((t) => JSON.parse(t) as Record<string, string>, () => ({}));
      const merged: Record<string, string> = { ...previous };
      for (const [id, at] of this.#memory.lastUsedEntries()) merged[id] = new Date(at).toISOString();
      await writeFile(`${target}.tmp`, JSON.stringify(merged, null, 2) + '\n', { mode: 0o600 });
      await rename(`${target}.tmp`, target);
    } catch (err) {
      this.#options.onReload?.(err as Error, this.#memory.size);
    }
  }
}

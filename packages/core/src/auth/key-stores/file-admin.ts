import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ApiKeyRecord } from '../../policy/types.js';
import { KeyAdminError, listing, newKey, rotateKey, type CreatedKey, type KeyAdmin, type KeyListing, type NewKeyInput } from './admin.js';
import { lastUsedPath } from './file.js';

interface KeyFileDoc {
  keys: ApiKeyRecord[];
  [other: string]: unknown;
}

/** Administers a key file: every change is written to a temporary file and renamed, so readers never see half a file. */
export class FileKeyAdmin implements KeyAdmin {
  constructor(readonly path: string) {}

  async create(input: NewKeyInput): Promise<CreatedKey> {
    const doc = this.#read();
    const created = newKey(input);
    if (doc.keys.some((k) => k.id === created.record.id)) {
      throw new KeyAdminError(`a key with id ${created.record.id} already exists in ${this.path}; pick another id.`);
    }
    this.#write({ ...doc, keys: [...doc.keys, created.record] });
    return created;
  }

  async list(): Promise<KeyListing[]> {
    const lastUsed = this.#lastUsed();
    return this.#read().keys.map((k) => listing(k, lastUsed[k.id] ? Date.parse(lastUsed[k.id] as string) : undefined));
  }

  async revoke(id: string): Promise<boolean> {
    const doc = this.#read();
    const i = doc.keys.findIndex((k) => k.id === id);
    if (i === -1) return false;
    const keys = [...doc.keys];
    keys[i] = { ...(keys[i] as ApiKeyRecord), revoked: true };
    this.#write({ ...doc, keys });
    return true;
  }

  async rotate(id: string, graceSeconds: number, env?: string): Promise<CreatedKey> {
    const doc = this.#read();
    const i = doc.keys.findIndex((k) => k.id === id);
    if (i === -1) throw new KeyAdminError(`no key with id ${id} in ${this.path}.`);
    const { created, old } = rotateKey(doc.keys[i] as ApiKeyRecord, graceSeconds, env);
    const keys = [...doc.keys];
    keys[i] = old;
    keys.push(created.record);
    this.#write({ ...doc, keys });
    return created;
  }

  async close(): Promise<void> {}

  #read(): KeyFileDoc {
    if (!existsSync(this.path)) return { keys: [] };
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch (err) {
      throw new KeyAdminError(`cannot read ${this.path}: ${(err as Error).message}`);
    }
    if (!doc || typeof doc !== 'object' || !Array.isArray((doc as KeyFileDoc).keys)) {
      throw new KeyAdminError(`${this.path} is not a key file: expected an object with a "keys" array.`);
    }
    return doc as KeyFileDoc;
  }

  #write(doc: KeyFileDoc): void {
    writeFileSync(`${this.path}.tmp`, JSON.stringify(doc, null, 2) + '\n', { mode: 0o600 });
    renameSync(`${this.path}.tmp`, this.path);
  }

  #lastUsed(): Record<string, string> {
    try {
      return JSON.parse(readFileSync(lastUsedPath(this.path), 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }
}

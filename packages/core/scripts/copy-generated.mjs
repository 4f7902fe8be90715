// tsc compiles only TypeScript: the build copies the generated validators (JavaScript and declarations) to dist/ as
// they are (standalone-validators.mjs says why they are not TypeScript).
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const pkg = join(import.meta.dirname, '..');
for (const entry of readdirSync(join(pkg, 'src'), { recursive: true, withFileTypes: true })) {
  if (!entry.isDirectory() || entry.name !== 'generated') continue;
  const dir = join(entry.parentPath, entry.name);
  cpSync(dir, join(pkg, 'dist', dir.slice(join(pkg, 'src').length)), { recursive: true });
}

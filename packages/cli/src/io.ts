/** Where the CLI writes, injectable so commands are tested in-process. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  readonly cwd: string;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  cwd: process.cwd(),
};

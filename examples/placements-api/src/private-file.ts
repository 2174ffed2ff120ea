// The database holds children's dates of birth and ethnicity (special-category data, UK GDPR art. 9), so
// it is readable by the service's own user only. SQLite creates a new database file 0644 less the umask
// and gives its -wal and -shm files the database file's mode (os_unix.c, findCreateFileMode), so the
// file is created 0600 before SQLite opens it, an existing one is narrowed to 0600, and the folder made
// for it is 0700.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname } from "node:path";

export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_DIR_MODE = 0o700;

/** The companion files SQLite keeps beside a database in WAL mode. */
export function sqliteFilesOf(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`];
}

/** Creates `path` (and its folder) readable and writable by this user only, or narrows it to that. */
export function preparePrivateFile(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // "a": create if absent, never truncate; the mode applies only when the file is created.
  closeSync(openSync(path, "a", PRIVATE_FILE_MODE));
  for (const file of sqliteFilesOf(path)) {
    if (existsSync(file) && (statSync(file).mode & 0o777) !== PRIVATE_FILE_MODE)
      chmodSync(file, PRIVATE_FILE_MODE);
  }
}

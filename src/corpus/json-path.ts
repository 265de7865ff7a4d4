/** A JSON path for people: `entries[3].sources[0].url`, with odd keys quoted (`clinic["my field"]`). */
export type PathKey = string | number;

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** The file as a whole has no path of its own. */
export const FILE_PATH = '(file)';

export function formatPath(keys: readonly PathKey[]): string {
  if (keys.length === 0) return FILE_PATH;
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (PLAIN_KEY.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Finds where JSON text breaks and says why, the same in every browser and Node version.
 *
 * `JSON.parse` messages differ between engines (V8 gives a position only sometimes, Safari never),
 * so after `JSON.parse` has failed this small scanner walks the text itself. It only locates the
 * first fault; it builds no values.
 */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  /** What is wrong at that point, such as `a comma is missing`. */
  readonly what: string;
  readonly expected: string;
}

class Fault {
  constructor(
    readonly offset: number,
    readonly what: string,
    readonly expected: string,
  ) {}
}

// Sticky (`y`) patterns match at `lastIndex` without copying the rest of a large file.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[\da-fA-F]{4})/y;

const VALUE = 'a value: "text", a number, true, false, null, a list [ ] or an object { }';

/** Line and column (both from 1) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** The first syntax fault in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    return { ...lineAndColumn(text, e.offset), what: e.what, expected: e.expected };
  }
}

class Scanner {
  private i = 0;
  constructor(private readonly s: string) {}

  document(): void {
    this.value();
    this.space();
    if (this.i < this.s.length) this.fail('there is more text after the end of the JSON', 'nothing after the last closing bracket');
  }

  private fail(what: string, expected: string, at = this.i): never {
    throw new Fault(at, what, expected);
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.s[this.i] ?? '')) this.i++;
  }

  /** Explains a character that cannot start a value or a field name. */
  private unexpected(expected: string): never {
    const c = this.s[this.i];
    if (c === undefined) this.fail('the file ends too early', 'every { and [ to be closed with } and ]');
    if (c === "'") this.fail('text is in single quotes', 'double quotes "like this"');
    if (c === '/') this.fail('there is a comment', 'no comments: JSON does not allow them');
    const word = this.sticky(/[^\s,:{}[\]"]+/y);
    this.fail(word ? `"${word}" is not a value JSON understands` : `"${c}" is out of place`, expected);
  }

  private value(): void {
    this.space();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    this.unexpected(VALUE);
  }

  /** Runs `item` for each comma-separated item up to `close`, explaining a missing or extra comma. */
  private items(close: '}' | ']', item: () => void): void {
    this.i++;
    this.space();
    if (this.s[this.i] === close) {
      this.i++;
      return;
    }
    for (;;) {
      item();
      this.space();
      const c = this.s[this.i];
      if (c === close) {
        this.i++;
        return;
      }
      if (c !== ',') {
        if (c === undefined || c === '/') this.unexpected('');
        this.fail('a comma is missing before this point', `a comma "," between items, or "${close}" to close`);
      }
      const comma = this.i++;
      this.space();
      if (this.s[this.i] === '}' || this.s[this.i] === ']') {
        this.fail(`there is a comma before "${this.s[this.i]}"`, 'no comma after the last item', comma);
      }
    }
  }

  private object(): void {
    this.items('}', () => {
      this.space();
      if (this.s[this.i] !== '"') this.unexpected('a field name in double quotes, such as "id"');
      this.string();
      this.space();
      if (this.s[this.i] !== ':') this.fail('a colon is missing after the field name', '":" between a field name and its value');
      this.i++;
      this.value();
    });
  }

  private array(): void {
    this.items(']', () => this.value());
  }

  private string(): void {
    const start = this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined || c === '\n' || c === '\r') {
        this.fail('a text is not closed with a double quote', 'a " at the end of the text, on the same line', start);
      }
      if (c === '"') {
        this.i++;
        return;
      }
      if (c < ' ') this.fail('a text contains a tab or control character', '\\t for a tab inside text');
      if (c === '\\') {
        const escape = this.sticky(ESCAPE);
        if (!escape) this.fail('a backslash starts an unknown escape', '\\\\ for a backslash, \\" for a quote, \\n for a new line');
        this.i += escape.length;
      } else this.i++;
    }
  }

  private sticky(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.i;
    return pattern.exec(this.s)?.[0];
  }

  private number(): void {
    const match = this.sticky(NUMBER) ?? '';
    const next = this.s[this.i + match.length];
    if (!match || (next !== undefined && /[\d.eE\w]/.test(next))) this.unexpected('a number such as 12 or 4.5');
    this.i += match.length;
  }
}

/**
 * Where a JSON text first goes wrong, found by a small recursive-descent reader: the browser's
 * own JSON.parse words its errors differently in every engine and often gives no position. Pure.
 */
export interface JsonSyntaxError {
  message: string;
  /** 0-based offset into the text, and its 1-based line and column. */
  offset: number;
  line: number;
  column: number;
}

const MAX_DEPTH = 500;

export function findJsonError(text: string): JsonSyntaxError | undefined {
  let at = 0;

  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { offset: at });
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const describeHere = () => (at >= text.length ? 'the end of the text' : `"${text[at]}"`);
  const expect = (char: string) => {
    if (text[at] !== char) fail(`expected "${char}" but found ${describeHere()}`);
    at++;
  };

  const readString = () => {
    expect('"');
    while (at < text.length && text[at] !== '"') {
      const char = text[at]!;
      if (char < ' ') fail('a line break or control character inside a string must be escaped');
      if (char === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('\\u needs four hex digits');
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) {
          fail('unknown escape in a string');
        }
      }
      at++;
    }
    if (at >= text.length) fail('the string is never closed');
    at++;
  };

  const readNumber = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail(`expected a value but found ${describeHere()}`);
    at += match![0].length;
  };

  const readValue = (depth: number): void => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipSpace();
    const char = text[at];
    if (char === '{') readContainer(depth, '}', () => {
      skipSpace();
      if (text[at] !== '"') fail(`expected a property name in double quotes but found ${describeHere()}`);
      readString();
      skipSpace();
      expect(':');
      readValue(depth + 1);
    });
    else if (char === '[') readContainer(depth, ']', () => readValue(depth + 1));
    else if (char === '"') readString();
    else if (char !== undefined && /[a-z]/.test(char)) {
      const word = /^[a-z]+/.exec(text.slice(at))![0];
      if (word !== 'true' && word !== 'false' && word !== 'null') fail(`"${word}" is not a JSON value (strings need double quotes)`);
      at += word.length;
    } else readNumber();
  };

  const readContainer = (depth: number, close: string, readItem: () => void) => {
    at++;
    skipSpace();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      readItem();
      skipSpace();
      if (text[at] === ',') {
        at++;
        skipSpace();
        if (text[at] === close) fail(`a trailing comma before "${close}" is not allowed in JSON`);
        continue;
      }
      if (text[at] === close) {
        at++;
        return;
      }
      fail(`expected "," or "${close}" but found ${describeHere()}`);
    }
  };

  try {
    readValue(0);
    skipSpace();
    if (at < text.length) fail(`unexpected ${describeHere()} after the value`);
    return undefined;
  } catch (error) {
    const offset = (error as { offset?: number }).offset ?? at;
    const before = text.slice(0, offset).split('\n');
    return { message: (error as Error).message, offset, line: before.length, column: before.at(-1)!.length + 1 };
  }
}

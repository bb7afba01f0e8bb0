/**
 * How a child process reports its result to the parent that started it: one line on stdout, `<NAME>_RESULT <json>`,
 * among whatever else it prints (a build's log, warnings). The child writes it and the parent reads it through the
 * same definition, so the two ends cannot drift apart.
 */
export interface ResultLine<T> {
  /** The line for `value`, without the newline. */
  format: (value: T) => string;
  /** Prints the line on stdout: the child's side. */
  write: (value: T) => void;
  /** The value when `line` is this result's line, otherwise undefined: the parent's side. */
  read: (line: string) => T | undefined;
  /** For followOutput's `take`: hands the value to `receive` and takes the line out of the output passed on. */
  takeInto: (receive: (value: T) => void) => (line: string) => boolean;
}

export function resultLine<T>(name: string): ResultLine<T> {
  const prefix = `${name}_RESULT `;
  const format = (value: T) => `${prefix}${JSON.stringify(value)}`;
  const read = (line: string) => (line.startsWith(prefix) ? (JSON.parse(line.slice(prefix.length)) as T) : undefined);
  return {
    format,
    write: (value) => console.log(format(value)),
    read,
    takeInto: (receive) => (line) => {
      if (!line.startsWith(prefix)) return false;
      receive(read(line)!);
      return true;
    },
  };
}

/**
 * The learner server's console as a bounded list of lines. Output arrives in chunks that may end
 * mid-line, so a chunk continues the last line of the same stream when that line is still open.
 */
export type ConsoleStream = 'stdout' | 'stderr' | 'system';

export interface ConsoleLine {
  id: number;
  stream: ConsoleStream;
  text: string;
  /** False while the line may still grow (its chunk did not end with a newline). */
  complete: boolean;
}

export interface ConsoleBuffer {
  lines: ConsoleLine[];
  nextId: number;
  /** Lines dropped off the top since the last clear. */
  dropped: number;
}

export const MAX_CONSOLE_LINES = 1000;
/** A single enormous line is cut, so one print cannot freeze the page. */
export const MAX_LINE_CHARS = 4000;

export function emptyConsole(): ConsoleBuffer {
  return { lines: [], nextId: 1, dropped: 0 };
}

export function appendOutput(buffer: ConsoleBuffer, stream: ConsoleStream, text: string, maxLines = MAX_CONSOLE_LINES): ConsoleBuffer {
  if (text.length === 0) return buffer;
  const lines = buffer.lines.slice();
  let nextId = buffer.nextId;
  const parts = text.replace(/\r\n/g, '\n').split('\n');
  // A trailing newline yields a final empty part: it only marks the previous part as complete.
  const endsWithNewline = parts.at(-1) === '';
  if (endsWithNewline) parts.pop();

  parts.forEach((part, index) => {
    const isLast = index === parts.length - 1;
    const complete = !isLast || endsWithNewline;
    const last = lines.at(-1);
    if (index === 0 && last && !last.complete && last.stream === stream) {
      lines[lines.length - 1] = { ...last, text: clip(last.text + part), complete };
    } else {
      lines.push({ id: nextId++, stream, text: clip(part), complete });
    }
  });
  // A chunk of only "\n" closes the open line of that stream.
  if (parts.length === 0) {
    const last = lines.at(-1);
    if (last && !last.complete && last.stream === stream) lines[lines.length - 1] = { ...last, complete: true };
    else lines.push({ id: nextId++, stream, text: '', complete: true });
  }

  const overflow = Math.max(0, lines.length - maxLines);
  return { lines: overflow > 0 ? lines.slice(overflow) : lines, nextId, dropped: buffer.dropped + overflow };
}

/** A status line of our own (server started, crashed, …), always a whole line. */
export function appendSystemLine(buffer: ConsoleBuffer, text: string, maxLines = MAX_CONSOLE_LINES): ConsoleBuffer {
  const closed = closeOpenLine(buffer);
  return appendOutput(closed, 'system', `${text}\n`, maxLines);
}

function closeOpenLine(buffer: ConsoleBuffer): ConsoleBuffer {
  const last = buffer.lines.at(-1);
  if (!last || last.complete) return buffer;
  return { ...buffer, lines: [...buffer.lines.slice(0, -1), { ...last, complete: true }] };
}

function clip(text: string): string {
  return text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)} …(line cut)` : text;
}

/** The whole console as plain text (for copying). */
export function consoleText(buffer: ConsoleBuffer): string {
  return buffer.lines.map((l) => l.text).join('\n');
}

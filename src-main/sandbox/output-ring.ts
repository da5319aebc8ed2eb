/**
 * The last lines a learner's server printed, interleaved from stdout and stderr, for failure
 * reports. Bounded in both directions: a server that prints forever, or prints one endless line,
 * costs at most `maxLines × maxLineLength` characters.
 */
export class OutputRing {
  private readonly lines: string[] = [];
  private partialLine = '';

  constructor(
    private readonly maxLines = 40,
    private readonly maxLineLength = 2000,
  ) {}

  push(text: string): void {
    const pieces = (this.partialLine + text).split('\n');
    this.partialLine = this.truncate(pieces.pop() ?? '');
    for (const line of pieces) this.lines.push(this.truncate(line));
    // The unfinished line counts too, so the text never holds more than maxLines lines.
    const excess = this.lines.length + (this.partialLine === '' ? 0 : 1) - this.maxLines;
    if (excess > 0) this.lines.splice(0, excess);
  }

  text(): string {
    return this.partialLine === '' ? this.lines.join('\n') : [...this.lines, this.partialLine].join('\n');
  }

  private truncate(line: string): string {
    return line.length > this.maxLineLength ? `${line.slice(0, this.maxLineLength)}…` : line;
  }
}

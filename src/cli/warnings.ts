/**
 * Warnings for the user, at most `limit` of them: a file with a million over-long lines must not
 * bury the terminal. The rest are counted and mentioned once at the end.
 */
export class Warnings {
  private shown = 0;
  private suppressed = 0;

  constructor(
    private readonly print: (text: string) => void,
    private readonly limit = 20,
  ) {}

  add(text: string): void {
    if (this.shown < this.limit) {
      this.shown++;
      this.print(text);
    } else this.suppressed++;
  }

  flush(): void {
    if (this.suppressed > 0) this.print(`${this.suppressed} more warnings not shown`);
    this.suppressed = 0;
  }
}

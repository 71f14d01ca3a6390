// Scanning helpers shared by the sentence splitters: white space by character code, and the next of a
// few characters found with indexOf (a native search per character over the whole text costs less than
// a regular expression run from each place a caller stops at).

/** White space as \s matches it and trim() removes it. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Finds, from a position on, the first of some characters in one text at a time. */
export class NextMark {
  /** Where each character is next found (the text's length when nowhere; -1 before the first search). */
  private readonly next: number[];
  private text = "";

  constructor(private readonly marks: readonly string[]) {
    this.next = marks.map(() => -1);
  }

  /** Starts on a new text. */
  reset(text: string): void {
    this.text = text;
    for (let m = 0; m < this.next.length; m++) this.next[m] = -1; // (a loop: fill() costs a call)
  }

  /** The first position at or after `from` that holds one of the characters, or the text's length. */
  from(from: number): number {
    const text = this.text;
    let first = text.length;
    for (let m = 0; m < this.marks.length; m++) {
      let next = this.next[m] as number;
      if (next < from) {
        next = text.indexOf(this.marks[m] as string, from);
        if (next < 0) next = text.length;
        this.next[m] = next;
      }
      if (next < first) first = next;
    }
    return first;
  }
}

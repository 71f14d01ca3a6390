// Texts as keys, cheaply: an open-addressing table keyed by a hash of the length and a sample of the
// characters. A Map hashes every character of every key, and the sentences of a build are tens of
// thousands of fresh strings, most of them looked up once; texts of one hash are told apart by equality.
import { sampleHash } from "../themes/tokens.ts";

/**
 * Characters sampled for a text's hash: with the length, they tell most sentences apart. Not fewer:
 * copies of a sentence edited by a word or a figure keep its length, and with 16 samples lookups met
 * three times as many such copies of their hash as equal texts, each a comparison with another string
 * (cache misses); more samples of the same few cache lines cost next to nothing.
 */
const SAMPLES = 32;

/** Never 0 (an empty slot's). */
const textHash = (text: string): number => sampleHash(text, SAMPLES) | 1;

/** Values by text. */
export class TextTable<V> {
  private texts: (string | undefined)[];
  private values: (V | undefined)[];
  /** Per slot its text's hash, 0 when empty: probes read this array only, texts on a match. */
  private hashes: Int32Array;
  private mask: number;
  private size = 0;
  /** The hash of the text last looked up (see `add`). */
  private hash = 0;
  /** `capacity` slots at least (a power of two; grown when half full). */
  constructor(capacity = 1024) {
    let slots = 1024;
    while (slots < capacity) slots *= 2;
    this.texts = new Array(slots).fill(undefined);
    this.values = new Array(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.mask = slots - 1;
  }
  /** The slot of `text`, or -1 - the free slot where it goes (for `add`, before any other `find`). */
  find(text: string): number {
    const h = textHash(text);
    this.hash = h;
    let slot = Math.imul(h, 0x9e3779b1) & this.mask;
    for (;;) {
      const kept = this.hashes[slot] as number;
      if (kept === 0) return -1 - slot;
      if (kept === h && this.texts[slot] === text) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
  valueAt(slot: number): V {
    return this.values[slot] as V;
  }
  /** The text kept at `slot`: equal to the one found there, and the same string for every finder. */
  textAt(slot: number): string {
    return this.texts[slot] as string;
  }
  /** Keeps the text last looked up, not found, at the free slot `find` gave. */
  add(freeSlot: number, text: string, value: V): void {
    this.put(-1 - freeSlot, text, this.hash, value);
    if (++this.size * 2 > this.mask) this.grow();
  }
  private put(slot: number, text: string, hash: number, value: V): void {
    this.texts[slot] = text;
    this.hashes[slot] = hash;
    this.values[slot] = value;
  }
  private grow(): void {
    const { texts, hashes, values } = this;
    const slots = texts.length * 2;
    this.texts = new Array(slots).fill(undefined);
    this.values = new Array(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.mask = slots - 1;
    for (let k = 0; k < texts.length; k++) {
      const hash = hashes[k] as number;
      if (hash === 0) continue;
      let slot = Math.imul(hash, 0x9e3779b1) & this.mask;
      while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask;
      this.put(slot, texts[k] as string, hash, values[k] as V);
    }
  }
}

// Word tables for the words of a sentence. A Map or Set hashes every new string it is asked about, and
// every token of a sentence is a new string: hashing them cost more than the rest of finding a figure.
// These tables find a word by its first letter and length, then compare it with the few words of that
// bucket, so no word is ever hashed.

export interface WordSet {
  has(word: string): boolean;
}

export interface WordMap<V> extends WordSet {
  get(word: string): V | undefined;
}

const BUCKETS = 512;

/** The bucket of a word: 5 bits of its first character, 4 of its length. */
const bucketOf = (word: string): number => ((word.charCodeAt(0) & 31) << 4) | (word.length & 15);

class BucketMap<V> implements WordMap<V> {
  private readonly keys: (string[] | undefined)[] = new Array(BUCKETS);
  private readonly values: (V[] | undefined)[] = new Array(BUCKETS);

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [word, value] of entries) {
      const b = bucketOf(word);
      const keys = this.keys[b];
      const values = this.values[b];
      if (!keys || !values) {
        this.keys[b] = [word];
        this.values[b] = [value];
        continue;
      }
      const at = keys.indexOf(word);
      if (at >= 0) {
        values[at] = value; // as in a Map, the last entry of a word wins
      } else {
        keys.push(word);
        values.push(value);
      }
    }
  }

  get(word: string): V | undefined {
    const b = bucketOf(word);
    const keys = this.keys[b];
    if (keys === undefined) return undefined;
    for (let i = 0; i < keys.length; i++) if (keys[i] === word) return (this.values[b] as V[])[i];
    return undefined;
  }

  has(word: string): boolean {
    const keys = this.keys[bucketOf(word)];
    if (keys === undefined) return false;
    for (let i = 0; i < keys.length; i++) if (keys[i] === word) return true;
    return false;
  }
}

export function wordMap<V>(entries: Iterable<readonly [string, V]>): WordMap<V> {
  return new BucketMap(entries);
}

export function wordSet(words: Iterable<string>): WordSet {
  const entries: [string, true][] = [];
  for (const word of words) entries.push([word, true]);
  return new BucketMap(entries);
}

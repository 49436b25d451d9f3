/**
 * Sequential reader over a model file's bytes.
 *
 * @example
 * const reader = new ByteReader(bytes);
 * const length = reader.varint();
 */
export class ByteReader {
  offset = 0;
  readonly #bytes: Uint8Array;
  readonly #view: DataView;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  #need(count: number): void {
    if (this.offset + count > this.#bytes.length) throw new RangeError('model file is truncated');
  }

  /** @example reader.u8(); */
  u8(): number {
    this.#need(1);
    return this.#bytes[this.offset++] ?? 0;
  }

  /** @example reader.u32(); */
  u32(): number {
    this.#need(4);
    const value = this.#view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }

  /** Unsigned LEB128. @example reader.varint(); */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.u8();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
      if (scale > 2 ** 49) throw new RangeError('model file has a malformed varint');
    }
  }

  /** A copy of the next `count` bytes. @example reader.bytes(4); */
  bytes(count: number): Uint8Array {
    this.#need(count);
    const slice = this.#bytes.slice(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  /** @example reader.float32Array(10); */
  float32Array(count: number): Float32Array {
    return this.#fill(new Float32Array(count), 4, (at) => this.#view.getFloat32(at, true));
  }

  /** @example reader.uint16Array(10); */
  uint16Array(count: number): Uint16Array {
    return this.#fill(new Uint16Array(count), 2, (at) => this.#view.getUint16(at, true));
  }

  /** @example reader.uint32Array(10); */
  uint32Array(count: number): Uint32Array {
    return this.#fill(new Uint32Array(count), 4, (at) => this.#view.getUint32(at, true));
  }

  // Element by element through the DataView: the file is little-endian whatever the host, and the
  // arrays need not be aligned within it.
  #fill<T extends Float32Array | Uint16Array | Uint32Array>(out: T, size: number, read: (at: number) => number): T {
    this.#need(out.length * size);
    for (let index = 0; index < out.length; index++) out[index] = read(this.offset + index * size);
    this.offset += out.length * size;
    return out;
  }
}

// A minimal zip writer for the app package: entries stored, not deflated (the PNGs are compressed
// already and the manifest is small), UTF-8 names, a fixed date so the package is reproducible.

const zlib = require("node:zlib");

/** CRC-32 (ISO 3309, as zip uses it) of a byte array: Node's own (zlib.crc32, Node 20.15 and later). */
function crc32(bytes) {
  return zlib.crc32(bytes);
}

/** MS-DOS date of 1980-01-01, the earliest a zip can hold; the time is 00:00. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const VERSION = 20; // 2.0: what a stored entry with a UTF-8 name needs

/** A zip archive of `entries` ({ name, data }), in that order. Refuses what the format cannot hold. */
function zip(entries) {
  if (entries.length > 0xffff) throw new Error(`a zip holds at most 65,535 entries, not ${entries.length}`);
  const seen = new Set();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    if (!name || name.startsWith("/") || name.includes("\\") || name.split("/").includes(".."))
      throw new Error(`"${name}" is not a relative path with forward slashes`);
    if (seen.has(name)) throw new Error(`"${name}" is in the package twice`);
    seen.add(name);
    const fileName = Buffer.from(name, "utf8");
    if (fileName.length > 0xffff) throw new Error(`"${name.slice(0, 40)}…" is too long a name for a zip`);
    if (data.length > 0xfffffffe || offset > 0xfffffffe)
      throw new Error("the package would need Zip64, which this writer does not produce");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(STORED, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, fileName, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(STORED, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

module.exports = { zip };

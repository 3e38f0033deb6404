/**
 * scripts/manifest/zip.cjs, read back by an independent reader: Python's zipfile module (python3 is
 * required by the tests; .ci/run installs it), which checks every CRC and header field it reads.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 as zlibCrc32 } from "node:zlib";

const { zip } = require("../../scripts/manifest/zip.cjs") as {
  zip(entries: { name: string; data: Buffer }[]): Buffer;
};

const work = mkdtempSync(join(tmpdir(), "rg-zip-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Lists each entry as name, size, CRC, compression, date; fails (exit 1) on the first bad CRC.
const PYTHON_READER = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad is not None:
        print("bad CRC in " + bad, file=sys.stderr)
        sys.exit(1)
    out = []
    for info in z.infolist():
        data = z.read(info.filename)
        out.append({"name": info.filename, "size": info.file_size, "crc": info.CRC,
                    "compress_type": info.compress_type, "date_time": list(info.date_time),
                    "hex": data.hex()})
    print(json.dumps(out))
`;

interface PythonEntry {
  name: string;
  size: number;
  crc: number;
  compress_type: number;
  date_time: number[];
  hex: string;
}

function readWithPython(bytes: Buffer): { status: number | null; entries: PythonEntry[]; stderr: string } {
  const file = join(work, `package-${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(file, bytes);
  const run = spawnSync("python3", ["-c", PYTHON_READER, file], { encoding: "utf8" });
  if (run.error) throw new Error(`python3 is needed to read the zip back: ${run.error.message}`);
  return {
    status: run.status,
    entries: run.status === 0 ? (JSON.parse(run.stdout) as PythonEntry[]) : [],
    stderr: run.stderr,
  };
}

describe("zip", () => {
  const entries = [
    { name: "manifest.json", data: Buffer.from('{"id":"x"}\n') },
    { name: "assets/icon-color-192.png", data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 1, 2]) },
    { name: "assets/empty.txt", data: Buffer.alloc(0) },
    { name: "assets/größe-ü.txt", data: Buffer.from("non-ASCII name", "utf8") },
    { name: "big.bin", data: Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) & 0xff)) },
  ];

  test("is read back by Python's zipfile with every entry, byte for byte, CRCs checked", () => {
    const result = readWithPython(zip(entries));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.entries.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    result.entries.forEach((read, i) => {
      const written = entries[i]!;
      expect(read.hex).toBe(written.data.toString("hex"));
      expect(read.size).toBe(written.data.length);
      expect(read.crc).toBe(zlibCrc32(written.data));
      expect(read.compress_type).toBe(0); // stored
      expect(read.date_time).toEqual([1980, 1, 1, 0, 0, 0]);
    });
  });

  test("an empty archive is a valid zip", () => {
    const result = readWithPython(zip([]));
    expect(result.status).toBe(0);
    expect(result.entries).toEqual([]);
  });

  test("is reproducible: the same entries give the same bytes", () => {
    expect(zip(entries).equals(zip(entries))).toBe(true);
  });

  test("a damaged byte is caught by the reader (the check is live)", () => {
    const bytes = zip([{ name: "a.txt", data: Buffer.from("hello, world") }]);
    const damaged = Buffer.from(bytes);
    damaged[30 + "a.txt".length] = damaged[30 + "a.txt".length]! ^ 0x01; // first byte of the stored data
    const result = readWithPython(damaged);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad CRC in a\.txt/);
  });

  test.each([
    ["an absolute path", "/etc/passwd", /not a relative path/],
    ["a parent folder", "assets/../../x", /not a relative path/],
    ["a backslash", "assets\\icon.png", /not a relative path/],
    ["an empty name", "", /not a relative path/],
  ])("refuses %s", (_case, name, message) => {
    expect(() => zip([{ name, data: Buffer.from("x") }])).toThrow(message);
  });

  test("refuses the same name twice", () => {
    expect(() =>
      zip([
        { name: "a", data: Buffer.from("1") },
        { name: "a", data: Buffer.from("2") },
      ]),
    ).toThrow(/"a" is in the package twice/);
  });
});

#!/usr/bin/env python3
"""Derives data/lookalikes/latin-letter-bases.tsv: every Latin letter whose Unicode name says which
plain letter it decorates (LATIN SMALL LETTER D WITH HOOK -> d, LATIN LETTER SMALL CAPITAL R -> r).
Run by hand when moving to a newer Python/Unicode; the output is committed, and
scripts/generators/lookalike-letters.mjs turns it into src/checker/data/lookalike-letters.generated.ts."""
import re
import sys
import unicodedata

PATTERNS = [
    re.compile(r"^LATIN (?:SMALL|CAPITAL) LETTER ([A-Z])(?: WITH .+)?$"),
    re.compile(r"^LATIN LETTER SMALL CAPITAL ([A-Z])$"),
    re.compile(r"^LATIN SMALL LETTER DOTLESS ([A-Z])$"),
    re.compile(r"^LATIN (?:SMALL|CAPITAL) LETTER ([A-Z]) (?:BAR|STROKE|HOOK|TAIL|RETROFLEX HOOK|PALATAL HOOK|MIDDLE TILDE|DESCENDER)$"),
]

def main() -> None:
    out = sys.stdout
    out.write(f"# Derived by scripts/derive-letter-bases.py from Unicode {unicodedata.unidata_version} character names.\n")
    out.write("# code point<TAB>base letter<TAB>name\n")
    for cp in range(0x80, 0x30000):
        ch = chr(cp)
        name = unicodedata.name(ch, "")
        if not name or unicodedata.category(ch) not in ("Ll", "Lu", "Lt", "Lm"):
            continue
        # Letters that decompose are handled by stripping marks after NFD; keep only the rest.
        if unicodedata.normalize("NFD", ch) != ch and unicodedata.normalize("NFD", ch)[0].isascii():
            continue
        for pattern in PATTERNS:
            m = pattern.match(name)
            if m:
                out.write(f"{cp:04X}\t{m.group(1).lower()}\t{name}\n")
                break

main()

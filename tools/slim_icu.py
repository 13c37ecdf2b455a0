"""Rebuild Qt's ICU data library (Linux) with only the data the app can use: 32 -> ~6 MB.

    python tools/slim_icu.py BUNDLE/_internal/libicudata.so.73   # in place (build_app does)

PySide6's Linux wheels ship ICU 73 for Qt Core; its data library holds one ICU "common
data" package (the symbol icudt<NN>_dat) of ~3,900 items. Qt uses ICU for collation
(QCollator), case mapping and text codecs; its own CLDR tables do dates, numbers and
language names. Kept: every item that is not per-locale (Unicode properties, normalisation,
case, the collation root, likely subtags, time-zone rules ...), and the per-locale items of
root, English and German (German: the one translation planned). Left out: the legacy text
converters (.cnv: the app reads files through Python, never through QTextCodec), the
word-break dictionaries for Chinese, Japanese, Khmer, Burmese, Lao and Thai, the
transliterators, and other languages' names, units, currencies, time-zone names and
collations (a French user's sort order falls back to the root collation, correct for
French and most European languages).

The new package keeps ICU's format (header, sorted table of contents, items 16-byte
aligned) and is linked into a shared library of the same name (gcc, `.incbin`). Without
gcc or readelf the library is left as it is (the bundle is then ~26 MB bigger).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = {"root", "en", "de"}
DROP_CATEGORIES = {"translit"}
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]+)*\.res$")
_ALIGN = 16


def _symbol(library: Path) -> tuple[str, int]:
    """The name and size of the ICU data symbol (readelf -Ws)."""
    out = subprocess.run(
        ["readelf", "-Ws", str(library)], check=True, capture_output=True, text=True
    ).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 8 and re.fullmatch(r"icudt\d+_dat", fields[7]):
            return fields[7], int(fields[2], 0)
    raise ValueError(f"{library} holds no icudt*_dat symbol")


def read_package(blob: bytes, size: int) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items (name, bytes) from the library's bytes."""
    at = blob.find(b"CmnD")
    start = at - 12  # headerSize(2) magic(2) UDataInfo.size(2) reserved(2) flags(4)
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, start)
    if (magic1, magic2) != (0xDA, 0x27):
        raise ValueError("not an ICU common data package")
    toc = start + header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * k) for k in range(count)]
    end = start + size
    items = []
    for k, (name_offset, data_offset) in enumerate(entries):
        name_end = blob.index(b"\0", toc + name_offset)
        name = blob[toc + name_offset : name_end].decode("ascii")
        stop = toc + entries[k + 1][1] if k + 1 < count else end
        items.append((name, blob[toc + data_offset : stop]))
    return blob[start:toc], items


def keep(name: str) -> bool:
    """Whether the item `icudtNNl/...` stays in the package."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    if leaf.endswith(".cnv"):
        return False
    if parts[0] in DROP_CATEGORIES:
        return False
    if parts[0] == "brkitr" and leaf.endswith(".dict"):
        return False
    locale = _LOCALE.match(leaf)
    if locale and leaf not in ("res_index.res", "pool.res"):
        return locale.group(1) in KEEP_LANGUAGES
    return True


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of `items` (kept in their sorted order)."""
    count = len(items)
    names = b""
    name_offsets = []
    toc_size = 4 + 8 * count
    for name, _ in items:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    data_start = toc_size + len(names)
    pad = (-(len(header) + data_start)) % _ALIGN
    data_start += pad
    body = b""
    data_offsets = []
    for _, data in items:
        data_offsets.append(data_start + len(body))
        body += data + b"\0" * ((-len(data)) % _ALIGN)
    toc = struct.pack("<I", count) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    return header + toc + names + b"\0" * pad + body


def slim(library: Path) -> tuple[int, int] | None:
    """Replace `library` with its slimmed rebuild; (old size, new size), or None when the
    tools are missing (the library is left untouched)."""
    if shutil.which("gcc") is None or shutil.which("readelf") is None:
        return None
    symbol, size = _symbol(library)
    blob = library.read_bytes()
    header, items = read_package(blob, size)
    package = write_package(header, [(n, d) for n, d in items if keep(n)])
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "icudata.dat"
        data.write_bytes(package)
        source = Path(work) / "icudata.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.balign {_ALIGN}\n"
            f"{symbol}:\n"
            f'\t.incbin "{data}"\n'
            f"\t.size {symbol}, .-{symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        built = Path(work) / library.name
        subprocess.run(
            [
                "gcc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-o",
                str(built),
                str(source),
            ],
            check=True,
        )
        old = library.stat().st_size
        shutil.copyfile(built, library)
    return old, library.stat().st_size


def main(argv: list[str]) -> int:
    for name in argv:
        result = slim(Path(name))
        if result is None:
            print(f"{name}: left as it is (gcc or readelf missing)")
        else:
            print(f"{name}: {result[0] / 1e6:.1f} MB -> {result[1] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

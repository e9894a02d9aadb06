"""Write the trimmed MEANTIME copy kept in tests/data/meantime-en/ (run once, kept for the record).

Keeps what ``newsgraph eval`` reads, the tokens and the TIMEX3 markables, and drops
the other markables and the relations, halving the size. Checks that every trimmed
document parses to exactly what the original does.

    python scripts/trim_meantime.py ../shared/data/meantime-en tests/data/meantime-en
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from newsgraph.eval.meantime import parse_meantime


def trimmed(data: bytes) -> bytes:
    root = ET.fromstring(data)
    out = ET.Element(root.tag, root.attrib)
    out.text = "\n"
    for token in root.findall("token"):
        token.tail = "\n"
        out.append(token)
    markables = ET.SubElement(out, "Markables")
    markables.text = "\n"
    markables.tail = "\n"
    for timex in root.findall("Markables/TIMEX3"):
        timex.tail = "\n"
        markables.append(timex)
    return b'<?xml version="1.0" ?>' + ET.tostring(out, encoding="utf-8", xml_declaration=False) + b"\n"


def main(source: Path, target: Path) -> None:
    originals = sorted((source / "intra-doc_annotation").rglob("*.xml"))
    for path in originals:
        relative = path.relative_to(source)
        data = trimmed(path.read_bytes())
        if parse_meantime(data, path.name) != parse_meantime(path.read_bytes(), path.name):
            raise SystemExit(f"{relative}: trimmed copy parses differently")
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        (target / relative).write_bytes(data)
    print(f"{len(originals)} documents written under {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

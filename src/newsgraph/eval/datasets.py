"""Reading gold sets and system output from disk, and scoring them: what ``newsgraph eval`` calls.

Three kinds of gold are told apart by their content:

- a seed-style gold ``.jsonl`` (objects with ``doc``, ``article``, ``title``);
- a MEANTIME directory (or one file) of CAT ``.xml`` documents;
- the PLOVER GSR ``.json`` (a list of event records).

Without a system file, newsgraph itself is run on the gold's documents. With one
(JSON Lines of OUTPUT.md records), seed records are matched to gold articles by
input file and title; MEANTIME and PLOVER records by their text, which must be
the document's text as ``--as-is`` read it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import newsgraph
from newsgraph.errors import UsageError
from newsgraph.eval.gold import GoldArticle, parse_gold_lines
from newsgraph.eval.meantime import parse_meantime, score_meantime
from newsgraph.eval.plover import GsrRecord, parse_gsr, score_plover
from newsgraph.eval.report import Report
from newsgraph.eval.runs import analyse_inputs, analyse_texts
from newsgraph.eval.seed import score_seed
from newsgraph.eval.system import SystemArticle, read_system_record
from newsgraph.eval.text import fold
from newsgraph.settings import Settings

GoldKind = Literal["seed", "meantime", "plover"]
_KINDS_HELP = (
    "expected a seed-style gold .jsonl (objects with doc, article, title), "
    "a MEANTIME directory of .xml documents, or the PLOVER GSR .json"
)


def detect_gold(path: Path) -> tuple[GoldKind, Path]:
    """Tell which kind of gold ``path`` holds, by content, and the path to read it from
    (a directory holding only the PLOVER GSR file stands for that file)."""
    if path.is_dir():
        if meantime_files(path):
            return "meantime", path
        gsr = [p for p in sorted(path.glob("*.json")) if p.read_bytes()[:256].lstrip().startswith(b"[")]
        if len(gsr) == 1:
            return "plover", gsr[0]
        raise UsageError(f"{path}: a directory without MEANTIME .xml documents or one PLOVER .json; {_KINDS_HELP}")
    try:
        head = path.read_bytes()[:65_536]
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    start = head.lstrip()[:1]
    if b"<Document" in head and b"<token" in head:
        return "meantime", path
    if start == b"[":
        return "plover", path
    if start == b"{":
        first = head.lstrip().split(b"\n", 1)[0]
        try:
            record = json.loads(first)
        except (json.JSONDecodeError, UnicodeDecodeError):
            record = None
        if isinstance(record, dict) and {"doc", "article"} <= record.keys():
            return "seed", path
    preview = head.lstrip()[:40].decode("utf-8", errors="replace")
    raise UsageError(f"cannot tell what gold {path} is (starts with {preview!r}); {_KINDS_HELP}")


def meantime_files(path: Path) -> list[Path]:
    """Return the MEANTIME documents under a directory (or the file itself), sorted."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*.xml") if p.is_file() and b"<token" in p.read_bytes()[:4096])


def evaluate(gold: Path, settings: Settings, system: Path | None = None, inputs: Path | None = None) -> Report:
    """Score the system output (or newsgraph run now) against a gold set of any kind."""
    kind, gold = detect_gold(gold)
    if kind == "seed":
        return evaluate_seed(gold, settings, system, inputs)
    if kind == "meantime":
        return evaluate_meantime(gold, settings, system)
    return evaluate_plover(gold, settings, system)


def read_seed_gold(path: Path) -> list[GoldArticle]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read gold {path}: {error}") from None
    return parse_gold_lines(lines, str(path))


def read_system_file(path: Path) -> list[SystemArticle]:
    """Read JSON Lines of OUTPUT.md records; raise UsageError naming a bad line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read system output {path}: {error}") from None
    articles: list[SystemArticle] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            articles.append(read_system_record(json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise UsageError(
                f"{path}:{number}: not an analysis record ({error}); expected one JSON object per line "
                "as `newsgraph extract` prints"
            ) from None
    return articles


def find_documents(gold: Path, docs: Sequence[str], inputs: Path | None) -> list[Path]:
    """Find each gold document: in ``inputs`` when given, else next to the gold file,
    in ../sample/ beside it, or in the project's examples/."""
    if inputs is not None:
        places = [inputs]
    else:
        project = Path(newsgraph.__file__).resolve().parents[2]
        places = [gold.parent, gold.parent.parent / "sample", Path("examples"), project / "examples"]
    found: list[Path] = []
    for doc in docs:
        path = next((place / doc for place in places if (place / doc).is_file()), None)
        if path is None:
            looked = ", ".join(str(p) for p in dict.fromkeys(places))
            raise UsageError(f"cannot find {doc}, the document of gold {gold}: looked in {looked}; pass --inputs DIR")
        found.append(path)
    return found


def evaluate_seed(gold_path: Path, settings: Settings, system: Path | None, inputs: Path | None) -> Report:
    gold = read_seed_gold(gold_path)
    docs = list(dict.fromkeys(g.doc for g in gold))
    if system is not None:
        articles = read_system_file(system)
        source = f"system output {system}"
    else:
        paths = find_documents(gold_path, docs, inputs)
        articles = [read_system_record(r) for r in analyse_inputs(paths, settings)]
        source = "newsgraph run now on " + ", ".join(str(p) for p in paths)
    description = f"seed gold {gold_path}: {len(gold)} articles in {len(docs)} document(s); {source}"
    return score_seed(gold, articles, description)


def _by_text(articles: Sequence[SystemArticle], texts: Sequence[str]) -> list[SystemArticle | None]:
    """Pick each text's system record: the same text, exactly or once folded."""
    exact = {a.text: a for a in articles}
    folded = {fold(a.text): a for a in articles}
    return [exact.get(t) or folded.get(fold(t)) for t in texts]


def evaluate_meantime(path: Path, settings: Settings, system: Path | None) -> Report:
    docs = [parse_meantime(p.read_bytes(), p.name) for p in meantime_files(path)]
    if not docs:
        raise UsageError(f"{path}: no MEANTIME documents found")
    outputs = _system_for([(d.text, d.dct) for d in docs], settings, system)
    missing = sum(1 for o in outputs if o is None)
    gold_n = sum(len(d.timexes) for d in docs)
    source = f"system output {system}" if system else "newsgraph run now, --as-is --published <creation time>"
    description = f"MEANTIME {path}: {len(docs)} documents, {gold_n} gold timexes; {source}"
    if missing:
        description += f" ({missing} document(s) without a system record score as empty)"
    scored = [(doc, out.timexes if out else ()) for doc, out in zip(docs, outputs, strict=True)]
    return score_meantime(scored, description)


def evaluate_plover(path: Path, settings: Settings, system: Path | None) -> Report:
    records: list[GsrRecord] = parse_gsr(path.read_bytes(), str(path))
    outputs = _system_for([(r.text, None) for r in records], settings, system)
    missing = sum(1 for o in outputs if o is None)
    source = f"system output {system}" if system else "newsgraph run now, --as-is"
    description = f"PLOVER GSR {path}: {len(records)} sentences; {source}"
    if missing:
        description += f" ({missing} sentence(s) without a system record score as empty)"
    scored = [(record, out.events if out else ()) for record, out in zip(records, outputs, strict=True)]
    return score_plover(scored, description)


def _system_for(
    texts: Sequence[tuple[str, str | None]], settings: Settings, system: Path | None
) -> list[SystemArticle | None]:
    if system is not None:
        return _by_text(read_system_file(system), [text for text, _ in texts])
    return [read_system_record(a.to_dict()) for a in analyse_texts(texts, settings)]

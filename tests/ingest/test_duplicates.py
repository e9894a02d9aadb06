"""The same story reached twice is stored once with every origin; different stories on one topic are both kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.ingest.dedupe import fingerprint, shingles, similarity
from newsgraph.pipeline import ingest
from newsgraph.settings import Settings
from newsgraph.store import open_store

STORY = """Floodwater closes main bridge as river reaches record level

The main road bridge into Millbrook was closed on Thursday morning after the river rose above its highest recorded \
level, the county council said.

Engineers measured the water at 4.8 metres at 7am, some 20 centimetres above the previous record set in 2007. Drivers \
were told to use the bypass, adding about half an hour to journeys into the town, and buses were diverted.

"We will not reopen the bridge until divers have inspected the foundations," said the council's head of highways, \
Priya Raman. "Public safety has to come first, and we ask people to stay away from the riverbank."

The Environment Agency kept a severe flood warning in place for the lower valley and said more rain was expected \
overnight. Sandbags were handed out at the fire station, and about 40 homes on Mill Lane were evacuated as a \
precaution, with families taken to the leisure centre.

Shopkeepers on the high street said trade had collapsed since the water began rising on Tuesday. The council said a \
decision on reopening would be taken on Friday at the earliest, once the level had fallen below four metres.
"""

RESCRAPED = (
    STORY.replace("\nThe main road bridge", "\nBy Tom Okafor, Valley Herald\n\nThe main road bridge")
    + "\nRead more: Council delays vote on new housing estate\n\n"
    "Sign up for our daily newsletter. Follow us on social media. (c) 2024 Valley Herald\n"
)

SAME_TOPIC = """Millbrook cut off as river breaks 2007 record

Residents of Millbrook faced long detours on Thursday after the town's only road bridge was shut because of flooding.

The river peaked just under five metres early in the morning, beating the level reached in the floods of 2007. \
Council engineers said the structure looked sound but could not be checked while the current was so strong.

Priya Raman, who is responsible for roads at the county council, asked drivers to be patient. Families from Mill \
Lane spent the night in the leisure centre after police knocked on doors on Wednesday evening.

Forecasters expect the rain to ease by the weekend. Traders said they feared another week of lost business if the \
bridge stayed closed, and asked the council for help with their rates.
"""


def write(folder: Path, name: str, text: str) -> str:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def exact_jaccard(first: str, second: str) -> float:
    a, b = shingles(first), shingles(second)
    return len(a & b) / len(a | b)


def test_the_fixtures_are_what_they_claim() -> None:
    assert 0.8 <= exact_jaccard(STORY, RESCRAPED) < 1.0
    assert exact_jaccard(STORY, SAME_TOPIC) < 0.1
    assert similarity(fingerprint(STORY).signature, fingerprint(RESCRAPED).signature) >= 0.8


@pytest.mark.parametrize("runs", ["one run", "separate runs"])
def test_the_same_story_identical_and_rescraped_is_stored_once_with_every_origin(tmp_path: Path, runs: str) -> None:
    inputs = tmp_path / "inputs"
    paths = [
        write(inputs, "herald.txt", STORY),
        write(inputs, "herald-copy.txt", STORY),
        write(inputs, "herald-rescraped.txt", RESCRAPED),
    ]
    with open_store(str(tmp_path / "news.db")) as store:
        if runs == "one run":
            summaries = [ingest(paths, store, Settings())]
        else:
            summaries = [ingest([path], store, Settings()) for path in paths]
        assert sum(s.stored for s in summaries) == 1
        assert sum(s.exact_duplicates for s in summaries) == 1
        assert sum(s.near_duplicates for s in summaries) == 1
        assert store.stats()["articles"] == 1
        (stored,) = store.list_articles()
        origins = store.origins(stored.id)
    by_path = {Path(o["path"]).name: o for o in origins}
    assert set(by_path) == {"herald.txt", "herald-copy.txt", "herald-rescraped.txt"}
    assert by_path["herald.txt"]["duplicate"] == "original"
    assert by_path["herald-copy.txt"]["duplicate"] == "exact"
    assert by_path["herald-rescraped.txt"]["duplicate"] == "near"
    assert by_path["herald-rescraped.txt"]["similarity"] >= 0.8


def test_two_different_stories_on_the_same_topic_are_both_stored(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    paths = [write(inputs, "herald.txt", STORY), write(inputs, "gazette.txt", SAME_TOPIC)]
    with open_store(str(tmp_path / "news.db")) as store:
        summary = ingest(paths, store, Settings())
        titles = sorted(a.title or "" for a in store.list_articles())
    assert summary.stored == 2
    assert summary.exact_duplicates == summary.near_duplicates == 0
    assert titles == [
        "Floodwater closes main bridge as river reaches record level",
        "Millbrook cut off as river breaks 2007 record",
    ]


def test_ingesting_the_same_inputs_again_adds_no_origin(tmp_path: Path) -> None:
    paths = [write(tmp_path / "inputs", "herald.txt", STORY), write(tmp_path / "inputs", "again.txt", RESCRAPED)]
    with open_store(str(tmp_path / "news.db")) as store:
        ingest(paths, store, Settings())
        again = ingest(paths, store, Settings())
        (stored,) = store.list_articles()
        assert len(store.origins(stored.id)) == 2
    assert again.stored == 0

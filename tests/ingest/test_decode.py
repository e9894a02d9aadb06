"""Encodings: UTF-8 and byte-order marks are read as such, legacy code pages are detected, binary is refused."""

from __future__ import annotations

import pytest

from newsgraph.errors import InputError, SkipReason
from newsgraph.ingest.decode import decode_bytes, detect_encoding

TEXTS = [
    ("latin-1", "Der Bürgermeister sagte am Mittwoch, die Straße werde für größere Fahrzeuge gesperrt."),
    ("latin-1", "El alcalde dijo el miércoles que la calle se cerrará a los camiones, según los vecinos."),
    ("cp1252", "Le président a déclaré mercredi que le budget serait présenté – « nous n’avons pas le choix »."),
    ("cp1250", "Prezydent powiedział w środę, że rząd przedstawi nowy budżet. Źródła mówią o cięciach."),
    ("cp1250", "Vláda ve středu řekla, že příští týden předloží nový rozpočet. Opozice žádá škrty ve výdajích."),
    ("cp1251", "Президент заявил в среду, что правительство представит новый бюджет на следующей неделе."),
    ("cp1254", "Başbakan çarşamba günü hükümetin yeni bir bütçe sunacağını söyledi. Kaynaklar kesintiden söz ediyor."),
    ("utf-16", "Rescue teams reached Şirince on Wednesday – the governor’s office said."),
    ("utf-8-sig", "Officials said on Monday that talks would resume – “soon”."),
]


@pytest.mark.parametrize(("encoding", "text"), TEXTS, ids=[encoding for encoding, _ in TEXTS])
def test_text_in_its_encoding_decodes_back_exactly(encoding: str, text: str) -> None:
    assert decode_bytes(text.encode(encoding), "story.txt").text == text


def test_utf8_is_not_a_guess_and_a_legacy_code_page_is() -> None:
    assert detect_encoding("Zürich – “quoted”".encode(), "a.txt") == ("utf-8", False)
    encoding, guessed = detect_encoding("Zürich, the city’s mayor said on Monday.".encode("cp1252"), "b.txt")
    assert guessed and encoding == "cp1252"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", SkipReason.EMPTY), (b" \n\t\n", SkipReason.EMPTY), (bytes(range(256)) * 8, SkipReason.NOT_TEXT)],
    ids=["empty", "white-space", "binary"],
)
def test_empty_and_binary_data_are_refused_with_a_reason(data: bytes, reason: SkipReason) -> None:
    with pytest.raises(InputError) as raised:
        decode_bytes(data, "input.bin")
    assert raised.value.reason == reason

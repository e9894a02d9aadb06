"""Time expressions through the real spaCy model: detection, extent and TIMEX3 value."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph import nlp
from newsgraph.extract.timexes import timexes_in, timexes_in_doc
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import Caption, Published

TUESDAY = date(2025, 12, 30)  # the sample's publication day, a Tuesday
FRIDAY = date(2024, 3, 15)

# (sentence, expression, reference, type, value)
CASES = [
    # explicit dates in the usual news forms
    ("Canada declared the IRGC a terror group on June 19, 2024.", "June 19, 2024", TUESDAY, "DATE", "2024-06-19"),
    ("The photo was taken in Tehran, Iran, 30 December 2025.", "30 December 2025", TUESDAY, "DATE", "2025-12-30"),
    ("The court ruled on Dec. 3, the judge said.", "Dec. 3", TUESDAY, "DATE", "2025-12-03"),
    ("The court will rule on Dec. 3, the judge said.", "Dec. 3", TUESDAY, "DATE", "2026-12-03"),
    ("The protest began Friday, Aug. 9, 2013, in the capital.", "Friday, Aug. 9, 2013", TUESDAY, "DATE", "2013-08-09"),
    ("Results were published on 2024-05-01 by the ministry.", "2024-05-01", TUESDAY, "DATE", "2024-05-01"),
    ("The treaty was signed on 3rd March 1999 in Paris.", "3rd March 1999", TUESDAY, "DATE", "1999-03-03"),
    ("The vote is set for Jan. 12, officials said.", "Jan. 12", TUESDAY, "DATE", "2026-01-12"),
    ("Talks ended on December 2 without a deal.", "December 2", TUESDAY, "DATE", "2025-12-02"),
    ("The attack took place on 7/8/07 in the early morning.", "7/8/07", TUESDAY, "DATE", "2007-07-08"),
    ("He was born on February 24, 1955, in San Francisco.", "February 24, 1955", TUESDAY, "DATE", "1955-02-24"),
    ("Elections are scheduled for November 5.", "November 5", FRIDAY, "DATE", "2024-11-05"),
    ("The ceasefire began on March 2.", "March 2", FRIDAY, "DATE", "2024-03-02"),
    # weekdays
    ("Student protests erupted on Tuesday at universities.", "Tuesday", TUESDAY, "DATE", "2025-12-30"),
    ("Ukraine said Tuesday that it had no evidence.", "Tuesday", TUESDAY, "DATE", "2025-12-30"),
    ("Lavrov said on Wednesday that the West saw Russia as an adversary.", "Wednesday", TUESDAY, "DATE", "2025-12-24"),
    ("The ministers met on Monday in Geneva.", "Monday", TUESDAY, "DATE", "2025-12-29"),
    ("The leaders will meet on Thursday in Geneva.", "Thursday", TUESDAY, "DATE", "2026-01-01"),
    ("The envoy is expected to arrive on Friday.", "Friday", TUESDAY, "DATE", "2026-01-02"),
    ("Officials plan to announce the results on Saturday.", "Saturday", TUESDAY, "DATE", "2026-01-03"),
    ("Police said the blast happened on Sunday.", "Sunday", TUESDAY, "DATE", "2025-12-28"),
    ("The talks resumed last Friday after a pause.", "last Friday", TUESDAY, "DATE", "2025-12-26"),
    ("The summit opens next Monday in Brussels.", "next Monday", TUESDAY, "DATE", "2026-01-05"),
    ("The bomb went off on Friday morning near the market.", "Friday morning", TUESDAY, "TIME", "2025-12-26TMO"),
    ("Fighting resumed on Thursday night along the border.", "Thursday night", TUESDAY, "TIME", "2025-12-25TNI"),
    ("Officials met on Tuesday.", "Tuesday", None, "DATE", "XXXX-WXX-2"),
    ("The strike hit the port on Saturday.", "Saturday", FRIDAY, "DATE", "2024-03-09"),
    ("The strike hit the port on Friday.", "Friday", FRIDAY, "DATE", "2024-03-15"),
    ("The minister will travel to Kyiv on Friday.", "Friday", FRIDAY, "DATE", "2024-03-15"),
    # relative days and parts of days
    ("Protesters gathered yesterday outside the embassy.", "yesterday", TUESDAY, "DATE", "2025-12-29"),
    ("The president spoke today in parliament.", "today", TUESDAY, "DATE", "2025-12-30"),
    ("Markets will open tomorrow after the holiday.", "tomorrow", TUESDAY, "DATE", "2025-12-31"),
    ("The president will address the nation tonight.", "tonight", TUESDAY, "TIME", "2025-12-30TNI"),
    ("Shelling continued last night in the east.", "last night", TUESDAY, "TIME", "2025-12-29TNI"),
    ("The minister resigned this morning.", "this morning", TUESDAY, "TIME", "2025-12-30TMO"),
    ("Rescuers found survivors yesterday morning.", "yesterday morning", TUESDAY, "TIME", "2025-12-29TMO"),
    ("Police made arrests earlier today in the capital.", "earlier today", TUESDAY, "DATE", "2025-12-30"),
    ("The mayor arrived the day before yesterday.", "the day before yesterday", TUESDAY, "DATE", "2025-12-28"),
    ("Protesters gathered yesterday.", "yesterday", None, "DATE", "XXXX-XX-XX"),
    ("The president spoke today.", "today", FRIDAY, "DATE", "2024-03-15"),
    # relative weeks, months, years
    ("Australia did the same last month.", "last month", TUESDAY, "DATE", "2025-11"),
    ("Trade reached a record $190 billion last year.", "last year", TUESDAY, "DATE", "2024"),
    ("Mishustin's trip this week is the highest-level visit.", "this week", TUESDAY, "DATE", "2026-W01"),
    ("The minister visited Kyiv last week.", "last week", TUESDAY, "DATE", "2025-W52"),
    ("The company will expand next year.", "next year", TUESDAY, "DATE", "2026"),
    ("The bank raised rates earlier this month.", "earlier this month", TUESDAY, "DATE", "2025-12"),
    ("Li said trade had reached $70 billion so far this year.", "this year", TUESDAY, "DATE", "2025"),
    ("The law takes effect next month.", "next month", TUESDAY, "DATE", "2026-01"),
    ("The army withdrew last week.", "last week", None, "DATE", "XXXX-WXX"),
    ("Australia did the same last month.", "last month", None, "DATE", "XXXX-XX"),
    ("Trade grew last year.", "last year", None, "DATE", "XXXX"),
    ("Prices fell last month.", "last month", FRIDAY, "DATE", "2024-02"),
    ("Sales will rise next quarter, analysts said.", "next quarter", FRIDAY, "DATE", "2024-Q2"),
    ("The deal is expected later this year.", "later this year", FRIDAY, "DATE", "2024"),
    ("Fighting eased over the weekend.", "the weekend", TUESDAY, "DATE", "2025-W52-WE"),
    ("The plant closed at the end of last year.", "the end of last year", TUESDAY, "DATE", "2024"),
    ("Elections are due at the start of next year.", "the start of next year", TUESDAY, "DATE", "2026"),
    ("The festival is held this summer.", "this summer", FRIDAY, "DATE", "2024-SU"),
    ("Crops failed last winter.", "last winter", FRIDAY, "DATE", "2023-WI"),
    # counted offsets
    ("The attack happened two days ago.", "two days ago", TUESDAY, "DATE", "2025-12-28"),
    ("The ship sank three weeks ago.", "three weeks ago", TUESDAY, "DATE", "2025-12-09"),
    ("The law passed six months ago.", "six months ago", TUESDAY, "DATE", "2025-06"),
    ("The war began 20 years ago.", "20 years ago", TUESDAY, "DATE", "2005"),
    ("The company was founded a decade ago.", "a decade ago", TUESDAY, "DATE", "2015"),
    ("The war began two years ago.", "two years ago", None, "DATE", "XXXX"),
    (
        "The treaty was signed on June 19, 2024, and ratified three days later.",
        "three days later",
        TUESDAY,
        "DATE",
        "2024-06-22",
    ),
    (
        "The talks began on March 3, 2020, and the army attacked the day before.",
        "the day before",
        TUESDAY,
        "DATE",
        "2020-03-02",
    ),
    ("The summit opened on May 10, 2023, and ended the next day.", "the next day", TUESDAY, "DATE", "2023-05-11"),
    ("The town fell on April 2, 2022; the mayor fled the same day.", "the same day", TUESDAY, "DATE", "2022-04-02"),
    ("Several years ago the plant was closed.", "Several years ago", TUESDAY, "DATE", "PAST_REF"),
    # partial dates at their own granularity
    ("Ottawa broke off diplomatic ties with Tehran in 2012.", "2012", TUESDAY, "DATE", "2012"),
    ("The United States listed the Guards in April 2019.", "April 2019", TUESDAY, "DATE", "2019-04"),
    ("The flight was shot down in January 2020.", "January 2020", TUESDAY, "DATE", "2020-01"),
    ("In February, Beijing released a paper on the conflict.", "February", TUESDAY, "DATE", "2025-02"),
    ("Xi invited Putin during their summit in Moscow in March.", "March", TUESDAY, "DATE", "2025-03"),
    ("The talks were held in December.", "December", TUESDAY, "DATE", "2025-12"),
    ("The new parliament will convene in February.", "February", TUESDAY, "DATE", "2026-02"),
    ("Inflation peaked last September.", "last September", date(2009, 10, 12), "DATE", "2009-09"),
    ("The plant will reopen next March.", "next March", TUESDAY, "DATE", "2026-03"),
    ("Construction began in mid-2011.", "mid-2011", TUESDAY, "DATE", "2011"),
    ("The economy shrank in early 2009.", "early 2009", TUESDAY, "DATE", "2009"),
    ("The economy shrank in February.", "February", None, "DATE", "XXXX-02"),
    ("Prices rose in the 1990s.", "the 1990s", TUESDAY, "DATE", "199"),
    ("Music of the '80s is popular again.", "'80s", TUESDAY, "DATE", "198"),
    ("Profits fell in the first quarter of 2009.", "the first quarter of 2009", TUESDAY, "DATE", "2009-Q1"),
    ("Profits fell in the third quarter of this year.", "the third quarter of this year", TUESDAY, "DATE", "2025-Q3"),
    (
        "Profits fell in the fourth quarter, the company said.",
        "the fourth quarter",
        date(2007, 1, 18),
        "DATE",
        "2006-Q4",
    ),
    ("Growth slowed in the first half of 2024.", "the first half of 2024", TUESDAY, "DATE", "2024-H1"),
    ("The empire collapsed in the 15th century.", "the 15th century", TUESDAY, "DATE", "14"),
    ("Shops were busy on Christmas Eve.", "Christmas Eve", TUESDAY, "DATE", "2025-12-24"),
    ("The company reported results for fiscal 2024.", "fiscal 2024", TUESDAY, "DATE", "FY2024"),
    # durations
    ("Almost a day passed and Russia still provided no evidence.", "Almost a day", TUESDAY, "DURATION", "P1D"),
    ("The strike lasted two weeks.", "two weeks", TUESDAY, "DURATION", "P2W"),
    ("He served as mayor for three years.", "three years", TUESDAY, "DURATION", "P3Y"),
    ("Negotiations took 18 months.", "18 months", TUESDAY, "DURATION", "P18M"),
    ("The meeting lasted thirty minutes.", "thirty minutes", TUESDAY, "DURATION", "PT30M"),
    ("The ceasefire held for 24 hours.", "24 hours", TUESDAY, "DURATION", "PT24H"),
    ("A 12-hour curfew was imposed.", "12-hour", TUESDAY, "DURATION", "PT12H"),
    ("The siege lasted almost two and a half years.", "almost two and a half years", TUESDAY, "DURATION", "P2.5Y"),
    ("Talks dragged on for several years.", "several years", TUESDAY, "DURATION", "PXY"),
    ("Fighting went on for years.", "years", TUESDAY, "DURATION", "PXY"),
    ("Unemployment was the highest in the past decade.", "the past decade", TUESDAY, "DURATION", "P10Y"),
    ("The index fell for six straight days.", "six straight days", TUESDAY, "DURATION", "P6D"),
    ("The plan covers the next four years.", "the next four years", TUESDAY, "DURATION", "P4Y"),
    ("China and Russia reinforced ties in the past years.", "the past years", TUESDAY, "DURATION", "PXY"),
    ("The talks lasted a fortnight.", "a fortnight", TUESDAY, "DURATION", "P2W"),
    # sets
    ("The festival takes place every year in the capital.", "every year", TUESDAY, "SET", "P1Y"),
    ("The newspaper is published weekly.", "weekly", TUESDAY, "SET", "P1W"),
    ("The board meets annually in Geneva.", "annually", TUESDAY, "SET", "P1Y"),
    ("Inspectors visit twice a month.", "twice a month", TUESDAY, "SET", "P1M"),
    ("The market opens every Monday.", "every Monday", TUESDAY, "SET", "XXXX-WXX-1"),
    ("The airline earns $5 billion a year.", "a year", TUESDAY, "SET", "P1Y"),
    ("Elections are held every four years.", "every four years", TUESDAY, "SET", "P4Y"),
    ("Patrols run every other week.", "every other week", TUESDAY, "SET", "P2W"),
    # clock times
    ("The explosion happened at 18:00 UTC on Monday.", "18:00 UTC", TUESDAY, "TIME", "2025-12-29T18:00Z"),
    ("The speech began at 6:40 p.m. in Singapore.", "6:40 p.m.", TUESDAY, "TIME", "2025-12-30T18:40"),
    ("Polls closed at 8 p.m. on Sunday.", "8 p.m.", TUESDAY, "TIME", "2025-12-28T20:00"),
    ("The curfew starts at midnight.", "midnight", TUESDAY, "TIME", "2025-12-30T00:00"),
    ("The court sat at 10 a.m.", "10 a.m.", None, "TIME", "XXXX-XX-XXT10:00"),
    ("Polls close at 8 p.m. CET.", "8 p.m. CET", TUESDAY, "TIME", "2025-12-30T20:00+01:00"),
    ("The market closed at 4 p.m. EST on Monday.", "4 p.m. EST on Monday", TUESDAY, "TIME", "2025-12-29T16:00-05:00"),
    # references
    ("The company is currently under investigation.", "currently", TUESDAY, "DATE", "PRESENT_REF"),
    ("Prices have risen sharply in recent days.", "in recent days", TUESDAY, "DATE", "PAST_REF"),
    ("The plant was recently sold.", "recently", TUESDAY, "DATE", "PAST_REF"),
    ("Talks will resume in the coming weeks.", "in the coming weeks", TUESDAY, "DATE", "FUTURE_REF"),
    ("Analysts blame recent losses on fears of a recession.", "recent", TUESDAY, "DATE", "PAST_REF"),
    ("Under the current circumstances the bank will not act.", "current", TUESDAY, "DATE", "PRESENT_REF"),
    # seasons and short years
    ("Sales usually rise in the spring.", "the spring", TUESDAY, "DATE", "2025-SP"),
    ("The talks will resume in the autumn.", "the autumn", TUESDAY, "DATE", "2025-FA"),
    ("The Nikkei closed at its lowest level since '82.", "'82", TUESDAY, "DATE", "1982"),
    ("The festival returns in '26.", "'26", TUESDAY, "DATE", "2026"),
]


def _find(sentence: str, expression: str, reference: date | None) -> tuple[str, str]:
    doc = nlp.parse(sentence)
    start = sentence.index(expression)
    end = start + len(expression)
    found = [t for t in timexes_in_doc(doc, reference) if t.start < end and start < t.end]
    assert found, f"no timex over {expression!r} in {sentence!r}"
    return found[0].type, found[0].value


@pytest.mark.parametrize(("sentence", "expression", "reference", "kind", "value"), CASES)
def test_expression_is_normalised_against_the_reference(
    sentence: str, expression: str, reference: date | None, kind: str, value: str
) -> None:
    assert _find(sentence, expression, reference) == (kind, value)


@pytest.mark.parametrize(
    ("sentence", "not_a_date"),
    [
        ("A satellite image of the complex. 2025 Planet Labs PBC, via Reuters", "2025"),
        ("Bilateral trade reached a record $190 billion last year.", "190"),
        ("Some 2000 troops were deployed to the border.", "2000"),
        ("Trade rose by 40 percent year-on-year.", "40"),
        ("A 45-year-old man was arrested in the city.", "45-year"),
        ("The Russell 2000 index of smaller companies fell.", "2000"),
        ("Protesters march on the capital every weekend.", "march"),
        ("The company said it may cut 300 jobs.", "may"),
        ("This is a year-on-year increase of more than 40 percent.", "a year"),
        ("April Smith, a spokeswoman, declined to comment.", "April"),
        ("He won a second term in the election.", "second"),
        ("About a quarter of its dealers will close.", "quarter"),
        ("The current account deficit widened in the third quarter.", "current"),
        ("The ceasefire is recent and fragile.", "recent"),
        ("A strong current swept the swimmers out to sea.", "current"),
        ("He said 'no' twice and left.", "'no"),
        ("The Arab Spring protests began in Tunisia.", "Spring"),
    ],
)
def test_counts_money_names_and_credits_are_not_dates(sentence: str, not_a_date: str) -> None:
    doc = nlp.parse(sentence)
    start = sentence.index(not_a_date)
    end = start + len(not_a_date)
    assert not [t for t in timexes_in_doc(doc, TUESDAY) if t.start < end and start < t.end]


def test_offsets_index_the_text_and_extents_leave_out_the_preposition() -> None:
    sentence = "Ottawa broke off ties with Tehran in 2012 and said on Tuesday it would not relent."
    timexes = timexes_in_doc(nlp.parse(sentence), TUESDAY)
    assert [(t.text, sentence[t.start : t.end]) for t in timexes] == [("2012", "2012"), ("Tuesday", "Tuesday")]


def test_captions_are_read_and_marked_with_their_index() -> None:
    draft = ArticleDraft(["Protests spread across the country on Tuesday."], "x")
    draft.captions.append(Caption("Shopkeepers walk in Tehran on December 29, 2025.", "AFP"))
    article = draft.finish(Published("2025-12-30", "day", "option"))
    timexes = timexes_in(nlp.document(article))
    assert [(t.text, t.value, t.caption) for t in timexes] == [
        ("Tuesday", "2025-12-30", None),
        ("December 29, 2025", "2025-12-29", 0),
    ]
    caption = article.captions[0].text
    assert caption[timexes[1].start : timexes[1].end] == "December 29, 2025"


def test_without_publication_date_relative_values_stay_unresolved() -> None:
    article = ArticleDraft(["Officials met on Tuesday and again yesterday, two days after June 3, 2021."], "x").finish(
        Published()
    )
    values = {t.text: t.value for t in timexes_in(nlp.document(article))}
    assert values == {
        "Tuesday": "XXXX-WXX-2",
        "yesterday": "XXXX-XX-XX",
        "two days": "P2D",
        "June 3, 2021": "2021-06-03",
    }

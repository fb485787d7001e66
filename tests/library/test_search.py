"""Search as you type: a SearchIndex narrows from earlier results and answers like a plain search."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rehab_planner.library import Query
from rehab_planner.library.search import SearchIndex, haystack, search
from rehab_planner.model import Category, Exercise, Region
from rehab_planner.text import fold

BASE = {"region": "knee", "category": "range_of_motion", "position": "lying_on_back",
        "equipment": [], "dosage": {"reps": 10, "times_a_day": 3}, "movements": []}


def exercise(eid: str, name: str, steps: list[str], **extra: object) -> Exercise:
    return Exercise.model_validate({**BASE, "id": eid, "name": name, "steps": steps, **extra})


EXERCISES = [
    exercise("ankle-pump", "Ankle pumps", ["Point your toes, then pull them up."],
             region="ankle"),
    exercise("heel-slide", "Heel slide", ["Slide your heel to bend the knee."]),
    exercise("knee-to-chest", "Knee to chest", ["Hug one knee in."], region="spine_core"),
    exercise("bridge", "Bridge", ["Lift your hips. Keep knees apart."], region="spine_core",
             category="strengthening"),
    exercise("quad-set", "Quad set", ["Press the back of your knee down."]),
    exercise("side-slide", "Side slide", ["Slide your leg out to the side."], region="hip"),
]


def brute(query: Query) -> list[str]:
    """The meaning of a search, written out plainly: every word somewhere, name hits first."""
    words = fold(query.text).split()
    hits = [e for e in EXERCISES if query.matches_facets(e)
            and all(w in haystack(e) for w in words)]
    in_name = [e for e in hits if all(w in fold(e.name) for w in words)]
    return [e.id for e in in_name] + [e.id for e in hits if e not in in_name]


def test_name_matches_come_first_then_library_order() -> None:
    index = SearchIndex(EXERCISES)
    assert index.search_ids(Query(text="knee")) == ["knee-to-chest", "heel-slide", "bridge",
                                                     "quad-set"]
    assert [e.id for e in index.search(Query(text="SLIDE"))] == ["heel-slide", "side-slide"]
    assert index.search_ids(Query()) == [e.id for e in EXERCISES]
    assert index.search_ids(Query(text="zzz")) == []
    assert len(index) == len(EXERCISES)


def test_typing_narrows_and_backspace_widens_again() -> None:
    index = SearchIndex(EXERCISES)
    typed = "knee s"
    seen = [index.search_ids(Query(text=typed[:i])) for i in range(1, len(typed) + 1)]
    # "knee s": quad-set has "set" in its name but "knee" only in the steps, so it is not a
    # name hit; heel-slide has both words in its text.
    assert seen[-1] == brute(Query(text="knee s"))
    # Going back reuses a kept answer and still matches the plain search.
    assert index.search_ids(Query(text="kn")) == brute(Query(text="kn"))
    assert index.search_ids(Query(text="")) == [e.id for e in EXERCISES]


def test_a_name_hit_can_drop_to_the_text_hits_as_the_word_grows() -> None:
    # "s" is in the name of "Heel slide" and "Quad set"; "sl" is only in "Heel slide" and
    # "Side slide" names, and in the steps of others: the order must be recomputed, not kept.
    index = SearchIndex(EXERCISES)
    assert index.search_ids(Query(text="s")) == brute(Query(text="s"))
    assert index.search_ids(Query(text="sl")) == brute(Query(text="sl"))
    assert index.search_ids(Query(text="sl")) == ["heel-slide", "side-slide"]


def test_facets_are_not_mixed_with_kept_text_results() -> None:
    index = SearchIndex(EXERCISES)
    assert index.search_ids(Query(text="knee")) == brute(Query(text="knee"))
    lumbar = Query(text="knee", regions=frozenset({Region.SPINE_CORE}))
    assert index.search_ids(lumbar) == ["knee-to-chest", "bridge"]
    strong = Query(text="kne", regions=frozenset({Region.SPINE_CORE}),
                   categories=frozenset({Category.STRENGTHENING}))
    assert index.search_ids(strong) == ["bridge"]
    assert index.search_ids(Query(text="knee")) == brute(Query(text="knee"))


def test_only_a_few_results_are_kept() -> None:
    index = SearchIndex(EXERCISES, remembered=2)
    for text in ("a", "b", "c", "d", "e"):
        index.search_ids(Query(text=text))
    assert index.search_ids(Query(text="a")) == brute(Query(text="a"))
    assert len(index._hits) <= 2


TEXTS = st.text(alphabet="kneslidcupoqa Éé-", max_size=8)
FACETS = st.sets(st.sampled_from([Region.KNEE, Region.SPINE_CORE, Region.HIP, Region.ANKLE]),
                 max_size=2)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(TEXTS, FACETS), min_size=1, max_size=12))
def test_any_run_of_queries_answers_like_a_plain_search(
        queries: list[tuple[str, set[Region]]]) -> None:
    index = SearchIndex(EXERCISES, remembered=4)
    for text, regions in queries:
        query = Query(text=text, regions=frozenset(regions))
        assert index.search_ids(query) == brute(query)
        assert [e.id for e in search(EXERCISES, query)] == brute(query)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="kneslidcupoqa ", max_size=10))
def test_typing_letter_by_letter_answers_like_a_plain_search(typed: str) -> None:
    index = SearchIndex(EXERCISES)
    for i in range(len(typed) + 1):
        query = Query(text=typed[:i])
        assert index.search_ids(query) == brute(query)
    for i in range(len(typed), -1, -1):
        query = Query(text=typed[:i])
        assert index.search_ids(query) == brute(query)


def test_an_index_with_a_second_language_finds_words_of_both_names_first() -> None:
    spanish = {"heel-slide": exercise("heel-slide", "Deslizar el talón",
                                      ["Deslice el talón para doblar la rodilla."]),
               "bridge": exercise("bridge", "[EN] Bridge", ["[EN] Lift your hips."])}
    shown = [spanish.get(e.id, e) for e in EXERCISES]
    index = SearchIndex(shown, versions={e.id: e for e in EXERCISES})
    assert index.search_ids(Query(text="talon"))[0] == "heel-slide"  # accents folded
    assert index.search_ids(Query(text="heel slide"))[0] == "heel-slide"
    assert index.search_ids(Query(text="doblar"))[:1] == ["heel-slide"]
    assert index.search_ids(Query(text="bridge")) == ["bridge"]
    assert index.search_ids(Query(text="[en]")) == []  # the fallback mark is nobody's word

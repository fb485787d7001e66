"""The search index builds its searchable texts only when a query has words (listing needs none)."""

from __future__ import annotations

from rehab_planner.library import Query, load_library
from rehab_planner.library.search import SearchIndex, search


def test_listing_and_facets_build_no_searchable_text_and_words_still_find() -> None:
    library = load_library(include_custom=False)
    index = SearchIndex(library)
    assert index.search_ids(Query()) == list(library.exercises)
    region = next(iter(library)).region
    by_region = index.search_ids(Query(regions=frozenset([region])))
    assert by_region and all(library.get(i).region == region for i in by_region)
    assert index._texts is None  # nothing typed yet: no text was built
    found = index.search_ids(Query(text="ankle pump"))
    assert found == [e.id for e in search(library, Query(text="ankle pump"))]
    assert found and index._texts is not None


def test_a_prepared_index_answers_like_a_lazy_one() -> None:
    library = load_library(include_custom=False)
    prepared = SearchIndex(library)
    assert len(prepared.prepare()) == len(library)
    lazy = SearchIndex(library)
    for text in ("knee", "knee slide", "heel", "zzz"):
        assert prepared.search_ids(Query(text=text)) == lazy.search_ids(Query(text=text))

import datetime

import pytest

from partnerships.models import Region, RegionAlias, RegionChange, Source

CURRENT_KAZAKH_OBLASTS = 17
KAZAKH_CITIES = {"astana": "KZ-71", "almaty": "KZ-75", "shymkent": "KZ-79"}


def test_all_sixteen_voivodeships_have_numeric_iso_and_teryt_codes(seed):
    voivodeships = Region.objects.voivodeships()

    assert voivodeships.count() == 16
    assert sorted(v.iso_code for v in voivodeships) == [f"PL-{n:02d}" for n in range(2, 33, 2)]
    assert all(v.iso_code == f"PL-{v.teryt_code}" for v in voivodeships)


def test_every_current_kazakh_region_and_city_has_a_numeric_iso_code(seed):
    current = Region.objects.current().filter(country="KZ")

    assert current.filter(kind="oblast").count() == CURRENT_KAZAKH_OBLASTS
    assert dict(current.filter(kind="city_republican").values_list("slug", "iso_code")) == KAZAKH_CITIES
    assert all(region.iso_code[3:].isdigit() for region in current)


def test_every_region_has_polish_english_and_local_names(seed):
    assert not Region.objects.filter(name_pl="").exists()
    assert not Region.objects.filter(name_en="").exists()
    assert not Region.objects.filter(name_local="").exists()


@pytest.mark.parametrize(
    ("code", "slug"),
    [
        ("PL-LU", "lubelskie"),
        ("PL-WP", "wielkopolskie"),
        ("KZ-YUZ", "south-kazakhstan-region"),
        ("KZ-ALM", "almaty-region-1997-2022"),
        ("KZ-AST", "astana"),
        ("KZ-VOS", "east-kazakhstan-region"),
    ],
)
def test_an_old_iso_code_still_finds_its_region(seed, code, slug):
    assert slug in Region.objects.by_identifier(code).values_list("slug", flat=True)


def test_former_regions_are_abolished_and_carry_no_current_code(seed):
    south = Region.objects.get(slug="south-kazakhstan-region")
    almaty = Region.objects.get(slug="almaty-region-1997-2022")

    assert (south.abolished_on, south.iso_code) == (datetime.date(2018, 6, 19), None)
    assert (almaty.abolished_on, almaty.iso_code) == (datetime.date(2022, 6, 8), None)
    assert almaty.capital.startswith("Taldykorgan")


def test_south_kazakhstan_became_turkistan_region_with_shymkent_split_off_in_2018(seed):
    rename = RegionChange.objects.get(predecessor__slug="south-kazakhstan-region", kind="rename")
    split = RegionChange.objects.get(predecessor__slug="south-kazakhstan-region", kind="split")

    assert rename.successor.slug == "turkistan-region"
    assert (rename.capital_before, rename.capital_after) == ("Shymkent", "Turkistan")
    assert split.successor.slug == "shymkent"
    assert rename.changed_on == split.changed_on == datetime.date(2018, 6, 19)


def test_almaty_region_was_split_into_almaty_region_and_zhetisu_region_in_2022(seed):
    splits = RegionChange.objects.filter(predecessor__slug="almaty-region-1997-2022", kind="split")

    assert {(c.successor.slug, c.capital_after) for c in splits} == {
        ("almaty-region", "Konaev"),
        ("zhetisu-region", "Taldykorgan"),
    }
    assert {c.changed_on for c in splits} == {datetime.date(2022, 6, 8)}


def test_abai_and_ulytau_regions_were_split_off_in_2022(seed):
    pairs = set(
        RegionChange.objects.filter(kind="split", changed_on=datetime.date(2022, 6, 8)).values_list(
            "predecessor__slug", "successor__slug"
        )
    )

    assert {("east-kazakhstan-region", "abai-region"), ("karaganda-region", "ulytau-region")} <= pairs


def test_astana_keeps_its_names_history(seed):
    renames = RegionChange.objects.filter(predecessor__slug="astana", kind="rename").order_by("changed_on")

    assert [(c.name_before, c.name_after) for c in renames] == [
        ("Akmola", "Astana"),
        ("Astana", "Nur-Sultan"),
        ("Nur-Sultan", "Astana"),
    ]
    assert renames[1].date_precision == "month"
    assert renames[2].changed_on == datetime.date(2022, 9, 17)


@pytest.mark.parametrize("spelling", ["Ałmatyński", "Almaty", "Алматинская", "Алматы облысы", "obwód ałmatyński"])
def test_every_spelling_of_almaty_region_finds_the_region_of_the_documents(seed, spelling):
    regions = RegionAlias.objects.filter(name__iexact=spelling).values_list("region__slug", flat=True)

    assert "almaty-region-1997-2022" in regions


@pytest.mark.parametrize(
    "slug",
    [
        "wielkopolskie",
        "lubelskie",
        "dolnoslaskie",
        "south-kazakhstan-region",
        "turkistan-region",
        "east-kazakhstan-region",
        "almaty-region-1997-2022",
        "astana",
        "almaty",
    ],
)
def test_regions_named_in_the_documents_have_aliases_in_four_languages(seed, slug):
    languages = set(RegionAlias.objects.filter(region__slug=slug).values_list("language", flat=True))

    assert {"pl", "en", "ru", "kk"} <= languages


def test_reference_facts_come_from_a_reference_source_that_holds_regions_json(seed):
    source = Source.objects.get(key="reference-regions-json")
    almaty = Region.objects.get(slug="almaty-region")

    assert source.is_reference
    assert '"iso_3166_2": "KZ-19"' in source.full_text
    assert almaty.citations.filter(source=source, quote='"iso_3166_2": "KZ-19"').exists()

"""Scoring: a village the gazetteer lacks, written as the report writes it or romanised."""

from conflictdesk.evaluate.scoring import same


def test_a_village_in_its_report_script_and_romanised_is_one_place() -> None:
    assert same("location", "Namakab", "Намакаб")
    assert same("location", "Surkh Murghab", "سرخ مرغاب")
    assert same("location", "Kashkak", "Kaşkak")


def test_known_places_and_short_names_keep_their_own_spellings_only() -> None:
    # the gazetteer holds Kabul: a look-alike spelling it does not hold is another place
    assert not same("location", "Kabul", "Kebel")
    # two consonants name too many villages ("Shewan", "Sin")
    assert not same("location", "Shewan", "شيوان")
    # a different village with other consonants
    assert not same("location", "Namakab", "Намакдара")
    # a district is still never its centre town
    assert not same("location", "Shindand district", "Shindand")

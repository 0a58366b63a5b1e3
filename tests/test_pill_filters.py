"""What a press of the Programs pills may change: only the codes of its own group (components/pill_filters.py)."""

import pytest

from components.pill_filters import PillGroup, picked_codes

DELIVERY = PillGroup("mode", "Delivery", ("online", "in-person", "hybrid"), str.title)


def test_a_press_keeps_its_groups_codes_in_the_groups_order():
    assert picked_codes(DELIVERY, ["hybrid", "online"]) == ["online", "hybrid"]


def test_a_press_drops_what_its_group_does_not_offer():
    sent = ["online", "<script>alert(1)</script>", "free", 5, None, ["hybrid"], {"code": "hybrid"}]
    assert picked_codes(DELIVERY, sent) == ["online"]


@pytest.mark.parametrize("sent", [None, "online", {"online": True}, 3, ("online",)])
def test_a_press_that_sends_no_list_chooses_nothing(sent):
    assert picked_codes(DELIVERY, sent) == []

"""An order to send troops is attributed to whoever gave it (texts written for this test)."""

from analysis import extract_claims


def test_korean_order_to_dispatch_troops_is_a_deployment_by_the_one_who_ordered():
    text = "태국 홍수\n\n태국 총리는 홍수 피해 지역에 군 병력 3천명을 급파하라고 지시했다.\n"
    rows = extract_claims(text, "ko")
    assert rows[["metric", "organisation", "country"]].values.tolist() == [["deployed", "태국 총리", "TH"]]

"""The manual's JSON API, including the 409 that protects against lost updates."""

from ourway.manual.models import JointAnswer

BASE = "/api/v1/manual"


def test_read_write_and_list_versions_end_to_end(cast):
    saved = cast.api(
        "a", "put", f"{BASE}/answers/raise_it", {"text": "Ask me first.", "base_version": 0}
    )
    assert saved.status_code == 200
    assert saved.json()["version"] == 1
    doc = cast.api("b", "get", BASE).json()
    raise_it = next(q for q in doc["questions"] if q["key"] == "raise_it")
    assert raise_it["partner"]["text"] == "Ask me first."
    assert raise_it["mine"]["text"] == ""
    versions = cast.api("b", "get", f"{BASE}/versions").json()
    assert versions[0]["author"] == "Ana"
    assert versions[0]["after"] == "Ask me first."
    assert cast.api("c", "get", f"{BASE}/versions").json() == []


def test_a_stale_base_version_answers_409_with_the_current_text(cast):
    cast.api("a", "put", f"{BASE}/answers/old_pattern", {"text": "We pause.", "base_version": 0})
    clash = cast.api(
        "b", "put", f"{BASE}/answers/old_pattern", {"text": "We breathe.", "base_version": 0}
    )
    assert clash.status_code == 409
    body = clash.json()
    assert body["current_text"] == "We pause."
    assert body["current_version"] == 1
    assert body["your_text"] == "We breathe."
    assert ["add", "pause."] in body["diff"]
    assert JointAnswer.objects.get().text == "We pause."
    merged = cast.api(
        "b",
        "put",
        f"{BASE}/answers/old_pattern",
        {"text": "We pause and breathe.", "base_version": 1},
    )
    assert merged.status_code == 200
    assert merged.json()["version"] == 2


def test_empty_huge_and_unknown_answers_are_refused(cast):
    url = f"{BASE}/answers/raise_it"
    assert cast.api("a", "put", url, {"text": " ", "base_version": 0}).status_code == 422
    assert cast.api("a", "put", url, {"text": "x" * 10_001, "base_version": 0}).status_code == 422
    assert (
        cast.api("a", "put", url, {"text": "x" * 1_000_000, "base_version": 0}).status_code == 422
    )
    assert (
        cast.api("a", "put", f"{BASE}/answers/nope", {"text": "x", "base_version": 0}).status_code
        == 404
    )


def test_the_markdown_export_downloads(cast):
    cast.api("a", "put", f"{BASE}/answers/raise_it", {"text": "Ask me first.", "base_version": 0})
    response = cast.api("b", "get", f"{BASE}/export.md")
    assert response.status_code == 200
    assert "> Ask me first." in response.content.decode()


def test_agreements_and_reviews_through_the_api(cast):
    first = cast.api("a", "post", f"{BASE}/agreements", {"text": "We pause."})
    again = cast.api("a", "post", f"{BASE}/agreements", {"text": "We pause."})
    assert (first.status_code, again.status_code) == (201, 200)
    review = cast.api("b", "post", f"{BASE}/review", {"every_months": 4})
    assert review.json()["review_every_months"] == 4
    assert cast.api("b", "post", f"{BASE}/review", {"every_months": 5}).status_code == 422

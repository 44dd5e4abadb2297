"""Print the extractor's scores on every gold corpus as a Markdown table (``make eval``)."""

from __future__ import annotations

from pathlib import Path

from conflictdesk.evaluate.gate import corpora, evaluate_corpus

FIELDS = (
    "event_date",
    "admin1",
    "location",
    "fatalities.best",
    "injuries.best",
    "attack_type",
    "target_type",
    "actor1",
    "claimed_by",
    "suicide",
)


def cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main() -> None:
    rows = []
    for corpus in corpora(Path(".")):
        report = evaluate_corpus(corpus)
        fusion = report.fusion
        rows.append(
            [corpus.name, str(report.gold_events), cell(report.recall), cell(report.f1)]
            + [cell(report.accuracy(f)) for f in FIELDS]
            + [
                cell(fusion.precision if fusion else None),
                cell(fusion.recall if fusion else None),
            ]
        )
    header = ["corpus", "gold events", "found", "event F1", *FIELDS, "fusion P", "fusion R"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()

"""``make validity``: does the recommender keep its promise? One table, from the shipped atlas.

1. Own-type share: a clear profile for each type T (T's items answered 4, its two hexagon
   neighbours 2, the rest 0; grade 9, Taraz) — how many of the top 10 professions start with T.
2. Ties: two types tied at the top (R = S, A = C, I = E; the rest 0) — how many of the top 10
   each tied type leads.
3. Catalogue: professions per first letter of their Holland code; one-letter codes.
4. Quality flags: a seeded simulation of responders of four kinds (see ``simulate``), the share
   of each group that gets each flag.
5. O*NET: agreement of each profession's code with the O*NET occupation it was compared with
   (the ``onet`` column of professions.csv).

The thresholds the tests assert (tests/test_validity.py) are in ``THRESHOLDS``.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from guidance import paths
from guidance.atlas import Atlas, build
from guidance.recommend import Recommender
from guidance.recommend_index import RecommendationIndex
from guidance.recommend_models import StudentContext
from guidance.scoring import HEXAGON, Answer, score_ddo, score_riasec

THRESHOLDS = {"own_type_of_10": 6, "tied_type_of_10": 3, "per_first_letter": 12,
              "consistent_inconsistent_max": 0.05}
TIED_PAIRS = ("RS", "AC", "IE")
GROUPS = ("consistent", "random", "straight_line", "mostly_unsure")
RIASEC_FLAGS = ("flat", "mostly_unsure", "inconsistent")
DDO_FLAGS = ("inconsistent",)  # "too_fast" needs response times, which are not simulated
KLIMOV = ("nature", "technology", "people", "signs", "art")
# Simulated consistent responder: mean answer by hexagon distance from their type (0..3), the
# answer spread around it, and how often a DDO choice goes against their own preference order.
CONSISTENT_MEANS = (3.4, 2.3, 1.1, 0.6)
CONSISTENT_SD = 0.9
DDO_SLIP = 0.15
UNSURE_P = 0.7  # a mostly-unsure responder answers "unsure" this often, otherwise at random


def clear_profile(t: str) -> dict[str, int]:
    i = HEXAGON.index(t)
    values = dict.fromkeys(HEXAGON, 0)
    values[t] = 4
    values[HEXAGON[(i + 1) % 6]] = values[HEXAGON[(i - 1) % 6]] = 2
    return values


def tied_profile(pair: str) -> dict[str, int]:
    values = dict.fromkeys(HEXAGON, 0)
    values[pair[0]] = values[pair[1]] = 4
    return values


def _scores(atlas: Atlas, values: dict[str, int]):
    items = atlas.riasec_items()
    return score_riasec(items, [Answer(i.id, values[i.type], 2500) for i in items])


def own_type_shares(recommender: Recommender, atlas: Atlas) -> dict[str, tuple[int, int]]:
    """{T: (professions starting with T in the top 10, length of the list)}."""
    out = {}
    for t in HEXAGON:
        top = recommender.recommend(_scores(atlas, clear_profile(t)),
                                    StudentContext(9, "taraz")).professions[:10]
        out[t] = (sum(m.riasec[0] == t for m in top), len(top))
    return out


def tie_leads(recommender: Recommender, atlas: Atlas) -> dict[str, dict[str, int]]:
    out = {}
    for pair in TIED_PAIRS:
        top = recommender.recommend(_scores(atlas, tied_profile(pair)),
                                    StudentContext(9, "taraz")).professions[:10]
        out[pair] = {t: sum(m.riasec[0] == t for m in top) for t in pair}
    return out


def catalogue(source_dir: Path) -> tuple[Counter, list[str], list[dict[str, str]]]:
    with (source_dir / "professions.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    firsts = Counter(r["riasec"][0] for r in rows)
    return firsts, [r["id"] for r in rows if len(r["riasec"]) < 2], rows


ONET_CELL = re.compile(r"^(?P<soc>\d{2}-\d{4}\.\d{2}) (?P<title>.+?) "
                       r"\(O\*NET (?P<version>[\d.]+)\): (?P<code>[RIASEC]{1,3})"
                       r"(?:; (?P<note>.*))?$")


def onet_agreement(rows: list[dict[str, str]]) -> dict[str, object]:
    """Compare each code with the O*NET interest code in its ``onet`` cell.

    A checked cell reads "SOC Title (O*NET 29.3): CODE[; note]": CODE is O*NET's high-point
    code (its three highest Occupational Interest values above O*NET's cut-off; where O*NET
    gives one high point, its next interests follow) read from Interests.txt of that release,
    and the note says why a different code was kept. An older cell, "SOC Title | CODE", was
    written from memory (``from_memory``). Agreement: the same first letter, and the same set
    of the first two letters (RC and CR agree: the order of close interests is not stable).
    """
    compared = first = first_two = checked = 0
    differing, versions = [], Counter()
    for r in rows:
        cell = (r.get("onet") or "").strip()
        found = ONET_CELL.match(cell)
        if found:
            onet_code = found["code"]
            checked += 1
            versions[found["version"]] += 1
        else:
            parts = [p.strip() for p in cell.split("|")]
            if len(parts) < 2:
                continue
            onet_code = parts[1]
        compared += 1
        ours = r["riasec"]
        first += onet_code[:1] == ours[:1]
        first_two += onet_code[:1] == ours[:1] and set(onet_code[:2]) == set(ours[:2])
        if onet_code[:1] != ours[:1]:
            differing.append(f"{r['id']} {ours} vs {onet_code}")
    return {"professions": len(rows), "compared": compared, "first_letter": first,
            "first_two": first_two, "checked_on_data": checked,
            "from_memory": compared - checked, "versions": dict(versions),
            "differing": differing}


# --- simulated responders (no response times: "too_fast" is not calibrated here) ---------------
def _riasec_answers(group: str, items, rng: random.Random) -> list[Answer]:
    if group == "consistent":
        own = rng.choice(HEXAGON)
        mean = {t: CONSISTENT_MEANS[min(3, abs(HEXAGON.index(t) - HEXAGON.index(own)),
                                        6 - abs(HEXAGON.index(t) - HEXAGON.index(own)))]
                for t in HEXAGON}
        values = [min(4, max(0, round(rng.gauss(mean[i.type], CONSISTENT_SD)))) for i in items]
    elif group == "random":
        values = [rng.randint(0, 4) for _ in items]
    elif group == "straight_line":
        values = [rng.randint(0, 4)] * len(items)
    else:
        values = [2 if rng.random() < UNSURE_P else rng.randint(0, 4) for _ in items]
    return [Answer(i.id, v) for i, v in zip(items, values, strict=True)]


def _ddo_answers(group: str, items, rng: random.Random) -> list[Answer]:
    order = list(KLIMOV)
    rng.shuffle(order)
    answers = []
    for item in items:
        if group == "consistent":
            preferred = 0 if order.index(item.a_type) < order.index(item.b_type) else 1
            value = preferred if rng.random() >= DDO_SLIP else 1 - preferred
        elif group == "straight_line":
            value = 0
        else:
            value = rng.randint(0, 1)
        answers.append(Answer(item.id, value))
    return answers


def simulate(riasec_items, ddo_items, n: int = 10_000, seed: int = 12,
             groups: tuple[str, ...] = GROUPS) -> dict[str, dict[str, float]]:
    """{group: {"riasec:<flag>" | "ddo:<flag>": share of the group flagged}}."""
    rng = random.Random(seed)
    rates: dict[str, dict[str, float]] = {}
    for group in groups:
        counts: Counter = Counter()
        for _ in range(n):
            riasec = score_riasec(riasec_items, _riasec_answers(group, riasec_items, rng))
            ddo = score_ddo(ddo_items, _ddo_answers(group, ddo_items, rng))
            counts.update(f"riasec:{f}" for f in riasec.flags)
            counts.update(f"ddo:{f}" for f in ddo.flags)
            counts["any"] += bool(riasec.flags or ddo.flags)
        keys = [f"riasec:{f}" for f in RIASEC_FLAGS] + [f"ddo:{f}" for f in DDO_FLAGS] + ["any"]
        rates[group] = {k: counts[k] / n for k in keys}
    return rates


# --- the table ---------------------------------------------------------------------------------
def report(source_dir: Path, n: int, out=sys.stdout) -> bool:
    """Print the table; True when every threshold holds."""
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        build(source_dir, Path(tmp) / "atlas.sqlite")
        atlas = Atlas(Path(tmp) / "atlas.sqlite")
        try:
            recommender = Recommender(RecommendationIndex(atlas))
            shares = own_type_shares(recommender, atlas)
            ties = tie_leads(recommender, atlas)
            rates = simulate(atlas.riasec_items(), atlas.ddo_items(), n)
            short = simulate(atlas.riasec_items(short_form=True), atlas.ddo_items(), n // 2,
                             groups=("consistent", "random"))
        finally:
            atlas.close()
    firsts, one_letter, rows = catalogue(source_dir)
    onet = onet_agreement(rows)

    def line(label: str, value: str, passed: bool | None = None) -> None:
        nonlocal ok
        mark = "" if passed is None else ("  ok" if passed else "  FAIL")
        ok &= passed is not False
        print(f"{label:<44}{value}{mark}", file=out)

    print("Clear profile -> own type in the top 10 (needs >= 6)", file=out)
    for t, (own, size) in shares.items():
        line(f"  {t}", f"{own} of {size}", own >= THRESHOLDS["own_type_of_10"])
    print("Two types tied at the top -> each leads (needs >= 3)", file=out)
    for pair, leads in ties.items():
        line(f"  {pair[0]} = {pair[1]}", ", ".join(f"{t} {c}" for t, c in leads.items()),
             min(leads.values()) >= THRESHOLDS["tied_type_of_10"])
    print("Catalogue: professions by first letter (needs >= 12; no one-letter codes)", file=out)
    for t in HEXAGON:
        line(f"  {t}", str(firsts[t]), firsts[t] >= THRESHOLDS["per_first_letter"])
    line("  one-letter codes", str(len(one_letter)), not one_letter)
    print(f"Quality flags, share of {n:,} simulated responders per group", file=out)
    keys = list(next(iter(rates.values())))
    print(f"  {'flag':<20}" + "".join(f"{g:>15}" for g in GROUPS), file=out)
    for key in keys:
        print(f"  {key:<20}" + "".join(f"{rates[g][key]:>14.1%} " for g in GROUPS), file=out)
    print("  too_fast is not simulated: it rests on response times, which no model here gives",
          file=out)
    print(f"  short form (30 items), {n // 2:,} each: riasec:inconsistent consistent "
          f"{short['consistent']['riasec:inconsistent']:.1%}, random "
          f"{short['random']['riasec:inconsistent']:.1%}", file=out)
    worst = max(rates["consistent"]["riasec:inconsistent"], rates["consistent"]["ddo:inconsistent"],
                short["consistent"]["riasec:inconsistent"])
    line("  consistent flagged inconsistent (worst)", f"{worst:.1%}",
         worst <= THRESHOLDS["consistent_inconsistent_max"])
    print("Codes against O*NET interest profiles (Interests.txt)", file=out)
    line("  compared", f"{onet['compared']} of {onet['professions']}")
    line("  checked on the O*NET data", f"{onet['checked_on_data']} of {onet['compared']} "
         f"(release {', '.join(sorted(onet['versions'])) or '-'}); from memory "
         f"{onet['from_memory']}")
    line("  first letter the same", f"{onet['first_letter']} of {onet['compared']}")
    line("  first two letters the same (any order)", f"{onet['first_two']} of {onet['compared']}")
    for item in onet["differing"]:
        print(f"    differs: {item}", file=out)
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=Path, default=paths.atlas_source_dir())
    parser.add_argument("-n", type=int, default=10_000, help="simulated responders per group")
    args = parser.parse_args(argv)
    return 0 if report(args.atlas, args.n) else 1


if __name__ == "__main__":
    raise SystemExit(main())

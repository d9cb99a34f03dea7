"""Turning the core's structured reasons and blockers into sentences in the interface language.

Figures keep their source status: a reason with a ``kind`` parameter gets a source badge.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject

from guidance.atlas.models import LocalText
from guidance.recommend_models import Reason
from ui.badges import KIND_COLOURS, kind_label


def kind_badge(kind: str | None) -> str:
    if not kind:
        return ""
    colour = KIND_COLOURS.get(kind, "#555555")
    return (f' <span style="color:white; background-color:{colour};">&nbsp;'
            f"{html.escape(kind_label(kind))}&nbsp;</span>")


class ReasonTexts(QObject):
    def type_name(self, code: str) -> str:
        names = {
            "R": self.tr("Realistic"), "I": self.tr("Investigative"), "A": self.tr("Artistic"),
            "S": self.tr("Social"), "E": self.tr("Enterprising"), "C": self.tr("Conventional"),
            "nature": self.tr("Person – Nature"), "technology": self.tr("Person – Technology"),
            "people": self.tr("Person – Person"), "signs": self.tr("Person – Sign systems"),
            "art": self.tr("Person – Artistic image"),
        }
        return names.get(code, code)

    def language_name(self, code: str) -> str:
        return {"kk": self.tr("Kazakh"), "ru": self.tr("Russian"),
                "en": self.tr("English")}.get(code, code)

    def reason_html(self, reason: Reason, lang: str) -> str:
        """One reason as a sentence (HTML, with a source badge for figures)."""
        p = reason.params
        e = html.escape
        town = LocalText(**p["town"]).get(lang) if "town" in p else ""
        km = f"{p.get('km', 0):.0f}"
        texts = {
            "matches_top_interest": lambda: self.tr("matches your top interest: %1")
            .replace("%1", self.type_name(p["type"])),
            "matches_interests": lambda: self.tr("matches your interests: %1")
            .replace("%1", ", ".join(self.type_name(t) for t in p["types"])),
            "klimov_match": lambda: self.tr("fits the type of work you chose most: %1")
            .replace("%1", self.type_name(p["type"])),
            "new_jobs": lambda: self.tr("%n new jobs in the region by %1", "", p["jobs"])
            .replace("%1", str(p["year"])),
            "new_profession": lambda: self.tr("a new profession for the region")
            + (" (" + self.tr("by %1").replace("%1", str(p["horizon"])) + ")"
               if p.get("horizon") else ""),
            "nearest_college": lambda: (self.tr("taught in your district (%1)").replace(
                "%1", town) if p.get("km", 0) == 0 else self.tr("taught in %1, about %2 km away")
                .replace("%1", town).replace("%2", km)),
            "no_open_group": lambda: self.tr("no college group open to you yet — ask your "
                                             "counsellor"),
            "same_district": lambda: self.tr("in your district"),
            "distance": lambda: self.tr("about %1 km away").replace("%1", km),
            "taught_in": lambda: town,
            "group_language": lambda: self.tr("group in %1").replace(
                "%1", self.language_name(p["language"])),
            "dormitory_available": lambda: self.tr("dormitory available"),
            "state_places": lambda: self.tr("%n state-funded places", "", p["places"]),
            "graduate_employment": lambda: self.tr("%1% of graduates employed").replace(
                "%1", str(p["percent"])),
        }
        make = texts.get(reason.code)
        text = e(make()) if make else e(reason.code)
        return text + kind_badge(p.get("kind"))

    def blocker_text(self, code: str) -> str:
        return {
            "wrong_grade": self.tr("does not admit after your grade"),
            "wrong_language": self.tr("no group in your language"),
            "too_far": self.tr("farther than you would travel"),
            "no_dormitory": self.tr("no dormitory"),
        }.get(code, code)

"""What to do next, in plain words: when and how a student applies to a college in Kazakhstan.

Checked against the admission rules for technical and vocational education (Типовые правила
приёма на обучение в организации ТиПО, order of the Minister of Education and Science No. 578
of 18.10.2018, adilet.zan.kz/eng/docs/V1800017705, as amended) and a college's published
admission notice (mykris.edu.kz, 2021: applications from 20 June; full-time study until the
second half of August; specialities with a creative exam until 20 July; in person at the
college or online through egov.kz). Dates move a little from year to year, so the text says
"about" and sends the student to the college for the exact days. The source is listed in
``atlas_data/sources.csv`` as ``src_tvet_admission_rules``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

ADMISSION_SOURCE_URL = "https://adilet.zan.kz/eng/docs/V1800017705"


class NextSteps(QObject):
    def steps(self, grade: int) -> list[str]:
        """The steps for a student now in ``grade`` (8–11)."""
        if grade <= 9:
            when = self.tr("After grade 9 you can apply with your certificate of basic "
                           "secondary education.")
        else:
            when = self.tr("After grade 11 you can apply with your certificate of general "
                           "secondary education; study is then shorter.")
        return [
            self.tr("Talk about your list with your family and your counsellor. Read about "
                    "the professions in the explorer."),
            when,
            self.tr("Colleges take applications in summer: from 20 June to about 20 August. "
                    "For art, music and sport specialities there is an entrance exam, so "
                    "apply earlier — by about 20 July."),
            self.tr("Apply at the college's admissions office or online at egov.kz. Usually "
                    "you need: an application, your school certificate, photos 3×4, a medical "
                    "certificate and your ID card."),
            self.tr("State-funded (free) places are given by competition. Ask the college "
                    "how many places there are this year and whether it has a dormitory."),
        ]

    def source(self) -> str:
        return self.tr("Source: the model rules of admission to colleges (order No. 578 of "
                       "18.10.2018), adilet.zan.kz. Dates can change a little each year — "
                       "check them with the college.")

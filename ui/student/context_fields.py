"""The student's situation as form fields: grade, home district, language of study, dormitory
and travel distance. Shared by "About you" and the filters of the recommendations, so both
read and change the same facts the same way."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from guidance.atlas.models import District
from guidance.recommend_models import StudentContext

DISTANCES = (None, 0, 50, 100, 200)  # km; None = anywhere, 0 = my district only
GRADES = (8, 9, 10, 11)


class ContextFields(QObject):
    changed = Signal()

    def __init__(self, districts: list[District], parent: QWidget):
        super().__init__(parent)
        self._districts = districts
        self.grade = QComboBox(parent)
        self.grade.setObjectName("gradeCombo")
        for grade in GRADES:
            self.grade.addItem(str(grade), grade)
        self.grade.setCurrentIndex(GRADES.index(9))
        self.district = QComboBox(parent)
        self.district.setObjectName("districtCombo")
        self.study_language = QComboBox(parent)
        self.study_language.setObjectName("studyLanguageCombo")
        self.dormitory = QCheckBox(parent)
        self.dormitory.setObjectName("dormitoryCheck")
        self.distance = QComboBox(parent)
        self.distance.setObjectName("distanceCombo")
        self._filling = False
        for combo in (self.grade, self.district, self.study_language, self.distance):
            combo.currentIndexChanged.connect(self._emit)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.dormitory.toggled.connect(self._emit)

    def _emit(self, *_args) -> None:
        if not self._filling:
            self.changed.emit()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.grade, self.district, self.study_language, self.dormitory, self.distance)

    def retranslate(self, lang: str) -> None:
        self._filling = True
        district = self.district.currentData()
        self.district.clear()
        for d in self._districts:
            self.district.addItem(d.name.get(lang), d.id)
        self.set_district(district)
        language = self.study_language.currentData()
        self.study_language.clear()
        for code, text in (("kk", self.tr("In Kazakh")), ("ru", self.tr("In Russian")),
                           ("any", self.tr("Either is fine"))):
            self.study_language.addItem(text, code)
        self.study_language.setCurrentIndex(max(0, self.study_language.findData(language)))
        self.dormitory.setText(self.tr("I would need a dormitory"))
        index = self.distance.currentIndex()
        self.distance.clear()
        for km in DISTANCES:
            if km is None:
                text = self.tr("Anywhere in the region")
            elif km == 0:
                text = self.tr("Only in my district")
            else:
                text = self.tr("Up to %1 km").replace("%1", str(km))
            self.distance.addItem(text, km)
        self.distance.setCurrentIndex(max(0, index))
        self._filling = False

    def set_district(self, district_id: str | None) -> None:
        index = self.district.findData(district_id)
        if index >= 0:
            self.district.setCurrentIndex(index)

    def set_study_language(self, lang: str) -> None:
        """Kazakh or Russian as given; any other interface language means "either"."""
        index = self.study_language.findData(lang)
        self.study_language.setCurrentIndex(index if index >= 0 else
                                            self.study_language.findData("any"))

    def set_grade(self, grade: int) -> None:
        if grade in GRADES:
            self.grade.setCurrentIndex(GRADES.index(grade))

    def context(self) -> StudentContext:
        km = self.distance.currentData()
        return StudentContext(grade=self.grade.currentData(),
                              district_id=self.district.currentData() or "taraz",
                              study_language=self.study_language.currentData() or "any",
                              needs_dormitory=self.dormitory.isChecked(),
                              max_distance_km=None if km is None else float(km))

    def set_context(self, ctx: StudentContext) -> None:
        self._filling = True
        self.set_grade(ctx.grade)
        self.set_district(ctx.district_id)
        self.study_language.setCurrentIndex(max(0, self.study_language.findData(
            ctx.study_language)))
        self.dormitory.setChecked(ctx.needs_dormitory)
        km = None if ctx.max_distance_km is None else int(ctx.max_distance_km)
        self.distance.setCurrentIndex(max(0, self.distance.findData(km)) if km is not None
                                      else 0)
        self._filling = False

    def clear(self, default_language: str = "kk") -> None:
        """Back to the defaults; the language of study is the interface language (Kazakh or
        Russian), "either" for an English interface."""
        self._filling = True
        self.grade.setCurrentIndex(GRADES.index(9))
        self.set_study_language(default_language)
        self.dormitory.setChecked(False)
        self.distance.setCurrentIndex(0)
        self._filling = False

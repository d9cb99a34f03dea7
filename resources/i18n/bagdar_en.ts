<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppShell</name>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="276"/>
        <source>Are you still there? In %n seconds this form will be cleared. Press any key to continue.</source>
        <translation>
            <numerusform>Are you still there? In %n second this form will be cleared. Press any key to continue.</numerusform>
            <numerusform>Are you still there? In %n seconds this form will be cleared. Press any key to continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="279"/>
        <source>Are you still there? In %n seconds your answers will be saved and the questionnaire paused. Press any key to continue.</source>
        <translation>
            <numerusform>Are you still there? In %n second your answers will be saved and the questionnaire paused. Press any key to continue.</numerusform>
            <numerusform>Are you still there? In %n seconds your answers will be saved and the questionnaire paused. Press any key to continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="283"/>
        <source>Are you still there? In %n seconds your results will be closed (they stay saved). Press any key to continue.</source>
        <translation>
            <numerusform>Are you still there? In %n second your results will be closed (they stay saved). Press any key to continue.</numerusform>
            <numerusform>Are you still there? In %n seconds your results will be closed (they stay saved). Press any key to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message numerus="yes">
        <location filename="../../ui/explorer/cards.py" line="38"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>%n state-funded place</numerusform>
            <numerusform>%n state-funded places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="118"/>
        <source>%1 — %n student(s)</source>
        <translation>
            <numerusform>%1 — %n student</numerusform>
            <numerusform>%1 — %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="125"/>
        <source>«%1» (%n student(s)) → %2</source>
        <translation>
            <numerusform>«%1» (%n student) → %2</numerusform>
            <numerusform>«%1» (%n students) → %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="136"/>
        <source>%1 (%n student(s))</source>
        <translation>
            <numerusform>%1 (%n student)</numerusform>
            <numerusform>%1 (%n students)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="179"/>
        <location filename="../../ui/counsellor/classes_dialog.py" line="194"/>
        <source>%n student(s) moved.</source>
        <translation>
            <numerusform>%n student moved.</numerusform>
            <numerusform>%n students moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <location filename="../../ui/counsellor/dashboard.py" line="176"/>
        <source>%n class name(s) typed in another way can be merged into the class they mean.</source>
        <translation>
            <numerusform>%n class name typed in another way can be merged into the class it means.</numerusform>
            <numerusform>%n class names typed in another way can be merged into the class they mean.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message numerus="yes">
        <location filename="../../ui/student/match_card.py" line="89"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/match_card.py" line="207"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>%n state-funded place</numerusform>
            <numerusform>%n state-funded places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseCodeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/student/dialogs.py" line="149"/>
        <source>This window closes by itself in %n s.</source>
        <translation>
            <numerusform>This window closes by itself in %n s.</numerusform>
            <numerusform>This window closes by itself in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionView</name>
    <message numerus="yes">
        <location filename="../../ui/profession_view.py" line="130"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>%n state-funded place</numerusform>
            <numerusform>%n state-funded places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profession_view.py" line="151"/>
        <source>%n new jobs</source>
        <translation>
            <numerusform>%n new job</numerusform>
            <numerusform>%n new jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonTexts</name>
    <message numerus="yes">
        <location filename="../../ui/student/reasons.py" line="53"/>
        <source>%n new jobs in the region by %1</source>
        <translation>
            <numerusform>%n new job in the region by %1</numerusform>
            <numerusform>%n new jobs in the region by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/reasons.py" line="69"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>%n state-funded place</numerusform>
            <numerusform>%n state-funded places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message numerus="yes">
        <location filename="../../ui/student/recommendations_page.py" line="201"/>
        <source>Fits you (%n):</source>
        <translation>
            <numerusform>Fits you (%n):</numerusform>
            <numerusform>Fit you (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message numerus="yes">
        <location filename="../../ui/counsellor/reports_tab.py" line="317"/>
        <source>%n file(s) merged: %1</source>
        <translation>
            <numerusform>%n file merged: %1</numerusform>
            <numerusform>%n files merged: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message numerus="yes">
        <location filename="../../ui/counsellor/safety_tab.py" line="132"/>
        <source>%n students were recorded before the retention period.</source>
        <translation>
            <numerusform>%n student was recorded before the retention period.</numerusform>
            <numerusform>%n students were recorded before the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/safety_tab.py" line="203"/>
        <source>Delete %n students recorded before the retention period, with all their answers and results?</source>
        <translation>
            <numerusform>Delete %n student recorded before the retention period, with all their answers and results?</numerusform>
            <numerusform>Delete %n students recorded before the retention period, with all their answers and results?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message numerus="yes">
        <location filename="../../ui/counsellor/access.py" line="165"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message numerus="yes">
        <location filename="../../ui/counsellor/settings_tab.py" line="99"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message numerus="yes">
        <location filename="../../ui/counsellor/setup.py" line="140"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message numerus="yes">
        <location filename="../../ui/counsellor/transfer_tab.py" line="77"/>
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n session written to %1.</numerusform>
            <numerusform>%n sessions written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateTab</name>
    <message numerus="yes">
        <location filename="../../ui/counsellor/update_tab.py" line="178"/>
        <source>%n more problems are not shown: fix these first, then check the file again.</source>
        <translation>
            <numerusform>%n more problem is not shown: fix these first, then check the file again.</numerusform>
            <numerusform>%n more problems are not shown: fix these first, then check the file again.</numerusform>
        </translation>
    </message>
</context>
</TS>

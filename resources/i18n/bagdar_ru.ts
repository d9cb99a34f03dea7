<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="74"/>
        <source>The atlas database cannot be opened:
%1

From a source checkout, run &apos;make atlas&apos;. Otherwise reinstall Bagdar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>About Bagdar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Bagdar %1 — offline career guidance for the schools of the Zhambyl region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Bagdar — atlas of professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Search professions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Search professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>edition %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Data status (rows by kind of source): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Nothing found. Try the first letters of a word, without Kazakh letters if you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfessionView</name>
    <message>
        <location filename="../../ui/profession_view.py" line="22"/>
        <source>Realistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="22"/>
        <source>Investigative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="22"/>
        <source>Artistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="23"/>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="23"/>
        <source>Enterprising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="23"/>
        <source>Conventional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="28"/>
        <source>Person – Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="28"/>
        <source>Person – Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="29"/>
        <source>Person – Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="29"/>
        <source>Person – Sign systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="30"/>
        <source>Person – Artistic image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="34"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="34"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="34"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="40"/>
        <source>%1 y %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44"/>
        <source>after grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="48"/>
        <source>Working profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="48"/>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="51"/>
        <source>New profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="53"/>
        <source>in demand by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="105"/>
        <source>%1 state-funded places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="106"/>
        <source>places unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceBadge</name>
    <message>
        <location filename="../../ui/badges.py" line="25"/>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="26"/>
        <source>press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="27"/>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="28"/>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="35"/>
        <source>Official: a government document, a national classifier or the organisation&apos;s own publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="38"/>
        <source>Press: a figure reported in a newspaper or on a news site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="40"/>
        <source>Estimate: worked out by the Bagdar team from published figures; not official.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="43"/>
        <source>Sample: an illustrative entry not confirmed by any source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

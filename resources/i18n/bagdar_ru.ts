<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDataDialog</name>
    <message>
        <location filename="../../ui/about_data.py" line="103"/>
        <location filename="../../ui/about_data.py" line="127"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="103"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="104"/>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="104"/>
        <source>Professions</source>
        <translation>Профессии</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="105"/>
        <source>Specialities</source>
        <translation>Специальности колледжей</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="105"/>
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="106"/>
        <source>Colleges</source>
        <translation>Колледжи</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="107"/>
        <source>College groups and places</source>
        <translation>Группы и места в колледжах</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="108"/>
        <source>Investment projects</source>
        <translation>Инвестиционные проекты</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="109"/>
        <source>Demand (new jobs)</source>
        <translation>Спрос (новые рабочие места)</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="110"/>
        <source>Graduate employment</source>
        <translation>Трудоустройство выпускников</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="111"/>
        <source>College–employer memoranda</source>
        <translation>Меморандумы колледжей и работодателей</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="125"/>
        <source>About the data</source>
        <translation>О данных</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="126"/>
        <source>Rows by kind of source</source>
        <translation>Строки по видам источников</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="130"/>
        <source>In this edition: %1 official, %2 press, %3 estimated and %4 example entries.</source>
        <translation>Записей в этом издании: официальных — %1, из прессы — %2, расчётных — %3, примеров — %4.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="138"/>
        <source>What the regional press published (%1, %2):</source>
        <translation>Что опубликовала региональная пресса (%1, %2):</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="144"/>
        <source>Edition %1 of %2, built %3.</source>
        <translation>Издание %1 от %2, дата сборки: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="147"/>
        <source>The official regional atlas of new professions is not public. This edition combines published figures, official classifiers, the Bagdar team&apos;s splits of published totals and examples. Where a source does not publish a value (places, study language, dormitory, entry grade), the atlas shows &quot;not published&quot;. Every figure shows the kind of its source:</source>
        <translation>Официальный региональный атлас новых профессий не опубликован. Это издание объединяет опубликованные данные, официальные классификаторы, распределение опубликованных итогов командой Бағдар и примеры. Если источник не публикует значение (места, язык обучения, общежитие, после какого класса принимают), в атласе написано «не опубликовано». У каждой цифры указан вид её источника:</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="170"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="187"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="187"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="187"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="187"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="188"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
</context>
<context>
    <name>AboutYouPage</name>
    <message>
        <location filename="../../ui/student/about_you.py" line="117"/>
        <source>About you</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="119"/>
        <source>Your &amp;name (as your counsellor knows you)</source>
        <translation>&amp;Имя (как тебя знает консультант)</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="120"/>
        <source>&amp;Class</source>
        <translation>&amp;Класс</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="120"/>
        <source>&amp;Grade</source>
        <translation>&amp;Номер класса</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="120"/>
        <source>Home &amp;district</source>
        <translation>Твой &amp;район</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="121"/>
        <source>D&amp;ormitory</source>
        <translation>&amp;Общежитие</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="121"/>
        <source>In which &amp;language do you want to study?</source>
        <translation>На каком &amp;языке ты хочешь учиться?</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="122"/>
        <source>How far would you &amp;travel to study?</source>
        <translation>Как &amp;далеко ты готов(а) ехать учиться?</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="125"/>
        <source>e.g. Aigerim S.</source>
        <translation>например, Айгерим С.</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="126"/>
        <source>e.g. 9 «Ә»</source>
        <translation>например, 9 «Ә»</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="129"/>
        <source>What is kept: the name you type, your class, your answers and your results, on this computer only. Only your counsellor can open them; no ID number is asked. Your counsellor deletes them when they are no longer needed.</source>
        <translation>Что хранится: имя, которое ты введёшь, класс, ответы и результаты — только на этом компьютере. Открыть их может только консультант; ИИН не спрашивается. Когда они больше не нужны, консультант их удаляет.</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="122"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="119"/>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="141"/>
        <source>Please type your name (at least two letters).</source>
        <translation>Введи имя (хотя бы две буквы).</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="144"/>
        <source>A name starts with a letter and has no digits or symbols.</source>
        <translation>Имя начинается с буквы и не содержит цифр и значков.</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="147"/>
        <source>Please choose your class from the list.</source>
        <translation>Выбери свой класс из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="149"/>
        <source>Please type your class, for example 9 «Ә».</source>
        <translation>Укажи класс, например 9 «Ә».</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="109"/>
        <source>The students&apos; records were written by a newer version of Bagdar. Install that version (or newer) to open them; nothing has been changed.</source>
        <translation>Записи учеников сохранены более новой версией Бағдар. Чтобы открыть их, установите эту (или более новую) версию; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="208"/>
        <source>Bagdar is already open on this computer. Look for its window.</source>
        <translation>Бағдар уже открыт на этом компьютере. Найдите его окно.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>The atlas database cannot be opened:
%1

From a source checkout, run &apos;make atlas&apos;. Otherwise reinstall Bagdar.</source>
        <translation>Не удаётся открыть базу атласа:
%1

При запуске из исходного кода выполните &apos;make atlas&apos;. Иначе переустановите Бағдар.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../ui/shell.py" line="194"/>
        <source>Bagdar — career guidance</source>
        <translation>Бағдар — профориентация</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="195"/>
        <location filename="../../ui/shell.py" line="196"/>
        <source>Smaller text</source>
        <translation>Текст мельче</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="197"/>
        <location filename="../../ui/shell.py" line="198"/>
        <source>Larger text</source>
        <translation>Текст крупнее</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="276"/>
        <source>Are you still there? In %n seconds this form will be cleared. Press any key to continue.</source>
        <translation>
            <numerusform>Ты ещё здесь? Через %n секунду эта форма будет очищена. Нажми любую клавишу, чтобы продолжить.</numerusform>
            <numerusform>Ты ещё здесь? Через %n секунды эта форма будет очищена. Нажми любую клавишу, чтобы продолжить.</numerusform>
            <numerusform>Ты ещё здесь? Через %n секунд эта форма будет очищена. Нажми любую клавишу, чтобы продолжить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="279"/>
        <source>Are you still there? In %n seconds your answers will be saved and the questionnaire paused. Press any key to continue.</source>
        <translation>
            <numerusform>Ты ещё здесь? Через %n секунду ответы будут сохранены, а опрос приостановлен. Нажми любую клавишу, чтобы продолжить.</numerusform>
            <numerusform>Ты ещё здесь? Через %n секунды ответы будут сохранены, а опрос приостановлен. Нажми любую клавишу, чтобы продолжить.</numerusform>
            <numerusform>Ты ещё здесь? Через %n секунд ответы будут сохранены, а опрос приостановлен. Нажми любую клавишу, чтобы продолжить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="283"/>
        <source>Are you still there? In %n seconds your results will be closed (they stay saved). Press any key to continue.</source>
        <translation>
            <numerusform>Ты ещё здесь? Через %n секунду результаты будут закрыты (они останутся сохранёнными). Нажми любую клавишу, чтобы продолжить.</numerusform>
            <numerusform>Ты ещё здесь? Через %n секунды результаты будут закрыты (они останутся сохранёнными). Нажми любую клавишу, чтобы продолжить.</numerusform>
            <numerusform>Ты ещё здесь? Через %n секунд результаты будут закрыты (они останутся сохранёнными). Нажми любую клавишу, чтобы продолжить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="49"/>
        <source>class set up</source>
        <translation>класс добавлен</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="50"/>
        <source>class taken off the list</source>
        <translation>класс убран из списка</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="51"/>
        <source>classes merged</source>
        <translation>классы объединены</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="52"/>
        <source>student&apos;s name or class corrected</source>
        <translation>исправлены имя или класс ученика</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="53"/>
        <source>follow-up marked</source>
        <translation>отмечено, что делать дальше</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="54"/>
        <source>sessions exported for another PC</source>
        <translation>сеансы выгружены для другого компьютера</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="55"/>
        <source>sessions imported from another PC</source>
        <translation>сеансы загружены с другого компьютера</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="58"/>
        <source>When (local time, %1)</source>
        <translation>Время (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="64"/>
        <source>student No. %1</source>
        <translation>ученик № %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="71"/>
        <source>student report: %1</source>
        <translation>отчёт по ученику: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="73"/>
        <source>class report: %1</source>
        <translation>отчёт по классу: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="74"/>
        <source>named class list: %1</source>
        <translation>список класса с именами: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="76"/>
        <source>students&apos; reports of %1: %2</source>
        <translation>отчёты учеников класса %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="77"/>
        <source>results of %1 (%2)</source>
        <translation>результаты: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="78"/>
        <source>whole school</source>
        <translation>вся школа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="80"/>
        <source>district summary, %1</source>
        <translation>сводка для района, %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="83"/>
        <source>%1 summaries merged</source>
        <translation>объединено сводок: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="85"/>
        <source>records kept for %1 months</source>
        <translation>срок хранения записей: %1 мес.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="86"/>
        <source>%1 students deleted</source>
        <translation>удалено учеников: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="89"/>
        <source>retest</source>
        <translation>пройти заново</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="89"/>
        <source>talk to</source>
        <translation>побеседовать</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="90"/>
        <source>mark cleared</source>
        <translation>отметка снята</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="91"/>
        <source>%1: %2 students</source>
        <translation>%1: учеников — %2</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="93"/>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="94"/>
        <source>recovery key</source>
        <translation>ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="95"/>
        <source>edition %1</source>
        <translation>издание %1</translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message numerus="yes">
        <location filename="../../ui/explorer/cards.py" line="38"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>%n место по госзаказу</numerusform>
            <numerusform>%n места по госзаказу</numerusform>
            <numerusform>%n мест по госзаказу</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="53"/>
        <source>all specialities</source>
        <translation>все специальности</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="55"/>
        <source>%1 of %2 graduates employed (%3%)</source>
        <translation>Выпускники: %2, трудоустроены: %1 (%3%)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="64"/>
        <source>Code status</source>
        <translation>Статус кода</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="67"/>
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="70"/>
        <source>Study length</source>
        <translation>Срок обучения</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="74"/>
        <source>Leads to</source>
        <translation>Ведёт к профессиям</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="78"/>
        <source>Colleges</source>
        <translation>Колледжи</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="83"/>
        <source>No college of the region teaches it.</source>
        <translation>Ни один колледж области не обучает этой специальности.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="86"/>
        <location filename="../../ui/explorer/cards.py" line="111"/>
        <source>Graduate employment</source>
        <translation>Трудоустройство выпускников</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="94"/>
        <source>yes</source>
        <translation>есть</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="94"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="39"/>
        <source>places not published</source>
        <translation>число мест не опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="95"/>
        <source>state</source>
        <translation>государственный</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="95"/>
        <source>private</source>
        <translation>частный</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="97"/>
        <location filename="../../ui/explorer/cards.py" line="124"/>
        <source>Town</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="98"/>
        <location filename="../../ui/explorer/cards.py" line="122"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="99"/>
        <source>Languages of study</source>
        <translation>Языки обучения</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="100"/>
        <source>Dormitory</source>
        <translation>Общежитие</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="100"/>
        <source>Ownership</source>
        <translation>Форма собственности</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="101"/>
        <location filename="../../ui/explorer/cards.py" line="128"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="103"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="106"/>
        <source>Specialities and places</source>
        <translation>Специальности и места</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="114"/>
        <source>Partner employers (memoranda)</source>
        <translation>Работодатели-партнёры (меморандумы)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="120"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="126"/>
        <source>Employees</source>
        <translation>Работников</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="136"/>
        <source>Professions in demand (new jobs)</source>
        <translation>Востребованные профессии (новые места)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="144"/>
        <source>Partner colleges (memoranda)</source>
        <translation>Колледжи-партнёры (меморандумы)</translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <location filename="../../ui/chart_texts.py" line="18"/>
        <source>Your interest profile</source>
        <translation>Твой профиль интересов</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="19"/>
        <source>% of the maximum score</source>
        <translation>% от максимального балла</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="20"/>
        <source>Your Holland code: {code}</source>
        <translation>Твой код Холланда: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="22"/>
        <source>Your interests are evenly spread: the code is not clear-cut.</source>
        <translation>Интересы распределены равномерно: код неоднозначен.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="23"/>
        <source>What you prefer to work with</source>
        <translation>С чем тебе больше нравится работать</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="24"/>
        <source>Choices (out of 8)</source>
        <translation>Число выборов (из 8)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="25"/>
        <source>No interest</source>
        <translation>Интереса нет</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="26"/>
        <source>Moderate interest</source>
        <translation>Умеренный интерес</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="27"/>
        <source>Pronounced interest</source>
        <translation>Выраженный интерес</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="28"/>
        <source>New jobs</source>
        <translation>Новые места</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="29"/>
        <source>New jobs by industry, {year}</source>
        <translation>Новые рабочие места по отраслям, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="30"/>
        <source>Other industries</source>
        <translation>Другие отрасли</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="31"/>
        <source>New jobs by district, {year}</source>
        <translation>Новые рабочие места по районам, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="32"/>
        <source>Other districts</source>
        <translation>Другие районы</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="34"/>
        <source>Working professions and specialists among new jobs, {year}</source>
        <translation>Рабочие профессии и специалисты среди новых мест, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="35"/>
        <source>Working professions</source>
        <translation>Рабочие профессии</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="36"/>
        <source>Mid-level specialists</source>
        <translation>Специалисты среднего звена</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="38"/>
        <source>Published figure: {share}% working professions</source>
        <translation>Опубликованная цифра: рабочие профессии — {share}%</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="39"/>
        <source>Share of new jobs ({total} in all)</source>
        <translation>Доля новых рабочих мест (всего {total})</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="41"/>
        <source>Professions with the most new jobs, {first}–{last}</source>
        <translation>Профессии с наибольшим числом новых мест, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="42"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="43"/>
        <source>Graduates employed by speciality</source>
        <translation>Трудоустройство выпускников по специальностям</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="45"/>
        <source>Graduates employed by speciality, {period}</source>
        <translation>Трудоустройство выпускников по специальностям, {period}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="46"/>
        <source>Graduates employed, %</source>
        <translation>Трудоустроено выпускников, %</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="48"/>
        <source>The {n} specialities with the most graduates</source>
        <translation>Специальности с наибольшим числом выпускников (первые {n})</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="49"/>
        <source>Region: {share}%</source>
        <translation>По области: {share}%</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="50"/>
        <source>{profession}: new jobs by year</source>
        <translation>{profession}: новые рабочие места по годам</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="51"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="53"/>
        <source>{college}: state-funded places by speciality</source>
        <translation>{college}: места госзаказа по специальностям</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="54"/>
        <source>State-funded places</source>
        <translation>Места по госзаказу</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="55"/>
        <source>Kazakh groups</source>
        <translation>Казахские группы</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="56"/>
        <source>Russian groups</source>
        <translation>Русские группы</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="57"/>
        <source>English groups</source>
        <translation>Английские группы</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="58"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="59"/>
        <source>Sources: {sources}.</source>
        <translation>Источники: {sources}.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="61"/>
        <source>Sources: {sources}. {share}% of the figures are estimates or samples.</source>
        <translation>Источники: {sources}. {share}% цифр — расчёты или примеры.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="62"/>
        <source>{count} more</source>
        <translation>ещё {count}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="63"/>
        <source>official</source>
        <translation>официально</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="64"/>
        <source>press</source>
        <translation>пресса</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="65"/>
        <source>estimate</source>
        <translation>расчёт</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="66"/>
        <source>sample</source>
        <translation>пример</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/chart_widget.py" line="75"/>
        <location filename="../../ui/chart_widget.py" line="166"/>
        <source>Save as image…</source>
        <translation>Сохранить как изображение…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="76"/>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Сохранить диаграмму в файл PNG или SVG</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="155"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="155"/>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="157"/>
        <source>Save chart as image</source>
        <translation>Сохранить диаграмму как изображение</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="167"/>
        <source>The chart could not be saved:
{error}</source>
        <translation>Не удалось сохранить диаграмму:
{error}</translation>
    </message>
</context>
<context>
    <name>ClassesDialog</name>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="41"/>
        <source>The school&apos;s classes</source>
        <translation>Классы школы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="43"/>
        <source>Students choose their class from this list. Set up every class of the school once: a grade and a letter.</source>
        <translation>Ученики выбирают свой класс из этого списка. Один раз внесите все классы школы: номер и букву.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="55"/>
        <source>e.g. Ә</source>
        <translation>например, Ә</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="56"/>
        <source>Add class</source>
        <translation>Добавить класс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="59"/>
        <source>Take off the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="66"/>
        <source>Merge the ticked spellings into their class</source>
        <translation>Объединить отмеченные написания с их классом</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="73"/>
        <source>Move the students</source>
        <translation>Перевести учеников</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="78"/>
        <source>Grade:</source>
        <translation>Номер класса:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="80"/>
        <source>Letter:</source>
        <translation>Буква:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="85"/>
        <source>Classes of the school</source>
        <translation>Классы школы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="90"/>
        <source>Classes typed in different ways</source>
        <translation>Классы, записанные по-разному</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="92"/>
        <source>Students typed these class names themselves. Tick the ones that mean the class shown and merge them.</source>
        <translation>Эти названия классов ученики ввели сами. Отметьте те, что означают указанный класс, и объедините их.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="99"/>
        <source>Students of class:</source>
        <translation>Учеников класса:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="100"/>
        <source>move to class:</source>
        <translation>перевести в класс:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="118"/>
        <source>%1 — %n student(s)</source>
        <translation>
            <numerusform>%1 — %n ученик</numerusform>
            <numerusform>%1 — %n ученика</numerusform>
            <numerusform>%1 — %n учеников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="125"/>
        <source>«%1» (%n student(s)) → %2</source>
        <translation>
            <numerusform>«%1» (%n ученик) → %2</numerusform>
            <numerusform>«%1» (%n ученика) → %2</numerusform>
            <numerusform>«%1» (%n учеников) → %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="136"/>
        <source>%1 (%n student(s))</source>
        <translation>
            <numerusform>%1 (%n ученик)</numerusform>
            <numerusform>%1 (%n ученика)</numerusform>
            <numerusform>%1 (%n учеников)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="146"/>
        <source>A class letter is one letter, such as А or Ә.</source>
        <translation>Буква класса — одна буква, например А или Ә.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="150"/>
        <source>Added: %1</source>
        <translation>Добавлен: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="161"/>
        <source>%1 is off the students&apos; list; its students and results stay.</source>
        <translation>Класс %1 убран из списка для учеников; его ученики и результаты сохранены.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="179"/>
        <location filename="../../ui/counsellor/classes_dialog.py" line="194"/>
        <source>%n student(s) moved.</source>
        <translation>
            <numerusform>%n ученик переведён.</numerusform>
            <numerusform>%n ученика переведены.</numerusform>
            <numerusform>%n учеников переведены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="186"/>
        <source>Choose two different classes.</source>
        <translation>Выберите два разных класса.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="189"/>
        <source>Move every student of %1 to %2?</source>
        <translation>Перевести всех учеников класса %1 в класс %2?</translation>
    </message>
</context>
<context>
    <name>ContextFields</name>
    <message>
        <location filename="../../ui/student/context_fields.py" line="60"/>
        <source>In Kazakh</source>
        <translation>На казахском</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="60"/>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="61"/>
        <source>Either is fine</source>
        <translation>Подойдёт любой</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="64"/>
        <source>I would need a dormitory</source>
        <translation>Мне нужно общежитие</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="69"/>
        <source>Anywhere in the region</source>
        <translation>В любое место области</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="71"/>
        <source>Only in my district</source>
        <translation>Только в своём районе</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="73"/>
        <source>Up to %1 km</source>
        <translation>До %1 км</translation>
    </message>
</context>
<context>
    <name>CounsellorRoom</name>
    <message>
        <location filename="../../ui/counsellor/room.py" line="78"/>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="81"/>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима киоска</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="85"/>
        <source>Close Bagdar</source>
        <translation>Закрыть Бағдар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="100"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="101"/>
        <source>Students</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="102"/>
        <source>Reports and exports</source>
        <translation>Отчёты и экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="103"/>
        <source>Paper mode</source>
        <translation>Бланки</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="104"/>
        <source>Records safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="105"/>
        <source>Atlas update</source>
        <translation>Обновление атласа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="106"/>
        <source>Several PCs</source>
        <translation>Несколько ПК</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="107"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="218"/>
        <source>Counsellor&apos;s room</source>
        <translation>Кабинет консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="170"/>
        <location filename="../../ui/counsellor/room.py" line="202"/>
        <source>Student report</source>
        <translation>Отчёт по ученику</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="171"/>
        <source>Report for %1.</source>
        <translation>Отчёт по ученику: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="173"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="174"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="185"/>
        <source>Save the student report</source>
        <translation>Сохранить отчёт по ученику</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="187"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="203"/>
        <source>Language of the report:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="241"/>
        <source>No activity for a while: you will be logged out in %1 seconds. Move the mouse or press a key to stay.</source>
        <translation>Вы давно ничего не делали: выход из кабинета через %1 с. Пошевелите мышью или нажмите клавишу, чтобы остаться.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="137"/>
        <source>Completion by class</source>
        <translation>Прохождение по классам</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="138"/>
        <location filename="../../ui/counsellor/dashboard.py" line="227"/>
        <source>Students to look at</source>
        <translation>Ученики, требующие внимания</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="139"/>
        <source>Classes and the region&apos;s new jobs</source>
        <translation>Классы и новые рабочие места региона</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="140"/>
        <source>Classes…</source>
        <translation>Классы…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="142"/>
        <source>Their latest questionnaire was answered very fast, inconsistently, left unfinished or came out flat. Mark what to do: take it again, or a talk.</source>
        <translation>Последний опрос этих учеников пройден слишком быстро, противоречиво, не закончен или дал недифференцированный профиль. Отметьте, что делать: пройти заново или побеседовать.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="145"/>
        <source>The type most students of the class chose, the type of most of the region&apos;s new jobs (%1), and the type the region needs most above the class&apos;s share.</source>
        <translation>Тип, который выбрало большинство учеников класса; тип, к которому относится больше всего новых рабочих мест региона (%1); и тип, по которому потребность региона больше всего превышает его долю в классе.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="148"/>
        <source>Retest</source>
        <translation>Пройти заново</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="149"/>
        <source>Talk to</source>
        <translation>Побеседовать</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="150"/>
        <source>Clear the mark</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="151"/>
        <source>Open student…</source>
        <translation>Карточка ученика…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="161"/>
        <source>unfinished</source>
        <translation>не закончен</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="161"/>
        <source>too fast</source>
        <translation>слишком быстро</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="162"/>
        <source>inconsistent halves</source>
        <translation>ответы двух половин не согласуются</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="162"/>
        <source>flat profile</source>
        <translation>недифференцированный профиль</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="165"/>
        <source>retest</source>
        <translation>пройти заново</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="165"/>
        <source>talk to</source>
        <translation>побеседовать</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="173"/>
        <source>Set up the school&apos;s classes once, so that students pick theirs from a list.</source>
        <translation>Один раз внесите классы школы, чтобы ученики выбирали свой класс из списка.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/dashboard.py" line="176"/>
        <source>%n class name(s) typed in another way can be merged into the class they mean.</source>
        <translation>
            <numerusform>%n название класса, записанное иначе, можно объединить с классом, который оно означает.</numerusform>
            <numerusform>%n названия классов, записанные иначе, можно объединить с классами, которые они означают.</numerusform>
            <numerusform>%n названий классов, записанных иначе, можно объединить с классами, которые они означают.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="181"/>
        <location filename="../../ui/counsellor/dashboard.py" line="187"/>
        <location filename="../../ui/counsellor/dashboard.py" line="217"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="181"/>
        <source>Students</source>
        <translation>Учеников</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="181"/>
        <source>Completed</source>
        <translation>Прошли</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="182"/>
        <source>Half-way</source>
        <translation>Не закончили</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="182"/>
        <source>Not started</source>
        <translation>Не начинали</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="187"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="187"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="188"/>
        <source>Follow-up</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="210"/>
        <source>%1: %2% of the class, %3% of new jobs</source>
        <translation>%1: %2% класса, %3% новых рабочих мест</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="217"/>
        <source>Clear profiles</source>
        <translation>Выраженные профили</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="217"/>
        <source>Class&apos;s type</source>
        <translation>Тип класса</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="218"/>
        <source>Region&apos;s type</source>
        <translation>Тип региона</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="218"/>
        <source>Biggest gap</source>
        <translation>Наибольший разрыв</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="228"/>
        <source>Choose a student in the list first.</source>
        <translation>Сначала выберите ученика в списке.</translation>
    </message>
</context>
<context>
    <name>EditStudentDialog</name>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="207"/>
        <source>Edit student</source>
        <translation>Изменить данные ученика</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="222"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="223"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="236"/>
        <source>Choose one of the school&apos;s classes (set them up with “Classes…”).</source>
        <translation>Выберите один из классов школы (их задают кнопкой «Классы…»).</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="242"/>
        <source>Type the student&apos;s name.</source>
        <translation>Введите имя ученика.</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="127"/>
        <source>← Back to my professions</source>
        <translation>← Назад к моим профессиям</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="128"/>
        <source>← Back to start</source>
        <translation>← На главную</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="129"/>
        <source>Back (Alt+←)</source>
        <translation>Назад (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="130"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="131"/>
        <source>Forward (Alt+→)</source>
        <translation>Вперёд (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="132"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="134"/>
        <source>Search professions, specialities, colleges, employers…</source>
        <translation>Поиск профессий, специальностей, колледжей, работодателей…</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="135"/>
        <source>Search the atlas</source>
        <translation>Поиск по атласу</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="136"/>
        <source>Regional overview</source>
        <translation>Обзор региона</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="137"/>
        <source>About the data…</source>
        <translation>О данных…</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="143"/>
        <source>edition %1 of %2</source>
        <translation>издание %1 от %2</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="145"/>
        <source>Data status (rows by kind of source): %1</source>
        <translation>Статус данных (строки по видам источников): %1</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="160"/>
        <source>Professions</source>
        <translation>Профессии</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="160"/>
        <source>Specialities</source>
        <translation>Специальности колледжей</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="161"/>
        <source>Colleges</source>
        <translation>Колледжи</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="161"/>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="197"/>
        <source>Nothing found for «%1». Try a shorter part of the word or another name for it; Kazakh without its special letters, Latin letters and small typos are fine.</source>
        <translation>По запросу «%1» ничего не найдено. Попробуй ввести часть слова покороче или другое название; можно писать по-казахски без особых букв, латиницей и с небольшими опечатками.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="204"/>
        <source>By industry</source>
        <translation>По отраслям</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="212"/>
        <source>By district</source>
        <translation>По районам</translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="16"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="17"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="18"/>
        <source>Grade</source>
        <translation>Параллель</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="19"/>
        <source>Home district</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="20"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="21"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="22"/>
        <source>Holland code</source>
        <translation>Код Холланда</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="23"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="24"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="25"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="26"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="27"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="28"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="29"/>
        <source>DDO nature</source>
        <translation>ДДО: природа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="30"/>
        <source>DDO technology</source>
        <translation>ДДО: техника</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="31"/>
        <source>DDO people</source>
        <translation>ДДО: человек</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="32"/>
        <source>DDO signs</source>
        <translation>ДДО: знаки</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="33"/>
        <source>DDO art</source>
        <translation>ДДО: худ. образ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="34"/>
        <source>Quality flags</source>
        <translation>Отметки качества</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="35"/>
        <source>Profession 1</source>
        <translation>Профессия 1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="36"/>
        <source>Profession 2</source>
        <translation>Профессия 2</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="37"/>
        <source>Profession 3</source>
        <translation>Профессия 3</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="38"/>
        <source>Counsellor&apos;s comment</source>
        <translation>Комментарий консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="39"/>
        <source>flag:incomplete</source>
        <translation>пропущены вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="40"/>
        <source>flag:flat</source>
        <translation>недифференцированный профиль</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="41"/>
        <source>flag:mostly_unsure</source>
        <translation>в основном «сложно сказать»</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="42"/>
        <source>flag:too_fast</source>
        <translation>слишком быстро</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="43"/>
        <source>flag:inconsistent</source>
        <translation>ответы двух половин не согласуются</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="44"/>
        <source>programme:full</source>
        <translation>интересы (полная форма)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="45"/>
        <source>programme:short</source>
        <translation>интересы (краткая форма)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="46"/>
        <source>programme:ddo</source>
        <translation>ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="47"/>
        <source>programme:full+ddo</source>
        <translation>интересы (полная форма) + ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="48"/>
        <source>programme:short+ddo</source>
        <translation>интересы (краткая форма) + ДДО</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/student/finish_page.py" line="96"/>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="98"/>
        <source>Your answers and results are saved. Take your plan with you: photograph the code with your phone, or save or print the page. When you press Done, this computer is ready for the next student.</source>
        <translation>Ответы и результаты сохранены. Возьми свой план с собой: сфотографируй код телефоном или сохрани либо распечатай страницу. Когда нажмёшь «Готово», компьютер будет готов для следующего ученика.</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="101"/>
        <source>Your answers and results are saved. When you press Done, this computer is ready for the next student.</source>
        <translation>Ответы и результаты сохранены. Когда нажмёшь «Готово», компьютер будет готов для следующего ученика.</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="103"/>
        <source>The code holds a short summary of your plan as text; no internet is needed.</source>
        <translation>В коде записано краткое содержание твоего плана в виде текста; интернет не нужен.</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="106"/>
        <source>&amp;Save my plan as PDF…</source>
        <translation>&amp;Сохранить мой план в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="106"/>
        <source>&amp;Print my plan</source>
        <translation>&amp;Распечатать мой план</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="128"/>
        <source>my plan</source>
        <translation>мой план</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="129"/>
        <source>Save my plan</source>
        <translation>Сохранить мой план</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="130"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="137"/>
        <source>The plan could not be saved there: %1</source>
        <translation>Не удалось сохранить план в это место: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="140"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="148"/>
        <source>Your plan was sent to the printer.</source>
        <translation>Твой план отправлен на печать.</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="106"/>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/counsellor/access.py" line="44"/>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="48"/>
        <source>Counsellor password</source>
        <translation>Пароль консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="54"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="55"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="60"/>
        <source>Forgot the password? Use the recovery key…</source>
        <translation>Забыли пароль? Используйте ключ восстановления…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="65"/>
        <source>Counsellor password:</source>
        <translation>Пароль консультанта:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="75"/>
        <source>The counsellor password is missing from the records: the file was changed outside Bagdar. Set a new password with the recovery key.</source>
        <translation>В записях нет пароля консультанта: файл был изменён не через Бағдар. Задайте новый пароль с помощью ключа восстановления.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="96"/>
        <source>Wrong password. Try again in %1 s.</source>
        <translation>Неверный пароль. Повторите через %1 с.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="181"/>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="183"/>
        <source>The recovery key you used is now spent. Write down the new one and keep it away from students:</source>
        <translation>Использованный ключ восстановления больше не действует. Запишите новый и храните его там, где его не найдут ученики:</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <location filename="../../ui/student/match_card.py" line="62"/>
        <source>it matches what you like to do</source>
        <translation>совпадает с тем, что тебе нравится делать</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="63"/>
        <source>it is the kind of work you chose most often</source>
        <translation>это тот тип труда, который ты выбирал(а) чаще всего</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="64"/>
        <source>the region needs people for it</source>
        <translation>региону нужны такие работники</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="65"/>
        <source>you can study it near home</source>
        <translation>учиться можно рядом с домом</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="66"/>
        <source>it is a new profession in the region</source>
        <translation>это новая для региона профессия</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="79"/>
        <source>needed in the region and taught near you</source>
        <translation>нужна региону, и учиться ей можно рядом с домом</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="81"/>
        <source>taught near you</source>
        <translation>учиться ей можно рядом с домом</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="82"/>
        <source>needed in the region</source>
        <translation>нужна региону</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="86"/>
        <source>length not published</source>
        <translation>срок обучения не опубликован</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/match_card.py" line="89"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="90"/>
        <source>%1 years %2 months</source>
        <translation>%1 г. %2 мес.</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="97"/>
        <source>Why it is on your list (most important first):</source>
        <translation>Почему она в твоём списке (сначала самое важное):</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="103"/>
        <source>Worth a look: it fits your interests less, but it is %1.</source>
        <translation>Стоит присмотреться: по интересам подходит меньше, но %1.</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="107"/>
        <source>How to get there</source>
        <translation>Путь к профессии</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="109"/>
        <source>No college of the region teaches it yet. Ask your counsellor where to study for it.</source>
        <translation>Пока ни один колледж области этому не обучает. Спроси консультанта, где этому можно выучиться.</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="113"/>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="117"/>
        <source>More about this profession in the explorer →</source>
        <translation>Подробнее об этой профессии в атласе →</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="121"/>
        <source>What the work is</source>
        <translation>В чём состоит работа</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="125"/>
        <source>Not in the current atlas.</source>
        <translation>В текущем издании атласа нет.</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="129"/>
        <source>Working conditions:</source>
        <translation>Условия работы:</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="133"/>
        <source>Where in the region:</source>
        <translation>Где в регионе:</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="149"/>
        <source>Speciality: %1</source>
        <translation>Специальность: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="157"/>
        <source>No group of this speciality is open to you.</source>
        <translation>Нет открытой для тебя группы по этой специальности.</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="164"/>
        <source>Not open to you:</source>
        <translation>Тебе недоступно:</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="179"/>
        <source>private college (fee-paying)</source>
        <translation>частный колледж (платное обучение)</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="183"/>
        <source>address: %1</source>
        <translation>адрес: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="184"/>
        <source>address not published</source>
        <translation>адрес не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="189"/>
        <source>after which grade: not published</source>
        <translation>после какого класса принимают: не опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="193"/>
        <source>after grade %1: %2</source>
        <translation>после %1 класса: %2</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="195"/>
        <source>taught in %1</source>
        <translation>язык обучения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="57"/>
        <location filename="../../ui/student/match_card.py" line="197"/>
        <source>language of study: not published</source>
        <translation>язык обучения: не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="199"/>
        <source>state college</source>
        <translation>государственный колледж</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="201"/>
        <source>state or private: not published</source>
        <translation>государственный или частный: не опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="203"/>
        <source>dormitory and state-funded places: check with the college</source>
        <translation>общежитие и места по госзаказу уточняй в колледже</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="205"/>
        <source>dormitory</source>
        <translation>есть общежитие</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="205"/>
        <source>no dormitory</source>
        <translation>нет общежития</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="206"/>
        <source>dormitory: not published</source>
        <translation>общежитие: не опубликовано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/match_card.py" line="207"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>%n место по госзаказу</numerusform>
            <numerusform>%n места по госзаказу</numerusform>
            <numerusform>%n мест по госзаказу</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="209"/>
        <source>state-funded places: not published</source>
        <translation>места по госзаказу: не опубликовано</translation>
    </message>
</context>
<context>
    <name>MyPlan</name>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="71"/>
        <source>My interests are spread evenly: no kind of work stands out yet.</source>
        <translation>Мои интересы распределены равномерно: пока ни один вид труда не выделяется.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="74"/>
        <source>What I like most: %1</source>
        <translation>Больше всего мне нравится: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="79"/>
        <source>no college of the region teaches it yet</source>
        <translation>пока ни один колледж области этому не обучает</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="82"/>
        <source>%1 — no group open to me yet</source>
        <translation>%1 — открытой для меня группы пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="89"/>
        <source>after grade %1: %2</source>
        <translation>после %1 класса: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="92"/>
        <source>after which grade: not published</source>
        <translation>после какого класса принимают: не опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="96"/>
        <source>taught in %1</source>
        <translation>язык обучения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="98"/>
        <source>language of study: not published</source>
        <translation>язык обучения: не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="106"/>
        <source>Bagdar — my plan</source>
        <translation>Бағдар — мой план</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="112"/>
        <source>Colleges take applications from 20 June to about 20 August.</source>
        <translation>Колледжи принимают документы с 20 июня примерно до 20 августа.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="118"/>
        <source>My plan</source>
        <translation>Мой план</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="127"/>
        <source>The code on the right holds a short summary of this plan as text: photograph it with your phone.</source>
        <translation>В коде справа записано краткое содержание этого плана в виде текста: сфотографируй его телефоном.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="132"/>
        <source>Jobs our region needs</source>
        <translation>Профессии, нужные нашему региону</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="133"/>
        <source>Professions to look at</source>
        <translation>Профессии, на которые стоит обратить внимание</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="137"/>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="142"/>
        <source>My code: %1</source>
        <translation>Мой код: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="145"/>
        <source>My counsellor can find my results under my name and class.</source>
        <translation>Консультант может найти мои результаты по моему имени и классу.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../ui/student/next_steps.py" line="24"/>
        <source>After grade 9 you can apply with your certificate of basic secondary education.</source>
        <translation>После 9 класса можно поступать со свидетельством об основном среднем образовании.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="27"/>
        <source>After grade 11 you can apply with your certificate of general secondary education; study is then shorter.</source>
        <translation>После 11 класса можно поступать с аттестатом об общем среднем образовании; тогда учиться меньше.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="30"/>
        <source>Talk about your list with your family and your counsellor. Read about the professions in the explorer.</source>
        <translation>Обсуди свой список с семьёй и консультантом. Почитай о профессиях в атласе.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="33"/>
        <source>Colleges take applications in summer: from 20 June to about 20 August. For art, music and sport specialities there is an entrance exam, so apply earlier — by about 20 July.</source>
        <translation>Колледжи принимают документы летом: с 20 июня примерно до 20 августа. На специальности искусства, музыки и спорта есть вступительный экзамен, поэтому документы туда подают раньше — примерно до 20 июля.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="36"/>
        <source>Apply at the college&apos;s admissions office or online at egov.kz. Usually you need: an application, your school certificate, photos 3×4, a medical certificate and your ID card.</source>
        <translation>Документы подают в приёмную комиссию колледжа или онлайн на egov.kz. Обычно нужны: заявление, документ об образовании, фотографии 3×4, медицинская справка и удостоверение личности.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="39"/>
        <source>State-funded (free) places are given by competition. Ask the college how many places there are this year and whether it has a dormitory.</source>
        <translation>Бесплатные места по госзаказу распределяются по конкурсу. Узнай в колледже, сколько мест в этом году и есть ли общежитие.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="44"/>
        <source>Source: the model rules of admission to colleges (order No. 578 of 18.10.2018), adilet.zan.kz. Dates can change a little each year — check them with the college.</source>
        <translation>Источник: Типовые правила приёма в колледжи (приказ № 578 от 18.10.2018), adilet.zan.kz. Сроки могут немного меняться из года в год — уточняй их в колледже.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="110"/>
        <source>Industries</source>
        <translation>Отрасли</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="110"/>
        <source>Working professions</source>
        <translation>Рабочие профессии</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="110"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="111"/>
        <source>Most needed</source>
        <translation>Самые нужные</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="111"/>
        <source>Graduates</source>
        <translation>Выпускники</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="114"/>
        <source>The region at a glance</source>
        <translation>Регион в цифрах</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="115"/>
        <source>Key facts</source>
        <translation>Ключевые факты</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="133"/>
        <source>The charts in the next tabs split these published totals; each says how much of it is an estimate or an example.</source>
        <translation>Диаграммы на следующих вкладках распределяют эти опубликованные итоги; на каждой указано, какая доля — расчёт или пример.</translation>
    </message>
</context>
<context>
    <name>PaperTab</name>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="52"/>
        <source>Either is fine</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="52"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="53"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="55"/>
        <source>Needs a dormitory</source>
        <translation>Нужно общежитие</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="87"/>
        <source>Save blank answer sheets as PDF…</source>
        <translation>Сохранить пустые бланки ответов в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="89"/>
        <source>Check, score and save</source>
        <translation>Проверить, подсчитать и сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="93"/>
        <source>Student&apos;s name:</source>
        <translation>Имя ученика:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="94"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="95"/>
        <source>Grade:</source>
        <translation>Параллель:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="96"/>
        <source>Home district:</source>
        <translation>Район проживания:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="97"/>
        <source>Language of study:</source>
        <translation>Язык обучения:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="99"/>
        <source>Questionnaires on the sheet:</source>
        <translation>Опросники на бланке:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="100"/>
        <source>Interests, 1–5 per item:</source>
        <translation>Интересы, 1–5 на каждый вопрос:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="102"/>
        <source>DDO, a or b per pair:</source>
        <translation>ДДО, a или b на каждую пару:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="104"/>
        <source>Type the answers in the sheet&apos;s order. Spaces and new lines are ignored, so you can type in groups of ten.</source>
        <translation>Вводите ответы в порядке бланка. Пробелы и переносы строк не учитываются, поэтому можно вводить группами по десять.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="145"/>
        <source>Paper mode</source>
        <translation>Бумажный режим</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="146"/>
        <source>%1 of this class already has records. Add this sheet to them, or record a new student with the same name?</source>
        <translation>У ученика «%1» из этого класса уже есть записи. Добавить этот бланк к ним или записать нового ученика с таким же именем?</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="148"/>
        <source>Add to this student</source>
        <translation>Добавить этому ученику</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="150"/>
        <source>A new student</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="169"/>
        <source>DDO</source>
        <translation>ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="169"/>
        <source>Interests</source>
        <translation>Интересы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="171"/>
        <source>%1, item %2: “%3” is not a possible answer</source>
        <translation>%1, вопрос %2: «%3» — недопустимый ответ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="172"/>
        <source>%1, item %2: no answer typed</source>
        <translation>%1, вопрос %2: ответ не введён</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="173"/>
        <source>%1: more answers than items, from item %2 (“%3”)</source>
        <translation>%1: ответов больше, чем вопросов, начиная с вопроса %2 («%3»)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="180"/>
        <source>Type the student&apos;s name and class.</source>
        <translation>Введите имя и класс ученика.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="197"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="212"/>
        <source>Saved for %1. Holland code: %2.</source>
        <translation>Сохранено: %1. Код Холланда: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="224"/>
        <source>Folder for the answer sheets</source>
        <translation>Папка для бланков ответов</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="232"/>
        <source>Answer sheets saved in %1.</source>
        <translation>Бланки ответов сохранены в папку %1.</translation>
    </message>
</context>
<context>
    <name>PauseCodeDialog</name>
    <message>
        <location filename="../../ui/student/dialogs.py" line="101"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="102"/>
        <source>Your answers are saved. To continue later on this computer, choose “Continue with my code” and type:</source>
        <translation>Ответы сохранены. Чтобы продолжить позже на этом компьютере, выбери «Продолжить по коду» и введи:</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="111"/>
        <source>I wrote it down</source>
        <translation>Я записал(а)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/dialogs.py" line="149"/>
        <source>This window closes by itself in %n s.</source>
        <translation>
            <numerusform>Это окно закроется само через %n с.</numerusform>
            <numerusform>Это окно закроется само через %n с.</numerusform>
            <numerusform>Это окно закроется само через %n с.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="47"/>
        <source>Period of the summary</source>
        <translation>Период сводки</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="54"/>
        <source>Each student counts once, by their latest completed questionnaire within the period.</source>
        <translation>Каждый ученик учитывается один раз — по последнему пройденному за период опросу.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="58"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="59"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="40"/>
        <location filename="../../ui/print_dialog.py" line="96"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="44"/>
        <source>No printer is set up on this computer. Save the report as a PDF instead and print it from a computer with a printer, or ask for a printer to be installed.</source>
        <translation>На этом компьютере не настроен принтер. Сохраните отчёт в PDF и распечатайте его на компьютере с принтером или попросите установить принтер.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="57"/>
        <source>Printer:</source>
        <translation>Принтер:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="60"/>
        <source>Copies:</source>
        <translation>Число копий:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="62"/>
        <source>All pages</source>
        <translation>Все страницы</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="63"/>
        <source>Pages from</source>
        <translation>Страницы с</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="80"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="83"/>
        <source>Pages:</source>
        <translation>Страницы:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="86"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="87"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="89"/>
        <source>Orientation:</source>
        <translation>Ориентация:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="15"/>
        <source>the table file is missing</source>
        <translation>файл таблицы отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="16"/>
        <source>the file is empty: the first row must name the columns</source>
        <translation>файл пуст: в первой строке должны быть названия столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="17"/>
        <source>the file is not UTF-8 ({detail}); it looks like {guess}: save it as &apos;CSV UTF-8&apos; in your spreadsheet program</source>
        <translation>файл не в кодировке UTF-8 ({detail}); похоже, кодировка — {guess}: сохраните его как &apos;CSV UTF-8&apos; в программе для электронных таблиц</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="18"/>
        <source>the file was in Windows Cyrillic (cp1251) and has been converted to UTF-8; that encoding cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ і, so check the Kazakh texts (save as &apos;CSV UTF-8&apos; next time)</source>
        <translation>файл был в кодировке Windows-кириллица (cp1251) и преобразован в UTF-8; в этой кодировке нет казахских букв ә ғ қ ң ө ұ ү һ і, поэтому проверьте казахские тексты (в следующий раз сохраняйте как &apos;CSV UTF-8&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="19"/>
        <source>the file cannot be read as CSV: {detail}</source>
        <translation>файл не читается как CSV: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="20"/>
        <source>the column is missing</source>
        <translation>столбец отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="21"/>
        <source>unknown column (a typo? the expected columns are: {expected})</source>
        <translation>неизвестный столбец (опечатка? ожидаемые столбцы: {expected})</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="22"/>
        <source>the column appears twice</source>
        <translation>столбец встречается дважды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="23"/>
        <source>the row has {found} cells, the header has {expected}</source>
        <translation>ячеек в строке: {found}, а в заголовке: {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="24"/>
        <source>required value is empty</source>
        <translation>обязательное значение не заполнено</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="25"/>
        <source>duplicate key {value}: first used on line {first_line}</source>
        <translation>повторяющийся ключ {value}: впервые использован в строке {first_line}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="26"/>
        <source>{value} does not exist in {table}.csv</source>
        <translation>{value} отсутствует в {table}.csv</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="27"/>
        <source>{value} is not a valid id: use a-z, 0-9 and _</source>
        <translation>{value} — недопустимый идентификатор: используйте только a-z, 0-9 и _</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="28"/>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="29"/>
        <source>{value} is not a number</source>
        <translation>{value} — не число</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="30"/>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} меньше минимального значения {minimum}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="31"/>
        <source>{value} must be 1 or 0</source>
        <translation>значение должно быть 1 или 0, а не {value}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="32"/>
        <source>{value} is not a year</source>
        <translation>{value} — не год</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="33"/>
        <source>{value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{value} — не дата (YYYY, YYYY-MM или YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="34"/>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} не входит в допустимые значения: {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="35"/>
        <source>{value} is malformed: expected {hint}</source>
        <translation>{value} имеет неверный формат: ожидается {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="36"/>
        <source>{value} is not a RIASEC code: 1 to 3 different letters of R, I, A, S, E, C</source>
        <translation>{value} — не код RIASEC: нужно от 1 до 3 разных букв из R, I, A, S, E, C</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="37"/>
        <source>{value} must equal the first 4 digits of the code {code}</source>
        <translation>{value} должно совпадать с первыми 4 цифрами кода {code}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="38"/>
        <source>qualification {value} does not belong to speciality {code}</source>
        <translation>квалификация {value} не относится к специальности {code}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="39"/>
        <source>at least one of after_9 and after_11 must be 1</source>
        <translation>хотя бы один из столбцов after_9 и after_11 должен быть равен 1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="40"/>
        <source>employed ({employed}) is more than graduates ({graduates})</source>
        <translation>трудоустроенных ({employed}) больше, чем выпускников ({graduates})</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="41"/>
        <source>year_from ({year_from}) is after year_to ({year_to})</source>
        <translation>year_from ({year_from}) позже, чем year_to ({year_to})</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="42"/>
        <source>the key {value} is missing</source>
        <translation>ключ {value} отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="43"/>
        <source>a horizon is given but is_new is not 1</source>
        <translation>указан horizon, но is_new не равно 1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="44"/>
        <source>the questionnaire&apos;s structure is broken: {detail}</source>
        <translation>нарушена структура опросника: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="45"/>
        <source>the file is too large ({size} bytes; the limit is {limit})</source>
        <translation>файл слишком большой ({size} байт; предел — {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="46"/>
        <source>this is not an atlas update: use a ZIP of CSV files or an XLSX workbook</source>
        <translation>это не обновление атласа: используйте ZIP-архив с CSV-файлами или книгу XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="47"/>
        <source>the ZIP archive is damaged</source>
        <translation>ZIP-архив повреждён</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="48"/>
        <source>the workbook cannot be opened (damaged, or not an XLSX file)</source>
        <translation>не удаётся открыть книгу (она повреждена или это не файл XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="49"/>
        <source>the sheet for this table is missing</source>
        <translation>лист для этой таблицы отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="50"/>
        <source>the archive has too many files ({count}; the limit is {limit})</source>
        <translation>в архиве слишком много файлов ({count}; предел — {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="51"/>
        <source>a file in the archive points outside its folder: refused</source>
        <translation>файл в архиве указывает за пределы своей папки: отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="52"/>
        <source>a link in the archive: refused</source>
        <translation>в архиве есть ссылка: отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="53"/>
        <source>a file in the archive unpacks too large ({size} bytes): refused</source>
        <translation>файл в архиве после распаковки слишком большой ({size} байт): отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="54"/>
        <source>the file cannot be read (a removed USB stick, or no permission)</source>
        <translation>файл не удаётся прочитать (флешка извлечена или нет доступа)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="55"/>
        <source>there is a value far outside the table, in cell {cell} (a table may use {rows} rows and {columns} columns): delete it</source>
        <translation>в ячейке {cell}, далеко за пределами таблицы, есть значение (допустимый размер таблицы: строк — {rows}, столбцов — {columns}): удалите его</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="56"/>
        <source>the merged cells {cell} cover too large an area: unmerge them</source>
        <translation>объединённые ячейки {cell} занимают слишком большую область: разъедините их</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="57"/>
        <source>the workbook holds too many filled cells or too much text (the limit is {limit} cells)</source>
        <translation>в книге слишком много заполненных ячеек или текста (предельное число ячеек — {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="58"/>
        <source>the text is {length} characters long; this column allows {limit}</source>
        <translation>длина текста в символах — {length}; в этом столбце допускается не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="59"/>
        <source>the text holds an invisible control character ({char}) at position {position}: retype it</source>
        <translation>в тексте на позиции {position} есть невидимый управляющий символ ({char}): наберите текст заново</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="60"/>
        <source>{value} is outside the allowed range {minimum} to {maximum}</source>
        <translation>{value} вне допустимого диапазона от {minimum} до {maximum}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="61"/>
        <source>the table has more than {limit} rows: is this the right file?</source>
        <translation>в таблице слишком много строк (больше {limit}): это точно нужный файл?</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="62"/>
        <source>there are more than {limit} problems: the check stopped here; fix these first</source>
        <translation>проблем больше {limit}: проверка остановлена здесь; сначала исправьте эти</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="68"/>
        <source>3W or 4S and 8 digits</source>
        <translation>3W или 4S и 8 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="70"/>
        <source>3W or 4S and 8 digits, e.g. 3W07150501</source>
        <translation>3W или 4S и 8 цифр, например 3W07150501</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="71"/>
        <source>8 digits</source>
        <translation>8 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="72"/>
        <source>8 digits, e.g. 07150500</source>
        <translation>8 цифр, например 07150500</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="74"/>
        <source>an ISCO-08 unit group: 4 digits, e.g. 7212</source>
        <translation>группа ISCO-08: 4 цифры, например 7212</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="75"/>
        <source>the 4-digit ISCED-F detailed field</source>
        <translation>4-значное направление ISCED-F</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="76"/>
        <source>an unknown encoding</source>
        <translation>неизвестная кодировка</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="77"/>
        <source>Windows Cyrillic (cp1251)</source>
        <translation>кириллица Windows (cp1251)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="91"/>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>ProfessionView</name>
    <message>
        <location filename="../../ui/profession_view.py" line="32"/>
        <source>Realistic</source>
        <translation>Реалистический</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="32"/>
        <source>Investigative</source>
        <translation>Исследовательский</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="32"/>
        <source>Artistic</source>
        <translation>Артистический</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33"/>
        <source>Social</source>
        <translation>Социальный</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33"/>
        <source>Enterprising</source>
        <translation>Предприимчивый</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33"/>
        <source>Conventional</source>
        <translation>Конвенциональный</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38"/>
        <source>Person – Nature</source>
        <translation>Человек – Природа</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38"/>
        <source>Person – Technology</source>
        <translation>Человек – Техника</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="39"/>
        <source>Person – Person</source>
        <translation>Человек – Человек</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="39"/>
        <source>Person – Sign systems</source>
        <translation>Человек – Знаковая система</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="40"/>
        <source>Person – Artistic image</source>
        <translation>Человек – Художественный образ</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="50"/>
        <source>%1 y %2 m</source>
        <translation>%1 г. %2 мес.</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="62"/>
        <source>entry grade not published</source>
        <translation>после какого класса принимают — не опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="64"/>
        <source>after grade %1</source>
        <translation>после %1 класса</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="64"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="68"/>
        <source>Working profession</source>
        <translation>Рабочая профессия</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="68"/>
        <source>Specialist</source>
        <translation>Специалист среднего звена</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="71"/>
        <source>New profession</source>
        <translation>Новая профессия</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="73"/>
        <source>in demand by %1</source>
        <translation>востребована к %1 году</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="83"/>
        <source>Interest types it suits</source>
        <translation>Каким типам интересов подходит</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="83"/>
        <source>Type of work</source>
        <translation>Тип труда</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="87"/>
        <source>Key skills</source>
        <translation>Ключевые навыки</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="89"/>
        <source>School subjects</source>
        <translation>Школьные предметы</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="92"/>
        <source>Working conditions</source>
        <translation>Условия работы</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="106"/>
        <source>New jobs in the region</source>
        <translation>Новые рабочие места в регионе</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="110"/>
        <source>Where to study</source>
        <translation>Где учиться</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="111"/>
        <source>after grade 9</source>
        <translation>после 9 класса</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="111"/>
        <source>after grade 11</source>
        <translation>после 11 класса</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="120"/>
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="121"/>
        <source>Study length</source>
        <translation>Срок обучения</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="124"/>
        <source>No college of the region teaches it.</source>
        <translation>Пока ни один колледж области этой профессии не обучает.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profession_view.py" line="130"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>%n место по госзаказу</numerusform>
            <numerusform>%n места по госзаказу</numerusform>
            <numerusform>%n мест по госзаказу</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="131"/>
        <source>places not published</source>
        <translation>число мест не опубликовано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profession_view.py" line="151"/>
        <source>%n new jobs</source>
        <translation>
            <numerusform>%n новое рабочее место</numerusform>
            <numerusform>%n новых рабочих места</numerusform>
            <numerusform>%n новых рабочих мест</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="153"/>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="162"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/student/profile_page.py" line="182"/>
        <source>No type stands out yet</source>
        <translation>Пока ни один тип не выделяется</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="184"/>
        <source>Equally strong: %1</source>
        <translation>Одинаково выражены: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="199"/>
        <source>&amp;Explore professions</source>
        <translation>&amp;Изучить профессии</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="202"/>
        <source>Your answers do not point to one direction yet</source>
        <translation>Твои ответы пока не указывают на одно направление</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="203"/>
        <source>See the jobs our region needs →</source>
        <translation>Профессии, нужные нашему региону →</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="205"/>
        <source>Your profile — a first picture</source>
        <translation>Твой профиль — предварительный результат</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="206"/>
        <source>Your profile</source>
        <translation>Твой профиль</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="207"/>
        <source>See professions that fit you →</source>
        <translation>Подходящие тебе профессии →</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="223"/>
        <source>Your strongest interests are equally strong: %1. Neither comes first, and the professions of each of them are listed.</source>
        <translation>Твои самые сильные интересы выражены одинаково: %1. Ни один не стоит на первом месте, поэтому в списке есть профессии для каждого из них.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="227"/>
        <source>Your Holland code:</source>
        <translation>Твой код Холланда:</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="237"/>
        <source>These types scored the same: %1. Their order in the code is by convention.</source>
        <translation>У этих типов одинаковое число баллов: %1. Их порядок в коде условный.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="246"/>
        <source>Talk with your counsellor: together you can find out what you enjoy and what you are good at.</source>
        <translation>Поговори с консультантом — вместе будет проще понять, что тебе нравится и что у тебя получается.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="248"/>
        <source>Explore the professions of our region: read what people do at work and where to study for it.</source>
        <translation>Познакомься с профессиями нашего региона: прочитай, чем люди занимаются на работе и где этому учиться.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="250"/>
        <source>Look at the jobs our region needs most (next screen).</source>
        <translation>Посмотри, какие профессии больше всего нужны нашему региону (на следующем экране).</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="251"/>
        <source>You can take the questionnaire again later — interests become clearer with time.</source>
        <translation>Позже можно пройти опрос ещё раз — со временем интересы становятся яснее.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="258"/>
        <source>All your interests came out about the same. That is normal at your age: it means no kind of work stands out for you yet, not that something is wrong.</source>
        <translation>Все твои интересы оказались примерно одинаковыми. В твоём возрасте это нормально: это значит лишь, что пока ни один вид труда не выделяется, а вовсе не то, что с тобой что-то не так.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="253"/>
        <source>What you can do next:</source>
        <translation>Что можно сделать дальше:</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="267"/>
        <source>no interest</source>
        <translation>интереса нет</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="267"/>
        <source>moderate interest</source>
        <translation>умеренный интерес</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="268"/>
        <source>pronounced interest</source>
        <translation>выраженный интерес</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="280"/>
        <source>Your answers were very similar to each other, so they do not point to one kind of work yet. That is fine — talk it through with your counsellor.</source>
        <translation>Твои ответы очень похожи друг на друга, поэтому пока не указывают на один вид труда. Это нормально — обсуди это с консультантом.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="284"/>
        <source>You often chose “unsure”. Your counsellor can help you find out more about the activities you were not sure about.</source>
        <translation>Ты часто выбирал(а) «Сложно сказать». Консультант поможет больше узнать о занятиях, в которых ты не уверен(а).</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="287"/>
        <source>You answered very quickly. If you like, take the questionnaire again another time, thinking about each activity.</source>
        <translation>Ты ответил(а) очень быстро. Если хочешь, пройди опрос ещё раз в другой день, спокойно обдумывая каждое занятие.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="290"/>
        <source>Some of your choices in the second part differed from the first part. Your counsellor can talk them through with you.</source>
        <translation>Некоторые твои ответы во второй части не совпали с ответами в первой. Консультант может обсудить их с тобой.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="293"/>
        <source>Some questions were left without an answer, so the picture is not complete.</source>
        <translation>Некоторые вопросы остались без ответа, поэтому результат неполный.</translation>
    </message>
</context>
<context>
    <name>ProgrammeNames</name>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="37"/>
        <source>Interests, full form (60 questions)</source>
        <translation>Интересы, полная форма (60 вопросов)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="38"/>
        <source>Interests, short form (30 questions)</source>
        <translation>Интересы, краткая форма (30 вопросов)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="39"/>
        <source>Types of work, DDO (20 pairs)</source>
        <translation>Типы профессий, ДДО (20 пар)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="40"/>
        <source>Both: interests full form and DDO</source>
        <translation>Оба: интересы (полная форма) и ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="41"/>
        <source>Both: interests short form and DDO</source>
        <translation>Оба: интересы (краткая форма) и ДДО</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="176"/>
        <source>about %1 min left</source>
        <translation>осталось около %1 мин</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="180"/>
        <source>Which would you choose?</source>
        <translation>Что бы ты выбрал(а)?</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="184"/>
        <source>Keys: ← or → to choose</source>
        <translation>Клавиши: ← или → для выбора</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="192"/>
        <source>Keys: 1–5 to answer</source>
        <translation>Клавиши: 1–5 для ответа</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="213"/>
        <source>which of two activities would you choose?</source>
        <translation>какое из двух занятий ты бы выбрал(а)?</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="215"/>
        <source>how much would you like each activity?</source>
        <translation>насколько тебе понравилось бы каждое занятие?</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="218"/>
        <source>Part %1 of %2: %3</source>
        <translation>Часть %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="224"/>
        <source>Well done — part 1 is finished!</source>
        <translation>Молодец — первая часть пройдена!</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="226"/>
        <source>In part 2 you will see two activities at a time. Imagine you could do either of them, and choose the one you would rather do — even if you like both or neither. Press ← for the left one or → for the right one, or click it. There are %1 pairs, about %2 minutes.</source>
        <translation>Во второй части ты увидишь сразу по два занятия. Представь, что можешь заняться любым из них, и выбери то, которое тебе ближе, — даже если нравятся оба или ни одно. Нажми ←, чтобы выбрать левое, или →, чтобы выбрать правое, или щёлкни по нему. Всего пар: %1, это около %2 мин.</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="231"/>
        <source>&amp;Start part 2</source>
        <translation>&amp;Начать вторую часть</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="232"/>
        <source>Press Enter or Space to start part 2</source>
        <translation>Нажми Enter или пробел, чтобы начать вторую часть</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="252"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="252"/>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
</context>
<context>
    <name>ReasonTexts</name>
    <message>
        <location filename="../../ui/student/reasons.py" line="28"/>
        <source>Realistic</source>
        <translation>Реалистический</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="28"/>
        <source>Investigative</source>
        <translation>Исследовательский</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="28"/>
        <source>Artistic</source>
        <translation>Артистический</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="29"/>
        <source>Social</source>
        <translation>Социальный</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="29"/>
        <source>Enterprising</source>
        <translation>Предприимчивый</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="29"/>
        <source>Conventional</source>
        <translation>Конвенциональный</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="30"/>
        <source>Person – Nature</source>
        <translation>Человек – Природа</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="30"/>
        <source>Person – Technology</source>
        <translation>Человек – Техника</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="31"/>
        <source>Person – Person</source>
        <translation>Человек – Человек</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="31"/>
        <source>Person – Sign systems</source>
        <translation>Человек – Знаковая система</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="32"/>
        <source>Person – Artistic image</source>
        <translation>Человек – Художественный образ</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="37"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="37"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="38"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="47"/>
        <source>matches your top interest: %1</source>
        <translation>соответствует главному типу твоих интересов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="49"/>
        <source>matches your interests: %1</source>
        <translation>соответствует типам твоих интересов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="51"/>
        <source>fits the type of work you chose most: %1</source>
        <translation>соответствует типу труда, который ты выбирал(а) чаще всего: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/reasons.py" line="53"/>
        <source>%n new jobs in the region by %1</source>
        <translation>
            <numerusform>%n новое рабочее место в регионе к %1 году</numerusform>
            <numerusform>%n новых рабочих места в регионе к %1 году</numerusform>
            <numerusform>%n новых рабочих мест в регионе к %1 году</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/reasons.py" line="69"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>%n место по госзаказу</numerusform>
            <numerusform>%n места по госзаказу</numerusform>
            <numerusform>%n мест по госзаказу</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="55"/>
        <source>a new profession for the region</source>
        <translation>новая для региона профессия</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="56"/>
        <source>by %1</source>
        <translation>к %1 году</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="58"/>
        <source>taught in your district (%1)</source>
        <translation>обучают в твоём районе (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="59"/>
        <source>taught in %1, about %2 km away</source>
        <translation>место учёбы: %1, около %2 км</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="61"/>
        <source>no college group open to you yet — ask your counsellor</source>
        <translation>пока нет открытой для тебя группы колледжа — спроси консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="63"/>
        <source>in your district</source>
        <translation>в твоём районе</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="64"/>
        <source>about %1 km away</source>
        <translation>примерно %1 км</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="66"/>
        <source>group in %1</source>
        <translation>язык обучения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="68"/>
        <source>dormitory available</source>
        <translation>есть общежитие</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="70"/>
        <source>%1% of graduates employed</source>
        <translation>трудоустроено %1% выпускников</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="79"/>
        <source>does not admit after your grade</source>
        <translation>не принимает после твоего класса</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="80"/>
        <source>no group in your language</source>
        <translation>нет группы на твоём языке</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="81"/>
        <source>farther than you would travel</source>
        <translation>дальше, чем ты готов(а) ехать</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="82"/>
        <source>no dormitory</source>
        <translation>нет общежития</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="138"/>
        <source>Professions that fit you</source>
        <translation>Подходящие тебе профессии</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="136"/>
        <source>Jobs our region needs</source>
        <translation>Профессии, нужные нашему региону</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="139"/>
        <source>← Your profile</source>
        <translation>← Твой профиль</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="140"/>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="141"/>
        <source>More about this profession →</source>
        <translation>Подробнее об этой профессии →</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="151"/>
        <source>fit %1%</source>
        <translation>совпадение %1%</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="191"/>
        <source>Your answers do not point to one kind of work yet, so these are not matched to you: they are jobs the region needs, from different fields. Talk them through with your counsellor.</source>
        <translation>Твои ответы пока не указывают на один вид труда, поэтому этот список не подобран под тебя: это нужные региону профессии из разных областей. Обсуди их с консультантом.</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="195"/>
        <source>Needed in the region:</source>
        <translation>Нужны региону:</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="198"/>
        <source>Choose a profession to see what the work is and where to study for it.</source>
        <translation>Выбери профессию, чтобы узнать, в чём состоит работа и где ей учиться.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/recommendations_page.py" line="201"/>
        <source>Fits you (%n):</source>
        <translation>
            <numerusform>Тебе подходят (%n):</numerusform>
            <numerusform>Тебе подходят (%n):</numerusform>
            <numerusform>Тебе подходят (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="204"/>
        <source>No profession fits your answers clearly yet. Look at the ones worth a look below and talk them through with your counsellor.</source>
        <translation>Пока ни одна профессия явно не совпадает с твоими ответами. Посмотри ниже профессии, к которым стоит присмотреться, и обсуди их с консультантом.</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="206"/>
        <source>Worth a look — a weaker fit, but needed in the region or taught near you:</source>
        <translation>Стоит присмотреться — подходят меньше, но нужны региону или им учат рядом с домом:</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="153"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
</context>
<context>
    <name>RegionalFacts</name>
    <message>
        <location filename="../../ui/about_data.py" line="42"/>
        <source>%1 is the Year of Working Professions in Kazakhstan.</source>
        <translation>%1 год — Год рабочих профессий в Казахстане.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="44"/>
        <source>More than %2 young people study in the region&apos;s %1 colleges.</source>
        <translation>Колледжей в области — %1, в них учатся более %2 молодых людей.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="46"/>
        <source>%1 investment projects in 2025: more than %2 new jobs expected, %3% of them in working professions.</source>
        <translation>Инвестиционных проектов в 2025 году: %1; новых рабочих мест ожидается более %2, из них %3% — рабочие профессии.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="49"/>
        <source>More than %1 state-funded graduates in the last three years; %2% of them found work.</source>
        <translation>Выпускников по госзаказу за последние три года — более %1; %2% из них трудоустроены.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="52"/>
        <source>Since %1 colleges train students to employers&apos; orders (targeted training).</source>
        <translation>С %1 года колледжи готовят студентов по заказу работодателей (целевая подготовка).</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="55"/>
        <source>Planned for %1–%2: an IT hub, new specialities and career-guidance rooms in secondary schools.</source>
        <translation>В планах на %1–%2 годы: IT-хаб, новые специальности и кабинеты профориентации в школах.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="58"/>
        <source>%1 memoranda signed between colleges and employers; which colleges and employers signed them is not published.</source>
        <translation>Меморандумов между колледжами и работодателями подписано: %1; кто именно их подписал, не опубликовано.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="104"/>
        <source>Interests in the class ({n} students)</source>
        <translation>Интересы в классе (учеников: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="105"/>
        <source>First letter of the Holland code</source>
        <translation>Первая буква кода Холланда</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="106"/>
        <source>Most common Holland codes</source>
        <translation>Самые частые коды Холланда</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="107"/>
        <location filename="../../ui/reports/report_texts.py" line="229"/>
        <source>Students</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="108"/>
        <source>Types of work the class chose most ({n} students)</source>
        <translation>Типы профессий, которые класс выбирал чаще всего (учеников: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="109"/>
        <source>A student with a tie counts once for each tied type.</source>
        <translation>Ученик с равными результатами по нескольким типам учтён по одному разу в каждом из них.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="110"/>
        <source>The class&apos;s interests and the region&apos;s new jobs</source>
        <translation>Интересы класса и новые рабочие места региона</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="111"/>
        <source>Class: students whose code starts with this letter</source>
        <translation>Класс: ученики, чей код начинается с этой буквы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="112"/>
        <source>Region: new jobs {first}–{last} in professions of this type</source>
        <translation>Регион: новые рабочие места в профессиях этого типа, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="113"/>
        <source>Region: new jobs of {year} in professions of this type</source>
        <translation>Регион: новые рабочие места в профессиях этого типа, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="114"/>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="115"/>
        <source>No clear type yet</source>
        <translation>Тип пока не ясен</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="121"/>
        <source>Date: {date}</source>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="122"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="123"/>
        <source>Class {class_name}</source>
        <translation>Класс {class_name}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="124"/>
        <source>Source status of the figures: {kinds}</source>
        <translation>Статус источников цифр: {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="126"/>
        <source>Career guidance results</source>
        <translation>Результаты профориентации</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="127"/>
        <source>Student: {name}</source>
        <translation>Ученик: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="128"/>
        <source>Class: {class_name}</source>
        <translation>Класс: {class_name}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="129"/>
        <source>Interests: the Holland questionnaire</source>
        <translation>Интересы: опросник Холланда</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="130"/>
        <source>Holland code: {code}</source>
        <translation>Код Холланда: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="131"/>
        <source>The code is made of the three types your child chose most. What they mean:</source>
        <translation>Код составлен из трёх типов, которые ваш ребёнок выбирал чаще всего. Что они означают:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="133"/>
        <source>Some types scored the same ({types}); their order in the code is by convention.</source>
        <translation>У некоторых типов одинаковое число баллов ({types}); их порядок в коде условный.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="135"/>
        <source>Types of work: Klimov&apos;s questionnaire</source>
        <translation>Типы профессий: опросник Климова</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="136"/>
        <source>{name}: {count} of 8 choices, {band}.</source>
        <translation>{name}: выборов — {count} из 8, {band}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="137"/>
        <source>no interest</source>
        <translation>интереса нет</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="138"/>
        <source>moderate interest</source>
        <translation>умеренный интерес</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="139"/>
        <source>pronounced interest</source>
        <translation>выраженный интерес</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="140"/>
        <source>About the answers</source>
        <translation>Об ответах</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="141"/>
        <source>The answers were very similar to each other, so they do not point to one kind of work yet. This is common at this age; a talk with the counsellor will help.</source>
        <translation>Ответы оказались очень похожими друг на друга, поэтому пока не указывают на один вид труда. В этом возрасте так бывает часто; поможет беседа с консультантом.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="144"/>
        <source>Your child often chose “unsure”. Finding out more about those activities — at home, in a club or on a college open day — can help.</source>
        <translation>Ваш ребёнок часто выбирал ответ «Сложно сказать». Поможет узнать больше об этих занятиях — дома, в кружке или на дне открытых дверей колледжа.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="146"/>
        <source>The questionnaire was answered very quickly. If the result does not seem to fit, it can be taken again another time.</source>
        <translation>На вопросы опросника ответили очень быстро. Если результат покажется неподходящим, опрос можно пройти ещё раз в другой день.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="148"/>
        <source>Some choices in the second half of the types-of-work questionnaire differed from the first half; the counsellor can talk them through.</source>
        <translation>Некоторые выборы во второй половине опросника о типах профессий отличались от первой половины; консультант может обсудить их с вашим ребёнком.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="150"/>
        <source>Some questions were left without an answer, so the picture is not complete.</source>
        <translation>Некоторые вопросы остались без ответа, поэтому результат неполный.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="152"/>
        <source>Professions to look at</source>
        <translation>Профессии, на которые стоит обратить внимание</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="153"/>
        <source>These professions fit the interests and are needed in the region. For each: a college speciality that leads there and the nearest colleges that teach it.</source>
        <translation>Эти профессии соответствуют интересам и нужны региону. Для каждой указаны специальность колледжа, которая к ней ведёт, и ближайшие колледжи, где по ней обучают.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="156"/>
        <source>The answers do not point to one kind of work yet, so professions are not ranked by interest. These professions are much needed in the region:</source>
        <translation>Ответы пока не указывают на один вид труда, поэтому профессии не упорядочены по интересам. Эти профессии очень нужны региону:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="158"/>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="159"/>
        <source>New jobs in the region</source>
        <translation>Новые рабочие места в регионе</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="160"/>
        <source>Where to study</source>
        <translation>Где учиться</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="161"/>
        <source>{jobs} by {year}</source>
        <translation>{jobs} (к {year} году)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="162"/>
        <source>new profession</source>
        <translation>новая профессия</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="163"/>
        <source>in the home district</source>
        <translation>в своём районе</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="164"/>
        <source>about {km} km</source>
        <translation>около {km} км</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="165"/>
        <source>No college group is open to this student yet (grade, language or distance); ask the counsellor.</source>
        <translation>Пока нет группы колледжа, открытой для этого ученика (по классу, языку обучения или расстоянию); обратитесь к консультанту.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="167"/>
        <source>Which colleges of the region teach this speciality is not published in the atlas yet: check with the colleges or the regional education department.</source>
        <translation>В атласе пока не опубликовано, в каких колледжах области обучают этой специальности: уточните в колледжах или в управлении образования области.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="170"/>
        <source>Counsellor&apos;s comment</source>
        <translation>Комментарий консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="171"/>
        <source>What these results are based on</source>
        <translation>На чём основаны эти результаты</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="172"/>
        <source>Questionnaires: {instruments}, taken on {date}.</source>
        <translation>Опросники: {instruments}. Дата прохождения: {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="173"/>
        <source>Professions, new jobs and colleges: the Bagdar atlas of the Zhambyl region, edition {edition}.</source>
        <translation>Профессии, новые рабочие места и колледжи: атлас «Бағдар» по Жамбылской области, издание {edition}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="175"/>
        <source>Each figure shows the kind of its source: official, press, estimate (worked out by the Bagdar team from published totals, not official) or sample (an illustrative entry that no source confirms yet).</source>
        <translation>У каждой цифры указан вид её источника: «официально», «пресса», «расчёт» (рассчитано командой Бағдар по опубликованным итоговым данным, не официально) или «пример» (условная запись, которую пока не подтверждает ни один источник).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="178"/>
        <source>The questionnaires show interests, not abilities: the results are a starting point for a conversation with your child, not a verdict.</source>
        <translation>Опросники показывают интересы, а не способности: результаты — повод для разговора с вашим ребёнком, а не приговор.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="180"/>
        <source>No completed questionnaire yet.</source>
        <translation>Опрос пока не пройден.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="181"/>
        <source>Your child&apos;s interest profile</source>
        <translation>Профиль интересов вашего ребёнка</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="182"/>
        <source>The interests are evenly spread: the code is not clear-cut.</source>
        <translation>Интересы распределены равномерно: код неоднозначен.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="183"/>
        <source>not published</source>
        <translation>не опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="185"/>
        <source>The professions up close</source>
        <translation>Знакомство с профессиями</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="186"/>
        <source>More about the first professions on the list, to talk over with your child.</source>
        <translation>Подробнее о первых профессиях списка — чтобы обсудить их с ребёнком.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="188"/>
        <source>Holland code of the profession: {code}</source>
        <translation>Код Холланда профессии: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="189"/>
        <source>your child&apos;s code: {code}</source>
        <translation>код вашего ребёнка: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="190"/>
        <source>What the work is</source>
        <translation>В чём состоит работа</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="191"/>
        <source>Skills it asks for</source>
        <translation>Нужные навыки</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="192"/>
        <source>How to get there</source>
        <translation>Путь к профессии</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="193"/>
        <source>college speciality</source>
        <translation>специальность колледжа</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="194"/>
        <source>study {length} {after}</source>
        <translation>срок обучения {after}: {length}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="195"/>
        <source>after grade 9</source>
        <translation>после 9 класса</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="196"/>
        <source>after grade 11</source>
        <translation>после 11 класса</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="197"/>
        <source>{years} yr</source>
        <translation>{years} г.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="198"/>
        <source>{months} mo</source>
        <translation>{months} мес.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="199"/>
        <source>{years} yr {months} mo</source>
        <translation>{years} г. {months} мес.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="200"/>
        <source>Address: {address}</source>
        <translation>Адрес: {address}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="201"/>
        <source>State-funded places: {places}</source>
        <translation>Места по госзаказу: {places}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="203"/>
        <source>Class report</source>
        <translation>Отчёт по классу</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="204"/>
        <source>{done} of {total} students have completed the questionnaire.</source>
        <translation>Учеников, прошедших опрос: {done} из {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="205"/>
        <source>Conclusions for the parents&apos; meeting</source>
        <translation>Выводы для родительского собрания</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="206"/>
        <source>Most of the class ({k} of {n}) are drawn to {work} ({letter}).</source>
        <translation>У большинства учеников класса ({k} из {n}) главный интерес — {work} ({letter}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="207"/>
        <source>The largest group ({k} of {n}) are drawn to {work} ({letter}).</source>
        <translation>У самой большой группы учеников ({k} из {n}) главный интерес — {work} ({letter}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="208"/>
        <source>The region&apos;s new jobs are mostly of this type too ({share}% of them).</source>
        <translation>Больше всего новых рабочих мест в регионе тоже приходится на этот тип ({share}%).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="209"/>
        <source>The region needs this type of work too: {share}% of its new jobs.</source>
        <translation>Такой труд нужен и региону: на него приходится {share}% новых рабочих мест.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="210"/>
        <source>Most of the region&apos;s new jobs ({share}%) are in {work} ({letter}).</source>
        <translation>Больше всего новых рабочих мест в регионе ({share}%) — это {work} ({letter}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="211"/>
        <source>Few students ({k} of {n}) chose {work} ({letter}), while {share}% of the region&apos;s new jobs are of this type.</source>
        <translation>Тип {letter} ({work}) выбрали немногие ученики ({k} из {n}), хотя на этот тип приходится {share}% новых рабочих мест региона.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="213"/>
        <source>{k} of {n} students lean to {work} ({letter}), but only {share}% of the region&apos;s new jobs are of this type: it is worth showing them where these interests are useful in other professions too.</source>
        <translation>Тип {letter} ({work}) ближе всего части учеников ({k} из {n}), но на него приходится лишь {share}% новых рабочих мест региона: стоит показать им, где такие интересы пригодятся и в других профессиях.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="216"/>
        <source>Answers that do not point to one kind of work yet: {k} of {n} students. A talk with the counsellor will help them.</source>
        <translation>Учеников, чьи ответы пока не указывают на один вид труда: {k} из {n}. Им поможет беседа с консультантом.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="218"/>
        <source>In the types-of-work questionnaire the most chosen type is {type} ({k} of {n} students).</source>
        <translation>В опроснике о типах профессий чаще всего выбирали тип «{type}» (учеников: {k} из {n}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="220"/>
        <source>Results to talk through before drawing conclusions (very fast answers, questions left out or inconsistent choices): {k} of {n} students.</source>
        <translation>Учеников, чьи результаты стоит обсудить, прежде чем делать выводы (очень быстрые ответы, пропущенные вопросы или противоречивые выборы): {k} из {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="222"/>
        <source>No student of this class has completed the questionnaire yet.</source>
        <translation>Пока ни один ученик этого класса не прошёл опрос.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="223"/>
        <source>practical, hands-on work</source>
        <translation>практическая работа руками</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="224"/>
        <source>research and analysis</source>
        <translation>исследования и анализ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="225"/>
        <source>creative work</source>
        <translation>творческая работа</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="226"/>
        <source>working with and helping people</source>
        <translation>работа с людьми и помощь им</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="227"/>
        <source>leading, selling and organising</source>
        <translation>руководство, продажи и организация</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="228"/>
        <source>office, accounting and orderly work with data</source>
        <translation>офисная работа, учёт и работа с данными по чётким правилам</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="230"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="231"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="232"/>
        <source>Holland code</source>
        <translation>Код Холланда</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="233"/>
        <source>Types of work</source>
        <translation>Типы профессий</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="234"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="235"/>
        <source>not completed</source>
        <translation>опрос не пройден</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="236"/>
        <source>incomplete</source>
        <translation>пропущены вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="237"/>
        <source>evenly spread</source>
        <translation>недифференцированный профиль</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="238"/>
        <source>mostly unsure</source>
        <translation>в основном «сложно сказать»</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="239"/>
        <source>very fast</source>
        <translation>очень быстро</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="240"/>
        <source>inconsistent</source>
        <translation>ответы не согласуются</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="241"/>
        <source>The charts count students, never one student&apos;s answers.</source>
        <translation>Диаграммы показывают число учеников, а не ответы отдельного ученика.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="242"/>
        <source>No name is printed in this report. A figure written “x” is hidden: it counts one or two students, or it would let one work out such a figure from the total.</source>
        <translation>В этом отчёте нет имён. Число, записанное как «x», скрыто: за ним один или два ученика, или по нему можно было бы вычислить такое число из общего итога.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="245"/>
        <source>This chart is left out: some of its groups are so small that a child could be recognised, and its other figures would give their size away.</source>
        <translation>Эта диаграмма не приводится: некоторые её группы так малы, что ребёнка можно было бы узнать, а остальные цифры выдали бы их размер.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="247"/>
        <source>Fewer than 3 students have completed the questionnaire, so the class&apos;s figures are not shown: no child should be recognisable in them.</source>
        <translation>Опрос прошли менее трёх учеников, поэтому показатели класса не приводятся: ни один ребёнок не должен быть по ним узнаваем.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="250"/>
        <source>Class list for the counsellor</source>
        <translation>Список класса для консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="251"/>
        <source>For the counsellor only</source>
        <translation>Только для консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="252"/>
        <source>This list names students and notes on their answers. It is not for a parents&apos; meeting: use the class report there.</source>
        <translation>В этом списке указаны имена учеников и замечания об их ответах. Он не предназначен для родительского собрания: там используйте отчёт по классу.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="255"/>
        <source>Name: {line}</source>
        <translation>Фамилия, имя: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="256"/>
        <source>Class: {line}</source>
        <translation>Класс: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="257"/>
        <source>Date: {line}</source>
        <translation>Дата: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="258"/>
        <source>For each activity, put a cross in one box: {scale}.</source>
        <translation>Для каждого занятия поставь крестик только в одной клетке: {scale}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="259"/>
        <source>In each pair, put a cross in the box of the activity you would choose.</source>
        <translation>В каждой паре поставь крестик в клетке того занятия, которое ты бы выбрал(а).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="260"/>
        <source>Activity</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="261"/>
        <source>Answer sheet</source>
        <translation>Бланк ответов</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="89"/>
        <source>Class report as PDF…</source>
        <translation>Отчёт по классу в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="90"/>
        <source>Print the class report…</source>
        <translation>Печать отчёта по классу…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="91"/>
        <source>Named class list as PDF (for the counsellor only)…</source>
        <translation>Список класса с именами в PDF (только для консультанта)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="93"/>
        <source>Every student&apos;s report of the class in one PDF…</source>
        <translation>Отчёты всех учеников класса одним PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="95"/>
        <source>Export results to Excel (XLSX)…</source>
        <translation>Экспорт результатов в Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="97"/>
        <source>Anonymous summary for the district (CSV)…</source>
        <translation>Анонимная сводка для района (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="99"/>
        <source>Merge schools&apos; summaries into one (CSV)…</source>
        <translation>Объединить сводки школ в одну (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="108"/>
        <source>Which students</source>
        <translation>Какие ученики</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="110"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="111"/>
        <source>Language of the report:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="112"/>
        <source>Class report for a parents&apos; meeting</source>
        <translation>Отчёт по классу для родительского собрания</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="114"/>
        <source>The class report holds no names: class figures only, with counts below 3 hidden.</source>
        <translation>В отчёте по классу нет имён: только показатели класса; числа меньше трёх скрыты.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="120"/>
        <source>For the counsellor and the families</source>
        <translation>Для консультанта и семей</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="124"/>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="128"/>
        <source>The district summary holds no names and no classes: only counts by grade, Holland code, type of work and recommended industry. Values of fewer than 3 students are pooled into “other”, with one more value when needed so that none can be worked out.</source>
        <translation>В сводке для района нет ни имён, ни классов: только количества по параллелям, кодам Холланда, типам профессий и рекомендуемым отраслям. Значения, относящиеся к менее чем трём ученикам, объединены в «другое», при необходимости вместе ещё с одним значением, чтобы ни одно нельзя было вычислить.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="144"/>
        <source>Whole school</source>
        <translation>Вся школа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="165"/>
        <source>Choose a class for the class report.</source>
        <translation>Выберите класс для отчёта по классу.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="183"/>
        <source>Save the class report</source>
        <translation>Сохранить отчёт по классу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="185"/>
        <location filename="../../ui/counsellor/reports_tab.py" line="206"/>
        <location filename="../../ui/counsellor/reports_tab.py" line="227"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="159"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="96"/>
        <source>Export results to CSV for Excel…</source>
        <translation>Экспорт результатов в CSV для Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="184"/>
        <source>class report</source>
        <translation>отчёт по классу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="205"/>
        <source>Save the class list</source>
        <translation>Сохранить список класса</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="206"/>
        <source>class list, counsellor only</source>
        <translation>список класса, только для консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="223"/>
        <source>This class has no students.</source>
        <translation>В этом классе нет учеников.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="225"/>
        <source>Save the students&apos; reports</source>
        <translation>Сохранить отчёты учеников</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="226"/>
        <source>students&apos; reports</source>
        <translation>отчёты учеников</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="250"/>
        <source>whole school</source>
        <translation>вся школа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="251"/>
        <source>results</source>
        <translation>результаты</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="256"/>
        <location filename="../../ui/counsellor/reports_tab.py" line="267"/>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="257"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="289"/>
        <source>district summary</source>
        <translation>сводка для района</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="302"/>
        <source>The schools&apos; summaries</source>
        <translation>Сводки школ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="306"/>
        <source>Save the merged summary</source>
        <translation>Сохранить объединённую сводку</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="307"/>
        <source>district summary, merged</source>
        <translation>сводка для района, объединённая</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="313"/>
        <source>These files could not be merged: %1</source>
        <translation>Эти файлы не удалось объединить: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/reports_tab.py" line="317"/>
        <source>%n file(s) merged: %1</source>
        <translation>
            <numerusform>Объединён %n файл: %1</numerusform>
            <numerusform>Объединено %n файла: %1</numerusform>
            <numerusform>Объединено %n файлов: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="268"/>
        <location filename="../../ui/counsellor/reports_tab.py" line="290"/>
        <location filename="../../ui/counsellor/reports_tab.py" line="303"/>
        <location filename="../../ui/counsellor/reports_tab.py" line="307"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="280"/>
        <source>Choose the school&apos;s district in Settings first.</source>
        <translation>Сначала выберите район школы в «Настройках».</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="288"/>
        <source>Anonymous summary</source>
        <translation>Анонимная сводка</translation>
    </message>
</context>
<context>
    <name>ResumeCodeDialog</name>
    <message>
        <location filename="../../ui/student/dialogs.py" line="33"/>
        <source>Continue with my code</source>
        <translation>Продолжить по коду</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="36"/>
        <source>Type the code you were shown when you paused, e.g. %1:</source>
        <translation>Введи код, который тебе показали при паузе, например %1:</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="42"/>
        <source>Resume code</source>
        <translation>Код продолжения</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="48"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="49"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="67"/>
        <source>This code does not open any unfinished questionnaire. Check it, or ask your counsellor.</source>
        <translation>Этот код не открывает незавершённый опрос. Проверь его или спроси консультанта.</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="81"/>
        <source>Too many wrong codes were typed on this computer. Ask your counsellor to unlock continuing with a code.</source>
        <translation>На этом компьютере введено слишком много неверных кодов. Попроси консультанта снова разрешить продолжение по коду.</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="84"/>
        <source>This code does not open any unfinished questionnaire. Try again in %1 s.</source>
        <translation>Этот код не открывает незавершённый опрос. Попробуй ещё раз через %1 с.</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="48"/>
        <source>Back up to a file (USB stick)…</source>
        <translation>Резервная копия в файл (USB-флешка)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="51"/>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="58"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="66"/>
        <source>Delete the old records now…</source>
        <translation>Удалить старые записи сейчас…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="73"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="78"/>
        <source>Unlock continuing with a code</source>
        <translation>Разрешить продолжение по коду</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="86"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="222"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="94"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="199"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="202"/>
        <source>Keeping records</source>
        <translation>Хранение записей</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="97"/>
        <source>Keep students&apos; records for:</source>
        <translation>Хранить записи учеников:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="103"/>
        <source>Resume codes</source>
        <translation>Коды продолжения</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="106"/>
        <source>A paused questionnaire can be continued with its code for:</source>
        <translation>Приостановленный опрос можно продолжить по коду в течение:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="115"/>
        <source>Audit log of counsellor actions</source>
        <translation>Журнал действий консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="127"/>
        <source>A copy is made automatically every day when Bagdar starts; the last 7 are kept in %1. Latest: %2.</source>
        <translation>Копия создаётся автоматически раз в день при запуске Бағдар; последние 7 копий хранятся в папке %1. Последняя: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/safety_tab.py" line="132"/>
        <source>%n students were recorded before the retention period.</source>
        <translation>
            <numerusform>Срок хранения записей истёк у %n ученика.</numerusform>
            <numerusform>Срок хранения записей истёк у %n учеников.</numerusform>
            <numerusform>Срок хранения записей истёк у %n учеников.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="141"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="142"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="153"/>
        <source>first setup</source>
        <translation>первая настройка</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="153"/>
        <source>login</source>
        <translation>вход</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="154"/>
        <source>logout</source>
        <translation>выход</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="154"/>
        <source>closed Bagdar</source>
        <translation>Бағдар закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="155"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="155"/>
        <source>print</source>
        <translation>печать</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="156"/>
        <source>student deleted</source>
        <translation>ученик удалён</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="157"/>
        <source>class deleted</source>
        <translation>класс удалён</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="157"/>
        <source>old records deleted</source>
        <translation>старые записи удалены</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="158"/>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="158"/>
        <source>restore</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="159"/>
        <source>settings changed</source>
        <translation>настройки изменены</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="160"/>
        <source>password changed</source>
        <translation>пароль изменён</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="161"/>
        <source>password reset with the recovery key</source>
        <translation>пароль сброшен ключом восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="162"/>
        <source>consent recorded</source>
        <translation>согласие записано</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="162"/>
        <source>comment saved</source>
        <translation>комментарий сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="163"/>
        <source>paper answers entered</source>
        <translation>введены ответы с бланка</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="164"/>
        <source>atlas updated</source>
        <translation>атлас обновлён</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="165"/>
        <source>atlas rolled back</source>
        <translation>атлас возвращён к предыдущему изданию</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="166"/>
        <source>atlas exported</source>
        <translation>атлас экспортирован</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="167"/>
        <source>wrong password or recovery key</source>
        <translation>неудачный вход</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="168"/>
        <source>resume codes unlocked</source>
        <translation>продолжение по коду снова разрешено</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="176"/>
        <source>Continuing with a code is locked: %1 wrong codes were typed within a day. Unlock it when you know why.</source>
        <translation>Продолжение по коду заблокировано: неверных кодов за сутки — %1. Разблокируйте, когда выясните причину.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="179"/>
        <source>Wrong codes typed in the last day: %1 (locked at %2).</source>
        <translation>Неверных кодов за последние сутки: %1 (блокировка при %2).</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="133"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="200"/>
        <source>No record is older than the retention period.</source>
        <translation>Записей старше срока хранения нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/safety_tab.py" line="203"/>
        <source>Delete %n students recorded before the retention period, with all their answers and results?</source>
        <translation>
            <numerusform>Срок хранения истёк у %n ученика. Удалить эти записи вместе со всеми ответами и результатами?</numerusform>
            <numerusform>Срок хранения истёк у %n учеников. Удалить эти записи вместе со всеми ответами и результатами?</numerusform>
            <numerusform>Срок хранения истёк у %n учеников. Удалить эти записи вместе со всеми ответами и результатами?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="214"/>
        <source>Back up the records</source>
        <translation>Резервное копирование записей</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="216"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="248"/>
        <source>Bagdar records (*.sqlite)</source>
        <translation>Записи Бағдар (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="223"/>
        <source>The disk is full, so the backup was not made. Free some space or use another USB stick.</source>
        <translation>Диск заполнен, поэтому резервная копия не создана. Освободите место или возьмите другую флешку.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="225"/>
        <source>The backup could not be written there (a removed or read-only USB stick?).</source>
        <translation>Не удалось записать резервную копию в это место (флешка извлечена или защищена от записи?).</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="236"/>
        <source>This file is not a Bagdar records backup.</source>
        <translation>Этот файл не является резервной копией записей Бағдар.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="237"/>
        <source>This backup is damaged and cannot be used.</source>
        <translation>Эта резервная копия повреждена, её нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="238"/>
        <source>This database is not a Bagdar records backup.</source>
        <translation>Эта база данных не является резервной копией записей Бағдар.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="239"/>
        <source>This backup was made by a newer Bagdar; update Bagdar first.</source>
        <translation>Эта резервная копия создана более новой версией Бағдар; сначала обновите Бағдар.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="240"/>
        <source>The disk is full, so the backup could not be checked. Free some space, then try again.</source>
        <translation>Диск заполнен, поэтому проверить резервную копию не удалось. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="242"/>
        <source>This file cannot be read (it may be on a removed USB stick or locked by another user).</source>
        <translation>Этот файл не удаётся прочитать (возможно, флешка извлечена или файл занят другим пользователем).</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="247"/>
        <source>Restore the records</source>
        <translation>Восстановление записей</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="254"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="256"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="268"/>
        <source>Restore</source>
        <translation>Восстановление записей</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="257"/>
        <source>The backup holds %1 students and %2 sessions. Restoring brings back everything in it: the students, answers and results, the school&apos;s settings, and the counsellor password and recovery key as they were when it was made. The audit log of this computer is kept. The current records are kept in a separate file. Replace the current records with the backup?</source>
        <translation>В резервной копии учеников: %1, сеансов: %2. Восстановление вернёт всё, что в ней есть: учеников, ответы и результаты, настройки школы, а также пароль консультанта и ключ восстановления на момент создания копии. Журнал действий этого компьютера сохранится. Текущие записи будут сохранены в отдельном файле. Заменить текущие записи резервной копией?</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="269"/>
        <source>The disk is full, so the backup could not be restored. Nothing has changed: the current records are still in use.</source>
        <translation>Диск заполнен, поэтому восстановить резервную копию не удалось. Ничего не изменилось: используются текущие записи.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="271"/>
        <source>The backup could not be restored. Nothing has changed: the current records are still in use.</source>
        <translation>Восстановить резервную копию не удалось. Ничего не изменилось: используются текущие записи.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../ui/counsellor/access.py" line="122"/>
        <source>Counsellor password</source>
        <translation>Пароль консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="123"/>
        <source>Choose the counsellor password. Students must not know it: it opens the students&apos; records and closes the kiosk mode.</source>
        <translation>Выберите пароль консультанта. Ученики не должны его знать: он открывает записи учеников и закрывает режим киоска.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="140"/>
        <source>Recovery key:</source>
        <translation>Ключ восстановления:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="141"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="142"/>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="145"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="146"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="160"/>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>Слишком много неверных попыток. Повторите через %1 с.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="163"/>
        <source>The recovery key is not right.</source>
        <translation>Ключ восстановления указан неверно.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/access.py" line="165"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не менее %n символа.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="167"/>
        <source>This password is too easy to guess (a common password or a run of keys). Choose another one.</source>
        <translation>Этот пароль слишком легко угадать (распространённый пароль или клавиши подряд). Выберите другой.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="170"/>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="43"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="47"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="49"/>
        <source>School name:</source>
        <translation>Название школы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="50"/>
        <source>Students&apos; home district by default:</source>
        <translation>Район учеников по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="51"/>
        <source>Questionnaire programme:</source>
        <translation>Программа опроса:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="52"/>
        <source>Interface language at start:</source>
        <translation>Язык интерфейса при запуске:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="63"/>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="68"/>
        <source>Counsellor password</source>
        <translation>Пароль консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="70"/>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="71"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="72"/>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="86"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="91"/>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>Слишком много неверных попыток. Повторите через %1 с.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="94"/>
        <source>The current password is not right.</source>
        <translation>Текущий пароль указан неверно.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="96"/>
        <source>This password is too easy to guess (a common password or a run of keys). Choose another one.</source>
        <translation>Этот пароль слишком легко угадать (распространённый пароль или клавиши подряд). Выберите другой.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/settings_tab.py" line="99"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не менее %n символа.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="102"/>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="106"/>
        <source>The password has been changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="63"/>
        <source>Bagdar — first setup</source>
        <translation>Бағдар — первоначальная настройка</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="89"/>
        <source>School name:</source>
        <translation>Название школы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="90"/>
        <source>School district:</source>
        <translation>Район школы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="91"/>
        <source>Questionnaire programme:</source>
        <translation>Программа опроса:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="92"/>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="93"/>
        <source>Counsellor password:</source>
        <translation>Пароль консультанта:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="94"/>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="97"/>
        <source>Set Bagdar up for your school. Students never see this; the password protects the students&apos; records.</source>
        <translation>Настройте Бағдар для своей школы. Ученики никогда не видят это окно; пароль защищает записи учеников.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="103"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="111"/>
        <source>Your recovery key. Print it or write it down and keep it locked away: it resets the password if you forget it. It is shown only now.</source>
        <translation>Это ваш ключ восстановления. Распечатайте или запишите его и храните под замком: если вы забудете пароль, с его помощью можно задать новый. Ключ показывается только сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="118"/>
        <source>Print the key…</source>
        <translation>Распечатать ключ…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="120"/>
        <source>I have kept the key</source>
        <translation>Я сохранил(а) ключ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="138"/>
        <source>Type the school&apos;s name.</source>
        <translation>Введите название школы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/setup.py" line="140"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не менее %n символа.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="142"/>
        <source>This password is too easy to guess (a common password or a run of keys). Choose another one.</source>
        <translation>Этот пароль слишком легко угадать (распространённый пароль или клавиши подряд). Выберите другой.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="145"/>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="171"/>
        <source>Counsellor recovery key</source>
        <translation>Ключ восстановления для консультанта</translation>
    </message>
</context>
<context>
    <name>SourceBadge</name>
    <message>
        <location filename="../../ui/badges.py" line="28"/>
        <source>official</source>
        <translation>официально</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="29"/>
        <source>press</source>
        <translation>пресса</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="30"/>
        <source>estimate</source>
        <translation>расчёт</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="31"/>
        <source>sample</source>
        <translation>пример</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="38"/>
        <source>a government document, a national classifier or the organisation&apos;s own publication.</source>
        <translation>государственный документ, национальный классификатор или публикация самой организации.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="41"/>
        <source>a figure reported in a newspaper or on a news site.</source>
        <translation>цифра из газеты или новостного сайта.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="43"/>
        <source>worked out by the Bagdar team from published figures; not official.</source>
        <translation>рассчитано командой Бағдар по опубликованным данным; не официально.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="46"/>
        <source>an illustrative entry not confirmed by any source.</source>
        <translation>условная запись, не подтверждённая источником.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="55"/>
        <source>Official: taken from a government document, a national classifier or the organisation&apos;s own website.</source>
        <translation>Официально: взято из государственного документа, национального классификатора или с сайта самой организации.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="58"/>
        <source>Press: reported by a newspaper or a news site; the article&apos;s address and date are listed below.</source>
        <translation>Пресса: сообщение газеты или новостного сайта; адрес и дата статьи указаны ниже.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="61"/>
        <source>Estimate: the Bagdar team divided a published total (for example the 1,300 new jobs of 2025) between professions and districts; the total is real, the split is ours.</source>
        <translation>Расчёт: команда Бағдар распределила опубликованный итог (например, 1300 новых рабочих мест 2025 года) по профессиям и районам; итог настоящий, распределение — наше.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="65"/>
        <source>Example: an entry that only shows how the atlas works; it is never used to recommend anything, so check it with the college or employer.</source>
        <translation>Пример: запись, которая только показывает, как устроен атлас; она никогда не используется для рекомендаций, поэтому её нужно уточнить в колледже или у работодателя.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="74"/>
        <source>not published</source>
        <translation>не опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="81"/>
        <location filename="../../ui/reports/my_plan.py" line="100"/>
        <source>example only: check with the college</source>
        <translation>только пример: уточнить в колледже</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="90"/>
        <source>code not verified: check with the college</source>
        <translation>код не проверен: уточнить в колледже</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="51"/>
        <source>Bagdar cannot write to its data folder %1 (it is read-only or belongs to another user). Ask the person who looks after the computer to give this user write access to it.</source>
        <translation>Бағдар не может записывать в папку данных %1 (она доступна только для чтения или принадлежит другому пользователю). Попросите того, кто обслуживает компьютер, дать этому пользователю право записи в неё.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="80"/>
        <source>The disk is full: Bagdar could not save. Everything saved before this moment is kept. Free some space on the disk (or ask the person who looks after the computer), then try again.</source>
        <translation>Диск заполнен: Бағдар не смог сохранить данные. Всё, что было сохранено до этого момента, на месте. Освободите место на диске (или обратитесь к тому, кто обслуживает компьютер) и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="96"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="100"/>
        <source>Bagdar met an unexpected problem. Every answer given so far is saved. If it happens again, show this file to the person who looks after the computer:
%1</source>
        <translation>В Бағдар произошла непредвиденная ошибка. Все ответы, данные до этого момента, сохранены. Если это повторится, покажите этот файл тому, кто обслуживает компьютер:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="174"/>
        <source>The students&apos; records file %1 is read-only, so no answer could be saved. Ask the person who looks after the computer to make it writable for this user; nothing has been changed.</source>
        <translation>Файл записей учеников %1 доступен только для чтения, поэтому ни один ответ не удалось сохранить. Попросите того, кто обслуживает компьютер, разрешить этому пользователю запись в него; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="198"/>
        <source>The students&apos; records file is missing or empty, but the backup of %1 holds %2 students. Restore that backup now?</source>
        <translation>Файл записей учеников отсутствует или пуст, а в резервной копии от %1 есть записи учеников: %2. Восстановить эту копию сейчас?</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="202"/>
        <source>Bagdar does not start with empty records while its backups hold students. To really start afresh, the person who looks after the computer moves the folder %1 away first.</source>
        <translation>Бағдар не запускается с пустыми записями, пока в резервных копиях есть ученики. Чтобы действительно начать с нуля, тот, кто обслуживает компьютер, должен сначала перенести папку %1 в другое место.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="221"/>
        <source>The students&apos; records file is damaged and no good backup was found. Start with empty records? The damaged file is kept as %1 for the person who looks after the computer.</source>
        <translation>Файл записей учеников повреждён, исправная резервная копия не найдена. Начать с пустыми записями? Повреждённый файл сохранён как %1 для того, кто обслуживает компьютер.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="229"/>
        <source>The students&apos; records file is damaged. Restore the backup of %1? The damaged file is kept as %2.</source>
        <translation>Файл записей учеников повреждён. Восстановить резервную копию от %1? Повреждённый файл сохранён как %2.</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="68"/>
        <source>Save comment</source>
        <translation>Сохранить комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="79"/>
        <source>e.g. signed paper form No. 12</source>
        <translation>например, подписанный бумажный бланк № 12</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="80"/>
        <source>Record consent</source>
        <translation>Записать согласие</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="83"/>
        <source>Resume the paused session</source>
        <translation>Продолжить приостановленный сеанс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="89"/>
        <source>Counsellor&apos;s comment (printed in the report):</source>
        <translation>Комментарий консультанта (печатается в отчёте):</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="92"/>
        <source>Parental consent</source>
        <translation>Согласие родителей</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="95"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="96"/>
        <source>Given by (parent or guardian):</source>
        <translation>Кем дано (родитель или опекун):</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="97"/>
        <source>Form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="101"/>
        <source>Profile and recommendations</source>
        <translation>Профиль и рекомендации</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="102"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="103"/>
        <source>Comment and consent</source>
        <translation>Комментарий и согласие</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="107"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="128"/>
        <source>No consent recorded yet.</source>
        <translation>Согласие ещё не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="134"/>
        <source>grade %1</source>
        <translation>%1 класс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="137"/>
        <source>No finished questionnaire yet.</source>
        <translation>Завершённых опросов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="145"/>
        <source>Holland code</source>
        <translation>Код Холланда</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="148"/>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="155"/>
        <source>DDO</source>
        <translation>ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="160"/>
        <source>Recommended professions</source>
        <translation>Рекомендуемые профессии</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="165"/>
        <source>flat profile</source>
        <translation>недифференцированный профиль</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="165"/>
        <source>mostly unsure</source>
        <translation>в основном «сложно сказать»</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="166"/>
        <source>too fast</source>
        <translation>слишком быстро</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="166"/>
        <source>incomplete</source>
        <translation>пропущены вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="167"/>
        <source>inconsistent halves</source>
        <translation>ответы двух половин не согласуются</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="187"/>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="187"/>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="187"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="188"/>
        <source>Response time, s</source>
        <translation>Время ответа, с</translation>
    </message>
</context>
<context>
    <name>StudentFlow</name>
    <message>
        <location filename="../../ui/student/flow.py" line="212"/>
        <source>The questionnaire was paused because no one used the computer for a while. Your answers are saved. To go on, ask your counsellor: they can resume it for you.</source>
        <translation>Опрос приостановлен: какое-то время компьютером никто не пользовался. Ответы сохранены. Чтобы продолжить, попроси консультанта возобновить опрос.</translation>
    </message>
    <message>
        <location filename="../../ui/student/flow.py" line="216"/>
        <source>Your results were closed because no one used the computer for a while. They are saved: your counsellor can show and print them.</source>
        <translation>Результаты закрыты: какое-то время компьютером никто не пользовался. Они сохранены — консультант может показать и распечатать их.</translation>
    </message>
    <message>
        <location filename="../../ui/student/flow.py" line="220"/>
        <source>The form was cleared because no one used the computer for a while. Nothing was saved. Press Start to begin again.</source>
        <translation>Форма очищена: какое-то время компьютером никто не пользовался. Ничего не сохранено. Чтобы начать заново, нажми «Начать».</translation>
    </message>
</context>
<context>
    <name>StudentsTab</name>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="209"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="209"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="209"/>
        <source>Grade</source>
        <translation>Параллель</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="210"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="210"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="211"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="211"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="211"/>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="213"/>
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="213"/>
        <source>paused</source>
        <translation>на паузе</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="214"/>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="214"/>
        <source>abandoned</source>
        <translation>прерван</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="216"/>
        <source>flat profile</source>
        <translation>недифференцированный профиль</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="216"/>
        <source>mostly unsure</source>
        <translation>в основном «сложно сказать»</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="217"/>
        <source>too fast</source>
        <translation>слишком быстро</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="217"/>
        <source>incomplete</source>
        <translation>пропущены вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="218"/>
        <source>inconsistent halves</source>
        <translation>ответы двух половин не согласуются</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="219"/>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="220"/>
        <source>Search by name…</source>
        <translation>Поиск по имени…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="221"/>
        <source>Open student…</source>
        <translation>Карточка ученика…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="222"/>
        <source>Student report…</source>
        <translation>Отчёт по ученику…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="223"/>
        <source>Class report…</source>
        <translation>Отчёт по классу…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="224"/>
        <source>Delete student…</source>
        <translation>Удалить ученика…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="225"/>
        <source>Delete class…</source>
        <translation>Удалить класс…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="226"/>
        <source>Edit name and class…</source>
        <translation>Изменить имя и класс…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="227"/>
        <source>Classes…</source>
        <translation>Классы…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="237"/>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="241"/>
        <source>All grades</source>
        <translation>Все параллели</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="245"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="249"/>
        <source>Any flag</source>
        <translation>Любая отметка</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="273"/>
        <source>%1 sessions</source>
        <translation>Сеансов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="286"/>
        <location filename="../../ui/counsellor/students_tab.py" line="304"/>
        <source>Students</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="287"/>
        <location filename="../../ui/counsellor/students_tab.py" line="305"/>
        <source>Choose a student in the table first.</source>
        <translation>Сначала выберите ученика в таблице.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="294"/>
        <source>Class report</source>
        <translation>Отчёт по классу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="295"/>
        <location filename="../../ui/counsellor/students_tab.py" line="343"/>
        <source>Choose a class in the filter first.</source>
        <translation>Сначала выберите класс в фильтре.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="330"/>
        <source>Delete student</source>
        <translation>Удалить ученика</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="331"/>
        <source>Delete %1 and every answer, result and comment about them? This cannot be undone.</source>
        <translation>Удалить ученика «%1» со всеми ответами, результатами и комментариями? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="342"/>
        <location filename="../../ui/counsellor/students_tab.py" line="345"/>
        <source>Delete class</source>
        <translation>Удалить класс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="346"/>
        <source>Delete every student of class %1 with all their answers and results? This cannot be undone.</source>
        <translation>Удалить всех учеников класса %1 со всеми их ответами и результатами? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="27"/>
        <source>On a PC of the computer class</source>
        <translation>На компьютере в классе информатики</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="30"/>
        <source>When students answered on several PCs, export each PC&apos;s sessions to one file (a USB stick) and import the files on the counsellor&apos;s PC. The file holds names and answers: carry it only between the school&apos;s own computers and delete it after the import.</source>
        <translation>Если ученики отвечали на нескольких компьютерах, выгрузите сеансы каждого компьютера в файл (на флешку) и загрузите файлы на компьютере консультанта. В файле есть имена и ответы: переносите его только между компьютерами школы и удалите после загрузки.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="36"/>
        <source>Export this PC&apos;s sessions to a file…</source>
        <translation>Выгрузить сеансы этого компьютера в файл…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="40"/>
        <source>On the counsellor&apos;s PC</source>
        <translation>На компьютере консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="43"/>
        <source>Importing a file twice adds nothing; a file that was not copied whole is refused and nothing of it is imported. A student with the same name and class is kept as one student.</source>
        <translation>Повторная загрузка файла ничего не добавляет; файл, скопированный не полностью, отклоняется, и из него ничего не загружается. Ученик с тем же именем и классом считается одним учеником.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="48"/>
        <source>Import sessions from files…</source>
        <translation>Загрузить сеансы из файлов…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="65"/>
        <source>Export sessions</source>
        <translation>Выгрузка сеансов</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="66"/>
        <source>sessions</source>
        <translation>сеансы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="66"/>
        <location filename="../../ui/counsellor/transfer_tab.py" line="85"/>
        <source>Bagdar sessions (*.%1)</source>
        <translation>Сеансы Бағдар (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="73"/>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/transfer_tab.py" line="77"/>
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n сеанс записан в %1.</numerusform>
            <numerusform>%n сеанса записаны в %1.</numerusform>
            <numerusform>%n сеансов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="84"/>
        <source>Import sessions</source>
        <translation>Загрузка сеансов</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="87"/>
        <source>the file is damaged or was not copied whole; copy it again from the PC</source>
        <translation>файл повреждён или скопирован не полностью; скопируйте его с компьютера ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="89"/>
        <source>this is not a Bagdar sessions file</source>
        <translation>это не файл сеансов Бағдар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="90"/>
        <source>the file comes from a newer Bagdar; update this PC first</source>
        <translation>файл создан более новой версией Бағдар; сначала обновите Бағдар на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="96"/>
        <location filename="../../ui/counsellor/transfer_tab.py" line="100"/>
        <source>%1: nothing imported — %2</source>
        <translation>%1: ничего не загружено — %2</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="105"/>
        <source>%1: %2 new session(s), %3 already here; %4 new student(s), %5 matched to students already here.</source>
        <translation>%1: новых сеансов — %2, уже было — %3; новых учеников — %4, сопоставлено с уже известными — %5.</translation>
    </message>
</context>
<context>
    <name>UpdateTab</name>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="42"/>
        <source>Export the atlas as a workbook (template)…</source>
        <translation>Экспорт атласа в книгу Excel (шаблон)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="44"/>
        <source>Check an update file…</source>
        <translation>Проверить файл обновления…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="47"/>
        <source>Apply the update</source>
        <translation>Применить обновление</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="51"/>
        <source>Return to the previous edition</source>
        <translation>Вернуться к предыдущему изданию</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="76"/>
        <source>Atlas in use: edition %1 of %2 (%3).</source>
        <translation>Используемый атлас: издание %1 от %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="78"/>
        <source>embedded</source>
        <translation>встроенное</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="79"/>
        <source>installed update</source>
        <translation>установленное обновление</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="84"/>
        <source>Export the atlas</source>
        <translation>Экспорт атласа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="86"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="95"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="101"/>
        <source>Atlas update</source>
        <translation>Обновление атласа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="102"/>
        <source>Atlas updates (*.zip *.xlsx)</source>
        <translation>Обновления атласа (*.zip *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="112"/>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="125"/>
        <source>The update was refused: %1 problems. Nothing has been changed.</source>
        <translation>Обновление отклонено: найдено проблем — %1. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="130"/>
        <source>The update is valid: edition %1. Check the changes, then apply.</source>
        <translation>Обновление прошло проверку: издание %1. Проверьте изменения, затем примените обновление.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="136"/>
        <source>The disk is full. Nothing has been changed: free some space on the disk, then try again.</source>
        <translation>Диск заполнен. Ничего не изменено: освободите место на диске и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="139"/>
        <source>The file could not be read. Nothing has been changed.</source>
        <translation>Не удалось прочитать файл. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="149"/>
        <source>The new edition could not be installed. Nothing has been changed: the current edition stays in use.</source>
        <translation>Не удалось установить новое издание. Ничего не изменено: используется текущее издание.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/update_tab.py" line="178"/>
        <source>%n more problems are not shown: fix these first, then check the file again.</source>
        <translation>
            <numerusform>Ещё %n проблема не показана: сначала исправьте эти, затем проверьте файл снова.</numerusform>
            <numerusform>Ещё %n проблемы не показаны: сначала исправьте эти, затем проверьте файл снова.</numerusform>
            <numerusform>Ещё %n проблем не показано: сначала исправьте эти, затем проверьте файл снова.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="180"/>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="180"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="183"/>
        <source>Professions</source>
        <translation>Профессии</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="183"/>
        <source>Specialities</source>
        <translation>Специальности колледжей</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="184"/>
        <source>Colleges</source>
        <translation>Колледжи</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="185"/>
        <source>College groups and places</source>
        <translation>Группы и места в колледжах</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="186"/>
        <source>Demand (new jobs)</source>
        <translation>Спрос (новые рабочие места)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="189"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="190"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="191"/>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="197"/>
        <source>no changes</source>
        <translation>изменений нет</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="198"/>
        <source>notice</source>
        <translation>замечание</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="200"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="200"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="200"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="200"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="209"/>
        <source>Installing the new edition…</source>
        <translation>Установка нового издания…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="217"/>
        <source>Edition %1 is installed. Bagdar restarts onto it.</source>
        <translation>Издание %1 установлено. Бағдар перезапускается с новым изданием.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/student/welcome.py" line="64"/>
        <source>Bagdar — find your direction</source>
        <translation>Бағдар — найди своё направление</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="67"/>
        <source>Answer %1 short questions about what you like to do (about %2 minutes; you can pause). Then see the professions of our region that fit you and where to study them.</source>
        <translation>Ответь на короткие вопросы о том, чем тебе нравится заниматься (всего вопросов: %1, около %2 мин; можно сделать паузу). Потом узнай, какие профессии нашего региона тебе подходят и где им учиться.</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="73"/>
        <source>Answer questions about what you like to do, and see the professions of our region that fit you and where to study them.</source>
        <translation>Ответь на вопросы о том, чем тебе нравится заниматься, и узнай, какие профессии нашего региона тебе подходят и где им учиться.</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="76"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="76"/>
        <source>&amp;Continue with my code</source>
        <translation>&amp;Продолжить по коду</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="77"/>
        <source>&amp;Explore professions</source>
        <translation>&amp;Изучить профессии</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="81"/>
        <source>Counsellor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="82"/>
        <source>Counsellor area</source>
        <translation>Раздел консультанта</translation>
    </message>
</context>
</TS>

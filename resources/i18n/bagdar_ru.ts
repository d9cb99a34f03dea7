<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDataDialog</name>
    <message>
        <location filename="../../ui/about_data.py" line="62" />
        <location filename="../../ui/about_data.py" line="86" />
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="62" />
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="63" />
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="63" />
        <source>Professions</source>
        <translation>Профессии</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="64" />
        <source>Specialities</source>
        <translation>Специальности колледжей</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="64" />
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="65" />
        <source>Colleges</source>
        <translation>Колледжи</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="66" />
        <source>College groups and places</source>
        <translation>Группы и места в колледжах</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="67" />
        <source>Investment projects</source>
        <translation>Инвестиционные проекты</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="68" />
        <source>Demand (new jobs)</source>
        <translation>Спрос (новые рабочие места)</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="69" />
        <source>Graduate employment</source>
        <translation>Трудоустройство выпускников</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="70" />
        <source>College–employer memoranda</source>
        <translation>Меморандумы колледжей и работодателей</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="84" />
        <source>About the data</source>
        <translation>О данных</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="85" />
        <source>Rows by kind of source</source>
        <translation>Строки по видам источников</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="91" />
        <source>Edition %1 of %2, built %3.</source>
        <translation>Издание %1 от %2, собрано %3.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="94" />
        <source>The official regional atlas of new professions is not public. This edition combines the published regional figures (the 2025 press report: 37 investment projects, more than 1,300 new jobs, 91% of them in working professions; 42 colleges; 86% of state-funded graduates employed), official classifiers, and estimates by the Bagdar team that split those totals by profession, district and year. Every figure shows the kind of its source:</source>
        <translation>Официальный региональный атлас новых профессий не опубликован. Это издание объединяет опубликованные региональные данные (сообщение прессы 2025 года: 37 инвестиционных проектов, более 1300 новых рабочих мест, из них 91% — рабочие профессии; 42 колледжа; трудоустроено 86% выпускников госзаказа), официальные классификаторы и оценки команды Бағдар, которые распределяют эти итоги по профессиям, районам и годам. У каждой цифры указан вид её источника:</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="110" />
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="127" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="127" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="127" />
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="127" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="128" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="74" />
        <source>The atlas database cannot be opened:
%1

From a source checkout, run 'make atlas'. Otherwise reinstall Bagdar.</source>
        <translation>Не удаётся открыть базу атласа:
%1

При запуске из исходного кода выполните 'make atlas'. Иначе переустановите Бағдар.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <location filename="../../ui/main_window.py" line="137" />
        <source>About Bagdar</source>
        <translation>О программе Бағдар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>Bagdar %1 — offline career guidance for the schools of the Zhambyl region.</source>
        <translation>Бағдар %1 — профориентация без интернета для школ Жамбылской области.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>Bagdar — atlas of professions</source>
        <translation>Бағдар — атлас профессий</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <location filename="../../ui/main_window.py" line="139" />
        <source>About the data…</source>
        <translation>О данных…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>Search professions…</source>
        <translation>Поиск профессий…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Search professions</source>
        <translation>Поиск профессий</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Professions</source>
        <translation>Профессии</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>edition %1 of %2</source>
        <translation>издание %1 от %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Data status (rows by kind of source): %1</source>
        <translation>Статус данных (строки по видам источников): %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>Nothing found. Try the first letters of a word, without Kazakh letters if you like.</source>
        <translation>Ничего не найдено. Введите первые буквы слова, можно без казахских букв.</translation>
    </message>
</context>
<context>
    <name>ProfessionView</name>
    <message>
        <location filename="../../ui/profession_view.py" line="26" />
        <source>Realistic</source>
        <translation>Реалистический</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="26" />
        <source>Investigative</source>
        <translation>Исследовательский</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="26" />
        <source>Artistic</source>
        <translation>Артистический</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="27" />
        <source>Social</source>
        <translation>Социальный</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="27" />
        <source>Enterprising</source>
        <translation>Предпринимательский</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="27" />
        <source>Conventional</source>
        <translation>Конвенциональный</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="32" />
        <source>Person – Nature</source>
        <translation>Человек – Природа</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="32" />
        <source>Person – Technology</source>
        <translation>Человек – Техника</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33" />
        <source>Person – Person</source>
        <translation>Человек – Человек</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33" />
        <source>Person – Sign systems</source>
        <translation>Человек – Знаковая система</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="34" />
        <source>Person – Artistic image</source>
        <translation>Человек – Художественный образ</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38" />
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38" />
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38" />
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44" />
        <source>%1 y %2 m</source>
        <translation>%1 г. %2 мес.</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="48" />
        <source>after grade %1</source>
        <translation>после %1 класса</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="48" />
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="52" />
        <source>Working profession</source>
        <translation>Рабочая профессия</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="52" />
        <source>Specialist</source>
        <translation>Специалист среднего звена</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="55" />
        <source>New profession</source>
        <translation>Новая профессия</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="57" />
        <source>in demand by %1</source>
        <translation>востребована к %1 году</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="65" />
        <source>Interest type (Holland)</source>
        <translation>Тип интересов (Холланд)</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="66" />
        <source>Type of work (Klimov)</source>
        <translation>Тип профессии (Климов)</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="66" />
        <source>ISCO-08 group</source>
        <translation>Группа ISCO-08</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="71" />
        <source>Key skills</source>
        <translation>Ключевые навыки</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="73" />
        <source>School subjects</source>
        <translation>Школьные предметы</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="76" />
        <source>Working conditions</source>
        <translation>Условия работы</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="90" />
        <source>New jobs in the region</source>
        <translation>Новые рабочие места в регионе</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="93" />
        <source>Where to study</source>
        <translation>Где учиться</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="95" />
        <source>after grade 9</source>
        <translation>после 9 класса</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="95" />
        <source>after grade 11</source>
        <translation>после 11 класса</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="103" />
        <source>Qualifications</source>
        <translation>Квалификации</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="104" />
        <source>Study length</source>
        <translation>Срок обучения</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="107" />
        <source>No college of the region teaches it.</source>
        <translation>Ни один колледж области её не преподаёт.</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="113" />
        <source>%1 state-funded places</source>
        <translation>%1 мест по госзаказу</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="114" />
        <source>places unknown</source>
        <translation>число мест неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="127" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>SourceBadge</name>
    <message>
        <location filename="../../ui/badges.py" line="27" />
        <source>official</source>
        <translation>официально</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="28" />
        <source>press</source>
        <translation>пресса</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="29" />
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="30" />
        <source>sample</source>
        <translation>образец</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="37" />
        <source>a government document, a national classifier or the organisation's own publication.</source>
        <translation>государственный документ, национальный классификатор или публикация самой организации.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="40" />
        <source>a figure reported in a newspaper or on a news site.</source>
        <translation>цифра из газеты или новостного сайта.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="42" />
        <source>worked out by the Bagdar team from published figures; not official.</source>
        <translation>рассчитано командой Бағдар по опубликованным данным; не официально.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="45" />
        <source>an illustrative entry not confirmed by any source.</source>
        <translation>условная запись, не подтверждённая источником.</translation>
    </message>
</context>
</TS>
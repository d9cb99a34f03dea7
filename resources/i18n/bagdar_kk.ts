<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDataDialog</name>
    <message>
        <location filename="../../ui/about_data.py" line="62" />
        <location filename="../../ui/about_data.py" line="86" />
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="62" />
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="63" />
        <source>Employers</source>
        <translation>Жұмыс берушілер</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="63" />
        <source>Professions</source>
        <translation>Мамандықтар</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="64" />
        <source>Specialities</source>
        <translation>Колледж мамандықтары</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="64" />
        <source>Qualifications</source>
        <translation>Біліктіліктер</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="65" />
        <source>Colleges</source>
        <translation>Колледждер</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="66" />
        <source>College groups and places</source>
        <translation>Колледж топтары мен орындары</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="67" />
        <source>Investment projects</source>
        <translation>Инвестициялық жобалар</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="68" />
        <source>Demand (new jobs)</source>
        <translation>Сұраныс (жаңа жұмыс орындары)</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="69" />
        <source>Graduate employment</source>
        <translation>Түлектердің жұмысқа орналасуы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="70" />
        <source>College–employer memoranda</source>
        <translation>Колледж бен жұмыс беруші меморандумдары</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="84" />
        <source>About the data</source>
        <translation>Деректер туралы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="85" />
        <source>Rows by kind of source</source>
        <translation>Дереккөз түрі бойынша жолдар</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="91" />
        <source>Edition %1 of %2, built %3.</source>
        <translation>%1 басылым, %2, жиналған күні %3.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="94" />
        <source>The official regional atlas of new professions is not public. This edition combines the published regional figures (the 2025 press report: 37 investment projects, more than 1,300 new jobs, 91% of them in working professions; 42 colleges; 86% of state-funded graduates employed), official classifiers, and estimates by the Bagdar team that split those totals by profession, district and year. Every figure shows the kind of its source:</source>
        <translation>Өңірдің жаңа мамандықтар атласының ресми нұсқасы жарияланбаған. Бұл басылымда жарияланған өңірлік көрсеткіштер (2025 жылғы баспасөз хабары: 37 инвестициялық жоба, 1300-ден астам жаңа жұмыс орны, оның 91%-ы жұмысшы мамандықтары; 42 колледж; мемлекеттік тапсырыспен оқыған түлектердің 86%-ы жұмысқа орналасқан), ресми жіктеуіштер және осы жалпы сандарды мамандық, аудан және жыл бойынша бөлген Бағдар тобының бағалаулары біріктірілген. Әр көрсеткіштің жанында дереккөзінің түрі көрсетілген:</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="110" />
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="127" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="127" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="127" />
        <source>Publisher</source>
        <translation>Шығарушы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="127" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="128" />
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="74" />
        <source>The atlas database cannot be opened:
%1

From a source checkout, run 'make atlas'. Otherwise reinstall Bagdar.</source>
        <translation>Атлас дерекқорын ашу мүмкін емес:
%1

Бастапқы кодтан іске қоссаңыз, 'make atlas' орындаңыз. Әйтпесе Бағдарды қайта орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <location filename="../../ui/main_window.py" line="137" />
        <source>About Bagdar</source>
        <translation>Бағдар туралы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>Bagdar %1 — offline career guidance for the schools of the Zhambyl region.</source>
        <translation>Бағдар %1 — Жамбыл облысы мектептеріне арналған интернетсіз кәсіптік бағдар беру бағдарламасы.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>Bagdar — atlas of professions</source>
        <translation>Бағдар — мамандықтар атласы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <location filename="../../ui/main_window.py" line="139" />
        <source>About the data…</source>
        <translation>Деректер туралы…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>Search professions…</source>
        <translation>Мамандықты іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Search professions</source>
        <translation>Мамандықты іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Professions</source>
        <translation>Мамандықтар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>edition %1 of %2</source>
        <translation>%1 басылым, %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Data status (rows by kind of source): %1</source>
        <translation>Деректердің күйі (дереккөз түрі бойынша жолдар): %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>Nothing found. Try the first letters of a word, without Kazakh letters if you like.</source>
        <translation>Ештеңе табылмады. Сөздің алғашқы әріптерін жазып көріңіз, қазақ әріптерінсіз де болады.</translation>
    </message>
</context>
<context>
    <name>ProfessionView</name>
    <message>
        <location filename="../../ui/profession_view.py" line="26" />
        <source>Realistic</source>
        <translation>Реалистік</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="26" />
        <source>Investigative</source>
        <translation>Зерттеушілік</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="26" />
        <source>Artistic</source>
        <translation>Артистік</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="27" />
        <source>Social</source>
        <translation>Әлеуметтік</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="27" />
        <source>Enterprising</source>
        <translation>Кәсіпкерлік</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="27" />
        <source>Conventional</source>
        <translation>Конвенционалдық</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="32" />
        <source>Person – Nature</source>
        <translation>Адам – Табиғат</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="32" />
        <source>Person – Technology</source>
        <translation>Адам – Техника</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33" />
        <source>Person – Person</source>
        <translation>Адам – Адам</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33" />
        <source>Person – Sign systems</source>
        <translation>Адам – Белгілер жүйесі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="34" />
        <source>Person – Artistic image</source>
        <translation>Адам – Көркем бейне</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38" />
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38" />
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38" />
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44" />
        <source>%1 y %2 m</source>
        <translation>%1 ж. %2 ай</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="48" />
        <source>after grade %1</source>
        <translation>%1-сыныптан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="48" />
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="52" />
        <source>Working profession</source>
        <translation>Жұмысшы мамандығы</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="52" />
        <source>Specialist</source>
        <translation>Орта буын маманы</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="55" />
        <source>New profession</source>
        <translation>Жаңа мамандық</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="57" />
        <source>in demand by %1</source>
        <translation>%1 жылға қарай сұранысқа ие болады</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="65" />
        <source>Interest type (Holland)</source>
        <translation>Қызығушылық түрі (Холланд)</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="66" />
        <source>Type of work (Klimov)</source>
        <translation>Еңбек түрі (Климов)</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="66" />
        <source>ISCO-08 group</source>
        <translation>ISCO-08 тобы</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="71" />
        <source>Key skills</source>
        <translation>Негізгі дағдылар</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="73" />
        <source>School subjects</source>
        <translation>Мектеп пәндері</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="76" />
        <source>Working conditions</source>
        <translation>Еңбек жағдайлары</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="90" />
        <source>New jobs in the region</source>
        <translation>Өңірдегі жаңа жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="93" />
        <source>Where to study</source>
        <translation>Қайда оқуға болады</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="95" />
        <source>after grade 9</source>
        <translation>9-сыныптан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="95" />
        <source>after grade 11</source>
        <translation>11-сыныптан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="103" />
        <source>Qualifications</source>
        <translation>Біліктіліктер</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="104" />
        <source>Study length</source>
        <translation>Оқу мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="107" />
        <source>No college of the region teaches it.</source>
        <translation>Облыстың бірде-бір колледжі оқытпайды.</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="113" />
        <source>%1 state-funded places</source>
        <translation>мемлекеттік тапсырыс бойынша %1 орын</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="114" />
        <source>places unknown</source>
        <translation>орын саны белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="127" />
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
</context>
<context>
    <name>SourceBadge</name>
    <message>
        <location filename="../../ui/badges.py" line="27" />
        <source>official</source>
        <translation>ресми</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="28" />
        <source>press</source>
        <translation>баспасөз</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="29" />
        <source>estimate</source>
        <translation>бағалау</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="30" />
        <source>sample</source>
        <translation>үлгі</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="37" />
        <source>a government document, a national classifier or the organisation's own publication.</source>
        <translation>мемлекеттік құжат, ұлттық жіктеуіш немесе ұйымның өз жарияланымы.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="40" />
        <source>a figure reported in a newspaper or on a news site.</source>
        <translation>газетте немесе жаңалықтар сайтында жарияланған көрсеткіш.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="42" />
        <source>worked out by the Bagdar team from published figures; not official.</source>
        <translation>Бағдар тобы жарияланған деректерден есептеген; ресми емес.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="45" />
        <source>an illustrative entry not confirmed by any source.</source>
        <translation>ешбір дереккөз растамаған, мысал ретіндегі жазба.</translation>
    </message>
</context>
</TS>
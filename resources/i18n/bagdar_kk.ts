<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDataDialog</name>
    <message>
        <location filename="../../ui/about_data.py" line="103"/>
        <location filename="../../ui/about_data.py" line="127"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="103"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="104"/>
        <source>Employers</source>
        <translation>Жұмыс берушілер</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="104"/>
        <source>Professions</source>
        <translation>Кәсіптер</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="105"/>
        <source>Specialities</source>
        <translation>Колледж мамандықтары</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="105"/>
        <source>Qualifications</source>
        <translation>Біліктіліктер</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="106"/>
        <source>Colleges</source>
        <translation>Колледждер</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="107"/>
        <source>College groups and places</source>
        <translation>Колледж топтары мен орындары</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="108"/>
        <source>Investment projects</source>
        <translation>Инвестициялық жобалар</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="109"/>
        <source>Demand (new jobs)</source>
        <translation>Сұраныс (жаңа жұмыс орындары)</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="110"/>
        <source>Graduate employment</source>
        <translation>Түлектердің жұмысқа орналасуы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="111"/>
        <source>College–employer memoranda</source>
        <translation>Колледж бен жұмыс беруші меморандумдары</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="125"/>
        <source>About the data</source>
        <translation>Деректер туралы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="126"/>
        <source>Rows by kind of source</source>
        <translation>Дереккөз түрі бойынша жолдар</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="130"/>
        <source>In this edition: %1 official, %2 press, %3 estimated and %4 example entries.</source>
        <translation>Бұл басылымдағы жазбалар: ресми — %1, баспасөз — %2, есептеме — %3, мысал — %4.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="138"/>
        <source>What the regional press published (%1, %2):</source>
        <translation>Өңірлік баспасөз жариялағаны (%1, %2):</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="144"/>
        <source>Edition %1 of %2, built %3.</source>
        <translation>%1-басылым (%2), құрастырылған күні: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="147"/>
        <source>The official regional atlas of new professions is not public. This edition combines published figures, official classifiers, the Bagdar team&apos;s splits of published totals and examples. Where a source does not publish a value (places, study language, dormitory, entry grade), the atlas shows &quot;not published&quot;. Every figure shows the kind of its source:</source>
        <translation>Өңірдің жаңа кәсіптер атласының ресми нұсқасы жарияланбаған. Бұл басылымда жарияланған көрсеткіштер, ресми жіктеуіштер, Бағдар тобының жарияланған жалпы сандарды бөлуі және мысалдар біріктірілген. Дереккөз қандай да бір мәнді (орын саны, оқу тілі, жатақхана, қабылдау сыныбы) жарияламаса, атласта «жарияланбаған» деп жазылады. Әр көрсеткіштің жанында дереккөзінің түрі көрсетілген:</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="170"/>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="187"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="187"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="187"/>
        <source>Publisher</source>
        <translation>Шығарушы</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="187"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="188"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
</context>
<context>
    <name>AboutYouPage</name>
    <message>
        <location filename="../../ui/student/about_you.py" line="117"/>
        <source>About you</source>
        <translation>Өзің туралы</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="119"/>
        <source>Your &amp;name (as your counsellor knows you)</source>
        <translation>&amp;Атың (кеңесшің білетіндей)</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="120"/>
        <source>&amp;Class</source>
        <translation>&amp;Сынып</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="120"/>
        <source>&amp;Grade</source>
        <translation>&amp;Сынып (нөмірі)</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="120"/>
        <source>Home &amp;district</source>
        <translation>Тұратын &amp;ауданың</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="121"/>
        <source>D&amp;ormitory</source>
        <translation>&amp;Жатақхана</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="121"/>
        <source>In which &amp;language do you want to study?</source>
        <translation>Қай &amp;тілде оқығың келеді?</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="122"/>
        <source>How far would you &amp;travel to study?</source>
        <translation>Оқу үшін қаншалықты &amp;алысқа бара аласың?</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="125"/>
        <source>e.g. Aigerim S.</source>
        <translation>мысалы, Әйгерім С.</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="126"/>
        <source>e.g. 9 «Ә»</source>
        <translation>мысалы, 9 «Ә»</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="129"/>
        <source>What is kept: the name you type, your class, your answers and your results, on this computer only. Only your counsellor can open them; no ID number is asked. Your counsellor deletes them when they are no longer needed.</source>
        <translation>Не сақталады: сен жазған аты-жөнің, сыныбың, жауаптарың мен нәтижелерің — тек осы компьютерде. Оларды тек кеңесшің аша алады; ЖСН сұралмайды. Қажеті болмай қалғанда кеңесші оларды өшіреді.</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="122"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="119"/>
        <source>&amp;Next</source>
        <translation>&amp;Әрі қарай</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="141"/>
        <source>Please type your name (at least two letters).</source>
        <translation>Атыңды жаз (кемінде екі әріп).</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="144"/>
        <source>A name starts with a letter and has no digits or symbols.</source>
        <translation>Атың әріптен басталуы керек, онда сан не таңба болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="147"/>
        <source>Please choose your class from the list.</source>
        <translation>Сыныбыңды тізімнен таңда.</translation>
    </message>
    <message>
        <location filename="../../ui/student/about_you.py" line="149"/>
        <source>Please type your class, for example 9 «Ә».</source>
        <translation>Сыныбыңды жаз, мысалы 9 «Ә».</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="109"/>
        <source>The students&apos; records were written by a newer version of Bagdar. Install that version (or newer) to open them; nothing has been changed.</source>
        <translation>Оқушылар жазбаларын Бағдардың жаңа нұсқасы жазған. Оларды ашу үшін сол нұсқаны (немесе одан да жаңасын) орнатыңыз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="208"/>
        <source>Bagdar is already open on this computer. Look for its window.</source>
        <translation>Бағдар бұл компьютерде ашық тұр. Оның терезесін табыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>The atlas database cannot be opened:
%1

From a source checkout, run &apos;make atlas&apos;. Otherwise reinstall Bagdar.</source>
        <translation>Атлас дерекқорын ашу мүмкін емес:
%1

Бастапқы кодтан іске қоссаңыз, &apos;make atlas&apos; орындаңыз. Әйтпесе Бағдарды қайта орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../ui/shell.py" line="194"/>
        <source>Bagdar — career guidance</source>
        <translation>Бағдар — кәсіптік бағдар</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="195"/>
        <location filename="../../ui/shell.py" line="196"/>
        <source>Smaller text</source>
        <translation>Мәтінді кішірейту</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="197"/>
        <location filename="../../ui/shell.py" line="198"/>
        <source>Larger text</source>
        <translation>Мәтінді үлкейту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="276"/>
        <source>Are you still there? In %n seconds this form will be cleared. Press any key to continue.</source>
        <translation>
            <numerusform>Сен әлі осындасың ба? %n секундтан кейін бұл форма тазартылады. Жалғастыру үшін кез келген пернені бас.</numerusform>
            <numerusform>Сен әлі осындасың ба? %n секундтан кейін бұл форма тазартылады. Жалғастыру үшін кез келген пернені бас.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="279"/>
        <source>Are you still there? In %n seconds your answers will be saved and the questionnaire paused. Press any key to continue.</source>
        <translation>
            <numerusform>Сен әлі осындасың ба? %n секундтан кейін жауаптарың сақталып, сауалнама тоқтатылады. Жалғастыру үшін кез келген пернені бас.</numerusform>
            <numerusform>Сен әлі осындасың ба? %n секундтан кейін жауаптарың сақталып, сауалнама тоқтатылады. Жалғастыру үшін кез келген пернені бас.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="283"/>
        <source>Are you still there? In %n seconds your results will be closed (they stay saved). Press any key to continue.</source>
        <translation>
            <numerusform>Сен әлі осындасың ба? %n секундтан кейін нәтижелерің жабылады (олар сақталып қалады). Жалғастыру үшін кез келген пернені бас.</numerusform>
            <numerusform>Сен әлі осындасың ба? %n секундтан кейін нәтижелерің жабылады (олар сақталып қалады). Жалғастыру үшін кез келген пернені бас.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="49"/>
        <source>class set up</source>
        <translation>сынып енгізілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="50"/>
        <source>class taken off the list</source>
        <translation>сынып тізімнен алынды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="51"/>
        <source>classes merged</source>
        <translation>сыныптар біріктірілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="52"/>
        <source>student&apos;s name or class corrected</source>
        <translation>оқушының аты-жөні немесе сыныбы түзетілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="53"/>
        <source>follow-up marked</source>
        <translation>келесі қадам белгіленді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="54"/>
        <source>sessions exported for another PC</source>
        <translation>сеанстар басқа компьютерге экспортталды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="55"/>
        <source>sessions imported from another PC</source>
        <translation>сеанстар басқа компьютерден импортталды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="58"/>
        <source>When (local time, %1)</source>
        <translation>Уақыты (жергілікті, %1)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="64"/>
        <source>student No. %1</source>
        <translation>№ %1 оқушы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="71"/>
        <source>student report: %1</source>
        <translation>оқушы есебі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="73"/>
        <source>class report: %1</source>
        <translation>сынып есебі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="74"/>
        <source>named class list: %1</source>
        <translation>аты-жөні бар сынып тізімі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="76"/>
        <source>students&apos; reports of %1: %2</source>
        <translation>%1 сыныбы оқушыларының есептері: %2</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="77"/>
        <source>results of %1 (%2)</source>
        <translation>нәтижелер: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="78"/>
        <source>whole school</source>
        <translation>бүкіл мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="80"/>
        <source>district summary, %1</source>
        <translation>аудандық жиынтық, %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="83"/>
        <source>%1 summaries merged</source>
        <translation>біріктірілген жиынтықтар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="85"/>
        <source>records kept for %1 months</source>
        <translation>жазбаларды сақтау мерзімі: %1 ай</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="86"/>
        <source>%1 students deleted</source>
        <translation>өшірілген оқушылар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="89"/>
        <source>retest</source>
        <translation>қайта толтыру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="89"/>
        <source>talk to</source>
        <translation>әңгімелесу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="90"/>
        <source>mark cleared</source>
        <translation>белгі алынды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="91"/>
        <source>%1: %2 students</source>
        <translation>%1: %2 оқушы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="93"/>
        <source>password</source>
        <translation>құпиясөз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="94"/>
        <source>recovery key</source>
        <translation>қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/audit_texts.py" line="95"/>
        <source>edition %1</source>
        <translation>%1-басылым</translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message numerus="yes">
        <location filename="../../ui/explorer/cards.py" line="38"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>мемлекеттік тапсырыс бойынша %n орын</numerusform>
            <numerusform>мемлекеттік тапсырыс бойынша %n орын</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="53"/>
        <source>all specialities</source>
        <translation>барлық мамандықтар</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="55"/>
        <source>%1 of %2 graduates employed (%3%)</source>
        <translation>Түлектер: %2, жұмысқа орналасқаны: %1 (%3%)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="64"/>
        <source>Code status</source>
        <translation>Код мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="67"/>
        <source>Qualifications</source>
        <translation>Біліктіліктер</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="70"/>
        <source>Study length</source>
        <translation>Оқу мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="74"/>
        <source>Leads to</source>
        <translation>Қандай кәсіпке апарады</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="78"/>
        <source>Colleges</source>
        <translation>Колледждер</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="83"/>
        <source>No college of the region teaches it.</source>
        <translation>Облыстың бірде-бір колледжі оқытпайды.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="86"/>
        <location filename="../../ui/explorer/cards.py" line="111"/>
        <source>Graduate employment</source>
        <translation>Түлектердің жұмысқа орналасуы</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="94"/>
        <source>yes</source>
        <translation>бар</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="94"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="39"/>
        <source>places not published</source>
        <translation>орын саны жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="95"/>
        <source>state</source>
        <translation>мемлекеттік</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="95"/>
        <source>private</source>
        <translation>жеке</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="97"/>
        <location filename="../../ui/explorer/cards.py" line="124"/>
        <source>Town</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="98"/>
        <location filename="../../ui/explorer/cards.py" line="122"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="99"/>
        <source>Languages of study</source>
        <translation>Оқыту тілдері</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="100"/>
        <source>Dormitory</source>
        <translation>Жатақхана</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="100"/>
        <source>Ownership</source>
        <translation>Меншік нысаны</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="101"/>
        <location filename="../../ui/explorer/cards.py" line="128"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="103"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="106"/>
        <source>Specialities and places</source>
        <translation>Мамандықтар мен орындар</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="114"/>
        <source>Partner employers (memoranda)</source>
        <translation>Серіктес жұмыс берушілер (меморандумдар)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="120"/>
        <source>Industry</source>
        <translation>Сала</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="126"/>
        <source>Employees</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="136"/>
        <source>Professions in demand (new jobs)</source>
        <translation>Сұранысқа ие кәсіптер (жаңа жұмыс орындары)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/cards.py" line="144"/>
        <source>Partner colleges (memoranda)</source>
        <translation>Серіктес колледждер (меморандумдар)</translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <location filename="../../ui/chart_texts.py" line="18"/>
        <source>Your interest profile</source>
        <translation>Қызығушылықтарыңның бейіні</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="19"/>
        <source>% of the maximum score</source>
        <translation>ең жоғары ұпайдан, %</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="20"/>
        <source>Your Holland code: {code}</source>
        <translation>Холланд бойынша кодың: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="22"/>
        <source>Your interests are evenly spread: the code is not clear-cut.</source>
        <translation>Қызығушылықтарың біркелкі бөлінген: код айқын емес.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="23"/>
        <source>What you prefer to work with</source>
        <translation>Немен жұмыс істегенді қалайсың</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="24"/>
        <source>Choices (out of 8)</source>
        <translation>Таңдаулар (8-ден)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="25"/>
        <source>No interest</source>
        <translation>Қызығушылық жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="26"/>
        <source>Moderate interest</source>
        <translation>Орташа қызығушылық</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="27"/>
        <source>Pronounced interest</source>
        <translation>Айқын қызығушылық</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="28"/>
        <source>New jobs</source>
        <translation>Жаңа орындар</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="29"/>
        <source>New jobs by industry, {year}</source>
        <translation>Салалар бойынша жаңа жұмыс орындары, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="30"/>
        <source>Other industries</source>
        <translation>Басқа салалар</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="31"/>
        <source>New jobs by district, {year}</source>
        <translation>Аудандар бойынша жаңа жұмыс орындары, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="32"/>
        <source>Other districts</source>
        <translation>Басқа аудандар</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="34"/>
        <source>Working professions and specialists among new jobs, {year}</source>
        <translation>Жаңа жұмыс орындарындағы жұмысшы кәсіптері мен мамандар, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="35"/>
        <source>Working professions</source>
        <translation>Жұмысшы кәсіптері</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="36"/>
        <source>Mid-level specialists</source>
        <translation>Орта буын мамандары</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="38"/>
        <source>Published figure: {share}% working professions</source>
        <translation>Жарияланған көрсеткіш: жұмысшы кәсіптері — {share}%</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="39"/>
        <source>Share of new jobs ({total} in all)</source>
        <translation>Жаңа жұмыс орындарының үлесі (барлығы {total})</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="41"/>
        <source>Professions with the most new jobs, {first}–{last}</source>
        <translation>Жаңа жұмыс орны ең көп кәсіптер, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="42"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="43"/>
        <source>Graduates employed by speciality</source>
        <translation>Мамандықтар бойынша түлектердің жұмысқа орналасуы</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="45"/>
        <source>Graduates employed by speciality, {period}</source>
        <translation>Мамандықтар бойынша түлектердің жұмысқа орналасуы, {period}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="46"/>
        <source>Graduates employed, %</source>
        <translation>Жұмысқа орналасқан түлектер, %</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="48"/>
        <source>The {n} specialities with the most graduates</source>
        <translation>Түлегі ең көп {n} мамандық</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="49"/>
        <source>Region: {share}%</source>
        <translation>Облыс бойынша: {share}%</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="50"/>
        <source>{profession}: new jobs by year</source>
        <translation>{profession}: жылдар бойынша жаңа жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="51"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="53"/>
        <source>{college}: state-funded places by speciality</source>
        <translation>{college}: мамандықтар бойынша мемлекеттік тапсырыс орындары</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="54"/>
        <source>State-funded places</source>
        <translation>Мемлекеттік тапсырыс орындары</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="55"/>
        <source>Kazakh groups</source>
        <translation>Қазақ тілді топтар</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="56"/>
        <source>Russian groups</source>
        <translation>Орыс тілді топтар</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="57"/>
        <source>English groups</source>
        <translation>Ағылшын тілді топтар</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="58"/>
        <source>No data</source>
        <translation>Дерек жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="59"/>
        <source>Sources: {sources}.</source>
        <translation>Дереккөздер: {sources}.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="61"/>
        <source>Sources: {sources}. {share}% of the figures are estimates or samples.</source>
        <translation>Дереккөздер: {sources}. Көрсеткіштердің {share}%-ы — есептеме немесе мысал.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="62"/>
        <source>{count} more</source>
        <translation>тағы {count}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="63"/>
        <source>official</source>
        <translation>ресми</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="64"/>
        <source>press</source>
        <translation>баспасөз</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="65"/>
        <source>estimate</source>
        <translation>есептеме</translation>
    </message>
    <message>
        <location filename="../../ui/chart_texts.py" line="66"/>
        <source>sample</source>
        <translation>мысал</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/chart_widget.py" line="75"/>
        <location filename="../../ui/chart_widget.py" line="166"/>
        <source>Save as image…</source>
        <translation>Сурет ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="76"/>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Бұл диаграмманы PNG немесе SVG файлы ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="155"/>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="155"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG суреті (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="157"/>
        <source>Save chart as image</source>
        <translation>Диаграмманы сурет ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/chart_widget.py" line="167"/>
        <source>The chart could not be saved:
{error}</source>
        <translation>Диаграмманы сақтау мүмкін болмады:
{error}</translation>
    </message>
</context>
<context>
    <name>ClassesDialog</name>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="41"/>
        <source>The school&apos;s classes</source>
        <translation>Мектептің сыныптары</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="43"/>
        <source>Students choose their class from this list. Set up every class of the school once: a grade and a letter.</source>
        <translation>Оқушылар өз сыныбын осы тізімнен таңдайды. Мектептің әр сыныбын бір рет енгізіңіз: сынып нөмірі мен әрпі.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="55"/>
        <source>e.g. Ә</source>
        <translation>мысалы, Ә</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="56"/>
        <source>Add class</source>
        <translation>Сынып қосу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="59"/>
        <source>Take off the list</source>
        <translation>Тізімнен алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="66"/>
        <source>Merge the ticked spellings into their class</source>
        <translation>Белгіленген жазылуларды өз сыныбына біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="73"/>
        <source>Move the students</source>
        <translation>Оқушыларды ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="78"/>
        <source>Grade:</source>
        <translation>Сынып (нөмірі):</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="80"/>
        <source>Letter:</source>
        <translation>Әрпі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="85"/>
        <source>Classes of the school</source>
        <translation>Мектеп сыныптары</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="90"/>
        <source>Classes typed in different ways</source>
        <translation>Әртүрлі жазылған сыныптар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="92"/>
        <source>Students typed these class names themselves. Tick the ones that mean the class shown and merge them.</source>
        <translation>Бұл сынып атауларын оқушылар өздері жазған. Көрсетілген сыныпты білдіретіндерін белгілеп, біріктіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="99"/>
        <source>Students of class:</source>
        <translation>Мына сыныптың оқушыларын:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="100"/>
        <source>move to class:</source>
        <translation>мына сыныпқа ауыстыру:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="118"/>
        <source>%1 — %n student(s)</source>
        <translation>
            <numerusform>%1 — %n оқушы</numerusform>
            <numerusform>%1 — %n оқушы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="125"/>
        <source>«%1» (%n student(s)) → %2</source>
        <translation>
            <numerusform>«%1» (%n оқушы) → %2</numerusform>
            <numerusform>«%1» (%n оқушы) → %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="136"/>
        <source>%1 (%n student(s))</source>
        <translation>
            <numerusform>%1 (%n оқушы)</numerusform>
            <numerusform>%1 (%n оқушы)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="146"/>
        <source>A class letter is one letter, such as А or Ә.</source>
        <translation>Сынып әрпі — бір ғана әріп, мысалы А немесе Ә.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="150"/>
        <source>Added: %1</source>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="161"/>
        <source>%1 is off the students&apos; list; its students and results stay.</source>
        <translation>%1 сыныбы оқушылар тізімінен алынды; оның оқушылары мен нәтижелері сақталады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/classes_dialog.py" line="179"/>
        <location filename="../../ui/counsellor/classes_dialog.py" line="194"/>
        <source>%n student(s) moved.</source>
        <translation>
            <numerusform>%n оқушы ауыстырылды.</numerusform>
            <numerusform>%n оқушы ауыстырылды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="186"/>
        <source>Choose two different classes.</source>
        <translation>Екі түрлі сыныпты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="189"/>
        <source>Move every student of %1 to %2?</source>
        <translation>%1 сыныбының барлық оқушысын %2 сыныбына ауыстырасыз ба?</translation>
    </message>
</context>
<context>
    <name>ContextFields</name>
    <message>
        <location filename="../../ui/student/context_fields.py" line="60"/>
        <source>In Kazakh</source>
        <translation>Қазақ тілінде</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="60"/>
        <source>In Russian</source>
        <translation>Орыс тілінде</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="61"/>
        <source>Either is fine</source>
        <translation>Екеуі де болады</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="64"/>
        <source>I would need a dormitory</source>
        <translation>Маған жатақхана керек</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="69"/>
        <source>Anywhere in the region</source>
        <translation>Облыстың кез келген жеріне</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="71"/>
        <source>Only in my district</source>
        <translation>Тек өз ауданымда</translation>
    </message>
    <message>
        <location filename="../../ui/student/context_fields.py" line="73"/>
        <source>Up to %1 km</source>
        <translation>%1 км-ге дейін</translation>
    </message>
</context>
<context>
    <name>CounsellorRoom</name>
    <message>
        <location filename="../../ui/counsellor/room.py" line="78"/>
        <source>Log out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="81"/>
        <source>Leave kiosk mode</source>
        <translation>Киоск режимінен шығу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="85"/>
        <source>Close Bagdar</source>
        <translation>Бағдарды жабу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="100"/>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="101"/>
        <source>Students</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="102"/>
        <source>Reports and exports</source>
        <translation>Есептер мен экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="103"/>
        <source>Paper mode</source>
        <translation>Қағаз режимі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="104"/>
        <source>Records safety</source>
        <translation>Жазбалар қауіпсіздігі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="105"/>
        <source>Atlas update</source>
        <translation>Атлас жаңартуы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="106"/>
        <source>Several PCs</source>
        <translation>Бірнеше компьютер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="107"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="218"/>
        <source>Counsellor&apos;s room</source>
        <translation>Кеңесші кабинеті</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="170"/>
        <location filename="../../ui/counsellor/room.py" line="202"/>
        <source>Student report</source>
        <translation>Оқушы есебі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="171"/>
        <source>Report for %1.</source>
        <translation>Оқушы есебі: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="173"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="174"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="185"/>
        <source>Save the student report</source>
        <translation>Оқушы есебін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="187"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="203"/>
        <source>Language of the report:</source>
        <translation>Есеп тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/room.py" line="241"/>
        <source>No activity for a while: you will be logged out in %1 seconds. Move the mouse or press a key to stay.</source>
        <translation>Біраз уақыт ешқандай әрекет болмады: %1 секундтан кейін кабинеттен шығасыз. Қалу үшін тінтуірді қозғаңыз немесе кез келген пернені басыңыз.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="137"/>
        <source>Completion by class</source>
        <translation>Сыныптар бойынша толтырылуы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="138"/>
        <location filename="../../ui/counsellor/dashboard.py" line="227"/>
        <source>Students to look at</source>
        <translation>Назар аударатын оқушылар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="139"/>
        <source>Classes and the region&apos;s new jobs</source>
        <translation>Сыныптар және өңірдің жаңа жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="140"/>
        <source>Classes…</source>
        <translation>Сыныптар…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="142"/>
        <source>Their latest questionnaire was answered very fast, inconsistently, left unfinished or came out flat. Mark what to do: take it again, or a talk.</source>
        <translation>Бұл оқушылардың соңғы сауалнамасы тым жылдам немесе қайшы толтырылған, аяқталмаған не біркелкі бейін шыққан. Не істеу керегін белгілеңіз: қайта толтыру немесе әңгімелесу.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="145"/>
        <source>The type most students of the class chose, the type of most of the region&apos;s new jobs (%1), and the type the region needs most above the class&apos;s share.</source>
        <translation>Сынып оқушыларының көпшілігі таңдаған түр, өңірдегі жаңа жұмыс орындарының ең көбі тиесілі түр (%1) және өңірдің қажеттілігі сыныптағы үлесінен ең көп асып түсетін түр.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="148"/>
        <source>Retest</source>
        <translation>Қайта толтыру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="149"/>
        <source>Talk to</source>
        <translation>Әңгімелесу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="150"/>
        <source>Clear the mark</source>
        <translation>Белгіні алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="151"/>
        <source>Open student…</source>
        <translation>Оқушыны ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="161"/>
        <source>unfinished</source>
        <translation>аяқталмаған</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="161"/>
        <source>too fast</source>
        <translation>тым жылдам</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="162"/>
        <source>inconsistent halves</source>
        <translation>екі жартысының жауаптары сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="162"/>
        <source>flat profile</source>
        <translation>біркелкі бейін</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="165"/>
        <source>retest</source>
        <translation>қайта толтыру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="165"/>
        <source>talk to</source>
        <translation>әңгімелесу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="173"/>
        <source>Set up the school&apos;s classes once, so that students pick theirs from a list.</source>
        <translation>Оқушылар өз сыныбын тізімнен таңдай алуы үшін мектеп сыныптарын бір рет енгізіңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/dashboard.py" line="176"/>
        <source>%n class name(s) typed in another way can be merged into the class they mean.</source>
        <translation>
            <numerusform>Басқаша жазылған %n сынып атауын өзі білдіретін сыныпқа біріктіруге болады.</numerusform>
            <numerusform>Басқаша жазылған %n сынып атауын өзі білдіретін сыныпқа біріктіруге болады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="181"/>
        <location filename="../../ui/counsellor/dashboard.py" line="187"/>
        <location filename="../../ui/counsellor/dashboard.py" line="217"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="181"/>
        <source>Students</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="181"/>
        <source>Completed</source>
        <translation>Толтырғандар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="182"/>
        <source>Half-way</source>
        <translation>Аяқтамағандар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="182"/>
        <source>Not started</source>
        <translation>Бастамағандар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="187"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="187"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="188"/>
        <source>Follow-up</source>
        <translation>Келесі қадам</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="210"/>
        <source>%1: %2% of the class, %3% of new jobs</source>
        <translation>%1: сыныптың %2%-ы, жаңа жұмыс орындарының %3%-ы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="217"/>
        <source>Clear profiles</source>
        <translation>Айқын бейіндер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="217"/>
        <source>Class&apos;s type</source>
        <translation>Сынып түрі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="218"/>
        <source>Region&apos;s type</source>
        <translation>Өңір түрі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="218"/>
        <source>Biggest gap</source>
        <translation>Ең үлкен алшақтық</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/dashboard.py" line="228"/>
        <source>Choose a student in the list first.</source>
        <translation>Алдымен тізімнен оқушыны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>EditStudentDialog</name>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="207"/>
        <source>Edit student</source>
        <translation>Оқушы деректерін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="222"/>
        <source>Name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="223"/>
        <source>Class:</source>
        <translation>Сынып:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="236"/>
        <source>Choose one of the school&apos;s classes (set them up with “Classes…”).</source>
        <translation>Мектеп сыныптарының бірін таңдаңыз (оларды «Сыныптар…» батырмасымен енгізіңіз).</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/classes_dialog.py" line="242"/>
        <source>Type the student&apos;s name.</source>
        <translation>Оқушының аты-жөнін енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="127"/>
        <source>← Back to my professions</source>
        <translation>← Менің кәсіптеріме оралу</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="128"/>
        <source>← Back to start</source>
        <translation>← Басына оралу</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="129"/>
        <source>Back (Alt+←)</source>
        <translation>Артқа (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="130"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="131"/>
        <source>Forward (Alt+→)</source>
        <translation>Алға (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="132"/>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="134"/>
        <source>Search professions, specialities, colleges, employers…</source>
        <translation>Кәсіптерді, колледж мамандықтарын, колледждерді, жұмыс берушілерді іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="135"/>
        <source>Search the atlas</source>
        <translation>Атластан іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="136"/>
        <source>Regional overview</source>
        <translation>Өңірге шолу</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="137"/>
        <source>About the data…</source>
        <translation>Деректер туралы…</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="143"/>
        <source>edition %1 of %2</source>
        <translation>%1-басылым (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="145"/>
        <source>Data status (rows by kind of source): %1</source>
        <translation>Деректердің күйі (дереккөз түрі бойынша жолдар): %1</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="160"/>
        <source>Professions</source>
        <translation>Кәсіптер</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="160"/>
        <source>Specialities</source>
        <translation>Колледж мамандықтары</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="161"/>
        <source>Colleges</source>
        <translation>Колледждер</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="161"/>
        <source>Employers</source>
        <translation>Жұмыс берушілер</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="197"/>
        <source>Nothing found for «%1». Try a shorter part of the word or another name for it; Kazakh without its special letters, Latin letters and small typos are fine.</source>
        <translation>«%1» бойынша ештеңе табылмады. Сөздің қысқарақ бөлігін немесе басқа атауын жазып көр; қазақ сөздерін арнайы әріптерсіз немесе латын әріптерімен жазуға болады, шағын қате де кедергі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="204"/>
        <source>By industry</source>
        <translation>Салалар бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer.py" line="212"/>
        <source>By district</source>
        <translation>Аудандар бойынша</translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="16"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="17"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="18"/>
        <source>Grade</source>
        <translation>Сынып (нөмірі)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="19"/>
        <source>Home district</source>
        <translation>Ауданы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="20"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="21"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="22"/>
        <source>Holland code</source>
        <translation>Холланд коды</translation>
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
        <translation>ДДО табиғат</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="30"/>
        <source>DDO technology</source>
        <translation>ДДО техника</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="31"/>
        <source>DDO people</source>
        <translation>ДДО адам</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="32"/>
        <source>DDO signs</source>
        <translation>ДДО белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="33"/>
        <source>DDO art</source>
        <translation>ДДО көркем бейне</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="34"/>
        <source>Quality flags</source>
        <translation>Сапа белгілері</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="35"/>
        <source>Profession 1</source>
        <translation>Кәсіп 1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="36"/>
        <source>Profession 2</source>
        <translation>Кәсіп 2</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="37"/>
        <source>Profession 3</source>
        <translation>Кәсіп 3</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="38"/>
        <source>Counsellor&apos;s comment</source>
        <translation>Кеңесші пікірі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="39"/>
        <source>flag:incomplete</source>
        <translation>толық емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="40"/>
        <source>flag:flat</source>
        <translation>біркелкі бейін</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="41"/>
        <source>flag:mostly_unsure</source>
        <translation>көбіне «айту қиын»</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="42"/>
        <source>flag:too_fast</source>
        <translation>тым жылдам</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="43"/>
        <source>flag:inconsistent</source>
        <translation>екі жартысының жауаптары сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="44"/>
        <source>programme:full</source>
        <translation>қызығушылықтар, толық</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="45"/>
        <source>programme:short</source>
        <translation>қызығушылықтар, қысқа</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="46"/>
        <source>programme:ddo</source>
        <translation>ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="47"/>
        <source>programme:full+ddo</source>
        <translation>толық + ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/export_texts.py" line="48"/>
        <source>programme:short+ddo</source>
        <translation>қысқа + ДДО</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../ui/student/finish_page.py" line="96"/>
        <source>Thank you!</source>
        <translation>Рақмет!</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="98"/>
        <source>Your answers and results are saved. Take your plan with you: photograph the code with your phone, or save or print the page. When you press Done, this computer is ready for the next student.</source>
        <translation>Жауаптарың мен нәтижелерің сақталды. Жоспарыңды өзіңмен ала кет: кодты телефоныңмен суретке түсір немесе бетті сақта не басып шығар. «Дайын» батырмасын басқанда, компьютер келесі оқушыға дайын болады.</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="101"/>
        <source>Your answers and results are saved. When you press Done, this computer is ready for the next student.</source>
        <translation>Жауаптарың мен нәтижелерің сақталды. «Дайын» батырмасын басқанда, компьютер келесі оқушыға дайын болады.</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="103"/>
        <source>The code holds a short summary of your plan as text; no internet is needed.</source>
        <translation>Кодта жоспарыңның қысқаша мазмұны мәтін түрінде жазылған; интернет қажет емес.</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="106"/>
        <source>&amp;Save my plan as PDF…</source>
        <translation>Жоспарымды PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="106"/>
        <source>&amp;Print my plan</source>
        <translation>Жоспарымды &amp;басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="128"/>
        <source>my plan</source>
        <translation>менің жоспарым</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="129"/>
        <source>Save my plan</source>
        <translation>Жоспарымды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="130"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="137"/>
        <source>The plan could not be saved there: %1</source>
        <translation>Жоспарды ол жерге сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="140"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="148"/>
        <source>Your plan was sent to the printer.</source>
        <translation>Жоспарың принтерге жіберілді.</translation>
    </message>
    <message>
        <location filename="../../ui/student/finish_page.py" line="106"/>
        <source>&amp;Done</source>
        <translation>&amp;Дайын</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/counsellor/access.py" line="44"/>
        <source>Counsellor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="48"/>
        <source>Counsellor password</source>
        <translation>Кеңесші құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="54"/>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="55"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="60"/>
        <source>Forgot the password? Use the recovery key…</source>
        <translation>Құпиясөзді ұмыттыңыз ба? Қалпына келтіру кілтін пайдаланыңыз…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="65"/>
        <source>Counsellor password:</source>
        <translation>Кеңесші құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="75"/>
        <source>The counsellor password is missing from the records: the file was changed outside Bagdar. Set a new password with the recovery key.</source>
        <translation>Жазбаларда кеңесші құпиясөзі жоқ: файл Бағдардан тыс өзгертілген. Қалпына келтіру кілтімен жаңа құпиясөз орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="96"/>
        <source>Wrong password. Try again in %1 s.</source>
        <translation>Құпиясөз қате. %1 секундтан кейін қайта көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="181"/>
        <source>New recovery key</source>
        <translation>Жаңа қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="183"/>
        <source>The recovery key you used is now spent. Write down the new one and keep it away from students:</source>
        <translation>Пайдаланылған қалпына келтіру кілті енді жарамсыз. Жаңасын жазып алып, оқушылар таба алмайтын жерде сақтаңыз:</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <location filename="../../ui/student/match_card.py" line="62"/>
        <source>it matches what you like to do</source>
        <translation>сенің ұнататын ісіңе сай келеді</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="63"/>
        <source>it is the kind of work you chose most often</source>
        <translation>сен ең жиі таңдаған еңбек түріне жатады</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="64"/>
        <source>the region needs people for it</source>
        <translation>өңірге осы кәсіптің мамандары қажет</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="65"/>
        <source>you can study it near home</source>
        <translation>оны үйіңе жақын жерде оқуға болады</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="66"/>
        <source>it is a new profession in the region</source>
        <translation>өңір үшін жаңа кәсіп</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="79"/>
        <source>needed in the region and taught near you</source>
        <translation>өңірге қажет және саған жақын жерде оқытылады</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="81"/>
        <source>taught near you</source>
        <translation>саған жақын жерде оқытылады</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="82"/>
        <source>needed in the region</source>
        <translation>өңірге қажет</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="86"/>
        <source>length not published</source>
        <translation>оқу мерзімі жарияланбаған</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/match_card.py" line="89"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жыл</numerusform>
            <numerusform>%n жыл</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="90"/>
        <source>%1 years %2 months</source>
        <translation>%1 жыл %2 ай</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="97"/>
        <source>Why it is on your list (most important first):</source>
        <translation>Неге тізімде тұр (ең маңыздысы алдымен):</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="103"/>
        <source>Worth a look: it fits your interests less, but it is %1.</source>
        <translation>Назар аударуға тұрарлық: қызығушылықтарыңа азырақ сай келеді, бірақ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="107"/>
        <source>How to get there</source>
        <translation>Бұл кәсіпке апаратын жол</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="109"/>
        <source>No college of the region teaches it yet. Ask your counsellor where to study for it.</source>
        <translation>Әзірге облыстың бірде-бір колледжі бұл кәсіпке оқытпайды. Оны қайда оқуға болатынын кеңесшіңнен сұра.</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="113"/>
        <source>What to do next</source>
        <translation>Енді не істеу керек</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="117"/>
        <source>More about this profession in the explorer →</source>
        <translation>Бұл кәсіп туралы атластан толығырақ оқы →</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="121"/>
        <source>What the work is</source>
        <translation>Жұмыстың мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="125"/>
        <source>Not in the current atlas.</source>
        <translation>Қазіргі атласта жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="129"/>
        <source>Working conditions:</source>
        <translation>Еңбек жағдайлары:</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="133"/>
        <source>Where in the region:</source>
        <translation>Өңірдің қай жерінде:</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="149"/>
        <source>Speciality: %1</source>
        <translation>Мамандық: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="157"/>
        <source>No group of this speciality is open to you.</source>
        <translation>Бұл мамандық бойынша саған ашық топ жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="164"/>
        <source>Not open to you:</source>
        <translation>Саған ашық емес:</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="179"/>
        <source>private college (fee-paying)</source>
        <translation>жеке колледж (ақылы)</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="183"/>
        <source>address: %1</source>
        <translation>мекенжайы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="184"/>
        <source>address not published</source>
        <translation>мекенжайы жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="189"/>
        <source>after which grade: not published</source>
        <translation>қай сыныптан кейін қабылдайтыны: жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="193"/>
        <source>after grade %1: %2</source>
        <translation>%1-сыныптан кейін: %2</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="195"/>
        <source>taught in %1</source>
        <translation>оқу тілі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="57"/>
        <location filename="../../ui/student/match_card.py" line="197"/>
        <source>language of study: not published</source>
        <translation>оқу тілі: жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="199"/>
        <source>state college</source>
        <translation>мемлекеттік колледж</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="201"/>
        <source>state or private: not published</source>
        <translation>мемлекеттік пе, жеке ме: жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="203"/>
        <source>dormitory and state-funded places: check with the college</source>
        <translation>жатақхана мен мемлекеттік тапсырыс орындарын колледжден сұрап біл</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="205"/>
        <source>dormitory</source>
        <translation>жатақхана бар</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="205"/>
        <source>no dormitory</source>
        <translation>жатақхана жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="206"/>
        <source>dormitory: not published</source>
        <translation>жатақхана: мәлімет жарияланбаған</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/match_card.py" line="207"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>мемлекеттік тапсырыс бойынша %n орын</numerusform>
            <numerusform>мемлекеттік тапсырыс бойынша %n орын</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student/match_card.py" line="209"/>
        <source>state-funded places: not published</source>
        <translation>мемлекеттік тапсырыс орындары: жарияланбаған</translation>
    </message>
</context>
<context>
    <name>MyPlan</name>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="71"/>
        <source>My interests are spread evenly: no kind of work stands out yet.</source>
        <translation>Қызығушылықтарым біркелкі: әзірге ешбір еңбек түрі ерекшеленбейді.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="74"/>
        <source>What I like most: %1</source>
        <translation>Маған ең ұнайтыны: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="79"/>
        <source>no college of the region teaches it yet</source>
        <translation>әзірге облыстың бірде-бір колледжі бұған оқытпайды</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="82"/>
        <source>%1 — no group open to me yet</source>
        <translation>%1 — маған ашық топ әзірге жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="89"/>
        <source>after grade %1: %2</source>
        <translation>%1-сыныптан кейін: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="92"/>
        <source>after which grade: not published</source>
        <translation>қай сыныптан кейін қабылдайтыны: жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="96"/>
        <source>taught in %1</source>
        <translation>оқу тілі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="98"/>
        <source>language of study: not published</source>
        <translation>оқу тілі: жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="106"/>
        <source>Bagdar — my plan</source>
        <translation>Бағдар — менің жоспарым</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="112"/>
        <source>Colleges take applications from 20 June to about 20 August.</source>
        <translation>Колледждер құжаттарды 20 маусымнан шамамен 20 тамызға дейін қабылдайды.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="118"/>
        <source>My plan</source>
        <translation>Менің жоспарым</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="127"/>
        <source>The code on the right holds a short summary of this plan as text: photograph it with your phone.</source>
        <translation>Оң жақтағы кодта осы жоспардың қысқаша мазмұны мәтін түрінде жазылған: оны телефоныңмен суретке түсір.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="132"/>
        <source>Jobs our region needs</source>
        <translation>Өңірімізге қажет кәсіптер</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="133"/>
        <source>Professions to look at</source>
        <translation>Назар аударуға тұрарлық кәсіптер</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="137"/>
        <source>What to do next</source>
        <translation>Енді не істеу керек</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="142"/>
        <source>My code: %1</source>
        <translation>Менің кодым: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/my_plan.py" line="145"/>
        <source>My counsellor can find my results under my name and class.</source>
        <translation>Кеңесшім нәтижелерімді атым мен сыныбым бойынша таба алады.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../ui/student/next_steps.py" line="24"/>
        <source>After grade 9 you can apply with your certificate of basic secondary education.</source>
        <translation>9-сыныптан кейін негізгі орта білім туралы куәлікпен құжат тапсыруға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="27"/>
        <source>After grade 11 you can apply with your certificate of general secondary education; study is then shorter.</source>
        <translation>11-сыныптан кейін жалпы орта білім туралы аттестатпен құжат тапсыруға болады; бұл жағдайда оқу мерзімі қысқарақ.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="30"/>
        <source>Talk about your list with your family and your counsellor. Read about the professions in the explorer.</source>
        <translation>Тізіміңді отбасыңмен және кеңесшіңмен талқыла. Кәсіптер туралы атластан оқы.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="33"/>
        <source>Colleges take applications in summer: from 20 June to about 20 August. For art, music and sport specialities there is an entrance exam, so apply earlier — by about 20 July.</source>
        <translation>Колледждер құжаттарды жазда қабылдайды: 20 маусымнан шамамен 20 тамызға дейін. Өнер, музыка және спорт мамандықтарына түсу емтиханы бар, сондықтан құжатты ертерек — шамамен 20 шілдеге дейін тапсыр.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="36"/>
        <source>Apply at the college&apos;s admissions office or online at egov.kz. Usually you need: an application, your school certificate, photos 3×4, a medical certificate and your ID card.</source>
        <translation>Құжаттарды колледждің қабылдау комиссиясына немесе egov.kz арқылы онлайн тапсыруға болады. Әдетте мыналар керек: өтініш, мектеп бітіргені туралы құжат, 3×4 өлшемді фотосуреттер, медициналық анықтама және жеке куәлік.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="39"/>
        <source>State-funded (free) places are given by competition. Ask the college how many places there are this year and whether it has a dormitory.</source>
        <translation>Мемлекеттік тапсырыс бойынша (тегін) орындар конкурс арқылы беріледі. Биыл қанша орын барын және жатақхананың бар-жоғын колледжден сұра.</translation>
    </message>
    <message>
        <location filename="../../ui/student/next_steps.py" line="44"/>
        <source>Source: the model rules of admission to colleges (order No. 578 of 18.10.2018), adilet.zan.kz. Dates can change a little each year — check them with the college.</source>
        <translation>Дереккөз: колледждерге оқуға қабылдаудың үлгілік қағидалары (18.10.2018 ж. № 578 бұйрық), adilet.zan.kz. Мерзімдер жыл сайын аздап өзгеруі мүмкін — колледжден нақтыла.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="110"/>
        <source>Industries</source>
        <translation>Салалар</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="110"/>
        <source>Working professions</source>
        <translation>Жұмысшы кәсіптері</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="110"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="111"/>
        <source>Most needed</source>
        <translation>Ең қажетті</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="111"/>
        <source>Graduates</source>
        <translation>Түлектер</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="114"/>
        <source>The region at a glance</source>
        <translation>Өңірге қысқаша шолу</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="115"/>
        <source>Key facts</source>
        <translation>Негізгі деректер</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/charts_panel.py" line="133"/>
        <source>The charts in the next tabs split these published totals; each says how much of it is an estimate or an example.</source>
        <translation>Келесі беттердегі диаграммалар осы жарияланған жалпы сандарды бөліп көрсетеді; әрқайсысында оның қанша бөлігі есептеме немесе мысал екені жазылған.</translation>
    </message>
</context>
<context>
    <name>PaperTab</name>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="52"/>
        <source>Either is fine</source>
        <translation>Екеуі де болады</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="52"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="53"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="55"/>
        <source>Needs a dormitory</source>
        <translation>Жатақхана керек</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="87"/>
        <source>Save blank answer sheets as PDF…</source>
        <translation>Бос жауап парақтарын PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="89"/>
        <source>Check, score and save</source>
        <translation>Тексеру, есептеу және сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="93"/>
        <source>Student&apos;s name:</source>
        <translation>Оқушының аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="94"/>
        <source>Class:</source>
        <translation>Сынып:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="95"/>
        <source>Grade:</source>
        <translation>Сынып (нөмірі):</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="96"/>
        <source>Home district:</source>
        <translation>Тұратын ауданы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="97"/>
        <source>Language of study:</source>
        <translation>Оқу тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="99"/>
        <source>Questionnaires on the sheet:</source>
        <translation>Парақтағы сауалнамалар:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="100"/>
        <source>Interests, 1–5 per item:</source>
        <translation>Қызығушылықтар, әр сұраққа 1–5:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="102"/>
        <source>DDO, a or b per pair:</source>
        <translation>ДДО, әр жұпқа a немесе b:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="104"/>
        <source>Type the answers in the sheet&apos;s order. Spaces and new lines are ignored, so you can type in groups of ten.</source>
        <translation>Жауаптарды парақтағы ретімен енгізіңіз. Бос орындар мен жаңа жолдар ескерілмейді, сондықтан он-оннан бөліп енгізуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="145"/>
        <source>Paper mode</source>
        <translation>Қағаз режимі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="146"/>
        <source>%1 of this class already has records. Add this sheet to them, or record a new student with the same name?</source>
        <translation>Бұл сыныпта «%1» деген оқушының жазбалары бұрыннан бар. Осы парақты соларға қосасыз ба, әлде осы атпен жаңа оқушы тіркейсіз бе?</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="148"/>
        <source>Add to this student</source>
        <translation>Осы оқушыға қосу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="150"/>
        <source>A new student</source>
        <translation>Жаңа оқушы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="169"/>
        <source>DDO</source>
        <translation>ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="169"/>
        <source>Interests</source>
        <translation>Қызығушылықтар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="171"/>
        <source>%1, item %2: “%3” is not a possible answer</source>
        <translation>%1, %2-сұрақ: «%3» — жарамсыз жауап</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="172"/>
        <source>%1, item %2: no answer typed</source>
        <translation>%1, %2-сұрақ: жауап енгізілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="173"/>
        <source>%1: more answers than items, from item %2 (“%3”)</source>
        <translation>%1: жауаптар сұрақтардан көп, %2-сұрақтан бастап («%3»)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="180"/>
        <source>Type the student&apos;s name and class.</source>
        <translation>Оқушының аты-жөні мен сыныбын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="197"/>
        <source>Not saved.</source>
        <translation>Сақталмады.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="212"/>
        <source>Saved for %1. Holland code: %2.</source>
        <translation>Сақталды: %1. Холланд коды: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="224"/>
        <source>Folder for the answer sheets</source>
        <translation>Жауап парақтарына арналған қалта</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/paper_tab.py" line="232"/>
        <source>Answer sheets saved in %1.</source>
        <translation>Жауап парақтары мына қалтаға сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>PauseCodeDialog</name>
    <message>
        <location filename="../../ui/student/dialogs.py" line="101"/>
        <source>Paused</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="102"/>
        <source>Your answers are saved. To continue later on this computer, choose “Continue with my code” and type:</source>
        <translation>Жауаптарың сақталды. Кейін осы компьютерде жалғастыру үшін «Кодыммен жалғастыру» батырмасын басып, мынаны жаз:</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="111"/>
        <source>I wrote it down</source>
        <translation>Жазып алдым</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/dialogs.py" line="149"/>
        <source>This window closes by itself in %n s.</source>
        <translation>
            <numerusform>Бұл терезе %n секундтан кейін өзі жабылады.</numerusform>
            <numerusform>Бұл терезе %n секундтан кейін өзі жабылады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="47"/>
        <source>Period of the summary</source>
        <translation>Жиынтық кезеңі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="54"/>
        <source>Each student counts once, by their latest completed questionnaire within the period.</source>
        <translation>Әр оқушы бір-ақ рет, кезең ішінде соңғы толтырған сауалнамасы бойынша есептеледі.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="58"/>
        <source>From:</source>
        <translation>Басы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="59"/>
        <source>To:</source>
        <translation>Соңы:</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="40"/>
        <location filename="../../ui/print_dialog.py" line="96"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="44"/>
        <source>No printer is set up on this computer. Save the report as a PDF instead and print it from a computer with a printer, or ask for a printer to be installed.</source>
        <translation>Бұл компьютерде принтер бапталмаған. Есепті PDF ретінде сақтап, принтері бар компьютерден басып шығарыңыз немесе принтер орнатуды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="57"/>
        <source>Printer:</source>
        <translation>Принтер:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="60"/>
        <source>Copies:</source>
        <translation>Дана саны:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="62"/>
        <source>All pages</source>
        <translation>Барлық беттер</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="63"/>
        <source>Pages from</source>
        <translation>Беттер:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="80"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="83"/>
        <source>Pages:</source>
        <translation>Басылатын беттер:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="86"/>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="87"/>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="89"/>
        <source>Orientation:</source>
        <translation>Бағдары:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="15"/>
        <source>the table file is missing</source>
        <translation>кесте файлы жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="16"/>
        <source>the file is empty: the first row must name the columns</source>
        <translation>файл бос: бірінші жолда бағандардың атаулары болуы керек</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="17"/>
        <source>the file is not UTF-8 ({detail}); it looks like {guess}: save it as &apos;CSV UTF-8&apos; in your spreadsheet program</source>
        <translation>файл UTF-8 кодтамасында емес ({detail}); оның кодтамасы {guess} сияқты: файлды электрондық кесте бағдарламасында &apos;CSV UTF-8&apos; ретінде сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="18"/>
        <source>the file was in Windows Cyrillic (cp1251) and has been converted to UTF-8; that encoding cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ і, so check the Kazakh texts (save as &apos;CSV UTF-8&apos; next time)</source>
        <translation>файл Windows кириллица кодтамасында (cp1251) болған және UTF-8 кодтамасына түрлендірілді; бұл кодтамада ә ғ қ ң ө ұ ү һ і қазақ әріптері жоқ, сондықтан қазақша мәтіндерді тексеріңіз (келесі рет &apos;CSV UTF-8&apos; ретінде сақтаңыз)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="19"/>
        <source>the file cannot be read as CSV: {detail}</source>
        <translation>файлды CSV ретінде оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="20"/>
        <source>the column is missing</source>
        <translation>баған жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="21"/>
        <source>unknown column (a typo? the expected columns are: {expected})</source>
        <translation>белгісіз баған (қате жазылған жоқ па? күтілетін бағандар: {expected})</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="22"/>
        <source>the column appears twice</source>
        <translation>баған екі рет кездеседі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="23"/>
        <source>the row has {found} cells, the header has {expected}</source>
        <translation>жолда {found} ұяшық бар, ал тақырып жолында — {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="24"/>
        <source>required value is empty</source>
        <translation>міндетті мән толтырылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="25"/>
        <source>duplicate key {value}: first used on line {first_line}</source>
        <translation>{value} кілті қайталанады: ол алғаш рет {first_line}-жолда қолданылған</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="26"/>
        <source>{value} does not exist in {table}.csv</source>
        <translation>{table}.csv файлында {value} жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="27"/>
        <source>{value} is not a valid id: use a-z, 0-9 and _</source>
        <translation>{value} — жарамсыз идентификатор: a-z, 0-9 және _ таңбаларын ғана пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="28"/>
        <source>{value} is not a whole number</source>
        <translation>{value} — бүтін сан емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="29"/>
        <source>{value} is not a number</source>
        <translation>{value} — сан емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="30"/>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} мәні рұқсат етілген ең кіші мәннен ({minimum}) аз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="31"/>
        <source>{value} must be 1 or 0</source>
        <translation>{value} мәні жарамсыз: 1 немесе 0 болуы керек</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="32"/>
        <source>{value} is not a year</source>
        <translation>{value} — жыл емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="33"/>
        <source>{value} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{value} — күн емес (YYYY, YYYY-MM немесе YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="34"/>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} рұқсат етілген мәндердің бірі емес: {choices}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="35"/>
        <source>{value} is malformed: expected {hint}</source>
        <translation>{value} пішімі қате: күтілетіні — {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="36"/>
        <source>{value} is not a RIASEC code: 1 to 3 different letters of R, I, A, S, E, C</source>
        <translation>{value} — RIASEC коды емес: R, I, A, S, E, C әріптерінің ішінен 1–3 әртүрлі әріп болуы керек</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="37"/>
        <source>{value} must equal the first 4 digits of the code {code}</source>
        <translation>{value} мәні {code} кодының алғашқы 4 цифрына тең болуы керек</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="38"/>
        <source>qualification {value} does not belong to speciality {code}</source>
        <translation>{value} біліктілігі {code} мамандығына жатпайды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="39"/>
        <source>at least one of after_9 and after_11 must be 1</source>
        <translation>after_9 және after_11 бағандарының кемінде біреуі 1 болуы керек</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="40"/>
        <source>employed ({employed}) is more than graduates ({graduates})</source>
        <translation>жұмысқа орналасқандар ({employed}) түлектерден ({graduates}) көп</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="41"/>
        <source>year_from ({year_from}) is after year_to ({year_to})</source>
        <translation>year_from ({year_from}) мәні year_to ({year_to}) мәнінен кейінгі жыл</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="42"/>
        <source>the key {value} is missing</source>
        <translation>{value} кілті жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="43"/>
        <source>a horizon is given but is_new is not 1</source>
        <translation>horizon көрсетілген, бірақ is_new мәні 1 емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="44"/>
        <source>the questionnaire&apos;s structure is broken: {detail}</source>
        <translation>сауалнаманың құрылымы бұзылған: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="45"/>
        <source>the file is too large ({size} bytes; the limit is {limit})</source>
        <translation>файл тым үлкен ({size} байт; шегі — {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="46"/>
        <source>this is not an atlas update: use a ZIP of CSV files or an XLSX workbook</source>
        <translation>бұл атлас жаңартуы емес: CSV файлдары бар ZIP мұрағатын немесе XLSX жұмыс кітабын пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="47"/>
        <source>the ZIP archive is damaged</source>
        <translation>ZIP мұрағаты бүлінген</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="48"/>
        <source>the workbook cannot be opened (damaged, or not an XLSX file)</source>
        <translation>жұмыс кітабын ашу мүмкін емес (бүлінген немесе XLSX файлы емес)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="49"/>
        <source>the sheet for this table is missing</source>
        <translation>бұл кестенің парағы жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="50"/>
        <source>the archive has too many files ({count}; the limit is {limit})</source>
        <translation>мұрағатта файлдар тым көп ({count}; шегі — {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="51"/>
        <source>a file in the archive points outside its folder: refused</source>
        <translation>мұрағаттағы файл өз қалтасынан тыс жерге сілтейді: қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="52"/>
        <source>a link in the archive: refused</source>
        <translation>мұрағатта сілтеме бар: қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="53"/>
        <source>a file in the archive unpacks too large ({size} bytes): refused</source>
        <translation>мұрағаттағы файл ашылғанда тым үлкен болады ({size} байт): қабылданбады</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="54"/>
        <source>the file cannot be read (a removed USB stick, or no permission)</source>
        <translation>файлды оқу мүмкін емес (USB флешка алынып қалған немесе рұқсат жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="55"/>
        <source>there is a value far outside the table, in cell {cell} (a table may use {rows} rows and {columns} columns): delete it</source>
        <translation>{cell} ұяшығында кестеден әлдеқайда тыс мән бар (кестеде ең көбі {rows} жол және {columns} баған болуы мүмкін): оны өшіріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="56"/>
        <source>the merged cells {cell} cover too large an area: unmerge them</source>
        <translation>{cell} біріктірілген ұяшықтары тым үлкен аумақты алады: оларды ажыратыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="57"/>
        <source>the workbook holds too many filled cells or too much text (the limit is {limit} cells)</source>
        <translation>жұмыс кітабында толтырылған ұяшықтар немесе мәтін тым көп (шегі — {limit} ұяшық)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="58"/>
        <source>the text is {length} characters long; this column allows {limit}</source>
        <translation>мәтіннің ұзындығы — {length} таңба; бұл бағанда ең көбі {limit} таңба болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="59"/>
        <source>the text holds an invisible control character ({char}) at position {position}: retype it</source>
        <translation>мәтінде көрінбейтін басқару таңбасы ({char}) бар, орны — {position}: мәтінді қайта теріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="60"/>
        <source>{value} is outside the allowed range {minimum} to {maximum}</source>
        <translation>{value} мәні рұқсат етілген аралықтан ({minimum}–{maximum}) тыс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="61"/>
        <source>the table has more than {limit} rows: is this the right file?</source>
        <translation>кестеде {limit} жолдан көп жол бар: бұл дұрыс файл ма?</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="62"/>
        <source>there are more than {limit} problems: the check stopped here; fix these first</source>
        <translation>мәселелер саны {limit} шегінен асты: тексеру осы жерде тоқтады; алдымен осыларды түзетіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="68"/>
        <source>3W or 4S and 8 digits</source>
        <translation>3W немесе 4S және 8 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="70"/>
        <source>3W or 4S and 8 digits, e.g. 3W07150501</source>
        <translation>3W немесе 4S және 8 цифр, мысалы 3W07150501</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="71"/>
        <source>8 digits</source>
        <translation>8 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="72"/>
        <source>8 digits, e.g. 07150500</source>
        <translation>8 цифр, мысалы 07150500</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="74"/>
        <source>an ISCO-08 unit group: 4 digits, e.g. 7212</source>
        <translation>ISCO-08 бастапқы тобы: 4 цифр, мысалы 7212</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="75"/>
        <source>the 4-digit ISCED-F detailed field</source>
        <translation>ISCED-F бойынша 4 цифрлы бағыт</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="76"/>
        <source>an unknown encoding</source>
        <translation>белгісіз кодтама</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="77"/>
        <source>Windows Cyrillic (cp1251)</source>
        <translation>Windows кирилл кодтамасы (cp1251)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/problem_texts.py" line="91"/>
        <source>row %1</source>
        <translation>%1-жол</translation>
    </message>
</context>
<context>
    <name>ProfessionView</name>
    <message>
        <location filename="../../ui/profession_view.py" line="32"/>
        <source>Realistic</source>
        <translation>Реалистік</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="32"/>
        <source>Investigative</source>
        <translation>Зерттеушілік</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="32"/>
        <source>Artistic</source>
        <translation>Шығармашылық</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33"/>
        <source>Social</source>
        <translation>Әлеуметтік</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33"/>
        <source>Enterprising</source>
        <translation>Кәсіпкерлік</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="33"/>
        <source>Conventional</source>
        <translation>Жүйелі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38"/>
        <source>Person – Nature</source>
        <translation>Адам – Табиғат</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="38"/>
        <source>Person – Technology</source>
        <translation>Адам – Техника</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="39"/>
        <source>Person – Person</source>
        <translation>Адам – Адам</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="39"/>
        <source>Person – Sign systems</source>
        <translation>Адам – Белгілер жүйесі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="40"/>
        <source>Person – Artistic image</source>
        <translation>Адам – Көркем бейне</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="44"/>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="50"/>
        <source>%1 y %2 m</source>
        <translation>%1 ж. %2 ай</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="62"/>
        <source>entry grade not published</source>
        <translation>қабылдау сыныбы жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="64"/>
        <source>after grade %1</source>
        <translation>%1-сыныптан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="64"/>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="68"/>
        <source>Working profession</source>
        <translation>Жұмысшы кәсібі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="68"/>
        <source>Specialist</source>
        <translation>Орта буын маманы</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="71"/>
        <source>New profession</source>
        <translation>Жаңа кәсіп</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="73"/>
        <source>in demand by %1</source>
        <translation>%1 жылға қарай сұранысқа ие болады</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="83"/>
        <source>Interest types it suits</source>
        <translation>Қай қызығушылық түрлеріне сай</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="83"/>
        <source>Type of work</source>
        <translation>Еңбек түрі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="87"/>
        <source>Key skills</source>
        <translation>Негізгі дағдылар</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="89"/>
        <source>School subjects</source>
        <translation>Мектеп пәндері</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="92"/>
        <source>Working conditions</source>
        <translation>Еңбек жағдайлары</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="106"/>
        <source>New jobs in the region</source>
        <translation>Өңірдегі жаңа жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="110"/>
        <source>Where to study</source>
        <translation>Қайда оқуға болады</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="111"/>
        <source>after grade 9</source>
        <translation>9-сыныптан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="111"/>
        <source>after grade 11</source>
        <translation>11-сыныптан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="120"/>
        <source>Qualifications</source>
        <translation>Біліктіліктер</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="121"/>
        <source>Study length</source>
        <translation>Оқу мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="124"/>
        <source>No college of the region teaches it.</source>
        <translation>Облыстың бірде-бір колледжі оқытпайды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profession_view.py" line="130"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>мемлекеттік тапсырыс бойынша %n орын</numerusform>
            <numerusform>мемлекеттік тапсырыс бойынша %n орын</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="131"/>
        <source>places not published</source>
        <translation>орын саны жарияланбаған</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profession_view.py" line="151"/>
        <source>%n new jobs</source>
        <translation>
            <numerusform>%n жаңа жұмыс орны</numerusform>
            <numerusform>%n жаңа жұмыс орны</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="153"/>
        <source>Employers</source>
        <translation>Жұмыс берушілер</translation>
    </message>
    <message>
        <location filename="../../ui/profession_view.py" line="162"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/student/profile_page.py" line="182"/>
        <source>No type stands out yet</source>
        <translation>Әзірге ешбір түр басым емес</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="184"/>
        <source>Equally strong: %1</source>
        <translation>Бірдей басым: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="199"/>
        <source>&amp;Explore professions</source>
        <translation>&amp;Кәсіптермен танысу</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="202"/>
        <source>Your answers do not point to one direction yet</source>
        <translation>Жауаптарың әзірге бір бағытты көрсетпейді</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="203"/>
        <source>See the jobs our region needs →</source>
        <translation>Өңірімізге қажет кәсіптер →</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="205"/>
        <source>Your profile — a first picture</source>
        <translation>Сенің бейінің — алдын ала нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="206"/>
        <source>Your profile</source>
        <translation>Сенің бейінің</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="207"/>
        <source>See professions that fit you →</source>
        <translation>Саған сай кәсіптер →</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="223"/>
        <source>Your strongest interests are equally strong: %1. Neither comes first, and the professions of each of them are listed.</source>
        <translation>Ең басты қызығушылықтарың бірдей басым: %1. Ешқайсысы алда емес, сондықтан тізімде әрқайсысына сай кәсіптер бар.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="227"/>
        <source>Your Holland code:</source>
        <translation>Холланд бойынша кодың:</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="237"/>
        <source>These types scored the same: %1. Their order in the code is by convention.</source>
        <translation>Бұл түрлер бірдей ұпай жинады: %1. Кодтағы реті шартты түрде алынды.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="246"/>
        <source>Talk with your counsellor: together you can find out what you enjoy and what you are good at.</source>
        <translation>Кеңесшіңмен сөйлес: ол саған не ұнайтынын және неге қабілетің барын анықтауға көмектеседі.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="248"/>
        <source>Explore the professions of our region: read what people do at work and where to study for it.</source>
        <translation>Өңіріміздің кәсіптерімен таныс: адамдар жұмыста не істейтінін және оны қайда оқуға болатынын оқы.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="250"/>
        <source>Look at the jobs our region needs most (next screen).</source>
        <translation>Өңірімізге ең қажет кәсіптерді қара (келесі бетте).</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="251"/>
        <source>You can take the questionnaire again later — interests become clearer with time.</source>
        <translation>Сауалнаманы кейін қайта толтыруға болады — қызығушылықтар уақыт өте айқындала түседі.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="258"/>
        <source>All your interests came out about the same. That is normal at your age: it means no kind of work stands out for you yet, not that something is wrong.</source>
        <translation>Барлық қызығушылықтарың шамамен бірдей шықты. Сенің жасыңда бұл қалыпты жағдай: бұл әзірге ешбір еңбек түрі ерекшеленбейтінін білдіреді, бірдеңе дұрыс емес дегенді білдірмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="253"/>
        <source>What you can do next:</source>
        <translation>Енді не істеуге болады:</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="267"/>
        <source>no interest</source>
        <translation>қызығушылық жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="267"/>
        <source>moderate interest</source>
        <translation>орташа қызығушылық</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="268"/>
        <source>pronounced interest</source>
        <translation>айқын қызығушылық</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="280"/>
        <source>Your answers were very similar to each other, so they do not point to one kind of work yet. That is fine — talk it through with your counsellor.</source>
        <translation>Жауаптарың бір-біріне өте ұқсас болды, сондықтан олар әзірге бір еңбек түрін көрсетпейді. Бұл қалыпты жағдай — кеңесшіңмен сөйлесіп көр.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="284"/>
        <source>You often chose “unsure”. Your counsellor can help you find out more about the activities you were not sure about.</source>
        <translation>Сен жиі «Айту қиын» деген жауапты таңдадың. Өзің сенімді болмаған істер туралы көбірек білуге кеңесшің көмектеседі.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="287"/>
        <source>You answered very quickly. If you like, take the questionnaire again another time, thinking about each activity.</source>
        <translation>Сен өте тез жауап бердің. Қаласаң, басқа уақытта әр істі ойланып, сауалнаманы қайта толтыр.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="290"/>
        <source>Some of your choices in the second part differed from the first part. Your counsellor can talk them through with you.</source>
        <translation>Екінші бөлімдегі кейбір таңдауларың біріншісінен өзгеше болды. Кеңесшің олар туралы сенімен сөйлесе алады.</translation>
    </message>
    <message>
        <location filename="../../ui/student/profile_page.py" line="293"/>
        <source>Some questions were left without an answer, so the picture is not complete.</source>
        <translation>Кейбір сұрақтар жауапсыз қалды, сондықтан нәтиже толық емес.</translation>
    </message>
</context>
<context>
    <name>ProgrammeNames</name>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="37"/>
        <source>Interests, full form (60 questions)</source>
        <translation>Қызығушылықтар, толық нұсқа (60 сұрақ)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="38"/>
        <source>Interests, short form (30 questions)</source>
        <translation>Қызығушылықтар, қысқа нұсқа (30 сұрақ)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="39"/>
        <source>Types of work, DDO (20 pairs)</source>
        <translation>Еңбек түрлері, ДДО (20 жұп)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="40"/>
        <source>Both: interests full form and DDO</source>
        <translation>Екеуі де: қызығушылықтар толық нұсқа және ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="41"/>
        <source>Both: interests short form and DDO</source>
        <translation>Екеуі де: қызығушылықтар қысқа нұсқа және ДДО</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="176"/>
        <source>about %1 min left</source>
        <translation>шамамен %1 мин қалды</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="180"/>
        <source>Which would you choose?</source>
        <translation>Қайсысын таңдар едің?</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="184"/>
        <source>Keys: ← or → to choose</source>
        <translation>Пернелер: таңдау үшін ← немесе →</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="192"/>
        <source>Keys: 1–5 to answer</source>
        <translation>Пернелер: жауап беру үшін 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="213"/>
        <source>which of two activities would you choose?</source>
        <translation>екі істің қайсысын таңдар едің?</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="215"/>
        <source>how much would you like each activity?</source>
        <translation>әр іс саған қаншалықты ұнар еді?</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="218"/>
        <source>Part %1 of %2: %3</source>
        <translation>%1-бөлім (барлығы %2): %3</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="224"/>
        <source>Well done — part 1 is finished!</source>
        <translation>Жарайсың — 1-бөлім аяқталды!</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="226"/>
        <source>In part 2 you will see two activities at a time. Imagine you could do either of them, and choose the one you would rather do — even if you like both or neither. Press ← for the left one or → for the right one, or click it. There are %1 pairs, about %2 minutes.</source>
        <translation>2-бөлімде саған бір мезгілде екі іс көрсетіледі. Екеуін де істей аласың деп елестет те, қайсысын көбірек істегің келетінін таңда — екеуі де ұнаса да, екеуі де ұнамаса да. Сол жақтағысын таңдау үшін ← пернесін, оң жақтағысы үшін → пернесін бас немесе тінтуірмен шерт. Барлығы %1 жұп, шамамен %2 минут.</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="231"/>
        <source>&amp;Start part 2</source>
        <translation>2-бөлімді &amp;бастау</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="232"/>
        <source>Press Enter or Space to start part 2</source>
        <translation>2-бөлімді бастау үшін Enter немесе Space пернесін бас</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="252"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../ui/student/questionnaire_page.py" line="252"/>
        <source>&amp;Pause</source>
        <translation>&amp;Үзіліс</translation>
    </message>
</context>
<context>
    <name>ReasonTexts</name>
    <message>
        <location filename="../../ui/student/reasons.py" line="28"/>
        <source>Realistic</source>
        <translation>Реалистік</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="28"/>
        <source>Investigative</source>
        <translation>Зерттеушілік</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="28"/>
        <source>Artistic</source>
        <translation>Шығармашылық</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="29"/>
        <source>Social</source>
        <translation>Әлеуметтік</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="29"/>
        <source>Enterprising</source>
        <translation>Кәсіпкерлік</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="29"/>
        <source>Conventional</source>
        <translation>Жүйелі</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="30"/>
        <source>Person – Nature</source>
        <translation>Адам – Табиғат</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="30"/>
        <source>Person – Technology</source>
        <translation>Адам – Техника</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="31"/>
        <source>Person – Person</source>
        <translation>Адам – Адам</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="31"/>
        <source>Person – Sign systems</source>
        <translation>Адам – Белгілер жүйесі</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="32"/>
        <source>Person – Artistic image</source>
        <translation>Адам – Көркем бейне</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="37"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="37"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="38"/>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="47"/>
        <source>matches your top interest: %1</source>
        <translation>ең басты қызығушылығыңа сай: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="49"/>
        <source>matches your interests: %1</source>
        <translation>қызығушылықтарыңа сай: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="51"/>
        <source>fits the type of work you chose most: %1</source>
        <translation>ең жиі таңдаған еңбек түріңе сай: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/reasons.py" line="53"/>
        <source>%n new jobs in the region by %1</source>
        <translation>
            <numerusform>%1 жылға қарай өңірде %n жаңа жұмыс орны</numerusform>
            <numerusform>%1 жылға қарай өңірде %n жаңа жұмыс орны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/reasons.py" line="69"/>
        <source>%n state-funded places</source>
        <translation>
            <numerusform>мемлекеттік тапсырыс бойынша %n орын</numerusform>
            <numerusform>мемлекеттік тапсырыс бойынша %n орын</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="55"/>
        <source>a new profession for the region</source>
        <translation>өңір үшін жаңа кәсіп</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="56"/>
        <source>by %1</source>
        <translation>%1 жылға қарай</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="58"/>
        <source>taught in your district (%1)</source>
        <translation>өз ауданыңда оқытылады (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="59"/>
        <source>taught in %1, about %2 km away</source>
        <translation>оқу орны: %1, шамамен %2 км</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="61"/>
        <source>no college group open to you yet — ask your counsellor</source>
        <translation>саған ашық колледж тобы әзірге жоқ — кеңесшіңнен сұра</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="63"/>
        <source>in your district</source>
        <translation>өз ауданыңда</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="64"/>
        <source>about %1 km away</source>
        <translation>шамамен %1 км</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="66"/>
        <source>group in %1</source>
        <translation>оқу тілі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="68"/>
        <source>dormitory available</source>
        <translation>жатақхана бар</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="70"/>
        <source>%1% of graduates employed</source>
        <translation>түлектердің %1%-ы жұмысқа орналасқан</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="79"/>
        <source>does not admit after your grade</source>
        <translation>сенің сыныбыңнан кейін қабылдамайды</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="80"/>
        <source>no group in your language</source>
        <translation>сенің тіліңде топ жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="81"/>
        <source>farther than you would travel</source>
        <translation>сен бара алатын қашықтықтан алыс</translation>
    </message>
    <message>
        <location filename="../../ui/student/reasons.py" line="82"/>
        <source>no dormitory</source>
        <translation>жатақхана жоқ</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="138"/>
        <source>Professions that fit you</source>
        <translation>Саған сай кәсіптер</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="136"/>
        <source>Jobs our region needs</source>
        <translation>Өңірімізге қажет кәсіптер</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="139"/>
        <source>← Your profile</source>
        <translation>← Сенің бейінің</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="140"/>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="141"/>
        <source>More about this profession →</source>
        <translation>Бұл кәсіп туралы толығырақ →</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="151"/>
        <source>fit %1%</source>
        <translation>сәйкестік %1%</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="191"/>
        <source>Your answers do not point to one kind of work yet, so these are not matched to you: they are jobs the region needs, from different fields. Talk them through with your counsellor.</source>
        <translation>Жауаптарың әзірге бір еңбек түрін көрсетпейді, сондықтан бұл тізім саған арнап іріктелмеген: бұлар — өңірге қажет, әр саладағы кәсіптер. Оларды кеңесшіңмен талқыла.</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="195"/>
        <source>Needed in the region:</source>
        <translation>Өңірге қажет:</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="198"/>
        <source>Choose a profession to see what the work is and where to study for it.</source>
        <translation>Жұмыстың мазмұнын және оны қайда оқуға болатынын көру үшін кәсіпті таңда.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/student/recommendations_page.py" line="201"/>
        <source>Fits you (%n):</source>
        <translation>
            <numerusform>Саған сай (%n):</numerusform>
            <numerusform>Саған сай (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="204"/>
        <source>No profession fits your answers clearly yet. Look at the ones worth a look below and talk them through with your counsellor.</source>
        <translation>Әзірге жауаптарыңа анық сай келетін кәсіп жоқ. Төмендегі назар аударуға тұрарлық кәсіптерді қарап шық та, оларды кеңесшіңмен талқыла.</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="206"/>
        <source>Worth a look — a weaker fit, but needed in the region or taught near you:</source>
        <translation>Назар аударуға тұрарлық — саған азырақ сай, бірақ өңірге қажет немесе жақын жерде оқытылады:</translation>
    </message>
    <message>
        <location filename="../../ui/student/recommendations_page.py" line="153"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
</context>
<context>
    <name>RegionalFacts</name>
    <message>
        <location filename="../../ui/about_data.py" line="42"/>
        <source>%1 is the Year of Working Professions in Kazakhstan.</source>
        <translation>%1 жыл — Қазақстанда Жұмысшы мамандықтары жылы.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="44"/>
        <source>More than %2 young people study in the region&apos;s %1 colleges.</source>
        <translation>Облыстың %1 колледжінде %2 адамнан астам жас оқиды.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="46"/>
        <source>%1 investment projects in 2025: more than %2 new jobs expected, %3% of them in working professions.</source>
        <translation>2025 жылы %1 инвестициялық жоба: %2 жаңа жұмыс орнынан астам күтілуде, оның %3%-ы — жұмысшы кәсіптерінде.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="49"/>
        <source>More than %1 state-funded graduates in the last three years; %2% of them found work.</source>
        <translation>Соңғы үш жылда мемлекеттік тапсырыс бойынша %1 түлектен астам даярланды; олардың %2%-ы жұмысқа орналасты.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="52"/>
        <source>Since %1 colleges train students to employers&apos; orders (targeted training).</source>
        <translation>%1 жылдан бері колледждер жұмыс берушілердің тапсырысы бойынша мамандар даярлайды (мақсатты даярлау).</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="55"/>
        <source>Planned for %1–%2: an IT hub, new specialities and career-guidance rooms in secondary schools.</source>
        <translation>%1–%2 жылдарға жоспарланғаны: IT-хаб, жаңа мамандықтар және мектептерде кәсіптік бағдар кабинеттері.</translation>
    </message>
    <message>
        <location filename="../../ui/about_data.py" line="58"/>
        <source>%1 memoranda signed between colleges and employers; which colleges and employers signed them is not published.</source>
        <translation>Колледждер мен жұмыс берушілер арасында қол қойылған меморандумдар: %1; оларға қай колледждер мен жұмыс берушілер қол қойғаны жарияланбаған.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="104"/>
        <source>Interests in the class ({n} students)</source>
        <translation>Сыныптағы қызығушылықтар ({n} оқушы)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="105"/>
        <source>First letter of the Holland code</source>
        <translation>Холланд кодының бірінші әрпі</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="106"/>
        <source>Most common Holland codes</source>
        <translation>Ең жиі кездесетін Холланд кодтары</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="107"/>
        <location filename="../../ui/reports/report_texts.py" line="229"/>
        <source>Students</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="108"/>
        <source>Types of work the class chose most ({n} students)</source>
        <translation>Сынып ең жиі таңдаған еңбек түрлері ({n} оқушы)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="109"/>
        <source>A student with a tie counts once for each tied type.</source>
        <translation>Бірнеше түрі бойынша тең ұпай жинаған оқушы әр түрде бір реттен есептеледі.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="110"/>
        <source>The class&apos;s interests and the region&apos;s new jobs</source>
        <translation>Сыныптың қызығушылықтары және өңірдің жаңа жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="111"/>
        <source>Class: students whose code starts with this letter</source>
        <translation>Сынып: коды осы әріптен басталатын оқушылар</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="112"/>
        <source>Region: new jobs {first}–{last} in professions of this type</source>
        <translation>Өңір: осы түрдегі кәсіптердегі жаңа жұмыс орындары, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="113"/>
        <source>Region: new jobs of {year} in professions of this type</source>
        <translation>Өңір: осы түрдегі кәсіптердегі жаңа жұмыс орындары, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="114"/>
        <source>Share, %</source>
        <translation>Үлес, %</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="115"/>
        <source>No clear type yet</source>
        <translation>Түрі әлі айқын емес</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="121"/>
        <source>Date: {date}</source>
        <translation>Күні: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="122"/>
        <source>Page {page} of {pages}</source>
        <translation>Бет {page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="123"/>
        <source>Class {class_name}</source>
        <translation>{class_name} сыныбы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="124"/>
        <source>Source status of the figures: {kinds}</source>
        <translation>Көрсеткіштердің дереккөз мәртебесі: {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="126"/>
        <source>Career guidance results</source>
        <translation>Кәсіптік бағдар беру нәтижелері</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="127"/>
        <source>Student: {name}</source>
        <translation>Оқушы: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="128"/>
        <source>Class: {class_name}</source>
        <translation>Сынып: {class_name}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="129"/>
        <source>Interests: the Holland questionnaire</source>
        <translation>Қызығушылықтар: Холланд сауалнамасы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="130"/>
        <source>Holland code: {code}</source>
        <translation>Холланд коды: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="131"/>
        <source>The code is made of the three types your child chose most. What they mean:</source>
        <translation>Код балаңыз ең жиі таңдаған үш түрден құралады. Олардың мағынасы:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="133"/>
        <source>Some types scored the same ({types}); their order in the code is by convention.</source>
        <translation>Кейбір түрлер бірдей ұпай жинады ({types}); олардың кодтағы реті шартты түрде белгіленген.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="135"/>
        <source>Types of work: Klimov&apos;s questionnaire</source>
        <translation>Еңбек түрлері: Климов сауалнамасы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="136"/>
        <source>{name}: {count} of 8 choices, {band}.</source>
        <translation>{name}: 8 таңдаудан {count}, {band}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="137"/>
        <source>no interest</source>
        <translation>қызығушылық жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="138"/>
        <source>moderate interest</source>
        <translation>орташа қызығушылық</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="139"/>
        <source>pronounced interest</source>
        <translation>айқын қызығушылық</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="140"/>
        <source>About the answers</source>
        <translation>Жауаптар туралы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="141"/>
        <source>The answers were very similar to each other, so they do not point to one kind of work yet. This is common at this age; a talk with the counsellor will help.</source>
        <translation>Жауаптар бір-біріне өте ұқсас болды, сондықтан әзірге бір еңбек түрін көрсетпейді. Мұндай жағдай осы жаста жиі кездеседі; кеңесшімен әңгімелесу көмектеседі.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="144"/>
        <source>Your child often chose “unsure”. Finding out more about those activities — at home, in a club or on a college open day — can help.</source>
        <translation>Балаңыз жиі «Айту қиын» деген жауапты таңдады. Сол істер туралы көбірек білу көмектесуі мүмкін — үйде, үйірмеде немесе колледждің ашық есік күнінде.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="146"/>
        <source>The questionnaire was answered very quickly. If the result does not seem to fit, it can be taken again another time.</source>
        <translation>Сауалнамаға өте жылдам жауап берілген. Егер нәтиже сай келмейтін сияқты көрінсе, сауалнаманы басқа уақытта қайта толтыруға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="148"/>
        <source>Some choices in the second half of the types-of-work questionnaire differed from the first half; the counsellor can talk them through.</source>
        <translation>Еңбек түрлері сауалнамасының екінші жартысындағы кейбір таңдаулар бірінші жартысындағыдан өзгеше болды; кеңесші оларды балаңызбен бірге талқылай алады.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="150"/>
        <source>Some questions were left without an answer, so the picture is not complete.</source>
        <translation>Кейбір сұрақтар жауапсыз қалды, сондықтан нәтиже толық емес.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="152"/>
        <source>Professions to look at</source>
        <translation>Назар аударуға тұрарлық кәсіптер</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="153"/>
        <source>These professions fit the interests and are needed in the region. For each: a college speciality that leads there and the nearest colleges that teach it.</source>
        <translation>Бұл кәсіптер қызығушылықтарға сай келеді және өңірге қажет. Әрқайсысы үшін: сол кәсіпке апаратын колледж мамандығы және оны оқытатын ең жақын колледждер.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="156"/>
        <source>The answers do not point to one kind of work yet, so professions are not ranked by interest. These professions are much needed in the region:</source>
        <translation>Жауаптар әзірге бір еңбек түрін көрсетпейді, сондықтан кәсіптер қызығушылық бойынша сараланбаған. Өңірге мына кәсіптер аса қажет:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="158"/>
        <source>Profession</source>
        <translation>Кәсіп</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="159"/>
        <source>New jobs in the region</source>
        <translation>Өңірдегі жаңа жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="160"/>
        <source>Where to study</source>
        <translation>Қайда оқуға болады</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="161"/>
        <source>{jobs} by {year}</source>
        <translation>{jobs} ({year} жылға қарай)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="162"/>
        <source>new profession</source>
        <translation>жаңа кәсіп</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="163"/>
        <source>in the home district</source>
        <translation>өз ауданында</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="164"/>
        <source>about {km} km</source>
        <translation>шамамен {km} км</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="165"/>
        <source>No college group is open to this student yet (grade, language or distance); ask the counsellor.</source>
        <translation>Әзірге бұл оқушыға ашық колледж тобы жоқ (сынып, оқу тілі немесе қашықтық бойынша); кеңесшіден сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="167"/>
        <source>Which colleges of the region teach this speciality is not published in the atlas yet: check with the colleges or the regional education department.</source>
        <translation>Облыстың қай колледждері бұл мамандыққа оқытатыны атласта әзірге жарияланбаған: колледждерден немесе облыстық білім басқармасынан нақтылаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="170"/>
        <source>Counsellor&apos;s comment</source>
        <translation>Кеңесші пікірі</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="171"/>
        <source>What these results are based on</source>
        <translation>Бұл нәтижелер неге негізделген</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="172"/>
        <source>Questionnaires: {instruments}, taken on {date}.</source>
        <translation>Сауалнамалар: {instruments}. Толтырылған күні: {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="173"/>
        <source>Professions, new jobs and colleges: the Bagdar atlas of the Zhambyl region, edition {edition}.</source>
        <translation>Кәсіптер, жаңа жұмыс орындары және колледждер: Жамбыл облысы бойынша «Бағдар» атласы, {edition}-басылым.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="175"/>
        <source>Each figure shows the kind of its source: official, press, estimate (worked out by the Bagdar team from published totals, not official) or sample (an illustrative entry that no source confirms yet).</source>
        <translation>Әр көрсеткіштің жанында дереккөзінің түрі көрсетілген: «ресми», «баспасөз», «есептеме» (Бағдар тобы жарияланған жалпы сандардан есептеген, ресми емес) немесе «мысал» (әзірге ешбір дереккөз растамаған, мысал ретіндегі жазба).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="178"/>
        <source>The questionnaires show interests, not abilities: the results are a starting point for a conversation with your child, not a verdict.</source>
        <translation>Сауалнамалар қабілетті емес, қызығушылықты көрсетеді: нәтижелер — үкім емес, балаңызбен әңгімені бастауға арналған негіз.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="180"/>
        <source>No completed questionnaire yet.</source>
        <translation>Толтырылған сауалнама әзірге жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="181"/>
        <source>Your child&apos;s interest profile</source>
        <translation>Балаңыздың қызығушылықтар бейіні</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="182"/>
        <source>The interests are evenly spread: the code is not clear-cut.</source>
        <translation>Қызығушылықтар біркелкі бөлінген: код айқын емес.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="183"/>
        <source>not published</source>
        <translation>жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="185"/>
        <source>The professions up close</source>
        <translation>Кәсіптермен жақынырақ танысу</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="186"/>
        <source>More about the first professions on the list, to talk over with your child.</source>
        <translation>Тізімдегі алғашқы кәсіптер туралы толығырақ — балаңызбен бірге талқылау үшін.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="188"/>
        <source>Holland code of the profession: {code}</source>
        <translation>Кәсіптің Холланд коды: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="189"/>
        <source>your child&apos;s code: {code}</source>
        <translation>балаңыздың коды: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="190"/>
        <source>What the work is</source>
        <translation>Жұмыстың мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="191"/>
        <source>Skills it asks for</source>
        <translation>Қажетті дағдылар</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="192"/>
        <source>How to get there</source>
        <translation>Бұл кәсіпке апаратын жол</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="193"/>
        <source>college speciality</source>
        <translation>колледж мамандығы</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="194"/>
        <source>study {length} {after}</source>
        <translation>{after} оқу мерзімі: {length}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="195"/>
        <source>after grade 9</source>
        <translation>9-сыныптан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="196"/>
        <source>after grade 11</source>
        <translation>11-сыныптан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="197"/>
        <source>{years} yr</source>
        <translation>{years} жыл</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="198"/>
        <source>{months} mo</source>
        <translation>{months} ай</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="199"/>
        <source>{years} yr {months} mo</source>
        <translation>{years} жыл {months} ай</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="200"/>
        <source>Address: {address}</source>
        <translation>Мекенжайы: {address}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="201"/>
        <source>State-funded places: {places}</source>
        <translation>Мемлекеттік тапсырыс орындары: {places}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="203"/>
        <source>Class report</source>
        <translation>Сынып есебі</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="204"/>
        <source>{done} of {total} students have completed the questionnaire.</source>
        <translation>Сауалнаманы {total} оқушыдан {done} оқушы толтырды.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="205"/>
        <source>Conclusions for the parents&apos; meeting</source>
        <translation>Ата-аналар жиналысына арналған қорытындылар</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="206"/>
        <source>Most of the class ({k} of {n}) are drawn to {work} ({letter}).</source>
        <translation>Сыныптың көпшілігінің ({n} оқушыдан {k}) басты қызығушылығы — {work} ({letter}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="207"/>
        <source>The largest group ({k} of {n}) are drawn to {work} ({letter}).</source>
        <translation>Ең үлкен топтың ({n} оқушыдан {k}) басты қызығушылығы — {work} ({letter}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="208"/>
        <source>The region&apos;s new jobs are mostly of this type too ({share}% of them).</source>
        <translation>Өңірдегі жаңа жұмыс орындарының да ең көбі осы түрге тиесілі ({share}%).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="209"/>
        <source>The region needs this type of work too: {share}% of its new jobs.</source>
        <translation>Мұндай еңбек өңірге де қажет: жаңа жұмыс орындарының {share}%-ы осы түрге тиесілі.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="210"/>
        <source>Most of the region&apos;s new jobs ({share}%) are in {work} ({letter}).</source>
        <translation>Өңірдегі жаңа жұмыс орындарының ең үлкен үлесі ({share}%) — {work} ({letter}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="211"/>
        <source>Few students ({k} of {n}) chose {work} ({letter}), while {share}% of the region&apos;s new jobs are of this type.</source>
        <translation>{letter} түрін ({work}) аз оқушы таңдады ({n} оқушыдан {k}), ал өңірдегі жаңа жұмыс орындарының {share}%-ы дәл осы түрге тиесілі.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="213"/>
        <source>{k} of {n} students lean to {work} ({letter}), but only {share}% of the region&apos;s new jobs are of this type: it is worth showing them where these interests are useful in other professions too.</source>
        <translation>{letter} түріне ({work}) оқушылардың бір бөлігі бейім ({n} оқушыдан {k}), бірақ өңірдегі жаңа жұмыс орындарының небәрі {share}%-ы осы түрге тиесілі: оларға бұл қызығушылықтардың басқа кәсіптерде де қалай пайдаға асатынын көрсеткен жөн.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="216"/>
        <source>Answers that do not point to one kind of work yet: {k} of {n} students. A talk with the counsellor will help them.</source>
        <translation>Жауаптары әзірге бір еңбек түрін көрсетпейтін оқушылар: {n} оқушыдан {k}. Оларға кеңесшімен әңгімелесу көмектеседі.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="218"/>
        <source>In the types-of-work questionnaire the most chosen type is {type} ({k} of {n} students).</source>
        <translation>Еңбек түрлері сауалнамасында ең жиі таңдалған түр — «{type}» ({n} оқушыдан {k}).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="220"/>
        <source>Results to talk through before drawing conclusions (very fast answers, questions left out or inconsistent choices): {k} of {n} students.</source>
        <translation>Қорытынды жасамас бұрын талқылау керек нәтижелер (өте жылдам жауаптар, жауапсыз қалған сұрақтар немесе бір-біріне қайшы таңдаулар): {n} оқушыдан {k}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="222"/>
        <source>No student of this class has completed the questionnaire yet.</source>
        <translation>Бұл сыныптың бірде-бір оқушысы әзірге сауалнаманы толтырған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="223"/>
        <source>practical, hands-on work</source>
        <translation>қолмен істелетін практикалық жұмыс</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="224"/>
        <source>research and analysis</source>
        <translation>зерттеу және талдау</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="225"/>
        <source>creative work</source>
        <translation>шығармашылық жұмыс</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="226"/>
        <source>working with and helping people</source>
        <translation>адамдармен жұмыс және оларға көмек</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="227"/>
        <source>leading, selling and organising</source>
        <translation>басқару, сауда және ұйымдастыру</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="228"/>
        <source>office, accounting and orderly work with data</source>
        <translation>кеңсе жұмысы, есеп жүргізу және деректермен тиянақты жұмыс</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="230"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="231"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="232"/>
        <source>Holland code</source>
        <translation>Холланд коды</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="233"/>
        <source>Types of work</source>
        <translation>Еңбек түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="234"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="235"/>
        <source>not completed</source>
        <translation>сауалнама толтырылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="236"/>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="237"/>
        <source>evenly spread</source>
        <translation>жауаптар біркелкі</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="238"/>
        <source>mostly unsure</source>
        <translation>көбіне «айту қиын»</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="239"/>
        <source>very fast</source>
        <translation>өте жылдам</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="240"/>
        <source>inconsistent</source>
        <translation>жауаптар сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="241"/>
        <source>The charts count students, never one student&apos;s answers.</source>
        <translation>Диаграммалар жеке оқушының жауаптарын емес, оқушылар санын көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="242"/>
        <source>No name is printed in this report. A figure written “x” is hidden: it counts one or two students, or it would let one work out such a figure from the total.</source>
        <translation>Бұл есепте ешбір оқушының аты жазылмайды. «x» деп жазылған сан жасырылған: ол бір немесе екі оқушыны білдіреді, не болмаса жалпы саннан сондай санды есептеп шығаруға мүмкіндік берер еді.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="245"/>
        <source>This chart is left out: some of its groups are so small that a child could be recognised, and its other figures would give their size away.</source>
        <translation>Бұл диаграмма берілмеген: оның кейбір топтары тым шағын, баланы тануға болар еді, ал қалған көрсеткіштері сол топтардың санын аңғартып қояр еді.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="247"/>
        <source>Fewer than 3 students have completed the questionnaire, so the class&apos;s figures are not shown: no child should be recognisable in them.</source>
        <translation>Сауалнаманы 3-тен аз оқушы толтырды, сондықтан сыныптың көрсеткіштері берілмейді: олардан ешбір бала танылмауы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="250"/>
        <source>Class list for the counsellor</source>
        <translation>Кеңесшіге арналған сынып тізімі</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="251"/>
        <source>For the counsellor only</source>
        <translation>Тек кеңесші үшін</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="252"/>
        <source>This list names students and notes on their answers. It is not for a parents&apos; meeting: use the class report there.</source>
        <translation>Бұл тізімде оқушылардың аты-жөні және жауаптары туралы ескертпелер бар. Ол ата-аналар жиналысына арналмаған: жиналыста сынып есебін пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="255"/>
        <source>Name: {line}</source>
        <translation>Аты-жөні: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="256"/>
        <source>Class: {line}</source>
        <translation>Сынып: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="257"/>
        <source>Date: {line}</source>
        <translation>Күні: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="258"/>
        <source>For each activity, put a cross in one box: {scale}.</source>
        <translation>Әр іс бойынша бір ұяшыққа ғана белгі (×) қой: {scale}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="259"/>
        <source>In each pair, put a cross in the box of the activity you would choose.</source>
        <translation>Әр жұпта өзің таңдайтын істің ұяшығына белгі (×) қой.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="260"/>
        <source>Activity</source>
        <translation>Іс-әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/reports/report_texts.py" line="261"/>
        <source>Answer sheet</source>
        <translation>Жауап парағы</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="89"/>
        <source>Class report as PDF…</source>
        <translation>Сынып есебі PDF түрінде…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="90"/>
        <source>Print the class report…</source>
        <translation>Сынып есебін басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="91"/>
        <source>Named class list as PDF (for the counsellor only)…</source>
        <translation>Аты-жөні бар сынып тізімі PDF түрінде (тек кеңесші үшін)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="93"/>
        <source>Every student&apos;s report of the class in one PDF…</source>
        <translation>Сынып оқушыларының барлық есебі бір PDF файлында…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="95"/>
        <source>Export results to Excel (XLSX)…</source>
        <translation>Нәтижелерді Excel-ге (XLSX) экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="97"/>
        <source>Anonymous summary for the district (CSV)…</source>
        <translation>Ауданға арналған анонимді жиынтық (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="99"/>
        <source>Merge schools&apos; summaries into one (CSV)…</source>
        <translation>Мектептердің жиынтықтарын біріктіру (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="108"/>
        <source>Which students</source>
        <translation>Қай оқушылар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="110"/>
        <source>Class:</source>
        <translation>Сынып:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="111"/>
        <source>Language of the report:</source>
        <translation>Есеп тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="112"/>
        <source>Class report for a parents&apos; meeting</source>
        <translation>Ата-аналар жиналысына арналған сынып есебі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="114"/>
        <source>The class report holds no names: class figures only, with counts below 3 hidden.</source>
        <translation>Сынып есебінде аты-жөндер жоқ: тек сынып көрсеткіштері, ал 3-тен аз сандар жасырылады.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="120"/>
        <source>For the counsellor and the families</source>
        <translation>Кеңесші мен отбасылар үшін</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="124"/>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="128"/>
        <source>The district summary holds no names and no classes: only counts by grade, Holland code, type of work and recommended industry. Values of fewer than 3 students are pooled into “other”, with one more value when needed so that none can be worked out.</source>
        <translation>Аудандық жиынтықта аты-жөндер де, сынып әріптері де жоқ: тек сынып нөмірі, Холланд коды, еңбек түрі және ұсынылған сала бойынша сандар бар. 3-тен аз оқушыға қатысты мәндер «басқа» дегенге біріктіріледі; ешбір мәнді есептеп шығаруға болмауы үшін қажет болса, оларға тағы бір мән қосылады.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="144"/>
        <source>Whole school</source>
        <translation>Бүкіл мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="165"/>
        <source>Choose a class for the class report.</source>
        <translation>Сынып есебі үшін сыныпты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="183"/>
        <source>Save the class report</source>
        <translation>Сынып есебін сақтау</translation>
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
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="96"/>
        <source>Export results to CSV for Excel…</source>
        <translation>Нәтижелерді Excel үшін CSV файлына экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="184"/>
        <source>class report</source>
        <translation>сынып есебі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="205"/>
        <source>Save the class list</source>
        <translation>Сынып тізімін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="206"/>
        <source>class list, counsellor only</source>
        <translation>сынып тізімі, тек кеңесші үшін</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="223"/>
        <source>This class has no students.</source>
        <translation>Бұл сыныпта оқушы жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="225"/>
        <source>Save the students&apos; reports</source>
        <translation>Оқушылар есептерін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="226"/>
        <source>students&apos; reports</source>
        <translation>оқушылар есептері</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="250"/>
        <source>whole school</source>
        <translation>бүкіл мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="251"/>
        <source>results</source>
        <translation>нәтижелер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="256"/>
        <location filename="../../ui/counsellor/reports_tab.py" line="267"/>
        <source>Export results</source>
        <translation>Нәтижелерді экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="257"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="289"/>
        <source>district summary</source>
        <translation>аудандық жиынтық</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="302"/>
        <source>The schools&apos; summaries</source>
        <translation>Мектептердің жиынтықтары</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="306"/>
        <source>Save the merged summary</source>
        <translation>Біріктірілген жиынтықты сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="307"/>
        <source>district summary, merged</source>
        <translation>аудандық жиынтық, біріктірілген</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="313"/>
        <source>These files could not be merged: %1</source>
        <translation>Мына файлдарды біріктіру мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/reports_tab.py" line="317"/>
        <source>%n file(s) merged: %1</source>
        <translation>
            <numerusform>%n файл біріктірілді: %1</numerusform>
            <numerusform>%n файл біріктірілді: %1</numerusform>
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
        <translation>Алдымен «Баптаулар» бөлімінде мектептің ауданын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/reports_tab.py" line="288"/>
        <source>Anonymous summary</source>
        <translation>Анонимді жиынтық</translation>
    </message>
</context>
<context>
    <name>ResumeCodeDialog</name>
    <message>
        <location filename="../../ui/student/dialogs.py" line="33"/>
        <source>Continue with my code</source>
        <translation>Кодыммен жалғастыру</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="36"/>
        <source>Type the code you were shown when you paused, e.g. %1:</source>
        <translation>Үзіліс кезінде көрсетілген кодты жаз, мысалы %1:</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="42"/>
        <source>Resume code</source>
        <translation>Жалғастыру коды</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="48"/>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="49"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="67"/>
        <source>This code does not open any unfinished questionnaire. Check it, or ask your counsellor.</source>
        <translation>Бұл код аяқталмаған сауалнаманы ашпайды. Тексер немесе кеңесшіңнен сұра.</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="81"/>
        <source>Too many wrong codes were typed on this computer. Ask your counsellor to unlock continuing with a code.</source>
        <translation>Бұл компьютерде тым көп қате код енгізілді. Кодпен жалғастыруды қайта ашуды кеңесшіңнен сұра.</translation>
    </message>
    <message>
        <location filename="../../ui/student/dialogs.py" line="84"/>
        <source>This code does not open any unfinished questionnaire. Try again in %1 s.</source>
        <translation>Бұл код аяқталмаған сауалнаманы ашпайды. %1 секундтан кейін қайта көр.</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="48"/>
        <source>Back up to a file (USB stick)…</source>
        <translation>Файлға сақтық көшірме жасау (USB флешка)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="51"/>
        <source>Restore from a file…</source>
        <translation>Файлдан қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="58"/>
        <source> months</source>
        <translation> ай</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="66"/>
        <source>Delete the old records now…</source>
        <translation>Ескі жазбаларды қазір өшіру…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="73"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="78"/>
        <source>Unlock continuing with a code</source>
        <translation>Кодпен жалғастыруды қайта ашу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="86"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="222"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="94"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="199"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="202"/>
        <source>Keeping records</source>
        <translation>Жазбаларды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="97"/>
        <source>Keep students&apos; records for:</source>
        <translation>Оқушылар жазбаларының сақталу мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="103"/>
        <source>Resume codes</source>
        <translation>Жалғастыру кодтары</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="106"/>
        <source>A paused questionnaire can be continued with its code for:</source>
        <translation>Тоқтатылған сауалнаманы кодпен жалғастыру мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="115"/>
        <source>Audit log of counsellor actions</source>
        <translation>Кеңесші әрекеттерінің журналы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="127"/>
        <source>A copy is made automatically every day when Bagdar starts; the last 7 are kept in %1. Latest: %2.</source>
        <translation>Күн сайын Бағдар іске қосылғанда көшірме автоматты түрде жасалады; соңғы 7 көшірме мына қалтада сақталады: %1. Ең соңғысы: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/safety_tab.py" line="132"/>
        <source>%n students were recorded before the retention period.</source>
        <translation>
            <numerusform>Сақтау мерзімі өткен оқушылар саны: %n.</numerusform>
            <numerusform>Сақтау мерзімі өткен оқушылар саны: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="141"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="142"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="153"/>
        <source>first setup</source>
        <translation>алғашқы баптау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="153"/>
        <source>login</source>
        <translation>кіру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="154"/>
        <source>logout</source>
        <translation>шығу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="154"/>
        <source>closed Bagdar</source>
        <translation>Бағдар жабылды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="155"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="155"/>
        <source>print</source>
        <translation>басып шығару</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="156"/>
        <source>student deleted</source>
        <translation>оқушы өшірілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="157"/>
        <source>class deleted</source>
        <translation>сынып өшірілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="157"/>
        <source>old records deleted</source>
        <translation>ескі жазбалар өшірілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="158"/>
        <source>backup</source>
        <translation>сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="158"/>
        <source>restore</source>
        <translation>қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="159"/>
        <source>settings changed</source>
        <translation>баптаулар өзгертілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="160"/>
        <source>password changed</source>
        <translation>құпиясөз өзгертілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="161"/>
        <source>password reset with the recovery key</source>
        <translation>құпиясөз қалпына келтіру кілтімен жаңартылды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="162"/>
        <source>consent recorded</source>
        <translation>келісім тіркелді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="162"/>
        <source>comment saved</source>
        <translation>пікір сақталды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="163"/>
        <source>paper answers entered</source>
        <translation>қағаздағы жауаптар енгізілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="164"/>
        <source>atlas updated</source>
        <translation>атлас жаңартылды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="165"/>
        <source>atlas rolled back</source>
        <translation>атлас алдыңғы басылымға қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="166"/>
        <source>atlas exported</source>
        <translation>атлас экспортталды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="167"/>
        <source>wrong password or recovery key</source>
        <translation>қате құпиясөз немесе қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="168"/>
        <source>resume codes unlocked</source>
        <translation>жалғастыру кодтары қайта ашылды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="176"/>
        <source>Continuing with a code is locked: %1 wrong codes were typed within a day. Unlock it when you know why.</source>
        <translation>Кодпен жалғастыру бұғатталды: бір тәулік ішінде қате кодтар саны — %1. Себебін анықтағаннан кейін қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="179"/>
        <source>Wrong codes typed in the last day: %1 (locked at %2).</source>
        <translation>Соңғы тәулікте енгізілген қате кодтар: %1 (бұғаттау шегі — %2).</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="133"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="200"/>
        <source>No record is older than the retention period.</source>
        <translation>Сақтау мерзімінен ескі жазба жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/safety_tab.py" line="203"/>
        <source>Delete %n students recorded before the retention period, with all their answers and results?</source>
        <translation>
            <numerusform>Сақтау мерзімі өткен оқушылар: %n. Олардың жазбаларын барлық жауаптары мен нәтижелерімен бірге өшіресіз бе?</numerusform>
            <numerusform>Сақтау мерзімі өткен оқушылар: %n. Олардың жазбаларын барлық жауаптары мен нәтижелерімен бірге өшіресіз бе?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="214"/>
        <source>Back up the records</source>
        <translation>Жазбалардың сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="216"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="248"/>
        <source>Bagdar records (*.sqlite)</source>
        <translation>Бағдар жазбалары (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="223"/>
        <source>The disk is full, so the backup was not made. Free some space or use another USB stick.</source>
        <translation>Диск толып қалғандықтан, сақтық көшірме жасалмады. Орын босатыңыз немесе басқа USB флешканы пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="225"/>
        <source>The backup could not be written there (a removed or read-only USB stick?).</source>
        <translation>Сақтық көшірмені ол жерге жазу мүмкін болмады (USB флешка алынып қалған немесе тек оқуға арналған болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="236"/>
        <source>This file is not a Bagdar records backup.</source>
        <translation>Бұл файл Бағдар жазбаларының сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="237"/>
        <source>This backup is damaged and cannot be used.</source>
        <translation>Бұл сақтық көшірме бүлінген, оны пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="238"/>
        <source>This database is not a Bagdar records backup.</source>
        <translation>Бұл дерекқор Бағдар жазбаларының сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="239"/>
        <source>This backup was made by a newer Bagdar; update Bagdar first.</source>
        <translation>Бұл сақтық көшірмені Бағдардың жаңа нұсқасы жасаған; алдымен Бағдарды жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="240"/>
        <source>The disk is full, so the backup could not be checked. Free some space, then try again.</source>
        <translation>Диск толып қалғандықтан, сақтық көшірмені тексеру мүмкін болмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="242"/>
        <source>This file cannot be read (it may be on a removed USB stick or locked by another user).</source>
        <translation>Бұл файлды оқу мүмкін емес (ол алынып қалған USB флешкада болуы немесе басқа пайдаланушы оны бұғаттауы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="247"/>
        <source>Restore the records</source>
        <translation>Жазбаларды қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="254"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="256"/>
        <location filename="../../ui/counsellor/safety_tab.py" line="268"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="257"/>
        <source>The backup holds %1 students and %2 sessions. Restoring brings back everything in it: the students, answers and results, the school&apos;s settings, and the counsellor password and recovery key as they were when it was made. The audit log of this computer is kept. The current records are kept in a separate file. Replace the current records with the backup?</source>
        <translation>Сақтық көшірмеде %1 оқушы және %2 сеанс бар. Қалпына келтіргенде ондағының бәрі қайтарылады: оқушылар, жауаптар мен нәтижелер, мектеп баптаулары, сондай-ақ көшірме жасалған кездегі кеңесші құпиясөзі мен қалпына келтіру кілті. Осы компьютердегі әрекеттер журналы сақталады. Қазіргі жазбалар бөлек файлда сақталып қалады. Қазіргі жазбаларды осы көшірмемен ауыстырасыз ба?</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="269"/>
        <source>The disk is full, so the backup could not be restored. Nothing has changed: the current records are still in use.</source>
        <translation>Диск толып қалғандықтан, сақтық көшірмені қалпына келтіру мүмкін болмады. Ештеңе өзгерген жоқ: қазіргі жазбалар пайдаланылуда.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/safety_tab.py" line="271"/>
        <source>The backup could not be restored. Nothing has changed: the current records are still in use.</source>
        <translation>Сақтық көшірмені қалпына келтіру мүмкін болмады. Ештеңе өзгерген жоқ: қазіргі жазбалар пайдаланылуда.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../ui/counsellor/access.py" line="122"/>
        <source>Counsellor password</source>
        <translation>Кеңесші құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="123"/>
        <source>Choose the counsellor password. Students must not know it: it opens the students&apos; records and closes the kiosk mode.</source>
        <translation>Кеңесші құпиясөзін таңдаңыз. Оқушылар оны білмеуі тиіс: ол оқушылар жазбаларын ашады және киоск режимін жабады.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="140"/>
        <source>Recovery key:</source>
        <translation>Қалпына келтіру кілті:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="141"/>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="142"/>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="145"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="146"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="160"/>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>Қате әрекет тым көп. %1 секундтан кейін қайта көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="163"/>
        <source>The recovery key is not right.</source>
        <translation>Қалпына келтіру кілті қате.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/access.py" line="165"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Кемінде %n таңба қолданыңыз.</numerusform>
            <numerusform>Кемінде %n таңба қолданыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="167"/>
        <source>This password is too easy to guess (a common password or a run of keys). Choose another one.</source>
        <translation>Бұл құпиясөзді табу тым оңай (жиі қолданылатын құпиясөз немесе пернелер қатары). Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/access.py" line="170"/>
        <source>The two passwords are not the same.</source>
        <translation>Екі құпиясөз бірдей емес.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="43"/>
        <source>Save settings</source>
        <translation>Баптауларды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="47"/>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="49"/>
        <source>School name:</source>
        <translation>Мектептің атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="50"/>
        <source>Students&apos; home district by default:</source>
        <translation>Оқушылардың әдепкі ауданы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="51"/>
        <source>Questionnaire programme:</source>
        <translation>Сауалнама бағдарламасы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="52"/>
        <source>Interface language at start:</source>
        <translation>Іске қосқандағы интерфейс тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="63"/>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="68"/>
        <source>Counsellor password</source>
        <translation>Кеңесші құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="70"/>
        <source>Current password:</source>
        <translation>Қазіргі құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="71"/>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="72"/>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="86"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="91"/>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>Қате әрекет тым көп. %1 секундтан кейін қайта көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="94"/>
        <source>The current password is not right.</source>
        <translation>Қазіргі құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="96"/>
        <source>This password is too easy to guess (a common password or a run of keys). Choose another one.</source>
        <translation>Бұл құпиясөзді табу тым оңай (жиі қолданылатын құпиясөз немесе пернелер қатары). Басқасын таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/settings_tab.py" line="99"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Кемінде %n таңба қолданыңыз.</numerusform>
            <numerusform>Кемінде %n таңба қолданыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="102"/>
        <source>The two passwords are not the same.</source>
        <translation>Екі құпиясөз бірдей емес.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/settings_tab.py" line="106"/>
        <source>The password has been changed.</source>
        <translation>Құпиясөз өзгертілді.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="63"/>
        <source>Bagdar — first setup</source>
        <translation>Бағдар — алғашқы баптау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="89"/>
        <source>School name:</source>
        <translation>Мектептің атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="90"/>
        <source>School district:</source>
        <translation>Мектептің ауданы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="91"/>
        <source>Questionnaire programme:</source>
        <translation>Сауалнама бағдарламасы:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="92"/>
        <source>Interface language:</source>
        <translation>Интерфейс тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="93"/>
        <source>Counsellor password:</source>
        <translation>Кеңесші құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="94"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="97"/>
        <source>Set Bagdar up for your school. Students never see this; the password protects the students&apos; records.</source>
        <translation>Бағдарды мектебіңізге баптаңыз. Оқушылар бұл терезені ешқашан көрмейді; құпиясөз оқушылардың жазбаларын қорғайды.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="103"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="111"/>
        <source>Your recovery key. Print it or write it down and keep it locked away: it resets the password if you forget it. It is shown only now.</source>
        <translation>Бұл — сіздің қалпына келтіру кілтіңіз. Оны басып шығарыңыз немесе жазып алып, бөтен адам ала алмайтын жерде сақтаңыз: құпиясөзді ұмытып қалсаңыз, ол арқылы жаңа құпиясөз орната аласыз. Кілт тек қазір ғана көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="118"/>
        <source>Print the key…</source>
        <translation>Кілтті басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="120"/>
        <source>I have kept the key</source>
        <translation>Кілтті сақтап қойдым</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="138"/>
        <source>Type the school&apos;s name.</source>
        <translation>Мектептің атауын енгізіңіз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/setup.py" line="140"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Кемінде %n таңба қолданыңыз.</numerusform>
            <numerusform>Кемінде %n таңба қолданыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="142"/>
        <source>This password is too easy to guess (a common password or a run of keys). Choose another one.</source>
        <translation>Бұл құпиясөзді табу тым оңай (жиі қолданылатын құпиясөз немесе пернелер қатары). Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="145"/>
        <source>The two passwords are not the same.</source>
        <translation>Екі құпиясөз бірдей емес.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/setup.py" line="171"/>
        <source>Counsellor recovery key</source>
        <translation>Кеңесшінің қалпына келтіру кілті</translation>
    </message>
</context>
<context>
    <name>SourceBadge</name>
    <message>
        <location filename="../../ui/badges.py" line="28"/>
        <source>official</source>
        <translation>ресми</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="29"/>
        <source>press</source>
        <translation>баспасөз</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="30"/>
        <source>estimate</source>
        <translation>есептеме</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="31"/>
        <source>sample</source>
        <translation>мысал</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="38"/>
        <source>a government document, a national classifier or the organisation&apos;s own publication.</source>
        <translation>мемлекеттік құжат, ұлттық жіктеуіш немесе ұйымның өз жарияланымы.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="41"/>
        <source>a figure reported in a newspaper or on a news site.</source>
        <translation>газетте немесе жаңалықтар сайтында жарияланған көрсеткіш.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="43"/>
        <source>worked out by the Bagdar team from published figures; not official.</source>
        <translation>Бағдар тобы жарияланған деректерден есептеген; ресми емес.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="46"/>
        <source>an illustrative entry not confirmed by any source.</source>
        <translation>ешбір дереккөз растамаған, мысал ретіндегі жазба.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="55"/>
        <source>Official: taken from a government document, a national classifier or the organisation&apos;s own website.</source>
        <translation>Ресми: мемлекеттік құжаттан, ұлттық жіктеуіштен немесе ұйымның өз сайтынан алынған.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="58"/>
        <source>Press: reported by a newspaper or a news site; the article&apos;s address and date are listed below.</source>
        <translation>Баспасөз: газет немесе жаңалықтар сайты жариялаған; мақаланың мекенжайы мен күні төменде берілген.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="61"/>
        <source>Estimate: the Bagdar team divided a published total (for example the 1,300 new jobs of 2025) between professions and districts; the total is real, the split is ours.</source>
        <translation>Есептеме: Бағдар тобы жарияланған жалпы санды (мысалы, 2025 жылғы 1300 жаңа жұмыс орнын) кәсіптер мен аудандарға бөлді; жалпы сан — нақты, ал бөлінуі — біздікі.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="65"/>
        <source>Example: an entry that only shows how the atlas works; it is never used to recommend anything, so check it with the college or employer.</source>
        <translation>Мысал: атластың қалай жұмыс істейтінін көрсету үшін ғана берілген жазба; ол ешқашан ұсыныс жасауға пайдаланылмайды, сондықтан оны колледжден немесе жұмыс берушіден нақтылау керек.</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="74"/>
        <source>not published</source>
        <translation>жарияланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="81"/>
        <location filename="../../ui/reports/my_plan.py" line="100"/>
        <source>example only: check with the college</source>
        <translation>тек мысал: колледжден нақтылау керек</translation>
    </message>
    <message>
        <location filename="../../ui/badges.py" line="90"/>
        <source>code not verified: check with the college</source>
        <translation>коды тексерілмеген: колледжден нақтылау керек</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="51"/>
        <source>Bagdar cannot write to its data folder %1 (it is read-only or belongs to another user). Ask the person who looks after the computer to give this user write access to it.</source>
        <translation>Бағдар өз деректер қалтасына (%1) жаза алмайды: ол тек оқуға арналған немесе басқа пайдаланушыға тиесілі. Компьютерге жауапты адамнан осы пайдаланушыға бұл қалтаға жазу құқығын беруді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="80"/>
        <source>The disk is full: Bagdar could not save. Everything saved before this moment is kept. Free some space on the disk (or ask the person who looks after the computer), then try again.</source>
        <translation>Диск толып қалды: Бағдар сақтай алмады. Осы сәтке дейін сақталғанның бәрі орнында. Дискіде орын босатыңыз (немесе компьютерге жауапты адамнан сұраңыз), содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="96"/>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="100"/>
        <source>Bagdar met an unexpected problem. Every answer given so far is saved. If it happens again, show this file to the person who looks after the computer:
%1</source>
        <translation>Бағдарда күтпеген қате болды. Осы уақытқа дейінгі барлық жауап сақталды. Қайталанса, мына файлды компьютерге жауапты адамға көрсетіңіз:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="174"/>
        <source>The students&apos; records file %1 is read-only, so no answer could be saved. Ask the person who looks after the computer to make it writable for this user; nothing has been changed.</source>
        <translation>Оқушылар жазбаларының файлы (%1) тек оқуға арналған, сондықтан бірде-бір жауап сақталмады. Компьютерге жауапты адамнан бұл файлға осы пайдаланушының жазуына рұқсат беруді сұраңыз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="198"/>
        <source>The students&apos; records file is missing or empty, but the backup of %1 holds %2 students. Restore that backup now?</source>
        <translation>Оқушылар жазбаларының файлы жоқ немесе бос, ал %1 күнгі сақтық көшірмеде %2 оқушы бар. Сол көшірмені қазір қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="202"/>
        <source>Bagdar does not start with empty records while its backups hold students. To really start afresh, the person who looks after the computer moves the folder %1 away first.</source>
        <translation>Сақтық көшірмелерде оқушылар бар кезде Бағдар бос жазбалармен іске қосылмайды. Шынымен басынан бастау үшін компьютерге жауапты адам алдымен %1 қалтасын басқа жерге көшіреді.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="221"/>
        <source>The students&apos; records file is damaged and no good backup was found. Start with empty records? The damaged file is kept as %1 for the person who looks after the computer.</source>
        <translation>Оқушылар жазбаларының файлы бүлінген, жарамды сақтық көшірме табылмады. Бос жазбалармен бастау керек пе? Бүлінген файл компьютерге жауапты адам үшін %1 атымен сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="229"/>
        <source>The students&apos; records file is damaged. Restore the backup of %1? The damaged file is kept as %2.</source>
        <translation>Оқушылар жазбаларының файлы бүлінген. %1 күнгі сақтық көшірмені қалпына келтіру керек пе? Бүлінген файл %2 атымен сақталды.</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="68"/>
        <source>Save comment</source>
        <translation>Пікірді сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="79"/>
        <source>e.g. signed paper form No. 12</source>
        <translation>мысалы, қол қойылған № 12 қағаз нысан</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="80"/>
        <source>Record consent</source>
        <translation>Келісімді тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="83"/>
        <source>Resume the paused session</source>
        <translation>Тоқтатылған сеансты жалғастыру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="89"/>
        <source>Counsellor&apos;s comment (printed in the report):</source>
        <translation>Кеңесші пікірі (есепте басылып шығады):</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="92"/>
        <source>Parental consent</source>
        <translation>Ата-ана келісімі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="95"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="96"/>
        <source>Given by (parent or guardian):</source>
        <translation>Кім берді (ата-ана немесе қамқоршы):</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="97"/>
        <source>Form:</source>
        <translation>Нысан:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="101"/>
        <source>Profile and recommendations</source>
        <translation>Бейін және ұсыныстар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="102"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="103"/>
        <source>Comment and consent</source>
        <translation>Пікір және келісім</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="107"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="128"/>
        <source>No consent recorded yet.</source>
        <translation>Келісім әлі тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="134"/>
        <source>grade %1</source>
        <translation>%1-сынып</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="137"/>
        <source>No finished questionnaire yet.</source>
        <translation>Аяқталған сауалнама әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="145"/>
        <source>Holland code</source>
        <translation>Холланд коды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="148"/>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="155"/>
        <source>DDO</source>
        <translation>ДДО</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="160"/>
        <source>Recommended professions</source>
        <translation>Ұсынылған кәсіптер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="165"/>
        <source>flat profile</source>
        <translation>біркелкі бейін</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="165"/>
        <source>mostly unsure</source>
        <translation>көбіне «айту қиын»</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="166"/>
        <source>too fast</source>
        <translation>тым жылдам</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="166"/>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="167"/>
        <source>inconsistent halves</source>
        <translation>екі жартысының жауаптары сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="187"/>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="187"/>
        <source>Item</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="187"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/student_dialog.py" line="188"/>
        <source>Response time, s</source>
        <translation>Жауап уақыты, с</translation>
    </message>
</context>
<context>
    <name>StudentFlow</name>
    <message>
        <location filename="../../ui/student/flow.py" line="212"/>
        <source>The questionnaire was paused because no one used the computer for a while. Your answers are saved. To go on, ask your counsellor: they can resume it for you.</source>
        <translation>Компьютерді біраз уақыт ешкім қолданбағандықтан, сауалнама тоқтатылды. Жауаптарың сақталды. Жалғастыру үшін кеңесшіңе айт: ол сауалнаманы қайта ашып береді.</translation>
    </message>
    <message>
        <location filename="../../ui/student/flow.py" line="216"/>
        <source>Your results were closed because no one used the computer for a while. They are saved: your counsellor can show and print them.</source>
        <translation>Компьютерді біраз уақыт ешкім қолданбағандықтан, нәтижелерің жабылды. Олар сақталған: кеңесшің оларды көрсетіп, басып шығара алады.</translation>
    </message>
    <message>
        <location filename="../../ui/student/flow.py" line="220"/>
        <source>The form was cleared because no one used the computer for a while. Nothing was saved. Press Start to begin again.</source>
        <translation>Компьютерді біраз уақыт ешкім қолданбағандықтан, толтырылған мәліметтер өшірілді. Ештеңе сақталған жоқ. Қайта бастау үшін «Бастау» батырмасын бас.</translation>
    </message>
</context>
<context>
    <name>StudentsTab</name>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="209"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="209"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="209"/>
        <source>Grade</source>
        <translation>Сынып (нөмірі)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="210"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="210"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="211"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="211"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="211"/>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="213"/>
        <source>in progress</source>
        <translation>жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="213"/>
        <source>paused</source>
        <translation>тоқтатылған</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="214"/>
        <source>completed</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="214"/>
        <source>abandoned</source>
        <translation>үзілген</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="216"/>
        <source>flat profile</source>
        <translation>біркелкі бейін</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="216"/>
        <source>mostly unsure</source>
        <translation>көбіне «айту қиын»</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="217"/>
        <source>too fast</source>
        <translation>тым жылдам</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="217"/>
        <source>incomplete</source>
        <translation>толық емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="218"/>
        <source>inconsistent halves</source>
        <translation>екі жартысының жауаптары сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="219"/>
        <source>Dates:</source>
        <translation>Күндер:</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="220"/>
        <source>Search by name…</source>
        <translation>Аты бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="221"/>
        <source>Open student…</source>
        <translation>Оқушыны ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="222"/>
        <source>Student report…</source>
        <translation>Оқушы есебі…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="223"/>
        <source>Class report…</source>
        <translation>Сынып есебі…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="224"/>
        <source>Delete student…</source>
        <translation>Оқушыны өшіру…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="225"/>
        <source>Delete class…</source>
        <translation>Сыныпты өшіру…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="226"/>
        <source>Edit name and class…</source>
        <translation>Аты-жөні мен сыныбын өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="227"/>
        <source>Classes…</source>
        <translation>Сыныптар…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="237"/>
        <source>All classes</source>
        <translation>Барлық сыныптар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="241"/>
        <source>All grades</source>
        <translation>Сынып нөмірі: барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="245"/>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="249"/>
        <source>Any flag</source>
        <translation>Кез келген белгі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="273"/>
        <source>%1 sessions</source>
        <translation>Сеанстар: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="286"/>
        <location filename="../../ui/counsellor/students_tab.py" line="304"/>
        <source>Students</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="287"/>
        <location filename="../../ui/counsellor/students_tab.py" line="305"/>
        <source>Choose a student in the table first.</source>
        <translation>Алдымен кестеден оқушыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="294"/>
        <source>Class report</source>
        <translation>Сынып есебі</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="295"/>
        <location filename="../../ui/counsellor/students_tab.py" line="343"/>
        <source>Choose a class in the filter first.</source>
        <translation>Алдымен сүзгіден сыныпты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="330"/>
        <source>Delete student</source>
        <translation>Оқушыны өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="331"/>
        <source>Delete %1 and every answer, result and comment about them? This cannot be undone.</source>
        <translation>«%1» оқушысын және оған қатысты барлық жауаптарды, нәтижелер мен пікірлерді өшіресіз бе? Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="342"/>
        <location filename="../../ui/counsellor/students_tab.py" line="345"/>
        <source>Delete class</source>
        <translation>Сыныпты өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/students_tab.py" line="346"/>
        <source>Delete every student of class %1 with all their answers and results? This cannot be undone.</source>
        <translation>%1 сыныбының барлық оқушысын жауаптары мен нәтижелерімен бірге өшіресіз бе? Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="27"/>
        <source>On a PC of the computer class</source>
        <translation>Информатика кабинетінің компьютерінде</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="30"/>
        <source>When students answered on several PCs, export each PC&apos;s sessions to one file (a USB stick) and import the files on the counsellor&apos;s PC. The file holds names and answers: carry it only between the school&apos;s own computers and delete it after the import.</source>
        <translation>Оқушылар бірнеше компьютерде жауап берсе, әр компьютердің сеанстарын бір файлға (USB флешкаға) экспорттап, файлдарды кеңесшінің компьютеріне импорттаңыз. Файлда аты-жөндер мен жауаптар бар: оны тек мектептің өз компьютерлері арасында тасымалдап, импорттан кейін өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="36"/>
        <source>Export this PC&apos;s sessions to a file…</source>
        <translation>Осы компьютердің сеанстарын файлға экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="40"/>
        <source>On the counsellor&apos;s PC</source>
        <translation>Кеңесшінің компьютерінде</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="43"/>
        <source>Importing a file twice adds nothing; a file that was not copied whole is refused and nothing of it is imported. A student with the same name and class is kept as one student.</source>
        <translation>Файлды екі рет импорттау ештеңе қоспайды; толық көшірілмеген файл қабылданбайды, одан ештеңе импортталмайды. Аты-жөні мен сыныбы бірдей оқушы бір оқушы ретінде сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="48"/>
        <source>Import sessions from files…</source>
        <translation>Сеанстарды файлдардан импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="65"/>
        <source>Export sessions</source>
        <translation>Сеанстарды экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="66"/>
        <source>sessions</source>
        <translation>сеанстар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="66"/>
        <location filename="../../ui/counsellor/transfer_tab.py" line="85"/>
        <source>Bagdar sessions (*.%1)</source>
        <translation>Бағдар сеанстары (*.%1)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="73"/>
        <source>The file could not be written: %1</source>
        <translation>Файлды жазу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/transfer_tab.py" line="77"/>
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n сеанс мына файлға жазылды: %1.</numerusform>
            <numerusform>%n сеанс мына файлға жазылды: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="84"/>
        <source>Import sessions</source>
        <translation>Сеанстарды импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="87"/>
        <source>the file is damaged or was not copied whole; copy it again from the PC</source>
        <translation>файл бүлінген немесе толық көшірілмеген; оны компьютерден қайта көшіріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="89"/>
        <source>this is not a Bagdar sessions file</source>
        <translation>бұл Бағдар сеанстарының файлы емес</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="90"/>
        <source>the file comes from a newer Bagdar; update this PC first</source>
        <translation>файлды Бағдардың жаңа нұсқасы жасаған; алдымен осы компьютердегі Бағдарды жаңартыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="96"/>
        <location filename="../../ui/counsellor/transfer_tab.py" line="100"/>
        <source>%1: nothing imported — %2</source>
        <translation>%1: ештеңе импортталмады — %2</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/transfer_tab.py" line="105"/>
        <source>%1: %2 new session(s), %3 already here; %4 new student(s), %5 matched to students already here.</source>
        <translation>%1: жаңа сеанстар — %2, бұрыннан бары — %3; жаңа оқушылар — %4, бар оқушылармен сәйкестендірілгені — %5.</translation>
    </message>
</context>
<context>
    <name>UpdateTab</name>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="42"/>
        <source>Export the atlas as a workbook (template)…</source>
        <translation>Атласты Excel жұмыс кітабына экспорттау (үлгі)…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="44"/>
        <source>Check an update file…</source>
        <translation>Жаңарту файлын тексеру…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="47"/>
        <source>Apply the update</source>
        <translation>Жаңартуды қолдану</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="51"/>
        <source>Return to the previous edition</source>
        <translation>Алдыңғы басылымға қайту</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="76"/>
        <source>Atlas in use: edition %1 of %2 (%3).</source>
        <translation>Қолданыстағы атлас: %1-басылым (%2), %3.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="78"/>
        <source>embedded</source>
        <translation>кірістірілген</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="79"/>
        <source>installed update</source>
        <translation>орнатылған жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="84"/>
        <source>Export the atlas</source>
        <translation>Атласты экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="86"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="95"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="101"/>
        <source>Atlas update</source>
        <translation>Атлас жаңартуы</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="102"/>
        <source>Atlas updates (*.zip *.xlsx)</source>
        <translation>Атлас жаңартулары (*.zip *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="112"/>
        <source>Checking %1…</source>
        <translation>%1 тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="125"/>
        <source>The update was refused: %1 problems. Nothing has been changed.</source>
        <translation>Жаңарту қабылданбады: %1 мәселе табылды. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="130"/>
        <source>The update is valid: edition %1. Check the changes, then apply.</source>
        <translation>Жаңарту дұрыс: %1-басылым. Өзгерістерді тексеріп шығыңыз, содан кейін жаңартуды қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="136"/>
        <source>The disk is full. Nothing has been changed: free some space on the disk, then try again.</source>
        <translation>Диск толып қалды. Ештеңе өзгертілген жоқ: дискіде орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="139"/>
        <source>The file could not be read. Nothing has been changed.</source>
        <translation>Файлды оқу мүмкін болмады. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="149"/>
        <source>The new edition could not be installed. Nothing has been changed: the current edition stays in use.</source>
        <translation>Жаңа басылымды орнату мүмкін болмады. Ештеңе өзгертілген жоқ: қазіргі басылым қолданыста қалады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counsellor/update_tab.py" line="178"/>
        <source>%n more problems are not shown: fix these first, then check the file again.</source>
        <translation>
            <numerusform>Тағы %n мәселе көрсетілмеген: алдымен осыларды түзетіп, файлды қайта тексеріңіз.</numerusform>
            <numerusform>Тағы %n мәселе көрсетілмеген: алдымен осыларды түзетіп, файлды қайта тексеріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="180"/>
        <source>Where</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="180"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="183"/>
        <source>Professions</source>
        <translation>Кәсіптер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="183"/>
        <source>Specialities</source>
        <translation>Колледж мамандықтары</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="184"/>
        <source>Colleges</source>
        <translation>Колледждер</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="185"/>
        <source>College groups and places</source>
        <translation>Колледж топтары мен орындары</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="186"/>
        <source>Demand (new jobs)</source>
        <translation>Сұраныс (жаңа жұмыс орындары)</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="189"/>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="190"/>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="191"/>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="197"/>
        <source>no changes</source>
        <translation>өзгеріс жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="198"/>
        <source>notice</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="200"/>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="200"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="200"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="200"/>
        <source>Examples</source>
        <translation>Мысалдар</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="209"/>
        <source>Installing the new edition…</source>
        <translation>Жаңа басылым орнатылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/counsellor/update_tab.py" line="217"/>
        <source>Edition %1 is installed. Bagdar restarts onto it.</source>
        <translation>%1-басылым орнатылды. Бағдар жаңа басылыммен қайта іске қосылады.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/student/welcome.py" line="64"/>
        <source>Bagdar — find your direction</source>
        <translation>Бағдар — өз жолыңды тап</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="67"/>
        <source>Answer %1 short questions about what you like to do (about %2 minutes; you can pause). Then see the professions of our region that fit you and where to study them.</source>
        <translation>Не істегенді ұнататының туралы %1 қысқа сұраққа жауап бер (шамамен %2 минут; үзіліс жасауға болады). Содан кейін өңіріміздегі саған сай кәсіптерді және оларды қайда оқуға болатынын көр.</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="73"/>
        <source>Answer questions about what you like to do, and see the professions of our region that fit you and where to study them.</source>
        <translation>Не істегенді ұнататының туралы сұрақтарға жауап бер де, өңіріміздегі саған сай кәсіптерді және оларды қайда оқуға болатынын көр.</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="76"/>
        <source>&amp;Start</source>
        <translation>&amp;Бастау</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="76"/>
        <source>&amp;Continue with my code</source>
        <translation>&amp;Кодыммен жалғастыру</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="77"/>
        <source>&amp;Explore professions</source>
        <translation>&amp;Кәсіптермен танысу</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="81"/>
        <source>Counsellor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location filename="../../ui/student/welcome.py" line="82"/>
        <source>Counsellor area</source>
        <translation>Кеңесші бөлімі</translation>
    </message>
</context>
</TS>

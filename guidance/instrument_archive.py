"""Questionnaire items of earlier instrument versions, so a stored session reads back with the
items it was taken with.

A session records its instrument versions ("riasec 2025.1; ddo 2025.1"). When the wording of an
instrument changes, ``atlas_data/instruments`` holds only the new version, and an installed
atlas update may hold yet another; a session started before the change must still be resumed,
shown and scored with its own items (a DDO item keeps its number across versions, so only the
version says which activities a stored answer chose between). Every version ever released stays
here, verbatim: a copy of the instrument CSV files of that release. Never edit a version here;
add the outgoing one when the version in ``instruments.csv`` is bumped.
"""

from __future__ import annotations

import csv
import io

from guidance.atlas.models import DdoItem, LocalText, RiasecItem

# The instrument CSV files exactly as released in version 2025.1 (riasec, riasec_short, ddo).
RIASEC_2025_1 = """\
id,type,position,short_form,text_kk,text_ru,text_en
r01,R,1,1,Қазандықтағы сорғыны жөндеу,Ремонтировать насос в котельной,Repair a pump in a boiler room
i01,I,2,1,Зертханада су сынамаларын талдау,Анализировать пробы воды в лаборатории,Test water samples in a laboratory
a01,A,3,1,Мектеп концертінің афишасын ойлап табу,Придумывать афишу для школьного концерта,Design a poster for a school concert
s01,S,4,1,Емханада науқастарға көмектесу,Помогать пациентам в поликлинике,Help patients in a clinic
e01,E,5,1,"Шағын дүкен ашып, оны басқару",Открыть небольшой магазин и управлять им,Open a small shop and run it
c01,C,6,1,Қоймадағы тауарлардың есебін жүргізу,Вести учёт товаров на складе,Keep records of goods in a warehouse
e02,E,7,0,Базарда тауар сату,Продавать товары на рынке,Sell goods at the local bazaar
a02,A,8,0,Сахнада домбыра тарту,Играть на домбре на сцене,Play the dombra on stage
c02,C,9,0,Төлем құжаттарындағы қателерді тексеру,Проверять платёжные документы на ошибки,Check payment documents for mistakes
r02,R,10,0,Ғимарат қаңқасының металл бөлшектерін дәнекерлеу,Сваривать металлические детали каркаса здания,Weld the metal parts of a building frame
s02,S,11,0,Ересектерге компьютер қолдануды үйрету,Учить взрослых пользоваться компьютером,Teach adults how to use a computer
i02,I,12,0,Егіннің неліктен ауруға шалдығатынын зерттеу,"Изучать, почему болеют посевы",Study why crops in the fields get sick
a03,A,13,1,Балалар журналына әңгіме жазу,Писать рассказы для детского журнала,Write stories for a children's magazine
c03,C,14,1,Деректерді компьютердегі дерекқорға енгізу,Вносить данные в компьютерную базу,Enter data into a computer database
i03,I,15,1,Фосфорит кенінің химиялық құрамын анықтау,Определять химический состав фосфоритовой руды,Find out the chemical makeup of phosphate rock
e03,E,16,1,Жоба командасына жетекшілік ету,Руководить командой проекта,Lead a team working on a project
r03,R,17,1,Егістікті трактормен жырту,Пахать поле на тракторе,Plough a field with a tractor
s03,S,18,1,Балаларға сабақты түсіндіру,Объяснять детям урок,Explain a lesson to children
c04,C,19,0,Қызметкерлердің жалақысын есептеу,Рассчитывать зарплату сотрудникам,Calculate the monthly pay of employees
e04,E,20,0,"Өз кафеңді ашып, дамыту",Открыть и развивать собственное кафе,Open your own café and make it grow
s04,S,21,0,Жазғы лагерьде балаларға ойын ұйымдастыру,Проводить игры с детьми в летнем лагере,Run games for children at a summer camp
i04,I,22,0,Тыңайтқыштың сапасын жақсарту үшін тәжірибе жүргізу,"Ставить опыты, чтобы улучшить удобрение",Do experiments to make a fertiliser work better
a04,A,23,0,Кітапқа суреттер салу,Рисовать иллюстрации к книге,Draw the pictures for a book
r04,R,24,0,Жаңа үйге электр сымдарын тарту,Прокладывать электропроводку в новом доме,Install the electrical wiring in a new house
i05,I,25,1,Жануарлардағы аурудың себебін анықтау,Выяснять причину болезни у животных,Find out what causes a disease in animals
s05,S,26,1,Қарт адамдарды үйде күтіп-бағу,Ухаживать за пожилыми людьми на дому,Care for elderly people in their homes
r05,R,27,1,Гаражда көліктің қозғалтқышын жөндеу,Ремонтировать двигатель машины в гараже,Fix a car engine in a garage
a05,A,28,1,Тараз туралы қысқа фильм түсіру,Снимать короткий фильм о Таразе,Make a short film about Taraz
c05,C,29,1,Мұрағаттағы құжаттарды ретке келтіру,Систематизировать документы в архиве,Sort and file documents in an archive
e05,E,30,1,Тыңайтқыш сатып алушымен келісімшарт жасасу,Договариваться с покупателем о поставке удобрений,Make a deal with a buyer of fertiliser
s06,S,31,0,Мүмкіндігі шектеулі адамдарға күнделікті тұрмыста көмектесу,Помогать людям с инвалидностью в повседневной жизни,Help people with disabilities in daily life
r06,R,32,0,"Кірпіш қалап, қабырға тұрғызу",Класть кирпич и возводить стену,Lay bricks to build a wall
e06,E,33,0,"Жиналыста сөйлеп, адамдарды өз идеяңа сендіру",Выступать на собрании и убеждать людей в своей идее,Speak at a meeting and win people over
c06,C,34,0,Жүк пойыздарының қозғалыс кестесін құру,Составлять расписание движения грузовых поездов,Draw up a timetable for freight trains
i06,I,35,0,Талас өзенінің жыл бойы қалай өзгеретінін зерттеу,"Изучать, как меняется река Талас в течение года",Study how the Talas River changes during the year
a06,A,36,0,Театр спектаклінде рөл ойнау,Играть роль в театральном спектакле,Act a part in a theatre play
s07,S,37,1,Балалар спорт командасын жаттықтыру,Тренировать детскую спортивную команду,Train a children's sports team
e07,E,38,1,Жаңа тауардың жарнамалық науқанын жоспарлау,Планировать рекламную кампанию нового товара,Plan an advertising campaign for a new product
c07,C,39,1,Кассадағы ақшаны чектермен салыстыру,Сверять деньги в кассе с чеками,Check that the cash matches the receipts
r07,R,40,1,"Бақтағы ағаштарды кесіп, телу",Обрезать и прививать деревья в саду,Prune and graft trees in an orchard
a07,A,41,1,Сырмаққа жаңа ою-өрнек ойлап табу,Придумывать новые узоры для сырмака,Create new patterns for a felt carpet
i07,I,42,1,Қаладағы ауаның ластану себептерін анықтау,Выяснять причины загрязнения воздуха в городе,Find out where the city's air pollution comes from
e08,E,43,0,Туристерге арналған қонақүйді басқару,Управлять гостевым домом для туристов,Manage a guest house for tourists
r08,R,44,0,Құрылыс алаңында болат конструкцияларды құрастыру,Монтировать стальные конструкции на стройке,Put up steel structures on a building site
s08,S,45,0,Жарақат алған адамға алғашқы көмек көрсету,Оказывать первую помощь пострадавшему,Give first aid to an injured person
c08,C,46,0,Жөнелтілген тыңайтқыштың көлемін кестеге тіркеу,Записывать в таблицу объёмы отгруженных удобрений,Record how much fertiliser is shipped each day
i08,I,47,0,Гипс тақталарын беріктендіру жолдарын зерттеу,"Исследовать, как сделать гипсовые плиты прочнее",Research how to make gypsum boards stronger
a08,A,48,0,Жаңа сайттың сыртқы келбетін ойлап табу,Придумывать внешний вид нового сайта,Come up with the look of a new website
c09,C,49,1,Электрондық кестеде есеп дайындау,Готовить отчёты в электронной таблице,Prepare reports in a spreadsheet
a09,A,50,1,Туған өлке туралы ән шығару,Сочинять песню о родном крае,Compose a song about your home region
e09,E,51,1,Оқушылар парламентінің төрағалығына сайлауға түсу,Баллотироваться в председатели школьного парламента,Run for head of the student council
i09,I,52,1,Қан үлгілерін микроскоппен зерттеу,Изучать образцы крови под микроскопом,Examine blood samples under a microscope
s09,S,53,1,Қиын жағдайға тап болған жасөспірімге қолдау көрсету,Поддерживать подростка в трудной ситуации,Support a teenager who is going through hard times
r09,R,54,1,Ауылға су құбырын тарту,Прокладывать водопровод в село,Lay a water pipeline to a village
a10,A,55,0,Кафенің интерьерін безендіру,Оформлять интерьер кафе,Decorate the inside of a café
s10,S,56,0,Колледжге жаңа түскен студенттердің бейімделуіне көмектесу,Помогать новым студентам освоиться в колледже,Help new students settle in at college
i10,I,57,0,Математикалық есепті шешетін бағдарлама жазу,Писать программу для решения математической задачи,Write a program that solves a maths problem
e10,E,58,0,Жаңа жобаға инвестор тарту,Привлекать инвесторов в новый проект,Find investors for a new business project
r10,R,59,0,"Гипс зауытындағы станоктарды баптап, майлау",Настраивать и смазывать станки на гипсовом заводе,Adjust and oil the machines at a gypsum plant
c10,C,60,0,"Келушілерді тіркеп, журнал жүргізу",Регистрировать посетителей и вести журнал,Register visitors and keep a visitor log
"""  # noqa: E501

DDO_2025_1 = """\
number,a_type,a_text_kk,a_text_ru,a_text_en,b_type,b_text_kk,b_text_ru,b_text_en
1,nature,Фермада қозыларды бағып-күту,Ухаживать за ягнятами на ферме,Look after lambs on a farm,technology,Зауыттағы станоктардың ақаусыз жұмысын қадағалау,Следить за исправной работой станков на заводе,Keep the machines at a plant running well
2,people,Ауруханада науқастарды күтіп-бағу,Ухаживать за больными в больнице,Look after patients in a hospital,signs,Сандар бойынша кестелер мен диаграммалар құру,Составлять таблицы и диаграммы по цифрам,Turn numbers into tables and charts
3,art,Балалар кітабына суреттер салу,Рисовать картинки для детской книги,Draw pictures for a children's book,nature,Көшетханада алма көшеттерін өсіру,Выращивать саженцы яблонь в питомнике,Grow young apple trees in a nursery
4,technology,"Электрондық құрылғыларды құрастырып, тексеру",Собирать и проверять электронные приборы,Assemble and test electronic devices,people,Дүкенде сатып алушыларға тауар таңдауға көмектесу,Помогать покупателям выбрать товар в магазине,Help customers choose goods in a shop
5,signs,Мәтіндерді бір тілден екінші тілге аудару,Переводить тексты с одного языка на другой,Translate texts from one language to another,art,Өлең немесе ән сөзін жазу,Сочинять стихи или тексты песен,Write poems or song lyrics
6,nature,Жас тайды ерге үйрету,Приучать молодого коня к седлу,Train a young horse to carry a rider,people,Кішкентай балаларға спорт ойынын үйрету,Учить младших детей спортивной игре,Teach younger children a sports game
7,art,Ағашқа ою-өрнек ою,Вырезать узоры по дереву,Carve patterns into wood,technology,Фосфор зауытының желісін пульттен басқару,Управлять линией фосфорного завода с пульта,Run a phosphorus plant line from a control panel
8,people,Туристерге көне Тараз бойынша экскурсия жүргізу,Проводить экскурсии для туристов по древнему Таразу,Show tourists around ancient Taraz,art,Мерекеге залды безендіру,Оформлять зал к празднику,Decorate a hall for a celebration
9,technology,Кір жуғыш машина сияқты тұрмыстық техниканы жөндеу,Ремонтировать стиральные машины и другую бытовую технику,Repair washing machines and other home appliances,signs,Мобильді қосымшаның кодын жазу,Писать код для мобильного приложения,Write the code for a mobile app
10,nature,Бақтағы ағаштардың неліктен ауыратынын анықтау,"Выяснять, почему болеют деревья в саду",Find out why orchard trees get sick,signs,Формулалар бойынша есептеулер жүргізу,Выполнять расчёты по формулам,Do calculations using formulas
11,technology,"3D-принтерді баптап, іске қосу",Настраивать и запускать 3D-принтер,Set up and run a 3D printer,nature,"Саябаққа ағаш отырғызып, оны күтіп-баптау",Сажать деревья и ухаживать за парком,Plant trees and look after a park
12,people,Сыныптасыңа жаңа тақырыпты түсіндіру,Объяснять однокласснику новую тему,Explain a new topic to a classmate,signs,Мектептің сабақ кестесін құру,Составлять расписание уроков для школы,Put together a school's lesson timetable
13,nature,Қорықта құстар мен аңдарды бақылау,Наблюдать за птицами и зверями в заповеднике,Watch birds and wild animals in a nature reserve,art,Көрмеге арналған әдемі фотосуреттер түсіру,Делать красивые фотографии для выставки,Take beautiful photos for an exhibition
14,technology,Егін орағында комбайн жүргізу,Водить комбайн во время уборки урожая,Drive a combine harvester at harvest time,people,Қарт көршілерге күнделікті істерінде көмектесу,Помогать пожилым соседям в повседневных делах,Help elderly neighbours with everyday tasks
15,signs,Қаланың карталары мен жоспарларымен жұмыс істеу,Работать с картами и планами города,Work with maps and plans of a city,art,Ұлттық өрнегі бар киім үлгілерін ойлап табу,Придумывать одежду с национальными узорами,Design clothes with national patterns
16,people,Балабақшада балаларға қамқор болу,Заботиться о детях в детском саду,Look after children in a kindergarten,nature,Жылыжайда көкөніс өсіру,Выращивать овощи в теплице,Grow vegetables in a greenhouse
17,art,Ансамбльде музыкалық аспапта ойнау,Играть на музыкальном инструменте в ансамбле,Play an instrument in a music band,technology,Шеберханада ескі мотоциклді қалпына келтіру,Восстанавливать старый мотоцикл в мастерской,Restore an old motorbike in a workshop
18,art,Мектеп спектаклінде рөл ойнау,Играть роль в школьном спектакле,Act a part in a school play,people,Ұрсысып қалған екі досты татуластыру,Помогать двум друзьям помириться после ссоры,Help two friends make peace after a quarrel
19,signs,Мектеп кітапханасының дерекқорын ретке келтіру,Наводить порядок в базе данных школьной библиотеки,Put a school library database in order,technology,"Күн панельдерін орнатып, желіге қосу",Устанавливать и подключать солнечные панели,Install and connect solar panels
20,signs,Күрделі математикалық есептер шығару,Решать сложные математические задачи,Solve difficult maths problems,nature,Омартада ара бағу,Ухаживать за пчёлами на пасеке,Look after bees in an apiary
"""  # noqa: E501

RIASEC_VERSIONS = {"2025.1": RIASEC_2025_1}
DDO_VERSIONS = {"2025.1": DDO_2025_1}


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def archived_riasec_items(version: str, short_form: bool = False) -> list[RiasecItem] | None:
    """The RIASEC items of ``version`` in display order, or None if it is not archived."""
    if version not in RIASEC_VERSIONS:
        return None
    items = [RiasecItem(r["id"], r["type"], int(r["position"]), r["short_form"] == "1",
                        LocalText.from_row(r, "text")) for r in _rows(RIASEC_VERSIONS[version])]
    return sorted((i for i in items if i.short_form or not short_form), key=lambda i: i.position)


def archived_ddo_items(version: str) -> list[DdoItem] | None:
    """The DDO pairs of ``version`` in number order, or None if it is not archived."""
    if version not in DDO_VERSIONS:
        return None
    items = [DdoItem(int(r["number"]), r["a_type"], LocalText.from_row(r, "a_text"), r["b_type"],
                     LocalText.from_row(r, "b_text")) for r in _rows(DDO_VERSIONS[version])]
    return sorted(items, key=lambda i: i.number)

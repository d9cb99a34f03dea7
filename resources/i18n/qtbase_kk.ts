<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Kazakh for Qt's own buttons and dialogs (Qt ships no Kazakh). Hand-written, not updated by lupdate; sources and contexts are those of Qt's qtbase_ru. -->
<TS version="2.1" language="kk_KZ">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сақтау</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Барлығын сақтау</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ашу</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Иә</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Бәріне &amp;иә</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Жоқ</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Бәріне &amp;жоқ</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Тоқтату</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Қайталау</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Елемеу</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Сақтамау</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Анықтама</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Қолдану</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Қалпына келтіру</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Әдепкі мәндерді қайтару</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Толығырақ көрсету...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Толығырақ жасыру...</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Мәнді енгізіңіз:</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>Бұл хабарды &amp;қайта көрсету</translation>
    </message>
    <message>
      <source>Critical Error:</source>
      <translation>Елеулі қате:</translation>
    </message>
    <message>
      <source>Debug Message:</source>
      <translation>Түзету хабары:</translation>
    </message>
    <message>
      <source>Fatal Error:</source>
      <translation>Жөнделмейтін қате:</translation>
    </message>
    <message>
      <source>Information:</source>
      <translation>Ақпарат:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Ескерту:</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>Кө&amp;шіру</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Қою</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Қ&amp;айтару</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Болдырмау</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Қиып алу</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Жою</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Барлығын белгілеу</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>Кө&amp;шіру</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Қою</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>Қ&amp;айтару</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Болдырмау</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Қиып алу</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Жою</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Барлығын белгілеу</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Сілтеме &amp;мекенжайын көшіру</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Төменгі шетке</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Сол жақ шетке</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Бір бет төмен</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Бір бет солға</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Бір бет оңға</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Бір бет жоғары</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Оң жақ шетке</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Төмен айналдыру</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Осы жерге айналдыру</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Солға айналдыру</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Оңға айналдыру</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Жоғары айналдыру</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Жоғарғы шетке</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Қалта табылмады.
Қалта атауының дұрыс жазылғанын тексеріңіз.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Файл табылмады.
Файл атауының дұрыс жазылғанын тексеріңіз.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 файлы</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 бұрыннан бар.
Оны ауыстырасыз ба?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Таңдау</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Жою</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Жаңа қалта</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ашу</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Атын өзгерту</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сақтау</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» жазудан қорғалған.
Бәрібір жоясыз ба?</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Сілтеме</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>«%1» шынымен жойылсын ба?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Кесте түрінде көрсету</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Тізім түрінде көрсету</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Қалтаны жою мүмкін болмады.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Жаңа қалта жасау</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Жаңа қалта жасау</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Жою</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Кесте</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Қалталар</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Қалта:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Файл &amp;атауы:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Файл қалтасы</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Файлдар</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Файл түрі:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Қалтаны табу</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Қалта</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Алға</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Алға</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Жоғарғы қалтаға өту</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Тізім</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Орындар мен бетбелгілер</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Қалта:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Менің компьютерім</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Жаңа қалта</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ашу</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Жоғарғы қалта</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Соңғы орындар</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Алып тастау</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Басқаша сақтау</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Жарлық</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Көрсету </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Жасырын файлдарды көрсету</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Бүйірлік панель</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Белгісіз</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;«%1» атауын қолдануға болмайды.&lt;/b&gt;&lt;p&gt;Қысқарақ немесе тыныс белгілері жоқ басқа атау беріп көріңіз.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Өзгертілген күні</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Файл атауы жарамсыз</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Менің компьютерім</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Өлшемі</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Түрі</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>%1 бұрыннан бар.
Оны қайта жазасыз ба?</translation>
    </message>
    <message>
      <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
      <translation>%1 дұрыс жазылмаған. Беттер мен аралықтарды ',' белгісімен бөліңіз, аралықты '-' белгісімен көрсетіңіз; аралықтар бір-бірімен қиылыспауы керек.</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 — қалта.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Басып шығару</translation>
    </message>
    <message>
      <source>1 (1x1)</source>
      <translation>1 (1x1)</translation>
    </message>
    <message>
      <source>16 (4x4)</source>
      <translation>16 (4x4)</translation>
    </message>
    <message>
      <source>2 (2x1)</source>
      <translation>2 (2x1)</translation>
    </message>
    <message>
      <source>4 (2x2)</source>
      <translation>4 (2x2)</translation>
    </message>
    <message>
      <source>6 (2x3)</source>
      <translation>6 (2x3)</translation>
    </message>
    <message>
      <source>9 (3x3)</source>
      <translation>9 (3x3)</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Барлық беттер</translation>
    </message>
    <message>
      <source>Bottom to Top, Left to Right</source>
      <translation>Төменнен жоғары, солдан оңға</translation>
    </message>
    <message>
      <source>Bottom to Top, Right to Left</source>
      <translation>Төменнен жоғары, оңнан солға</translation>
    </message>
    <message>
      <source>Duplex Settings Conflicts</source>
      <translation>Екі жақты басып шығару баптауларында қайшылық</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Жұп беттер</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>%1 файлына жазу мүмкін емес.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>Беттер дұрыс көрсетілмеген</translation>
    </message>
    <message>
      <source>Left to Right, Bottom to Top</source>
      <translation>Солдан оңға, төменнен жоғары</translation>
    </message>
    <message>
      <source>Left to Right, Top to Bottom</source>
      <translation>Солдан оңға, жоғарыдан төмен</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Жергілікті файл</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Тақ беттер</translation>
    </message>
    <message>
      <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
      <translation>«Парақтағы беттер» мен «Беттер жиыны» параметрлерін бірге қолдануға болмайды.
Олардың біреуін өшіріңіз.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Файлға басып шығару ...</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Файлға басып шығару (PDF)</translation>
    </message>
    <message>
      <source>Right to Left, Bottom to Top</source>
      <translation>Оңнан солға, төменнен жоғары</translation>
    </message>
    <message>
      <source>Right to Left, Top to Bottom</source>
      <translation>Оңнан солға, жоғарыдан төмен</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Бастапқы бет соңғы беттен үлкен бола алмайды.</translation>
    </message>
    <message>
      <source>There are conflicts in duplex settings. Do you want to fix them?</source>
      <translation>Екі жақты басып шығару баптауларында қайшылық бар. Оларды түзетесіз бе?</translation>
    </message>
    <message>
      <source>Top to Bottom, Left to Right</source>
      <translation>Жоғарыдан төмен, солдан оңға</translation>
    </message>
    <message>
      <source>Top to Bottom, Right to Left</source>
      <translation>Жоғарыдан төмен, оңнан солға</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>PDF файлын жазу</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Collate</source>
      <translation>Даналап сұрыптау</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Түсті</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Түс режимі</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Даналар</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Дана саны:</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Ағымдағы бет</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>Екі жақты басып шығару</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Сұр реңктер</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Ұзын жағынан түптеу</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Өшірулі</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Параметрлер</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Басып шығару баптаулары</translation>
    </message>
    <message>
      <source>Page Set:</source>
      <translation>Беттер жиыны:</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Беттер</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Беттер:</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Барлық беттер</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Басып шығару аралығы</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Кері ретпен</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Белгіленген бөлік</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Қысқа жағынан түптеу</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Беттерді немесе аралықтарды үтір арқылы жазыңыз. Аралық сызықшамен бөлінген екі санмен беріледі. Мысалы, 3,5-7,9 жазылса, 3, 5, 6, 7 және 9-беттер басылады.</translation>
    </message>
    <message>
      <source>to</source>
      <translation>–</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Атауы:</translation>
    </message>
    <message>
      <source>...</source>
      <translation>...</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Орны:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>Сақталатын &amp;файл:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>&amp;Қасиеттері</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Алдын ала қарау</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Принтер</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Түрі:</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesDialog</name>
    <message>
      <source>Advanced Option Conflicts</source>
      <translation>Қосымша параметрлерде қайшылық</translation>
    </message>
    <message>
      <source>Job Options</source>
      <translation>Тапсырма параметрлері</translation>
    </message>
    <message>
      <source>Page Setup Conflicts</source>
      <translation>Бет баптауларында қайшылық</translation>
    </message>
    <message>
      <source>Printer Properties</source>
      <translation>Принтер қасиеттері</translation>
    </message>
    <message>
      <source>There are conflicts in page setup options. Do you want to fix them?</source>
      <translation>Бет баптауларында қайшылық бар. Оларды түзетесіз бе?</translation>
    </message>
    <message>
      <source>There are conflicts in some advanced options. Do you want to fix them?</source>
      <translation>Кейбір қосымша параметрлерде қайшылық бар. Оларды түзетесіз бе?</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>CC</source>
      <translation>CC</translation>
    </message>
    <message>
      <source>Cicero (CC)</source>
      <translation>Цицеро (CC)</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Басқа</translation>
    </message>
    <message>
      <source>DD</source>
      <translation>DD</translation>
    </message>
    <message>
      <source>Didot (DD)</source>
      <translation>Дидо (DD)</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Биіктігі:</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Дюйм (in)</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Альбомдық</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Жиектер</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Миллиметр (мм)</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Бағдары</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Беттердің орналасуы</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Беттердің реті:</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Бет өлшемі:</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Парақтағы беттер:</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Қағаз</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Қағаз науасы:</translation>
    </message>
    <message>
      <source>Pica (P̸)</source>
      <translation>Пика (P̸)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Пункт (pt)</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Кітаптық</translation>
    </message>
    <message>
      <source>P̸</source>
      <translation>P̸</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Төңкерілген альбомдық</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Төңкерілген кітаптық</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Ені:</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>төменгі жиек</translation>
    </message>
    <message>
      <source>in</source>
      <translation>in</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>сол жақ жиек</translation>
    </message>
    <message>
      <source>mm</source>
      <translation>мм</translation>
    </message>
    <message>
      <source>pt</source>
      <translation>pt</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>оң жақ жиек</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>жоғарғы жиек</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Advanced</source>
      <translation>Қосымша</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Бет</translation>
    </message>
    <message>
      <source>There are conflicts in some options. Please fix them.</source>
      <translation>Кейбір параметрлерде қайшылық бар. Оларды түзетіңіз.</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Бірінші бет</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Бетті толық көрсету</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Ені бойынша</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Альбомдық</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Соңғы бет</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Келесі бет</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Бет параметрлері</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Бет параметрлері</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Кітаптық</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Алдыңғы бет</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <source>Print Preview</source>
      <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Қатар тұрған беттерді көрсету</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Барлық беттерді көрсету</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Бір бетті көрсету</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Үлкейту</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Кішірейту</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>Барлығын &amp;белгілеу</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Арттыру</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Азайту</translation>
    </message>
  </context>
</TS>

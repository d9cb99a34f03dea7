; Bagdar's own installer texts, Kazakh first (included by installer.nsi after the languages).

LangString NeedsWindows10 ${LANG_KAZAKH} "Bagdar Windows 10 немесе 11 (64 биттік) жүйесінде жұмыс істейді."
LangString NeedsWindows10 ${LANG_RUSSIAN} "Bagdar работает в Windows 10 или 11 (64-разрядной)."
LangString NeedsWindows10 ${LANG_ENGLISH} "Bagdar needs Windows 10 or 11 (64-bit)."

LangString UnProgram ${LANG_KAZAKH} "Bagdar бағдарламасы"
LangString UnProgram ${LANG_RUSSIAN} "Программа Bagdar"
LangString UnProgram ${LANG_ENGLISH} "The Bagdar program"

LangString UnRecords ${LANG_KAZAKH} "Мектеп деректерін жою (оқушылар, жауаптар, сақтық көшірмелер)"
LangString UnRecords ${LANG_RUSSIAN} "Удалить данные школы (ученики, ответы, резервные копии)"
LangString UnRecords ${LANG_ENGLISH} "Remove the school records (students, answers, backups)"

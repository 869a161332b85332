<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>EvacuationListDocument</name>
    <message>
        <source>Evacuation list</source>
        <translation>Список для эвакуации</translation>
    </message>
    <message>
        <source>People inside at %1: %2</source>
        <translation>Находятся внутри на %1: %2 чел.</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Источник данных: %1</translation>
    </message>
    <message>
        <source>Counted from the passes between %1 and %2. Someone whose last pass is older than that is not on this list.</source>
        <translation>Составлен по проходам с %1 по %2. Тех, чей последний проход был раньше, в списке нет.</translation>
    </message>
    <message>
        <source>Nobody is inside according to the passes.</source>
        <translation>По данным проходов внутри никого нет.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Last door</source>
        <translation>Последняя дверь</translation>
    </message>
    <message>
        <source>Last pass</source>
        <translation>Последний проход</translation>
    </message>
    <message>
        <source>Total inside: %1</source>
        <translation>Всего внутри: %1 чел.</translation>
    </message>
    <message>
        <source>Checked by (name): ______________________________ Signature: ________________ Time: __________</source>
        <translation>Проверил (ФИО): ______________________________ Подпись: ________________ Время: __________</translation>
    </message>
    <message>
        <source>Evacuation list · %1 · %2</source>
        <translation>Список для эвакуации · %1 · %2</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Отметка</translation>
    </message>
</context>
<context>
    <name>EventColumns</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Дверь</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Считыватель</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>authDateTime was empty; the time comes from authDate and authTime</source>
        <translation>authDateTime пуст; время взято из authDate и authTime</translation>
    </message>
    <message>
        <source>The database row has no valid time</source>
        <translation>В строке базы данных нет правильного времени</translation>
    </message>
    <message>
        <source>Stored value: %1</source>
        <translation>Значение в базе: %1</translation>
    </message>
</context>
<context>
    <name>EventFormat</name>
    <message>
        <source>time unknown</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Database password</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <source>Password for the connection &quot;%1&quot;:
(it is not saved on this computer, so it is asked for at each start)</source>
        <translation>Пароль для подключения «%1»:
(он не сохранён на этом компьютере, поэтому запрашивается при каждом запуске)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Break, min</source>
        <translation>Перерыв, мин</translation>
    </message>
    <message>
        <source>Grace late, min</source>
        <translation>Допуск опоздания, мин</translation>
    </message>
    <message>
        <source>Grace early, min</source>
        <translation>Допуск раннего ухода, мин</translation>
    </message>
    <message>
        <source>Overtime after, min</source>
        <translation>Сверхурочные после, мин</translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation>Гибкая</translation>
    </message>
    <message>
        <source>Required, min</source>
        <translation>Норма, мин</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>Окно с</translation>
    </message>
    <message>
        <source>Window to</source>
        <translation>Окно по</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Days (shifts; - is a day off)</source>
        <translation>Дни (смены; - — выходной)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Follows the calendar</source>
        <translation>По производственному календарю</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Employee IDs</source>
        <translation>Табельные №</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>or group</source>
        <translation>или группа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Shift (empty: day off)</source>
        <translation>Смена (пусто — выходной)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Code (Б, ОТ, К, ДО, Г…)</source>
        <translation>Код (Б, ОТ, К, ДО, Г…)</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>Day off (transfer)</source>
        <translation>Выходной (перенос)</translation>
    </message>
    <message>
        <source>Short day (an hour less)</source>
        <translation>Сокращённый день (на час короче)</translation>
    </message>
    <message>
        <source>Working day (transfer)</source>
        <translation>Рабочий день (перенос)</translation>
    </message>
</context>
<context>
    <name>PrintableReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Не удаётся записать файл %1.</translation>
    </message>
</context>
<context>
    <name>ProfileProblems</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Укажите имя подключения.</translation>
    </message>
    <message>
        <source>Choose the ODBC driver.</source>
        <translation>Выберите драйвер ODBC.</translation>
    </message>
    <message>
        <source>Enter the server name.</source>
        <translation>Укажите сервер.</translation>
    </message>
    <message>
        <source>Enter the SQL Server login, or choose Windows integrated authentication.</source>
        <translation>Укажите имя входа SQL Server или выберите проверку подлинности Windows.</translation>
    </message>
    <message>
        <source>Enter the name of the ODBC data source (DSN).</source>
        <translation>Укажите имя источника данных ODBC (DSN).</translation>
    </message>
    <message>
        <source>Enter the ODBC connection string (KEY=value;…).</source>
        <translation>Укажите строку подключения ODBC (KEY=value;…).</translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation>Выберите файл SQLite.</translation>
    </message>
    <message>
        <source>Table and columns: %1</source>
        <translation>Таблица и столбцы: %1</translation>
    </message>
    <message>
        <source>Directions: &quot;%1&quot; is listed both as an entry and as an exit value.</source>
        <translation>Направления: значение «%1» указано и для входа, и для выхода.</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Watch list</source>
        <translation>Список наблюдения</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
</context>
<context>
    <name>WorktimeStyle</name>
    <message>
        <source>No exit</source>
        <translation>Нет выхода</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Нет входа</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <source>Absent on a working day (abs.)</source>
        <translation>Неявка в рабочий день (НН)</translation>
    </message>
    <message>
        <source>Entry or exit pass missing (? = hours unknown)</source>
        <translation>Нет входа или выхода (? — часы неизвестны)</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Hours worked per day (h:mm); in = came in today, not out yet.</source>
        <translation>Часы за день (ч:мм); «вн.» — пришёл сегодня и ещё не ушёл.</translation>
    </message>
</context>
<context>
    <name>attlog::db::DataSession</name>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
</context>
<context>
    <name>attlog::db::HistoryExporter</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>attlog::db::SessionHistory</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Соединение закрыто.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>attlog::db::TableExportJob</name>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
</context>
<context>
    <name>attlog::ui::AlertBanner</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Acknowledge this alert (Enter, Space or Ctrl+Enter)</source>
        <translation>Принять эту тревогу (Enter, пробел или Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll</source>
        <translation>Принять &amp;все</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Тревога</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>карта %1</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>неизвестный</translation>
    </message>
    <message>
        <source>⚠ %1: %2 — %3, %4, %5</source>
        <translation>⚠ %1: %2 — %3, %4, %5</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>без времени</translation>
    </message>
    <message>
        <source> (late: replayed after an outage)</source>
        <translation> (с опозданием: дослано после сбоя)</translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s) waiting</source>
        <translation>
            <numerusform>ещё %n тревога ждёт</numerusform>
            <numerusform>ещё %n тревоги ждут</numerusform>
            <numerusform>ещё %n тревог ждут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attlog::ui::AnomaliesDialog</name>
    <message>
        <source>Double entry</source>
        <translation>Двойной вход</translation>
    </message>
    <message>
        <source>Exit without entry</source>
        <translation>Выход без входа</translation>
    </message>
    <message>
        <source>Impossible travel</source>
        <translation>Невозможный переход</translation>
    </message>
    <message>
        <source>Ghost duplicate</source>
        <translation>Двойник прохода</translation>
    </message>
    <message>
        <source>Unusual hours</source>
        <translation>Необычное время</translation>
    </message>
    <message>
        <source>no exit between</source>
        <translation>между ними нет выхода</translation>
    </message>
    <message>
        <source>no entry after the exit before</source>
        <translation>после предыдущего выхода не было входа</translation>
    </message>
    <message numerus="yes">
        <source>no entry in the %n day(s) before</source>
        <translation>
            <numerusform>ни одного входа за %n день до этого</numerusform>
            <numerusform>ни одного входа за %n дня до этого</numerusform>
            <numerusform>ни одного входа за %n дней до этого</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s between two doors</source>
        <translation>
            <numerusform>%n с между двумя дверями</numerusform>
            <numerusform>%n с между двумя дверями</numerusform>
            <numerusform>%n с между двумя дверями</numerusform>
        </translation>
    </message>
    <message>
        <source>the same pass exactly one hour later</source>
        <translation>тот же проход ровно через час</translation>
    </message>
    <message numerus="yes">
        <source>the same pass again after %n s</source>
        <translation>
            <numerusform>тот же проход снова через %n с</numerusform>
            <numerusform>тот же проход снова через %n с</numerusform>
            <numerusform>тот же проход снова через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>usual hours %1</source>
        <translation>обычное время %1</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Аномалии</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Shortest walk between two doors, seconds</source>
        <translation>Кратчайший путь между двумя дверями, секунд</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>Shortest &amp;walk between doors</source>
        <translation>&amp;Путь между дверями не короче</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation>Найденные аномалии</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Первый</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Второй</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Дверь</translation>
    </message>
    <message>
        <source>Second door</source>
        <translation>Вторая дверь</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Show &amp;passes</source>
        <translation>Показать &amp;проходы</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the passes of %1 to %2 (and the %n day(s) before, for the usual hours)…</source>
        <translation>
            <numerusform>Читаются проходы с %1 по %2 (и за %n день до того — для обычного времени)…</numerusform>
            <numerusform>Читаются проходы с %1 по %2 (и за %n дня до того — для обычного времени)…</numerusform>
            <numerusform>Читаются проходы с %1 по %2 (и за %n дней до того — для обычного времени)…</numerusform>
        </translation>
    </message>
    <message>
        <source>No anomalies in this period.</source>
        <translation>За этот период аномалий нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies) — %1. Double-click a row for its passes.</source>
        <translation>
            <numerusform>%n аномалия — %1. Двойной щелчок по строке покажет её проходы.</numerusform>
            <numerusform>%n аномалии — %1. Двойной щелчок по строке покажет их проходы.</numerusform>
            <numerusform>%n аномалий — %1. Двойной щелчок по строке покажет их проходы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the passes failed: %1</source>
        <translation>Не удалось прочитать проходы: %1</translation>
    </message>
</context>
<context>
    <name>attlog::ui::ColumnMappingEditor</name>
    <message>
        <source>Live key:</source>
        <translation>Ключ строки:</translation>
    </message>
    <message>
        <source>A unique, increasing integer column: Live follows it to see new rows.</source>
        <translation>Уникальный возрастающий целочисленный столбец: по нему вкладка «Онлайн» находит новые строки.</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Дата и время:</translation>
    </message>
    <message>
        <source>The pass time (local time, no time zone).</source>
        <translation>Время прохода (местное, без часового пояса).</translation>
    </message>
    <message>
        <source>Date (text):</source>
        <translation>Дата (текст):</translation>
    </message>
    <message>
        <source>Used when the date-and-time column is empty.</source>
        <translation>Используется, когда столбец даты и времени пуст.</translation>
    </message>
    <message>
        <source>Time (text):</source>
        <translation>Время (текст):</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Entry or exit; the values are set on the Directions page.</source>
        <translation>Вход или выход; значения задаются на вкладке «Направления».</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>Устройство:</translation>
    </message>
    <message>
        <source>Device serial number:</source>
        <translation>Серийный номер устройства:</translation>
    </message>
    <message>
        <source>Person name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Employee ID:</source>
        <translation>Табельный номер:</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>Номер карты:</translation>
    </message>
    <message>
        <source>Door name:</source>
        <translation>Дверь:</translation>
    </message>
    <message>
        <source>Reader name:</source>
        <translation>Считыватель:</translation>
    </message>
    <message>
        <source>May be qualified: schema.table, or database.schema.table on SQL Server. Leave empty for the default.</source>
        <translation>Можно указать со схемой: схема.таблица, а для SQL Server — база.схема.таблица. Оставьте пустым, чтобы использовать таблицу по умолчанию.</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Таблица:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Reset columns to the iVMS-4200 names</source>
        <translation>Вернуть имена столбцов iVMS-4200</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>по умолчанию: %1</translation>
    </message>
    <message>
        <source>default: dbo.attlog on SQL Server, attlog elsewhere</source>
        <translation>по умолчанию: dbo.attlog для SQL Server, attlog для остальных</translation>
    </message>
    <message>
        <source>Inserted at:</source>
        <translation>Время записи:</translation>
    </message>
    <message>
        <source>When the row was written (a column with DEFAULT CURRENT_TIMESTAMP), if the table has one: Data health compares it with each device&apos;s clock.</source>
        <translation>Когда строка была записана (столбец с DEFAULT CURRENT_TIMESTAMP), если он есть в таблице: «Состояние данных» сравнивает его с часами каждого устройства.</translation>
    </message>
    <message>
        <source>A time (date and time, or date and time as text) is required, and one of person name, employee ID or card number. Without a live key, the date and time column is needed: Live then follows new rows by their time. Choose &quot;%1&quot; for a column the table does not have; Test connection fits the names to the table&apos;s columns.</source>
        <translation>Нужно время (дата и время или дата и время текстом) и одно из: ФИО, табельный номер или номер карты. Без ключа строки нужен столбец даты и времени: тогда «Онлайн» находит новые строки по времени. Выберите «%1» для столбца, которого нет в таблице; «Проверить подключение» подгоняет имена к столбцам таблицы.</translation>
    </message>
</context>
<context>
    <name>attlog::ui::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>Saved connections:</source>
        <translation>Сохранённые подключения:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The selected connection is used after &quot;Save and connect&quot;. The one in bold is in use now.</source>
        <translation>Выбранное подключение начнёт работать после «Сохранить и подключиться». Жирным выделено текущее.</translation>
    </message>
    <message>
        <source>Connection name:</source>
        <translation>Имя подключения:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Table and columns</source>
        <translation>Таблица и столбцы</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Сохранить и подключиться</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>Используется сейчас</translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation>Подключение с именем «%1» уже есть.</translation>
    </message>
    <message>
        <source>Add a connection with &quot;New&quot;.</source>
        <translation>Добавьте подключение кнопкой «Создать».</translation>
    </message>
    <message>
        <source>To fix before saving:</source>
        <translation>Перед сохранением исправьте:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Новое подключение</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation>Проверка не выполнена: %1</translation>
    </message>
    <message>
        <source>Not tested: type the password (none is saved for this connection).</source>
        <translation>Проверка не выполнена: введите пароль (для этого подключения он не сохранён).</translation>
    </message>
    <message>
        <source>Type the password: none is saved for this connection.</source>
        <translation>Введите пароль: для этого подключения он не сохранён.</translation>
    </message>
    <message>
        <source>No password store on this computer: the password will be asked for at each start</source>
        <translation>На этом компьютере нет хранилища паролей: пароль будет запрашиваться при каждом запуске</translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; was not saved (%2); it will be asked for at the next start.</source>
        <translation>Пароль для «%1» не сохранён (%2); он будет запрошен при следующем запуске.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Пароль не сохранён</translation>
    </message>
</context>
<context>
    <name>attlog::ui::ConnectionForm</name>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>MySQL / MariaDB (ODBC)</source>
        <translation>MySQL / MariaDB (ODBC)</translation>
    </message>
    <message>
        <source>PostgreSQL (ODBC)</source>
        <translation>PostgreSQL (ODBC)</translation>
    </message>
    <message>
        <source>ODBC data source (DSN)</source>
        <translation>Источник данных ODBC (DSN)</translation>
    </message>
    <message>
        <source>ODBC connection string</source>
        <translation>Строка подключения ODBC</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Файл SQLite</translation>
    </message>
    <message>
        <source>Database type:</source>
        <translation>Тип базы данных:</translation>
    </message>
    <message>
        <source>The ODBC drivers installed on this computer; a name may be typed.</source>
        <translation>Драйверы ODBC, установленные на этом компьютере; имя можно ввести вручную.</translation>
    </message>
    <message>
        <source>ODBC driver:</source>
        <translation>Драйвер ODBC:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>e.g. thirdparty</source>
        <translation>например, thirdparty</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>SQL Server login</source>
        <translation>Проверка подлинности SQL Server</translation>
    </message>
    <message>
        <source>Windows integrated authentication</source>
        <translation>Проверка подлинности Windows</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Проверка подлинности:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Запомнить пароль</translation>
    </message>
    <message>
        <source>Kept in the operating system&apos;s password store, never in the settings file.</source>
        <translation>Хранится в хранилище паролей операционной системы, а не в файле настроек.</translation>
    </message>
    <message>
        <source>No password store on this computer: the password will be asked for at each start</source>
        <translation>На этом компьютере нет хранилища паролей: пароль будет запрашиваться при каждом запуске</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Driver default</source>
        <translation>Как задано в драйвере</translation>
    </message>
    <message>
        <source>Encrypt (Encrypt=yes)</source>
        <translation>Шифровать (Encrypt=yes)</translation>
    </message>
    <message>
        <source>Do not encrypt (Encrypt=no)</source>
        <translation>Не шифровать (Encrypt=no)</translation>
    </message>
    <message>
        <source>ODBC Driver 18 encrypts by default and then needs a trusted server certificate.</source>
        <translation>ODBC Driver 18 по умолчанию шифрует соединение, и тогда нужен доверенный сертификат сервера.</translation>
    </message>
    <message>
        <source>Trust the server certificate</source>
        <translation>Доверять сертификату сервера</translation>
    </message>
    <message>
        <source>TrustServerCertificate=yes: accept a self-signed certificate (common on iVMS servers).</source>
        <translation>TrustServerCertificate=yes: принимать самоподписанный сертификат (обычное дело на серверах iVMS).</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <source>Read-only intent (ApplicationIntent=ReadOnly)</source>
        <translation>Только чтение (ApplicationIntent=ReadOnly)</translation>
    </message>
    <message>
        <source>Lets an Always On availability group send this connection to a readable replica.</source>
        <translation>Позволяет группе доступности Always On направить это подключение на реплику для чтения.</translation>
    </message>
    <message>
        <source>as named in the ODBC Data Source Administrator</source>
        <translation>как в «Администраторе источников данных ODBC»</translation>
    </message>
    <message>
        <source>Data source (DSN):</source>
        <translation>Источник данных (DSN):</translation>
    </message>
    <message>
        <source>A password typed here (PWD=…) is moved to the password field: the settings never hold it.</source>
        <translation>Пароль, введённый здесь (PWD=…), переносится в поле пароля: в настройках он не хранится.</translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation>Строка подключения:</translation>
    </message>
    <message>
        <source>path to the .sqlite / .db file</source>
        <translation>путь к файлу .sqlite / .db</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>SQLite file:</source>
        <translation>Файл SQLite:</translation>
    </message>
    <message>
        <source>Opened read-only: the application never writes to the events table.</source>
        <translation>Открывается только для чтения: программа никогда не пишет в таблицу событий.</translation>
    </message>
    <message>
        <source>saved; type a new one to replace it</source>
        <translation>сохранён; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>host\INSTANCE, or host name / address</source>
        <translation>хост\ЭКЗЕМПЛЯР или имя хоста / адрес</translation>
    </message>
    <message>
        <source>Leave at &quot;default&quot; to reach a named instance through SQL Server Browser; a port connects to host:port directly.</source>
        <translation>Оставьте «по умолчанию», чтобы найти именованный экземпляр через SQL Server Browser; с указанным портом подключение идёт напрямую на хост:порт.</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>имя хоста или адрес</translation>
    </message>
    <message>
        <source>Leave at &quot;default&quot; for 3306.</source>
        <translation>Оставьте «по умолчанию» для порта 3306.</translation>
    </message>
    <message>
        <source>Leave at &quot;default&quot; for 5432.</source>
        <translation>Оставьте «по умолчанию» для порта 5432.</translation>
    </message>
    <message>
        <source>leave empty to use the one stored in the DSN</source>
        <translation>оставьте пустым, чтобы взять из DSN</translation>
    </message>
    <message>
        <source>No ODBC drivers were found on this computer.</source>
        <translation>На этом компьютере не найдено драйверов ODBC.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not installed on this computer.</source>
        <translation>Драйвер «%1» не установлен на этом компьютере.</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Файл базы данных SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>Базы данных SQLite (*.sqlite *.sqlite3 *.db *.db3);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>attlog::ui::ConnectionTestPanel</name>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Connects, checks the table and its columns, and reads the row count, key range and newest event. Nothing is written.</source>
        <translation>Подключается, проверяет таблицу и её столбцы, читает число строк, диапазон ключей и последнее событие. Ничего не записывает.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connection test failed: %1</source>
        <translation>Проверка не пройдена: %1</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Подключено.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Подключено к %1.</translation>
    </message>
    <message>
        <source>Table %1: no rows yet.</source>
        <translation>Таблица %1: строк пока нет.</translation>
    </message>
    <message>
        <source>Table %1: %2 rows</source>
        <translation>Таблица %1, строк: %2</translation>
    </message>
    <message>
        <source>, keys %1 to %2</source>
        <translation>, ключи с %1 по %2</translation>
    </message>
    <message>
        <source>Newest event: %1.</source>
        <translation>Последнее событие: %1.</translation>
    </message>
    <message>
        <source>No key column (%1): Live follows new rows by their time (keyless mode). Adding a key column makes it cheaper; see sql/README.md.</source>
        <translation>Нет столбца ключа (%1): «Онлайн» находит новые строки по времени (режим без ключа). Столбец ключа сделает это дешевле; см. sql/README.md.</translation>
    </message>
    <message>
        <source>Live follows new rows by the key column %1.</source>
        <translation>«Онлайн» находит новые строки по столбцу ключа %1.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Примечание: %1.</translation>
    </message>
</context>
<context>
    <name>attlog::ui::DataHealthDialog</name>
    <message>
        <source>in the future</source>
        <translation>в будущем</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Data health</source>
        <translation>Состояние данных</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Devices&lt;/b&gt; (the %n days before the newest pass)</source>
        <translation>
            <numerusform>&lt;b&gt;Устройства&lt;/b&gt; (за %n день до последнего прохода)</numerusform>
            <numerusform>&lt;b&gt;Устройства&lt;/b&gt; (за %n дня до последнего прохода)</numerusform>
            <numerusform>&lt;b&gt;Устройства&lt;/b&gt; (за %n дней до последнего прохода)</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>УстройствоУстройство</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Проходов</translation>
    </message>
    <message>
        <source>Newest pass</source>
        <translation>Последний проход</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>Нет проходов</translation>
    </message>
    <message>
        <source>Repeated serialNo</source>
        <translation>Повторы serialNo</translation>
    </message>
    <message>
        <source>Passes in the future</source>
        <translation>Проходы в будущем</translation>
    </message>
    <message>
        <source>Clock, h</source>
        <translation>Часы, ч</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direction values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Значения направления&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Значение в базе</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Показывается как</translation>
    </message>
    <message>
        <source>Direction values</source>
        <translation>Значения направления</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suspected ghost duplicates&lt;/b&gt; (same person, door and direction, exactly 1 h apart or within a minute)</source>
        <translation>&lt;b&gt;Похоже на дубли&lt;/b&gt; (тот же человек, дверь и направление, ровно через 1 ч или в пределах минуты)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>СотрудникСотрудник</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>ДверьДверь</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Первый</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Второй</translation>
    </message>
    <message>
        <source>Suspected ghost duplicates</source>
        <translation>Похоже на дубли</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Прочитать заново</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Чтение таблицы…</translation>
    </message>
    <message>
        <source>Reading the passes of %1 to %2…</source>
        <translation>Чтение проходов с %1 по %2…</translation>
    </message>
    <message>
        <source>%1: %2 passes, the first %3, the newest %4.</source>
        <translation>%1: проходов — %2, первый %3, последний %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Live follows the table by time (no key column: %1).</source>
        <translation>«Онлайн» следит за таблицей по времени (нет столбца ключа: %1).</translation>
    </message>
    <message>
        <source>Live follows the key column %1.</source>
        <translation>«Онлайн» следит за столбцом ключа %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) have no date and time.</source>
        <translation>
            <numerusform>У %n прохода нет даты и времени.</numerusform>
            <numerusform>У %n проходов нет даты и времени.</numerusform>
            <numerusform>У %n проходов нет даты и времени.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serialNo value(s) are used by more than one device: the devices number their own passes.</source>
        <translation>
            <numerusform>%n значение serialNo встречается у нескольких устройств: устройства нумеруют свои проходы сами.</numerusform>
            <numerusform>%n значения serialNo встречаются у нескольких устройств: устройства нумеруют свои проходы сами.</numerusform>
            <numerusform>%n значений serialNo встречаются у нескольких устройств: устройства нумеруют свои проходы сами.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>▲ %1 (usually busy at this hour)</source>
        <translation>▲ %1 (обычно в этот час проходы есть)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>▲ not mapped</source>
        <translation>▲ не сопоставлено</translation>
    </message>
    <message>
        <source>Map as In</source>
        <translation>Считать входом</translation>
    </message>
    <message>
        <source>Map as Out</source>
        <translation>Считать выходом</translation>
    </message>
    <message>
        <source>1 hour apart</source>
        <translation>через 1 час</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>повтор</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) read from %1 to %2; %3 suspected ghost duplicate(s).</source>
        <translation>
            <numerusform>Прочитан %n проход с %1 по %2; похоже на дубли: %3.</numerusform>
            <numerusform>Прочитано %n прохода с %1 по %2; похоже на дубли: %3.</numerusform>
            <numerusform>Прочитано %n проходов с %1 по %2; похоже на дубли: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the table failed: %1</source>
        <translation>Не удалось прочитать таблицу: %1</translation>
    </message>
</context>
<context>
    <name>attlog::ui::DataTableView</name>
    <message>
        <source>Show all columns</source>
        <translation>Показать все столбцы</translation>
    </message>
</context>
<context>
    <name>attlog::ui::DirectionMappingEditor</name>
    <message>
        <source>Values of the direction column</source>
        <translation>Значения столбца направления</translation>
    </message>
    <message>
        <source>Entry (one value per line):</source>
        <translation>Вход (по одному значению в строке):</translation>
    </message>
    <message>
        <source>Exit (one value per line):</source>
        <translation>Выход (по одному значению в строке):</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Вернуть по умолчанию</translation>
    </message>
    <message>
        <source>Compared without regard to case or surrounding spaces; any other value counts as unknown.</source>
        <translation>Регистр и пробелы по краям не учитываются; любое другое значение считается неизвестным.</translation>
    </message>
    <message>
        <source>Door and reader rules (optional)</source>
        <translation>Правила по дверям и считывателям (необязательно)</translation>
    </message>
    <message>
        <source>For readers bound the wrong way round or a missing direction: a door or reader whose name contains the text gets the direction. The first matching rule wins.</source>
        <translation>Для считывателей, привязанных наоборот, или когда направление не записано: дверь или считыватель, в названии которых есть указанный текст, получают заданное направление. Действует первое подходящее правило.</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Название содержит</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Reader or door</source>
        <translation>Считыватель или дверь</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Считыватель</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Дверь</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <source>Add suggested rules</source>
        <translation>Добавить типовые правила</translation>
    </message>
    <message>
        <source>Names containing &quot;выход&quot; or &quot;exit&quot; are exits; &quot;вход&quot; or &quot;entr&quot; are entries.</source>
        <translation>Название с «выход» или «exit» — выход; с «вход» или «entr» — вход.</translation>
    </message>
    <message>
        <source>Rules override the direction column</source>
        <translation>Правила важнее столбца направления</translation>
    </message>
    <message>
        <source>Rules only fill in an unknown direction</source>
        <translation>Правила только восполняют неизвестное направление</translation>
    </message>
    <message>
        <source>Door and reader rule %1 has no text to look for.</source>
        <translation>В правиле %1 для дверей и считывателей не указан текст для поиска.</translation>
    </message>
</context>
<context>
    <name>attlog::ui::ExportDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <source>%1 rows written to
%2</source>
        <translation>Записано строк: %1
Файл: %2</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>The file was not written.

%1</source>
        <translation>Файл не записан.

%1</translation>
    </message>
</context>
<context>
    <name>attlog::ui::ExportProgress</name>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена экспорта…</translation>
    </message>
    <message>
        <source>Exporting… %1 rows</source>
        <translation>Экспорт… строк: %1</translation>
    </message>
</context>
<context>
    <name>attlog::ui::FeedHealth</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <source>Live is not updating: no successful poll for %1</source>
        <translation>Онлайн не обновляется: нет успешного опроса уже %1</translation>
    </message>
    <message>
        <source>No successful poll for %1</source>
        <translation>Нет успешного опроса уже %1</translation>
    </message>
    <message>
        <source>Last poll: %1</source>
        <translation>Последний опрос: %1</translation>
    </message>
    <message>
        <source>%1 (none for %2, usually every %3)</source>
        <translation>%1 (нет проходов %2, обычно каждые %3)</translation>
    </message>
    <message>
        <source>Silent: %1</source>
        <translation>Тишина: %1</translation>
    </message>
    <message>
        <source>Live feed health</source>
        <translation>Состояние онлайн-потока</translation>
    </message>
</context>
<context>
    <name>attlog::ui::HeadcountChart</name>
    <message>
        <source>People inside</source>
        <translation>Людей внутри</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Время суток</translation>
    </message>
</context>
<context>
    <name>attlog::ui::HistoryFilterBar</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>С (включительно)</translation>
    </message>
    <message>
        <source>To (inclusive, to the second)</source>
        <translation>По (включительно, с точностью до секунды)</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Name, card or employee ID (Ctrl+F)</source>
        <translation>ФИО, карта или табельный номер (Ctrl+F)</translation>
    </message>
    <message>
        <source>All doors</source>
        <translation>Все двери</translation>
    </message>
    <message numerus="yes">
        <source>%n door(s)</source>
        <translation>
            <numerusform>%n дверь</numerusform>
            <numerusform>%n двери</numerusform>
            <numerusform>%n дверей</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick one or more doors</source>
        <translation>Выберите одну или несколько дверей</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Search: name, card or employee ID</source>
        <translation>Поиск: имя, карта или табельный номер</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Passes: all, or those that raised an alert</source>
        <translation>Проходы: все или только вызвавшие тревогу</translation>
    </message>
    <message>
        <source>All passes</source>
        <translation>Все проходы</translation>
    </message>
    <message>
        <source>With an alert</source>
        <translation>С тревогой</translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <translation>Тревога не подтверждена</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Тревога: %1</translation>
    </message>
</context>
<context>
    <name>attlog::ui::HistoryTab</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Double-click a row to see that person&apos;s passes of that day</source>
        <translation>Двойной щелчок по строке — все проходы этого человека за тот день</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Экспорт истории</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) found, %1 loaded</source>
        <translation>
            <numerusform>Найден %Ln проход, загружено %1</numerusform>
            <numerusform>Найдено %Ln прохода, загружено %1</numerusform>
            <numerusform>Найдено %Ln проходов, загружено %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln pass(es) found, %1 loaded</source>
        <translation>
            <numerusform>Найден примерно %Ln проход, загружено %1</numerusform>
            <numerusform>Найдено примерно %Ln прохода, загружено %1</numerusform>
            <numerusform>Найдено примерно %Ln проходов, загружено %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln pass(es) found (counting…)</source>
        <translation>
            <numerusform>Найдено не менее %Ln прохода (подсчёт…)</numerusform>
            <numerusform>Найдено не менее %Ln проходов (подсчёт…)</numerusform>
            <numerusform>Найдено не менее %Ln проходов (подсчёт…)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Passes found</source>
        <translation>Найденные проходы</translation>
    </message>
    <message>
        <source>The alert log could not be read: %1</source>
        <translation>Журнал тревог не прочитан: %1</translation>
    </message>
</context>
<context>
    <name>attlog::ui::HoursPerDayChart</name>
    <message>
        <source>Hours worked</source>
        <translation>Отработано часов</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>День месяца</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Scheduled (%1 h)</source>
        <translation>По графику (%1 ч)</translation>
    </message>
</context>
<context>
    <name>attlog::ui::LastPassPanel</name>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <source>Waiting for the next pass…</source>
        <translation>Ожидание следующего прохода…</translation>
    </message>
    <message>
        <source>Last pass: person</source>
        <translation>Последний проход: сотрудник</translation>
    </message>
    <message>
        <source>Last pass: time</source>
        <translation>Последний проход: время</translation>
    </message>
    <message>
        <source>Last pass: direction</source>
        <translation>Последний проход: направление</translation>
    </message>
    <message>
        <source>Last pass: door</source>
        <translation>Последний проход: дверь</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>attlog::ui::LiveTab</name>
    <message>
        <source>All doors</source>
        <translation>Все двери</translation>
    </message>
    <message>
        <source>Show only the passes through one door (Live only)</source>
        <translation>Показывать проходы только через одну дверь (только на вкладке «Онлайн»)</translation>
    </message>
    <message>
        <source>Door:</source>
        <translation>Дверь:</translation>
    </message>
    <message>
        <source>Export Live</source>
        <translation>Экспорт вкладки «Онлайн»</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message numerus="yes">
        <source>%n new pass(es) held while paused</source>
        <translation>
            <numerusform>На паузе отложен %n новый проход</numerusform>
            <numerusform>На паузе отложено %n новых прохода</numerusform>
            <numerusform>На паузе отложено %n новых проходов</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest passes</source>
        <translation>Последние проходы</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Дверь</translation>
    </message>
    <message>
        <source>Doors: %1</source>
        <translation>Двери: %1</translation>
    </message>
</context>
<context>
    <name>attlog::ui::MainWindow</name>
    <message>
        <source>Access Log Viewer</source>
        <translation>Журнал проходов</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Подключено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost, reconnecting in %n s</source>
        <translation>
            <numerusform>Связь потеряна, переподключение через %n с</numerusform>
            <numerusform>Связь потеряна, переподключение через %n с</numerusform>
            <numerusform>Связь потеряна, переподключение через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Passes today: %1</source>
        <translation>Проходов сегодня: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Подключение…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>About Access Log Viewer</source>
        <translation>О программе «Журнал проходов»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Access Log Viewer %1&lt;/h3&gt;&lt;p&gt;Reads the door passes that Hikvision iVMS-4200 writes into its third-party database table. It never writes to that table.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQL driver: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Журнал проходов %1&lt;/h3&gt;&lt;p&gt;Показывает проходы, которые Hikvision iVMS-4200 записывает в свою таблицу для сторонних систем. Сама программа в эту таблицу никогда не пишет.&lt;/p&gt;&lt;p&gt;Qt %2 (сборка с Qt %3)&lt;br&gt;Драйвер SQL: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Who-Where</source>
        <translation>Кто где</translation>
    </message>
    <message>
        <source>Worktime</source>
        <translation>Рабочее время</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Демонстрационная база</translation>
    </message>
    <message>
        <source>preparing the demo database…</source>
        <translation>подготовка демонстрационной базы…</translation>
    </message>
    <message>
        <source>no connection yet — choose File → Connect…</source>
        <translation>подключения ещё нет — выберите «Файл → Подключение…»</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) skipped: repeated key</source>
        <translation>
            <numerusform>%n проход пропущен: повтор ключа</numerusform>
            <numerusform>%n прохода пропущено: повтор ключа</numerusform>
            <numerusform>%n проходов пропущено: повтор ключа</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the event table share a key with an earlier row, so its key column is not unique: Live shows each key once. Ask the database administrator to make the key column unique.</source>
        <translation>В таблице событий есть строки с тем же ключом, что и у более ранней строки: столбец ключа не уникален, и «Онлайн» показывает каждый ключ один раз. Попросите администратора базы данных сделать столбец ключа уникальным.</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) without a key</source>
        <translation>
            <numerusform>%n проход без ключа</numerusform>
            <numerusform>%n прохода без ключа</numerusform>
            <numerusform>%n проходов без ключа</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the event table have no key (NULL) or a key that is not a whole number, so Live cannot follow them; History shows them. Ask the database administrator to give every row a whole-number key.</source>
        <translation>В таблице событий есть строки без ключа (NULL) или с ключом, который не является целым числом: «Онлайн» не может их отслеживать, в «Истории» они видны. Попросите администратора базы данных дать каждой строке целочисленный ключ.</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) without a time</source>
        <translation>
            <numerusform>%n проход без времени</numerusform>
            <numerusform>%n прохода без времени</numerusform>
            <numerusform>%n проходов без времени</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the event table have no date and time (NULL), so Live, which follows this table by time, cannot show them; History shows them.</source>
        <translation>В таблице событий есть строки без даты и времени (NULL): «Онлайн» следит за этой таблицей по времени и не может их показать; в «Истории» они видны.</translation>
    </message>
    <message>
        <source>Live: by time (no key column)</source>
        <translation>Онлайн: по времени (нет столбца ключа)</translation>
    </message>
    <message>
        <source>Live follows this table by the passes&apos; date and time, because %1. New passes still appear within a second and passes written later for earlier times within a minute, but each poll reads more than with a key column. The database administrator can add one with the script in the sql folder (add-key.sql), then set it as the key column of this connection.</source>
        <translation>«Онлайн» следит за этой таблицей по дате и времени проходов, потому что %1. Новые проходы по-прежнему появляются за секунду, а записанные позже за прошедшее время — в течение минуты, но каждый опрос читает больше, чем со столбцом ключа. Администратор базы данных может добавить его скриптом из папки sql (add-key.sql), а затем указать его как ключ этого подключения.</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>&amp;Подключение</translation>
    </message>
    <message>
        <source>Data &amp;health…</source>
        <translation>&amp;Состояние данных…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Anomalies…</source>
        <translation>&amp;Аномалии…</translation>
    </message>
    <message>
        <source>Live ⚠ %1</source>
        <translation>Онлайн ⚠ %1</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Тревоги</translation>
    </message>
    <message>
        <source>&amp;Watch list…</source>
        <translation>&amp;Список наблюдения…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll</source>
        <translation>Принять &amp;все</translation>
    </message>
    <message>
        <source>Open the alert &amp;log folder</source>
        <translation>Открыть папку &amp;журнала тревог</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Цвета</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлые</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмные</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокий контраст</translation>
    </message>
    <message>
        <source>&amp;Help for this tab</source>
        <translation>&amp;Справка по вкладке</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Live&lt;/h3&gt;&lt;p&gt;The newest passes, as iVMS writes them, within a second. The large panel shows the last pass; the door list shows one door only; Pause holds new passes (none is lost) until you resume.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alerts&lt;/b&gt;: rules in Alerts → Watch list make a pass an alert: a red band over this tab that sounds until you acknowledge it (Enter, Space or Ctrl+Enter). An amber band is a late pass, written after an outage: it never sounds.&lt;/p&gt;&lt;p&gt;The status bar turns amber or red when the feed stops answering, and names doors that are silent far longer than usual at this hour.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Онлайн&lt;/h3&gt;&lt;p&gt;Новые проходы — в течение секунды после записи в iVMS. Крупная панель показывает последний проход; список дверей оставляет одну дверь; «Пауза» придерживает новые проходы (ни один не теряется) до продолжения.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Тревоги&lt;/b&gt;: правила в «Тревоги → Список наблюдения» превращают проход в тревогу — красную полосу над вкладкой со звуком, пока её не примут (Enter, пробел или Ctrl+Enter). Жёлтая полоса — проход, досланный после сбоя: он не звучит.&lt;/p&gt;&lt;p&gt;Строка состояния желтеет или краснеет, когда поток перестаёт отвечать, и называет двери, молчащие намного дольше обычного для этого часа.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who-Where&lt;/h3&gt;&lt;p&gt;Who is inside, outside or unknown now, from their last pass. The evacuation list prints everyone inside, from passes at least a day back (night shifts).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Кто где&lt;/h3&gt;&lt;p&gt;Кто сейчас внутри, снаружи или неизвестно где — по последнему проходу. Список эвакуации печатает всех, кто внутри, по проходам не менее чем за сутки (ночные смены).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Справка: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keyboard: Ctrl+Tab moves between tabs, Tab between controls, Ctrl+F finds, F5 reads again, Esc closes a window. View → Text size and View → Colours make everything larger or darker.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Клавиатура: Ctrl+Tab — между вкладками, Tab — между элементами, Ctrl+F — поиск, F5 — прочитать заново, Esc — закрыть окно. «Вид → Размер текста» и «Вид → Цвета» делают всё крупнее или темнее.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Kiosk password…</source>
        <translation>Пароль &amp;киоска…</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Киоск</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <source>No kiosk password is set. Start the viewer without --kiosk and set one in View → Kiosk password…</source>
        <translation>Пароль киоска не задан. Запустите программу без --kiosk и задайте его в «Вид → Пароль киоска…»</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>Kiosk password</source>
        <translation>Пароль киоска</translation>
    </message>
    <message>
        <source>The password that unlocks kiosk mode (attlog-viewer --kiosk); empty for none:</source>
        <translation>Пароль, снимающий блокировку режима киоска (attlog-viewer --kiosk); пусто — без пароля:</translation>
    </message>
    <message>
        <source>Alerted passes in &amp;History</source>
        <translation>Проходы с тревогой в &amp;истории</translation>
    </message>
    <message>
        <source>&lt;h3&gt;History&lt;/h3&gt;&lt;p&gt;Any pass of any period: choose the period, doors, direction, and type a name, card or employee ID (any case, ё = е). Pages load as you scroll; the count says how many match. Double-click a row or press Enter on it for that person&apos;s passes of that day; Esc stops a search. Ctrl+E exports everything found. The Passes box shows only passes that raised an alert: any, not acknowledged, or one rule&apos;s.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;История&lt;/h3&gt;&lt;p&gt;Любой проход за любой период: выберите период, двери, направление и введите ФИО, карту или табельный номер (регистр не важен, ё = е). Страницы подгружаются при прокрутке; счётчик показывает, сколько найдено. Двойной щелчок по строке или Enter на ней — проходы этого сотрудника за тот день; Esc останавливает поиск. Ctrl+E выгружает всё найденное. Поле «Проходы» оставляет только проходы, вызвавшие тревогу: любую, неподтверждённую или по одному правилу.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Worktime&lt;/h3&gt;&lt;p&gt;Per person per day: first entry, last exit, time inside, worked time against the schedule, lateness, early leaving and overtime; totals and the timesheet. Enter in the period or the rules calculates, Esc stops it. Export to Excel or print.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Рабочее время&lt;/h3&gt;&lt;p&gt;По каждому сотруднику за каждый день: первый вход, последний выход, время внутри, отработанное время по графику, опоздания, ранние уходы и переработка; итоги и табель. Enter в периоде или правилах запускает расчёт, Esc останавливает его. Выгрузка в Excel и печать.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>attlog::ui::PassesDialog</name>
    <message>
        <source>Passes behind the figures</source>
        <translation>Проходы, из которых получены цифры</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Дверь</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>No passes: the figures come from the plan alone.</source>
        <translation>Проходов нет: цифры взяты только из плана.</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n проход</numerusform>
            <numerusform>%n прохода</numerusform>
            <numerusform>%n проходов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attlog::ui::PlanWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>План работы</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Смены</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Замены</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <source>Each day: the planned shift (В a day off, an absence its code); below it the worked code and hours when Worktime has calculated this month under the plan.</source>
        <translation>По дням: смена по плану (В — выходной, неявка — её код); под ней — код и часы по факту, если этот месяц рассчитан в «Рабочем времени» по плану.</translation>
    </message>
    <message>
        <source>Month grid</source>
        <translation>Месяц по дням</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Импорт JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Экспорт JSON…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <source>Plan store: %1</source>
        <translation>Хранилище плана: %1</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Чтение плана…</translation>
    </message>
    <message>
        <source>The plan cannot be read: %1</source>
        <translation>План не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Ещё ничего не сохранено</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3</source>
        <translation>Версия %1, сохранил %2, %3</translation>
    </message>
    <message>
        <source>A new plan with the built-in calendar.</source>
        <translation>Новый план со встроенным календарём.</translation>
    </message>
    <message>
        <source>The plan is loaded.</source>
        <translation>План загружен.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Version %1, saved by you</source>
        <translation>Версия %1, сохранили вы</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Сохранено как версия %1.</translation>
    </message>
    <message>
        <source>Imported %1; Save keeps it.</source>
        <translation>Импортирован %1; «Сохранить» сохранит его.</translation>
    </message>
    <message>
        <source>Import a work plan</source>
        <translation>Импорт плана работы</translation>
    </message>
    <message>
        <source>Work plans (*.json)</source>
        <translation>Планы работы (*.json)</translation>
    </message>
    <message>
        <source>Export the work plan</source>
        <translation>Экспорт плана работы</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
</context>
<context>
    <name>attlog::ui::PresenceModel</name>
    <message>
        <source>Inside</source>
        <translation>Внутри</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Снаружи</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 ч</translation>
    </message>
    <message>
        <source>No pass in this period tells whether the person came in or went out.</source>
        <translation>По проходам за этот период нельзя понять, вошёл человек или вышел.</translation>
    </message>
    <message>
        <source>Last pass: %1</source>
        <translation>Последний проход: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Last door</source>
        <translation>Последняя дверь</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Last pass</source>
        <translation>Последний проход</translation>
    </message>
    <message>
        <source>How long ago</source>
        <translation>Прошло</translation>
    </message>
</context>
<context>
    <name>attlog::ui::PresenceRulesMenu</name>
    <message>
        <source>A pass without direction</source>
        <translation>Проход без направления</translation>
    </message>
    <message>
        <source>counts as the opposite of the last state</source>
        <translation>считается противоположным предыдущему</translation>
    </message>
    <message>
        <source>is ignored</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>Repeat scans in the same direction count once within</source>
        <translation>Повторные считывания в том же направлении учитываются один раз в пределах</translation>
    </message>
    <message>
        <source>off (every scan counts)</source>
        <translation>выкл. (учитывается каждое)</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>attlog::ui::T13Model</name>
    <message>
        <source>Changed since printed on %1: it read «%2»</source>
        <translation>Изменилось после печати %1: было «%2»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Planned shift %1: %2</source>
        <translation>Смена по плану %1: %2</translation>
    </message>
    <message>
        <source>No shift planned</source>
        <translation>Смена не запланирована</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>Pre-holiday day, one hour shorter</source>
        <translation>Предпраздничный день, на час короче</translation>
    </message>
    <message>
        <source>Absence: %1</source>
        <translation>Неявка: %1</translation>
    </message>
    <message>
        <source>In %1 · out %2</source>
        <translation>Приход %1 · уход %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Worked %1</source>
        <translation>Отработано %1</translation>
    </message>
    <message>
        <source>Late %1 min</source>
        <translation>Опоздание %1 мин</translation>
    </message>
    <message>
        <source>Left early %1 min</source>
        <translation>Ранний уход %1 мин</translation>
    </message>
    <message>
        <source>Overtime %1 min before the shift, %2 min after</source>
        <translation>Сверхурочно %1 мин до смены, %2 мин после</translation>
    </message>
    <message>
        <source>Night time %1</source>
        <translation>Ночное время %1</translation>
    </message>
    <message>
        <source>On a holiday or day off %1</source>
        <translation>В праздник или выходной %1</translation>
    </message>
    <message>
        <source>No exit: closed at the planned end</source>
        <translation>Нет выхода: смена закрыта по плановому окончанию</translation>
    </message>
    <message>
        <source>An exit without an entry</source>
        <translation>Выход без входа</translation>
    </message>
    <message>
        <source>Passes during the absence (the absence&apos;s code counts)</source>
        <translation>Проходы во время неявки (учитывается код неявки)</translation>
    </message>
    <message>
        <source>Double-click for the passes</source>
        <translation>Двойной щелчок — проходы</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Неявки</translation>
    </message>
</context>
<context>
    <name>attlog::ui::TimesheetModel</name>
    <message>
        <source>abs.</source>
        <comment>timesheet cell: absent</comment>
        <translation>НН</translation>
    </message>
    <message>
        <source>First in: %1</source>
        <translation>Приход: %1</translation>
    </message>
    <message>
        <source>Last out: %1</source>
        <translation>Уход: %1</translation>
    </message>
    <message>
        <source>Worked: %1</source>
        <translation>Отработано: %1</translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>Опоздание: %1</translation>
    </message>
    <message>
        <source>No passes</source>
        <translation>Нет проходов</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>in</source>
        <comment>timesheet cell: inside now, not out yet</comment>
        <translation>вн.</translation>
    </message>
    <message>
        <source>Came in today and has not gone out yet.</source>
        <translation>Пришёл сегодня и ещё не ушёл.</translation>
    </message>
</context>
<context>
    <name>attlog::ui::WatchListDialog</name>
    <message>
        <source>Watch list</source>
        <translation>Список наблюдения</translation>
    </message>
    <message>
        <source>A pass alerts when it meets every condition a rule sets. Lists take several entries separated by &quot;;&quot;; hours are HH:MM-HH:MM (over midnight: 22:00-06:00).</source>
        <translation>Проход вызывает тревогу, когда выполнены все условия правила. В списках несколько значений разделяются «;»; часы — ЧЧ:ММ-ЧЧ:ММ (через полночь: 22:00-06:00).</translation>
    </message>
    <message>
        <source>Watch list rules</source>
        <translation>Правила списка наблюдения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Employee IDs</source>
        <translation>Табельные №</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Двери</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Unknown only</source>
        <translation>Только неизвестные</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A pass older than this when it arrives (a back-fill) alerts &amp;silently, marked late:</source>
        <translation>Проход, пришедший позже этого срока (досылка), вызывает тревогу &amp;без звука, с пометкой об опоздании:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любое</translation>
    </message>
    <message>
        <source>in</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>out</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>сирена</translation>
    </message>
    <message>
        <source>chime</source>
        <translation>звонок</translation>
    </message>
    <message>
        <source>beep</source>
        <translation>сигнал</translation>
    </message>
    <message>
        <source>none</source>
        <translation>без звука</translation>
    </message>
    <message>
        <source>Rule %1: the hours &quot;%2&quot; are not HH:MM-HH:MM.</source>
        <translation>Правило %1: часы «%2» не в виде ЧЧ:ММ-ЧЧ:ММ.</translation>
    </message>
    <message>
        <source>Rule %1 has no name: the banner and the alert log show it.</source>
        <translation>У правила %1 нет названия, а его показывают баннер и журнал тревог.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; sets no condition: it would alert on every pass.</source>
        <translation>Правило «%1» не задаёт ни одного условия: тревогу вызывал бы каждый проход.</translation>
    </message>
    <message>
        <source>Import a watch list</source>
        <translation>Импорт списка наблюдения</translation>
    </message>
    <message>
        <source>Watch list (*.json)</source>
        <translation>Список наблюдения (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a watch list: %2</source>
        <translation>%1 — не список наблюдения: %2</translation>
    </message>
    <message>
        <source>Export the watch list</source>
        <translation>Экспорт списка наблюдения</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>attlog::ui::WhoWhereTab</name>
    <message>
        <source>Inside:</source>
        <translation>Внутри:</translation>
    </message>
    <message>
        <source>Outside:</source>
        <translation>Снаружи:</translation>
    </message>
    <message>
        <source>Unknown:</source>
        <translation>Неизвестно:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Evacuation list…</source>
        <translation>Список для эвакуации…</translation>
    </message>
    <message>
        <source>Today (since 00:00)</source>
        <translation>Сегодня (с 00:00)</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>Whose passes count: a person&apos;s status comes from their last pass in this period</source>
        <translation>Какие проходы учитываются: статус человека определяется по его последнему проходу за этот период</translation>
    </message>
    <message>
        <source>All doors</source>
        <translation>Все двери</translation>
    </message>
    <message>
        <source>Show only the people whose last pass was through this door</source>
        <translation>Показывать только тех, чей последний проход был через эту дверь</translation>
    </message>
    <message>
        <source>Search name, employee ID, card or door</source>
        <translation>ФИО, таб. №, карта или дверь</translation>
    </message>
    <message>
        <source>Read the period again from the database</source>
        <translation>Заново прочитать проходы за период из базы данных</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>How repeat scans and passes without a direction are counted</source>
        <translation>Как учитываются повторные считывания и проходы без направления</translation>
    </message>
    <message>
        <source>Save list as PDF…</source>
        <translation>Сохранить список в PDF…</translation>
    </message>
    <message>
        <source>Save the evacuation list as a PDF file</source>
        <translation>Сохранить список для эвакуации в файл PDF</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Door:</source>
        <translation>Дверь:</translation>
    </message>
    <message>
        <source>Inside: %1 · Outside: %2 · Unknown: %3</source>
        <translation>Внутри: %1 · Снаружи: %2 · Неизвестно: %3</translation>
    </message>
    <message>
        <source>filtered: %1 of %2 people</source>
        <translation>по фильтру: %1 из %2 чел.</translation>
    </message>
    <message>
        <source>Could not read the passes: %1</source>
        <translation>Не удалось прочитать проходы: %1</translation>
    </message>
    <message>
        <source>Status as it stood at %1, from the passes since %2.</source>
        <translation>Состояние на %1 по проходам с %2.</translation>
    </message>
    <message>
        <source>Status now (%1), from the passes since %2. Updates as passes arrive.</source>
        <translation>Состояние сейчас (%1) по проходам с %2. Обновляется по мере поступления проходов.</translation>
    </message>
    <message>
        <source>Reading passes… %1 so far.</source>
        <translation>Чтение проходов… прочитано %1.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Источник: %1.</translation>
    </message>
    <message>
        <source>Export Who-Where</source>
        <translation>Экспорт вкладки «Кто где»</translation>
    </message>
    <message>
        <source>who-where</source>
        <translation>кто-где</translation>
    </message>
    <message>
        <source>evacuation-list</source>
        <translation>список-для-эвакуации</translation>
    </message>
    <message>
        <source>Save evacuation list</source>
        <translation>Сохранить список для эвакуации</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The list of everybody inside now, to print or save as PDF during an alarm. It looks back at least 24 hours, so night shifts that came in before midnight are on it.</source>
        <translation>Список всех, кто сейчас внутри, — распечатать или сохранить в PDF при тревоге. Учитываются проходы минимум за последние 24 часа, поэтому в него попадает и ночная смена, пришедшая до полуночи.</translation>
    </message>
    <message numerus="yes">
        <source>Also inside but not shown here: %n (came in before %1 and not gone out yet: a night shift?). They are on the evacuation list; choose &quot;Last 24 hours&quot; to see them.</source>
        <translation>
            <numerusform>Ещё %n человек внутри, но здесь не показан: вошёл до %1 и пока не вышел (ночная смена?). Он есть в списке для эвакуации; чтобы увидеть его здесь, выберите «Последние 24 часа».</numerusform>
            <numerusform>Ещё %n человека внутри, но здесь не показаны: вошли до %1 и пока не вышли (ночная смена?). Они есть в списке для эвакуации; чтобы увидеть их здесь, выберите «Последние 24 часа».</numerusform>
            <numerusform>Ещё %n человек внутри, но здесь не показаны: вошли до %1 и пока не вышли (ночная смена?). Они есть в списке для эвакуации; чтобы увидеть их здесь, выберите «Последние 24 часа».</numerusform>
        </translation>
    </message>
    <message>
        <source>People and where they are</source>
        <translation>Сотрудники и где они</translation>
    </message>
    <message>
        <source>Search: name, employee ID, card or door</source>
        <translation>Поиск: имя, табельный номер, карта или дверь</translation>
    </message>
    <message>
        <source>Passes since</source>
        <translation>Проходы с</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Дверь</translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeChartsView</name>
    <message>
        <source>Hours worked per day by:</source>
        <translation>Отработанные часы по дням:</translation>
    </message>
    <message>
        <source>People inside over the day:</source>
        <translation>Людей внутри в течение дня:</translation>
    </message>
    <message>
        <source>Hours worked per day: %1</source>
        <translation>Отработано по дням: %1</translation>
    </message>
    <message>
        <source>People inside on %1</source>
        <translation>Людей внутри: %1</translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeDayModel</name>
    <message numerus="yes">
        <source>An entry of this day has no matching exit (or the exit came more than %n hours later).</source>
        <translation>
            <numerusform>У входа в этот день нет парного выхода (или выход был более чем через %n час).</numerusform>
            <numerusform>У входа в этот день нет парного выхода (или выход был более чем через %n часа).</numerusform>
            <numerusform>У входа в этот день нет парного выхода (или выход был более чем через %n часов).</numerusform>
        </translation>
    </message>
    <message>
        <source>An exit of this day has no entry before it.</source>
        <translation>Перед выходом в этот день не было входа.</translation>
    </message>
    <message>
        <source>A scheduled working day without any pass.</source>
        <translation>Рабочий день по графику без единого прохода.</translation>
    </message>
    <message>
        <source>Time between each entry and its exit, added up</source>
        <translation>Сумма времени от каждого входа до его выхода</translation>
    </message>
    <message>
        <source>From the first entry to the last exit</source>
        <translation>С первого входа до последнего выхода</translation>
    </message>
    <message>
        <source>Span or time inside, as chosen in Mode</source>
        <translation>Интервал или время внутри — как выбрано в поле «Отработано»</translation>
    </message>
    <message>
        <source>Worked time beyond the scheduled length (all of it on a day off)</source>
        <translation>Время сверх нормы по графику (в выходной — всё отработанное время)</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>First in</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>Уход</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Внутри</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Отраб.</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Ран. уход</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Перераб.</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Not out yet</source>
        <translation>Ещё не вышел</translation>
    </message>
    <message>
        <source>Came in today and has not gone out yet.</source>
        <translation>Пришёл сегодня и ещё не ушёл.</translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeOptionsPanel</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <source>First entry to last exit</source>
        <translation>От прихода до ухода</translation>
    </message>
    <message>
        <source>Time inside (breaks not counted)</source>
        <translation>Время внутри (без перерывов)</translation>
    </message>
    <message>
        <source>How worked time is counted: the whole span of the day, or only the time between each entry and its exit</source>
        <translation>Как считать отработанное время: весь интервал дня или только время между каждым входом и его выходом</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A second scan of the same card in the same direction within this time counts once (0 = count every scan)</source>
        <translation>Повторное считывание той же карты в том же направлении в пределах этого времени учитывается один раз (0 — учитывать каждое)</translation>
    </message>
    <message>
        <source>Opposite of the last pass</source>
        <translation>Противоположно предыдущему</translation>
    </message>
    <message>
        <source>Ignore the pass</source>
        <translation>Не учитывать</translation>
    </message>
    <message>
        <source>What a pass without a direction (in/out) means</source>
        <translation>Как понимать проход без направления (вход/выход)</translation>
    </message>
    <message>
        <source>Worked time:</source>
        <translation>Отработано:</translation>
    </message>
    <message>
        <source>Repeat scans within:</source>
        <translation>Повторы в пределах:</translation>
    </message>
    <message>
        <source>Pass without direction:</source>
        <translation>Проход без направления:</translation>
    </message>
    <message>
        <source>With a schedule the report shows lateness, early leaving, overtime and absent working days</source>
        <translation>С графиком отчёт показывает опоздания, ранние уходы, переработки и неявки в рабочие дни</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lateness and early leaving up to this many minutes are not counted</source>
        <translation>Опоздания и ранние уходы не длиннее стольких минут не учитываются</translation>
    </message>
    <message>
        <source>Grace:</source>
        <translation>Допуск:</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Часы:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Рабочие дни:</translation>
    </message>
    <message>
        <source>worked = first entry to last exit</source>
        <translation>отработано = от прихода до ухода</translation>
    </message>
    <message>
        <source>worked = time inside</source>
        <translation>отработано = время внутри</translation>
    </message>
    <message>
        <source>schedule %1–%2, grace %3 min</source>
        <translation>график %1–%2, допуск %3 мин</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>План работы</translation>
    </message>
    <message>
        <source>Shifts, patterns, the holiday calendar and absences per person from a work plan; adds the T-13 timesheet</source>
        <translation>Смены, графики, производственный календарь и неявки по сотрудникам из плана работы; добавляет табель Т-13</translation>
    </message>
    <message>
        <source>Plan file (.sqlite store or .json)</source>
        <translation>Файл плана (хранилище .sqlite или .json)</translation>
    </message>
    <message>
        <source>Choose the plan file</source>
        <translation>Выбрать файл плана</translation>
    </message>
    <message>
        <source>Work plans (*.sqlite *.json);;All files (*)</source>
        <translation>Планы работы (*.sqlite *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>work plan %1</source>
        <translation>план работы %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Open the Plan window: shifts, patterns, groups, assignments, overrides, calendar, absences</source>
        <translation>Открыть окно плана: смены, графики, группы, назначения, замены, календарь, неявки</translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeTab</name>
    <message>
        <source>Calculate</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Read the passes of the period and calculate the report</source>
        <translation>Прочитать проходы за период и рассчитать отчёт</translation>
    </message>
    <message>
        <source>This table as CSV…</source>
        <translation>Эта таблица в CSV…</translation>
    </message>
    <message>
        <source>This table as Excel (XLSX)…</source>
        <translation>Эта таблица в Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Whole report as Excel: daily, totals, timesheet…</source>
        <translation>Весь отчёт в Excel: по дням, итоги, табель…</translation>
    </message>
    <message>
        <source>Print preview of this table…</source>
        <translation>Предварительный просмотр этой таблицы…</translation>
    </message>
    <message>
        <source>Save this table as PDF…</source>
        <translation>Сохранить эту таблицу в PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Daily detail</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Totals per person</source>
        <translation>Итоги по сотрудникам</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Табель</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Choose the period and the rules above, then press Calculate.</source>
        <translation>Выберите период и правила выше и нажмите «Рассчитать».</translation>
    </message>
    <message>
        <source>Calculation cancelled.</source>
        <translation>Расчёт отменён.</translation>
    </message>
    <message>
        <source>Reading passes… %1</source>
        <translation>Чтение проходов… %1</translation>
    </message>
    <message>
        <source>Could not read the passes: %1</source>
        <translation>Не удалось прочитать проходы: %1</translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation>Чтение проходов…</translation>
    </message>
    <message>
        <source>%1 · %2 people · %3 day rows · %4 passes read</source>
        <translation>%1 · %2 чел. · строк: %3 · проходов: %4</translation>
    </message>
    <message>
        <source>No passes in this period.</source>
        <translation>За этот период проходов нет.</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>Сохранено строк: %1, файл: %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён, файл не записан.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <source>worktime-daily</source>
        <translation>рабочее-время-по-дням</translation>
    </message>
    <message>
        <source>worktime-totals</source>
        <translation>рабочее-время-итоги</translation>
    </message>
    <message>
        <source>timesheet</source>
        <translation>табель</translation>
    </message>
    <message>
        <source>worktime</source>
        <translation>рабочее-время</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Файлы Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Worktime: daily detail</source>
        <translation>Рабочее время: по дням</translation>
    </message>
    <message>
        <source>Worktime: totals per person</source>
        <translation>Рабочее время: итоги по сотрудникам</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Источник данных: %1</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <source>Absent (abs.)</source>
        <translation>Неявка (НН)</translation>
    </message>
    <message>
        <source>Entry or exit missing (? = hours unknown)</source>
        <translation>Нет входа или выхода (? — часы неизвестны)</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (today)</source>
        <translation>%1 – %2 (сегодня)</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>The period is %1 days long; a report covers at most %2 days. Choose a shorter period.</source>
        <translation>Период длиной %1 дн.; отчёт охватывает не больше %2 дн. Выберите период короче.</translation>
    </message>
    <message numerus="yes">
        <source>The T-13 has changed since it was printed on %1: %n cell(s) read differently now (marked orange; the tooltip says what they read).</source>
        <translation>
            <numerusform>Табель Т-13 изменился после печати %1: %n ячейка читается иначе (выделена оранжевым; во всплывающей подсказке — как было).</numerusform>
            <numerusform>Табель Т-13 изменился после печати %1: %n ячейки читаются иначе (выделены оранжевым; во всплывающей подсказке — как было).</numerusform>
            <numerusform>Табель Т-13 изменился после печати %1: %n ячеек читаются иначе (выделены оранжевым; во всплывающей подсказке — как было).</numerusform>
        </translation>
    </message>
    <message>
        <source>The work plan was not used: %1</source>
        <translation>План работы не использован: %1</translation>
    </message>
    <message>
        <source>The T-13 timesheet covers one month: choose a month to see it.</source>
        <translation>Табель Т-13 составляется за один месяц: выберите месяц, чтобы его увидеть.</translation>
    </message>
    <message numerus="yes">
        <source>%n people with passes are not in the work plan and are not in the T-13 (the first: %1).</source>
        <translation>
            <numerusform>%n сотрудник с проходами не входит в план работы и не попал в Т-13 (первый: %1).</numerusform>
            <numerusform>%n сотрудника с проходами не входят в план работы и не попали в Т-13 (первый: %1).</numerusform>
            <numerusform>%n сотрудников с проходами не входят в план работы и не попали в Т-13 (первый: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>t13</source>
        <translation>т13</translation>
    </message>
    <message>
        <source>T-13 timesheet</source>
        <translation>Табель Т-13</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Номер документа:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>T-13 timesheet form as Excel (XLSX)…</source>
        <translation>Табель Т-13 (форма) в Excel (XLSX)…</translation>
    </message>
    <message>
        <source>T-13 timesheet form as PDF…</source>
        <translation>Табель Т-13 (форма) в PDF…</translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeTotalsModel</name>
    <message>
        <source>Employee ID</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Отраб.</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Внутри</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Опоздания</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Ран. уходы</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Перераб.</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Дни явки</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дни опозданий</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>Дни неявки</translation>
    </message>
    <message>
        <source>Days with an entry</source>
        <translation>Дни, когда был вход</translation>
    </message>
    <message>
        <source>Days with an entry that has no matching exit</source>
        <translation>Дни, когда у входа нет парного выхода</translation>
    </message>
    <message>
        <source>Days with an exit that has no entry before it</source>
        <translation>Дни, когда перед выходом не было входа</translation>
    </message>
    <message>
        <source>Scheduled working days without any pass</source>
        <translation>Рабочие дни по графику без единого прохода</translation>
    </message>
    <message>
        <source>Days no exit</source>
        <translation>Дни без выхода</translation>
    </message>
    <message>
        <source>Days no entry</source>
        <translation>Дни без входа</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EvacuationListDocument</name>
    <message>
        <source>Evacuation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People inside at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the passes between %1 and %2. Someone whose last pass is older than that is not on this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is inside according to the passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total inside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by (name): ______________________________ Signature: ________________ Time: __________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation list · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventColumns</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authDateTime was empty; the time comes from authDate and authTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database row has no valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFormat</name>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the connection &quot;%1&quot;:
(it is not saved on this computer, so it is asked for at each start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break, min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace late, min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace early, min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime after, min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (shifts; - is a day off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift (empty: day off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (Б, ОТ, К, ДО, Г…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off (transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short day (an hour less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day (transfer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintableReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileProblems</name>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ODBC driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SQL Server login, or choose Windows integrated authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the ODBC data source (DSN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ODBC connection string (KEY=value;…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table and columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions: &quot;%1&quot; is listed both as an entry and as an exit value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>Watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorktimeStyle</name>
    <message>
        <source>No exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent on a working day (abs.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry or exit pass missing (? = hours unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked per day (h:mm); in = came in today, not out yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::db::DataSession</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::db::HistoryExporter</name>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::db::SessionHistory</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::db::TableExportJob</name>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::AlertBanner</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge this alert (Enter, Space or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: %2 — %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late: replayed after an outage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s) waiting</source>
        <translation>
            <numerusform>%n more alert waiting</numerusform>
            <numerusform>%n more alerts waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attlog::ui::AnomaliesDialog</name>
    <message>
        <source>Double entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit without entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghost duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exit between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry after the exit before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no entry in the %n day(s) before</source>
        <translation>
            <numerusform>no entry in the %n day before</numerusform>
            <numerusform>no entry in the %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s between two doors</source>
        <translation>
            <numerusform>%n s between two doors</numerusform>
            <numerusform>%n s between two doors</numerusform>
        </translation>
    </message>
    <message>
        <source>the same pass exactly one hour later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the same pass again after %n s</source>
        <translation>
            <numerusform>the same pass again after %n s</numerusform>
            <numerusform>the same pass again after %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>usual hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest walk between two doors, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest &amp;walk between doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the passes of %1 to %2 (and the %n day(s) before, for the usual hours)…</source>
        <translation>
            <numerusform>Reading the passes of %1 to %2 (and the day before, for the usual hours)…</numerusform>
            <numerusform>Reading the passes of %1 to %2 (and the %n days before, for the usual hours)…</numerusform>
        </translation>
    </message>
    <message>
        <source>No anomalies in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n anomaly(ies) — %1. Double-click a row for its passes.</source>
        <translation>
            <numerusform>%n anomaly — %1. Double-click a row for its passes.</numerusform>
            <numerusform>%n anomalies — %1. Double-click a row for its passes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the passes failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::ColumnMappingEditor</name>
    <message>
        <source>Live key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique, increasing integer column: Live follows it to see new rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass time (local time, no time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the date-and-time column is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry or exit; the values are set on the Directions page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be qualified: schema.table, or database.schema.table on SQL Server. Leave empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns to the iVMS-4200 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: dbo.attlog on SQL Server, attlog elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the row was written (a column with DEFAULT CURRENT_TIMESTAMP), if the table has one: Data health compares it with each device&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time (date and time, or date and time as text) is required, and one of person name, employee ID or card number. Without a live key, the date and time column is needed: Live then follows new rows by their time. Choose &quot;%1&quot; for a column the table does not have; Test connection fits the names to the table&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected connection is used after &quot;Save and connect&quot;. The one in bold is in use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection with &quot;New&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: type the password (none is saved for this connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password: none is saved for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password store on this computer: the password will be asked for at each start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; was not saved (%2); it will be asked for at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::ConnectionForm</name>
    <message>
        <source>Microsoft SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL / MariaDB (ODBC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL (ODBC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC data source (DSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODBC drivers installed on this computer; a name may be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. thirdparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows integrated authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the operating system&apos;s password store, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password store on this computer: the password will be asked for at each start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt (Encrypt=yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not encrypt (Encrypt=no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC Driver 18 encrypts by default and then needs a trusted server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustServerCertificate=yes: accept a self-signed certificate (common on iVMS servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only intent (ApplicationIntent=ReadOnly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets an Always On availability group send this connection to a readable replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as named in the ODBC Data Source Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source (DSN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password typed here (PWD=…) is moved to the password field: the settings never hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path to the .sqlite / .db file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: the application never writes to the events table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host\INSTANCE, or host name / address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at &quot;default&quot; to reach a named instance through SQL Server Browser; a port connects to host:port directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at &quot;default&quot; for 3306.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at &quot;default&quot; for 5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to use the one stored in the DSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ODBC drivers were found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::ConnectionTestPanel</name>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects, checks the table and its columns, and reads the row count, key range and newest event. Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: no rows yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, keys %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest event: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key column (%1): Live follows new rows by their time (keyless mode). Adding a key column makes it cheaper; see sql/README.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live follows new rows by the key column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::DataHealthDialog</name>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Data health</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Devices&lt;/b&gt; (the %n days before the newest pass)</source>
        <translation>
            <numerusform>&lt;b&gt;Devices&lt;/b&gt; (the %n day before the newest pass)</numerusform>
            <numerusform>&lt;b&gt;Devices&lt;/b&gt; (the %n days before the newest pass)</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated serialNo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock, h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Direction values&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suspected ghost duplicates&lt;/b&gt; (same person, door and direction, exactly 1 h apart or within a minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected ghost duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the passes of %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 passes, the first %3, the newest %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live follows the table by time (no key column: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live follows the key column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) have no date and time.</source>
        <translation>
            <numerusform>%n pass has no date and time.</numerusform>
            <numerusform>%n passes have no date and time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serialNo value(s) are used by more than one device: the devices number their own passes.</source>
        <translation>
            <numerusform>%n serialNo value is used by more than one device: the devices number their own passes.</numerusform>
            <numerusform>%n serialNo values are used by more than one device: the devices number their own passes.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1 (usually busy at this hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) read from %1 to %2; %3 suspected ghost duplicate(s).</source>
        <translation>
            <numerusform>%n pass read from %1 to %2; suspected ghost duplicates: %3.</numerusform>
            <numerusform>%n passes read from %1 to %2; suspected ghost duplicates: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the table failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::DataTableView</name>
    <message>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::DirectionMappingEditor</name>
    <message>
        <source>Values of the direction column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry (one value per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit (one value per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared without regard to case or surrounding spaces; any other value counts as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door and reader rules (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For readers bound the wrong way round or a missing direction: a door or reader whose name contains the text gets the direction. The first matching rule wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader or door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add suggested rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names containing &quot;выход&quot; or &quot;exit&quot; are exits; &quot;вход&quot; or &quot;entr&quot; are entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules override the direction column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules only fill in an unknown direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door and reader rule %1 has no text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::ExportDialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::ExportProgress</name>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::FeedHealth</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Live is not updating: no successful poll for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful poll for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (none for %2, usually every %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live feed health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::HeadcountChart</name>
    <message>
        <source>People inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::HistoryFilterBar</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (inclusive, to the second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, card or employee ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n door(s)</source>
        <translation>
            <numerusform>%n door</numerusform>
            <numerusform>%n doors</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick one or more doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, card or employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes: all, or those that raised an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::HistoryTab</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to see that person&apos;s passes of that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pass(es) found, %1 loaded</source>
        <translation>
            <numerusform>%Ln pass found, %1 loaded</numerusform>
            <numerusform>%Ln passes found, %1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln pass(es) found, %1 loaded</source>
        <translation>
            <numerusform>About %Ln pass found, %1 loaded</numerusform>
            <numerusform>About %Ln passes found, %1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln pass(es) found (counting…)</source>
        <translation>
            <numerusform>At least %Ln pass found (counting…)</numerusform>
            <numerusform>At least %Ln passes found (counting…)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::HoursPerDayChart</name>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled (%1 h)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::LastPassPanel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the next pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pass: person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pass: time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pass: direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pass: door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::LiveTab</name>
    <message>
        <source>All doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the passes through one door (Live only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new pass(es) held while paused</source>
        <translation>
            <numerusform>%n new pass held while paused</numerusform>
            <numerusform>%n new passes held while paused</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::MainWindow</name>
    <message>
        <source>Access Log Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection lost, reconnecting in %n s</source>
        <translation>
            <numerusform>Connection lost, reconnecting in %n s</numerusform>
            <numerusform>Connection lost, reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Access Log Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Access Log Viewer %1&lt;/h3&gt;&lt;p&gt;Reads the door passes that Hikvision iVMS-4200 writes into its third-party database table. It never writes to that table.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQL driver: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who-Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worktime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection yet — choose File → Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) skipped: repeated key</source>
        <translation>
            <numerusform>%n pass skipped: repeated key</numerusform>
            <numerusform>%n passes skipped: repeated key</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the event table share a key with an earlier row, so its key column is not unique: Live shows each key once. Ask the database administrator to make the key column unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) without a key</source>
        <translation>
            <numerusform>%n pass without a key</numerusform>
            <numerusform>%n passes without a key</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the event table have no key (NULL) or a key that is not a whole number, so Live cannot follow them; History shows them. Ask the database administrator to give every row a whole-number key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) without a time</source>
        <translation>
            <numerusform>%n pass without a time</numerusform>
            <numerusform>%n passes without a time</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the event table have no date and time (NULL), so Live, which follows this table by time, cannot show them; History shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: by time (no key column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live follows this table by the passes&apos; date and time, because %1. New passes still appear within a second and passes written later for earlier times within a minute, but each poll reads more than with a key column. The database administrator can add one with the script in the sql folder (add-key.sql), then set it as the key column of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anomalies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live ⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the alert &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help for this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Live&lt;/h3&gt;&lt;p&gt;The newest passes, as iVMS writes them, within a second. The large panel shows the last pass; the door list shows one door only; Pause holds new passes (none is lost) until you resume.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alerts&lt;/b&gt;: rules in Alerts → Watch list make a pass an alert: a red band over this tab that sounds until you acknowledge it (Enter, Space or Ctrl+Enter). An amber band is a late pass, written after an outage: it never sounds.&lt;/p&gt;&lt;p&gt;The status bar turns amber or red when the feed stops answering, and names doors that are silent far longer than usual at this hour.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who-Where&lt;/h3&gt;&lt;p&gt;Who is inside, outside or unknown now, from their last pass. The evacuation list prints everyone inside, from passes at least a day back (night shifts).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Keyboard: Ctrl+Tab moves between tabs, Tab between controls, Ctrl+F finds, F5 reads again, Esc closes a window. View → Text size and View → Colours make everything larger or darker.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk password is set. Start the viewer without --kiosk and set one in View → Kiosk password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password that unlocks kiosk mode (attlog-viewer --kiosk); empty for none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerted passes in &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;History&lt;/h3&gt;&lt;p&gt;Any pass of any period: choose the period, doors, direction, and type a name, card or employee ID (any case, ё = е). Pages load as you scroll; the count says how many match. Double-click a row or press Enter on it for that person&apos;s passes of that day; Esc stops a search. Ctrl+E exports everything found. The Passes box shows only passes that raised an alert: any, not acknowledged, or one rule&apos;s.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Worktime&lt;/h3&gt;&lt;p&gt;Per person per day: first entry, last exit, time inside, worked time against the schedule, lateness, early leaving and overtime; totals and the timesheet. Enter in the period or the rules calculates, Esc stops it. Export to Excel or print.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::PassesDialog</name>
    <message>
        <source>Passes behind the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passes: the figures come from the plan alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attlog::ui::PlanWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day: the planned shift (В a day off, an absence its code); below it the worked code and hours when Worktime has calculated this month under the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan with the built-in calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; Save keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::PresenceModel</name>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pass in this period tells whether the person came in or went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::PresenceRulesMenu</name>
    <message>
        <source>A pass without direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts as the opposite of the last state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat scans in the same direction count once within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (every scan counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::T13Model</name>
    <message>
        <source>Changed since printed on %1: it read «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned shift %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-holiday day, one hour shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 · out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime %1 min before the shift, %2 min after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a holiday or day off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit: closed at the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exit without an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes during the absence (the absence&apos;s code counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click for the passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::TimesheetModel</name>
    <message>
        <source>abs.</source>
        <comment>timesheet cell: absent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <comment>timesheet cell: inside now, not out yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in today and has not gone out yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::WatchListDialog</name>
    <message>
        <source>Watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass alerts when it meets every condition a rule sets. Lists take several entries separated by &quot;;&quot;; hours are HH:MM-HH:MM (over midnight: 22:00-06:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass older than this when it arrives (a back-fill) alerts &amp;silently, marked late:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: the hours &quot;%2&quot; are not HH:MM-HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 has no name: the banner and the alert log show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; sets no condition: it would alert on every pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a watch list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::WhoWhereTab</name>
    <message>
        <source>Inside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (since 00:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose passes count: a person&apos;s status comes from their last pass in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the people whose last pass was through this door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, employee ID, card or door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the period again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How repeat scans and passes without a direction are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save list as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evacuation list as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside: %1 · Outside: %2 · Unknown: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered: %1 of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the passes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as it stood at %1, from the passes since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status now (%1), from the passes since %2. Updates as passes arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading passes… %1 so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Who-Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who-where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evacuation-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evacuation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of everybody inside now, to print or save as PDF during an alarm. It looks back at least 24 hours, so night shifts that came in before midnight are on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also inside but not shown here: %n (came in before %1 and not gone out yet: a night shift?). They are on the evacuation list; choose &quot;Last 24 hours&quot; to see them.</source>
        <translation>
            <numerusform>Also inside but not shown here: %n person (came in before %1 and not gone out yet: a night shift?). They are on the evacuation list; choose &quot;Last 24 hours&quot; to see them.</numerusform>
            <numerusform>Also inside but not shown here: %n people (came in before %1 and not gone out yet: a night shift?). They are on the evacuation list; choose &quot;Last 24 hours&quot; to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>People and where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, employee ID, card or door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeChartsView</name>
    <message>
        <source>Hours worked per day by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People inside over the day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked per day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People inside on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeDayModel</name>
    <message numerus="yes">
        <source>An entry of this day has no matching exit (or the exit came more than %n hours later).</source>
        <translation>
            <numerusform>An entry of this day has no matching exit (or the exit came more than %n hour later).</numerusform>
            <numerusform>An entry of this day has no matching exit (or the exit came more than %n hours later).</numerusform>
        </translation>
    </message>
    <message>
        <source>An exit of this day has no entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled working day without any pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between each entry and its exit, added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first entry to the last exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span or time inside, as chosen in Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked time beyond the scheduled length (all of it on a day off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not out yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in today and has not gone out yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeOptionsPanel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First entry to last exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time inside (breaks not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How worked time is counted: the whole span of the day, or only the time between each entry and its exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second scan of the same card in the same direction within this time counts once (0 = count every scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposite of the last pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a pass without a direction (in/out) means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat scans within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass without direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a schedule the report shows lateness, early leaving, overtime and absent working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness and early leaving up to this many minutes are not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked = first entry to last exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked = time inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1–%2, grace %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts, patterns, the holiday calendar and absences per person from a work plan; adds the T-13 timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file (.sqlite store or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plans (*.sqlite *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Plan window: shifts, patterns, groups, assignments, overrides, calendar, absences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeTab</name>
    <message>
        <source>Calculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passes of the period and calculate the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table as Excel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole report as Excel: daily, totals, timesheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of this table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this table as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period and the rules above, then press Calculate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading passes… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the passes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading passes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 people · %3 day rows · %4 passes read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worktime-daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worktime-totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worktime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worktime: daily detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worktime: totals per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent (abs.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry or exit missing (? = hours unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is %1 days long; a report covers at most %2 days. Choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The T-13 has changed since it was printed on %1: %n cell(s) read differently now (marked orange; the tooltip says what they read).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The work plan was not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The T-13 timesheet covers one month: choose a month to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people with passes are not in the work plan and are not in the T-13 (the first: %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>t13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-13 timesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-13 timesheet form as Excel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-13 timesheet form as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attlog::ui::WorktimeTotalsModel</name>
    <message>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with an entry that has no matching exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with an exit that has no entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled working days without any pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days no exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days no entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

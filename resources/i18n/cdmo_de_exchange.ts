<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contacts of partners</source>
        <translation>Kontakte von Partnern</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts of clients</source>
        <translation>Kontakte von Kunden</translation>
    </message>
    <message>
        <source>Risks of an engagement</source>
        <translation>Risiken eines Engagements</translation>
    </message>
    <message>
        <source>Actions of an engagement</source>
        <translation>Maßnahmen eines Engagements</translation>
    </message>
    <message>
        <source>KPI values of an engagement</source>
        <translation>KPI-Werte eines Engagements</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Datensätze importieren</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Die Datei wählen</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab; UTF-8, UTF-16 or Windows encoding) or an Excel workbook (.xlsx). The first row holds the column names.</source>
        <translation>Eine CSV-Datei (Komma, Semikolon oder Tabulator; UTF-8, UTF-16 oder Windows-Kodierung) oder eine Excel-Arbeitsmappe (.xlsx). Die erste Zeile enthält die Spaltennamen.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the engagement…</source>
        <translation>Wählen Sie das Engagement…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>Engagement:</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>Diese Datei kann nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>This file has a header row but no rows to import.</source>
        <translation>Diese Datei hat eine Kopfzeile, aber keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Which field each column of the file fills. Columns matched by their name are filled in; the choice is remembered for files with the same columns.</source>
        <translation>Welches Feld jede Spalte der Datei füllt. Spalten, die über ihren Namen erkannt werden, sind bereits zugeordnet; die Auswahl wird für Dateien mit denselben Spalten gespeichert.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(Spalte {number})</translation>
    </message>
    <message>
        <source>Two columns fill the same field: choose one of them.</source>
        <translation>Zwei Spalten füllen dasselbe Feld: Wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{result} (warning)</source>
        <translation>{result} (Warnung)</translation>
    </message>
    <message>
        <source>Changes {fields}.</source>
        <translation>Ändert {fields}.</translation>
    </message>
    <message>
        <source>Check what the import does</source>
        <translation>Prüfen, was der Import bewirkt</translation>
    </message>
    <message>
        <source>Every row of the file and what importing it does. Nothing is written until you press Import.</source>
        <translation>Jede Zeile der Datei und was ihr Import bewirkt. Es wird nichts geschrieben, bevor Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Show only refused rows and warnings</source>
        <translation>Nur abgelehnte Zeilen und Warnungen anzeigen</translation>
    </message>
    <message>
        <source>Skip the refused rows and import the others</source>
        <translation>Abgelehnte Zeilen überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <source>Checking {count} rows…</source>
        <translation>{count} Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>{new} new, {update} to update, {unchanged} unchanged, {refused} refused.</source>
        <translation>{new} neu, {update} zu aktualisieren, {unchanged} unverändert, {refused} abgelehnt.</translation>
    </message>
    <message>
        <source> {count} row may duplicate an existing record: check them.</source>
        <translation> {count} Zeile könnte einen vorhandenen Datensatz doppeln: Prüfen Sie sie.</translation>
    </message>
    <message>
        <source> {count} rows may duplicate an existing record: check them.</source>
        <translation> {count} Zeilen könnten einen vorhandenen Datensatz doppeln: Prüfen Sie sie.</translation>
    </message>
    <message>
        <source> Nothing is imported while a row is refused: fix the file, or skip the refused rows.</source>
        <translation> Solange eine Zeile abgelehnt ist, wird nichts importiert: Korrigieren Sie die Datei oder überspringen Sie die abgelehnten Zeilen.</translation>
    </message>
    <message>
        <source> There is nothing to import.</source>
        <translation> Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The rows are written as one change: Edit &gt; Undo takes it back.</source>
        <translation>Die Zeilen werden als eine Änderung geschrieben: Bearbeiten &gt; Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Writing {count} records…</source>
        <translation>{count} Datensätze werden geschrieben…</translation>
    </message>
    <message>
        <source>Imported from {file}: {new} new, {updated} updated, {skipped} refused rows skipped. Edit &gt; Undo takes the whole import back.</source>
        <translation>Aus {file} importiert: {new} neu, {updated} aktualisiert, {skipped} abgelehnte Zeilen übersprungen. Bearbeiten &gt; Rückgängig nimmt den gesamten Import zurück.</translation>
    </message>
    <message>
        <source>Imported from {file}: {new} new, {updated} updated. Edit &gt; Undo takes the whole import back.</source>
        <translation>Aus {file} importiert: {new} neu, {updated} aktualisiert. Bearbeiten &gt; Rückgängig nimmt den gesamten Import zurück.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Es wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>Every register (one workbook, a sheet each)</source>
        <translation>Alle Register (eine Arbeitsmappe, je ein Blatt)</translation>
    </message>
    <message>
        <source>{register}: the {count} rows shown</source>
        <translation>{register}: die {count} angezeigten Zeilen</translation>
    </message>
    <message>
        <source>All engagements</source>
        <translation>Alle Engagements</translation>
    </message>
    <message>
        <source>XLSX keeps dates, numbers and amounts as such; CSV is UTF-8 with a byte-order mark. Text that a spreadsheet would run as a formula starts with a quote.</source>
        <translation>XLSX behält Datumsangaben, Zahlen und Beträge als solche; CSV ist UTF-8 mit Byte-Order-Mark. Text, den eine Tabellenkalkulation als Formel ausführen würde, beginnt mit einem Apostroph.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Give the file to write.</source>
        <translation>Geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <source>Every register goes into one .xlsx workbook.</source>
        <translation>Alle Register kommen in eine .xlsx-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}.

Replace it with this export?</source>
        <translation>{file} ist in {folder} bereits vorhanden.

Durch diesen Export ersetzen?</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Writing {what}… {percent} %</source>
        <translation>{what} wird geschrieben… {percent} %</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {count} rows to {file}.</source>
        <translation>{count} Zeilen in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Es wurde nichts geschrieben: {reason}</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Export these rows…</source>
        <translation>Diese Zeilen exportieren…</translation>
    </message>
</context>
</TS>

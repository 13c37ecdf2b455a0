<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{reason}

The file has not been changed.</source>
        <translation>{reason}

Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: {reason}

Everything saved before this is safe. The details are in {log}.</source>
        <translation>Etwas ist schiefgegangen: {reason}

Alles, was vorher gespeichert wurde, ist sicher. Die Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <source>Demo portfolio</source>
        <translation>Demo-Portfolio</translation>
    </message>
    <message>
        <source>The demo portfolio could not be created at {path}. {reason}</source>
        <translation>Das Demo-Portfolio konnte nicht unter {path} angelegt werden. {reason}</translation>
    </message>
    <message>
        <source>Audit trail broken</source>
        <translation>Prüfpfad unterbrochen</translation>
    </message>
    <message>
        <source>The audit trail of {file} shows changes made outside this app (1 problem).</source>
        <translation>Der Prüfpfad von {file} zeigt Änderungen, die außerhalb dieser App vorgenommen wurden (1 Problem).</translation>
    </message>
    <message>
        <source>The audit trail of {file} shows changes made outside this app ({count} problems).</source>
        <translation>Der Prüfpfad von {file} zeigt Änderungen, die außerhalb dieser App vorgenommen wurden ({count} Probleme).</translation>
    </message>
    <message>
        <source>First: {problem}

You can keep working. Run &apos;cdmo-desktop check&apos; for the details, and compare with a backup taken before the change.</source>
        <translation>Erstes: {problem}

Sie können weiterarbeiten. Führen Sie &apos;cdmo-desktop check&apos; aus, um die Einzelheiten zu sehen, und vergleichen Sie mit einer Sicherung von vor der Änderung.</translation>
    </message>
    <message>
        <source>Archive {noun}</source>
        <translation>{noun} archivieren</translation>
    </message>
    <message>
        <source>Archive “{name}”?

{what_stays} Tick “Show archived” to find and restore it, or undo with Ctrl+Z.</source>
        <translation>„{name}“ archivieren?

{what_stays} Setzen Sie das Häkchen bei „Archivierte anzeigen“, um den Eintrag zu finden und wiederherzustellen, oder machen Sie es mit Strg+Z rückgängig.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Your values were not saved. Reload shows the values as saved now and drops yours; Overwrite saves yours over theirs.</source>
        <translation>Ihre Werte wurden nicht gespeichert. „Neu laden“ zeigt die Werte, wie sie jetzt gespeichert sind, und verwirft Ihre; „Überschreiben“ speichert Ihre über die anderen.</translation>
    </message>
    <message>
        <source>Your changes were not saved. The record no longer exists.</source>
        <translation>Ihre Änderungen wurden nicht gespeichert. Der Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Your changes were not saved. Reload shows their version and drops yours; Overwrite saves yours over theirs; Compare lets you keep either, field by field.</source>
        <translation>Ihre Änderungen wurden nicht gespeichert. „Neu laden“ zeigt die andere Fassung und verwirft Ihre; „Überschreiben“ speichert Ihre über die andere; „Vergleichen“ lässt Sie Feld für Feld wählen, welche bleibt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>Mit dieser Auswahl &amp;speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>The log folder could not be shown in a file manager. It is:

{folder}</source>
        <translation>Der Protokollordner konnte nicht in einem Dateimanager angezeigt werden. Er liegt hier:

{folder}</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of the log and crash files ({folder})</source>
        <translation>Den Ordner der Protokoll- und Absturzdateien anzeigen ({folder})</translation>
    </message>
    <message>
        <source>Partnership Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Partnership-Desk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>cannot be opened or created ({reason})</source>
        <translation>kann nicht geöffnet oder angelegt werden ({reason})</translation>
    </message>
    <message>
        <source>cannot be opened ({reason})</source>
        <translation>kann nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>{path} already exists. A new database never replaces a file: choose another name, or use File &gt; Open to open that file.</source>
        <translation>{path} existiert bereits. Eine neue Datenbank ersetzt nie eine Datei: Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>The file {path} {reason}.</source>
        <translation>Die Datei {path} {reason}.</translation>
    </message>
    <message>
        <source>The file has not been changed. Choose another file, create a new database, or quit.</source>
        <translation>Die Datei wurde nicht verändert. Wählen Sie eine andere Datei, legen Sie eine neue Datenbank an oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Create new…</source>
        <translation>Neu anlegen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>is encrypted, and no passphrase was given</source>
        <translation>ist verschlüsselt, und es wurde keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to team &amp;server…</source>
        <translation>Mit &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <source>Work on the practice&apos;s shared PostgreSQL database</source>
        <translation>Mit der gemeinsamen PostgreSQL-Datenbank der Praxis arbeiten</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Encrypt database…</source>
        <translation>Datenbank &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>Remove &amp;encryption…</source>
        <translation>&amp;Verschlüsselung entfernen…</translation>
    </message>
    <message>
        <source>Opened {database}</source>
        <translation>{database} geöffnet</translation>
    </message>
    <message>
        <source>{file} is already open</source>
        <translation>{file} ist bereits geöffnet</translation>
    </message>
    <message>
        <source>The file {path} {reason}.

The file has not been changed. {current} stays open.</source>
        <translation>Die Datei {path} {reason}.

Die Datei wurde nicht verändert. {current} bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written</source>
        <translation>Sicherung abgebrochen: Es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No backup was made. {reason}</source>
        <translation>Es wurde keine Sicherung erstellt. {reason}</translation>
    </message>
    <message>
        <source>Backup saved: {file}</source>
        <translation>Sicherung gespeichert: {file}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in {file} with the backup taken {taken}?

The current database is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Den gesamten Inhalt von {file} durch die Sicherung vom {taken} ersetzen?

Die aktuelle Datenbank wird vorher gesichert; Sie können dies also rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}

The database is as it was before.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {reason}

Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Restored the backup taken {taken}</source>
        <translation>Sicherung vom {taken} wiederhergestellt</translation>
    </message>
    <message>
        <source>Encryption not changed</source>
        <translation>Verschlüsselung nicht geändert</translation>
    </message>
    <message>
        <source>{reason}

The database is as it was before.</source>
        <translation>{reason}

Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Datenbank verschlüsselt</translation>
    </message>
    <message>
        <source>{file} is encrypted. {count} earlier backups in {folder} are not: delete them if they must not be readable.</source>
        <translation>{file} ist verschlüsselt. {count} ältere Sicherungen in {folder} sind es nicht: Löschen Sie sie, wenn sie nicht lesbar sein dürfen.</translation>
    </message>
    <message>
        <source>{file} is decrypted</source>
        <translation>{file} ist entschlüsselt</translation>
    </message>
    <message>
        <source>{file} is encrypted</source>
        <translation>{file} ist verschlüsselt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Version {version}. Partner profiles, kickoff charters, risk logs, schedules and PDF reports for consultants who manage CRO, CDMO and CMO partnerships.&lt;/p&gt;&lt;p&gt;Free software under the {licence} licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Version {version}. Partnerprofile, Kickoff-Chartas, Risikoregister, Zeitpläne und PDF-Berichte für Berater, die Partnerschaften mit CROs, CDMOs und CMOs betreuen.&lt;/p&gt;&lt;p&gt;Freie Software unter der {licence}-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Schema-Revision</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnose &amp;kopieren</translation>
    </message>
    <message>
        <source>Versions, platform and paths for a support request; no records, no passwords</source>
        <translation>Versionen, Plattform und Pfade für eine Supportanfrage; keine Datensätze, keine Passwörter</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>{app}-Symbol</translation>
    </message>
    <message>
        <source>Copied: paste it into your support request.</source>
        <translation>Kopiert: Fügen Sie es in Ihre Supportanfrage ein.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>diesem Datensatz</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Mit Teamserver verbinden</translation>
    </message>
    <message>
        <source>Work on the practice&apos;s shared database. Ask your administrator for the address.</source>
        <translation>Mit der gemeinsamen Datenbank der Praxis arbeiten. Die Adresse erhalten Sie von Ihrem Administrator.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>from the keychain or .pgpass when left empty</source>
        <translation>aus dem Schlüsselbund oder .pgpass, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Recent &amp;servers:</source>
        <translation>&amp;Zuletzt verwendete Server:</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Remove the selected server from this list and its password from the keychain</source>
        <translation>Den gewählten Server aus dieser Liste und sein Passwort aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Verbindung zu {server} wird hergestellt…</translation>
    </message>
    <message>
        <source>Keep the passphrase safe: without it nobody, not even support, can open this database or its backups again. A lost passphrase cannot be recovered.</source>
        <translation>Bewahren Sie die Passphrase sicher auf: Ohne sie kann niemand, auch nicht der Support, diese Datenbank oder ihre Sicherungen wieder öffnen. Eine verlorene Passphrase lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Verschlüsselte Datenbank</translation>
    </message>
    <message>
        <source>{file} is encrypted. Enter its passphrase to open it.</source>
        <translation>{file} ist verschlüsselt. Geben Sie die Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Try again (the file has not been changed).</source>
        <translation>Die Passphrase ist falsch. Versuchen Sie es erneut (die Datei wurde nicht verändert).</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Mit einer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>Choose the screen to show; the View menu gives each screen&apos;s shortcut</source>
        <translation>Wählen Sie den angezeigten Bildschirm; das Menü Ansicht nennt die Tastenkürzel</translation>
    </message>
    <message>
        <source>Every running engagement with its status; Enter opens one</source>
        <translation>Alle laufenden Engagements mit ihrem Status; Eingabe öffnet eines</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>What needs attention today</source>
        <translation>Was heute Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Partner suchen</translation>
    </message>
    <message>
        <source>Enter opens the partner&apos;s profile</source>
        <translation>Eingabe öffnet das Profil des Partners</translation>
    </message>
    <message>
        <source>Partner overview</source>
        <translation>Partnerübersicht</translation>
    </message>
    <message>
        <source>Partner profile</source>
        <translation>Partnerprofil</translation>
    </message>
    <message>
        <source>Sites and contacts</source>
        <translation>Standorte und Kontakte</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <source>Search engagements</source>
        <translation>Engagements suchen</translation>
    </message>
    <message>
        <source>Enter opens the engagement&apos;s workspace</source>
        <translation>Eingabe öffnet den Arbeitsbereich des Engagements</translation>
    </message>
    <message>
        <source>Search risks</source>
        <translation>Risiken suchen</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Enter opens the risk</source>
        <translation>Eingabe öffnet das Risiko</translation>
    </message>
    <message>
        <source>Risk details</source>
        <translation>Risikodetails</translation>
    </message>
    <message>
        <source>Tasks and milestones</source>
        <translation>Aufgaben und Meilensteine</translation>
    </message>
    <message>
        <source>The plan row by row; each row&apos;s description gives the dates of its bar</source>
        <translation>Der Plan Zeile für Zeile; die Beschreibung jeder Zeile nennt die Daten ihres Balkens</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>Gantt-Diagramm</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Basispläne</translation>
    </message>
    <message>
        <source>Status reports</source>
        <translation>Statusberichte</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Budgetwährung</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. USD</source>
        <translation>ISO-4217-Code, z. B. EUR</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The backups of this database, newest first</source>
        <translation>Die Sicherungen dieser Datenbank, die neueste zuerst</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Kickoff charter</source>
        <translation>Kickoff-Charta</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationsweg</translation>
    </message>
    <message>
        <source>RACI grid</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>Workstreams by team member; type R, A, C or I in a cell, Delete clears it. Each workstream needs exactly one A and at least one R</source>
        <translation>Arbeitspakete je Teammitglied; geben Sie R, A, C oder I in eine Zelle ein, Entf leert sie. Jedes Arbeitspaket braucht genau ein A und mindestens ein R</translation>
    </message>
    <message>
        <source>RACI problems</source>
        <translation>RACI-Probleme</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Communication channels</source>
        <translation>Kommunikationskanäle</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Geteilte Informationen</translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation>Verweis auf die Vereinbarung</translation>
    </message>
    <message>
        <source>A reference in words when the agreement is not in the list</source>
        <translation>Ein Verweis in Worten, wenn die Vereinbarung nicht in der Liste steht</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>KPI measurements</source>
        <translation>KPI-Messungen</translation>
    </message>
    <message>
        <source>One row per KPI, one column per period; type a value to record it</source>
        <translation>Eine Zeile je KPI, eine Spalte je Zeitraum; geben Sie einen Wert ein, um ihn zu erfassen</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Details des Datensatzes</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Datum aus einem Kalender wählen (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Datenbank verschlüsseln</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Verschlüsselung entfernen</translation>
    </message>
    <message>
        <source>Remove the encryption of {file}? Anyone who can read the file can then read its data. An encrypted backup is taken first.</source>
        <translation>Die Verschlüsselung von {file} entfernen? Danach kann jeder, der die Datei lesen kann, ihre Daten lesen. Vorher wird eine verschlüsselte Sicherung erstellt.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Es wurde keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>The file {path} could not be converted ({reason}).</source>
        <translation>Die Datei {path} konnte nicht umgewandelt werden ({reason}).</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Enter your name: it is recorded with every edit.</source>
        <translation>Geben Sie Ihren Namen ein: Er wird bei jeder Änderung festgehalten.</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Daily, automatic</source>
        <translation>Täglich, automatisch</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>Vor einer Schema-Aktualisierung</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{file}&lt;/b&gt; in {folder}, newest first. Restoring replaces the whole database with the backup you choose.</source>
        <translation>Sicherungen von &lt;b&gt;{file}&lt;/b&gt; in {folder}, neueste zuerst. Beim Wiederherstellen wird die gesamte Datenbank durch die gewählte Sicherung ersetzt.</translation>
    </message>
    <message>
        <source>There are no backups of {file} in {folder} yet.</source>
        <translation>Es gibt noch keine Sicherungen von {file} in {folder}.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>For your own partners and engagements, created at {path}.</source>
        <translation>Für Ihre eigenen Partner und Engagements, angelegt unter {path}.</translation>
    </message>
    <message>
        <source>The database you used last, {path}, is no longer there (moved, renamed or on a drive that is not connected).</source>
        <translation>Die zuletzt verwendete Datenbank {path} ist nicht mehr vorhanden (verschoben, umbenannt oder auf einem nicht verbundenen Laufwerk).</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>Give the reason for the erasure.</source>
        <translation>Geben Sie den Grund für die Löschung an.</translation>
    </message>
    <message>
        <source>The contact&apos;s {fields}.</source>
        <translation>Vom Kontakt: {fields}.</translation>
    </message>
    <message>
        <source>The person&apos;s name, e-mail or phone where they appear elsewhere: {places}.</source>
        <translation>Name, E-Mail oder Telefon der Person, wo sie anderswo vorkommen: {places}.</translation>
    </message>
    <message>
        <source>Of “{title}”: {fields}.</source>
        <translation>Von „{title}“: {fields}.</translation>
    </message>
    <message>
        <source>The record was deleted: its values are erased from the change log.</source>
        <translation>Der Datensatz wurde gelöscht: Seine Werte werden aus dem Änderungsprotokoll entfernt.</translation>
    </message>
    <message>
        <source>In the change log, the values of 1 entry read “{erased}”. The log records the erasure: who, when, what kind and why.</source>
        <translation>Im Änderungsprotokoll lauten die Werte von 1 Eintrag „{erased}“. Das Protokoll hält die Löschung fest: wer, wann, welche Art und warum.</translation>
    </message>
    <message>
        <source>In the change log, the values of {count} entries read “{erased}”. The log records the erasure: who, when, what kind and why.</source>
        <translation>Im Änderungsprotokoll lauten die Werte von {count} Einträgen „{erased}“. Das Protokoll hält die Löschung fest: wer, wann, welche Art und warum.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <source>Erase confidential values</source>
        <translation>Vertrauliche Werte löschen</translation>
    </message>
    <message>
        <source>Fields of “{title}” to erase:</source>
        <translation>Zu löschende Felder von „{title}“:</translation>
    </message>
    <message>
        <source>An erasure cannot be undone. It also clears the undo history (Ctrl+Z) of this window.</source>
        <translation>Eine Löschung lässt sich nicht rückgängig machen. Sie leert auch den Rückgängig-Verlauf (Strg+Z) dieses Fensters.</translation>
    </message>
    <message>
        <source>1 backup taken before now still holds these values. After the erasure you can purge it.</source>
        <translation>1 ältere Sicherung enthält diese Werte noch. Nach der Löschung können Sie sie endgültig entfernen.</translation>
    </message>
    <message>
        <source>{count} backups taken before now still hold these values. After the erasure you can purge them.</source>
        <translation>{count} ältere Sicherungen enthalten diese Werte noch. Nach der Löschung können Sie sie endgültig entfernen.</translation>
    </message>
    <message>
        <source>e.g. the person&apos;s request of 2 Dec, under GDPR art. 17</source>
        <translation>z. B. Antrag der Person vom 2. Dez. nach Art. 17 DSGVO</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Grund (erforderlich):</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Zur Bestätigung {word} eingeben:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Tick the fields whose values are to be erased.</source>
        <translation>Haken Sie die Felder an, deren Werte gelöscht werden sollen.</translation>
    </message>
    <message>
        <source>Erase this person: {title}</source>
        <translation>Diese Person löschen: {title}</translation>
    </message>
    <message>
        <source>Erase values of: {title}</source>
        <translation>Werte löschen von: {title}</translation>
    </message>
    <message>
        <source>1 backup taken before this erasure holds the erased data.</source>
        <translation>1 Sicherung von vor dieser Löschung enthält die gelöschten Daten.</translation>
    </message>
    <message>
        <source>{count} backups taken before this erasure still hold the erased data.</source>
        <translation>{count} Sicherungen von vor dieser Löschung enthalten die gelöschten Daten noch.</translation>
    </message>
    <message>
        <source>Backups still hold the erased data</source>
        <translation>Sicherungen enthalten die gelöschten Daten noch</translation>
    </message>
    <message>
        <source>Taken on {dates}. Purging deletes these backup files for good.</source>
        <translation>Erstellt am {dates}. Endgültiges Entfernen löscht diese Sicherungsdateien für immer.</translation>
    </message>
    <message>
        <source>Purge them…</source>
        <translation>Endgültig entfernen…</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Purge backups</source>
        <translation>Sicherungen endgültig entfernen</translation>
    </message>
    <message>
        <source>Delete 1 backup for good? The database itself is not touched.</source>
        <translation>1 Sicherung endgültig löschen? Die Datenbank selbst bleibt unberührt.</translation>
    </message>
    <message>
        <source>Delete {count} backups for good? The database itself is not touched.</source>
        <translation>{count} Sicherungen endgültig löschen? Die Datenbank selbst bleibt unberührt.</translation>
    </message>
    <message>
        <source>Erasing the values…</source>
        <translation>Die Werte werden gelöscht…</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Nothing was erased. {reason}</source>
        <translation>Es wurde nichts gelöscht. {reason}</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Der Kontakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Not a database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>{file} is not a Partnership Desk database, so it was not opened.

Drop a database file (.sqlite) here to open it; to bring in records from a spreadsheet use File &gt; Import from a spreadsheet.</source>
        <translation>{file} ist keine Partnership-Desk-Datenbank und wurde daher nicht geöffnet.

Ziehen Sie eine Datenbankdatei (.sqlite) hierher, um sie zu öffnen; um Datensätze aus einer Tabelle zu übernehmen, verwenden Sie Datei &gt; Aus Tabelle importieren.</translation>
    </message>
    <message>
        <source>a point</source>
        <translation>einem Punkt</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>einem Komma</translation>
    </message>
    <message>
        <source>Enter an amount such as {example}.</source>
        <translation>Geben Sie einen Betrag ein, etwa {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount: type digits only, as in {example}.</source>
        <translation>„{typed}“ ist kein Betrag: Geben Sie nur Ziffern ein, etwa {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount in this notation: write it as {example}, with {sign} before the decimals.</source>
        <translation>„{typed}“ ist in dieser Schreibweise kein Betrag: Schreiben Sie ihn wie {example}, mit {sign} vor den Nachkommastellen.</translation>
    </message>
    <message>
        <source>“{typed}” is not a whole amount: write it as {example}.</source>
        <translation>„{typed}“ ist kein ganzzahliger Betrag: Schreiben Sie ihn wie {example}.</translation>
    </message>
    <message>
        <source>“{typed}” has more than {decimals} decimals: write it as {example}.</source>
        <translation>„{typed}“ hat mehr als {decimals} Nachkommastellen: Schreiben Sie ihn wie {example}.</translation>
    </message>
    <message>
        <source>{long}, {numeric} or {iso}</source>
        <translation>{long}, {numeric} oder {iso}</translation>
    </message>
    <message>
        <source>“{typed}” is not a date: type it as {forms}.</source>
        <translation>„{typed}“ ist kein Datum: Geben Sie es als {forms} ein.</translation>
    </message>
    <message>
        <source>Enter a date such as {forms}.</source>
        <translation>Geben Sie ein Datum ein, etwa {forms}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a date: “{word}” is not a month; type {forms}.</source>
        <translation>„{typed}“ ist kein Datum: „{word}“ ist kein Monat; geben Sie {forms} ein.</translation>
    </message>
    <message>
        <source>“{typed}” is not a date: give the day and the full year, as in {example}.</source>
        <translation>„{typed}“ ist kein Datum: Geben Sie Tag und vollständiges Jahr an, etwa {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a date: there is no month {month}.</source>
        <translation>„{typed}“ ist kein Datum: Es gibt keinen Monat {month}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a date: {month} has no day {day}.</source>
        <translation>„{typed}“ ist kein Datum: {month} hat keinen Tag {day}.</translation>
    </message>
    <message>
        <source>“{typed}” does not add up: {date} is a {weekday}.</source>
        <translation>„{typed}“ passt nicht zusammen: Der {date} ist ein {weekday}.</translation>
    </message>
    <message>
        <source>Partnership Desk manual</source>
        <translation>Partnership-Desk-Handbuch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Manual page</source>
        <translation>Handbuchseite</translation>
    </message>
    <message>
        <source>Search the manual</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Search the manual (Ctrl+F)</source>
        <translation>Im Handbuch suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Manual contents</source>
        <translation>Inhalt des Handbuchs</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>No page mentions “{text}”.</source>
        <translation>Keine Seite erwähnt „{text}“.</translation>
    </message>
    <message>
        <source>1 page mentions “{text}”. Enter opens it; F3 finds the next place.</source>
        <translation>1 Seite erwähnt „{text}“. Eingabe öffnet sie; F3 findet die nächste Stelle.</translation>
    </message>
    <message>
        <source>{count} pages mention “{text}”. Enter opens the first; F3 finds the next.</source>
        <translation>{count} Seiten erwähnen „{text}“. Eingabe öffnet die erste; F3 findet die nächste.</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>Diese Seite</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Copy the selected rows of a table with their header</source>
        <translation>Die ausgewählten Zeilen einer Tabelle mit ihrer Kopfzeile kopieren</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Type to filter: an action or a key</source>
        <translation>Zum Filtern tippen: eine Aktion oder eine Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>The manual, at the page of the screen on show</source>
        <translation>Das Handbuch, auf der Seite zur angezeigten Ansicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>a full check found it damaged ({problem}); restore a backup (File &gt; Restore from backup…) to go on editing</source>
        <translation>eine vollständige Prüfung hat sie als beschädigt erkannt ({problem}); stellen Sie eine Sicherung wieder her (Datei &gt; Aus Sicherung wiederherstellen…), um weiter zu bearbeiten</translation>
    </message>
    <message>
        <source>The database cannot be reached right now; other users&apos; changes will show once it answers again.</source>
        <translation>Die Datenbank ist gerade nicht erreichbar; Änderungen anderer Benutzer erscheinen, sobald sie wieder antwortet.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>Datenbank wird kopiert</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Datenbank wird gesichert…</translation>
    </message>
    <message>
        <source>Restoring the backup; the database is replaced when it is complete…</source>
        <translation>Sicherung wird wiederhergestellt; die Datenbank wird ersetzt, sobald sie vollständig ist…</translation>
    </message>
    <message>
        <source>Building the demo portfolio…</source>
        <translation>Demo-Portfolio wird aufgebaut…</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>Plan wird gelesen</translation>
    </message>
    <message>
        <source>Writing {file}</source>
        <translation>{file} wird geschrieben</translation>
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
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>Aus Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <source>Import partners, contacts, risks or actions from CSV or XLSX</source>
        <translation>Partner, Kontakte, Risiken oder Maßnahmen aus CSV oder XLSX importieren</translation>
    </message>
    <message>
        <source>&amp;Export to a spreadsheet…</source>
        <translation>In Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Screen</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show &amp;data folder</source>
        <translation>&amp;Datenordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Back to {page}</source>
        <translation>&amp;Zurück: {page}</translation>
    </message>
    <message>
        <source>the previous page</source>
        <translation>vorige Seite</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can read and export everything; edits are refused and nothing is saved to this file.</source>
        <translation>Schreibgeschützt: {reason}. Sie können alles lesen und exportieren; Änderungen werden abgelehnt, und in dieser Datei wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>Teamserver: {server}</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>einem anderen Benutzer</translation>
    </message>
    <message>
        <source>Updated with changes by {users}</source>
        <translation>Aktualisiert mit Änderungen von {users}</translation>
    </message>
    <message>
        <source>The server answers again</source>
        <translation>Der Server antwortet wieder</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Every running engagement and what needs attention today</source>
        <translation>Alle laufenden Engagements und was heute Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>CROs, CDMOs, CMOs and labs: profiles, sites, contacts, audits</source>
        <translation>CROs, CDMOs, CMOs und Labore: Profile, Standorte, Kontakte, Audits</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>The sponsors you work for, with their contacts and engagements</source>
        <translation>Die Sponsoren, für die Sie arbeiten, mit ihren Kontakten und Engagements</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Engagements with their charters, teams and decisions</source>
        <translation>Engagements mit ihren Chartas, Teams und Entscheidungen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>The risk log across the portfolio, with the heat map</source>
        <translation>Das Risikoregister über das ganze Portfolio, mit der Heatmap</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Milestones, decision gates and dependencies</source>
        <translation>Meilensteine, Entscheidungspunkte und Abhängigkeiten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Status reports and agreements as PDF</source>
        <translation>Statusberichte und Vereinbarungen als PDF</translation>
    </message>
    <message>
        <source>{noun}: {name}</source>
        <translation>{noun}: {name}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Neues Engagement</translation>
    </message>
    <message>
        <source>{page} could not be opened: {reason}. The details are in the log file.</source>
        <translation>{page} konnte nicht geöffnet werden: {reason}. Die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>  (missing)</source>
        <translation>  (fehlt)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>{path} öffnen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{file} is no longer in {folder}: it was moved, renamed or deleted.

Remove it from the recent files?</source>
        <translation>{file} ist nicht mehr in {folder}: Die Datei wurde verschoben, umbenannt oder gelöscht.

Aus den zuletzt geöffneten Dateien entfernen?</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>There is no local copy of this server&apos;s data on this computer.</source>
        <translation>Auf diesem Computer gibt es keine lokale Kopie der Daten dieses Servers.</translation>
    </message>
    <message>
        <source>Open the local copy from {taken} read-only? You can read and export everything; edits wait until the server answers again.</source>
        <translation>Die lokale Kopie vom {taken} schreibgeschützt öffnen? Sie können alles lesen und exportieren; Änderungen warten, bis der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>&amp;Open the local copy</source>
        <translation>Lokale Kopie ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cannot open the local copy</source>
        <translation>Die lokale Kopie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Der Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“{change}” can no longer be undone or redone: {reason}</source>
        <translation>„{change}“ kann nicht mehr rückgängig gemacht oder wiederholt werden: {reason}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to {what}?</source>
        <translation>Ihre Änderungen an {what} speichern?</translation>
    </message>
    <message>
        <source>“{text}” is not a country: pick one from the list.</source>
        <translation>„{text}“ ist kein Land: Wählen Sie eines aus der Liste.</translation>
    </message>
    <message>
        <source>Type to search countries</source>
        <translation>Tippen, um Länder zu suchen</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} T</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>decision gate</source>
        <translation>Entscheidungspunkt</translation>
    </message>
    <message>
        <source>critical path</source>
        <translation>kritischer Pfad</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>baseline (±days)</source>
        <translation>Basisplan (±Tage)</translation>
    </message>
    <message>
        <source>Drag a bar to move it, its right end to resize, onto another item to link (or Ctrl+L to add a predecessor by name or number).</source>
        <translation>Ziehen Sie einen Balken, um ihn zu verschieben, sein rechtes Ende, um die Dauer zu ändern, oder auf einen anderen Eintrag, um sie zu verknüpfen (oder Strg+L, um einen Vorgänger nach Name oder Nummer hinzuzufügen).</translation>
    </message>
    <message>
        <source>after {item}</source>
        <translation>nach {item}</translation>
    </message>
    <message>
        <source>start-to-start {item}</source>
        <translation>Anfang-Anfang {item}</translation>
    </message>
    <message>
        <source>finish-to-finish {item}</source>
        <translation>Ende-Ende {item}</translation>
    </message>
    <message>
        <source>start-to-finish {item}</source>
        <translation>Anfang-Ende {item}</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>Actual date: {date}</source>
        <translation>Ist-Datum: {date}</translation>
    </message>
    <message>
        <source>Actual: started {date}</source>
        <translation>Ist: begonnen am {date}</translation>
    </message>
    <message>
        <source>Actual: {start} – {finish} ({days})</source>
        <translation>Ist: {start} – {finish} ({days})</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>{start} – {finish} ({days}), {percent} % done</source>
        <translation>{start} – {finish} ({days}), {percent} % erledigt</translation>
    </message>
    <message>
        <source>Status: {status} · owner: {owner}</source>
        <translation>Status: {status} · verantwortlich: {owner}</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the critical path&lt;/b&gt; ({days} behind)</source>
        <translation>&lt;b&gt;Auf dem kritischen Pfad&lt;/b&gt; ({days} im Verzug)</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the critical path&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auf dem kritischen Pfad&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Slack: {days}</source>
        <translation>Puffer: {days}</translation>
    </message>
    <message>
        <source>{days} late</source>
        <translation>{days} später</translation>
    </message>
    <message>
        <source>{days} early</source>
        <translation>{days} früher</translation>
    </message>
    <message>
        <source>on baseline</source>
        <translation>wie im Basisplan</translation>
    </message>
    <message>
        <source>Baseline{named} finish {date}: {how}</source>
        <translation>Basisplan{named} Ende {date}: {how}</translation>
    </message>
    <message>
        <source>Not in the baseline{named}</source>
        <translation>Nicht im Basisplan{named}</translation>
    </message>
    <message>
        <source>No baseline yet</source>
        <translation>Noch kein Basisplan</translation>
    </message>
    <message>
        <source>🔒 Contract-fixed date</source>
        <translation>🔒 Vertraglich festes Datum</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflict:&lt;/b&gt; {conflict}</source>
        <translation>&lt;b&gt;Konflikt:&lt;/b&gt; {conflict}</translation>
    </message>
    <message>
        <source>Depends on: {items}</source>
        <translation>Hängt ab von: {items}</translation>
    </message>
    <message>
        <source>Contract-fixed: clear Fixed in the table to move it</source>
        <translation>Vertraglich fest: Entfernen Sie „Fest“ in der Tabelle, um es zu verschieben</translation>
    </message>
    <message>
        <source>{start} – {finish}  ({days} d)</source>
        <translation>{start} – {finish}  ({days} T)</translation>
    </message>
    <message>
        <source>Drop on the item that must wait for this one</source>
        <translation>Auf dem Eintrag ablegen, der auf diesen warten muss</translation>
    </message>
    <message>
        <source>Current (1 risk)</source>
        <translation>Aktuell (1 Risiko)</translation>
    </message>
    <message>
        <source>Current ({count} risks)</source>
        <translation>Aktuell ({count} Risiken)</translation>
    </message>
    <message>
        <source>Residual after mitigation ({count})</source>
        <translation>Restrisiko nach Minderung ({count})</translation>
    </message>
    <message>
        <source>{count} not yet assessed</source>
        <translation>{count} noch nicht bewertet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>Risiko-Heatmap</translation>
    </message>
    <message>
        <source>After mitigation</source>
        <translation>Nach Minderung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>{grid}: likelihood {likelihood}, impact {impact}, {level}: {risks}</source>
        <translation>{grid}: Wahrscheinlichkeit {likelihood}, Auswirkung {impact}, {level}: {risks}</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n Risiko</numerusform>
            <numerusform>%n Risiken</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between the cells, Enter lists the risks of a cell. {cell}. Cells with risks: {cells}</source>
        <translation>Die Pfeiltasten wechseln zwischen den Zellen, Eingabe listet die Risiken einer Zelle. {cell}. Zellen mit Risiken: {cells}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{likelihood} ({l}) x {impact} impact ({i}): {level}</source>
        <translation>Wahrscheinlichkeit {likelihood} ({l}) x Auswirkung {impact} ({i}): {level}</translation>
    </message>
    <message>
        <source>1 risk after mitigation</source>
        <translation>1 Risiko nach Minderung</translation>
    </message>
    <message>
        <source>1 risk now</source>
        <translation>1 Risiko derzeit</translation>
    </message>
    <message>
        <source>{count} risks after mitigation</source>
        <translation>{count} Risiken nach Minderung</translation>
    </message>
    <message>
        <source>{count} risks now</source>
        <translation>{count} Risiken derzeit</translation>
    </message>
    <message>
        <source>click to show all risks again</source>
        <translation>klicken, um wieder alle Risiken zu zeigen</translation>
    </message>
    <message>
        <source>click to list them</source>
        <translation>klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <source>{} (no longer listed)</source>
        <translation>{} (nicht mehr aufgeführt)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Type a date such as {long}, {numeric} or {iso}, or pick one from the calendar.</source>
        <translation>Geben Sie ein Datum ein, etwa {long}, {numeric} oder {iso}, oder wählen Sie eines im Kalender.</translation>
    </message>
    <message>
        <source>An amount such as {example}.</source>
        <translation>Ein Betrag wie {example}.</translation>
    </message>
    <message>
        <source>The file could not be written. {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden. {reason}</translation>
    </message>
    <message>
        <source>The file could not be written because of a database error ({kind}).</source>
        <translation>Die Datei konnte wegen eines Datenbankfehlers nicht geschrieben werden ({kind}).</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Not while this database is read-only: {reason}.</source>
        <translation>Nicht möglich, solange diese Datenbank schreibgeschützt ist: {reason}.</translation>
    </message>
    <message>
        <source>— pick a partner —</source>
        <translation>— Partner wählen —</translation>
    </message>
    <message>
        <source>This partner has no site yet.</source>
        <translation>Dieser Partner hat noch keinen Standort.</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
</context>
</TS>

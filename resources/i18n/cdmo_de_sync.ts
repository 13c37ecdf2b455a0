<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisierung</translation>
    </message>
    <message>
        <source>&amp;Send changes to…</source>
        <translation>Änderungen &amp;senden an…</translation>
    </message>
    <message>
        <source>Write the changes another copy has not seen into a file</source>
        <translation>Die Änderungen, die eine andere Kopie noch nicht kennt, in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Receive changes…</source>
        <translation>Änderungen &amp;empfangen…</translation>
    </message>
    <message>
        <source>Take in a sync file from another copy (a backup is taken first)</source>
        <translation>Eine Synchronisierungsdatei einer anderen Kopie übernehmen (vorher wird eine Sicherung erstellt)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Edits that collided with another copy&apos;s, and possible duplicate partners</source>
        <translation>Bearbeitungen, die mit denen einer anderen Kopie kollidiert sind, und mögliche doppelte Partner</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({count} open)…</source>
        <translation>&amp;Konflikte ({count} offen)…</translation>
    </message>
    <message>
        <source>{file} is in a folder that {service} keeps in sync. {service} can copy the file while it is being written and damage it, and two computers syncing it overwrite each other&apos;s edits.</source>
        <translation>{file} liegt in einem Ordner, den {service} synchronisiert. {service} kann die Datei kopieren, während sie geschrieben wird, und sie dabei beschädigen, und zwei Computer, die sie synchronisieren, überschreiben gegenseitig ihre Änderungen.</translation>
    </message>
    <message>
        <source>Quit the app, move the file to a folder on this computer that is not synced and open it from there. Exchange changes with other copies through the Sync menu (Send changes to…, Receive changes…).</source>
        <translation>Beenden Sie die App, verschieben Sie die Datei in einen nicht synchronisierten Ordner auf diesem Computer und öffnen Sie sie dort. Tauschen Sie Änderungen mit anderen Kopien über das Menü Synchronisierung aus (Änderungen senden an…, Änderungen empfangen…).</translation>
    </message>
    <message>
        <source>Cloud folder warning</source>
        <translation>Warnung: Cloud-Ordner</translation>
    </message>
    <message>
        <source>Database in a {service} folder: move it to a local folder</source>
        <translation>Datenbank in einem {service}-Ordner: verschieben Sie sie in einen lokalen Ordner</translation>
    </message>
    <message>
        <source>Database in a cloud-synced folder</source>
        <translation>Datenbank in einem per Cloud synchronisierten Ordner</translation>
    </message>
    <message>
        <source>Sync files (*.cdmosync);;All files (*)</source>
        <translation>Synchronisierungsdateien (*.cdmosync);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation>Auf einer Seite gelöscht</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>partner site</source>
        <translation>Partnerstandort</translation>
    </message>
    <message>
        <source>partner sites</source>
        <translation>Partnerstandorte</translation>
    </message>
    <message>
        <source>partner audit</source>
        <translation>Partner-Audit</translation>
    </message>
    <message>
        <source>partner audits</source>
        <translation>Partner-Audits</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>charter</source>
        <translation>Charta</translation>
    </message>
    <message>
        <source>charters</source>
        <translation>Chartas</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>schedule item</source>
        <translation>Zeitplaneintrag</translation>
    </message>
    <message>
        <source>schedule items</source>
        <translation>Zeitplaneinträge</translation>
    </message>
    <message>
        <source>schedule link</source>
        <translation>Zeitplanverknüpfung</translation>
    </message>
    <message>
        <source>schedule links</source>
        <translation>Zeitplanverknüpfungen</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>KPI measurement</source>
        <translation>KPI-Messung</translation>
    </message>
    <message>
        <source>KPI measurements</source>
        <translation>KPI-Messungen</translation>
    </message>
    <message>
        <source>KPI definition</source>
        <translation>KPI-Definition</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>KPI-Definitionen</translation>
    </message>
    <message>
        <source>GMP inspection</source>
        <translation>GMP-Inspektion</translation>
    </message>
    <message>
        <source>GMP inspections</source>
        <translation>GMP-Inspektionen</translation>
    </message>
    <message>
        <source>RACI assignment</source>
        <translation>RACI-Zuordnung</translation>
    </message>
    <message>
        <source>RACI assignments</source>
        <translation>RACI-Zuordnungen</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Other value by</source>
        <translation>Anderer Wert von</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Near-identical partner</source>
        <translation>Nahezu gleichnamiger Partner</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Kinds of conflict</source>
        <translation>Arten von Konflikten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>Auf beiden Seiten bearbeitet</translation>
    </message>
    <message>
        <source>The same value was changed in two copies. The later edit is in place now (Current value); keep it, or use the other value instead. Ctrl+Z undoes a choice.</source>
        <translation>Derselbe Wert wurde in zwei Kopien geändert. Die spätere Bearbeitung gilt jetzt (Aktueller Wert); behalten Sie sie oder verwenden Sie stattdessen den anderen Wert. Strg+Z macht eine Wahl rückgängig.</translation>
    </message>
    <message>
        <source>About these conflicts</source>
        <translation>Über diese Konflikte</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>No open conflicts: every edit that came in has landed.</source>
        <translation>Keine offenen Konflikte: Jede eingegangene Bearbeitung wurde übernommen.</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Keine Konflikte</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>Aktuellen Wert b&amp;ehalten</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Den aktuellen Wert behalten</translation>
    </message>
    <message>
        <source>Keep the value in place now for the selected rows</source>
        <translation>Den jetzt geltenden Wert für die ausgewählten Zeilen behalten</translation>
    </message>
    <message>
        <source>Use &amp;other value</source>
        <translation>&amp;Anderen Wert verwenden</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Den anderen Wert verwenden</translation>
    </message>
    <message>
        <source>Put the other value in place for the selected rows</source>
        <translation>Den anderen Wert für die ausgewählten Zeilen übernehmen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>These partners were created in two copies under near-identical names. Merge moves the second one&apos;s engagements, sites, contacts and audits to the first and archives the second; Not the same leaves both.</source>
        <translation>Diese Partner wurden in zwei Kopien unter nahezu gleichen Namen angelegt. Zusammenführen verschiebt die Engagements, Standorte, Kontakte und Audits des zweiten zum ersten und archiviert den zweiten; Nicht derselbe lässt beide bestehen.</translation>
    </message>
    <message>
        <source>About possible duplicates</source>
        <translation>Über mögliche Duplikate</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Keine möglichen Duplikate.</translation>
    </message>
    <message>
        <source>No possible duplicates</source>
        <translation>Keine möglichen Duplikate</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the partners</source>
        <translation>Die Partner zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;Nicht derselbe</translation>
    </message>
    <message>
        <source>Not the same partner</source>
        <translation>Nicht derselbe Partner</translation>
    </message>
    <message>
        <source>&amp;Edited on both sides ({count})</source>
        <translation>Auf beiden Seiten &amp;bearbeitet ({count})</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates ({count})</source>
        <translation>Mögliche &amp;Duplikate ({count})</translation>
    </message>
    <message>
        <source>Keep current value</source>
        <translation>Aktuellen Wert behalten</translation>
    </message>
    <message>
        <source>Use other value</source>
        <translation>Anderen Wert verwenden</translation>
    </message>
    <message>
        <source>{count} conflict</source>
        <translation>{count} Konflikt</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} Konflikte</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Partner zusammenführen</translation>
    </message>
    <message>
        <source>Merge “{folded}” into “{kept}”?</source>
        <translation>„{folded}“ mit „{kept}“ zusammenführen?</translation>
    </message>
    <message>
        <source>The engagements, sites, contacts and audits of “{folded}” move to “{kept}”, and “{folded}” is archived (it stays in the archive). To keep “{folded}” instead, choose Keep “{folded}”. Ctrl+Z undoes the merge.</source>
        <translation>Die Engagements, Standorte, Kontakte und Audits von „{folded}“ gehen an „{kept}“ über, und „{folded}“ wird archiviert (es bleibt im Archiv). Soll stattdessen „{folded}“ bleiben, klicken Sie auf die Schaltfläche mit seinem Namen. Strg+Z macht das Zusammenführen rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Keep “{folded}”</source>
        <translation>„{folded}“ &amp;behalten</translation>
    </message>
    <message>
        <source>Merge “{kept}” into “{folded}”</source>
        <translation>„{kept}“ mit „{folded}“ zusammenführen</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Nicht derselbe</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>What is being done</source>
        <translation>Was gerade geschieht</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling… nothing is changed.</source>
        <translation>Wird abgebrochen… Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Encrypted sync file</source>
        <translation>Verschlüsselte Synchronisierungsdatei</translation>
    </message>
    <message>
        <source>{file} is encrypted. Enter the passphrase its sender chose.</source>
        <translation>{file} ist verschlüsselt. Geben Sie die Passphrase ein, die der Absender gewählt hat.</translation>
    </message>
    <message>
        <source>About the passphrase</source>
        <translation>Über die Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Receive changes</source>
        <translation>Änderungen empfangen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Taking a backup of the database first…</source>
        <translation>Zuerst wird eine Sicherung der Datenbank erstellt…</translation>
    </message>
    <message>
        <source>No backup could be taken, so the changes were not applied. {reason}</source>
        <translation>Es konnte keine Sicherung erstellt werden, daher wurden die Änderungen nicht übernommen. {reason}</translation>
    </message>
    <message>
        <source>Applying change {done} of {total}…</source>
        <translation>Änderung {done} von {total} wird übernommen…</translation>
    </message>
    <message>
        <source>Applying {count} change…</source>
        <translation>{count} Änderung wird übernommen…</translation>
    </message>
    <message>
        <source>Applying {count} changes…</source>
        <translation>{count} Änderungen werden übernommen…</translation>
    </message>
    <message>
        <source>Changes from {sender}</source>
        <translation>Änderungen von {sender}</translation>
    </message>
    <message>
        <source>another copy</source>
        <translation>einer anderen Kopie</translation>
    </message>
    <message>
        <source>Cancelled. {outcome}</source>
        <translation>Abgebrochen. {outcome}</translation>
    </message>
    <message>
        <source>Cannot receive changes</source>
        <translation>Änderungen können nicht empfangen werden</translation>
    </message>
    <message>
        <source>Taking in {count} change from {sender} ({file}).</source>
        <translation>{count} Änderung von {sender} wird übernommen ({file}).</translation>
    </message>
    <message>
        <source>Taking in {count} changes from {sender} ({file}).</source>
        <translation>{count} Änderungen von {sender} werden übernommen ({file}).</translation>
    </message>
    <message>
        <source>the other copy</source>
        <translation>der anderen Kopie</translation>
    </message>
    <message>
        <source>Nothing new from {sender}: this database already had all {count} change in the file. Nothing was changed.</source>
        <translation>Nichts Neues von {sender}: Diese Datenbank hatte die {count} Änderung in der Datei bereits. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing new from {sender}: this database already had all {count} changes in the file. Nothing was changed.</source>
        <translation>Nichts Neues von {sender}: Diese Datenbank hatte alle {count} Änderungen in der Datei bereits. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{count} new change from {sender} merged into this database.</source>
        <translation>{count} neue Änderung von {sender} in diese Datenbank übernommen.</translation>
    </message>
    <message>
        <source>{count} new changes from {sender} merged into this database.</source>
        <translation>{count} neue Änderungen von {sender} in diese Datenbank übernommen.</translation>
    </message>
    <message>
        <source>{count} change in the file was here already.</source>
        <translation>{count} Änderung in der Datei war hier bereits vorhanden.</translation>
    </message>
    <message>
        <source>{count} changes in the file were here already.</source>
        <translation>{count} Änderungen in der Datei waren hier bereits vorhanden.</translation>
    </message>
    <message>
        <source>Records changed: {kinds}.</source>
        <translation>Geänderte Datensätze: {kinds}.</translation>
    </message>
    <message>
        <source>Changes received</source>
        <translation>Empfangene Änderungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation>Geänderte Datensätze</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The same value was changed in both copies. The later edit is in place (Current value); choose in Sync &gt; Conflicts whether to keep it.</source>
        <translation>Derselbe Wert wurde in beiden Kopien geändert. Die spätere Bearbeitung gilt (Aktueller Wert); entscheiden Sie unter Synchronisierung &gt; Konflikte, ob sie bleibt.</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Konflikte ({count})</translation>
    </message>
    <message>
        <source>Renumbered codes</source>
        <translation>Neu nummerierte Codes</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>Neu nummeriert</translation>
    </message>
    <message>
        <source>Both sides had created the same code: the later record got the next free one. Nothing was dropped.</source>
        <translation>Beide Seiten hatten denselben Code vergeben: Der spätere Datensatz erhielt den nächsten freien. Es ging nichts verloren.</translation>
    </message>
    <message>
        <source>Re&amp;numbered ({count})</source>
        <translation>&amp;Neu nummeriert ({count})</translation>
    </message>
    <message>
        <source>Partners created on both sides under near-identical names. Merge them, or say they are not the same, in Sync &gt; Conflicts.</source>
        <translation>Auf beiden Seiten unter nahezu gleichen Namen angelegte Partner. Führen Sie sie zusammen oder geben Sie an, dass es nicht derselbe ist, unter Synchronisierung &gt; Konflikte.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>A backup was taken before: {file}</source>
        <translation>Vorher wurde eine Sicherung erstellt: {file}</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>Konflikte &amp;lösen…</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
    <message>
        <source>A new copy (every change)</source>
        <translation>Eine neue Kopie (alle Änderungen)</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Byte</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} KB</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} MB</translation>
    </message>
    <message>
        <source>Send changes</source>
        <translation>Änderungen senden</translation>
    </message>
    <message>
        <source>Write the changes the other copy has not seen into one file. Carry it on a USB stick, attach it to an e-mail or put it in a shared folder; the other copy takes it in with Sync &gt; Receive changes.</source>
        <translation>Schreiben Sie die Änderungen, die die andere Kopie noch nicht kennt, in eine Datei. Übertragen Sie sie per USB-Stick, als E-Mail-Anhang oder über einen freigegebenen Ordner; die andere Kopie übernimmt sie mit Synchronisierung &gt; Änderungen empfangen.</translation>
    </message>
    <message>
        <source>About sending changes</source>
        <translation>Über das Senden von Änderungen</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>  (last sent {when})</source>
        <translation>  (zuletzt gesendet {when})</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <source>What goes into the file</source>
        <translation>Was in die Datei kommt</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Die Datei wählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Encrypt the file with a passphrase</source>
        <translation>Datei mit einer Passphrase &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Tell the other side the passphrase by another way than the file (a call).</source>
        <translation>Teilen Sie der anderen Seite die Passphrase auf einem anderen Weg als die Datei mit (per Anruf).</translation>
    </message>
    <message>
        <source>&amp;Write file</source>
        <translation>Datei &amp;schreiben</translation>
    </message>
    <message>
        <source>Write file</source>
        <translation>Datei schreiben</translation>
    </message>
    <message>
        <source>The changes {peer} has not had from this database yet.</source>
        <translation>Die Änderungen, die {peer} von dieser Datenbank noch nicht erhalten hat.</translation>
    </message>
    <message>
        <source>Every change in this database: for a copy that has never received a file.</source>
        <translation>Alle Änderungen dieser Datenbank: für eine Kopie, die noch nie eine Datei erhalten hat.</translation>
    </message>
    <message>
        <source>Write the sync file</source>
        <translation>Die Synchronisierungsdatei schreiben</translation>
    </message>
    <message>
        <source>Choose where the file goes.</source>
        <translation>Wählen Sie, wohin die Datei kommt.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>That is a folder: give the file a name.</source>
        <translation>Das ist ein Ordner: Geben Sie der Datei einen Namen.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Replace the file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>{file} is already in {folder}. Replace it?</source>
        <translation>{file} ist bereits in {folder} vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <source>Collecting the changes…</source>
        <translation>Die Änderungen werden gesammelt…</translation>
    </message>
    <message>
        <source>Writing {count} changes…</source>
        <translation>{count} Änderungen werden geschrieben…</translation>
    </message>
    <message>
        <source>Noting what was sent…</source>
        <translation>Das Gesendete wird vermerkt…</translation>
    </message>
    <message>
        <source>Nothing new for {peer} since the last file. {file} was written anyway: it tells the other copy what this database holds.</source>
        <translation>Nichts Neues für {peer} seit der letzten Datei. {file} wurde trotzdem geschrieben: Sie teilt der anderen Kopie mit, was diese Datenbank enthält.</translation>
    </message>
    <message>
        <source>Wrote {count} change ({size}) to {file}.</source>
        <translation>{count} Änderung ({size}) in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {count} changes ({size}) to {file}.</source>
        <translation>{count} Änderungen ({size}) in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Give the file to {peer}; they take it in with Sync &gt; Receive changes.</source>
        <translation>Geben Sie die Datei an {peer}; dort wird sie mit Synchronisierung &gt; Änderungen empfangen übernommen.</translation>
    </message>
    <message>
        <source>No file was written. {reason}</source>
        <translation>Es wurde keine Datei geschrieben. {reason}</translation>
    </message>
    <message>
        <source>Cannot send changes</source>
        <translation>Änderungen können nicht gesendet werden</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Blank clause</source>
        <translation>Leere Klausel</translation>
    </message>
    <message>
        <source>Select an agreement above to see and edit its clauses.</source>
        <translation>Wählen Sie oben eine Vereinbarung, um ihre Klauseln zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>This agreement has no clauses yet: Add takes one from the clause library or starts a blank one.</source>
        <translation>Diese Vereinbarung hat noch keine Klauseln: „Hinzufügen“ übernimmt eine aus der Klauselbibliothek oder beginnt eine leere.</translation>
    </message>
    <message>
        <source>Select a clause on the left to edit its text.</source>
        <translation>Wählen Sie links eine Klausel, um ihren Text zu bearbeiten.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>the clause</source>
        <translation>die Klausel</translation>
    </message>
    <message>
        <source>Unsaved clause</source>
        <translation>Ungespeicherte Klausel</translation>
    </message>
    <message>
        <source>The clause has unsaved changes. Save them?</source>
        <translation>Die Klausel hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Clause not saved</source>
        <translation>Klausel nicht gespeichert</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Neue Klausel</translation>
    </message>
    <message>
        <source>Clause not added</source>
        <translation>Klausel nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Clause not moved</source>
        <translation>Klausel nicht verschoben</translation>
    </message>
    <message>
        <source>Clause not removed</source>
        <translation>Klausel nicht entfernt</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>Choose the partner…</source>
        <translation>Partner wählen…</translation>
    </message>
    <message>
        <source>Choose the client…</source>
        <translation>Kunden wählen…</translation>
    </message>
    <message>
        <source>— not tied to one engagement —</source>
        <translation>— an kein einzelnes Engagement gebunden —</translation>
    </message>
    <message>
        <source>A new agreement starts with the clauses of its kind from the library.</source>
        <translation>Eine neue Vereinbarung beginnt mit den Klauseln ihrer Art aus der Bibliothek.</translation>
    </message>
    <message>
        <source>Agreement not saved</source>
        <translation>Vereinbarung nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The agreement has unsaved changes. Discard them?</source>
        <translation>Die Vereinbarung hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>The PDF builder stopped unexpectedly; nothing was written.</source>
        <translation>Die PDF-Erstellung wurde unerwartet beendet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Another PDF is still being written; export again when it is done.</source>
        <translation>Es wird noch ein anderes PDF geschrieben; exportieren Sie erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Preview – {file}</source>
        <translation>Vorschau – {file}</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF-Vorschau</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Vorschauwerkzeuge</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source> of {count} </source>
        <translation> von {count} </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Im PDF-Programm öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>Dieses PDF hat keine Seiten.</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Nothing to print on this screen: status reports and agreements print from the Reports screen or an engagement&apos;s workspace, the Gantt chart from the Schedule ({keys} there).</source>
        <translation>Auf dieser Ansicht gibt es nichts zu drucken: Statusberichte und Vereinbarungen werden über die Ansicht „Berichte“ oder den Arbeitsbereich eines Engagements gedruckt, das Gantt-Diagramm über den Zeitplan ({keys} dort).</translation>
    </message>
    <message>
        <source>Print the report or agreement of the screen on show</source>
        <translation>Den Bericht oder die Vereinbarung der angezeigten Ansicht drucken</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Portfolio schedule</source>
        <translation>Portfolio-Zeitplan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Drawing the schedule…</source>
        <translation>Zeitplan wird gezeichnet…</translation>
    </message>
    <message>
        <source>The chart could not be drawn: {reason}</source>
        <translation>Das Diagramm konnte nicht gezeichnet werden: {reason}</translation>
    </message>
    <message>
        <source>{file} could not be read as a PDF ({reason}).</source>
        <translation>{file} konnte nicht als PDF gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The printer did not accept the job.</source>
        <translation>Der Drucker hat den Auftrag nicht angenommen.</translation>
    </message>
    <message>
        <source>Print {file}</source>
        <translation>{file} drucken</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Die Seiten werden an den Drucker gesendet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sending page {number} of {count} to the printer…</source>
        <translation>Seite {number} von {count} wird an den Drucker gesendet…</translation>
    </message>
    <message>
        <source> It is stored on the Reports screen and prints again as issued.</source>
        <translation> Er ist in der Ansicht „Berichte“ gespeichert und wird so gedruckt, wie er herausgegeben wurde.</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>Im PDF-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the PDF in your system&apos;s PDF viewer</source>
        <translation>Das PDF im PDF-Programm Ihres Systems öffnen</translation>
    </message>
    <message>
        <source>Print through the system print dialog ({shortcut})</source>
        <translation>Über den Druckdialog des Systems drucken ({shortcut})</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Read the PDF here before printing it</source>
        <translation>Das PDF hier lesen, bevor Sie es drucken</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>PDF speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Handed {file} to your PDF viewer. If none appears, use Preview.</source>
        <translation>{file} wurde an Ihr PDF-Programm übergeben. Falls keines erscheint, verwenden Sie die Vorschau.</translation>
    </message>
    <message>
        <source>No PDF viewer opened it: the file is {path}.</source>
        <translation>Kein PDF-Programm hat die Datei geöffnet: sie liegt unter {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of {file} to the printer.</source>
        <translation>
            <numerusform>%n Seite von {file} an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten von {file} an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: {file} is kept. Choose another name.</source>
        <translation>Es wurde nichts geschrieben: {file} bleibt erhalten. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The PDF builder could not start: {reason}.</source>
        <translation>Die PDF-Erstellung konnte nicht starten: {reason}.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Das PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Stop writing the PDF (Esc)</source>
        <translation>Das Schreiben des PDFs abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>the log has the details.</source>
        <translation>das Protokoll enthält die Einzelheiten.</translation>
    </message>
    <message>
        <source> It could not be stored: {reason}</source>
        <translation> Er konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written. {reason}</source>
        <translation>Es wurde nichts geschrieben. {reason}</translation>
    </message>
    <message>
        <source>Close without exporting?</source>
        <translation>Ohne Export schließen?</translation>
    </message>
    <message>
        <source>The status report you filled in has not been exported. Close and discard it?</source>
        <translation>Der ausgefüllte Statusbericht wurde nicht exportiert. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (Version {version})</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Geben Sie den ersten und den letzten Tag des Zeitraums an.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Der Zeitraum darf nicht vor seinem Beginn enden.</translation>
    </message>
    <message>
        <source>The period must fall between {first} and {last}.</source>
        <translation>Der Zeitraum muss zwischen {first} und {last} liegen.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wählen Sie, wo das PDF gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The file name must end in .pdf.</source>
        <translation>Der Dateiname muss auf .pdf enden.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name ending in .pdf.</source>
        <translation>Dies ist ein Ordner: fügen Sie einen Dateinamen hinzu, der auf .pdf endet.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This file exists and cannot be replaced.</source>
        <translation>Diese Datei existiert und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>There is no engagement to report on yet.</source>
        <translation>Es gibt noch kein Engagement, über das berichtet werden kann.</translation>
    </message>
    <message>
        <source>Say who prepared the report.</source>
        <translation>Geben Sie an, wer den Bericht erstellt hat.</translation>
    </message>
    <message>
        <source>There is no agreement yet: create one on the Reports screen.</source>
        <translation>Es gibt noch keine Vereinbarung: legen Sie eine in der Ansicht „Berichte“ an.</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Status report {title} {date}</source>
        <translation>Statusbericht {title} {date}</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>Diese Vereinbarung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{kind} between {client} and {partner}. Status: {status}, version {version}.</source>
        <translation>{kind} zwischen {client} und {partner}. Status: {status}, Version {version}.</translation>
    </message>
    <message>
        <source> It prints with a DRAFT watermark until its status is Signed.</source>
        <translation> Sie wird mit dem Wasserzeichen DRAFT gedruckt, bis ihr Status „Unterzeichnet“ ist.</translation>
    </message>
    <message>
        <source>Print a stored status report again</source>
        <translation>Einen gespeicherten Statusbericht erneut drucken</translation>
    </message>
    <message>
        <source>Stored report of {date}: it prints as it was issued.</source>
        <translation>Gespeicherter Bericht vom {date}: er wird so gedruckt, wie er herausgegeben wurde.</translation>
    </message>
    <message>
        <source>Replace the PDF?</source>
        <translation>PDF ersetzen?</translation>
    </message>
    <message>
        <source>{file} already exists in {folder}.

Replace it with this export? The file it holds now is lost.</source>
        <translation>{file} existiert bereits in {folder}.

Durch diesen Export ersetzen? Die bisherige Datei geht verloren.</translation>
    </message>
    <message>
        <source>The PDF could not be opened</source>
        <translation>Das PDF konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No PDF viewer opened the file. It is saved as:
{path}</source>
        <translation>Kein PDF-Programm hat die Datei geöffnet. Sie ist gespeichert unter:
{path}</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <source>no RAG</source>
        <translation>kein Ampelstatus</translation>
    </message>
    <message>
        <source>This report rates the engagement {rag}; the Portfolio shows {shown}.</source>
        <translation>Dieser Bericht bewertet das Engagement mit {rag}; das Portfolio zeigt {shown}.</translation>
    </message>
    <message>
        <source>Set the engagement to &amp;{rag}</source>
        <translation>Engagement auf &amp;{rag} setzen</translation>
    </message>
    <message>
        <source>The engagement&apos;s RAG was not changed: {reason}</source>
        <translation>Der Ampelstatus des Engagements wurde nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>The engagement&apos;s RAG is now {rag}, as the report says (Undo in the Edit menu takes it back).</source>
        <translation>Der Ampelstatus des Engagements ist jetzt {rag}, wie im Bericht (Rückgängig im Menü „Bearbeiten“ nimmt das zurück).</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Herausgegeben</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>New status report…</source>
        <translation>Neuer Statusbericht…</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>Erase confidential values…</source>
        <translation>Vertrauliche Werte löschen…</translation>
    </message>
    <message>
        <source>All engagements</source>
        <translation>Alle Engagements</translation>
    </message>
    <message>
        <source>Issued status reports print again exactly as they were issued.</source>
        <translation>Herausgegebene Statusberichte werden genau so erneut gedruckt, wie sie herausgegeben wurden.</translation>
    </message>
    <message>
        <source>No status report has been issued yet: New status report… (Ctrl+E) starts one.</source>
        <translation>Es wurde noch kein Statusbericht herausgegeben: „Neuer Statusbericht…“ (Ctrl+E) beginnt einen.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Reading the data</source>
        <translation>Daten werden gelesen</translation>
    </message>
    <message>
        <source>The PDF could not be written. {fault}</source>
        <translation>Das PDF konnte nicht geschrieben werden. {fault}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The PDF could not be built because of an unexpected error ({error}); the log has the details.</source>
        <translation>Das PDF konnte wegen eines unerwarteten Fehlers ({error}) nicht erstellt werden; das Protokoll enthält die Einzelheiten.</translation>
    </message>
</context>
</TS>

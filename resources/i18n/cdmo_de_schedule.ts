<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Reading the rest of the plan… (editing is possible once it is read)</source>
        <translation>Der Rest des Plans wird gelesen… (Bearbeiten ist möglich, sobald er gelesen ist)</translation>
    </message>
    <message>
        <source>The plan could not be read: {reason}</source>
        <translation>Der Plan konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The critical path was not updated: {reason}</source>
        <translation>Der kritische Pfad wurde nicht aktualisiert: {reason}</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Export these rows…</source>
        <translation>Diese Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Vorgang hinzufügen</translation>
    </message>
    <message>
        <source>Add a task below the selection</source>
        <translation>Einen Vorgang unter der Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Add decision gate</source>
        <translation>Entscheidungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Die ausgewählten Einträge löschen</translation>
    </message>
    <message>
        <source>Dependencies…</source>
        <translation>Abhängigkeiten…</translation>
    </message>
    <message>
        <source>Add predecessors to the selected item, change or remove its links</source>
        <translation>Dem ausgewählten Eintrag Vorgänger hinzufügen, seine Verknüpfungen ändern oder entfernen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>{scale} view</source>
        <translation>Ansicht {scale}</translation>
    </message>
    <message>
        <source>Fit to plan</source>
        <translation>An Plan anpassen</translation>
    </message>
    <message>
        <source>Show the whole plan</source>
        <translation>Den ganzen Plan zeigen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>Zu heute blättern</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Set baseline…</source>
        <translation>Basisplan festlegen…</translation>
    </message>
    <message>
        <source>Keep the current plan as a named baseline</source>
        <translation>Den aktuellen Plan als benannten Basisplan speichern</translation>
    </message>
    <message>
        <source>Manage baselines…</source>
        <translation>Basispläne verwalten…</translation>
    </message>
    <message>
        <source>Rename or delete named baselines</source>
        <translation>Benannte Basispläne umbenennen oder löschen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Das Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the chart as a PDF</source>
        <translation>Das Diagramm als PDF speichern</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation>Tabellenspalten</translation>
    </message>
    <message>
        <source>Select a row of the engagement to add to.</source>
        <translation>Wählen Sie eine Zeile des Engagements, dem etwas hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>Select a row of the engagement to baseline.</source>
        <translation>Wählen Sie eine Zeile des Engagements, für das ein Basisplan festgelegt werden soll.</translation>
    </message>
    <message>
        <source>this engagement</source>
        <translation>dieses Engagement</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>Basisplan festlegen</translation>
    </message>
    <message>
        <source>Replace the baseline “{name}” of {title} with the current plan? Variance will then be measured from today&apos;s dates.</source>
        <translation>Den Basisplan „{name}“ von {title} durch den aktuellen Plan ersetzen? Abweichungen werden dann ab den heutigen Terminen gemessen.</translation>
    </message>
    <message>
        <source>Select a row of the engagement whose baselines to manage.</source>
        <translation>Wählen Sie eine Zeile des Engagements, dessen Basispläne Sie verwalten möchten.</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Wählen Sie zuerst einen Eintrag aus.</translation>
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
        <source>vs. latest baseline</source>
        <translation>ggü. letztem Basisplan</translation>
    </message>
    <message>
        <source>Keep the current plan of {title} as the baseline named
(a new name keeps the earlier baselines for comparison):</source>
        <translation>Den aktuellen Plan von {title} als Basisplan speichern unter dem Namen
(ein neuer Name behält die früheren Basispläne zum Vergleich):</translation>
    </message>
    <message>
        <source>The baseline the chart and the variance compare the plan with</source>
        <translation>Der Basisplan, mit dem Diagramm und Abweichung den Plan vergleichen</translation>
    </message>
    <message>
        <source>vs. {prefix}{name} ({date})</source>
        <translation>ggü. {prefix}{name} ({date})</translation>
    </message>
    <message>
        <source>Baselines of {title}</source>
        <translation>Basispläne von {title}</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Basispläne</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>This engagement has no baseline yet: use “Set baseline…”.</source>
        <translation>Dieses Engagement hat noch keinen Basisplan: verwenden Sie „Basisplan festlegen…“.</translation>
    </message>
    <message>
        <source>Rename baseline</source>
        <translation>Basisplan umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete baseline</source>
        <translation>Basisplan löschen</translation>
    </message>
    <message>
        <source>Delete the baseline “{name}”? Items whose latest baseline it is are then compared with their previous baseline. Undo (Ctrl+Z) brings it back.</source>
        <translation>Den Basisplan „{name}“ löschen? Einträge, deren letzter Basisplan er ist, werden dann mit ihrem vorherigen Basisplan verglichen. Rückgängig (Ctrl+Z) stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} T</translation>
    </message>
    <message>
        <source>Show what fits</source>
        <translation>Zeigen, was passt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>No schedule items in the portfolio yet.</source>
        <translation>Noch keine Zeitplaneinträge im Portfolio.</translation>
    </message>
    <message>
        <source>No schedule yet: add a task (Ctrl+N), a milestone or a decision gate.</source>
        <translation>Noch kein Zeitplan: fügen Sie einen Vorgang (Ctrl+N), einen Meilenstein oder einen Entscheidungspunkt hinzu.</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} Eintrag</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>{count} engagement</source>
        <translation>{count} Engagement</translation>
    </message>
    <message>
        <source>{count} engagements</source>
        <translation>{count} Engagements</translation>
    </message>
    <message>
        <source>plan finishes {date}</source>
        <translation>Plan endet am {date}</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>dem Basisplan</translation>
    </message>
    <message>
        <source>{finish} ({delta} days against {against})</source>
        <translation>{finish} ({delta} Tage ggü. {against})</translation>
    </message>
    <message>
        <source>{finish} (on {against})</source>
        <translation>{finish} (entspricht {against})</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} überfällig</translation>
    </message>
    <message>
        <source>{count} in conflict (red; hover for the reason)</source>
        <translation>{count} im Konflikt (rot; Mauszeiger darauf zeigt den Grund)</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>Conflict: {name}: {reason}</source>
        <translation>Konflikt: {name}: {reason}</translation>
    </message>
    <message>
        <source>{count} more contract dates in conflict.</source>
        <translation>{count} weitere Vertragstermine im Konflikt.</translation>
    </message>
    <message>
        <source>The rest of the plan is still being read: try again in a moment.</source>
        <translation>Der Rest des Plans wird noch gelesen: versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>{count} later item moved to keep order.</source>
        <translation>{count} späterer Eintrag verschoben, um die Reihenfolge zu wahren.</translation>
    </message>
    <message>
        <source>{count} later items moved to keep order.</source>
        <translation>{count} spätere Einträge verschoben, um die Reihenfolge zu wahren.</translation>
    </message>
    <message>
        <source>{name} is contract-fixed on {date}: clear its Fixed mark in the table before moving it.</source>
        <translation>{name} ist vertraglich auf {date} fixiert: entfernen Sie die Markierung „Fixiert“ in der Tabelle, bevor Sie den Eintrag verschieben.</translation>
    </message>
    <message>
        <source>Finish cannot be before start ({date}).</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen ({date}).</translation>
    </message>
    <message>
        <source>{name}: {when}.</source>
        <translation>{name}: {when}.</translation>
    </message>
    <message>
        <source>{item} added: type its name.</source>
        <translation>{item} hinzugefügt: geben Sie den Namen ein.</translation>
    </message>
    <message>
        <source>Select the items to delete.</source>
        <translation>Wählen Sie die zu löschenden Einträge aus.</translation>
    </message>
    <message>
        <source>{done} (Undo brings it back).</source>
        <translation>{done} (Rückgängig stellt es wieder her).</translation>
    </message>
    <message>
        <source>The baseline “{name}” already matches the plan.</source>
        <translation>Der Basisplan „{name}“ entspricht bereits dem Plan.</translation>
    </message>
    <message>
        <source>Baseline set for {count} items of {title} (“{name}”).</source>
        <translation>Basisplan für {count} Einträge von {title} festgelegt („{name}“).</translation>
    </message>
    <message>
        <source>The baseline already has that name.</source>
        <translation>Der Basisplan hat diesen Namen bereits.</translation>
    </message>
    <message>
        <source>{done}.</source>
        <translation>{done}.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Chart saved to {path}{more}.</source>
        <translation>Diagramm gespeichert unter {path}{more}.</translation>
    </message>
    <message>
        <source>The chart could not be saved: {reason}</source>
        <translation>Das Diagramm konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Export schedule as {format}</source>
        <translation>Zeitplan als {format} exportieren</translation>
    </message>
    <message>
        <source> (first {count} rows)</source>
        <translation> (erste {count} Zeilen)</translation>
    </message>
    <message>
        <source>Saving the chart to {path}…</source>
        <translation>Diagramm wird gespeichert unter {path}…</translation>
    </message>
    <message>
        <source>{name} cannot depend on itself.</source>
        <translation>{name} kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>Dependencies link items of the same engagement.</source>
        <translation>Abhängigkeiten verknüpfen Einträge desselben Engagements.</translation>
    </message>
    <message>
        <source>{successor} already depends on {predecessor}.</source>
        <translation>{successor} hängt bereits von {predecessor} ab.</translation>
    </message>
    <message>
        <source>Link {predecessor} → {successor}</source>
        <translation>Verknüpfung {predecessor} → {successor}</translation>
    </message>
    <message>
        <source>Dependencies of {name}</source>
        <translation>Abhängigkeiten von {name}</translation>
    </message>
    <message>
        <source>{count} item moved later to respect it.</source>
        <translation>{count} Eintrag nach hinten verschoben, um sie einzuhalten.</translation>
    </message>
    <message>
        <source>{count} items moved later to respect it.</source>
        <translation>{count} Einträge nach hinten verschoben, um sie einzuhalten.</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lag (days)</source>
        <translation>Abstand (Tage)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Type the predecessor&apos;s name or number.</source>
        <translation>Geben Sie den Namen oder die Nummer des Vorgängers ein.</translation>
    </message>
    <message>
        <source>There is no item {number}.</source>
        <translation>Es gibt keinen Eintrag {number}.</translation>
    </message>
    <message>
        <source>No item of this plan is called “{name}”.</source>
        <translation>Kein Eintrag dieses Plans heißt „{name}“.</translation>
    </message>
    <message>
        <source>“{name}” fits several items ({names}): type its number.</source>
        <translation>„{name}“ passt auf mehrere Einträge ({names}): geben Sie die Nummer ein.</translation>
    </message>
    <message>
        <source>A successor waits for its predecessor: its start (FS, SS) or finish (FF, SF) comes no earlier than the predecessor&apos;s finish (FS, FF) or start (SS, SF), plus the lag in days. Add a predecessor by its name or its number in the table.</source>
        <translation>Ein Nachfolger wartet auf seinen Vorgänger: sein Beginn (FS, SS) oder Ende (FF, SF) liegt nicht vor dem Ende (FS, FF) oder Beginn (SS, SF) des Vorgängers zuzüglich des Abstands in Tagen. Fügen Sie einen Vorgänger über seinen Namen oder seine Nummer in der Tabelle hinzu.</translation>
    </message>
    <message>
        <source>&amp;Predecessor:</source>
        <translation>&amp;Vorgänger:</translation>
    </message>
    <message>
        <source> d</source>
        <translation> T</translation>
    </message>
    <message>
        <source>Lag in days (negative: lead)</source>
        <translation>Abstand in Tagen (negativ: Vorlauf)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>{successor} waits for {predecessor}: press OK to save.</source>
        <translation>{successor} wartet auf {predecessor}: klicken Sie zum Speichern auf OK.</translation>
    </message>
    <message>
        <source>Added: saved when you press OK</source>
        <translation>Hinzugefügt: wird mit OK gespeichert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% erledigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Ist-Beginn</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Ist-Ende</translation>
    </message>
    <message>
        <source>Which side of the partnership delivers the item</source>
        <translation>Welche Seite der Partnerschaft den Eintrag liefert</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Calendar days, first and last day included</source>
        <translation>Kalendertage, erster und letzter Tag eingeschlossen</translation>
    </message>
    <message>
        <source>Contract-fixed: the date is set by the agreement and never moves</source>
        <translation>Vertraglich fixiert: der Termin ist durch die Vereinbarung festgelegt und verschiebt sich nie</translation>
    </message>
    <message>
        <source>When the work really started (empty: not yet)</source>
        <translation>Wann die Arbeit tatsächlich begann (leer: noch nicht)</translation>
    </message>
    <message>
        <source>When the work really finished (empty: not yet); sets it done</source>
        <translation>Wann die Arbeit tatsächlich endete (leer: noch nicht); setzt den Eintrag auf erledigt</translation>
    </message>
    <message>
        <source>Actual
start</source>
        <translation>Ist-
Beginn</translation>
    </message>
    <message>
        <source>Actual
finish</source>
        <translation>Ist-
Ende</translation>
    </message>
    <message>
        <source>Item {number}: type this number to name it as a predecessor</source>
        <translation>Eintrag {number}: geben Sie diese Nummer ein, um ihn als Vorgänger anzugeben</translation>
    </message>
    <message>
        <source>Click the arrow or press Space to expand</source>
        <translation>Klicken Sie auf den Pfeil oder drücken Sie die Leertaste zum Aufklappen</translation>
    </message>
    <message>
        <source>Click the arrow or press Space to collapse</source>
        <translation>Klicken Sie auf den Pfeil oder drücken Sie die Leertaste zum Zuklappen</translation>
    </message>
    <message>
        <source>Conflict: {reason}</source>
        <translation>Konflikt: {reason}</translation>
    </message>
    <message>
        <source>Overdue: planned to finish {date}</source>
        <translation>Überfällig: geplantes Ende am {date}</translation>
    </message>
    <message>
        <source>Dated outside {first}–{last}, so not on the chart: correct its dates</source>
        <translation>Außerhalb von {first}–{last} datiert, daher nicht im Diagramm: korrigieren Sie die Termine</translation>
    </message>
    <message>
        <source>Contract-fixed: clear Fixed to move it</source>
        <translation>Vertraglich fixiert: entfernen Sie „Fixiert“, um den Eintrag zu verschieben</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The name is too long (at most {count} characters).</source>
        <translation>Der Name ist zu lang (höchstens {count} Zeichen).</translation>
    </message>
    <message>
        <source>Duration is at least 1 day (use a milestone for a single date).</source>
        <translation>Die Dauer beträgt mindestens 1 Tag (verwenden Sie für einen einzelnen Termin einen Meilenstein).</translation>
    </message>
    <message>
        <source>Duration is at most 3650 days.</source>
        <translation>Die Dauer beträgt höchstens 3650 Tage.</translation>
    </message>
    <message>
        <source>Percent complete must be from 0 to 100.</source>
        <translation>Der Fertigstellungsgrad muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Diese Spalte kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>{date} leaves no room for {days} days.</source>
        <translation>{date} lässt keinen Platz für {days} Tage.</translation>
    </message>
    <message>
        <source>Enter a date, or clear it.</source>
        <translation>Geben Sie ein Datum ein oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Enter the actual start first: work finishes after it starts.</source>
        <translation>Geben Sie zuerst den Ist-Beginn ein: die Arbeit endet nach ihrem Beginn.</translation>
    </message>
    <message>
        <source>Actual finish cannot be before the actual start ({date}).</source>
        <translation>Das Ist-Ende darf nicht vor dem Ist-Beginn liegen ({date}).</translation>
    </message>
    <message>
        <source>{name} finished on {date}: marked done.</source>
        <translation>{name} am {date} beendet: als erledigt markiert.</translation>
    </message>
    <message>
        <source>{name} started on {date}.</source>
        <translation>{name} am {date} begonnen.</translation>
    </message>
    <message>
        <source>Actual dates of {name} cleared.</source>
        <translation>Ist-Termine von {name} gelöscht.</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.gan);;MS Project XML (*.xml);;GanttProject (*.gan)</source>
        <translation>Zeitpläne (*.xml *.gan);;MS Project XML (*.xml);;GanttProject (*.gan)</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>Zeitplan importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; ({format})&lt;br&gt;{tasks} tasks, {milestones} milestones, {links} links will be added to &lt;b&gt;{target}&lt;/b&gt;, as one step you can undo.</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; ({format})&lt;br&gt;{tasks} Vorgänge, {milestones} Meilensteine und {links} Verknüpfungen werden &lt;b&gt;{target}&lt;/b&gt; hinzugefügt, als ein Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import schedule…</source>
        <translation>Zeitplan importieren…</translation>
    </message>
    <message>
        <source>Export schedule…</source>
        <translation>Zeitplan exportieren…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <source>Import site holidays…</source>
        <translation>Feiertage des Standorts importieren…</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Zeitplan exportieren</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>{reason}

{path}</source>
        <translation>{reason}

{path}</translation>
    </message>
    <message>
        <source>Import site holidays</source>
        <translation>Feiertage des Standorts importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n closed day(s) imported from {file}.</source>
        <translation>
            <numerusform>%n Schließtag aus {file} importiert.</numerusform>
            <numerusform>%n Schließtage aus {file} importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: from {start} to {finish}, %n item(s)</source>
        <translation>
            <numerusform>{title}: von {start} bis {finish}, %n Eintrag</numerusform>
            <numerusform>{title}: von {start} bis {finish}, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, {kind} on {day}</source>
        <translation>{name}, {kind} am {day}</translation>
    </message>
    <message>
        <source>{name}, {kind} from {start} to {finish}</source>
        <translation>{name}, {kind} von {start} bis {finish}</translation>
    </message>
    <message>
        <source>{percent}% done</source>
        <translation>{percent} % erledigt</translation>
    </message>
    <message>
        <source>baseline {start} to {finish}</source>
        <translation>Basisplan {start} bis {finish}</translation>
    </message>
    <message>
        <source>started {day}</source>
        <translation>begonnen am {day}</translation>
    </message>
    <message>
        <source>finished {day}</source>
        <translation>beendet am {day}</translation>
    </message>
    <message>
        <source>on the critical path</source>
        <translation>auf dem kritischen Pfad</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>contract-fixed</source>
        <translation>vertraglich fixiert</translation>
    </message>
    <message>
        <source>The bars of the tasks and milestones listed in the table beside it; move through them, and edit their dates, in the table. Current row: {bar}</source>
        <translation>Die Balken der Aufgaben und Meilensteine aus der Tabelle daneben; wechseln Sie zwischen ihnen und bearbeiten Sie ihre Daten in der Tabelle. Aktuelle Zeile: {bar}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>{cell}; status: {status}</source>
        <translation>{cell}; Status: {status}</translation>
    </message>
    <message>
        <source>enter a value first.</source>
        <translation>geben Sie zuerst einen Wert ein.</translation>
    </message>
    <message>
        <source>the values reach beyond the grid.</source>
        <translation>die Werte reichen über das Raster hinaus.</translation>
    </message>
    <message>
        <source>this KPI is measured per {period}, not here.</source>
        <translation>dieser KPI wird pro {period} gemessen, nicht hier.</translation>
    </message>
    <message>
        <source>{kpi} is measured per {period}.</source>
        <translation>{kpi} wird pro {period} gemessen.</translation>
    </message>
    <message>
        <source>{where}: no value yet</source>
        <translation>{where}: noch kein Wert</translation>
    </message>
    <message>
        <source>Entered by {name}</source>
        <translation>Eingegeben von {name}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment on {kpi}, {period}:</source>
        <translation>Kommentar zu {kpi}, {period}:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Kommentar…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Better when</source>
        <translation>&amp;Besser, wenn</translation>
    </message>
    <message>
        <source>&amp;Measured per</source>
        <translation>Gemessen &amp;pro</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Zielwert</translation>
    </message>
    <message>
        <source>&amp;Amber from</source>
        <translation>&amp;Gelb ab</translation>
    </message>
    <message>
        <source>&amp;Red from</source>
        <translation>&amp;Rot ab</translation>
    </message>
    <message>
        <source>&amp;Data source</source>
        <translation>&amp;Datenquelle</translation>
    </message>
    <message>
        <source>&amp;How measured</source>
        <translation>&amp;Wie gemessen</translation>
    </message>
    <message>
        <source>Owner (&amp;client)</source>
        <translation>Verantwortlich (&amp;Kunde)</translation>
    </message>
    <message>
        <source>Owner (&amp;partner)</source>
        <translation>Verantwortlich (Par&amp;tner)</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>&amp;Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Clause / SLA</source>
        <translation>K&amp;lausel / SLA</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>this KPI</source>
        <translation>diesen KPI</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI bearbeiten</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neuer KPI</translation>
    </message>
    <message>
        <source>Also keep it in &amp;my KPI library, for other engagements</source>
        <translation>Auch in &amp;meiner KPI-Bibliothek behalten, für andere Engagements</translation>
    </message>
    <message>
        <source>“Add from library…” then offers it, with this unit, period, target and thresholds</source>
        <translation>„Aus Bibliothek hinzufügen…“ bietet ihn dann an, mit dieser Einheit, diesem Zeitraum, Zielwert und diesen Schwellen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Name the KPI.</source>
        <translation>Geben Sie dem KPI einen Namen.</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Green – on target</source>
        <translation>Grün – im Zielbereich</translation>
    </message>
    <message>
        <source>↘ worsening</source>
        <translation>↘ verschlechternd</translation>
    </message>
    <message>
        <source>Add from &amp;library…</source>
        <translation>Aus &amp;Bibliothek hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;New KPI…</source>
        <translation>&amp;Neuer KPI…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Früher</translation>
    </message>
    <message>
        <source>Show {count} more periods before these</source>
        <translation>{count} weitere Zeiträume davor anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measurements&lt;/b&gt;: type a value, Tab / Enter to move, Ctrl+V to paste</source>
        <translation>&lt;b&gt;Messungen&lt;/b&gt;: Wert eingeben, Tab / Eingabetaste zum Weitergehen, Strg+V zum Einfügen</translation>
    </message>
    <message>
        <source>No KPIs agreed yet. &lt;b&gt;Add from library…&lt;/b&gt; offers the measures used for CROs, CDMOs and CMOs with their usual targets; &lt;b&gt;New KPI…&lt;/b&gt; adds one of your own.</source>
        <translation>Noch keine KPIs vereinbart. &lt;b&gt;Aus Bibliothek hinzufügen…&lt;/b&gt; bietet die für CROs, CDMOs und CMOs üblichen Kennzahlen mit ihren üblichen Zielwerten an; &lt;b&gt;Neuer KPI…&lt;/b&gt; fügt einen eigenen hinzu.</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>KPI löschen</translation>
    </message>
    <message>
        <source>Deleted {count} KPI and its values. Undo (Ctrl+Z) brings them back.</source>
        <translation>{count} KPI und seine Werte gelöscht. Rückgängig (Strg+Z) stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Deleted {count} KPIs and their values. Undo (Ctrl+Z) brings them back.</source>
        <translation>{count} KPIs und ihre Werte gelöscht. Rückgängig (Strg+Z) stellt sie wieder her.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Last periods</source>
        <translation>Letzte Zeiträume</translation>
    </message>
    <message>
        <source>Target {value}</source>
        <translation>Zielwert {value}</translation>
    </message>
    <message>
        <source>amber from {value}</source>
        <translation>gelb ab {value}</translation>
    </message>
    <message>
        <source>red from {value}</source>
        <translation>rot ab {value}</translation>
    </message>
    <message>
        <source>Last {count} values, oldest first: {values}</source>
        <translation>Letzte {count} Werte, älteste zuerst: {values}</translation>
    </message>
    <message>
        <source>No value since {period}</source>
        <translation>Kein Wert seit {period}</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>im Zielbereich</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>{rag} – {status}</source>
        <translation>{rag} – {status}</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Add KPIs from the library</source>
        <translation>KPIs aus der Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Already agreed for this engagement</source>
        <translation>Für dieses Engagement bereits vereinbart</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Keine ausgewählt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>{count} chosen</source>
        <translation>{count} ausgewählt</translation>
    </message>
    <message>
        <source>{kpi}: {value} ({status}), {period}</source>
        <translation>{kpi}: {value} ({status}), {period}</translation>
    </message>
    <message>
        <source>KPIs off target</source>
        <translation>KPIs nicht im Ziel</translation>
    </message>
    <message>
        <source>{red} red · {amber} amber · &lt;a href=&apos;menu&apos;&gt;show KPIs…&lt;/a&gt;</source>
        <translation>{red} rot · {amber} gelb · &lt;a href=&apos;menu&apos;&gt;KPIs anzeigen…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>every measured KPI is on target</source>
        <translation>jeder gemessene KPI ist im Zielbereich</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>KPI-Wert</translation>
    </message>
    <message>
        <source>KPI value missing for {period}: {kpi}</source>
        <translation>KPI-Wert fehlt für {period}: {kpi}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>No KPIs agreed in this partner&apos;s engagements yet.</source>
        <translation>Noch keine KPIs in den Engagements dieses Partners vereinbart.</translation>
    </message>
    <message>
        <source>{count} without a status</source>
        <translation>{count} ohne Status</translation>
    </message>
    <message>
        <source>{count} KPI</source>
        <translation>{count} KPI</translation>
    </message>
    <message>
        <source>{count} KPIs</source>
        <translation>{count} KPIs</translation>
    </message>
    <message>
        <source>in {count} engagement</source>
        <translation>in {count} Engagement</translation>
    </message>
    <message>
        <source>in {count} engagements</source>
        <translation>in {count} Engagements</translation>
    </message>
    <message>
        <source>&amp;Open the engagement&apos;s KPIs</source>
        <translation>KPIs des Engagements ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Compare across partners…</source>
        <translation>Über Partner &amp;vergleichen…</translation>
    </message>
    <message>
        <source>One KPI at every partner:</source>
        <translation>Ein KPI bei jedem Partner:</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The scorecard as a PDF, for the steering meeting</source>
        <translation>Die Scorecard als PDF, für das Steuerungsmeeting</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Das PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Scorecard {partner}.pdf</source>
        <translation>Scorecard {partner}.pdf</translation>
    </message>
    <message>
        <source>Save the scorecard as</source>
        <translation>Scorecard speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>{step}… {percent} %</source>
        <translation>{step}… {percent} %</translation>
    </message>
    <message>
        <source>Saved {file} · &lt;a href=&apos;preview&apos;&gt;Preview&lt;/a&gt; · &lt;a href=&apos;print&apos;&gt;Print…&lt;/a&gt;</source>
        <translation>{file} gespeichert · &lt;a href=&apos;preview&apos;&gt;Vorschau&lt;/a&gt; · &lt;a href=&apos;print&apos;&gt;Drucken…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{kpi} at every partner</source>
        <translation>{kpi} bei jedem Partner</translation>
    </message>
    <message>
        <source>{kpi} at {count} partner.</source>
        <translation>{kpi} bei {count} Partner.</translation>
    </message>
    <message>
        <source>{kpi} at {count} partners.</source>
        <translation>{kpi} bei {count} Partnern.</translation>
    </message>
    <message>
        <source>Chart loading…</source>
        <translation>Diagramm wird geladen…</translation>
    </message>
    <message>
        <source>Select a KPI to see its trend.</source>
        <translation>Wählen Sie einen KPI, um seinen Trend zu sehen.</translation>
    </message>
    <message>
        <source>{kpi}: no values yet.</source>
        <translation>{kpi}: noch keine Werte.</translation>
    </message>
    <message>
        <source>{name} (current)</source>
        <translation>{name} (aktuell)</translation>
    </message>
    <message>
        <source>Previous ({date})</source>
        <translation>Vorherige ({date})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Add &amp;candidate</source>
        <translation>&amp;Kandidat hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove candidate</source>
        <translation>Kandidat ent&amp;fernen</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>Er&amp;gebnis erfassen</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>&amp;Bewertungen</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>E&amp;rgebnis</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>completed {date}</source>
        <translation>abgeschlossen am {date}</translation>
    </message>
    <message>
        <source>postponed, due {date}</source>
        <translation>verschoben, fällig am {date}</translation>
    </message>
    <message>
        <source> · previous assessment {date}</source>
        <translation> · vorherige Bewertung am {date}</translation>
    </message>
    <message>
        <source>— pick a partner —</source>
        <translation>— Partner wählen —</translation>
    </message>
    <message>
        <source>&lt;li&gt;Nothing recorded&lt;/li&gt;</source>
        <translation>&lt;li&gt;Nichts erfasst&lt;/li&gt;</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>Why this outcome: what the scores and the scorecard say</source>
        <translation>Warum dieses Ergebnis: was die Bewertungen und die Scorecard sagen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Assessed &amp;by</source>
        <translation>Bewertet &amp;von</translation>
    </message>
    <message>
        <source>Assessed &amp;on</source>
        <translation>Bewertet a&amp;m</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Condition {number}: {text} is not a date.</source>
        <translation>Bedingung {number}: {text} ist kein Datum.</translation>
    </message>
    <message>
        <source>Reassess the partner now?</source>
        <translation>Den Partner jetzt neu bewerten?</translation>
    </message>
    <message>
        <source>A go/no-go gate&apos;s outcome was recorded.</source>
        <translation>Das Ergebnis eines Go/No-Go-Gates wurde erfasst.</translation>
    </message>
    <message>
        <source>The phase moved from {old} to {new}.</source>
        <translation>Die Phase wechselte von {old} zu {new}.</translation>
    </message>
    <message>
        <source>The engagement moves to its next phase.</source>
        <translation>Das Engagement geht in seine nächste Phase.</translation>
    </message>
    <message>
        <source>Partner reassessment</source>
        <translation>Neubewertung des Partners</translation>
    </message>
    <message>
        <source>{reason} Is this still the right partner, team, capability and scale for the next phase? “Later” puts the reassessment on the Portfolio agenda, due in {count} days.</source>
        <translation>{reason} Ist dies noch der richtige Partner mit dem richtigen Team, der richtigen Fähigkeit und Größenordnung für die nächste Phase? „Später“ setzt die Neubewertung auf die Agenda des Portfolios, fällig in {count} Tagen.</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Evidence — {who}</source>
        <translation>Nachweis — {who}</translation>
    </message>
</context>
</TS>

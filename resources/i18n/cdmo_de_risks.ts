<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Search title, description, mitigation…</source>
        <translation>Titel, Beschreibung, Minderung suchen…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Live (open, monitoring, mitigating)</source>
        <translation>Aktiv (offen, Beobachtung, Minderung)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Nach Stufe filtern</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichem filtern</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Filter by engagement</source>
        <translation>Nach Engagement filtern</translation>
    </message>
    <message>
        <source>All engagements</source>
        <translation>Alle Engagements</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <source>Live risks whose review date is today or past</source>
        <translation>Aktive Risiken, deren Überprüfungsdatum heute ist oder verstrichen ist</translation>
    </message>
    <message>
        <source>Heat-map cell filter: click to show every cell again</source>
        <translation>Heatmap-Zellenfilter: Klicken, um wieder alle Zellen anzuzeigen</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the live risks of every owner and category</source>
        <translation>Zurück zu den aktiven Risiken aller Verantwortlichen und Kategorien</translation>
    </message>
    <message>
        <source>Residual cell L{likelihood} × I{impact}  ✕</source>
        <translation>Restrisiko-Zelle W{likelihood} × A{impact}  ✕</translation>
    </message>
    <message>
        <source>Cell L{likelihood} × I{impact}  ✕</source>
        <translation>Zelle W{likelihood} × A{impact}  ✕</translation>
    </message>
    <message>
        <source>Choose the engagement this risk belongs to.</source>
        <translation>Wählen Sie das Engagement, zu dem dieses Risiko gehört.</translation>
    </message>
    <message>
        <source>this risk</source>
        <translation>dieses Risiko</translation>
    </message>
    <message>
        <source>Unsaved risk</source>
        <translation>Nicht gespeichertes Risiko</translation>
    </message>
    <message>
        <source>This risk has changes that are not saved. Save them before leaving?</source>
        <translation>Dieses Risiko hat nicht gespeicherte Änderungen. Vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Risiko löschen</translation>
    </message>
    <message>
        <source>Delete {code} {title}? You can undo this.</source>
        <translation>{code} {title} löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>No review planned</source>
        <translation>Keine Überprüfung geplant</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Choose the engagement…</source>
        <translation>Wählen Sie das Engagement…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>◆ Gate: {name} ({when})</source>
        <translation>◆ Gate: {name} ({when})</translation>
    </message>
    <message>
        <source>{name} ({when})</source>
        <translation>{name} ({when})</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>Cannot save yet:
{reasons}</source>
        <translation>Noch nicht speicherbar:
{reasons}</translation>
    </message>
    <message>
        <source>Save the risk (Ctrl+S)</source>
        <translation>Das Risiko speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>Save the new risk first</source>
        <translation>Speichern Sie zuerst das neue Risiko</translation>
    </message>
    <message>
        <source>Save or revert your changes first</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen</translation>
    </message>
    <message>
        <source>Closed and realized risks are no longer reviewed</source>
        <translation>Geschlossene und eingetretene Risiken werden nicht mehr überprüft</translation>
    </message>
    <message>
        <source>Record a review (date, note, new scores) and move the next review date</source>
        <translation>Eine Überprüfung erfassen (Datum, Notiz, neue Bewertung) und das nächste Überprüfungsdatum verschieben</translation>
    </message>
    <message>
        <source>No cadence: set a date by hand if a review is planned</source>
        <translation>Kein Rhythmus: Legen Sie ein Datum von Hand fest, wenn eine Überprüfung geplant ist</translation>
    </message>
    <message>
        <source>last review + {count} days</source>
        <translation>letzte Überprüfung + {count} Tage</translation>
    </message>
    <message>
        <source>raised date + {count} days</source>
        <translation>Erfassungsdatum + {count} Tage</translation>
    </message>
    <message>
        <source>set by hand (cadence gives {date})</source>
        <translation>von Hand festgelegt (der Rhythmus ergibt {date})</translation>
    </message>
    <message>
        <source> - last reviewed {date}</source>
        <translation> - zuletzt überprüft am {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved yet:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Noch nicht gespeichert:&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>{count} earlier review; next review was {date}</source>
        <translation>{count} frühere Überprüfung; nächste Überprüfung war am {date}</translation>
    </message>
    <message>
        <source>{count} earlier reviews; next review was {date}</source>
        <translation>{count} frühere Überprüfungen; nächste Überprüfung war am {date}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Überprüfung erfassen</translation>
    </message>
    <message>
        <source>review date + {count} days</source>
        <translation>Überprüfungsdatum + {count} Tage</translation>
    </message>
    <message>
        <source>no fixed cadence</source>
        <translation>kein fester Rhythmus</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>{likelihood} likelihood x {impact} impact = {level}</source>
        <translation>Wahrscheinlichkeit {likelihood} x Auswirkung {impact} = {level}</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>&amp;New risk</source>
        <translation>&amp;Neues Risiko</translation>
    </message>
    <message>
        <source>Log a risk (Ctrl+N)</source>
        <translation>Ein Risiko erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the risk (Enter)</source>
        <translation>Das Risiko öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Mark re&amp;viewed…</source>
        <translation>Als &amp;überprüft markieren…</translation>
    </message>
    <message>
        <source>Record a review of the selected risk</source>
        <translation>Eine Überprüfung des ausgewählten Risikos erfassen</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Follows the filters; click a cell to list its risks.</source>
        <translation>Folgt den Filtern; klicken Sie auf eine Zelle, um ihre Risiken aufzulisten.</translation>
    </message>
    <message>
        <source>Save risk</source>
        <translation>Risiko speichern</translation>
    </message>
    <message>
        <source>Back to the register</source>
        <translation>Zurück zum Risikoregister</translation>
    </message>
    <message>
        <source>The risks could not be counted: {reason}</source>
        <translation>Die Risiken konnten nicht gezählt werden: {reason}</translation>
    </message>
    <message>
        <source>Counting the matching risks…</source>
        <translation>Passende Risiken werden gezählt…</translation>
    </message>
    <message>
        <source>{count} risk</source>
        <translation>{count} Risiko</translation>
    </message>
    <message>
        <source>{count} risks</source>
        <translation>{count} Risiken</translation>
    </message>
    <message>
        <source>, {count} due for review (highlighted)</source>
        <translation>, {count} zur Überprüfung fällig (hervorgehoben)</translation>
    </message>
    <message>
        <source> in residual cell likelihood {likelihood} x impact {impact}</source>
        <translation> in der Restrisiko-Zelle Wahrscheinlichkeit {likelihood} x Auswirkung {impact}</translation>
    </message>
    <message>
        <source> in current cell likelihood {likelihood} x impact {impact}</source>
        <translation> in der aktuellen Zelle Wahrscheinlichkeit {likelihood} x Auswirkung {impact}</translation>
    </message>
    <message>
        <source>Open risk</source>
        <translation>Risiko öffnen</translation>
    </message>
    <message>
        <source>Mark reviewed…</source>
        <translation>Als überprüft markieren…</translation>
    </message>
    <message>
        <source>Open engagement {title}</source>
        <translation>Engagement {title} öffnen</translation>
    </message>
    <message>
        <source>Erase confidential values…</source>
        <translation>Vertrauliche Werte löschen…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>L</source>
        <translation>W</translation>
    </message>
    <message>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Linked milestone</source>
        <translation>Verknüpfter Meilenstein</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Right-click a column header to show or hide columns.</source>
        <translation>Klicken Sie mit der rechten Maustaste auf einen Spaltenkopf, um Spalten ein- oder auszublenden.</translation>
    </message>
    <message>
        <source>Likelihood 1 (rare) to 5 (almost certain)</source>
        <translation>Wahrscheinlichkeit 1 (selten) bis 5 (fast sicher)</translation>
    </message>
    <message>
        <source>Impact 1 (negligible) to 5 (severe)</source>
        <translation>Auswirkung 1 (unerheblich) bis 5 (schwerwiegend)</translation>
    </message>
    <message>
        <source>Likelihood x impact</source>
        <translation>Wahrscheinlichkeit x Auswirkung</translation>
    </message>
    <message>
        <source>Review due today</source>
        <translation>Überprüfung heute fällig</translation>
    </message>
    <message>
        <source>Review overdue by {count} days</source>
        <translation>Überprüfung seit {count} Tagen überfällig</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} x impact {impact} = {score}: {level}</source>
        <translation>Wahrscheinlichkeit {likelihood} x Auswirkung {impact} = {score}: {level}</translation>
    </message>
    <message>
        <source>
Residual {likelihood} x {impact}: {level}</source>
        <translation>
Restrisiko {likelihood} x {impact}: {level}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>L x I</source>
        <translation>W x A</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
</TS>

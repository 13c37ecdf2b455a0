<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Decision gate</source>
        <translation>Entscheidungspunkt</translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation>Risikoüberprüfung</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Neubewertung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>{count} days late</source>
        <translation>{count} Tage verspätet</translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Portfolio&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Portfolio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open engagement</source>
        <translation>Engagement ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected engagement (Enter)</source>
        <translation>Das ausgewählte Engagement öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Open &amp;partner</source>
        <translation>&amp;Partner öffnen</translation>
    </message>
    <message>
        <source>Set &amp;RAG as suggested</source>
        <translation>&amp;Ampelstatus wie vorgeschlagen setzen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand {date}</translation>
    </message>
    <message>
        <source>Set &amp;RAG to {rag}</source>
        <translation>&amp;Ampelstatus auf {rag} setzen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in {count} days</source>
        <translation>in {count} Tagen</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>vor {count} Tagen</translation>
    </message>
    <message>
        <source>{count} critical</source>
        <translation>{count} kritisch</translation>
    </message>
    <message>
        <source>{count} high</source>
        <translation>{count} hoch</translation>
    </message>
    <message>
        <source>{count} open</source>
        <translation>{count} offen</translation>
    </message>
    <message>
        <source>no RAG</source>
        <translation>kein Ampelstatus</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status
RAG</source>
        <translation>Status
Ampel</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <source>Reviews
due</source>
        <translation>Fällige
Prüfungen</translation>
    </message>
    <message>
        <source>Next milestone or gate</source>
        <translation>Nächster Meilenstein oder Gate</translation>
    </message>
    <message>
        <source>Overdue
milestones</source>
        <translation>Überfällige
Meilensteine</translation>
    </message>
    <message>
        <source>Overdue
actions</source>
        <translation>Überfällige
Maßnahmen</translation>
    </message>
    <message>
        <source>Open risks whose review date has come</source>
        <translation>Offene Risiken, deren Überprüfungsdatum erreicht ist</translation>
    </message>
    <message>
        <source>{title}
{client} with {partner}</source>
        <translation>{title}
{client} mit {partner}</translation>
    </message>
    <message>
        <source>{open} open risks: {critical} critical, {high} high</source>
        <translation>{open} offene Risiken: {critical} kritisch, {high} hoch</translation>
    </message>
    <message>
        <source>No milestone or decision gate ahead</source>
        <translation>Kein Meilenstein oder Entscheidungspunkt voraus</translation>
    </message>
    <message>
        <source>Tasks, milestones and gates past their planned finish, not done</source>
        <translation>Aufgaben, Meilensteine und Entscheidungspunkte nach ihrem geplanten Ende, nicht erledigt</translation>
    </message>
    <message>
        <source>Open action items past their due date</source>
        <translation>Offene Maßnahmen nach ihrem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>{partner} (double-click for the partner profile)</source>
        <translation>{partner} (Doppelklick öffnet das Partnerprofil)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Status: {status}
RAG (red / amber / green): {rag}</source>
        <translation>Status: {status}
Ampelstatus (Rot / Gelb / Grün): {rag}</translation>
    </message>
    <message>
        <source>
Right-click: set the RAG to {rag}.</source>
        <translation>
Rechtsklick: den Ampelstatus auf {rag} setzen.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:12pt&apos;&gt;No running engagements yet.&lt;/p&gt;&lt;p&gt;Add your partners under &lt;b&gt;Partners&lt;/b&gt; (Ctrl+2), then start an engagement under &lt;b&gt;Engagements&lt;/b&gt; (Ctrl+3): its risks, milestones and action items will show up here.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:12pt&apos;&gt;Noch keine laufenden Engagements.&lt;/p&gt;&lt;p&gt;Legen Sie Ihre Partner unter &lt;b&gt;Partner&lt;/b&gt; (Strg+2) an und beginnen Sie dann ein Engagement unter &lt;b&gt;Engagements&lt;/b&gt; (Strg+3): Seine Risiken, Meilensteine und Maßnahmen erscheinen hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;: late work, and what is due in the next {count} days</source>
        <translation>&lt;b&gt;Agenda&lt;/b&gt;: Verspätetes und was in den nächsten {count} Tagen fällig ist</translation>
    </message>
    <message>
        <source>{value} {caption}</source>
        <translation>{value} {caption}</translation>
    </message>
    <message>
        <source>engagements running</source>
        <translation>laufende Engagements</translation>
    </message>
    <message>
        <source>critical open risks</source>
        <translation>kritische offene Risiken</translation>
    </message>
    <message>
        <source>risk reviews due</source>
        <translation>fällige Risikoüberprüfungen</translation>
    </message>
    <message>
        <source>overdue milestones</source>
        <translation>überfällige Meilensteine</translation>
    </message>
    <message>
        <source>overdue action items</source>
        <translation>überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>partner audits overdue</source>
        <translation>überfällige Partner-Audits</translation>
    </message>
    <message>
        <source>{count} RAG to update</source>
        <translation>{count} Ampelstatus zu aktualisieren</translation>
    </message>
    <message>
        <source>{count} RAGs to update</source>
        <translation>{count} Ampelstatus zu aktualisieren</translation>
    </message>
    <message>
        <source>{active} active · {planned} planned · {on_hold} on hold · {closed} closed</source>
        <translation>{active} aktiv · {planned} geplant · {on_hold} pausiert · {closed} abgeschlossen</translation>
    </message>
    <message>
        <source>{high} high · {open} open in all</source>
        <translation>{high} hoch · {open} offen insgesamt</translation>
    </message>
    <message>
        <source>open risks whose review date has come</source>
        <translation>offene Risiken, deren Überprüfungsdatum erreicht ist</translation>
    </message>
    <message>
        <source>tasks, milestones and gates past their finish</source>
        <translation>Aufgaben, Meilensteine und Entscheidungspunkte nach ihrem Ende</translation>
    </message>
    <message>
        <source>open action items past their due date</source>
        <translation>offene Maßnahmen nach ihrem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;menu&apos;&gt;show partners…&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;menu&apos;&gt;Partner anzeigen…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>every partner&apos;s audit is up to date</source>
        <translation>das Audit jedes Partners ist aktuell</translation>
    </message>
    <message>
        <source>{partner}: due {date} ({count} days overdue)</source>
        <translation>{partner}: fällig am {date} (seit {count} Tagen überfällig)</translation>
    </message>
    <message>
        <source>… and {count} more (Partners, sorted by next audit)</source>
        <translation>… und {count} weitere (Partner, sortiert nach nächstem Audit)</translation>
    </message>
    <message>
        <source>{partner}: due {date}</source>
        <translation>{partner}: fällig am {date}</translation>
    </message>
    <message>
        <source>the latest</source>
        <translation>neuester</translation>
    </message>
    <message>
        <source>The status report of {date} says {rag}.</source>
        <translation>Der Statusbericht ({date}) meldet {rag}.</translation>
    </message>
    <message>
        <source>{count} critical risk open</source>
        <translation>{count} kritisches Risiko offen</translation>
    </message>
    <message>
        <source>{count} critical risks open</source>
        <translation>{count} kritische Risiken offen</translation>
    </message>
    <message>
        <source>{count} overdue milestone</source>
        <translation>{count} überfälliger Meilenstein</translation>
    </message>
    <message>
        <source>{count} overdue milestones</source>
        <translation>{count} überfällige Meilensteine</translation>
    </message>
    <message>
        <source>{count} overdue action item</source>
        <translation>{count} überfällige Maßnahme</translation>
    </message>
    <message>
        <source>{count} overdue action items</source>
        <translation>{count} überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>{reasons}: not Green.</source>
        <translation>{reasons}: nicht Grün.</translation>
    </message>
    <message>
        <source>RAG {rag} looks out of date</source>
        <translation>Ampelstatus {rag} wirkt veraltet</translation>
    </message>
    <message>
        <source>No RAG set</source>
        <translation>Kein Ampelstatus gesetzt</translation>
    </message>
    <message>
        <source>{head}: {reasons} Set it to {rag}?</source>
        <translation>{head}: {reasons} Auf {rag} setzen?</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save.</source>
        <translation>Korrigieren Sie die rot markierten Felder, um zu speichern.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>{percent} % answered</source>
        <translation>{percent} % beantwortet</translation>
    </message>
    <message>
        <source>Set the kickoff date under When.</source>
        <translation>Legen Sie das Kickoff-Datum unter „Wann“ fest.</translation>
    </message>
    <message>
        <source>Charter text typed on {when} was not saved (the app closed first). Restore it into the form? Typing here instead replaces it.</source>
        <translation>Am {when} eingegebener Charta-Text wurde nicht gespeichert (die App wurde vorher geschlossen). In das Formular wiederherstellen? Wenn Sie stattdessen hier tippen, wird er ersetzt.</translation>
    </message>
    <message>
        <source>Level {number}: response time is a whole number of hours.</source>
        <translation>Stufe {number}: die Reaktionszeit ist eine ganze Zahl von Stunden.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Change the agreed charter</source>
        <translation>Vereinbarte Charta ändern</translation>
    </message>
    <message>
        <source>This charter was agreed and signed by both sides. Changing it returns it to draft
and both sides sign again. Why does it change?</source>
        <translation>Diese Charta wurde von beiden Seiten vereinbart und unterzeichnet. Eine Änderung macht sie wieder zum Entwurf,
und beide Seiten unterzeichnen erneut. Warum ändert sie sich?</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;Agreed&lt;/b&gt; on {when}: signed by {client} (client) and {partner} (partner). The charter is locked.</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;Vereinbart&lt;/b&gt; am {when}: unterzeichnet von {client} (Kunde) und {partner} (Partner). Die Charta ist gesperrt.</translation>
    </message>
    <message>
        <source> Reopened: {reason}.</source>
        <translation> Wieder geöffnet: {reason}.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;Draft&lt;/b&gt;: agreed once both sides have signed.</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;Entwurf&lt;/b&gt;: vereinbart, sobald beide Seiten unterzeichnet haben.</translation>
    </message>
    <message>
        <source>{count} {side}</source>
        <translation>{count} {side}</translation>
    </message>
    <message>
        <source>{count} people: {sides}</source>
        <translation>{count} Personen: {sides}</translation>
    </message>
    <message>
        <source>Nobody yet: add the people of both sides on the Team &amp; RACI tab.</source>
        <translation>Noch niemand: fügen Sie die Personen beider Seiten auf der Registerkarte „Team &amp; RACI“ hinzu.</translation>
    </message>
    <message>
        <source>The partner has no sites on record yet.</source>
        <translation>Für den Partner sind noch keine Standorte erfasst.</translation>
    </message>
    <message>
        <source>No decision gates yet: add them on the Schedule tab.</source>
        <translation>Noch keine Entscheidungspunkte: fügen Sie sie auf der Registerkarte „Zeitplan“ hinzu.</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>diesen Kunden</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Diese Person löschen…</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <source>Save or discard the changes to this client first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen an diesem Kunden.</translation>
    </message>
    <message>
        <source>A client with this name exists already.</source>
        <translation>Ein Kunde mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>Contact {number}: a name is required.</source>
        <translation>Kontakt {number}: ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Contact {number}: email address is not valid.</source>
        <translation>Kontakt {number}: die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>Contact {number}: phone may hold digits, spaces, + ( ) - . / only.</source>
        <translation>Kontakt {number}: die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) - . / enthalten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source> ({count} running)</source>
        <translation> ({count} laufend)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>Archived: restore it to start engagements with it again.</source>
        <translation>Archiviert: stellen Sie den Kunden wieder her, um wieder Engagements mit ihm zu beginnen.</translation>
    </message>
    <message>
        <source>&lt;i&gt;archived {date}&lt;/i&gt;</source>
        <translation>&lt;i&gt;archiviert am {date}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Contacts&lt;/b&gt; ({count})&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kontakte&lt;/b&gt; ({count})&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None yet: Edit… adds the people you work with there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine: „Bearbeiten…“ fügt die Personen hinzu, mit denen Sie dort arbeiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Engagements&lt;/b&gt; ({count})&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Engagements&lt;/b&gt; ({count})&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;a href=&apos;{id}&apos;&gt;{title}&lt;/a&gt; with {partner} · {status}{archived}&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;a href=&apos;{id}&apos;&gt;{title}&lt;/a&gt; mit {partner} · {status}{archived}&lt;/li&gt;</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>&lt;p&gt;None yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Notes&lt;/b&gt;&lt;br&gt;{notes}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Notizen&lt;/b&gt;&lt;br&gt;{notes}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search name, legal name, country or a contact…</source>
        <translation>Name, rechtlichen Namen, Land oder einen Kontakt suchen…</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Archivierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Edit client…</source>
        <translation>Kunden bearbeiten…</translation>
    </message>
    <message>
        <source>Archive client…</source>
        <translation>Kunden archivieren…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>{count} client</source>
        <translation>{count} Kunde</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} Kunden</translation>
    </message>
    <message>
        <source>&lt;p&gt;No client selected.&lt;/p&gt;&lt;p&gt;New client… adds the sponsor you work for, with the people you deal with there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Kunde ausgewählt.&lt;/p&gt;&lt;p&gt;„Neuer Kunde…“ fügt den Auftraggeber hinzu, für den Sie arbeiten, mit den Personen, mit denen Sie dort zu tun haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It leaves this list and the picker for new engagements; its engagements, contacts and history stay.</source>
        <translation>Er verschwindet aus dieser Liste und aus der Auswahl für neue Engagements; seine Engagements, Kontakte und sein Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>A date the channel met or will meet; the next occurrence follows from the cadence.</source>
        <translation>Ein Datum, an dem der Kanal getagt hat oder tagen wird; der nächste Termin ergibt sich aus dem Rhythmus.</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— noch niemand —</translation>
    </message>
    <message>
        <source>Set a first or last meeting date</source>
        <translation>Legen Sie ein erstes oder letztes Besprechungsdatum fest</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Bei Bedarf</translation>
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
        <source>in {days} days</source>
        <translation>in {days} Tagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Why the partner needs it</source>
        <translation>Warum der Partner es braucht</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>— not in the app: give a reference below —</source>
        <translation>— nicht in der App: geben Sie unten eine Referenz an —</translation>
    </message>
    <message>
        <source>No agreement named: under which agreement was this shared?</source>
        <translation>Keine Vereinbarung angegeben: unter welcher Vereinbarung wurde dies geteilt?</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Entscheidungspunkt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>— not a gate decision —</source>
        <translation>— keine Entscheidung an einem Entscheidungspunkt —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keiner —</translation>
    </message>
    <message>
        <source>Give the date the decision was taken.</source>
        <translation>Geben Sie das Datum an, an dem die Entscheidung getroffen wurde.</translation>
    </message>
    <message>
        <source>A logged decision cannot be dated in the future.</source>
        <translation>Eine protokollierte Entscheidung darf nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <source>Pick the decision gate this outcome belongs to.</source>
        <translation>Wählen Sie den Entscheidungspunkt, zu dem dieses Ergebnis gehört.</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Raised by partner only</source>
        <translation>Nur vom Partner eingebracht</translation>
    </message>
    <message>
        <source>Concerns, traps and better approaches the partner raised (shared ownership)</source>
        <translation>Bedenken, Fallstricke und bessere Ansätze, die der Partner eingebracht hat (gemeinsame Verantwortung)</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Eingebracht am</translation>
    </message>
    <message>
        <source>Due date cannot be before the day it was raised.</source>
        <translation>Das Fälligkeitsdatum darf nicht vor dem Tag liegen, an dem die Maßnahme eingebracht wurde.</translation>
    </message>
    <message>
        <source>Closed on cannot be before raised on.</source>
        <translation>„Abgeschlossen am“ darf nicht vor „Eingebracht am“ liegen.</translation>
    </message>
    <message>
        <source>Closed on cannot be in the future.</source>
        <translation>„Abgeschlossen am“ darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Only a done or cancelled item has a closing date.</source>
        <translation>Nur eine erledigte oder abgebrochene Maßnahme hat ein Abschlussdatum.</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Seit {days} Tagen überfällig</translation>
    </message>
    <message>
        <source>{count} shown, {overdue} overdue</source>
        <translation>{count} angezeigt, {overdue} überfällig</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>{count} angezeigt</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
    <message>
        <source>this engagement</source>
        <translation>dieses Engagement</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Engagement details</source>
        <translation>Engagement-Details</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Neues Engagement</translation>
    </message>
    <message>
        <source>— pick a client —</source>
        <translation>— Kunden wählen —</translation>
    </message>
    <message>
        <source>— pick a partner —</source>
        <translation>— Partner wählen —</translation>
    </message>
    <message>
        <source>Pick the client, or create one with New client…</source>
        <translation>Wählen Sie den Kunden oder legen Sie mit „Neuer Kunde…“ einen an</translation>
    </message>
    <message>
        <source>Pick the partner doing the work.</source>
        <translation>Wählen Sie den Partner, der die Arbeit ausführt.</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charta</translation>
    </message>
    <message>
        <source>Success metric</source>
        <translation>Erfolgskennzahl</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Kickoff attendee</source>
        <translation>Kickoff-Teilnehmer</translation>
    </message>
    <message>
        <source>{record}: {field}</source>
        <translation>{record}: {field}</translation>
    </message>
    <message>
        <source>Charter written</source>
        <translation>Charta geschrieben</translation>
    </message>
    <message>
        <source>Charter deleted</source>
        <translation>Charta gelöscht</translation>
    </message>
    <message>
        <source>(no longer on record)</source>
        <translation>(nicht mehr erfasst)</translation>
    </message>
    <message>
        <source>Added {record}</source>
        <translation>{record} hinzugefügt</translation>
    </message>
    <message>
        <source>Removed {record}</source>
        <translation>{record} entfernt</translation>
    </message>
    <message>
        <source>Nothing has been written to this charter yet.</source>
        <translation>In diese Charta wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Program / compound</source>
        <translation>Programm / Wirkstoff</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>Ampelstatus</translation>
    </message>
    <message>
        <source>{title} (archived)</source>
        <translation>{title} (archiviert)</translation>
    </message>
    <message>
        <source>Overall status: {rag}</source>
        <translation>Gesamtstatus: {rag}</translation>
    </message>
    <message>
        <source>Archived: restore it to work on it again.</source>
        <translation>Archiviert: stellen Sie es wieder her, um wieder daran zu arbeiten.</translation>
    </message>
    <message>
        <source>{name}: rule met</source>
        <translation>{name}: Regel erfüllt</translation>
    </message>
    <message>
        <source>{member} has no role in {workstream} (click or type R, A, C, I)</source>
        <translation>{member} hat keine Rolle in {workstream} (klicken oder R, A, C, I eingeben)</translation>
    </message>
    <message>
        <source>{member} is {role} for {workstream}</source>
        <translation>{member} ist {role} für {workstream}</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>It leaves the lists and the portfolio; nothing is deleted.</source>
        <translation>Es verschwindet aus den Listen und dem Portfolio; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Any RAG</source>
        <translation>Jeder Ampelstatus</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Neues Engagement…</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Details bearbeiten…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Counting the matching engagements…</source>
        <translation>Passende Engagements werden gezählt…</translation>
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
        <source>The engagements could not be counted: {reason}</source>
        <translation>Die Engagements konnten nicht gezählt werden: {reason}</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Neues Teammitglied</translation>
    </message>
    <message>
        <source>Select a team member or press New.</source>
        <translation>Wählen Sie ein Teammitglied aus oder klicken Sie auf „Neu“.</translation>
    </message>
    <message>
        <source>this team member</source>
        <translation>dieses Teammitglied</translation>
    </message>
    <message>
        <source>Delete team member</source>
        <translation>Teammitglied löschen</translation>
    </message>
    <message>
        <source>Delete the selected team member (Ctrl+Z restores it)</source>
        <translation>Das ausgewählte Teammitglied löschen (Ctrl+Z stellt es wieder her)</translation>
    </message>
    <message>
        <source>Save this team member (Ctrl+S)</source>
        <translation>Dieses Teammitglied speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Deleted the team member (Ctrl+Z brings it back).</source>
        <translation>Das Teammitglied wurde gelöscht (Ctrl+Z stellt es wieder her).</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Neuer Kanal</translation>
    </message>
    <message>
        <source>Select a channel or press New.</source>
        <translation>Wählen Sie einen Kanal aus oder klicken Sie auf „Neu“.</translation>
    </message>
    <message>
        <source>this channel</source>
        <translation>diesen Kanal</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Kanal löschen</translation>
    </message>
    <message>
        <source>Delete the selected channel (Ctrl+Z restores it)</source>
        <translation>Den ausgewählten Kanal löschen (Ctrl+Z stellt ihn wieder her)</translation>
    </message>
    <message>
        <source>Save this channel (Ctrl+S)</source>
        <translation>Diesen Kanal speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Deleted the channel (Ctrl+Z brings it back).</source>
        <translation>Der Kanal wurde gelöscht (Ctrl+Z stellt ihn wieder her).</translation>
    </message>
    <message>
        <source>New shared item</source>
        <translation>Neues geteiltes Element</translation>
    </message>
    <message>
        <source>Select a shared item or press New.</source>
        <translation>Wählen Sie ein geteiltes Element aus oder klicken Sie auf „Neu“.</translation>
    </message>
    <message>
        <source>this shared item</source>
        <translation>dieses geteilte Element</translation>
    </message>
    <message>
        <source>Delete shared item</source>
        <translation>Geteiltes Element löschen</translation>
    </message>
    <message>
        <source>Delete the selected shared item (Ctrl+Z restores it)</source>
        <translation>Das ausgewählte geteilte Element löschen (Ctrl+Z stellt es wieder her)</translation>
    </message>
    <message>
        <source>Save this shared item (Ctrl+S)</source>
        <translation>Dieses geteilte Element speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Deleted the shared item (Ctrl+Z brings it back).</source>
        <translation>Das geteilte Element wurde gelöscht (Ctrl+Z stellt es wieder her).</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Neue Entscheidung</translation>
    </message>
    <message>
        <source>Select a decision or press New.</source>
        <translation>Wählen Sie eine Entscheidung aus oder klicken Sie auf „Neu“.</translation>
    </message>
    <message>
        <source>this decision</source>
        <translation>diese Entscheidung</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Entscheidung löschen</translation>
    </message>
    <message>
        <source>Delete the selected decision (Ctrl+Z restores it)</source>
        <translation>Die ausgewählte Entscheidung löschen (Ctrl+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Save this decision (Ctrl+S)</source>
        <translation>Diese Entscheidung speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Deleted the decision (Ctrl+Z brings it back).</source>
        <translation>Die Entscheidung wurde gelöscht (Ctrl+Z stellt sie wieder her).</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Select an action item or press New.</source>
        <translation>Wählen Sie eine Maßnahme aus oder klicken Sie auf „Neu“.</translation>
    </message>
    <message>
        <source>this action item</source>
        <translation>diese Maßnahme</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Delete the selected action item (Ctrl+Z restores it)</source>
        <translation>Die ausgewählte Maßnahme löschen (Ctrl+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Save this action item (Ctrl+S)</source>
        <translation>Diese Maßnahme speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Deleted the action item (Ctrl+Z brings it back).</source>
        <translation>Die Maßnahme wurde gelöscht (Ctrl+Z stellt sie wieder her).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Pick a contact…</source>
        <translation>Kontakt wählen…</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Entscheidet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source> · in the team</source>
        <translation> · im Team</translation>
    </message>
    <message>
        <source>— no contacts on record yet —</source>
        <translation>— noch keine Kontakte erfasst —</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The named people on both sides, and you</source>
        <translation>Die benannten Personen beider Seiten und Sie</translation>
    </message>
    <message>
        <source>Click a cell to cycle R → A → C → I → empty, or type R, A, C, I (Delete clears). Each workstream needs exactly one A and at least one R.</source>
        <translation>Klicken Sie auf eine Zelle, um R → A → C → I → leer durchzuschalten, oder geben Sie R, A, C, I ein (Entf leert). Jedes Arbeitspaket braucht genau ein A und mindestens ein R.</translation>
    </message>
    <message>
        <source>&lt;b&gt;RACI&lt;/b&gt;</source>
        <translation>&lt;b&gt;RACI&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who is Responsible, Accountable, Consulted and Informed</source>
        <translation>Wer durchführt (Responsible), verantwortet (Accountable), konsultiert (Consulted) und informiert wird (Informed)</translation>
    </message>
    <message>
        <source>Add workstream…</source>
        <translation>Arbeitspaket hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add the deliverables or workstreams as rows.</source>
        <translation>Fügen Sie die Liefergegenstände oder Arbeitspakete als Zeilen hinzu.</translation>
    </message>
    <message>
        <source>Add team members above: they become the columns.</source>
        <translation>Fügen Sie oben Teammitglieder hinzu: sie werden zu den Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n RACI problem(s):</source>
        <translation>
            <numerusform>%n RACI-Problem:</numerusform>
            <numerusform>%n RACI-Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every workstream has one A and an R.</source>
        <translation>Jedes Arbeitspaket hat ein A und ein R.</translation>
    </message>
    <message>
        <source>Workstream or deliverable:</source>
        <translation>Arbeitspaket oder Liefergegenstand:</translation>
    </message>
    <message>
        <source>Add workstream</source>
        <translation>Arbeitspaket hinzufügen</translation>
    </message>
    <message>
        <source>Rename workstream</source>
        <translation>Arbeitspaket umbenennen</translation>
    </message>
    <message>
        <source>Team &amp;&amp; RACI</source>
        <translation>Team &amp;&amp; RACI</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>Informationsaustausch</translation>
    </message>
    <message>
        <source>Decisions &amp;&amp; actions</source>
        <translation>Entscheidungen &amp;&amp; Maßnahmen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Reassess partner…</source>
        <translation>Partner neu bewerten…</translation>
    </message>
    <message>
        <source>This engagement no longer exists.</source>
        <translation>Dieses Engagement existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{title}  (archived)</source>
        <translation>{title}  (archiviert)</translation>
    </message>
    <message>
        <source>Set RAG to {rag}</source>
        <translation>Ampelstatus auf {rag} setzen</translation>
    </message>
    <message>
        <source>Charter: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;, {percent} % answered</source>
        <translation>Charta: &lt;b style=&apos;color:{colour}&apos;&gt;{status}&lt;/b&gt;, {percent} % beantwortet</translation>
    </message>
    <message>
        <source>{tab} could not be opened: {reason}</source>
        <translation>{tab} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>Deleted {name} (Ctrl+Z brings it back).</source>
        <translation>{name} gelöscht (Ctrl+Z stellt es wieder her).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
</TS>

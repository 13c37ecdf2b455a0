<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Whole organisation / not site-specific</source>
        <translation>Gesamte Organisation / nicht standortspezifisch</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list (type a city, e.g. Mumbai).</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste (geben Sie eine Stadt ein, z. B. Mumbai).</translation>
    </message>
    <message>
        <source>Added for this site; untick to remove it</source>
        <translation>Für diesen Standort hinzugefügt; Häkchen entfernen, um es zu löschen</translation>
    </message>
    <message>
        <source>Added for this partner; untick to remove it</source>
        <translation>Für diesen Partner hinzugefügt; Häkchen entfernen, um es zu löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;No open risks on this partner&apos;s engagements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine offenen Risiken in den Engagements dieses Partners.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{count} open risk across the engagements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{count} offenes Risiko in den Engagements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{count} open risks across the engagements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{count} offene Risiken in den Engagements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>keine vorhanden</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>unterzeichnet am {date}</translation>
    </message>
    <message>
        <source>expired {date}</source>
        <translation>abgelaufen am {date}</translation>
    </message>
    <message>
        <source>expires {date} ({count} days)</source>
        <translation>läuft ab am {date} ({count} Tage)</translation>
    </message>
    <message>
        <source>expires {date}</source>
        <translation>läuft ab am {date}</translation>
    </message>
    <message>
        <source>Qualification: {status}</source>
        <translation>Qualifizierung: {status}</translation>
    </message>
    <message>
        <source>Last audit: {date}</source>
        <translation>Letztes Audit: {date}</translation>
    </message>
    <message>
        <source>none on record</source>
        <translation>keines erfasst</translation>
    </message>
    <message>
        <source>overdue by {count} days</source>
        <translation>seit {count} Tagen überfällig</translation>
    </message>
    <message>
        <source> · next {overdue} ({date})</source>
        <translation> · nächstes {overdue} ({date})</translation>
    </message>
    <message>
        <source> · next due {date} (in {count} days)</source>
        <translation> · nächstes fällig am {date} (in {count} Tagen)</translation>
    </message>
    <message>
        <source>CDA</source>
        <translation>CDA</translation>
    </message>
    <message>
        <source>Quality agreement</source>
        <translation>Qualitätsvereinbarung</translation>
    </message>
    <message>
        <source>MSA: signed {date}</source>
        <translation>MSA: unterzeichnet am {date}</translation>
    </message>
    <message>
        <source>MSA: {value}</source>
        <translation>MSA: {value}</translation>
    </message>
    <message>
        <source>Primary contact: {name}</source>
        <translation>Hauptkontakt: {name}</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keiner gewählt</translation>
    </message>
    <message>
        <source>Local time: {time}</source>
        <translation>Ortszeit: {time}</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Double-click to open the engagement</source>
        <translation>Doppelklicken, um das Engagement zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Open engagement</source>
        <translation>Engagement ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save the new partner to follow its engagements here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Speichern Sie den neuen Partner, um hier seine Engagements zu verfolgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (decision gate)</source>
        <translation> (Entscheidungspunkt)</translation>
    </message>
    <message>
        <source>Late: planned date has passed</source>
        <translation>Verspätet: Das geplante Datum ist verstrichen</translation>
    </message>
    <message>
        <source>Import holidays (.ics)…</source>
        <translation>Feiertage importieren (.ics)…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Diese Person löschen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>  — overdue by {count} days</source>
        <translation>  — seit {count} Tagen überfällig</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Das Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <source>{time} there, {offset}</source>
        <translation>{time} dort, {offset}</translation>
    </message>
    <message>
        <source>same time as here</source>
        <translation>dieselbe Uhrzeit wie hier</translation>
    </message>
    <message>
        <source>Saving the partner</source>
        <translation>Partner speichern</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{what} was refused, nothing was written:
{reason}</source>
        <translation>Abgelehnt: {what}. Es wurde nichts geschrieben:
{reason}</translation>
    </message>
    <message>
        <source>Archiving the partner</source>
        <translation>Partner archivieren</translation>
    </message>
    <message>
        <source>Restoring the partner</source>
        <translation>Partner wiederherstellen</translation>
    </message>
    <message>
        <source>the new partner</source>
        <translation>den neuen Partner</translation>
    </message>
    <message>
        <source>Save your changes to {name} before leaving?</source>
        <translation>Ihre Änderungen an {name} vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>CDA signed</source>
        <translation>CDA unterzeichnet</translation>
    </message>
    <message>
        <source>CDA expiry</source>
        <translation>CDA läuft ab</translation>
    </message>
    <message>
        <source>Quality agreement signed</source>
        <translation>Qualitätsvereinbarung unterzeichnet</translation>
    </message>
    <message>
        <source>Quality agreement expiry</source>
        <translation>Qualitätsvereinbarung läuft ab</translation>
    </message>
    <message>
        <source>MSA signed</source>
        <translation>MSA unterzeichnet</translation>
    </message>
    <message>
        <source>The CDA</source>
        <translation>Die Geheimhaltungsvereinbarung (CDA)</translation>
    </message>
    <message>
        <source>The quality agreement</source>
        <translation>Die Qualitätsvereinbarung</translation>
    </message>
    <message>
        <source>{what} cannot expire before it was signed.</source>
        <translation>{what} kann nicht vor ihrer Unterzeichnung ablaufen.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>“{name}” is already in the register (names are unique, ignoring case).</source>
        <translation>„{name}“ ist bereits im Verzeichnis (Namen sind eindeutig, ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>Cannot save yet, {count} problem: {fields} (see the red notes).</source>
        <translation>Noch nicht speicherbar, {count} Problem: {fields} (siehe die roten Hinweise).</translation>
    </message>
    <message>
        <source>Cannot save yet, {count} problems: {fields} (see the red notes).</source>
        <translation>Noch nicht speicherbar, {count} Probleme: {fields} (siehe die roten Hinweise).</translation>
    </message>
    <message>
        <source>Cannot save yet, {count} problem.</source>
        <translation>Noch nicht speicherbar, {count} Problem.</translation>
    </message>
    <message>
        <source>Cannot save yet, {count} problems.</source>
        <translation>Noch nicht speicherbar, {count} Probleme.</translation>
    </message>
    <message>
        <source>Similar to {names}: a duplicate?</source>
        <translation>Ähnlich wie {names}: ein Duplikat?</translation>
    </message>
    <message>
        <source>This partner no longer exists: its creation was undone. Redo (Ctrl+Shift+Z) brings it back.</source>
        <translation>Dieser Partner existiert nicht mehr: Sein Anlegen wurde rückgängig gemacht. Wiederholen (Strg+Umschalt+Z) stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Archived on {date}: hidden from the register and from new engagements. Restore it to work with it again.</source>
        <translation>Archiviert am {date}: aus dem Verzeichnis und aus neuen Engagements ausgeblendet. Stellen Sie ihn wieder her, um wieder mit ihm zu arbeiten.</translation>
    </message>
    <message>
        <source>Archived: hidden from the register and from new engagements. Restore it to work with it again.</source>
        <translation>Archiviert: aus dem Verzeichnis und aus neuen Engagements ausgeblendet. Stellen Sie ihn wieder her, um wieder mit ihm zu arbeiten.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>The register already has a partner with a similar name:
{listing}

Save “{name}” as a separate partner anyway?</source>
        <translation>Das Verzeichnis enthält bereits einen Partner mit ähnlichem Namen:
{listing}

„{name}“ trotzdem als eigenen Partner speichern?</translation>
    </message>
    <message>
        <source>It leaves the register and the pickers for new engagements; its engagements and history stay.</source>
        <translation>Er verschwindet aus dem Verzeichnis und aus der Auswahl für neue Engagements; seine Engagements und sein Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Geben Sie {what} ein.</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>{name} will no longer be the primary contact.</source>
        <translation>{name} ist dann nicht mehr der Hauptkontakt.</translation>
    </message>
    <message>
        <source>Edit audit</source>
        <translation>Audit bearbeiten</translation>
    </message>
    <message>
        <source>Add audit</source>
        <translation>Audit hinzufügen</translation>
    </message>
    <message>
        <source>The next audit cannot be due before this audit.</source>
        <translation>Das nächste Audit kann nicht vor diesem Audit fällig sein.</translation>
    </message>
    <message>
        <source>date of the audit</source>
        <translation>das Datum des Audits</translation>
    </message>
    <message>
        <source>Edit GMP inspection</source>
        <translation>GMP-Inspektion bearbeiten</translation>
    </message>
    <message>
        <source>Add GMP inspection</source>
        <translation>GMP-Inspektion hinzufügen</translation>
    </message>
    <message>
        <source>date of the inspection</source>
        <translation>das Datum der Inspektion</translation>
    </message>
    <message>
        <source>★ Primary</source>
        <translation>★ Hauptkontakt</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Größenordnungen</translation>
    </message>
    <message>
        <source>Capabilities and platforms</source>
        <translation>Fähigkeiten und Plattformen</translation>
    </message>
    <message>
        <source>site {name}</source>
        <translation>Standort {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
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
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>contact {name}</source>
        <translation>Kontakt {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächstes fällig</translation>
    </message>
    <message>
        <source>audit of {date}</source>
        <translation>Audit vom {date}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{authority} inspection of {date}</source>
        <translation>{authority}-Inspektion vom {date}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>{what} bearbeiten</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>{what} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>{what} entfernen</translation>
    </message>
    <message>
        <source>Search name, capability, scale (100 kg, 2000 L), country, city, site or contact…</source>
        <translation>Name, Fähigkeit, Größenordnung (100 kg, 2000 L), Land, Stadt, Standort oder Kontakt suchen…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Any qualification</source>
        <translation>Jede Qualifizierung</translation>
    </message>
    <message>
        <source>Any scale</source>
        <translation>Jede Größenordnung</translation>
    </message>
    <message>
        <source>Only partners working at this scale, themselves or at one of their sites; search for other sizes (e.g. 2000 L)</source>
        <translation>Nur Partner, die in dieser Größenordnung arbeiten, selbst oder an einem ihrer Standorte; suchen Sie nach anderen Größen (z. B. 2000 L)</translation>
    </message>
    <message>
        <source>Audit overdue</source>
        <translation>Audit überfällig</translation>
    </message>
    <message>
        <source>Only partners whose next audit due date has passed</source>
        <translation>Nur Partner, deren nächstes Audit überfällig ist</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Include archived partners (grey), to restore them</source>
        <translation>Archivierte Partner (grau) einbeziehen, um sie wiederherzustellen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Open partner</source>
        <translation>Partner öffnen</translation>
    </message>
    <message>
        <source>Find partner</source>
        <translation>Partner suchen</translation>
    </message>
    <message>
        <source>Archive partner…</source>
        <translation>Partner archivieren…</translation>
    </message>
    <message>
        <source>Restore partner</source>
        <translation>Partner wiederherstellen</translation>
    </message>
    <message>
        <source>{count} partner matches</source>
        <translation>{count} Partner passt</translation>
    </message>
    <message>
        <source>{count} partners match</source>
        <translation>{count} Partner passen</translation>
    </message>
    <message>
        <source>{count} partner</source>
        <translation>{count} Partner</translation>
    </message>
    <message>
        <source>{count} partners</source>
        <translation>{count} Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Next audit due</source>
        <translation>Nächstes Audit</translation>
    </message>
    <message>
        <source>Active engagements</source>
        <translation>Aktive Engagements</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>  (archived)</source>
        <translation>  (archiviert)</translation>
    </message>
    <message>
        <source>Audit overdue by {count} day</source>
        <translation>Audit seit {count} Tag überfällig</translation>
    </message>
    <message>
        <source>Audit overdue by {count} days</source>
        <translation>Audit seit {count} Tagen überfällig</translation>
    </message>
    <message>
        <source>Archived partner: select it and press Restore to bring it back</source>
        <translation>Archivierter Partner: Wählen Sie ihn aus und klicken Sie auf Wiederherstellen, um ihn zurückzuholen</translation>
    </message>
    <message>
        <source>audit overdue</source>
        <translation>Audit überfällig</translation>
    </message>
    <message>
        <source>Type a city, country or region, e.g. Mumbai</source>
        <translation>Geben Sie eine Stadt, ein Land oder eine Region ein, z. B. Mumbai</translation>
    </message>
    <message>
        <source>“{text}” is not a time zone: pick one from the list (type a city or country, e.g. Mumbai).</source>
        <translation>„{text}“ ist keine Zeitzone: Wählen Sie eine aus der Liste (geben Sie eine Stadt oder ein Land ein, z. B. Mumbai).</translation>
    </message>
    <message>
        <source>Type a city (Mumbai), a country (India) or a zone (Asia/Kolkata)</source>
        <translation>Geben Sie eine Stadt (Mumbai), ein Land (Indien) oder eine Zone (Asia/Kolkata) ein</translation>
    </message>
</context>
</TS>

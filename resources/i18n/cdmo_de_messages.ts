<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>messages</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Agreement id</source>
        <translation>Vereinbarungs-ID</translation>
    </message>
    <message>
        <source>Agreement ref</source>
        <translation>Vereinbarungsverweis</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Kickoff</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Master services agreement</source>
        <translation>Rahmenvertrag (MSA)</translation>
    </message>
    <message>
        <source>Work order / statement of work</source>
        <translation>Einzelauftrag / Leistungsbeschreibung</translation>
    </message>
    <message>
        <source>Quality agreement</source>
        <translation>Qualitätsvereinbarung</translation>
    </message>
    <message>
        <source>Confidentiality agreement</source>
        <translation>Geheimhaltungsvereinbarung</translation>
    </message>
    <message>
        <source>Data access agreement</source>
        <translation>Datenzugriffsvereinbarung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Passed with observations</source>
        <translation>Bestanden mit Beobachtungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>For cause</source>
        <translation>Anlassbezogen</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Dokumentenprüfung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Written report</source>
        <translation>Schriftlicher Bericht</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Datenaustausch</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Standortbesuch</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Finish-to-start</source>
        <translation>Ende-Anfang</translation>
    </message>
    <message>
        <source>Start-to-start</source>
        <translation>Anfang-Anfang</translation>
    </message>
    <message>
        <source>Finish-to-finish</source>
        <translation>Ende-Ende</translation>
    </message>
    <message>
        <source>Start-to-finish</source>
        <translation>Anfang-Ende</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>No-go</source>
        <translation>No-Go</translation>
    </message>
    <message>
        <source>Go with conditions</source>
        <translation>Go mit Auflagen</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>FDA</source>
        <translation>FDA</translation>
    </message>
    <message>
        <source>EMA</source>
        <translation>EMA</translation>
    </message>
    <message>
        <source>MHRA</source>
        <translation>MHRA</translation>
    </message>
    <message>
        <source>PMDA</source>
        <translation>PMDA</translation>
    </message>
    <message>
        <source>Health Canada</source>
        <translation>Health Canada</translation>
    </message>
    <message>
        <source>NMPA</source>
        <translation>NMPA</translation>
    </message>
    <message>
        <source>ANVISA</source>
        <translation>ANVISA</translation>
    </message>
    <message>
        <source>TGA</source>
        <translation>TGA</translation>
    </message>
    <message>
        <source>Swissmedic</source>
        <translation>Swissmedic</translation>
    </message>
    <message>
        <source>EU national authority</source>
        <translation>Nationale EU-Behörde</translation>
    </message>
    <message>
        <source>NAI (no action indicated)</source>
        <translation>NAI (keine Maßnahmen angezeigt)</translation>
    </message>
    <message>
        <source>VAI (voluntary action indicated)</source>
        <translation>VAI (freiwillige Maßnahmen angezeigt)</translation>
    </message>
    <message>
        <source>OAI (official action indicated)</source>
        <translation>OAI (behördliche Maßnahmen angezeigt)</translation>
    </message>
    <message>
        <source>Form 483 observations</source>
        <translation>Form-483-Beobachtungen</translation>
    </message>
    <message>
        <source>GMP certificate issued</source>
        <translation>GMP-Zertifikat erteilt</translation>
    </message>
    <message>
        <source>Statement of non-compliance</source>
        <translation>Nichtkonformitätserklärung</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Verbessernd</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>Verschlechternd</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
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
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>CRO</source>
        <translation>CRO</translation>
    </message>
    <message>
        <source>CDMO</source>
        <translation>CDMO</translation>
    </message>
    <message>
        <source>CMO</source>
        <translation>CMO</translation>
    </message>
    <message>
        <source>Testing lab</source>
        <translation>Prüflabor</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>Lead optimization</source>
        <translation>Leitstrukturoptimierung</translation>
    </message>
    <message>
        <source>Preclinical</source>
        <translation>Präklinik</translation>
    </message>
    <message>
        <source>Process development</source>
        <translation>Prozessentwicklung</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Scale-up</translation>
    </message>
    <message>
        <source>Clinical supply</source>
        <translation>Klinische Versorgung</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Under evaluation</source>
        <translation>In Bewertung</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Auf Bewährung</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Durchführend</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation>Lateinamerika</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Middle East &amp; Africa</source>
        <translation>Naher Osten &amp; Afrika</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asien-Pazifik</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Versorgung</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulatorisch</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>IP / confidentiality</source>
        <translation>IP / Vertraulichkeit</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>In Minderung</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>To partner</source>
        <translation>An Partner</translation>
    </message>
    <message>
        <source>From partner</source>
        <translation>Vom Partner</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
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
        <source>Anchor date</source>
        <translation>Ankerdatum</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>Archiviert am</translation>
    </message>
    <message>
        <source>Asks of client</source>
        <translation>Erwartungen an den Kunden</translation>
    </message>
    <message>
        <source>Asks of partner</source>
        <translation>Erwartungen an den Partner</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>Auditdatum</translation>
    </message>
    <message>
        <source>Audit type</source>
        <translation>Auditart</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Ende laut Basisplan</translation>
    </message>
    <message>
        <source>Baseline id</source>
        <translation>Basisplan-ID</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>Beginn laut Basisplan</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Budgetbetrag</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Budgetwährung</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Cda expiry date</source>
        <translation>Ablaufdatum der Geheimhaltungsvereinbarung (CDA)</translation>
    </message>
    <message>
        <source>Cda signed date</source>
        <translation>Unterzeichnungsdatum der Geheimhaltungsvereinbarung (CDA)</translation>
    </message>
    <message>
        <source>Charter id</source>
        <translation>Charta-ID</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Clause ref</source>
        <translation>Klauselverweis</translation>
    </message>
    <message>
        <source>Client approves</source>
        <translation>Kunde genehmigt</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Client provides</source>
        <translation>Kunde stellt bereit</translation>
    </message>
    <message>
        <source>Client reviews</source>
        <translation>Kunde prüft</translation>
    </message>
    <message>
        <source>Client signatory</source>
        <translation>Unterzeichner des Kunden</translation>
    </message>
    <message>
        <source>Client signatory title</source>
        <translation>Funktion des Unterzeichners des Kunden</translation>
    </message>
    <message>
        <source>Client signed date</source>
        <translation>Unterzeichnungsdatum des Kunden</translation>
    </message>
    <message>
        <source>Closed date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Closure note</source>
        <translation>Abschlussnotiz</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Notfallplan</translation>
    </message>
    <message>
        <source>Contract fixed</source>
        <translation>Vertraglich fixiert</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Decision id</source>
        <translation>Entscheidungs-ID</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Default amber</source>
        <translation>Standard-Schwelle Gelb</translation>
    </message>
    <message>
        <source>Default red</source>
        <translation>Standard-Schwelle Rot</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Standard-Zielwert</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Engagement id</source>
        <translation>Engagement-ID</translation>
    </message>
    <message>
        <source>Engagement title</source>
        <translation>Engagement-Titel</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>From phase</source>
        <translation>Von Phase</translation>
    </message>
    <message>
        <source>Gate outcome</source>
        <translation>Ergebnis des Entscheidungspunkts</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Anwendbares Recht</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Höhepunkte</translation>
    </message>
    <message>
        <source>How measured</source>
        <translation>Messmethode</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Inspektionsdatum</translation>
    </message>
    <message>
        <source>Is decision maker</source>
        <translation>Ist Entscheider</translation>
    </message>
    <message>
        <source>Is primary</source>
        <translation>Ist Hauptkontakt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Kickoff date</source>
        <translation>Kickoff-Datum</translation>
    </message>
    <message>
        <source>Kickoff place</source>
        <translation>Kickoff-Ort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kpi id</source>
        <translation>KPI-ID</translation>
    </message>
    <message>
        <source>Lag days</source>
        <translation>Verzögerung (Tage)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Last audit date</source>
        <translation>Datum des letzten Audits</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Milestone id</source>
        <translation>Meilenstein-ID</translation>
    </message>
    <message>
        <source>Milestone name</source>
        <translation>Name des Meilensteins</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Maßnahme zur Minderung</translation>
    </message>
    <message>
        <source>Msa signed date</source>
        <translation>Unterzeichnungsdatum des Rahmenvertrags (MSA)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Next audit due</source>
        <translation>Nächstes Audit fällig</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Datum der nächsten Überprüfung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Aufgetreten am</translation>
    </message>
    <message>
        <source>Options considered</source>
        <translation>Erwogene Optionen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Notiz zum Ergebnis</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Owner client</source>
        <translation>Verantwortlich beim Kunden</translation>
    </message>
    <message>
        <source>Owner member id</source>
        <translation>ID des verantwortlichen Teammitglieds</translation>
    </message>
    <message>
        <source>Owner partner</source>
        <translation>Verantwortlich beim Partner</translation>
    </message>
    <message>
        <source>Owner side</source>
        <translation>Verantwortliche Seite</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partnername</translation>
    </message>
    <message>
        <source>Partner signatory</source>
        <translation>Unterzeichner des Partners</translation>
    </message>
    <message>
        <source>Partner signatory title</source>
        <translation>Funktion des Unterzeichners des Partners</translation>
    </message>
    <message>
        <source>Partner signed date</source>
        <translation>Unterzeichnungsdatum des Partners</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Fertigstellung in Prozent</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Predecessor id</source>
        <translation>Vorgänger-ID</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Qualification status</source>
        <translation>Qualifizierungsstatus</translation>
    </message>
    <message>
        <source>Quality agreement date</source>
        <translation>Datum der Qualitätsvereinbarung</translation>
    </message>
    <message>
        <source>Quality agreement expiry</source>
        <translation>Ablauf der Qualitätsvereinbarung</translation>
    </message>
    <message>
        <source>Quality standards</source>
        <translation>Qualitätsstandards</translation>
    </message>
    <message>
        <source>Rag</source>
        <translation>Ampelstatus</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Raised date</source>
        <translation>Meldedatum</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reassessment id</source>
        <translation>Neubewertungs-ID</translation>
    </message>
    <message>
        <source>Recitals</source>
        <translation>Präambel</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Eingetragene Adresse</translation>
    </message>
    <message>
        <source>Reopen reason</source>
        <translation>Grund für die Wiedereröffnung</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Restauswirkung</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Response time hours</source>
        <translation>Reaktionszeit (Stunden)</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Review cadence days</source>
        <translation>Überprüfungsrhythmus (Tage)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum der Überprüfung</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Überprüft von</translation>
    </message>
    <message>
        <source>Risk id</source>
        <translation>Risiko-ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Geteilt von</translation>
    </message>
    <message>
        <source>Shared date</source>
        <translation>Geteilt am</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Signed date</source>
        <translation>Unterzeichnungsdatum</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Successor id</source>
        <translation>Nachfolger-ID</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Target note</source>
        <translation>Notiz zum Zielwert</translation>
    </message>
    <message>
        <source>Team member id</source>
        <translation>Teammitglieds-ID</translation>
    </message>
    <message>
        <source>Tech transfer</source>
        <translation>Technologietransfer</translation>
    </message>
    <message>
        <source>Technology platforms</source>
        <translation>Technologieplattformen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Timeline notes</source>
        <translation>Notizen zum Zeitplan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To phase</source>
        <translation>Zu Phase</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>When to escalate</source>
        <translation>Wann eskalieren</translation>
    </message>
    <message>
        <source>Where notes</source>
        <translation>Notizen zum Ort</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Workstream id</source>
        <translation>Arbeitspaket-ID</translation>
    </message>
    <message>
        <source>KPI library entry {key}: {value}</source>
        <translation>Eintrag {key} der KPI-Bibliothek: {value}</translation>
    </message>
    <message>
        <source>The target must be a number.</source>
        <translation>Der Zielwert muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The amber must be a number.</source>
        <translation>Die Schwelle Gelb muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The red must be a number.</source>
        <translation>Die Schwelle Rot muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The target must be a finite number.</source>
        <translation>Der Zielwert muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>The amber must be a finite number.</source>
        <translation>Die Schwelle Gelb muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>The red must be a finite number.</source>
        <translation>Die Schwelle Rot muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a finite number.</source>
        <translation>Geben Sie eine endliche Zahl ein.</translation>
    </message>
    <message>
        <source>Days cannot be negative.</source>
        <translation>Tage können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Hours cannot be negative.</source>
        <translation>Stunden können nicht negativ sein.</translation>
    </message>
    <message>
        <source>The amber threshold cannot be above the target.</source>
        <translation>Die Schwelle Gelb kann nicht über dem Zielwert liegen.</translation>
    </message>
    <message>
        <source>The amber threshold cannot be below the target.</source>
        <translation>Die Schwelle Gelb kann nicht unter dem Zielwert liegen.</translation>
    </message>
    <message>
        <source>The red threshold cannot be above the target.</source>
        <translation>Die Schwelle Rot kann nicht über dem Zielwert liegen.</translation>
    </message>
    <message>
        <source>The red threshold cannot be below the target.</source>
        <translation>Die Schwelle Rot kann nicht unter dem Zielwert liegen.</translation>
    </message>
    <message>
        <source>The red threshold cannot be above the amber threshold.</source>
        <translation>Die Schwelle Rot kann nicht über der Schwelle Gelb liegen.</translation>
    </message>
    <message>
        <source>The red threshold cannot be below the amber threshold.</source>
        <translation>Die Schwelle Rot kann nicht unter der Schwelle Gelb liegen.</translation>
    </message>
    <message>
        <source>A percentage must be from 0 to 100.</source>
        <translation>Ein Prozentwert muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Eine Anzahl kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A count is a whole number.</source>
        <translation>Eine Anzahl ist eine ganze Zahl.</translation>
    </message>
    <message>
        <source>{who}{crit}: the score must be a whole number from {score_min} to {score_max}.</source>
        <translation>{who}{crit}: Die Bewertung muss eine ganze Zahl von {score_min} bis {score_max} sein.</translation>
    </message>
    <message>
        <source>{who}{crit}: give the evidence behind the score of {score}.</source>
        <translation>{who}{crit}: Geben Sie den Nachweis für die Bewertung {score} an.</translation>
    </message>
    <message>
        <source>Score the current partner on at least one criterion before completing.</source>
        <translation>Bewerten Sie den aktuellen Partner vor dem Abschluss in mindestens einem Kriterium.</translation>
    </message>
    <message>
        <source>Choose the outcome: continue, with conditions, second source, ...</source>
        <translation>Wählen Sie das Ergebnis: fortsetzen, mit Auflagen, zweite Quelle, ...</translation>
    </message>
    <message>
        <source>Give the date of the assessment.</source>
        <translation>Geben Sie das Datum der Bewertung an.</translation>
    </message>
    <message>
        <source>Name who made the assessment.</source>
        <translation>Geben Sie an, wer die Bewertung vorgenommen hat.</translation>
    </message>
    <message>
        <source>List at least one condition (with its owner and due date).</source>
        <translation>Geben Sie mindestens eine Auflage an (mit Verantwortlichem und Fälligkeitsdatum).</translation>
    </message>
    <message>
        <source>Condition {i}: say what must be done.</source>
        <translation>Auflage {i}: Geben Sie an, was zu tun ist.</translation>
    </message>
    <message>
        <source>Condition {i}: name its owner.</source>
        <translation>Auflage {i}: Geben Sie den Verantwortlichen an.</translation>
    </message>
    <message>
        <source>Condition {i}: give its due date.</source>
        <translation>Auflage {i}: Geben Sie das Fälligkeitsdatum an.</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Go/no-go gate</source>
        <translation>Go/No-Go-Entscheidung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue with conditions</source>
        <translation>Unter Auflagen fortsetzen</translation>
    </message>
    <message>
        <source>Add a second source</source>
        <translation>Zweitlieferanten hinzunehmen</translation>
    </message>
    <message>
        <source>Re-tender</source>
        <translation>Neu ausschreiben</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Trust and openness</source>
        <translation>Vertrauen und Offenheit</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>Technical capability and scale</source>
        <translation>Technische Fähigkeit und Größenordnung</translation>
    </message>
    <message>
        <source>Quality and regulatory record</source>
        <translation>Qualitäts- und Zulassungshistorie</translation>
    </message>
    <message>
        <source>Performance (KPI scorecard)</source>
        <translation>Leistung (KPI-Scorecard)</translation>
    </message>
    <message>
        <source>Communication and responsiveness</source>
        <translation>Kommunikation und Reaktionsfähigkeit</translation>
    </message>
    <message>
        <source>Capacity and slot availability</source>
        <translation>Kapazität und verfügbare Slots</translation>
    </message>
    <message>
        <source>Location and logistics</source>
        <translation>Standort und Logistik</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mangelhaft</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>Do they raise problems early and take ownership?</source>
        <translation>Sprechen sie Probleme früh an und übernehmen sie Verantwortung?</translation>
    </message>
    <message>
        <source>Stability, key people, skills for the next phase.</source>
        <translation>Stabilität, Schlüsselpersonen, Kompetenzen für die nächste Phase.</translation>
    </message>
    <message>
        <source>Capabilities and scale of the partner and its sites for the next phase.</source>
        <translation>Fähigkeiten und Größenordnung des Partners und seiner Standorte für die nächste Phase.</translation>
    </message>
    <message>
        <source>Audits, GMP inspections, open observations.</source>
        <translation>Audits, GMP-Inspektionen, offene Beobachtungen.</translation>
    </message>
    <message>
        <source>The KPI scorecard, frozen as it stands on the day.</source>
        <translation>Die KPI-Scorecard, festgehalten mit dem Stand des Tages.</translation>
    </message>
    <message>
        <source>Responsiveness, time-zone and language overlap.</source>
        <translation>Reaktionsfähigkeit, Überschneidung von Zeitzonen und Sprachen.</translation>
    </message>
    <message>
        <source>Capacity and slots when the next phase needs them.</source>
        <translation>Kapazität und Slots, wenn die nächste Phase sie braucht.</translation>
    </message>
    <message>
        <source>Price level and cost predictability for the next phase.</source>
        <translation>Preisniveau und Kostenplanbarkeit für die nächste Phase.</translation>
    </message>
    <message>
        <source>Shipping, proximity and regional considerations.</source>
        <translation>Versand, Nähe und regionale Gesichtspunkte.</translation>
    </message>
    <message>
        <source>A review needs its date.</source>
        <translation>Eine Überprüfung braucht ein Datum.</translation>
    </message>
    <message>
        <source>A review cannot be dated in the future.</source>
        <translation>Eine Überprüfung kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <source>A review cannot be before the risk was raised ({raised}).</source>
        <translation>Eine Überprüfung kann nicht vor der Meldung des Risikos liegen ({raised}).</translation>
    </message>
    <message>
        <source>{field} is required (1 to 5).</source>
        <translation>{field} ist erforderlich (1 bis 5).</translation>
    </message>
    <message>
        <source>{field} must be from 1 to 5.</source>
        <translation>{field} muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <source>The next review cannot be before this review.</source>
        <translation>Die nächste Überprüfung kann nicht vor dieser Überprüfung liegen.</translation>
    </message>
    <message>
        <source>Give both residual likelihood and impact, or neither.</source>
        <translation>Geben Sie Restwahrscheinlichkeit und Restauswirkung beide an oder keine von beiden.</translation>
    </message>
    <message>
        <source>This stored report was written by a different version of the app.</source>
        <translation>Dieser gespeicherte Bericht wurde von einer anderen Version der App geschrieben.</translation>
    </message>
    <message>
        <source>{first} (and {more} more)</source>
        <translation>{first} (und {more} weitere)</translation>
    </message>
    <message>
        <source>{entity}: {sentence}</source>
        <translation>{entity}: {sentence}</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} ist erforderlich.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field} muss eines der folgenden sein: {choices}.</translation>
    </message>
    <message>
        <source>{field} is too long (at most {length} characters).</source>
        <translation>{field} ist zu lang (höchstens {length} Zeichen).</translation>
    </message>
    <message>
        <source>{field} must fall between {first} and {last}.</source>
        <translation>{field} muss zwischen {first} und {last} liegen.</translation>
    </message>
    <message>
        <source>{field} cannot be before {other}.</source>
        <translation>{field} kann nicht vor {other} liegen.</translation>
    </message>
    <message>
        <source>{field} must be from {low} to {high}.</source>
        <translation>{field} muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} muss Text sein.</translation>
    </message>
    <message>
        <source>{field} must be yes or no.</source>
        <translation>{field} muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>{field} must be a date and time.</source>
        <translation>{field} muss ein Datum mit Uhrzeit sein.</translation>
    </message>
    <message>
        <source>{field} must be a date.</source>
        <translation>{field} muss ein Datum sein.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>{field} is too large.</source>
        <translation>{field} ist zu groß.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field} muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>{field} must be a finite number.</source>
        <translation>{field} muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>Unknown country code {code!r}: pick a country from the list.</source>
        <translation>Unbekannter Ländercode {code!r}: Wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <source>Unknown time zone {zone!r}: pick one from the IANA list.</source>
        <translation>Unbekannte Zeitzone {zone!r}: Wählen Sie eine aus der IANA-Liste.</translation>
    </message>
    <message>
        <source>Website does not look like a web address (e.g. https://example.com).</source>
        <translation>Die Website sieht nicht wie eine Webadresse aus (z. B. https://example.com).</translation>
    </message>
    <message>
        <source>Unknown country code {code!r}.</source>
        <translation>Unbekannter Ländercode {code!r}.</translation>
    </message>
    <message>
        <source>Unknown time zone {zone!r}.</source>
        <translation>Unbekannte Zeitzone {zone!r}.</translation>
    </message>
    <message>
        <source>Email address is not valid (expected name@example.com).</source>
        <translation>Die E-Mail-Adresse ist ungültig (erwartet: name@example.com).</translation>
    </message>
    <message>
        <source>Phone number may hold digits, spaces, + ( ) - . / only.</source>
        <translation>Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) - . / enthalten.</translation>
    </message>
    <message>
        <source>A contact belongs to exactly one partner or one client.</source>
        <translation>Ein Kontakt gehört zu genau einem Partner oder einem Kunden.</translation>
    </message>
    <message>
        <source>An audit in the future cannot be marked as done.</source>
        <translation>Ein Audit in der Zukunft kann nicht als erledigt markiert werden.</translation>
    </message>
    <message>
        <source>Observations cannot be negative.</source>
        <translation>Beobachtungen können nicht negativ sein.</translation>
    </message>
    <message>
        <source>An inspection on record cannot be in the future.</source>
        <translation>Eine erfasste Inspektion kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>{field} must be an exact amount, e.g. 250000.50.</source>
        <translation>{field} muss ein genauer Betrag sein, z. B. 250000.50.</translation>
    </message>
    <message>
        <source>{field} must be a number, e.g. 250000.50.</source>
        <translation>{field} muss eine Zahl sein, z. B. 250000.50.</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field} kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>{field} cannot be more than 999,999,999,999,999.99.</source>
        <translation>{field} kann nicht mehr als 999.999.999.999.999,99 sein.</translation>
    </message>
    <message>
        <source>{field} has at most two decimals (cents).</source>
        <translation>{field} hat höchstens zwei Nachkommastellen (Cent).</translation>
    </message>
    <message>
        <source>Currency is an ISO 4217 code such as USD, EUR or INR.</source>
        <translation>Die Währung ist ein ISO-4217-Code wie USD, EUR oder INR.</translation>
    </message>
    <message>
        <source>A closed risk needs its closure date.</source>
        <translation>Ein geschlossenes Risiko braucht sein Abschlussdatum.</translation>
    </message>
    <message>
        <source>A closed risk needs a closure note.</source>
        <translation>Ein geschlossenes Risiko braucht eine Abschlussnotiz.</translation>
    </message>
    <message>
        <source>Review cadence is a positive number of days.</source>
        <translation>Der Überprüfungsrhythmus ist eine positive Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>Percent complete must be from 0 to 100.</source>
        <translation>Die Fertigstellung in Prozent muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>An item cannot depend on itself.</source>
        <translation>Ein Eintrag kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>Escalation levels start at 1.</source>
        <translation>Eskalationsstufen beginnen bei 1.</translation>
    </message>
    <message>
        <source>Response time cannot be negative.</source>
        <translation>Die Reaktionszeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Version starts at 1.</source>
        <translation>Die Version beginnt bei 1.</translation>
    </message>
    <message>
        <source>This clause no longer exists.</source>
        <translation>Diese Klausel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>New agreement {title}</source>
        <translation>Neue Vereinbarung {title}</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>Diese Vereinbarung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>Add clause {heading}</source>
        <translation>Klausel {heading} hinzufügen</translation>
    </message>
    <message>
        <source>Edit clause {heading}</source>
        <translation>Klausel {heading} bearbeiten</translation>
    </message>
    <message>
        <source>Remove clause {heading}</source>
        <translation>Klausel {heading} entfernen</translation>
    </message>
    <message>
        <source>Move clause up</source>
        <translation>Klausel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move clause down</source>
        <translation>Klausel nach unten verschieben</translation>
    </message>
    <message>
        <source>Heading is required.</source>
        <translation>Die Überschrift ist erforderlich.</translation>
    </message>
    <message>
        <source>Heading is too long (at most 300 characters).</source>
        <translation>Die Überschrift ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>Give the agreement a title.</source>
        <translation>Geben Sie der Vereinbarung einen Titel.</translation>
    </message>
    <message>
        <source>Choose the partner.</source>
        <translation>Wählen Sie den Partner.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <source>A signed agreement needs the date it was signed.</source>
        <translation>Eine unterzeichnete Vereinbarung braucht das Datum der Unterzeichnung.</translation>
    </message>
    <message>
        <source>could not be backed up: the copy failed its check ({result})</source>
        <translation>konnte nicht gesichert werden: Die Kopie hat ihre Prüfung nicht bestanden ({result})</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>could not be backed up</source>
        <translation>konnte nicht gesichert werden</translation>
    </message>
    <message>
        <source>is encrypted differently from the database (one of them is plain): use `cdmo-desktop encrypt` or `decrypt` on the database first</source>
        <translation>ist anders verschlüsselt als die Datenbank (eine von beiden ist unverschlüsselt): Verwenden Sie zuerst `cdmo-desktop encrypt` oder `decrypt` für die Datenbank</translation>
    </message>
    <message>
        <source>is empty, not a backup</source>
        <translation>ist leer, keine Sicherung</translation>
    </message>
    <message>
        <source>could not be restored</source>
        <translation>konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>failed its check after the restore ({value})</source>
        <translation>hat die Prüfung nach dem Wiederherstellen nicht bestanden ({value})</translation>
    </message>
    <message>
        <source>Name the {side}&apos;s signatory.</source>
        <translation>Geben Sie den Unterzeichner der Seite {side} an.</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future.</source>
        <translation>Eine Unterschrift kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <source>Set the kickoff date before signing off.</source>
        <translation>Legen Sie vor der Freigabe das Kickoff-Datum fest.</translation>
    </message>
    <message>
        <source>Metric row {i}: name the metric.</source>
        <translation>Kennzahl in Zeile {i}: Geben Sie die Kennzahl an.</translation>
    </message>
    <message>
        <source>Metric row {i}: at most 300 characters.</source>
        <translation>Kennzahl in Zeile {i}: höchstens 300 Zeichen.</translation>
    </message>
    <message>
        <source>Level {i}: say who the issue goes to.</source>
        <translation>Stufe {i}: Geben Sie an, an wen das Problem geht.</translation>
    </message>
    <message>
        <source>Level {i}: response time cannot be negative.</source>
        <translation>Stufe {i}: Die Reaktionszeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Reopen and edit the charter</source>
        <translation>Charta wieder öffnen und bearbeiten</translation>
    </message>
    <message>
        <source>Edit the charter</source>
        <translation>Charta bearbeiten</translation>
    </message>
    <message>
        <source>an encrypted database backs up only into one</source>
        <translation>eine verschlüsselte Datenbank wird nur in eine verschlüsselte gesichert</translation>
    </message>
    <message>
        <source>cannot be opened: the passphrase is wrong (or the file is not a database)</source>
        <translation>kann nicht geöffnet werden: Die Passphrase ist falsch (oder die Datei ist keine Datenbank)</translation>
    </message>
    <message>
        <source>cannot be opened ({exc})</source>
        <translation>kann nicht geöffnet werden ({exc})</translation>
    </message>
    <message>
        <source>could not be converted: the copy failed its check ({value})</source>
        <translation>konnte nicht umgewandelt werden: Die Kopie hat ihre Prüfung nicht bestanden ({value})</translation>
    </message>
    <message>
        <source>could not be converted ({text})</source>
        <translation>konnte nicht umgewandelt werden ({text})</translation>
    </message>
    <message>
        <source>is already encrypted</source>
        <translation>ist bereits verschlüsselt</translation>
    </message>
    <message>
        <source>is not encrypted</source>
        <translation>ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>could not be converted ({exc})</source>
        <translation>konnte nicht umgewandelt werden ({exc})</translation>
    </message>
    <message>
        <source>engagement {engagement_id} no longer exists</source>
        <translation>Engagement {engagement_id} existiert nicht mehr</translation>
    </message>
    <message>
        <source>client {client_id} no longer exists</source>
        <translation>Kunde {client_id} existiert nicht mehr</translation>
    </message>
    <message>
        <source>This value cannot be erased.</source>
        <translation>Dieser Wert kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>contact {contact_id} does not exist</source>
        <translation>Kontakt {contact_id} existiert nicht</translation>
    </message>
    <message>
        <source>Choose the fields to erase.</source>
        <translation>Wählen Sie die zu löschenden Felder.</translation>
    </message>
    <message>
        <source>{table} {row_id} does not exist</source>
        <translation>{table} {row_id} existiert nicht</translation>
    </message>
    <message>
        <source>On a team server only its owner login (the one that runs server init) may erase: an erasure rewrites the change log, which no other login may change. Ask the server&apos;s owner to run cdmo-desktop erase.</source>
        <translation>Auf einem Teamserver darf nur seine Eigentümer-Anmeldung (die, mit der server init ausgeführt wird) löschen: Eine Löschung schreibt das Änderungsprotokoll um, das keine andere Anmeldung ändern darf. Bitten Sie den Eigentümer des Servers, cdmo-desktop erase auszuführen.</translation>
    </message>
    <message>
        <source>Give the reason for the erasure.</source>
        <translation>Geben Sie den Grund für die Löschung an.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Erase confidential values</source>
        <translation>Vertrauliche Werte löschen</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <source>The file {path} {text}.</source>
        <translation>Die Datei {path} {text}.</translation>
    </message>
    <message>
        <source>The server address {text}.</source>
        <translation>Die Serveradresse {text}.</translation>
    </message>
    <message>
        <source>The team server {where} {text}.</source>
        <translation>Der Teamserver {where} {text}.</translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation>konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>{doing}. {fault}</source>
        <translation>{doing}. {fault}</translation>
    </message>
    <message>
        <source>Other records depend on it, or it refers to a record that is gone.</source>
        <translation>Andere Datensätze hängen davon ab, oder es verweist auf einen Datensatz, der nicht mehr existiert.</translation>
    </message>
    <message>
        <source>Another record already uses the same name or number.</source>
        <translation>Ein anderer Datensatz verwendet bereits denselben Namen oder dieselbe Nummer.</translation>
    </message>
    <message>
        <source>A value is outside what the database accepts.</source>
        <translation>Ein Wert liegt außerhalb dessen, was die Datenbank akzeptiert.</translation>
    </message>
    <message>
        <source>It conflicts with other records.</source>
        <translation>Es steht im Konflikt mit anderen Datensätzen.</translation>
    </message>
    <message>
        <source>Records of a client your server login is not assigned to use it; nothing was changed. Ask the administrator.</source>
        <translation>Datensätze eines Kunden, dem Ihre Serveranmeldung nicht zugeordnet ist, verwenden es; nichts wurde geändert. Wenden Sie sich an den Administrator.</translation>
    </message>
    <message>
        <source>It belongs to a client your server login is not assigned to; nothing was changed. Ask the administrator to grant you the client.</source>
        <translation>Es gehört zu einem Kunden, dem Ihre Serveranmeldung nicht zugeordnet ist; nichts wurde geändert. Bitten Sie den Administrator, Ihnen den Kunden freizugeben.</translation>
    </message>
    <message>
        <source>The server logs changes only in your own login&apos;s name; nothing was changed.</source>
        <translation>Der Server protokolliert Änderungen nur im Namen Ihrer eigenen Anmeldung; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Your server login may only read this data; nothing was changed. Ask the administrator for a consultant&apos;s rights.</source>
        <translation>Ihre Serveranmeldung darf diese Daten nur lesen; nichts wurde geändert. Bitten Sie den Administrator um die Rechte eines Beraters.</translation>
    </message>
    <message>
        <source>{sentence} Nothing was saved.</source>
        <translation>{sentence} Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>{who} changed this {noun} at {time}.</source>
        <translation>{who} hat diesen Datensatz um {time} geändert.</translation>
    </message>
    <message>
        <source>{who} deleted this {noun} at {time}.</source>
        <translation>{who} hat diesen Datensatz um {time} gelöscht.</translation>
    </message>
    <message>
        <source>{who} changed this {noun} meanwhile.</source>
        <translation>{who} hat diesen Datensatz inzwischen geändert.</translation>
    </message>
    <message>
        <source>{who} deleted this {noun} meanwhile.</source>
        <translation>{who} hat diesen Datensatz inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again. Your last saved change is safe.</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut. Ihre zuletzt gespeicherte Änderung ist sicher.</translation>
    </message>
    <message>
        <source>The disk is read-only (it may have been switched to read-only after an error): nothing could be written. Check the disk, then try again; your last saved change is safe.</source>
        <translation>Der Datenträger ist schreibgeschützt (möglicherweise nach einem Fehler): Es konnte nichts geschrieben werden. Prüfen Sie den Datenträger und versuchen Sie es erneut; Ihre zuletzt gespeicherte Änderung ist sicher.</translation>
    </message>
    <message>
        <source>An input/output error occurred on the disk: nothing more could be written. Check the disk (or copy the database elsewhere), then try again; your last saved change is safe.</source>
        <translation>Auf dem Datenträger ist ein Ein-/Ausgabefehler aufgetreten: Es konnte nichts mehr geschrieben werden. Prüfen Sie den Datenträger (oder kopieren Sie die Datenbank an einen anderen Ort) und versuchen Sie es erneut; Ihre zuletzt gespeicherte Änderung ist sicher.</translation>
    </message>
    <message>
        <source>The database is locked by another program: close that program (or wait for it to finish), then try again. Nothing was written.</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt: Schließen Sie dieses Programm (oder warten Sie, bis es fertig ist) und versuchen Sie es erneut. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Permission denied: you may not write there. Choose another folder or file.</source>
        <translation>Zugriff verweigert: Sie dürfen dort nicht schreiben. Wählen Sie einen anderen Ordner oder eine andere Datei.</translation>
    </message>
    <message>
        <source>The database file is damaged: nothing was written. Restore a backup (File &gt; Restore) or run &apos;cdmo-desktop check&apos;.</source>
        <translation>Die Datenbankdatei ist beschädigt: Es wurde nichts geschrieben. Stellen Sie eine Sicherung wieder her (Datei &gt; Wiederherstellen) oder führen Sie &apos;cdmo-desktop check&apos; aus.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: it was moved, deleted or is not accessible.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden: Sie wurde verschoben, gelöscht oder ist nicht zugänglich.</translation>
    </message>
    <message>
        <source>Unknown choice: {exc}.</source>
        <translation>Unbekannte Auswahl: {exc}.</translation>
    </message>
    <message>
        <source>Name the KPI.</source>
        <translation>Geben Sie den Namen des KPI an.</translation>
    </message>
    <message>
        <source>Edit KPI {name}</source>
        <translation>KPI {name} bearbeiten</translation>
    </message>
    <message>
        <source>A value already measured ({value:g}) does not fit: {problem}</source>
        <translation>Ein bereits gemessener Wert ({value:g}) passt nicht: {problem}</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPI entfernen</translation>
    </message>
    <message>
        <source>Remove {n} KPIs</source>
        <translation>{n} KPIs entfernen</translation>
    </message>
    <message>
        <source>No KPI {value!r} in the library.</source>
        <translation>Kein KPI {value!r} in der Bibliothek.</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <source>Add {n} KPIs</source>
        <translation>{n} KPIs hinzufügen</translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation>Dieser KPI existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{where}: two values for one period.</source>
        <translation>{where}: zwei Werte für einen Zeitraum.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where}: the comment is too long (at most 2000 characters).</source>
        <translation>{where}: Der Kommentar ist zu lang (höchstens 2000 Zeichen).</translation>
    </message>
    <message>
        <source>Enter a KPI value</source>
        <translation>KPI-Wert erfassen</translation>
    </message>
    <message>
        <source>Enter {n} KPI values</source>
        <translation>{n} KPI-Werte erfassen</translation>
    </message>
    <message>
        <source>Your library already has a KPI with this name.</source>
        <translation>Ihre Bibliothek hat bereits einen KPI mit diesem Namen.</translation>
    </message>
    <message>
        <source>Edit library KPI {name}</source>
        <translation>Bibliotheks-KPI {name} bearbeiten</translation>
    </message>
    <message>
        <source>No partner with id {partner_id}.</source>
        <translation>Kein Partner mit der ID {partner_id}.</translation>
    </message>
    <message>
        <source>is not a team-server address: it must start with postgresql:// (for example postgresql://dana@db.example.com:5432/desk)</source>
        <translation>ist keine Teamserver-Adresse: Sie muss mit postgresql:// beginnen (zum Beispiel postgresql://dana@db.example.com:5432/desk)</translation>
    </message>
    <message>
        <source>has a port that is not a number from 1 to 65535</source>
        <translation>hat einen Port, der keine Zahl von 1 bis 65535 ist</translation>
    </message>
    <message>
        <source>names no server: add the host after postgresql://</source>
        <translation>nennt keinen Server: Ergänzen Sie den Host nach postgresql://</translation>
    </message>
    <message>
        <source>names no database: add /desk (the database name) after the host</source>
        <translation>nennt keine Datenbank: Ergänzen Sie /desk (den Datenbanknamen) nach dem Host</translation>
    </message>
    <message>
        <source>has a database name with spaces or slashes</source>
        <translation>hat einen Datenbanknamen mit Leerzeichen oder Schrägstrichen</translation>
    </message>
    <message>
        <source>has an unknown setting &apos;{key}&apos;</source>
        <translation>hat eine unbekannte Einstellung &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>has sslmode &apos;{mode}&apos;; use one of {value}</source>
        <translation>hat sslmode &apos;{mode}&apos;; verwenden Sie einen dieser Werte: {value}</translation>
    </message>
    <message>
        <source>cannot be opened for writing: {parent} is not writable ({value})</source>
        <translation>kann nicht zum Schreiben geöffnet werden: {parent} ist nicht beschreibbar ({value})</translation>
    </message>
    <message>
        <source>is being opened and closed by another window</source>
        <translation>wird gerade von einem anderen Fenster geöffnet und geschlossen</translation>
    </message>
    <message>
        <source>is {kind} of another program (no Partnership Desk schema)</source>
        <translation>ist {kind} eines anderen Programms (kein Partnership-Desk-Schema)</translation>
    </message>
    <message>
        <source>was written by a newer version of cdmo-desktop (schema {revision}); this version knows schemas up to {head_revision}. Update the app to open it</source>
        <translation>wurde von einer neueren Version von cdmo-desktop geschrieben (Schema {revision}); diese Version kennt Schemas bis {head_revision}. Aktualisieren Sie die App, um sie zu öffnen</translation>
    </message>
    <message>
        <source>could not be upgraded ({reason}); nothing was changed</source>
        <translation>konnte nicht aktualisiert werden ({reason}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot turn foreign keys off for the upgrade</source>
        <translation>kann die Fremdschlüssel für die Aktualisierung nicht ausschalten</translation>
    </message>
    <message>
        <source>could not be upgraded: the new schema would leave {count} broken references (in {value}); nothing was changed</source>
        <translation>konnte nicht aktualisiert werden: Das neue Schema würde {count} ungültige Verweise hinterlassen (in {value}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>partner {partner_id} no longer exists</source>
        <translation>Partner {partner_id} existiert nicht mehr</translation>
    </message>
    <message>
        <source>Create partner {name}</source>
        <translation>Partner {name} anlegen</translation>
    </message>
    <message>
        <source>Edit partner {name}</source>
        <translation>Partner {name} bearbeiten</translation>
    </message>
    <message>
        <source>Archive partner {name}</source>
        <translation>Partner {name} archivieren</translation>
    </message>
    <message>
        <source>Restore partner {name}</source>
        <translation>Partner {name} wiederherstellen</translation>
    </message>
    <message>
        <source>{kind} {row_id} no longer exists</source>
        <translation>{kind} {row_id} existiert nicht mehr</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a database file</source>
        <translation>ist eine benannte Pipe (FIFO), keine Datenbankdatei</translation>
    </message>
    <message>
        <source>is a socket, not a database file</source>
        <translation>ist ein Socket, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>is a device, not a database file</source>
        <translation>ist ein Gerät, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a link to {value}, which does not exist</source>
        <translation>ist ein Verweis auf {value}, das nicht existiert</translation>
    </message>
    <message>
        <source>is a link that points back to itself (a loop)</source>
        <translation>ist ein Verweis, der auf sich selbst zeigt (eine Schleife)</translation>
    </message>
    <message>
        <source>cannot be read ({value})</source>
        <translation>kann nicht gelesen werden ({value})</translation>
    </message>
    <message>
        <source>is not a Partnership Desk database ({detail})</source>
        <translation>ist keine Partnership-Desk-Datenbank ({detail})</translation>
    </message>
    <message>
        <source>is damaged: it ends inside its header (cut short)</source>
        <translation>ist beschädigt: Sie endet innerhalb ihres Kopfes (abgeschnitten)</translation>
    </message>
    <message>
        <source>is damaged: its header is not valid</source>
        <translation>ist beschädigt: Ihr Kopf ist ungültig</translation>
    </message>
    <message>
        <source>is damaged: it is cut short (truncated)</source>
        <translation>ist beschädigt: Sie ist abgeschnitten (gekürzt)</translation>
    </message>
    <message>
        <source>cannot be opened: {journal_name} beside it {value}</source>
        <translation>kann nicht geöffnet werden: {journal_name} daneben {value}</translation>
    </message>
    <message>
        <source>has an unfinished change from a program that stopped while writing it ({journal_name} beside it); opening it would roll that change back and alter the file. Open it once in the program that wrote it, or move {journal_name} away if you know it is stale (keep a copy of both)</source>
        <translation>hat eine unvollendete Änderung eines Programms, das beim Schreiben angehalten wurde ({journal_name} daneben); das Öffnen würde diese Änderung zurücknehmen und die Datei verändern. Öffnen Sie sie einmal in dem Programm, das sie geschrieben hat, oder verschieben Sie {journal_name}, wenn Sie wissen, dass es veraltet ist (bewahren Sie eine Kopie von beiden auf)</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>es ist abgeschnitten</translation>
    </message>
    <message>
        <source>it is not an SQLite write-ahead log</source>
        <translation>es ist kein SQLite-Write-Ahead-Log</translation>
    </message>
    <message>
        <source>its page size ({wal_page}) is not the database&apos;s ({page_size})</source>
        <translation>seine Seitengröße ({wal_page}) ist nicht die der Datenbank ({page_size})</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>sein Kopf ist beschädigt</translation>
    </message>
    <message>
        <source>its first change is damaged</source>
        <translation>seine erste Änderung ist beschädigt</translation>
    </message>
    <message>
        <source>is encrypted (or not a database): give its passphrase</source>
        <translation>ist verschlüsselt (oder keine Datenbank): Geben Sie die Passphrase an</translation>
    </message>
    <message>
        <source>cannot be opened: {wal_name} beside it {value}</source>
        <translation>kann nicht geöffnet werden: {wal_name} daneben {value}</translation>
    </message>
    <message>
        <source>the database does not use a write-ahead log</source>
        <translation>die Datenbank verwendet kein Write-Ahead-Log</translation>
    </message>
    <message>
        <source>cannot be opened: {wal_name} beside it does not belong to it ({problem}); opening the file would apply or discard it. Move it away if it is not needed (keep a copy)</source>
        <translation>kann nicht geöffnet werden: {wal_name} daneben gehört nicht zu ihr ({problem}); das Öffnen der Datei würde es anwenden oder verwerfen. Verschieben Sie es, wenn es nicht benötigt wird (bewahren Sie eine Kopie auf)</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>holds changes not yet saved into it (a -wal left by a crash), but {reason}: make it writable and open it again to recover them</source>
        <translation>enthält noch nicht übernommene Änderungen (eine nach einem Absturz verbliebene -wal-Datei), aber {reason}: Machen Sie sie beschreibbar und öffnen Sie sie erneut, um die Änderungen wiederherzustellen</translation>
    </message>
    <message>
        <source>is damaged or not a database ({exc})</source>
        <translation>ist beschädigt oder keine Datenbank ({exc})</translation>
    </message>
    <message>
        <source>is damaged ({first})</source>
        <translation>ist beschädigt ({first})</translation>
    </message>
    <message>
        <source>is an SQLite database of another program (an empty version stamp)</source>
        <translation>ist eine SQLite-Datenbank eines anderen Programms (leerer Versionsstempel)</translation>
    </message>
    <message>
        <source>is an SQLite database of another program (version {revision!r})</source>
        <translation>ist eine SQLite-Datenbank eines anderen Programms (Version {revision!r})</translation>
    </message>
    <message>
        <source>is stamped as a Partnership Desk database ({revision}) but its schema is not ours: {value}. It was made or changed by another program; the app does not open it</source>
        <translation>ist als Partnership-Desk-Datenbank gekennzeichnet ({revision}), aber ihr Schema ist nicht unseres: {value}. Sie wurde von einem anderen Programm erstellt oder geändert; die App öffnet sie nicht</translation>
    </message>
    <message>
        <source>Reassess {name} (due {date})</source>
        <translation>{name} neu bewerten (fällig {date})</translation>
    </message>
    <message>
        <source>Reassess {name} (now)</source>
        <translation>{name} neu bewerten (jetzt)</translation>
    </message>
    <message>
        <source>A candidate partner no longer exists.</source>
        <translation>Ein Kandidat für die Partnerschaft existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The current partner cannot also be a candidate.</source>
        <translation>Der aktuelle Partner kann nicht zugleich Kandidat sein.</translation>
    </message>
    <message>
        <source>A score belongs to a partner that is not compared.</source>
        <translation>Eine Bewertung gehört zu einem Partner, der nicht verglichen wird.</translation>
    </message>
    <message>
        <source>Edit reassessment of {name}</source>
        <translation>Neubewertung von {name} bearbeiten</translation>
    </message>
    <message>
        <source>This reassessment is already completed.</source>
        <translation>Diese Neubewertung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Complete reassessment of {name}: {outcome}</source>
        <translation>Neubewertung von {name} abschließen: {outcome}</translation>
    </message>
    <message>
        <source>Reassessment {reassessment_id} no longer exists</source>
        <translation>Neubewertung {reassessment_id} existiert nicht mehr</translation>
    </message>
    <message>
        <source>{table} {row_id} no longer exists</source>
        <translation>{table} {row_id} existiert nicht mehr</translation>
    </message>
    <message>
        <source>{count} {what}s have the {field} {ref!r}: give the id instead: {listed}.</source>
        <translation>{count} Einträge ({what}) haben {field} {ref!r}: Geben Sie stattdessen die ID an: {listed}.</translation>
    </message>
    <message>
        <source>No {what} with the id or exact {fields} {ref!r}. {hint}</source>
        <translation>Kein Eintrag ({what}) mit der ID oder genau {fields} {ref!r}. {hint}</translation>
    </message>
    <message>
        <source>No agreement given.</source>
        <translation>Keine Vereinbarung angegeben.</translation>
    </message>
    <message>
        <source>No engagement given.</source>
        <translation>Kein Engagement angegeben.</translation>
    </message>
    <message>
        <source>No partner given.</source>
        <translation>Kein Partner angegeben.</translation>
    </message>
    <message>
        <source>Risk {risk_id} no longer exists</source>
        <translation>Risiko {risk_id} existiert nicht mehr</translation>
    </message>
    <message>
        <source>Pick the engagement this risk belongs to.</source>
        <translation>Wählen Sie das Engagement, zu dem dieses Risiko gehört.</translation>
    </message>
    <message>
        <source>Log risk {title}</source>
        <translation>Risiko {title} erfassen</translation>
    </message>
    <message>
        <source>Edit risk {code}</source>
        <translation>Risiko {code} bearbeiten</translation>
    </message>
    <message>
        <source>Mark {code} reviewed</source>
        <translation>{code} als überprüft markieren</translation>
    </message>
    <message>
        <source>Delete risk {code}</source>
        <translation>Risiko {code} löschen</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>{name} gelöscht</translation>
    </message>
    <message>
        <source>Deleted {n} items</source>
        <translation>{n} Einträge gelöscht</translation>
    </message>
    <message>
        <source>Renamed baseline to “{name}”</source>
        <translation>Basisplan in „{name}“ umbenannt</translation>
    </message>
    <message>
        <source>Deleted baseline “{name}”</source>
        <translation>Basisplan „{name}“ gelöscht</translation>
    </message>
    <message>
        <source>Add new task</source>
        <translation>Neuen Vorgang hinzufügen</translation>
    </message>
    <message>
        <source>Add new milestone</source>
        <translation>Neuen Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>Add new decision gate</source>
        <translation>Neuen Entscheidungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>Make {name} a task</source>
        <translation>{name} in Vorgang umwandeln</translation>
    </message>
    <message>
        <source>Make {name} a milestone</source>
        <translation>{name} in Meilenstein umwandeln</translation>
    </message>
    <message>
        <source>Make {name} a decision gate</source>
        <translation>{name} in Entscheidungspunkt umwandeln</translation>
    </message>
    <message>
        <source>{missing} schedule item(s) no longer exist.</source>
        <translation>{missing} Zeitplaneintrag/-einträge existieren nicht mehr.</translation>
    </message>
    <message>
        <source>This dependency no longer exists.</source>
        <translation>Diese Abhängigkeit existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Change length of {name}</source>
        <translation>Dauer von {name} ändern</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>{name} verschieben</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>{name} umbenennen</translation>
    </message>
    <message>
        <source>Owner of {name}</source>
        <translation>Verantwortung für {name}</translation>
    </message>
    <message>
        <source>Fix {name}</source>
        <translation>{name} fixieren</translation>
    </message>
    <message>
        <source>Unfix {name}</source>
        <translation>Fixierung von {name} aufheben</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Fortschritt von {name}</translation>
    </message>
    <message>
        <source>Status of {name}</source>
        <translation>Status von {name}</translation>
    </message>
    <message>
        <source>Actual dates of {name}</source>
        <translation>Ist-Termine von {name}</translation>
    </message>
    <message>
        <source>Link {first} → {then}</source>
        <translation>{first} → {then} verknüpfen</translation>
    </message>
    <message>
        <source>Dependencies of {name}</source>
        <translation>Abhängigkeiten von {name}</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>Ein Basisplan braucht einen Namen.</translation>
    </message>
    <message>
        <source>This engagement no longer exists.</source>
        <translation>Dieses Engagement existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Set baseline for {engagement} · {partner}</source>
        <translation>Basisplan für {engagement} · {partner} festlegen</translation>
    </message>
    <message>
        <source>A baseline name has at most {baseline_name_max} characters.</source>
        <translation>Der Name eines Basisplans hat höchstens {baseline_name_max} Zeichen.</translation>
    </message>
    <message>
        <source>This engagement already has a baseline named “{name}”.</source>
        <translation>Dieses Engagement hat bereits einen Basisplan namens „{name}“.</translation>
    </message>
    <message>
        <source>Rename baseline to “{name}”</source>
        <translation>Basisplan in „{name}“ umbenennen</translation>
    </message>
    <message>
        <source>Delete baseline “{name}”</source>
        <translation>Basisplan „{name}“ löschen</translation>
    </message>
    <message>
        <source>This baseline no longer exists.</source>
        <translation>Dieser Basisplan existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Delete {n} items</source>
        <translation>{n} Einträge löschen</translation>
    </message>
    <message>
        <source>holds tables of another program (no Partnership Desk schema)</source>
        <translation>enthält Tabellen eines anderen Programms (kein Partnership-Desk-Schema)</translation>
    </message>
    <message>
        <source>is not set up yet: ask the administrator to run &apos;cdmo-desktop server init --db {url_redacted}&apos;</source>
        <translation>ist noch nicht eingerichtet: Bitten Sie den Administrator, &apos;cdmo-desktop server init --db {url_redacted}&apos; auszuführen</translation>
    </message>
    <message>
        <source>The team server {server} has schema {revision}{by}, newer than this version&apos;s {head_revision} (cdmo-desktop {version}): update the app to connect to it</source>
        <translation>Der Teamserver {server} hat das Schema {revision}{by}, neuer als {head_revision} dieser Version (cdmo-desktop {version}): Aktualisieren Sie die App, um sich zu verbinden</translation>
    </message>
    <message>
        <source>could not be brought to schema {head_revision} ({model}); nothing was changed</source>
        <translation>konnte nicht auf das Schema {head_revision} gebracht werden ({model}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>has schema {revision}, older than this version&apos;s {head_revision}: ask the administrator to run &apos;cdmo-desktop server upgrade --db {url_redacted}&apos;</source>
        <translation>hat das Schema {revision}, älter als {head_revision} dieser Version: Bitten Sie den Administrator, &apos;cdmo-desktop server upgrade --db {url_redacted}&apos; auszuführen</translation>
    </message>
    <message>
        <source>Import holidays from {source}</source>
        <translation>Feiertage aus {source} importieren</translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation>Dieser Standort existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No engagement with id {engagement_id}.</source>
        <translation>Kein Engagement mit der ID {engagement_id}.</translation>
    </message>
    <message>
        <source>No agreement with id {agreement_id}.</source>
        <translation>Keine Vereinbarung mit der ID {agreement_id}.</translation>
    </message>
    <message>
        <source>Issue status report</source>
        <translation>Statusbericht ausstellen</translation>
    </message>
    <message>
        <source>No status report with id {report_id}.</source>
        <translation>Kein Statusbericht mit der ID {report_id}.</translation>
    </message>
    <message>
        <source>was closed: nothing was saved</source>
        <translation>wurde geschlossen: nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>could not be saved</source>
        <translation>konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A value is outside what the team server accepts (a NUL character in a text, or a number too large); nothing was changed.</source>
        <translation>Ein Wert liegt außerhalb dessen, was der Teamserver akzeptiert (ein NUL-Zeichen in einem Text oder eine zu große Zahl); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>is a team server: this needs a database file</source>
        <translation>ist ein Teamserver: Dafür wird eine Datenbankdatei benötigt</translation>
    </message>
    <message>
        <source>is open read-only ({read_only_reason}), so no backup is written beside it; choose another folder for a copy</source>
        <translation>ist schreibgeschützt geöffnet ({read_only_reason}), daher wird keine Sicherung daneben geschrieben; wählen Sie einen anderen Ordner für eine Kopie</translation>
    </message>
    <message>
        <source>Someone else was saving the same records at the same moment; nothing was changed. Try again.</source>
        <translation>Jemand anderes hat im selben Moment dieselben Datensätze gespeichert; nichts wurde geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{doing}: the team server {server_display} cannot be reached. Check the network, then try again. Your last saved change is safe</source>
        <translation>{doing}: Der Teamserver {server_display} ist nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es erneut. Ihre zuletzt gespeicherte Änderung ist sicher</translation>
    </message>
    <message>
        <source>is not locked for this window</source>
        <translation>ist für dieses Fenster nicht gesperrt</translation>
    </message>
    <message>
        <source>The daily backup was skipped. {reason}</source>
        <translation>Die tägliche Sicherung wurde übersprungen. {reason}</translation>
    </message>
    <message>
        <source>is empty and {read_only_reason}: there is nothing to show</source>
        <translation>ist leer und {read_only_reason}: Es gibt nichts anzuzeigen</translation>
    </message>
    <message>
        <source>has schema {revision}, older than this version&apos;s {head_revision}, and {read_only_reason}, so it cannot be upgraded: make it writable and open it again</source>
        <translation>hat das Schema {revision}, älter als {head_revision} dieser Version, und {read_only_reason}, daher kann sie nicht aktualisiert werden: Machen Sie sie beschreibbar und öffnen Sie sie erneut</translation>
    </message>
    <message>
        <source>your connection to the team server is read-only</source>
        <translation>Ihre Verbindung zum Teamserver ist schreibgeschützt</translation>
    </message>
    <message>
        <source>your login on the team server may only read</source>
        <translation>Ihre Anmeldung am Teamserver darf nur lesen</translation>
    </message>
    <message>
        <source>the changes were packed for another copy ({peer}), not this one ({me}): ask {sender} for a file for this one; nothing was applied</source>
        <translation>die Änderungen wurden für eine andere Kopie ({peer}) gepackt, nicht für diese ({me}): Bitten Sie {sender} um eine Datei für diese Kopie; nichts wurde übernommen</translation>
    </message>
    <message>
        <source>the changes were made with schema {revision}, this database has {head_revision}: update the app that is behind, then sync again; nothing was applied</source>
        <translation>die Änderungen wurden mit Schema {revision} erstellt, diese Datenbank hat {head_revision}: Aktualisieren Sie die ältere App und synchronisieren Sie erneut; nichts wurde übernommen</translation>
    </message>
    <message>
        <source>the changes come from this very database (or a copy posing as it); nothing was applied</source>
        <translation>die Änderungen stammen aus genau dieser Datenbank (oder einer Kopie, die sich als sie ausgibt); nichts wurde übernommen</translation>
    </message>
    <message>
        <source>the changes hold entries under this database&apos;s own identity that it never made: they come from a copy of it; nothing was applied</source>
        <translation>die Änderungen enthalten Einträge unter der Identität dieser Datenbank, die sie nie erstellt hat: Sie stammen aus einer Kopie davon; nichts wurde übernommen</translation>
    </message>
    <message>
        <source>the changes start after what this database holds from one of the replicas (an earlier sync file is missing): apply the earlier file first, or ask for a full one; nothing was applied</source>
        <translation>die Änderungen beginnen nach dem, was diese Datenbank von einer der Repliken enthält (eine frühere Synchronisierungsdatei fehlt): Übernehmen Sie zuerst die frühere Datei oder fordern Sie eine vollständige an; nichts wurde übernommen</translation>
    </message>
    <message>
        <source>the sync was cancelled; nothing was applied</source>
        <translation>die Synchronisierung wurde abgebrochen; nichts wurde übernommen</translation>
    </message>
    <message>
        <source>kept the identity of its source; the clone was removed</source>
        <translation>hat die Identität ihrer Quelle behalten; der Klon wurde entfernt</translation>
    </message>
    <message>
        <source>a passphrase for a sync file cannot be empty</source>
        <translation>eine Passphrase für eine Synchronisierungsdatei darf nicht leer sein</translation>
    </message>
    <message>
        <source>The sync file {path} was not written</source>
        <translation>Die Synchronisierungsdatei {path} wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>was not written ({value})</source>
        <translation>wurde nicht geschrieben ({value})</translation>
    </message>
    <message>
        <source>is a folder, not a sync file</source>
        <translation>ist ein Ordner, keine Synchronisierungsdatei</translation>
    </message>
    <message>
        <source>is damaged or incomplete (its checksum does not match); ask for it again</source>
        <translation>ist beschädigt oder unvollständig (die Prüfsumme stimmt nicht); fordern Sie sie erneut an</translation>
    </message>
    <message>
        <source>is not a Partnership Desk sync file</source>
        <translation>ist keine Partnership-Desk-Synchronisierungsdatei</translation>
    </message>
    <message>
        <source>was written by a newer version of the app (sync format {version}); update the app to read it</source>
        <translation>wurde von einer neueren Version der App geschrieben (Synchronisierungsformat {version}); aktualisieren Sie die App, um sie zu lesen</translation>
    </message>
    <message>
        <source>was made by a newer version of the app (schema {revision}, this version has {head}); update the app, then apply it; nothing was changed</source>
        <translation>wurde von einer neueren Version der App erstellt (Schema {revision}, diese Version hat {head}); aktualisieren Sie die App und übernehmen Sie sie dann; nichts wurde geändert</translation>
    </message>
    <message>
        <source>was made by an older version of the app (schema {revision}, this version has {head}); update the app that made it and pack again; nothing was changed</source>
        <translation>wurde von einer älteren Version der App erstellt (Schema {revision}, diese Version hat {head}); aktualisieren Sie die App, die sie erstellt hat, und packen Sie erneut; nichts wurde geändert</translation>
    </message>
    <message>
        <source>is encrypted: give its passphrase to read it</source>
        <translation>ist verschlüsselt: Geben Sie die Passphrase an, um sie zu lesen</translation>
    </message>
    <message>
        <source>does not open with this passphrase (the file is intact): check the passphrase; nothing was changed</source>
        <translation>lässt sich mit dieser Passphrase nicht öffnen (die Datei ist intakt): Prüfen Sie die Passphrase; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the conflict is no longer listed; nothing was changed</source>
        <translation>der Konflikt ist nicht mehr aufgeführt; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Resolve sync conflict</source>
        <translation>Synchronisationskonflikt lösen</translation>
    </message>
    <message>
        <source>a partner cannot be merged into itself; nothing was changed</source>
        <translation>ein Partner kann nicht mit sich selbst zusammengeführt werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>one of the two partners no longer exists; nothing was changed</source>
        <translation>einer der beiden Partner existiert nicht mehr; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Merge duplicate partners</source>
        <translation>Doppelte Partner zusammenführen</translation>
    </message>
    <message>
        <source>{name} holds no Partnership Desk schema; nothing was copied</source>
        <translation>{name} enthält kein Partnership-Desk-Schema; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>{name} has schema {revision}, newer than this version&apos;s {head}: update the app first; nothing was copied</source>
        <translation>{name} hat das Schema {revision}, neuer als {head} dieser Version: Aktualisieren Sie zuerst die App; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>{name} has schema {revision}, behind this version&apos;s {head}: upgrade it first (open it in the app, or `server upgrade` on a server); nothing was copied</source>
        <translation>{name} hat das Schema {revision}, älter als {head} dieser Version: Aktualisieren Sie sie zuerst (in der App öffnen oder `server upgrade` auf einem Server); nichts wurde kopiert</translation>
    </message>
    <message>
        <source>{source_name} and {target_name} are the same database</source>
        <translation>{source_name} und {target_name} sind dieselbe Datenbank</translation>
    </message>
    <message>
        <source>{target_name} already holds data; nothing was copied (to replace its data with the copy, use --force)</source>
        <translation>{target_name} enthält bereits Daten; nichts wurde kopiert (um die Daten durch die Kopie zu ersetzen, verwenden Sie --force)</translation>
    </message>
    <message>
        <source>Nothing was copied into {target_name}</source>
        <translation>Nichts wurde nach {target_name} kopiert</translation>
    </message>
    <message>
        <source>a row broke a rule of the target&apos;s schema</source>
        <translation>eine Zeile hat eine Regel des Zielschemas verletzt</translation>
    </message>
    <message>
        <source>{doing}: the copy failed ({reason}); the target is as it was</source>
        <translation>{doing}: Das Kopieren ist fehlgeschlagen ({reason}); das Ziel ist unverändert</translation>
    </message>
    <message>
        <source>the copy was cancelled; the target is as it was</source>
        <translation>das Kopieren wurde abgebrochen; das Ziel ist unverändert</translation>
    </message>
    <message>
        <source>the copy of {table_name} read {copied} rows, not {value}; nothing was copied</source>
        <translation>die Kopie von {table_name} hat {copied} Zeilen gelesen, nicht {value}; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>die Datei {target}</translation>
    </message>
    <message>
        <source>the file {target} appeared meanwhile; nothing was copied</source>
        <translation>die Datei {target} ist inzwischen entstanden; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>is a database file, not a team server</source>
        <translation>ist eine Datenbankdatei, kein Teamserver</translation>
    </message>
    <message>
        <source>No backup was written into {folder}</source>
        <translation>Es wurde keine Sicherung in {folder} geschrieben</translation>
    </message>
    <message>
        <source>The local copy was not written</source>
        <translation>Die lokale Kopie wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>the team server {store_location}</source>
        <translation>der Teamserver {store_location}</translation>
    </message>
    <message>
        <source>No copy of {store_location} was written</source>
        <translation>Es wurde keine Kopie von {store_location} geschrieben</translation>
    </message>
    <message>
        <source>the copy would leave {count} broken references (in {tables}); nothing was copied</source>
        <translation>die Kopie würde {count} ungültige Verweise hinterlassen (in {tables}); nichts wurde kopiert</translation>
    </message>
    <message>
        <source>expected {date_hint}</source>
        <translation>erwartet: {date_hint}</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet: eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>erwartet: eine Zahl</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>erwartet: eine endliche Zahl</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>erwartet: Ja oder Nein</translation>
    </message>
    <message>
        <source>expected one of: {labels}</source>
        <translation>erwartet: einer dieser Werte: {labels}</translation>
    </message>
    <message>
        <source>Task id {uid} lasts {days} days, longer than a plan can hold.</source>
        <translation>Vorgang {uid} dauert {days} Tage, länger als ein Plan fassen kann.</translation>
    </message>
    <message>
        <source>Task id {uid} has an unreadable {what}.</source>
        <translation>Vorgang {uid} hat einen unlesbaren Wert ({what}).</translation>
    </message>
    <message>
        <source>{name} is not a GanttProject (.gan) file.</source>
        <translation>{name} ist keine GanttProject-Datei (.gan).</translation>
    </message>
    <message>
        <source>A task in {name} has no id.</source>
        <translation>Ein Vorgang in {name} hat keine ID.</translation>
    </message>
    <message>
        <source>Task id {uid} appears twice in {name}.</source>
        <translation>Vorgang {uid} kommt in {name} zweimal vor.</translation>
    </message>
    <message>
        <source>Task id {uid} has no start date.</source>
        <translation>Vorgang {uid} hat kein Startdatum.</translation>
    </message>
    <message>
        <source>{count} link(s) to summary tasks that became phases were left out.</source>
        <translation>{count} Verknüpfung(en) zu Sammelvorgängen, die zu Phasen wurden, wurden ausgelassen.</translation>
    </message>
    <message>
        <source>{value} repeated link(s) were left out.</source>
        <translation>{value} wiederholte Verknüpfung(en) wurden ausgelassen.</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar (.ics) file.</source>
        <translation>{file} ist keine iCalendar-Datei (.ics).</translation>
    </message>
    <message>
        <source>Event {n} of {file} has no readable start date.</source>
        <translation>Termin {n} in {file} hat kein lesbares Startdatum.</translation>
    </message>
    <message>
        <source>Event {n} of {file} starts in year {year}, outside {earliest_date_year}–{latest_date_year}.</source>
        <translation>Termin {n} in {file} beginnt im Jahr {year}, außerhalb von {earliest_date_year}–{latest_date_year}.</translation>
    </message>
    <message>
        <source>Event {n} of {file} lasts {span} days; at most {max_span}.</source>
        <translation>Termin {n} in {file} dauert {span} Tage; höchstens {max_span}.</translation>
    </message>
    <message>
        <source>Event {n} of {file} repeats by a rule that cannot be read.</source>
        <translation>Termin {n} in {file} wiederholt sich nach einer Regel, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>{file} closes more than {max_days} days; refused.</source>
        <translation>{file} schließt mehr als {max_days} Tage; abgelehnt.</translation>
    </message>
    <message>
        <source>{file} holds no events.</source>
        <translation>{file} enthält keine Termine.</translation>
    </message>
    <message>
        <source>Give the site with --site (its id or &apos;Partner / Site&apos;).</source>
        <translation>Geben Sie den Standort mit --site an (seine ID oder &apos;Partner / Standort&apos;).</translation>
    </message>
    <message>
        <source>No partner site with the id or name {ref!r} (write it &apos;Partner / Site&apos;).</source>
        <translation>Kein Partnerstandort mit der ID oder dem Namen {ref!r} (schreiben Sie &apos;Partner / Standort&apos;).</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {refused} refused</source>
        <translation>{new} neu, {updated} aktualisiert, {unchanged} unverändert, {refused} abgelehnt</translation>
    </message>
    <message>
        <source>Import {what} from {file}</source>
        <translation>{what} aus {file} importieren</translation>
    </message>
    <message>
        <source>Import partners from {file}</source>
        <translation>Partner aus {file} importieren</translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation>Kontakte aus {file} importieren</translation>
    </message>
    <message>
        <source>Import clients from {file}</source>
        <translation>Kunden aus {file} importieren</translation>
    </message>
    <message>
        <source>Import client contacts from {file}</source>
        <translation>Kundenkontakte aus {file} importieren</translation>
    </message>
    <message>
        <source>Import risks from {file}</source>
        <translation>Risiken aus {file} importieren</translation>
    </message>
    <message>
        <source>Import actions from {file}</source>
        <translation>Maßnahmen aus {file} importieren</translation>
    </message>
    <message>
        <source>Import measurements from {file}</source>
        <translation>Messungen aus {file} importieren</translation>
    </message>
    <message>
        <source>No column for {value}: map one (or an Id column) to import.</source>
        <translation>Keine Spalte für {value}: Ordnen Sie eine zu (oder eine ID-Spalte), um zu importieren.</translation>
    </message>
    <message>
        <source>Importing {key} needs the engagement they belong to.</source>
        <translation>Der Import von {key} braucht das Engagement, zu dem sie gehören.</translation>
    </message>
    <message>
        <source>The column mapping does not match the file&apos;s columns.</source>
        <translation>Die Spaltenzuordnung passt nicht zu den Spalten der Datei.</translation>
    </message>
    <message>
        <source>{count} {rows} refused (first: row {row}); nothing was written. Fix them, or skip the refused rows.</source>
        <translation>{count} {rows} abgelehnt (erste: Zeile {row}); es wurde nichts geschrieben. Korrigieren Sie sie oder überspringen Sie die abgelehnten Zeilen.</translation>
    </message>
    <message>
        <source>The same {noun} as row {earlier}.</source>
        <translation>Derselbe Eintrag ({noun}) wie in Zeile {earlier}.</translation>
    </message>
    <message>
        <source>{label}: {exc}.</source>
        <translation>{label}: {exc}.</translation>
    </message>
    <message>
        <source>Partner ID: no partner has this id.</source>
        <translation>Partner-ID: Kein Partner hat diese ID.</translation>
    </message>
    <message>
        <source>Site ID: the partner has no site with this id.</source>
        <translation>Standort-ID: Der Partner hat keinen Standort mit dieser ID.</translation>
    </message>
    <message>
        <source>Partner is required.</source>
        <translation>Partner ist erforderlich.</translation>
    </message>
    <message>
        <source>Partner: no partner has this name.</source>
        <translation>Partner: Kein Partner hat diesen Namen.</translation>
    </message>
    <message>
        <source>Site: the partner has no site of this name.</source>
        <translation>Standort: Der Partner hat keinen Standort mit diesem Namen.</translation>
    </message>
    <message>
        <source>Milestone: the engagement has no milestone of this name.</source>
        <translation>Meilenstein: Das Engagement hat keinen Meilenstein mit diesem Namen.</translation>
    </message>
    <message>
        <source>Client ID: no client has this id.</source>
        <translation>Kunden-ID: Kein Kunde hat diese ID.</translation>
    </message>
    <message>
        <source>Client is required.</source>
        <translation>Kunde ist erforderlich.</translation>
    </message>
    <message>
        <source>Client: no client has this name.</source>
        <translation>Kunde: Kein Kunde hat diesen Namen.</translation>
    </message>
    <message>
        <source>KPI: the engagement has no KPI of this name.</source>
        <translation>KPI: Das Engagement hat keinen KPI mit diesem Namen.</translation>
    </message>
    <message>
        <source>KPI is required.</source>
        <translation>KPI ist erforderlich.</translation>
    </message>
    <message>
        <source>Value: {problem}</source>
        <translation>Wert: {problem}</translation>
    </message>
    <message>
        <source>Close to the existing partner {close!r}: a duplicate?</source>
        <translation>Ähnlich dem vorhandenen Partner {close!r}: ein Duplikat?</translation>
    </message>
    <message>
        <source>Name: another partner already has this name.</source>
        <translation>Name: Ein anderer Partner hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>Primary: row {value} already makes another contact the partner&apos;s primary contact.</source>
        <translation>Hauptkontakt: Zeile {value} macht bereits einen anderen Kontakt zum Hauptkontakt des Partners.</translation>
    </message>
    <message>
        <source>expected a risk code such as R-007</source>
        <translation>erwartet: ein Risikocode wie R-007</translation>
    </message>
    <message>
        <source>{name} is not an MS Project XML (MSPDI) file.</source>
        <translation>{name} ist keine MS-Project-XML-Datei (MSPDI).</translation>
    </message>
    <message>
        <source>Task UID {uid} appears twice in {name}.</source>
        <translation>Vorgang UID {uid} kommt in {name} zweimal vor.</translation>
    </message>
    <message>
        <source>Task UID {uid} has no start date.</source>
        <translation>Vorgang UID {uid} hat kein Startdatum.</translation>
    </message>
    <message>
        <source>{file}: several registers go into one workbook; the name must end in .xlsx.</source>
        <translation>{file}: Mehrere Register kommen in eine Arbeitsmappe; der Name muss auf .xlsx enden.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner sites</source>
        <translation>Partnerstandorte</translation>
    </message>
    <message>
        <source>Partner contacts</source>
        <translation>Partnerkontakte</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Client contacts</source>
        <translation>Kundenkontakte</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Risk reviews</source>
        <translation>Risikoüberprüfungen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Data shares</source>
        <translation>Datenfreigaben</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>KPI measurements</source>
        <translation>KPI-Messwerte</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>No register called {kind!r}; known: {known}.</source>
        <translation>Kein Register namens {kind!r}; bekannt: {known}.</translation>
    </message>
    <message>
        <source>{tasks} tasks, {milestones} milestones, {links} links</source>
        <translation>{tasks} Vorgänge, {milestones} Meilensteine, {links} Verknüpfungen</translation>
    </message>
    <message>
        <source>{tasks} tasks, {milestones} milestones, {links} links, {warnings} warning</source>
        <translation>{tasks} Vorgänge, {milestones} Meilensteine, {links} Verknüpfungen, {warnings} Warnung</translation>
    </message>
    <message>
        <source>{tasks} tasks, {milestones} milestones, {links} links, {warnings} warnings</source>
        <translation>{tasks} Vorgänge, {milestones} Meilensteine, {links} Verknüpfungen, {warnings} Warnungen</translation>
    </message>
    <message>
        <source>Cannot read {file}: {value}.</source>
        <translation>{file} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <source>{file} is {value} MB; a {what} file over {value2} MB is refused.</source>
        <translation>{file} ist {value} MB groß; eine Datei ({what}) über {value2} MB wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} declares XML entities or external references, which are refused.</source>
        <translation>{name} deklariert XML-Entitäten oder externe Verweise; diese werden abgelehnt.</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML (line {line}).</source>
        <translation>{name} ist kein wohlgeformtes XML (Zeile {line}).</translation>
    </message>
    <message>
        <source>Task UID {uid} has an unreadable {what} date.</source>
        <translation>Vorgang UID {uid} hat ein unlesbares Datum ({what}).</translation>
    </message>
    <message>
        <source>Task UID {uid} has a {what} date in year {value_year}, outside {earliest_date_year}–{latest_date_year}.</source>
        <translation>Vorgang UID {uid} hat ein Datum ({what}) im Jahr {value_year}, außerhalb von {earliest_date_year}–{latest_date_year}.</translation>
    </message>
    <message>
        <source>Task UID {other} is linked to task UID {end}, which is not in the file.</source>
        <translation>Vorgang UID {other} ist mit Vorgang UID {end} verknüpft, der nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>Task UID {link_successor} is linked to itself.</source>
        <translation>Vorgang UID {link_successor} ist mit sich selbst verknüpft.</translation>
    </message>
    <message>
        <source>1 summary task not named like a phase is kept as a task spanning its subtasks.</source>
        <translation>1 Sammelvorgang, der nicht wie eine Phase heißt, bleibt als Aufgabe über seinen Unteraufgaben erhalten.</translation>
    </message>
    <message>
        <source>{count} summary tasks not named like a phase are kept as tasks spanning their subtasks.</source>
        <translation>{count} Sammelvorgänge, die nicht wie eine Phase heißen, bleiben als Aufgaben über ihren Unteraufgaben erhalten.</translation>
    </message>
    <message>
        <source>{file} is neither an MS Project XML (MSPDI) nor a GanttProject (.gan) file.</source>
        <translation>{file} ist weder eine MS-Project-XML-Datei (MSPDI) noch eine GanttProject-Datei (.gan).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({value}).</source>
        <translation>{file}: kann nicht gelesen werden ({value}).</translation>
    </message>
    <message>
        <source>{file} is {value:.0f} MB: files above {value2} MB are not imported; split it.</source>
        <translation>{file} ist {value:.0f} MB groß: Dateien über {value2} MB werden nicht importiert; teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} ist leer.</translation>
    </message>
    <message>
        <source>{file}: only .csv and .xlsx files are imported.</source>
        <translation>{file}: Nur .csv- und .xlsx-Dateien werden importiert.</translation>
    </message>
    <message>
        <source>{name} is a binary file (it holds NUL bytes), not a CSV.</source>
        <translation>{name} ist eine Binärdatei (sie enthält NUL-Bytes), keine CSV-Datei.</translation>
    </message>
    <message>
        <source>{name} is a binary file (it holds NUL characters), not a CSV.</source>
        <translation>{name} ist eine Binärdatei (sie enthält NUL-Zeichen), keine CSV-Datei.</translation>
    </message>
    <message>
        <source>{name} is not text in {encoding} (byte {value} does not decode).</source>
        <translation>{name} ist kein Text in {encoding} (Byte {value} lässt sich nicht dekodieren).</translation>
    </message>
    <message>
        <source>{file}, row {line_num}: not readable as CSV ({value}).</source>
        <translation>{file}, Zeile {line_num}: nicht als CSV lesbar ({value}).</translation>
    </message>
    <message>
        <source>a cell longer than {max_field_chars:,} characters</source>
        <translation>eine Zelle mit mehr als {max_field_chars:,} Zeichen</translation>
    </message>
    <message>
        <source>{name}, row {number}: {count:,} columns; at most {max_columns} are imported.</source>
        <translation>{name}, Zeile {number}: {count:,} Spalten; höchstens {max_columns} werden importiert.</translation>
    </message>
    <message>
        <source>{name}: more than {max_rows:,} rows; split the file.</source>
        <translation>{name}: mehr als {max_rows:,} Zeilen; teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>More cells than the header has columns ({width}): a delimiter inside a cell that is not quoted?</source>
        <translation>Mehr Zellen, als die Kopfzeile Spalten hat ({width}): ein Trennzeichen in einer Zelle ohne Anführungszeichen?</translation>
    </message>
    <message>
        <source>{name} has no header row.</source>
        <translation>{name} hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>{file} is not an XLSX workbook (not a zip file).</source>
        <translation>{file} ist keine XLSX-Arbeitsmappe (keine ZIP-Datei).</translation>
    </message>
    <message>
        <source>{file} unpacks to {value:,.0f} MB (at most {value2} MB are read): refused as a zip bomb.</source>
        <translation>{file} entpackt sich auf {value:,.0f} MB (höchstens {value2} MB werden gelesen): als ZIP-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>{file} is not an XLSX workbook (no xl/workbook.xml).</source>
        <translation>{file} ist keine XLSX-Arbeitsmappe (keine xl/workbook.xml).</translation>
    </message>
    <message>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} ist keine lesbare XLSX-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>{file} holds no worksheet.</source>
        <translation>{file} enthält kein Arbeitsblatt.</translation>
    </message>
    <message>
        <source>{file}: the sheet {ws_title!r} is malformed.</source>
        <translation>{file}: Das Arbeitsblatt {ws_title!r} ist fehlerhaft.</translation>
    </message>
    <message>
        <source>{name}, row {number}: more than {max_columns} columns; at most {max_columns} are imported.</source>
        <translation>{name}, Zeile {number}: mehr als {max_columns} Spalten; höchstens {max_columns} werden importiert.</translation>
    </message>
    <message>
        <source>{file}: cannot tell the format from {shown}; the file name must end in .csv or .xlsx.</source>
        <translation>{file}: Das Format lässt sich aus {shown} nicht erkennen; der Dateiname muss auf .csv oder .xlsx enden.</translation>
    </message>
    <message>
        <source>{file}: a CSV file holds one table; choose .xlsx for several.</source>
        <translation>{file}: Eine CSV-Datei enthält eine Tabelle; wählen Sie .xlsx für mehrere.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .csv or .xlsx.</source>
        <translation>{path} ist ein Ordner: Geben Sie einen Dateinamen an, der auf .csv oder .xlsx endet.</translation>
    </message>
    <message>
        <source>Clause {number} ({title}): {exc}</source>
        <translation>Klausel {number} ({title}): {exc}</translation>
    </message>
    <message>
        <source>Recitals: {exc}</source>
        <translation>Präambel: {exc}</translation>
    </message>
    <message>
        <source>Unknown paper size {paper!r}: use A4 or Letter.</source>
        <translation>Unbekanntes Papierformat {paper!r}: Verwenden Sie A4 oder Letter.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>{model} {row_id} no longer exists</source>
        <translation>{model} {row_id} existiert nicht mehr</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} is thin (say it in at least {words} words)</source>
        <translation>{name} ist zu knapp (sagen Sie es in mindestens {words} Wörtern)</translation>
    </message>
    <message>
        <source>Add the client side&apos;s people on the Team &amp; RACI tab.</source>
        <translation>Fügen Sie die Personen des Kunden auf der Registerkarte Team &amp; RACI hinzu.</translation>
    </message>
    <message>
        <source>Add the partner side&apos;s people on the Team &amp; RACI tab.</source>
        <translation>Fügen Sie die Personen des Partners auf der Registerkarte Team &amp; RACI hinzu.</translation>
    </message>
    <message>
        <source>Add the client and partner side&apos;s people on the Team &amp; RACI tab.</source>
        <translation>Fügen Sie die Personen des Kunden und des Partners auf der Registerkarte Team &amp; RACI hinzu.</translation>
    </message>
    <message>
        <source>Who: named people on both sides</source>
        <translation>Wer: benannte Personen auf beiden Seiten</translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation>Wer entscheidet</translation>
    </message>
    <message>
        <source>Name the person who takes the decisions.</source>
        <translation>Benennen Sie die Person, die die Entscheidungen trifft.</translation>
    </message>
    <message>
        <source>Add the workstreams or deliverables to the RACI grid.</source>
        <translation>Fügen Sie die Arbeitspakete oder Liefergegenstände zur RACI-Matrix hinzu.</translation>
    </message>
    <message>
        <source>1 RACI problem: each workstream needs exactly one Accountable and at least one Responsible.</source>
        <translation>1 RACI-Problem: Jedes Arbeitspaket braucht genau einen Verantwortlichen (A) und mindestens einen Durchführenden (R).</translation>
    </message>
    <message>
        <source>{count} RACI problems: each workstream needs exactly one Accountable and at least one Responsible.</source>
        <translation>{count} RACI-Probleme: Jedes Arbeitspaket braucht genau einen Verantwortlichen (A) und mindestens einen Durchführenden (R).</translation>
    </message>
    <message>
        <source>Who: RACI for every workstream</source>
        <translation>Wer: RACI für jedes Arbeitspaket</translation>
    </message>
    <message>
        <source>kickoff date</source>
        <translation>das Kickoff-Datum</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>den geplanten Beginn</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>das geplante Ende</translation>
    </message>
    <message>
        <source>When: kickoff date, planned start and end</source>
        <translation>Wann: Kickoff-Datum, geplanter Beginn und geplantes Ende</translation>
    </message>
    <message>
        <source>Set the {missing}.</source>
        <translation>Legen Sie {missing} fest.</translation>
    </message>
    <message>
        <source>When: decision points (go/no-go gates)</source>
        <translation>Wann: Entscheidungspunkte (Go/No-Go)</translation>
    </message>
    <message>
        <source>Add the go/no-go decision gates on the Schedule tab.</source>
        <translation>Fügen Sie die Go/No-Go-Entscheidungspunkte auf der Registerkarte Zeitplan hinzu.</translation>
    </message>
    <message>
        <source>Where: partner sites, labs or plants</source>
        <translation>Wo: Partnerstandorte, Labore oder Werke</translation>
    </message>
    <message>
        <source>Pick the partner sites where the work is done, or describe the place.</source>
        <translation>Wählen Sie die Partnerstandorte, an denen gearbeitet wird, oder beschreiben Sie den Ort.</translation>
    </message>
    <message>
        <source>Agree at least one success metric with its target and how it is measured.</source>
        <translation>Vereinbaren Sie mindestens eine Erfolgskennzahl mit Zielwert und Messmethode.</translation>
    </message>
    <message>
        <source>metric {i}</source>
        <translation>Kennzahl {i}</translation>
    </message>
    <message>
        <source>Give a target and how it is measured for: {metrics}.</source>
        <translation>Geben Sie Zielwert und Messmethode an für: {metrics}.</translation>
    </message>
    <message>
        <source>Success metrics with targets</source>
        <translation>Erfolgskennzahlen mit Zielwerten</translation>
    </message>
    <message>
        <source>An escalation path needs at least {levels} levels (who, when to escalate, response time).</source>
        <translation>Ein Eskalationspfad braucht mindestens {levels} Stufen (wer, wann eskalieren, Reaktionszeit).</translation>
    </message>
    <message>
        <source>Level {levels}: say who, when to escalate and the expected response time.</source>
        <translation>Stufe {levels}: Geben Sie an, wer, wann eskaliert wird und die erwartete Reaktionszeit.</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>das Datum</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>den Ort</translation>
    </message>
    <message>
        <source>the attendees</source>
        <translation>die Teilnehmer</translation>
    </message>
    <message>
        <source>Kickoff meeting: date, place, attendees</source>
        <translation>Kickoff-Meeting: Datum, Ort, Teilnehmer</translation>
    </message>
    <message>
        <source>Record {missing} of the kickoff meeting.</source>
        <translation>Erfassen Sie {missing} des Kickoff-Meetings.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>des Kunden</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>des Partners</translation>
    </message>
    <message>
        <source>Signed off by both sides</source>
        <translation>Von beiden Seiten freigegeben</translation>
    </message>
    <message>
        <source>Waiting for the signature of {missing}.</source>
        <translation>Warten auf die Unterschrift {missing}.</translation>
    </message>
    <message>
        <source>How: scope and deliverables</source>
        <translation>Wie: Umfang und Liefergegenstände</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
    <message>
        <source>How: methods and quality standards</source>
        <translation>Wie: Methoden und Qualitätsstandards</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>quality standards</source>
        <translation>Qualitätsstandards</translation>
    </message>
    <message>
        <source>How: tech transfer</source>
        <translation>Wie: Technologietransfer</translation>
    </message>
    <message>
        <source>tech transfer</source>
        <translation>Technologietransfer</translation>
    </message>
    <message>
        <source>How the client fits in: provides, approves, reviews</source>
        <translation>Rolle des Kunden: stellt bereit, genehmigt, prüft</translation>
    </message>
    <message>
        <source>what the client provides</source>
        <translation>was der Kunde bereitstellt</translation>
    </message>
    <message>
        <source>what the client approves</source>
        <translation>was der Kunde genehmigt</translation>
    </message>
    <message>
        <source>what the client reviews</source>
        <translation>was der Kunde prüft</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>Add the meetings, calls and reports on the Communication tab.</source>
        <translation>Fügen Sie die Besprechungen, Anrufe und Berichte auf der Registerkarte Kommunikation hinzu.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>The plan moved its {what} to {planned}, {days} after the contract date of {agreed}.</source>
        <translation>Der Plan hat {what} auf {planned} verschoben, {days} nach dem Vertragsdatum {agreed}.</translation>
    </message>
    <message>
        <source>The plan moved its {what} to {planned}, {days} before the contract date of {agreed}.</source>
        <translation>Der Plan hat {what} auf {planned} verschoben, {days} vor dem Vertragsdatum {agreed}.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>das Datum</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>start</source>
        <translation>den Beginn</translation>
    </message>
    <message>
        <source>“{name}”, which it waits for, starts on {day}{lag}</source>
        <translation>„{name}“, worauf es wartet, beginnt am {day}{lag}</translation>
    </message>
    <message>
        <source>“{name}”, which it waits for, finishes on {day}{lag}</source>
        <translation>„{name}“, worauf es wartet, endet am {day}{lag}</translation>
    </message>
    <message>
        <source>It was done on {day}, {days} after its contract date.</source>
        <translation>Es wurde am {day} erledigt, {days} nach seinem Vertragsdatum.</translation>
    </message>
    <message>
        <source>Its contract date passed {days} ago and it is not done.</source>
        <translation>Sein Vertragsdatum ist seit {days} überschritten, und es ist nicht erledigt.</translation>
    </message>
    <message>
        <source> (+ {days} lag)</source>
        <translation> (+ {days} Verzögerung)</translation>
    </message>
    <message>
        <source>The work it depends on runs too late for its date.</source>
        <translation>Die Arbeit, von der es abhängt, endet zu spät für sein Datum.</translation>
    </message>
    <message>
        <source>{reason}: too late for its date.</source>
        <translation>{reason}: zu spät für sein Datum.</translation>
    </message>
    <message>
        <source>{reason}, but the work before that runs late: too late for its date.</source>
        <translation>{reason}, aber die Arbeit davor verspätet sich: zu spät für sein Datum.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{name} is contract-fixed and was not moved (clear its contract-fixed mark first).</source>
        <translation>{name} ist vertraglich fixiert und wurde nicht verschoben (entfernen Sie zuerst die Markierung „vertraglich fixiert“).</translation>
    </message>
    <message>
        <source>{name} cannot {why}; kept at {kept}.</source>
        <translation>{name} kann nicht {why}; bleibt am {kept}.</translation>
    </message>
    <message>
        <source>start before its predecessors allow</source>
        <translation>früher beginnen, als seine Vorgänger es zulassen</translation>
    </message>
    <message>
        <source> + {days} d lag</source>
        <translation> + {days} T. Verzögerung</translation>
    </message>
    <message>
        <source>start before {pred} finishes{lag}</source>
        <translation>vor dem Ende von {pred}{lag} beginnen</translation>
    </message>
    <message>
        <source>start before {pred} starts{lag}</source>
        <translation>vor dem Beginn von {pred}{lag} beginnen</translation>
    </message>
    <message>
        <source>finish before {pred} finishes{lag}</source>
        <translation>vor dem Ende von {pred}{lag} enden</translation>
    </message>
    <message>
        <source>finish before {pred} starts{lag}</source>
        <translation>vor dem Beginn von {pred}{lag} enden</translation>
    </message>
    <message>
        <source>Contract-fixed on {day}, but it cannot {why} ({when}): {late} day late.</source>
        <translation>Vertraglich fixiert auf {day}, kann aber nicht {why} ({when}): {late} Tag zu spät.</translation>
    </message>
    <message>
        <source>Contract-fixed on {day}, but it cannot {why} ({when}): {late} days late.</source>
        <translation>Vertraglich fixiert auf {day}, kann aber nicht {why} ({when}): {late} Tage zu spät.</translation>
    </message>
    <message>
        <source>Planned too early: it cannot {why} ({when}).</source>
        <translation>Zu früh geplant: Es kann nicht {why} ({when}).</translation>
    </message>
    <message>
        <source>Part of a dependency loop: {loop}.</source>
        <translation>Teil einer Abhängigkeitsschleife: {loop}.</translation>
    </message>
    <message>
        <source>The change log is append-only.</source>
        <translation>Das Änderungsprotokoll kann nur ergänzt werden.</translation>
    </message>
    <message>
        <source>Archive client {name}</source>
        <translation>Kunde {name} archivieren</translation>
    </message>
    <message>
        <source>Restore client {name}</source>
        <translation>Kunde {name} wiederherstellen</translation>
    </message>
    <message>
        <source>Add engagement {title}</source>
        <translation>Engagement {title} hinzufügen</translation>
    </message>
    <message>
        <source>Edit engagement {title}</source>
        <translation>Engagement {title} bearbeiten</translation>
    </message>
    <message>
        <source>Archive engagement {title}</source>
        <translation>Engagement {title} archivieren</translation>
    </message>
    <message>
        <source>Restore engagement {title}</source>
        <translation>Engagement {title} wiederherstellen</translation>
    </message>
    <message>
        <source>Add client {name}</source>
        <translation>Kunde {name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit client {name}</source>
        <translation>Kunde {name} bearbeiten</translation>
    </message>
    <message>
        <source>Import schedule from {source}</source>
        <translation>Zeitplan aus {source} importieren</translation>
    </message>
    <message>
        <source>RACI: {member} {role} for {workstream}</source>
        <translation>RACI: {member} {role} für {workstream}</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Add workstream {name}</source>
        <translation>Arbeitspaket {name} hinzufügen</translation>
    </message>
    <message>
        <source>Rename workstream {name}</source>
        <translation>Arbeitspaket {name} umbenennen</translation>
    </message>
    <message>
        <source>Move workstream {name}</source>
        <translation>Arbeitspaket {name} verschieben</translation>
    </message>
    <message>
        <source>Remove workstream {name}</source>
        <translation>Arbeitspaket {name} entfernen</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>{noun} hinzufügen</translation>
    </message>
    <message>
        <source>Add {noun} {name}</source>
        <translation>{noun} {name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>{noun} bearbeiten</translation>
    </message>
    <message>
        <source>Edit {noun} {name}</source>
        <translation>{noun} {name} bearbeiten</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>{noun} löschen</translation>
    </message>
    <message>
        <source>Delete {noun} {name}</source>
        <translation>{noun} {name} löschen</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kommunikationskanal</translation>
    </message>
    <message>
        <source>shared item</source>
        <translation>Ausgetauschtes Element</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Changes by {users}</source>
        <translation>Änderungen von {users}</translation>
    </message>
    <message>
        <source>Changes by another user</source>
        <translation>Änderungen eines anderen Benutzers</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Fast sicher</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Vernachlässigbar</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>same time</source>
        <translation>gleiche Zeit</translation>
    </message>
    <message>
        <source>{amount} ahead</source>
        <translation>{amount} voraus</translation>
    </message>
    <message>
        <source>{amount} behind</source>
        <translation>{amount} zurück</translation>
    </message>
</context>
</TS>

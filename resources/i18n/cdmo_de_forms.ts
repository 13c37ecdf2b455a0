<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Partnership Desk</source>
        <translation>Über Partnership Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Partnership Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Partnership Desk&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;Gemeldet von:</translation>
    </message>
    <message>
        <source>Raised o&amp;n:</source>
        <translation>Gemeldet a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>Abgeschl&amp;ossen am:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. Master services agreement</source>
        <translation>z. B. Rahmendienstleistungsvertrag</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Re&amp;ferenz:</translation>
    </message>
    <message>
        <source>e.g. AUR-HRP-MSA-01</source>
        <translation>z. B. AUR-HRP-MSA-01</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement:</translation>
    </message>
    <message>
        <source>&amp;Governing law:</source>
        <translation>Anwendbares &amp;Recht:</translation>
    </message>
    <message>
        <source>e.g. State of New York, USA</source>
        <translation>z. B. Bundesstaat New York, USA</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Unterzeichnet am:</translation>
    </message>
    <message>
        <source>Client si&amp;gnatory:</source>
        <translation>&amp;Unterzeichner Kunde:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client signatory&apos;s title:</source>
        <translation>Funktion Unterzeichner Kunde:</translation>
    </message>
    <message>
        <source>e.g. Chief Executive Officer</source>
        <translation>z. B. Geschäftsführer</translation>
    </message>
    <message>
        <source>Partner signator&amp;y:</source>
        <translation>Unter&amp;zeichner Partner:</translation>
    </message>
    <message>
        <source>Partner signatory&apos;s title:</source>
        <translation>Funktion Unterzeichner Partner:</translation>
    </message>
    <message>
        <source>e.g. Managing Director</source>
        <translation>z. B. Geschäftsführerin</translation>
    </message>
    <message>
        <source>Rec&amp;itals:</source>
        <translation>Präam&amp;bel:</translation>
    </message>
    <message>
        <source>Background of the agreement, one recital per paragraph. Left empty, the PDF writes standard recitals from the parties and the engagement.</source>
        <translation>Hintergrund der Vereinbarung, ein Erwägungsgrund pro Absatz. Bleibt das Feld leer, schreibt das PDF Standard-Erwägungsgründe aus den Parteien und dem Engagement.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Internal notes (not printed)</source>
        <translation>Interne Notizen (werden nicht gedruckt)</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>Communication channel</source>
        <translation>Kommunikationskanal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Weekly project call</source>
        <translation>z. B. wöchentlicher Projekt-Call</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>What the channel is for</source>
        <translation>Wofür der Kanal dient</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>&amp;First or last held:</source>
        <translation>&amp;Erstes oder letztes Mal:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächstes:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Wer teilnimmt</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>e.g. Teams, on site, shared drive</source>
        <translation>z. B. Teams, vor Ort, gemeinsames Laufwerk</translation>
    </message>
</context>
<context>
    <name>CharterForm</name>
    <message>
        <source>Charter</source>
        <translation>Charta</translation>
    </message>
    <message>
        <source>Change histor&amp;y…</source>
        <translation>Änderungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>What changed in this charter, when, by whom and why</source>
        <translation>Was sich in dieser Charta geändert hat, wann, durch wen und warum</translation>
    </message>
    <message>
        <source>Edit agreed c&amp;harter…</source>
        <translation>Vereinbarte C&amp;harta bearbeiten…</translation>
    </message>
    <message>
        <source>Open the agreed charter for changes; it goes back to draft and needs signing again</source>
        <translation>Die vereinbarte Charta zur Bearbeitung öffnen; sie wird wieder zum Entwurf und muss erneut unterzeichnet werden</translation>
    </message>
    <message>
        <source>Res&amp;tore it</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the unsaved text back into the form; Save keeps it</source>
        <translation>Den nicht gespeicherten Text wieder ins Formular setzen; Speichern behält ihn</translation>
    </message>
    <message>
        <source>Throw it a&amp;way</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget the unsaved text; the charter stays as saved</source>
        <translation>Den nicht gespeicherten Text vergessen; die Charta bleibt wie gespeichert</translation>
    </message>
    <message>
        <source>Who — people, roles and who decides</source>
        <translation>Wer – Personen, Rollen und wer entscheidet</translation>
    </message>
    <message>
        <source>Who does what:</source>
        <translation>Wer macht was:</translation>
    </message>
    <message>
        <source>Named people on both sides and their roles; who is consulted or informed</source>
        <translation>Benannte Personen auf beiden Seiten und ihre Rollen; wer konsultiert oder informiert wird</translation>
    </message>
    <message>
        <source>Decision &amp;maker:</source>
        <translation>&amp;Entscheider:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Team &amp;&amp; RACI…</source>
        <translation>Team &amp;&amp; RACI…</translation>
    </message>
    <message>
        <source>Show the Team &amp; RACI tab</source>
        <translation>Den Reiter Team &amp; RACI zeigen</translation>
    </message>
    <message>
        <source>When — timeline and decision points</source>
        <translation>Wann – Zeitleiste und Entscheidungspunkte</translation>
    </message>
    <message>
        <source>&amp;Kickoff date:</source>
        <translation>&amp;Kickoff-Datum:</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>Geplanter &amp;Beginn:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Geplantes E&amp;nde:</translation>
    </message>
    <message>
        <source>Timeline notes:</source>
        <translation>Notizen zur Zeitleiste:</translation>
    </message>
    <message>
        <source>Key dates, shutdowns, dependencies on the client</source>
        <translation>Wichtige Termine, Stillstände, Abhängigkeiten vom Kunden</translation>
    </message>
    <message>
        <source>Decision points:</source>
        <translation>Entscheidungspunkte:</translation>
    </message>
    <message>
        <source>Decision points are the go/no-go gates on the Schedule tab.</source>
        <translation>Entscheidungspunkte sind die Go/No-Go-Gates auf dem Reiter Zeitplan.</translation>
    </message>
    <message>
        <source>Where — partner sites, labs and plants</source>
        <translation>Wo – Partnerstandorte, Labore und Anlagen</translation>
    </message>
    <message>
        <source>Partner sites:</source>
        <translation>Partnerstandorte:</translation>
    </message>
    <message>
        <source>Other places:</source>
        <translation>Andere Orte:</translation>
    </message>
    <message>
        <source>Labs, plants or places not listed above (e.g. client&apos;s own lab)</source>
        <translation>Labore, Anlagen oder Orte, die oben nicht aufgeführt sind (z. B. das eigene Labor des Kunden)</translation>
    </message>
    <message>
        <source>How — scope, methods, quality and tech transfer</source>
        <translation>Wie – Umfang, Methoden, Qualität und Technologietransfer</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>What the partner does, at which scale, under which conditions</source>
        <translation>Was der Partner macht, in welchem Maßstab, unter welchen Bedingungen</translation>
    </message>
    <message>
        <source>&amp;Deliverables:</source>
        <translation>&amp;Ergebnisse:</translation>
    </message>
    <message>
        <source>Reports, batches, data packages</source>
        <translation>Berichte, Chargen, Datenpakete</translation>
    </message>
    <message>
        <source>Met&amp;hods:</source>
        <translation>&amp;Methoden:</translation>
    </message>
    <message>
        <source>Methods, techniques, analytical approach</source>
        <translation>Methoden, Techniken, analytischer Ansatz</translation>
    </message>
    <message>
        <source>&amp;Quality standards:</source>
        <translation>&amp;Qualitätsstandards:</translation>
    </message>
    <message>
        <source>GMP/GLP level, specifications, who approves</source>
        <translation>GMP/GLP-Niveau, Spezifikationen, wer freigibt</translation>
    </message>
    <message>
        <source>&amp;Tech transfer:</source>
        <translation>&amp;Technologietransfer:</translation>
    </message>
    <message>
        <source>What is transferred, from whom, when</source>
        <translation>Was übertragen wird, von wem, wann</translation>
    </message>
    <message>
        <source>How the client fits in</source>
        <translation>Die Rolle des Kunden</translation>
    </message>
    <message>
        <source>Client &amp;provides:</source>
        <translation>Kunde &amp;liefert:</translation>
    </message>
    <message>
        <source>Materials, data, standards the client supplies</source>
        <translation>Materialien, Daten, Standards, die der Kunde liefert</translation>
    </message>
    <message>
        <source>Client &amp;approves:</source>
        <translation>Kunde &amp;genehmigt:</translation>
    </message>
    <message>
        <source>Specifications, batch records, changes</source>
        <translation>Spezifikationen, Chargenprotokolle, Änderungen</translation>
    </message>
    <message>
        <source>Client re&amp;views:</source>
        <translation>Kunde &amp;prüft:</translation>
    </message>
    <message>
        <source>Reports, deviations, data</source>
        <translation>Berichte, Abweichungen, Daten</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>How measured</source>
        <translation>Wie gemessen</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation>Kennzahl entfernen</translation>
    </message>
    <message>
        <source>Escalation path (level 1 first)</source>
        <translation>Eskalationspfad (Stufe 1 zuerst)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>When to escalate</source>
        <translation>Wann eskalieren</translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation>Reaktionszeit (Stunden)</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Stufe entfernen</translation>
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
        <source>Kickoff meeting</source>
        <translation>Kickoff-Meeting</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Site, room or video call</source>
        <translation>Standort, Raum oder Videoanruf</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>&amp;Client signatory:</source>
        <translation>Unterzeichner &amp;Kunde:</translation>
    </message>
    <message>
        <source>Client si&amp;gned on:</source>
        <translation>Kunde unter&amp;zeichnet am:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner signatory:</source>
        <translation>Unterzeichner Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>Partner sig&amp;ned on:</source>
        <translation>Partner unterzeic&amp;hnet am:</translation>
    </message>
    <message>
        <source>The charter is agreed when both sides have signed.</source>
        <translation>Die Charta ist vereinbart, wenn beide Seiten unterzeichnet haben.</translation>
    </message>
    <message>
        <source>Kickoff checklist</source>
        <translation>Kickoff-Checkliste</translation>
    </message>
    <message>
        <source>Click an item to jump to its question.</source>
        <translation>Klicken Sie auf einen Punkt, um zu seiner Frage zu springen.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen ver&amp;werfen</translation>
    </message>
    <message>
        <source>Reload the charter as last saved</source>
        <translation>Die Charta wie zuletzt gespeichert neu laden</translation>
    </message>
    <message>
        <source>&amp;Save charter</source>
        <translation>Charta &amp;speichern</translation>
    </message>
    <message>
        <source>Save the charter (Ctrl+S)</source>
        <translation>Die Charta speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>CharterHistoryDialog</name>
    <message>
        <source>What changed in the charter</source>
        <translation>Was sich in der Charta geändert hat</translation>
    </message>
    <message>
        <source>Every change to the charter, its success metrics, escalation path, sites and attendees, newest first. Reasons are the ones given when an agreed charter was changed.</source>
        <translation>Jede Änderung an der Charta, ihren Erfolgskennzahlen, dem Eskalationspfad, den Standorten und Teilnehmern, neueste zuerst. Die Gründe sind die, die beim Ändern einer vereinbarten Charta angegeben wurden.</translation>
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
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <source>Clauses of the selected agreement</source>
        <translation>Klauseln der gewählten Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a clause from the library or a blank one</source>
        <translation>Eine Klausel aus der Bibliothek oder eine leere hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected clause</source>
        <translation>Die gewählte Klausel entfernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the clause up (Ctrl+Up)</source>
        <translation>Die Klausel nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the clause down (Ctrl+Down)</source>
        <translation>Die Klausel nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>Über&amp;schrift:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Placeholder:</source>
        <translation>Platzhalter:</translation>
    </message>
    <message>
        <source>Merged from the agreement and its engagement when the PDF is built</source>
        <translation>Beim Erstellen des PDFs aus der Vereinbarung und ihrem Engagement eingesetzt</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save clause</source>
        <translation>Klausel s&amp;peichern</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name used day to day, e.g. Helix Bio</source>
        <translation>Name im Alltag, z. B. Helix Bio</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Rechtlicher Name:</translation>
    </message>
    <message>
        <source>As on contracts, e.g. Helix Biotherapeutics Inc.</source>
        <translation>Wie in Verträgen, z. B. Helix Biotherapeutics Inc.</translation>
    </message>
    <message>
        <source>Registered &amp;address:</source>
        <translation>Eingetragene &amp;Adresse:</translation>
    </message>
    <message>
        <source>Street, city, postcode, country</source>
        <translation>Straße, Ort, Postleitzahl, Land</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>&amp;Add contact</source>
        <translation>Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>Kontakt &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>DataShareForm</name>
    <message>
        <source>Information shared</source>
        <translation>Ausgetauschte Information</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Gegenstand:</translation>
    </message>
    <message>
        <source>e.g. In-vitro potency data for series B</source>
        <translation>z. B. In-vitro-Wirksamkeitsdaten für Serie B</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>What it is used for</source>
        <translation>Wofür sie verwendet wird</translation>
    </message>
    <message>
        <source>&amp;Why the partner needs it:</source>
        <translation>&amp;Warum der Partner sie braucht:</translation>
    </message>
    <message>
        <source>The reason behind the request</source>
        <translation>Der Grund für die Anfrage</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <source>…or a reference in words (e.g. CDA 2025-14, clause 4)</source>
        <translation>…oder ein Verweis in Worten (z. B. CDA 2025-14, Klausel 4)</translation>
    </message>
    <message>
        <source>&amp;Restrictions:</source>
        <translation>&amp;Einschränkungen:</translation>
    </message>
    <message>
        <source>Use limits, who may see it, retention</source>
        <translation>Nutzungsgrenzen, wer sie sehen darf, Aufbewahrung</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>Shared &amp;by:</source>
        <translation>&amp;Ausgetauscht von:</translation>
    </message>
    <message>
        <source>Person who sent or received it</source>
        <translation>Person, die sie gesendet oder empfangen hat</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What was decided, in a few words</source>
        <translation>Was entschieden wurde, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Options considered:</source>
        <translation>Erwogene &amp;Optionen:</translation>
    </message>
    <message>
        <source>The alternatives on the table</source>
        <translation>Die Alternativen, die zur Wahl standen</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>The decision itself</source>
        <translation>Die Entscheidung selbst</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Why this option</source>
        <translation>Warum diese Option</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Entschieden &amp;von:</translation>
    </message>
    <message>
        <source>Decision &amp;gate:</source>
        <translation>Entscheidungs&amp;punkt:</translation>
    </message>
    <message>
        <source>Gate o&amp;utcome:</source>
        <translation>Ergebnis des Entscheidungsp&amp;unkts:</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. HX-101 process development</source>
        <translation>z. B. HX-101 Prozessentwicklung</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>Create a client and pick it</source>
        <translation>Einen Kunden anlegen und auswählen</translation>
    </message>
    <message>
        <source>Edit c&amp;lient…</source>
        <translation>Kunde be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Edit the picked client</source>
        <translation>Den gewählten Kunden bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Progra&amp;mm:</translation>
    </message>
    <message>
        <source>Program or project name</source>
        <translation>Programm- oder Projektname</translation>
    </message>
    <message>
        <source>C&amp;ompound:</source>
        <translation>&amp;Wirkstoff:</translation>
    </message>
    <message>
        <source>Compound, molecule or product</source>
        <translation>Wirkstoff, Molekül oder Produkt</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Three-letter currency code, e.g. USD, EUR, CHF</source>
        <translation>Dreibuchstabiger Währungscode, z. B. USD, EUR, CHF</translation>
    </message>
    <message>
        <source>Overall &amp;RAG:</source>
        <translation>&amp;Gesamt-Ampelstatus:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>What the partner does for the client, in a few lines</source>
        <translation>Was der Partner für den Kunden macht, in wenigen Zeilen</translation>
    </message>
</context>
<context>
    <name>EngagementListForm</name>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Search title, program, compound, client or partner</source>
        <translation>Titel, Programm, Wirkstoff, Kunde oder Partner suchen</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Archivierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation>&amp;Neues Engagement…</translation>
    </message>
    <message>
        <source>Create an engagement (Ctrl+N)</source>
        <translation>Ein Engagement anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Open workspace</source>
        <translation>Arbeitsbereich ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the charter, team, plans and logs (Enter)</source>
        <translation>Charta, Team, Pläne und Protokolle öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Details &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected engagement&apos;s details</source>
        <translation>Die Details des gewählten Engagements bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren…</translation>
    </message>
    <message>
        <source>Hide the engagement from the lists; nothing is deleted</source>
        <translation>Das Engagement aus den Listen ausblenden; es wird nichts gelöscht</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring an archived engagement back</source>
        <translation>Ein archiviertes Engagement zurückholen</translation>
    </message>
</context>
<context>
    <name>EngagementWorkspaceForm</name>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Details &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit title, client, partner, phase, status, dates</source>
        <translation>Titel, Kunde, Partner, Phase, Status und Termine bearbeiten</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export reports for this engagement (Ctrl+E)</source>
        <translation>Berichte für dieses Engagement exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Set RAG</source>
        <translation>Ampelstatus setzen</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>From &amp;contacts:</source>
        <translation>Aus &amp;Kontakten:</translation>
    </message>
    <message>
        <source>Pick someone from the client&apos;s or the partner&apos;s contacts: name, side, organisation, role, email and phone are filled in</source>
        <translation>Wählen Sie jemanden aus den Kontakten des Kunden oder des Partners: Name, Seite, Organisation, Rolle, E-Mail und Telefon werden ausgefüllt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>e.g. Project manager, QA lead</source>
        <translation>z. B. Projektleiter, QA-Leitung</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+41 61 000 00 00</source>
        <translation>+41 61 000 00 00</translation>
    </message>
    <message>
        <source>Takes the &amp;decisions for this side</source>
        <translation>Trifft &amp;die Entscheidungen für diese Seite</translation>
    </message>
</context>
<context>
    <name>PartnerAuditDialog</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Who led the audit</source>
        <translation>Wer das Audit geleitet hat</translation>
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
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>PartnerContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. Project manager, QA head</source>
        <translation>z. B. Projektleiter, QA-Leitung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>+41 27 948 5111</source>
        <translation>+41 27 948 5111</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Primary contact for this partner</source>
        <translation>Hauptkontakt für diesen Partner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>PartnerInspectionDialog</name>
    <message>
        <source>GMP inspection</source>
        <translation>GMP-Inspektion</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Datum *</translation>
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
        <source>Number of observations (e.g. items on a Form 483)</source>
        <translation>Anzahl der Beobachtungen (z. B. Punkte auf einem Form 483)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>PartnerProfile</name>
    <message>
        <source>Partner profile[*]</source>
        <translation>Partnerprofil[*]</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Start a new partner profile (Ctrl+N)</source>
        <translation>Ein neues Partnerprofil beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <source>Move this partner to the archive; it can be restored</source>
        <translation>Diesen Partner ins Archiv verschieben; er kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring this partner back from the archive</source>
        <translation>Diesen Partner aus dem Archiv zurückholen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Das Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Problems that stop the save</source>
        <translation>Probleme, die das Speichern verhindern</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>No engagements with this partner yet.</source>
        <translation>Noch keine Engagements mit diesem Partner.</translation>
    </message>
    <message>
        <source>Next milestones and decision gates</source>
        <translation>Nächste Meilensteine und Entscheidungspunkte</translation>
    </message>
    <message>
        <source>No open milestones or decision gates.</source>
        <translation>Keine offenen Meilensteine oder Entscheidungspunkte.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Name the team uses, e.g. Lonza Visp</source>
        <translation>Name, den das Team verwendet, z. B. Lonza Visp</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <source>As printed on agreements</source>
        <translation>Wie in Vereinbarungen gedruckt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation>https://www.example.com</translation>
    </message>
    <message>
        <source>Location and region</source>
        <translation>Standort und Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Derived from the country</source>
        <translation>Aus dem Land abgeleitet</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Eingetragene Adresse</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>e.g. English; German</source>
        <translation>z. B. Englisch; Deutsch</translation>
    </message>
    <message>
        <source>Agreements on file</source>
        <translation>Vorliegende Vereinbarungen</translation>
    </message>
    <message>
        <source>CDA signed</source>
        <translation>Geheimhaltungsvereinbarung (CDA) unterzeichnet</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>liegt nicht vor</translation>
    </message>
    <message>
        <source>CDA expires</source>
        <translation>CDA läuft ab</translation>
    </message>
    <message>
        <source>Quality agreement signed</source>
        <translation>Qualitätsvereinbarung unterzeichnet</translation>
    </message>
    <message>
        <source>Quality agreement expires</source>
        <translation>Qualitätsvereinbarung läuft ab</translation>
    </message>
    <message>
        <source>MSA signed</source>
        <translation>Rahmenvertrag (MSA) unterzeichnet</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>What they do (tick the standard ones, add your own):</source>
        <translation>Was der Partner macht (Standardfähigkeiten anhaken, eigene hinzufügen):</translation>
    </message>
    <message>
        <source>Add a capability…</source>
        <translation>Fähigkeit hinzufügen…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Scales:</source>
        <translation>Maßstäbe:</translation>
    </message>
    <message>
        <source>Add a scale, e.g. 2000 L…</source>
        <translation>Maßstab hinzufügen, z. B. 2000 L…</translation>
    </message>
    <message>
        <source>Technology platforms:</source>
        <translation>Technologieplattformen:</translation>
    </message>
    <message>
        <source>Add a platform…</source>
        <translation>Plattform hinzufügen…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything the team should know about this partner</source>
        <translation>Alles, was das Team über diesen Partner wissen sollte</translation>
    </message>
    <message>
        <source>Sites &amp;&amp; contacts</source>
        <translation>Standorte &amp;&amp; Kontakte</translation>
    </message>
    <message>
        <source>Save the new partner first; then add its sites, contacts, audits and inspections here.</source>
        <translation>Speichern Sie zuerst den neuen Partner; fügen Sie dann hier seine Standorte, Kontakte, Audits und Inspektionen hinzu.</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Standort hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Qualification status</source>
        <translation>Qualifizierungsstatus</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Letztes Audit</translation>
    </message>
    <message>
        <source>Next audit due</source>
        <translation>Nächstes Audit fällig</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Add audit…</source>
        <translation>Audit hinzufügen…</translation>
    </message>
    <message>
        <source>GMP inspection history</source>
        <translation>Verlauf der GMP-Inspektionen</translation>
    </message>
    <message>
        <source>Add inspection…</source>
        <translation>Inspektion hinzufügen…</translation>
    </message>
</context>
<context>
    <name>PartnerSiteDialog</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>e.g. Visp API plant</source>
        <translation>z. B. Wirkstoffanlage Visp</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What the site does</source>
        <translation>Was der Standort macht</translation>
    </message>
    <message>
        <source>Capabilities (tick the standard ones, add your own):</source>
        <translation>Fähigkeiten (Standardfähigkeiten anhaken, eigene hinzufügen):</translation>
    </message>
    <message>
        <source>Add a capability, e.g. kilo lab…</source>
        <translation>Fähigkeit hinzufügen, z. B. Kilolabor…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Scales:</source>
        <translation>Maßstäbe:</translation>
    </message>
    <message>
        <source>Add a scale, e.g. 2000 L…</source>
        <translation>Maßstab hinzufügen, z. B. 2000 L…</translation>
    </message>
    <message>
        <source>Technology platforms:</source>
        <translation>Technologieplattformen:</translation>
    </message>
    <message>
        <source>Add a platform…</source>
        <translation>Plattform hinzufügen…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Recorded in the change log with every edit you make, and shown as the author of the reports you print.</source>
        <translation>Wird bei jeder Ihrer Änderungen im Änderungsprotokoll festgehalten und als Verfasser der Berichte gezeigt, die Sie drucken.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Light or dark colours, or the same as the system&apos;s (which the app follows while it runs)</source>
        <translation>Helle oder dunkle Farben oder wie im System (die App folgt ihm, während sie läuft)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of menus, forms and messages</source>
        <translation>Die Sprache von Menüs, Formularen und Meldungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>In Tabelle exportieren</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Overall status:</source>
        <translation>Gesamtstatus:</translation>
    </message>
    <message>
        <source>&amp;Green: on track</source>
        <translation>&amp;Grün: im Plan</translation>
    </message>
    <message>
        <source>&amp;Amber: at risk</source>
        <translation>Ge&amp;lb: gefährdet</translation>
    </message>
    <message>
        <source>&amp;Red: off track</source>
        <translation>&amp;Rot: nicht im Plan</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Zusammen&amp;fassung:</translation>
    </message>
    <message>
        <source>One paragraph: where the engagement stands and why</source>
        <translation>Ein Absatz: wo das Engagement steht und warum</translation>
    </message>
    <message>
        <source>&amp;Highlights:</source>
        <translation>&amp;Höhepunkte:</translation>
    </message>
    <message>
        <source>One per line, e.g. - Engineering batch released</source>
        <translation>Einer pro Zeile, z. B. - Technikumscharge freigegeben</translation>
    </message>
    <message>
        <source>Asks of the &amp;partner:</source>
        <translation>Bitten an den &amp;Partner:</translation>
    </message>
    <message>
        <source>What the partner should do next, one per line</source>
        <translation>Was der Partner als Nächstes tun sollte, eines pro Zeile</translation>
    </message>
    <message>
        <source>Asks of the &amp;client:</source>
        <translation>Bitten an den &amp;Kunden:</translation>
    </message>
    <message>
        <source>What the client should decide or provide, one per line</source>
        <translation>Was der Kunde entscheiden oder liefern sollte, eines pro Zeile</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>Klauseln:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Papier&amp;größe:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Where the PDF is written</source>
        <translation>Wohin das PDF geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Update the engagement</source>
        <translation>Engagement &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation>PDF e&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Status reports</source>
        <translation>&amp;Statusberichte</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement:</translation>
    </message>
    <message>
        <source>&amp;New status report…</source>
        <translation>&amp;Neuer Statusbericht…</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>Erneut &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>Neue Vereinbarun&amp;g…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Before the restore, the current database is itself backed up (listed as “Before a restore”), so a restore can be undone from this list.</source>
        <translation>Vor dem Wiederherstellen wird die aktuelle Datenbank selbst gesichert (aufgeführt als „Vor einer Wiederherstellung“), sodass sich eine Wiederherstellung über diese Liste rückgängig machen lässt.</translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>← &amp;Register</source>
        <translation>← &amp;Register</translation>
    </message>
    <message>
        <source>Back to the risk register (Esc)</source>
        <translation>Zurück zum Risikoregister (Esc)</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>Open the engagement workspace</source>
        <translation>Den Arbeitsbereich des Engagements öffnen</translation>
    </message>
    <message>
        <source>Mark re&amp;viewed…</source>
        <translation>Als &amp;überprüft markieren…</translation>
    </message>
    <message>
        <source>Record a review of this risk (date, note, new scores) and move its next review date</source>
        <translation>Eine Überprüfung dieses Risikos festhalten (Datum, Notiz, neue Bewertung) und den nächsten Überprüfungstermin verschieben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete this risk (it can be undone)</source>
        <translation>Dieses Risiko löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>Die noch nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the risk (Ctrl+S)</source>
        <translation>Das Risiko speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Engagement:</translation>
    </message>
    <message>
        <source>The engagement this risk belongs to (fixed once the risk is logged)</source>
        <translation>Das Engagement, zu dem dieses Risiko gehört (fest, sobald das Risiko erfasst ist)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Short name of the risk, e.g. &apos;API supplier capacity for Q3 campaign&apos;</source>
        <translation>Kurzname des Risikos, z. B. &apos;Kapazität des Wirkstofflieferanten für die Q3-Kampagne&apos;</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Who watches this risk and carries out the mitigation</source>
        <translation>Wer dieses Risiko beobachtet und die Minderung umsetzt</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>Gemeldet &amp;von:</translation>
    </message>
    <message>
        <source>Which side raised it: concerns raised by the partner are recorded as such</source>
        <translation>Welche Seite es gemeldet hat: Bedenken des Partners werden als solche erfasst</translation>
    </message>
    <message>
        <source>Raised o&amp;n:</source>
        <translation>Gemeldet a&amp;m:</translation>
    </message>
    <message>
        <source>Linked &amp;milestone:</source>
        <translation>Verknüpfter M&amp;eilenstein:</translation>
    </message>
    <message>
        <source>The milestone or decision gate this risk threatens (decision gates first)</source>
        <translation>Der Meilenstein oder Entscheidungspunkt, den dieses Risiko gefährdet (Entscheidungspunkte zuerst)</translation>
    </message>
    <message>
        <source>Assessment (likelihood × impact)</source>
        <translation>Bewertung (Wahrscheinlichkeit × Auswirkung)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likelihood&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wahrscheinlichkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auswirkung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score&lt;/b&gt;</source>
        <translation>&lt;b&gt;Punkte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stufe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>How likely the risk is to happen, 1 (rare) to 5 (almost certain)</source>
        <translation>Wie wahrscheinlich das Risiko eintritt, 1 (selten) bis 5 (fast sicher)</translation>
    </message>
    <message>
        <source>How bad it would be, 1 (negligible) to 5 (severe)</source>
        <translation>Wie schlimm es wäre, 1 (vernachlässigbar) bis 5 (schwerwiegend)</translation>
    </message>
    <message>
        <source>9</source>
        <translation>9</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Residual:</source>
        <translation>Rest:</translation>
    </message>
    <message>
        <source>Expected likelihood and impact once the mitigation plan is carried out</source>
        <translation>Erwartete Wahrscheinlichkeit und Auswirkung, sobald der Minderungsplan umgesetzt ist</translation>
    </message>
    <message>
        <source>Likelihood after mitigation (leave &apos;Not assessed&apos; until you know)</source>
        <translation>Wahrscheinlichkeit nach Minderung (&apos;Nicht bewertet&apos; lassen, bis Sie es wissen)</translation>
    </message>
    <message>
        <source>Impact after mitigation</source>
        <translation>Auswirkung nach Minderung</translation>
    </message>
    <message>
        <source>Level from the 5×5 risk matrix: a severe impact is at least high even when rare.</source>
        <translation>Stufe aus der 5×5-Risikomatrix: Eine schwerwiegende Auswirkung ist mindestens hoch, auch wenn sie selten ist.</translation>
    </message>
    <message>
        <source>Where the risk sits on the 5×5 matrix: ● now, ○ after mitigation</source>
        <translation>Wo das Risiko in der 5×5-Matrix liegt: ● jetzt, ○ nach Minderung</translation>
    </message>
    <message>
        <source>&amp;Details &amp;&amp; response</source>
        <translation>&amp;Details &amp;&amp; Reaktion</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>What could happen, and what it would do to the work</source>
        <translation>Was passieren könnte und was es für die Arbeit bedeuten würde</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Why it could happen</source>
        <translation>Warum es passieren könnte</translation>
    </message>
    <message>
        <source>Trigger /
early-warning sign:</source>
        <translation>Auslöser /
Frühwarnzeichen:</translation>
    </message>
    <message>
        <source>What you would see first (e.g. a batch yield below 70 %, a slipped PO)</source>
        <translation>Was Sie zuerst sehen würden (z. B. eine Chargenausbeute unter 70 %, eine verspätete Bestellung)</translation>
    </message>
    <message>
        <source>Mitigation plan:</source>
        <translation>Minderungsplan:</translation>
    </message>
    <message>
        <source>What is done now to make it less likely or less severe</source>
        <translation>Was jetzt getan wird, damit es unwahrscheinlicher oder weniger schwer wird</translation>
    </message>
    <message>
        <source>Contingency plan:</source>
        <translation>Notfallplan:</translation>
    </message>
    <message>
        <source>What is done if it happens anyway</source>
        <translation>Was getan wird, wenn es trotzdem eintritt</translation>
    </message>
    <message>
        <source>&amp;Review &amp;&amp; history</source>
        <translation>Über&amp;prüfung &amp;&amp; Verlauf</translation>
    </message>
    <message>
        <source>Review every:</source>
        <translation>Überprüfen alle:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No fixed cadence</source>
        <translation>Kein fester Rhythmus</translation>
    </message>
    <message>
        <source>How often the risk is reviewed; the next review date is counted from the last review</source>
        <translation>Wie oft das Risiko überprüft wird; der nächste Überprüfungstermin wird ab der letzten Überprüfung gezählt</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Nächste Überprüfung:</translation>
    </message>
    <message>
        <source>Use computed date</source>
        <translation>Berechnetes Datum verwenden</translation>
    </message>
    <message>
        <source>Last review (or raised date) plus the cadence</source>
        <translation>Letzte Überprüfung (oder Meldedatum) plus Rhythmus</translation>
    </message>
    <message>
        <source>Score history:</source>
        <translation>Verlauf der Bewertung:</translation>
    </message>
    <message>
        <source>The risk&apos;s scores over time, from the change log and its reviews</source>
        <translation>Die Bewertungen des Risikos im Zeitverlauf, aus dem Änderungsprotokoll und seinen Überprüfungen</translation>
    </message>
    <message>
        <source>C&amp;losure</source>
        <translation>Ab&amp;schluss</translation>
    </message>
    <message>
        <source>Closed / realized on:</source>
        <translation>Geschlossen / eingetreten am:</translation>
    </message>
    <message>
        <source>Closure note:</source>
        <translation>Abschlussnotiz:</translation>
    </message>
    <message>
        <source>Why the risk is closed, or what happened when it was realized</source>
        <translation>Warum das Risiko geschlossen ist oder was geschah, als es eintrat</translation>
    </message>
    <message>
        <source>Decision taken:</source>
        <translation>Getroffene Entscheidung:</translation>
    </message>
    <message>
        <source>For a realized risk: the decision logged in the engagement&apos;s decision log</source>
        <translation>Bei einem eingetretenen Risiko: die im Entscheidungsprotokoll des Engagements erfasste Entscheidung</translation>
    </message>
    <message>
        <source>Set the status to Closed (needs a date and a note) or Realized (the risk happened: link the decision taken).</source>
        <translation>Setzen Sie den Status auf Geschlossen (braucht ein Datum und eine Notiz) oder Eingetreten (das Risiko ist eingetreten: verknüpfen Sie die getroffene Entscheidung).</translation>
    </message>
</context>
<context>
    <name>RiskReviewDialog</name>
    <message>
        <source>Mark risk reviewed</source>
        <translation>Risiko als überprüft markieren</translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation>Überprüfungs&amp;datum:</translation>
    </message>
    <message>
        <source>Reviewed b&amp;y:</source>
        <translation>Überprüft &amp;von:</translation>
    </message>
    <message>
        <source>Scores now:</source>
        <translation>Bewertung jetzt:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likelihood&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wahrscheinlichkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auswirkung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stufe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>Residual:</source>
        <translation>Rest:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>What was checked, what changed, what happens next</source>
        <translation>Was geprüft wurde, was sich geändert hat, wie es weitergeht</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Nächste Über&amp;prüfung:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Partnership Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Partnership Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Partnership Desk keeps your partners, engagements, kickoff charters, risks and schedules in one file on this computer, so it works offline at partner sites. How would you like to start?</source>
        <translation>Partnership Desk hält Ihre Partner, Engagements, Kickoff-Chartas, Risiken und Zeitpläne in einer Datei auf diesem Computer, sodass es auch offline bei Partnern vor Ort funktioniert. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Recorded in the change log with every edit you make.</source>
        <translation>Wird bei jeder Ihrer Änderungen im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Explore the demo portfolio</source>
        <translation>Demo-Portfolio erkunden</translation>
    </message>
    <message>
        <source>Six partners, two clients and four engagements in different phases, with charters, risks and schedules. It is kept in a file of its own: your real data never mixes with it.</source>
        <translation>Sechs Partner, zwei Kunden und vier Engagements in verschiedenen Phasen, mit Chartas, Risiken und Zeitplänen. Es liegt in einer eigenen Datei: Ihre echten Daten vermischen sich nie damit.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Mit einer leeren Datenbank beginnen</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Eine vorhandene Datenbank öffnen…</translation>
    </message>
    <message>
        <source>A database file you already use, for example one copied from another laptop.</source>
        <translation>Eine Datenbankdatei, die Sie bereits verwenden, zum Beispiel eine von einem anderen Laptop kopierte.</translation>
    </message>
</context>
</TS>

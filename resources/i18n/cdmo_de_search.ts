<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>Alles &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Search partners, engagements, risks, decisions, actions and everything else</source>
        <translation>Partner, Engagements, Risiken, Entscheidungen, Maßnahmen und alles Weitere durchsuchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>The database is still being opened; search in a moment.</source>
        <translation>Die Datenbank wird noch geöffnet; suchen Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search partners, engagements, risks, decisions, contacts…</source>
        <translation>Partner, Engagements, Risiken, Entscheidungen, Kontakte durchsuchen…</translation>
    </message>
    <message>
        <source>Type to search every kind of record; Up and Down choose, Enter opens</source>
        <translation>Tippen Sie, um alle Arten von Datensätzen zu durchsuchen; Auf und Ab wählen, Eingabe öffnet</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Type a name, a title or any word of a record.</source>
        <translation>Geben Sie einen Namen, einen Titel oder ein beliebiges Wort eines Datensatzes ein.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The search could not be run: {reason}</source>
        <translation>Die Suche konnte nicht ausgeführt werden: {reason}</translation>
    </message>
    <message>
        <source>No results for “{text}”.</source>
        <translation>Keine Ergebnisse für „{text}“.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
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
        <source>Charters</source>
        <translation>Chartas</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <source>{count}+ more</source>
        <translation>{count}+ weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Charter of {engagement}</source>
        <translation>Charta von {engagement}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>Created by {user}, {when}</source>
        <translation>Erstellt von {user}, {when}</translation>
    </message>
    <message>
        <source>Deleted by {user}, {when}</source>
        <translation>Gelöscht von {user}, {when}</translation>
    </message>
    <message>
        <source>{field} changed by {user}, {when}</source>
        <translation>{field} geändert von {user}, {when}</translation>
    </message>
</context>
</TS>

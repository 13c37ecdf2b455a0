<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Partnership Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Partnership Desk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Master services agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AUR-HRP-MSA-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Governing law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. State of New York, USA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client si&amp;gnatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client signatory&apos;s title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chief Executive Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner signator&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner signatory&apos;s title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Managing Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;itals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background of the agreement, one recital per paragraph. Left empty, the PDF writes standard recitals from the parties and the engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes (not printed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>Communication channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Weekly project call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the channel is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First or last held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Teams, on site, shared drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterForm</name>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this charter, when, by whom and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreed c&amp;harter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the agreed charter for changes; it goes back to draft and needs signing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the unsaved text back into the form; Save keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw it a&amp;way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the unsaved text; the charter stays as saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who — people, roles and who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named people on both sides and their roles; who is consulted or informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;maker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;&amp; RACI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Team &amp; RACI tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When — timeline and decision points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kickoff date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates, shutdowns, dependencies on the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision points are the go/no-go gates on the Schedule tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where — partner sites, labs and plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs, plants or places not listed above (e.g. client&apos;s own lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How — scope, methods, quality and tech transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partner does, at which scale, under which conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliverables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports, batches, data packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met&amp;hods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods, techniques, analytical approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMP/GLP level, specifications, who approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tech transfer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is transferred, from whom, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client fits in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;provides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials, data, standards the client supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;approves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifications, batch records, changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client re&amp;views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports, deviations, data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation path (level 1 first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site, room or video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client signatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client si&amp;gned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtner signatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner sig&amp;ned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter is agreed when both sides have signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an item to jump to its question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the charter as last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charter (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterHistoryDialog</name>
    <message>
        <source>What changed in the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the charter, its success metrics, escalation path, sites and attendees, newest first. Reasons are the ones given when an agreed charter was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <source>Clauses of the selected agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a clause from the library or a blank one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the clause up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the clause down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from the agreement and its engagement when the PDF is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save clause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name used day to day, e.g. Helix Bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on contracts, e.g. Helix Biotherapeutics Inc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, city, postcode, country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataShareForm</name>
    <message>
        <source>Information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. In-vitro potency data for series B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why the partner needs it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason behind the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or a reference in words (e.g. CDA 2025-14, clause 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrictions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use limits, who may see it, retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person who sent or received it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options considered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternatives on the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;gate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate o&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HX-101 process development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a client and pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit c&amp;lient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the picked client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program or project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound, molecule or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter currency code, e.g. USD, EUR, CHF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall &amp;RAG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partner does for the client, in a few lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementListForm</name>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, program, compound, client or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an engagement (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the charter, team, plans and logs (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected engagement&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the engagement from the lists; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an archived engagement back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementWorkspaceForm</name>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title, client, partner, phase, status, dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reports for this engagement (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set RAG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick someone from the client&apos;s or the partner&apos;s contacts: name, side, organisation, role, email and phone are filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Project manager, QA lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+41 61 000 00 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the &amp;decisions for this side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerAuditDialog</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who led the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerContactDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Project manager, QA head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+41 27 948 5111</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact for this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerInspectionDialog</name>
    <message>
        <source>GMP inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of observations (e.g. items on a Form 483)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerProfile</name>
    <message>
        <source>Partner profile[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new partner profile (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this partner to the archive; it can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this partner back from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems that stop the save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagements with this partner yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next milestones and decision gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open milestones or decision gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the team uses, e.g. Lonza Visp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed on agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. English; German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDA signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDA expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality agreement expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSA signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do (tick the standard ones, add your own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a capability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scale, e.g. 2000 L…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the team should know about this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites &amp;&amp; contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new partner first; then add its sites, contacts, audits and inspections here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next audit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMP inspection history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add inspection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerSiteDialog</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Visp API plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the site does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities (tick the standard ones, add your own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a capability, e.g. kilo lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scale, e.g. 2000 L…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the change log with every edit you make, and shown as the author of the reports you print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or the same as the system&apos;s (which the app follows while it runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <source>Export to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green: on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amber: at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Red: off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One paragraph: where the engagement stands and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g. - Engineering batch released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks of the &amp;partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the partner should do next, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks of the &amp;client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client should decide or provide, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the PDF is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>&amp;Status reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the restore, the current database is itself backed up (listed as “Before a restore”), so a restore can be undone from this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskForm</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the risk register (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-size: 15pt; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the engagement workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark re&amp;viewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review of this risk (date, note, new scores) and move its next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this risk (it can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the risk (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engagement this risk belongs to (fixed once the risk is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name of the risk, e.g. &apos;API supplier capacity for Q3 campaign&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who watches this risk and carries out the mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which side raised it: concerns raised by the partner are recorded as such</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;milestone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone or decision gate this risk threatens (decision gates first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment (likelihood × impact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Likelihood&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Level&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the risk is to happen, 1 (rare) to 5 (almost certain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad it would be, 1 (negligible) to 5 (severe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected likelihood and impact once the mitigation plan is carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood after mitigation (leave &apos;Not assessed&apos; until you know)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact after mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level from the 5×5 risk matrix: a severe impact is at least high even when rare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the risk sits on the 5×5 matrix: ● now, ○ after mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details &amp;&amp; response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could happen, and what it would do to the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it could happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger /
early-warning sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you would see first (e.g. a batch yield below 70 %, a slipped PO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done now to make it less likely or less severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done if it happens anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review &amp;&amp; history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the risk is reviewed; the next review date is counted from the last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use computed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review (or raised date) plus the cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk&apos;s scores over time, from the change log and its reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed / realized on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the risk is closed, or what happened when it was realized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a realized risk: the decision logged in the engagement&apos;s decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status to Closed (needs a date and a note) or Realized (the risk happened: link the decision taken).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskReviewDialog</name>
    <message>
        <source>Mark risk reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Likelihood&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Level&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked, what changed, what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Partnership Desk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership Desk keeps your partners, engagements, kickoff charters, risks and schedules in one file on this computer, so it works offline at partner sites. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the change log with every edit you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six partners, two clients and four engagements in different phases, with charters, risks and schedules. It is kept in a file of its own: your real data never mixes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file you already use, for example one copied from another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>audit cleared: %n earlier record deleted</numerusform>
            <numerusform>audit cleared: %n earlier records deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n image]</numerusform>
            <numerusform>[%n images]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>Saved ensemble %1 with %n agent.</numerusform>
            <numerusform>Saved ensemble %1 with %n agents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n conversation to %1.</numerusform>
            <numerusform>Exported %n conversations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>Imported %n conversation</numerusform>
            <numerusform>Imported %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n duplicate(s).</source>
        <translation>
            <numerusform>skipped %n duplicate.</numerusform>
            <numerusform>skipped %n duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%1 at %2: %n model (%3)</numerusform>
            <numerusform>%1 at %2: %n models (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>%n other tag</numerusform>
            <numerusform>%n other tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text note(s)</source>
        <translation>
            <numerusform>%n text note</numerusform>
            <numerusform>%n text notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>The vault in %1 is damaged (%n problem found).</numerusform>
            <numerusform>The vault in %1 is damaged (%n problems found).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>The audit was cleared: %n earlier record was deleted.</numerusform>
            <numerusform>The audit was cleared: %n earlier records were deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationEstimate</name>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>total: %n request</numerusform>
            <numerusform>total: %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ProviderErrors</name>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1 reports a rate limit; try again in %n s.</numerusform>
            <numerusform>%1 reports a rate limit; try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditTreeModel</name>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>%n record deleted</numerusform>
            <numerusform>%n records deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>%n request of one answer</numerusform>
            <numerusform>%n requests of one answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%1 of %n completed</numerusform>
            <numerusform>%1 of %n completed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1: %2 in %n request</numerusform>
            <numerusform>%1: %2 in %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>%n request · %1</numerusform>
            <numerusform>%n requests · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>Delete this message and the one that follows it in this version from the vault?</numerusform>
            <numerusform>Delete this message and the %n that follow it in this version from the vault?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ensemble “%1” (%n agents)</source>
        <translation>
            <numerusform>Ensemble “%1” (%n agent)</numerusform>
            <numerusform>Ensemble “%1” (%n agents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2 (%3), %4 on %5: %6, %n character</numerusform>
            <numerusform>%1 → %2 (%3), %4 on %5: %6, %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>, %n image</numerusform>
            <numerusform>, %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>Contemplating sends %n request for this question:</numerusform>
            <numerusform>Contemplating sends %n requests for this question:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>In all %1 and %n character</numerusform>
            <numerusform>In all %1 and %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Thought for %n s</numerusform>
            <numerusform>Thought for %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>%n agent contemplated — show</numerusform>
            <numerusform>%n agents contemplated — show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n left this computer</numerusform>
            <numerusform>%n left this computer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message numerus="yes">
        <source>%n requests exported to %1</source>
        <translation>
            <numerusform>%n request exported to %1</numerusform>
            <numerusform>%n requests exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>%n record cleared</numerusform>
            <numerusform>%n records cleared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>%1 sent over %n bar</numerusform>
            <numerusform>%1 sent over %n bars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ExportFlow</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n conversation to %1.</numerusform>
            <numerusform>Exported %n conversations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>Imported %n conversation from %1</numerusform>
            <numerusform>Imported %n conversations from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n already in the vault, skipped</numerusform>
            <numerusform>%n already in the vault, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>Import cancelled: %n conversation was imported before it; none half-way.</numerusform>
            <numerusform>Import cancelled: %n conversations were imported before it; none half-way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanesPanel</name>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>Contemplating: %n agent</numerusform>
            <numerusform>Contemplating: %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>%n agent contemplated this answer</numerusform>
            <numerusform>%n agents contemplated this answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>Found %n server on this computer. Choose a model:</numerusform>
            <numerusform>Found %n servers on this computer. Choose a model:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::MainWindow</name>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>Requests today: %n (%1)</numerusform>
            <numerusform>Requests today: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n left this computer</numerusform>
            <numerusform>%n left this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>One answer, %n request</numerusform>
            <numerusform>One answer, %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>On %1, %n earlier record was deleted, with its request copy.</numerusform>
            <numerusform>On %1, %n earlier records were deleted, with their request copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (%1)</source>
        <translation>
            <numerusform>%n (%1)</numerusform>
            <numerusform>%n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>%n message sent, %1 withheld to fit the context</numerusform>
            <numerusform>%n messages sent, %1 withheld to fit the context</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n item (location, camera, dates, notes…)</numerusform>
            <numerusform>%n items (location, camera, dates, notes…)</numerusform>
        </translation>
    </message>
</context>
</TS>

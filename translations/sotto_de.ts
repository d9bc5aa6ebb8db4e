<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CliOptions</name>
    <message>
        <source>sotto: no command given. Run 'sotto --help' for the list.</source>
        <translation>sotto: kein Befehl angegeben. 'sotto --help' zeigt die Liste.</translation>
    </message>
    <message>
        <source>sotto: unknown command '%1'. Run 'sotto --help' for the list.</source>
        <translation>sotto: unbekannter Befehl '%1'. 'sotto --help' zeigt die Liste.</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>Den Profilordner &lt;dir&gt; verwenden (Standard: $SOTTO_PROFILE, sonst der Anwendungsdatenordner).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto, ein privater KI-Assistent für den Desktop.

Ohne Befehl öffnet Sotto sein Fenster.</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>In den Profilordner %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MainWindow</name>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Private by design</source>
        <translation>Privat von Grund auf</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>Hier erscheinen Ihre Unterhaltungen. Nichts verlässt diesen Computer, bevor Sie einen Modellanbieter wählen, und jede Anfrage wird protokolliert, damit Sie genau sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>No data has left this computer.</source>
        <translation>Keine Daten haben diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>Über &amp;Sotto</translation>
    </message>
    <message>
        <source>About Sotto</source>
        <translation>Über Sotto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;Ein privater KI-Assistent für den Desktop. Ihre Unterhaltungen bleiben in einem verschlüsselten Tresor auf diesem Computer.&lt;/p&gt;</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CliOptions</name>
    <message>
        <source>sotto: no command given. Run 'sotto --help' for the list.</source>
        <translation>sotto: no se indicó ninguna orden. 'sotto --help' muestra la lista.</translation>
    </message>
    <message>
        <source>sotto: unknown command '%1'. Run 'sotto --help' for the list.</source>
        <translation>sotto: orden desconocida '%1'. 'sotto --help' muestra la lista.</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>Usar la carpeta de perfil &lt;dir&gt; (por defecto: $SOTTO_PROFILE; si no, la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto, un asistente de IA de escritorio privado.

Sin una orden, Sotto abre su ventana.</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>No se puede crear la carpeta de perfil %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>No se puede escribir en la carpeta de perfil %1.</translation>
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
        <translation>Privado por diseño</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>Aquí aparecerán sus conversaciones. Nada sale de este ordenador hasta que elija un proveedor de modelos, y cada solicitud queda registrada para que vea exactamente qué se envió.</translation>
    </message>
    <message>
        <source>No data has left this computer.</source>
        <translation>Ningún dato ha salido de este ordenador.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>&amp;Acerca de Sotto</translation>
    </message>
    <message>
        <source>About Sotto</source>
        <translation>Acerca de Sotto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;Un asistente de IA de escritorio privado. Sus conversaciones permanecen en una bóveda cifrada en este ordenador.&lt;/p&gt;</translation>
    </message>
</context>
</TS>

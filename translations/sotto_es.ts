<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask one question; the answer streams to standard output and is stored in the vault as it arrives.</source>
        <translation>Hacer una pregunta; la respuesta se transmite a la salida estándar y se guarda en la bóveda a medida que llega.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Un proveedor añadido con &apos;sotto providers add&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai, anthropic, ollama or gemini.</source>
        <translation>Proveedor puntual: openai, anthropic, ollama o gemini.</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434).</source>
        <translation>Proveedor puntual: la raíz de la API (p. ej., http://127.0.0.1:11434).</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>El modelo al que preguntar.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Proveedor puntual: la variable de entorno que contiene la clave de API.</translation>
    </message>
    <message>
        <source>Attach an image (repeatable).</source>
        <translation>Adjuntar una imagen (se puede repetir).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Continue the conversation with this id.</source>
        <translation>Continuar la conversación con este identificador.</translation>
    </message>
    <message>
        <source>Keep neither question nor answer (the request is still audited).</source>
        <translation>No guardar ni la pregunta ni la respuesta (la solicitud se registra igualmente).</translation>
    </message>
    <message>
        <source>Stream the model&apos;s reasoning to standard error.</source>
        <translation>Transmitir el razonamiento del modelo a la salida de error estándar.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end instead of streaming text.</source>
        <translation>Imprimir un único objeto JSON al final en lugar de transmitir texto.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>La pregunta.</translation>
    </message>
    <message>
        <source>&apos;ask&apos; needs a question.</source>
        <translation>&apos;ask&apos; necesita una pregunta.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Indique --provider NAME, o bien --api con --base-url.</translation>
    </message>
    <message>
        <source>--incognito cannot continue a stored conversation.</source>
        <translation>--incognito no puede continuar una conversación guardada.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; no es un identificador de conversación.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api debe ser openai, anthropic, ollama o gemini.</translation>
    </message>
    <message>
        <source>--api needs --base-url.</source>
        <translation>--api necesita --base-url.</translation>
    </message>
    <message>
        <source>The answer was stopped.</source>
        <translation>Se detuvo la respuesta.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens necesita un número positivo de tokens.</translation>
    </message>
    <message>
        <source>instant (default), thinking or contemplating.</source>
        <translation>instant (predeterminado), thinking o contemplating.</translation>
    </message>
    <message>
        <source>Contemplating: how many agents ask the provider&apos;s model (%1 to %2, default %3).</source>
        <translation>Deliberación: cuántos agentes preguntan al modelo del proveedor (de %1 a %2, por defecto %3).</translation>
    </message>
    <message>
        <source>Contemplating: the agents of a saved ensemble.</source>
        <translation>Deliberación: los agentes de un conjunto guardado.</translation>
    </message>
    <message>
        <source>Contemplating: 1, or 2 for a round in which each agent revises after reading the others.</source>
        <translation>Deliberación: 1, o 2 para una ronda en la que cada agente revisa su respuesta tras leer las de los demás.</translation>
    </message>
    <message>
        <source>Contemplating: print what each request would carry, and where, and send nothing.</source>
        <translation>Deliberación: imprimir lo que llevaría cada solicitud, y adónde, sin enviar nada.</translation>
    </message>
    <message>
        <source>The context budget in tokens for this question (default: the provider&apos;s setting, else the model&apos;s context length as the provider reported it, else %1).</source>
        <translation>El presupuesto de contexto de esta pregunta, en tokens (por defecto: el ajuste del proveedor; si no, la longitud de contexto del modelo que indicó el proveedor; si no, %1).</translation>
    </message>
    <message>
        <source>Seconds for the name lookup, and again for the connection (0: no limit).</source>
        <translation>Segundos para la resolución del nombre, y otros tantos para la conexión (0: sin límite).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds from connecting until the server starts its answer (0: no limit).</source>
        <translation>Segundos desde la conexión hasta que el servidor empieza a responder (0: sin límite).</translation>
    </message>
    <message>
        <source>Seconds the server may stay silent once connected (0: no limit).</source>
        <translation>Segundos que el servidor puede permanecer en silencio una vez conectado (0: sin límite).</translation>
    </message>
    <message>
        <source>--mode must be instant, thinking or contemplating.</source>
        <translation>--mode debe ser instant, thinking o contemplating.</translation>
    </message>
    <message>
        <source>--%1 needs --mode contemplating.</source>
        <translation>--%1 necesita --mode contemplating.</translation>
    </message>
    <message>
        <source>Give either --agents or --ensemble.</source>
        <translation>Indique --agents o bien --ensemble.</translation>
    </message>
    <message>
        <source>--agents must be %1 to %2.</source>
        <translation>--agents debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds debe ser 1 o 2.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, 0 or more.</source>
        <translation>--%1 debe ser un número de segundos, 0 o más.</translation>
    </message>
    <message>
        <source>Interrupted by %1; what arrived is kept.</source>
        <translation>Interrumpido por %1; se conserva lo que ya había llegado.</translation>
    </message>
    <message>
        <source>sotto: agent %1 (%2) did not answer: %3</source>
        <translation>sotto: el agente %1 (%2) no respondió: %3</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images. Choose a model that sees images, or ask without them.</source>
        <translation>%1 solo acepta texto, según %2: no puede ver imágenes. Elija un modelo que vea imágenes, o pregunte sin ellas.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Every request Sotto sent or refused, newest first.</source>
        <translation>Todas las solicitudes que Sotto envió o rechazó, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per request.</source>
        <translation>Imprimir una matriz JSON, un objeto por solicitud.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Imprimir CSV con una fila de cabecera.</translation>
    </message>
    <message>
        <source>Only requests from this date or time on (ISO 8601, UTC).</source>
        <translation>Solo las solicitudes a partir de esta fecha u hora (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes no arguments, only options.</source>
        <translation>&apos;audit&apos; no admite argumentos, solo opciones.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Elija --json o --csv, no ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date.</source>
        <translation>&apos;%1&apos; no es una fecha ISO 8601.</translation>
    </message>
    <message>
        <source> sent</source>
        <translation> enviados</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>auditoría vaciada: %n registro anterior eliminado</numerusform>
            <numerusform>auditoría vaciada: %n registros anteriores eliminados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Frase de contraseña de la bóveda en %1: </translation>
    </message>
    <message>
        <source>No vault in %1 yet. Choose a passphrase for a new one: </source>
        <translation>Aún no hay ninguna bóveda en %1. Elija una frase de contraseña para crear una: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Existe una copia del %1: &apos;sotto vault restore %2&apos; la restaura.</translation>
    </message>
    <message>
        <source>sotto: created a new encrypted vault in %1.</source>
        <translation>sotto: se creó una bóveda cifrada nueva en %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>&apos;%1&apos; no es una URL http(s).</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>La variable de entorno %1 está vacía.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>sotto: no command given. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: no se indicó ninguna orden. &apos;sotto --help&apos; muestra la lista.</translation>
    </message>
    <message>
        <source>sotto: unknown command &apos;%1&apos;. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: orden desconocida &apos;%1&apos;. &apos;sotto --help&apos; muestra la lista.</translation>
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
    <message>
        <source>One of the commands above.</source>
        <translation>Una de las órdenes anteriores.</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of &lt;file&gt; (else $SOTTO_PASSPHRASE, else a prompt).</source>
        <translation>Leer la frase de contraseña de la bóveda de la primera línea de &lt;file&gt; (si no, $SOTTO_PASSPHRASE; si no, se pregunta).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open the window on conversation &lt;id&gt;.</source>
        <translation>Abrir la ventana en la conversación &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Commands:
  ask [options] PROMPT                   one question, the answer streamed to stdout
  providers add NAME|list|remove NAME    the model providers and their keys
  providers detect [--json]              model servers running on this computer
  audit [--json|--csv] [--since DATE]    every request sent or refused
  policy show|set KEY VALUE              what may leave this computer
  redact --dry-run TEXT | terms add|remove|list   withhold personal data from what is sent
  conversations list|show ID|delete ID   the conversations in the vault
  conversations set ID local-only on|off  keep a conversation&apos;s requests on this machine
  ensembles add NAME|list|remove NAME    the agents that contemplate together
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         conversations out as documents
  import [--format sotto|chatgpt|claude] FILE   conversations in from an export
  search QUERY                           full-text search of the vault
  transcribe [--provider NAME] FILE      speech in an audio file as text
  vault check|change-passphrase|backups|restore ID   look after the vault
Run &apos;sotto COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Órdenes:
  ask [options] PROMPT                   una pregunta, la respuesta se transmite a stdout
  providers add NAME|list|remove NAME    los proveedores de modelos y sus claves
  providers detect [--json]              servidores de modelos que se ejecutan en este equipo
  audit [--json|--csv] [--since DATE]    todas las solicitudes enviadas o rechazadas
  policy show|set KEY VALUE              lo que puede salir de este ordenador
  redact --dry-run TEXT | terms add|remove|list   ocultar los datos personales en lo que se envía
  conversations list|show ID|delete ID   las conversaciones de la bóveda
  conversations set ID local-only on|off  mantener en este ordenador las solicitudes de una conversación
  ensembles add NAME|list|remove NAME    los agentes que deliberan juntos
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         exportar conversaciones como documentos
  import [--format sotto|chatgpt|claude] FILE   importar conversaciones desde una exportación
  search QUERY                           búsqueda de texto completo en la bóveda
  transcribe [--provider NAME] FILE      la voz de un archivo de audio como texto
  vault check|change-passphrase|backups|restore ID   mantener la bóveda
Ejecute &apos;sotto COMMAND --help&apos; para ver las opciones de una orden.</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; no es un identificador de conversación.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>&apos;conversations %1&apos; needs one conversation id.</source>
        <translation>&apos;conversations %1&apos; necesita un identificador de conversación.</translation>
    </message>
    <message>
        <source>Deleted conversation %1 (%2).</source>
        <translation>Se eliminó la conversación %1 (%2).</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n imagen]</numerusform>
            <numerusform>[%n imágenes]</numerusform>
        </translation>
    </message>
    <message>
        <source>List, show or delete the conversations in the vault, or mark one local-only.</source>
        <translation>Listar, mostrar o eliminar las conversaciones de la bóveda, o marcar una como solo local.</translation>
    </message>
    <message>
        <source>list | show ID | delete ID | set ID local-only on|off</source>
        <translation>list | show ID | delete ID | set ID local-only on|off</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show ID, delete ID or set ID local-only on|off.</source>
        <translation>Acción desconocida &apos;%1&apos;: use list, show ID, delete ID o set ID local-only on|off.</translation>
    </message>
    <message>
        <source>Use: conversations set ID local-only on|off</source>
        <translation>Uso: conversations set ID local-only on|off</translation>
    </message>
    <message>
        <source>Conversation %1 is local-only: its requests go only to this machine.</source>
        <translation>La conversación %1 es solo local: sus solicitudes solo van a este ordenador.</translation>
    </message>
    <message>
        <source>Conversation %1 is no longer local-only.</source>
        <translation>La conversación %1 ya no es solo local.</translation>
    </message>
    <message>
        <source>agent %1, round %2 (%3): %4</source>
        <translation>agente %1, ronda %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message>
        <source>Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and optionally a model, kept in the vault.</source>
        <translation>Añadir, listar o quitar conjuntos de deliberación: grupos con nombre de 2 a 8 agentes, cada uno un proveedor y, opcionalmente, un modelo, guardados en la bóveda.</translation>
    </message>
    <message>
        <source>add: one agent, PROVIDER or PROVIDER:MODEL (split at the first &apos;:&apos;); repeat 2 to 8 times.</source>
        <translation>add: un agente, PROVIDER o PROVIDER:MODEL (se separa en el primer &apos;:&apos;); repítalo de 2 a 8 veces.</translation>
    </message>
    <message>
        <source>add: who writes the final answer (default: the conversation&apos;s provider and model).</source>
        <translation>add: quién escribe la respuesta final (por defecto: el proveedor y el modelo de la conversación).</translation>
    </message>
    <message>
        <source>add: 1 (default) or 2 (a refinement round).</source>
        <translation>add: 1 (predeterminado) o 2 (una ronda de refinamiento).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: imprimir JSON.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME</source>
        <translation>add NAME | list | remove NAME</translation>
    </message>
    <message>
        <source>Use: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</source>
        <translation>Uso: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</translation>
    </message>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Un conjunto necesita un nombre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER or PROVIDER:MODEL.</source>
        <translation>&apos;%1&apos; no es PROVIDER ni PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents (--agent).</source>
        <translation>Un conjunto tiene de %1 a %2 agentes (--agent).</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds debe ser 1 o 2.</translation>
    </message>
    <message>
        <source>synthesizer %1</source>
        <translation>síntesis por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronda</numerusform>
            <numerusform>%n rondas</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed ensemble %1.</source>
        <translation>Se quitó el conjunto %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>Se guardó el conjunto %1 con %n agente.</numerusform>
            <numerusform>Se guardó el conjunto %1 con %n agentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>add: the instruction the agent in the same position works under (the first --perspective is the first --agent&apos;s); repeat up to once per agent. Agents without one get a default perspective.</source>
        <translation>add: la instrucción con la que trabaja el agente en la misma posición (la primera --perspective es la del primer --agent); repítalo como máximo una vez por agente. Los agentes sin una reciben una perspectiva predeterminada.</translation>
    </message>
    <message>
        <source>There are more --perspective options (%1) than agents (%2).</source>
        <translation>Hay más opciones --perspective (%1) que agentes (%2).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON writes one file holding every conversation; the other formats write one file per conversation into the folder PATH. Anyone who gets an exported file can read it.</source>
        <translation>Exportar una conversación, o todas, como Markdown, JSON, HTML o PDF. Con --all, JSON escribe un archivo con todas las conversaciones; los demás formatos escriben un archivo por conversación en la carpeta PATH. Cualquiera que obtenga un archivo exportado puede leerlo.</translation>
    </message>
    <message>
        <source>The conversation to export.</source>
        <translation>La conversación que se exporta.</translation>
    </message>
    <message>
        <source>Export every conversation.</source>
        <translation>Exportar todas las conversaciones.</translation>
    </message>
    <message>
        <source>md, json, html or pdf.</source>
        <translation>md, json, html o pdf.</translation>
    </message>
    <message>
        <source>The file to write (with --all and md, html or pdf: the folder).</source>
        <translation>El archivo que se escribe (con --all y md, html o pdf: la carpeta).</translation>
    </message>
    <message>
        <source>Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</source>
        <translation>Uso: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, json, html or pdf.</source>
        <translation>Formato desconocido &apos;%1&apos;: use md, json, html o pdf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; no es un id de conversación.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>Exportando %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n conversación exportada a %1.</numerusform>
            <numerusform>%n conversaciones exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiSendPrompter</name>
    <message>
        <source>on this computer</source>
        <translation>en este ordenador</translation>
    </message>
    <message>
        <source>on your local network</source>
        <translation>en su red local</translation>
    </message>
    <message>
        <source>on the internet</source>
        <translation>en internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, %4)?

The request: %5</source>
        <translation>¿Enviar %1 a %2 (%3, %4)?

La solicitud: %5</translation>
    </message>
    <message>
        <source>Send to %1?</source>
        <translation>¿Enviar a %1?</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this provider</source>
        <translation>No volver a preguntar para este &amp;proveedor</translation>
    </message>
</context>
<context>
    <name>HttpBackend</name>
    <message>
        <source>Not sent: %1.</source>
        <translation>No enviada: %1.</translation>
    </message>
    <message>
        <source>The answer from %1 ended before it was finished.</source>
        <translation>La respuesta de %1 terminó antes de completarse.</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is Ollama running?</source>
        <translation>No hay nada escuchando en %1: ¿está en marcha Ollama?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is llama-server running?</source>
        <translation>No hay nada escuchando en %1: ¿está en marcha llama-server?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is LM Studio&apos;s server started?</source>
        <translation>No hay nada escuchando en %1: ¿está iniciado el servidor de LM Studio?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>No hay nada escuchando en %1.</translation>
    </message>
    <message>
        <source>The answer passed %1 Mi characters; it was stopped there.</source>
        <translation>La respuesta superó los %1 Mi caracteres; se detuvo ahí.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint; choose an OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).</source>
        <translation>%1 usa la API %2, que no tiene punto de transcripción; elija un proveedor compatible con OpenAI (OpenAI, Groq, speaches, LocalAI…).</translation>
    </message>
    <message>
        <source>%1 answered with something other than a transcript.</source>
        <translation>%1 respondió con algo que no es una transcripción.</translation>
    </message>
</context>
<context>
    <name>ImageSanitizer</name>
    <message>
        <source>Cannot open the image %1: %2.</source>
        <translation>No se puede abrir la imagen %1: %2.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 50 MB.</source>
        <translation>La imagen %1 ocupa más de 50 MB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The image is larger than 50 MB.</source>
        <translation>La imagen ocupa más de 50 MB.</translation>
    </message>
    <message>
        <source>This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>Este archivo no es una imagen que Sotto pueda leer (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.</source>
        <translation>La imagen mide %1 × %2 píxeles; Sotto acepta hasta 100 megapíxeles.</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded.</source>
        <translation>La imagen está dañada y no se puede decodificar.</translation>
    </message>
    <message>
        <source>The image has more than 100 megapixels.</source>
        <translation>La imagen tiene más de 100 megapíxeles.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded.</source>
        <translation>No se pudo volver a codificar la imagen.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import conversations from an export: Sotto&apos;s own JSON, or ChatGPT&apos;s or Claude&apos;s conversations.json (or the .zip they come in). Conversations already imported are skipped. A file that cannot be read as its format changes nothing.</source>
        <translation>Importar conversaciones desde una exportación: el JSON propio de Sotto, o el conversations.json de ChatGPT o de Claude (o el .zip en que viene). Se omiten las conversaciones ya importadas. Un archivo que no puede leerse en su formato no cambia nada.</translation>
    </message>
    <message>
        <source>sotto, chatgpt or claude (default: found from the file).</source>
        <translation>sotto, chatgpt o claude (predeterminado: se deduce del archivo).</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>La exportación que se importará.</translation>
    </message>
    <message>
        <source>Use: import [--format sotto|chatgpt|claude] FILE</source>
        <translation>Uso: import [--format sotto|chatgpt|claude] FILE</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use sotto, chatgpt or claude.</source>
        <translation>Formato &apos;%1&apos; desconocido: use sotto, chatgpt o claude.</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importando… %1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was interrupted.</source>
        <translation>La importación se interrumpió.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n conversación importada</numerusform>
            <numerusform>%n conversaciones importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n duplicate(s).</source>
        <translation>
            <numerusform>%n duplicado omitido.</numerusform>
            <numerusform>%n duplicados omitidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring holds no passphrase for this vault.</source>
        <translation>El llavero del sistema no contiene ninguna frase de contraseña para esta bóveda.</translation>
    </message>
    <message>
        <source>The system keyring refused access.</source>
        <translation>El llavero del sistema denegó el acceso.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the passphrase cannot be remembered.</source>
        <translation>No hay ningún llavero del sistema disponible, así que no se puede recordar la frase de contraseña.</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>Error del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The passphrase is in the system keyring, but Sotto cannot note that in %1.</source>
        <translation>La frase de contraseña está en el llavero del sistema, pero Sotto no puede anotarlo en %1.</translation>
    </message>
</context>
<context>
    <name>LiteralDestination</name>
    <message>
        <source>on this computer</source>
        <translation>en este ordenador</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>red local</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>internet</translation>
    </message>
</context>
<context>
    <name>LocalServers</name>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 en el puerto %2</translation>
    </message>
    <message>
        <source>No model server is running on this computer (looked for %1).</source>
        <translation>No hay ningún servidor de modelos en marcha en este equipo (se buscó %1).</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[Imagen no cargada: %1]</translation>
    </message>
    <message>
        <source>[Image “%1” not loaded: %2]</source>
        <translation>[Imagen «%1» no cargada: %2]</translation>
    </message>
</context>
<context>
    <name>MicrophoneInput</name>
    <message>
        <source>%1 offers no audio format Sotto can record.</source>
        <translation>%1 no ofrece ningún formato de audio que Sotto pueda grabar.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it may be in use by another program.</source>
        <translation>No se pudo abrir %1: puede que otro programa lo esté usando.</translation>
    </message>
    <message>
        <source>%1 stopped recording: it may have been unplugged or taken by another program.</source>
        <translation>%1 dejó de grabar: puede que se desconectara o que otro programa lo tomara.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>No se puede leer el archivo de frase de contraseña %1: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>El archivo de frase de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>SOTTO_PASSPHRASE is set but empty.</source>
        <translation>SOTTO_PASSPHRASE está definida pero vacía.</translation>
    </message>
    <message>
        <source>No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.</source>
        <translation>No hay frase de contraseña: defina SOTTO_PASSPHRASE, use --passphrase-file o ejecútelo en un terminal.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>No se introdujo ninguna frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>The provider a per-provider key applies to.</source>
        <translation>El proveedor al que se aplica un ajuste por proveedor.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show: imprimir JSON.</translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation>show | set KEY VALUE</translation>
    </message>
    <message>
        <source>Use &apos;policy show&apos; or &apos;policy set KEY VALUE&apos;.</source>
        <translation>Use &apos;policy show&apos; o &apos;policy set KEY VALUE&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set per provider: add --provider NAME.</source>
        <translation>&apos;%1&apos; se define por proveedor: añada --provider NAME.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; no es un valor válido para %2; use %3.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>Show or change what may leave this computer.

Keys: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,
redact off|internet|always (withhold personal data: for internet destinations by default),
proxy URL|off (http://HOST:PORT with CONNECT, or socks5h://HOST:PORT whose proxy resolves
names, e.g. Tor at socks5h://127.0.0.1:9050; loopback destinations go direct),
retention-days N (0 keeps everything), audit-retention-days N (days of audit records to keep;
0 keeps them all), agent-deadline N (seconds each Contemplating agent&apos;s
answer may take, in each round; 0: no limit); per provider (with --provider NAME):
http-to-internet allow|deny, enabled on|off, redact off|internet|always|default (default:
follow the global redact policy), proxy URL|direct|default (default: the global proxy).</source>
        <translation>Mostrar o cambiar lo que puede salir de este ordenador.

Claves: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,
redact off|internet|always (ocultar los datos personales: por defecto, en destinos de internet),
proxy URL|off (http://HOST:PORT con CONNECT, o socks5h://HOST:PORT cuyo proxy resuelve
los nombres, p. ej. Tor en socks5h://127.0.0.1:9050; los destinos de bucle local van directos),
retention-days N (0 lo conserva todo), audit-retention-days N (días que se conservan los
registros de auditoría; 0 los conserva todos), agent-deadline N (segundos que puede tardar la respuesta de
cada agente de la deliberación, en cada ronda; 0: sin límite); por proveedor (con --provider NAME):
http-to-internet allow|deny, enabled on|off, redact off|internet|always|default (default:
seguir la regla redact global), proxy URL|direct|default (default: el proxy global).</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; no es un valor válido para %2; use %3.</translation>
    </message>
    <message>
        <source>a number of days (0 keeps everything)</source>
        <translation>un número de días (0 lo conserva todo)</translation>
    </message>
    <message>
        <source>Unknown policy setting &apos;%1&apos;; known: %2.</source>
        <translation>Ajuste de política desconocido &apos;%1&apos;; ajustes conocidos: %2.</translation>
    </message>
    <message>
        <source>a number of seconds (0: no limit)</source>
        <translation>un número de segundos (0: sin límite)</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>Start from a known provider: %1.</source>
        <translation>Partir de un proveedor conocido: %1.</translation>
    </message>
    <message>
        <source>openai, anthropic, ollama or gemini.</source>
        <translation>openai, anthropic, ollama o gemini.</translation>
    </message>
    <message>
        <source>The API root.</source>
        <translation>La raíz de la API.</translation>
    </message>
    <message>
        <source>The default model.</source>
        <translation>El modelo predeterminado.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Store the API key found in this environment variable (else you are asked for it on a terminal).</source>
        <translation>Guardar la clave de API que contiene esta variable de entorno (si no, se le pedirá en el terminal).</translation>
    </message>
    <message>
        <source>The provider needs no API key.</source>
        <translation>El proveedor no necesita clave de API.</translation>
    </message>
    <message>
        <source>Allow plain http to a host on the internet (normally refused).</source>
        <translation>Permitir http sin cifrar a un servidor de internet (normalmente se rechaza).</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;; known: %2.</source>
        <translation>Plantilla desconocida &apos;%1&apos;; plantillas conocidas: %2.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api debe ser openai, anthropic, ollama o gemini.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs --preset or --api.</source>
        <translation>&apos;providers add&apos; necesita --preset o --api.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs an http(s) --base-url.</source>
        <translation>&apos;providers add&apos; necesita una dirección http(s) en --base-url.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>La variable de entorno %1 está vacía.</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clave de API para %1: </translation>
    </message>
    <message>
        <source>No API key given: use --api-key-env VAR, a terminal, or --no-api-key.</source>
        <translation>No se indicó ninguna clave de API: use --api-key-env VAR, un terminal o --no-api-key.</translation>
    </message>
    <message>
        <source>Saved provider %1 (%2, %3).</source>
        <translation>Se guardó el proveedor %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Se quitó el proveedor %1.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (desactivado)</translation>
    </message>
    <message>
        <source>The context budget in tokens (default %1).</source>
        <translation>El presupuesto de contexto, en tokens (por defecto %1).</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens necesita un número positivo de tokens.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>No existe ningún proveedor llamado %1.</translation>
    </message>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Frase de contraseña de la bóveda en %1: </translation>
    </message>
    <message>
        <source>context %L1 tokens</source>
        <translation>contexto de %L1 tokens</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; give the key with --api-key-env or when asked.</source>
        <translation>La URL base no debe contener un nombre de usuario ni una contraseña; indique la clave con --api-key-env o cuando se le pida.</translation>
    </message>
    <message>
        <source>Send this provider&apos;s requests through a proxy: http://HOST:PORT (CONNECT) or socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one).</source>
        <translation>Enviar las solicitudes de este proveedor a través de un proxy: http://HOST:PORT (CONNECT) o socks5h://HOST:PORT; direct para saltarse el proxy global (por defecto: el global).</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>No enviado: %1.</translation>
    </message>
    <message>
        <source>%1 at %2: no models yet</source>
        <translation>%1 en %2: aún sin modelos</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%1 en %2: %n modelo (%3)</numerusform>
            <numerusform>%1 en %2: %n modelos (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list or remove model providers, or find the model servers running on this computer. API keys are kept inside the encrypted vault; they never go on the command line.</source>
        <translation>Añadir, listar o quitar proveedores de modelos, o encontrar los servidores de modelos que se ejecutan en este equipo. Las claves de API se guardan dentro de la bóveda cifrada; nunca aparecen en la línea de órdenes.</translation>
    </message>
    <message>
        <source>list, models, detect: print JSON.</source>
        <translation>list, models, detect: imprimir JSON.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME | models NAME (asks the provider for its models and their context lengths) | detect (looks for model servers running on this computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; loopback only)</source>
        <translation>add NAME | list | remove NAME | models NAME (pide al proveedor sus modelos y sus longitudes de contexto) | detect (busca servidores de modelos en este equipo: Ollama, llama.cpp, LM Studio, vLLM, Jan; solo loopback)</translation>
    </message>
    <message>
        <source>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; or &apos;providers detect&apos;.</source>
        <translation>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; o &apos;providers detect&apos;.</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>solo texto</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>Sotto does not use %1 from the environment: its requests go direct. To send them through a proxy, run &apos;sotto policy set proxy http://HOST:PORT&apos; (or socks5h://HOST:PORT), or set it in Settings › Privacy.</source>
        <translation>Sotto no usa %1 del entorno: sus solicitudes van directas. Para enviarlas por un proxy, ejecute &apos;sotto policy set proxy http://HOST:PORT&apos; (o socks5h://HOST:PORT), o configúrelo en Ajustes › Privacidad.</translation>
    </message>
</context>
<context>
    <name>RedactCommand</name>
    <message>
        <source>Added &apos;%1&apos;: it is withheld from what is sent.</source>
        <translation>Se añadió &apos;%1&apos;: se oculta en lo que se envía.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a term.</source>
        <translation>&apos;%1&apos; ya es un término.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term.</source>
        <translation>&apos;%1&apos; no es un término.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>Se quitó &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; or &apos;redact terms list [--json]&apos;.</source>
        <translation>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; o &apos;redact terms list [--json]&apos;.</translation>
    </message>
    <message>
        <source>Redaction is off (policy redact off): the text is sent as it is.</source>
        <translation>La ocultación está desactivada (policy redact off): el texto se envía tal cual.</translation>
    </message>
    <message>
        <source>Nothing to withhold was found.</source>
        <translation>No se encontró nada que ocultar.</translation>
    </message>
    <message>
        <source>Withhold personal data from what is sent (docs/PRIVACY.md).

  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider
                                    (what was replaced goes to stderr, or into --json)
  redact terms add TERM | remove TERM | list [--json]
                                    your own terms (names, a company, code names)

When it runs: sotto policy set redact off|internet|always. Detection can miss things.</source>
        <translation>Ocultar los datos personales en lo que se envía (docs/PRIVACY.md).

  redact --dry-run TEXT             imprimir TEXT tal como se enviaría a un proveedor en internet
                                    (lo reemplazado va a stderr, o a --json)
  redact terms add TERM | remove TERM | list [--json]
                                    sus propios términos (nombres, una empresa, nombres en clave)

Cuándo se aplica: sotto policy set redact off|internet|always. La detección puede pasar cosas por alto.</translation>
    </message>
    <message>
        <source>Show what would be sent.</source>
        <translation>Mostrar lo que se enviaría.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>TEXT, or: terms add|remove|list</source>
        <translation>TEXT, o: terms add|remove|list</translation>
    </message>
    <message>
        <source>Use &apos;redact --dry-run TEXT&apos; or &apos;redact terms add|remove|list&apos;.</source>
        <translation>Use &apos;redact --dry-run TEXT&apos; o &apos;redact terms add|remove|list&apos;.</translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message>
        <source>GPS position</source>
        <translation>posición GPS</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>marca y modelo de la cámara</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>fecha de captura</translation>
    </message>
    <message>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>%n etiqueta más</numerusform>
            <numerusform>%n etiquetas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text note(s)</source>
        <translation>
            <numerusform>%n nota de texto</numerusform>
            <numerusform>%n notas de texto</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP data</source>
        <translation>datos XMP</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>perfil de color</translation>
    </message>
    <message>
        <source>The image carried no metadata.</source>
        <translation>La imagen no contenía metadatos.</translation>
    </message>
    <message>
        <source>Removed before storing and sending: %1.</source>
        <extracomment>%1 is a list such as &quot;GPS position, camera make and model, 12 other tags&quot;.</extracomment>
        <translation>Eliminado antes de guardar y enviar: %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search titles, messages and reasoning in the vault (every word must match).</source>
        <translation>Buscar en los títulos, mensajes y razonamientos de la bóveda (deben aparecer todas las palabras).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (default 50).</source>
        <translation>Como máximo &lt;n&gt; resultados (50 de forma predeterminada).</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Las palabras que buscar.</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the words to look for.</source>
        <translation>&apos;search&apos; necesita las palabras que buscar.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>No hay coincidencias.</translation>
    </message>
</context>
<context>
    <name>TerminalSendPrompter</name>
    <message>
        <source>this computer</source>
        <translation>en este ordenador</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>en su red local</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>en internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, on %4)? [y/N, a: yes and don&apos;t ask again for it] </source>
        <translation>¿Enviar %1 a %2 (%3, %4)? [s/N, a: sí y no volver a preguntar] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the letter that answers yes to the [y/N] prompt</comment>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <source>Turn speech into text: send an audio file to an OpenAI-compatible transcription endpoint (audited like any request) and print the text. Without --provider or --api, the provider chosen for transcription in the settings is used.</source>
        <translation>Convertir voz en texto: enviar un archivo de audio a un punto de transcripción compatible con OpenAI (auditado como cualquier solicitud) e imprimir el texto. Sin --provider ni --api, se usa el proveedor elegido para la transcripción en los ajustes.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Un proveedor añadido con «sotto providers add».</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai (any OpenAI-compatible server).</source>
        <translation>Proveedor puntual: openai (cualquier servidor compatible con OpenAI).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1).</source>
        <translation>Proveedor puntual: la raíz de la API (p. ej., http://127.0.0.1:8000/v1).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Proveedor puntual: la variable de entorno que contiene la clave de API.</translation>
    </message>
    <message>
        <source>The transcription model (default: the setting, else %1).</source>
        <translation>El modelo de transcripción (por defecto: el ajuste; si no, %1).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB.</source>
        <translation>El audio: WAV, MP3, FLAC, Ogg, M4A o WebM, 25 MB como máximo.</translation>
    </message>
    <message>
        <source>&apos;transcribe&apos; needs one audio file.</source>
        <translation>«transcribe» necesita un archivo de audio.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Indique --provider NOMBRE o bien --api con --base-url.</translation>
    </message>
    <message>
        <source>--api needs --base-url, and --base-url --api.</source>
        <translation>--api necesita --base-url, y --base-url necesita --api.</translation>
    </message>
    <message>
        <source>--api must be openai.</source>
        <translation>--api debe ser openai.</translation>
    </message>
    <message>
        <source>The %1 API has no transcription endpoint; use --api openai with an OpenAI-compatible server.</source>
        <translation>La API %1 no tiene punto de transcripción; use --api openai con un servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Give --provider NAME or --api openai with --base-url, or choose a transcription provider in the settings.</source>
        <translation>Indique --provider NOMBRE o --api openai con --base-url, o elija un proveedor de transcripción en los ajustes.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint.</source>
        <translation>%1 usa la API %2, que no tiene punto de transcripción.</translation>
    </message>
    <message>
        <source>Interrupted by %1.</source>
        <translation>Interrumpido por %1.</translation>
    </message>
    <message>
        <source>The transcription ended without an answer.</source>
        <translation>La transcripción terminó sin respuesta.</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <source>%1 is larger than %2 MB, the most a transcription service takes.</source>
        <translation>%1 supera los %2 MB, el máximo que admite un servicio de transcripción.</translation>
    </message>
    <message>
        <source>%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).</source>
        <translation>%1 no es audio que se pueda transcribir (WAV, MP3, FLAC, Ogg, M4A o WebM).</translation>
    </message>
    <message>
        <source>No provider is chosen for transcription: choose one in Settings › Voice.</source>
        <translation>No hay proveedor elegido para la transcripción: elija uno en Ajustes › Voz.</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>Look after the encrypted vault.</source>
        <translation>Mantener la bóveda cifrada.</translation>
    </message>
    <message>
        <source>change-passphrase: read the new passphrase from &lt;file&gt; (else $SOTTO_NEW_PASSPHRASE, else a prompt).</source>
        <translation>change-passphrase: leer la nueva frase de contraseña de &lt;file&gt; (si no, $SOTTO_NEW_PASSPHRASE; si no, se pregunta).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>sustituida por una restauración</translation>
    </message>
    <message>
        <source>There are no copies of the vault.</source>
        <translation>No hay copias de la bóveda.</translation>
    </message>
    <message>
        <source>Restored the copy %1; the files it replaced are kept as another copy.</source>
        <translation>Se restauró la copia %1; los archivos que sustituyó se conservan como otra copia.</translation>
    </message>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>La bóveda de %1 está dañada (se encontró %n problema).</numerusform>
            <numerusform>La bóveda de %1 está dañada (se encontraron %n problemas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault in %1 is intact.</source>
        <translation>La bóveda de %1 está intacta.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>Aún no hay ninguna bóveda en %1.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>SOTTO_NEW_PASSPHRASE is empty.</source>
        <translation>SOTTO_NEW_PASSPHRASE está vacía.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repita la nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase has been changed.</source>
        <translation>Se cambió la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). The backup is encrypted: it opens with the passphrase the vault has now.</source>
        <translation>Se hizo una copia de seguridad de la bóveda en %1 (%2). La copia de seguridad está cifrada: se abre con la frase de contraseña que tiene ahora la bóveda.</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>Frase de contraseña de la copia de seguridad %1: </translation>
    </message>
    <message>
        <source>The files it replaced are kept as the copy %1 (&apos;sotto vault backups&apos;).</source>
        <translation>Los archivos sustituidos se conservan como la copia %1 (&apos;sotto vault backups&apos;).</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Se restauró la bóveda desde %1, copia de seguridad hecha el %2.</translation>
    </message>
    <message>
        <source>restore: put back the vault from the backup file &lt;file&gt; (made by &apos;sotto vault backup&apos;; it asks for that backup&apos;s passphrase).</source>
        <translation>restore: restaurar la bóveda desde el archivo de copia de seguridad &lt;file&gt; (creado con &apos;sotto vault backup&apos;; pide la frase de contraseña de esa copia de seguridad).</translation>
    </message>
    <message>
        <source>backup FILE: write the vault, still encrypted, to one file; check: verify the vault&apos;s integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy or a backup file back (the current files are kept as another copy).</source>
        <translation>backup FILE: escribir la bóveda, aún cifrada, en un solo archivo; check: comprobar la integridad de la bóveda; change-passphrase: volver a cifrarla con una nueva frase de contraseña; backups: listar las copias hechas antes de las actualizaciones y las restauraciones; restore ID | restore --file FILE: restaurar una copia o un archivo de copia de seguridad (los archivos actuales se conservan como otra copia).</translation>
    </message>
    <message>
        <source>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; or &apos;restore --file FILE&apos;.</source>
        <translation>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; o &apos;restore --file FILE&apos;.</translation>
    </message>
</context>
<context>
    <name>sotto::AuditDashboard</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message>
        <source>There is no audit record %1.</source>
        <translation>No existe el registro de auditoría %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>Se vació la auditoría: se eliminó %n registro anterior.</numerusform>
            <numerusform>Se vació la auditoría: se eliminaron %n registros anteriores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ChatController</name>
    <message>
        <source>Add a model provider first (Settings → Providers).</source>
        <translation>Añada primero un proveedor de modelos (Ajustes → Proveedores).</translation>
    </message>
    <message>
        <source>Choose a provider for this conversation.</source>
        <translation>Elija un proveedor para esta conversación.</translation>
    </message>
</context>
<context>
    <name>sotto::ChatGptReader</name>
    <message>
        <source>[image not included]</source>
        <translation>[imagen no incluida]</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Una conversación no es un objeto.</translation>
    </message>
    <message>
        <source>A conversation has no message tree (&quot;mapping&quot;).</source>
        <translation>Una conversación no tiene árbol de mensajes (&quot;mapping&quot;).</translation>
    </message>
</context>
<context>
    <name>sotto::ClaudeReader</name>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Una conversación no es un objeto.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages (&quot;chat_messages&quot;).</source>
        <translation>Una conversación no tiene lista de mensajes (&quot;chat_messages&quot;).</translation>
    </message>
    <message>
        <source>Attached %1:</source>
        <translation>Adjunto %1:</translation>
    </message>
    <message>
        <source>[image not included]</source>
        <translation>[imagen no incluida]</translation>
    </message>
    <message>
        <source>[file not included: %1]</source>
        <translation>[archivo no incluido: %1]</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplatingTurn</name>
    <message>
        <source>agent %1 (%2)</source>
        <translation>agente %1 (%2)</translation>
    </message>
    <message>
        <source>no answer within the agent deadline of %1 s</source>
        <translation>sin respuesta dentro del plazo del agente de %1 s</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>This conversation is local-only and the ensemble asks agents that are not on this machine; nothing was sent.</source>
        <translation>Esta conversación es solo local y el conjunto pregunta a agentes que no están en este ordenador; no se envió nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No agent answered — %1.</source>
        <translation>Ningún agente respondió: %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationEstimate</name>
    <message>
        <source>agent %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>agent %1, round 2</source>
        <translation>agente %1, ronda 2</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>síntesis</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images</source>
        <translation>%1: %2 (%3) en %4 [%5]: %6 bytes, %7 caracteres, %8 imágenes</translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, más las respuestas de los agentes</translation>
    </message>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>total: %n solicitud</numerusform>
            <numerusform>total: %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bytes, %2 characters, %3 images before the agents&apos; answers</source>
        <translation>, %1 bytes, %2 caracteres, %3 imágenes antes de las respuestas de los agentes</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationSetup</name>
    <message>
        <source>There is no ensemble named “%1” any more: choose who contemplates.</source>
        <translation>Ya no existe ningún conjunto llamado «%1»: elija quién delibera.</translation>
    </message>
    <message>
        <source>The ensemble “%1” names providers that are not configured: %2.</source>
        <translation>El conjunto «%1» incluye proveedores sin configurar: %2.</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationImport</name>
    <message>
        <source>[image not included]</source>
        <translation>[imagen no incluida]</translation>
    </message>
    <message>
        <source>It is not a %1: it looks like a %2.</source>
        <translation>No es una %1: parece una %2.</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>Conversación %1: %2</translation>
    </message>
    <message>
        <source>It nests deeper than an export does (%1 levels).</source>
        <translation>Tiene más niveles de anidamiento que una exportación (%1 niveles).</translation>
    </message>
    <message>
        <source>It is damaged or incomplete: %1</source>
        <translation>Está dañado o incompleto: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationRepository</name>
    <message>
        <source>An incognito conversation is never stored.</source>
        <translation>Una conversación de incógnito nunca se guarda.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>No existe la conversación %1.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressExchange</name>
    <message>
        <source>The request to %1 could not be sent: %2.</source>
        <translation>No se pudo enviar la solicitud a %1: %2.</translation>
    </message>
    <message>
        <source>Could not find the server %1.</source>
        <translation>No se encontró el servidor %1.</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the request (%1).</source>
        <translation>No enviada: el registro de privacidad no pudo anotar la solicitud (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>No se pudo conectar con %1 en %2 s.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request was stopped.</source>
        <translation>%1 no envió nada durante %2 s; se detuvo la solicitud.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Sotto does not follow redirects.</source>
        <translation>%1 redirigió la solicitud a %2; Sotto no sigue redirecciones.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2).</source>
        <translation>%1 envió una respuesta mal formada (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 respondió HTTP %2%3.</translation>
    </message>
    <message>
        <source>%1 refused the connection; is the server running?</source>
        <translation>%1 rechazó la conexión; ¿está en marcha el servidor?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>Falló la conexión segura con %1.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was set up.</source>
        <translation>%1 cerró la conexión antes de establecerla.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <source>Not sent, blocked by your privacy settings: %1.</source>
        <translation>No enviada, bloqueada por su configuración de privacidad: %1.</translation>
    </message>
    <message>
        <source>Sotto was closing.</source>
        <translation>Sotto se estaba cerrando.</translation>
    </message>
    <message>
        <source>Could not look up the server %1 within %2 s.</source>
        <translation>No se encontró el servidor %1 en %2 s.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1 no respondió en %2 s; se detuvo la solicitud.</translation>
    </message>
    <message>
        <source>Stopped by your privacy settings: %1.</source>
        <translation>Detenido por su configuración de privacidad: %1.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the proxy of provider %2 is not valid (%3).</source>
        <translation>No se pudo enviar la solicitud a %1: el proxy del proveedor %2 no es válido (%3).</translation>
    </message>
    <message>
        <source>Could not find the proxy %1.</source>
        <translation>No se encontró el proxy %1.</translation>
    </message>
    <message>
        <source>The proxy %1 did not connect to %2: %3.</source>
        <translation>El proxy %1 no se conectó a %2: %3.</translation>
    </message>
    <message>
        <source>The proxy %1 sent data of its own before the request to %2.</source>
        <translation>El proxy %1 envió datos propios antes de la solicitud a %2.</translation>
    </message>
    <message>
        <source>Could not look up the proxy %1 within %2 s.</source>
        <translation>No se pudo resolver el proxy %1 en %2 s.</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2 within %3 s.</source>
        <translation>No se pudo conectar con %1 a través del proxy %2 en %3 s.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection; is it running?</source>
        <translation>El proxy %1 rechazó la conexión; ¿está en marcha?</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before connecting to %2.</source>
        <translation>El proxy %1 cerró la conexión antes de conectar con %2.</translation>
    </message>
    <message>
        <source>The connection to the proxy %1 failed: %2</source>
        <translation>La conexión con el proxy %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>sotto::EgressPolicy</name>
    <message>
        <source>provider %1 is disabled</source>
        <translation>el proveedor %1 está desactivado</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>el modo sin conexión está activado</translation>
    </message>
    <message>
        <source>conversation is local-only</source>
        <translation>la conversación es solo local</translation>
    </message>
    <message>
        <source>http-to-internet is denied for provider %1</source>
        <translation>http-to-internet está denegado para el proveedor %1</translation>
    </message>
    <message>
        <source>you declined sending</source>
        <translation>usted rechazó el envío</translation>
    </message>
    <message>
        <source>ask-before-send is on and nothing could ask you</source>
        <translation>ask-before-send está activado y nada pudo preguntarle</translation>
    </message>
    <message>
        <source>ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address</source>
        <translation>preguntar antes de enviar: aprobó %1 como destino %2, pero se resolvió en una dirección %3</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleCatalog</name>
    <message>
        <source>Choose a provider for every agent.</source>
        <translation>Elija un proveedor para cada agente.</translation>
    </message>
    <message>
        <source>There is already an ensemble named %1.</source>
        <translation>Ya existe un conjunto llamado %1.</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleRepository</name>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Un conjunto necesita un nombre.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents.</source>
        <translation>Un conjunto tiene de %1 a %2 agentes.</translation>
    </message>
    <message>
        <source>An ensemble has 1 or 2 rounds.</source>
        <translation>Un conjunto tiene 1 o 2 rondas.</translation>
    </message>
    <message>
        <source>There is no ensemble named %1.</source>
        <translation>No existe ningún conjunto llamado %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ExportLabels</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>Exported from Sotto on %1</source>
        <translation>Exportado de Sotto el %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Asistente · %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>versión %1 de %2</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 tokens de entrada · %2 de salida</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Agent %1 · %2 · round %3</source>
        <translation>Agente %1 · %2 · ronda %3</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
</context>
<context>
    <name>sotto::ExportTarget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>la exportación no se inició</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
</context>
<context>
    <name>sotto::ImportFormat</name>
    <message>
        <source>Sotto JSON export</source>
        <translation>exportación JSON de Sotto</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>exportación de ChatGPT</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>exportación de Claude</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSniffer</name>
    <message>
        <source>It is not a JSON file.</source>
        <translation>No es un archivo JSON.</translation>
    </message>
    <message>
        <source>It is not an export of Sotto, ChatGPT or Claude.</source>
        <translation>No es una exportación de Sotto, ChatGPT ni Claude.</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>It is a damaged or incomplete zip file.</source>
        <translation>Es un archivo zip dañado o incompleto.</translation>
    </message>
    <message>
        <source>It is a damaged zip file.</source>
        <translation>Es un archivo zip dañado.</translation>
    </message>
    <message>
        <source>It holds a file whose path leaves the archive (%1).</source>
        <translation>Contiene un archivo cuya ruta sale del archivo comprimido (%1).</translation>
    </message>
    <message>
        <source>The zip file holds no conversations.json.</source>
        <translation>El archivo zip no contiene conversations.json.</translation>
    </message>
    <message>
        <source>Its conversations.json is larger than an import may be.</source>
        <translation>Su conversations.json es más grande de lo que permite una importación.</translation>
    </message>
    <message>
        <source>There is no archive to read from.</source>
        <translation>No hay ningún archivo comprimido del que leer.</translation>
    </message>
    <message>
        <source>The zip file has no %1.</source>
        <translation>El archivo zip no contiene %1.</translation>
    </message>
    <message>
        <source>%1 is larger than it may be.</source>
        <translation>%1 es más grande de lo permitido.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 está dañado.</translation>
    </message>
</context>
<context>
    <name>sotto::JsonByteSource</name>
    <message>
        <source>It unpacks to far more than it holds (a zip bomb).</source>
        <translation>Se descomprime en mucho más de lo que contiene (una bomba zip).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>It is larger than an import may be (%1 MB).</source>
        <translation>Es más grande de lo que permite una importación (%1 MB).</translation>
    </message>
    <message>
        <source>It holds a text longer than an import may hold (%1 MB).</source>
        <translation>Contiene un texto más largo de lo que permite una importación (%1 MB).</translation>
    </message>
</context>
<context>
    <name>sotto::JsonElementStream</name>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>%1 (near byte %2)</source>
        <translation>%1 (cerca del byte %2)</translation>
    </message>
    <message>
        <source>It is not a list of conversations.</source>
        <translation>No es una lista de conversaciones.</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>Su &quot;%1&quot; no es una lista.</translation>
    </message>
    <message>
        <source>It is not an object.</source>
        <translation>No es un objeto.</translation>
    </message>
    <message>
        <source>It has no &quot;%1&quot; list.</source>
        <translation>No tiene una lista &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It ended too soon.</source>
        <translation>Termina demasiado pronto.</translation>
    </message>
</context>
<context>
    <name>sotto::KeyDerivation</name>
    <message>
        <source>The vault&apos;s key derivation settings are invalid.</source>
        <translation>Los parámetros de derivación de clave de la bóveda no son válidos.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key.</source>
        <translation>No hay memoria suficiente para derivar la clave de la bóveda.</translation>
    </message>
</context>
<context>
    <name>sotto::LocalServerDiscovery</name>
    <message>
        <source>The answer was too long for a list of models.</source>
        <translation>La respuesta era demasiado larga para una lista de modelos.</translation>
    </message>
</context>
<context>
    <name>sotto::MessageRepository</name>
    <message>
        <source>There is no message %1.</source>
        <translation>No existe el mensaje %1.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>No existe el adjunto %1.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>No existe la conversación %1.</translation>
    </message>
</context>
<context>
    <name>sotto::PassphraseStrength</name>
    <message>
        <source>Very weak: this could be guessed in moments.</source>
        <translation>Muy débil: se podría adivinar en un momento.</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words to make it stronger.</source>
        <translation>Débil: añada unas cuantas palabras sin relación entre sí para reforzarla.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Excellent.</source>
        <translation>Excelente.</translation>
    </message>
</context>
<context>
    <name>sotto::PdfExport</name>
    <message>
        <source>Could not write the PDF.</source>
        <translation>No se pudo escribir el PDF.</translation>
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
    <name>sotto::ProviderErrors</name>
    <message>
        <source>%1 is overloaded right now; try again in a moment.</source>
        <translation>%1 está sobrecargado en este momento; vuelva a intentarlo en un instante.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1 indica un límite de frecuencia; vuelva a intentarlo en %n s.</numerusform>
            <numerusform>%1 indica un límite de frecuencia; vuelva a intentarlo en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports a rate limit; try again later.</source>
        <translation>%1 indica un límite de frecuencia; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 rejected the API key.</source>
        <translation>%1 rechazó la clave de API.</translation>
    </message>
    <message>
        <source>%1 has no model named “%2”.</source>
        <translation>%1 no tiene ningún modelo llamado «%2».</translation>
    </message>
    <message>
        <source>%1 has no such API endpoint (HTTP 404); check the provider&apos;s base URL.</source>
        <translation>%1 no tiene ese punto de acceso de API (HTTP 404); compruebe la URL base del proveedor.</translation>
    </message>
    <message>
        <source>%1 says the account has no credit or quota left.</source>
        <translation>%1 indica que la cuenta no tiene saldo ni cuota disponibles.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2): %3</source>
        <translation>%1 tuvo un error del servidor (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 tuvo un error del servidor (HTTP %2); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 rechazó la solicitud: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 rechazó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 respondió con un error: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 respondió con el estado HTTP %2.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error.</source>
        <translation>%1 detuvo la respuesta con un error.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error: %2</source>
        <translation>%1 detuvo la respuesta con un error: %2</translation>
    </message>
    <message>
        <source>%1 says the conversation is longer than the model can read at once (its context window). Lower the provider&apos;s context budget so that older messages are left out, or start a new conversation.</source>
        <translation>%1 indica que la conversación es más larga de lo que el modelo puede leer de una vez (su ventana de contexto). Reduzca el presupuesto de contexto del proveedor para que se omitan los mensajes más antiguos, o empiece una conversación nueva.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderPresets</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>Groq</source>
        <translation>Groq</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>Mistral</source>
        <translation>Mistral</translation>
    </message>
    <message>
        <source>Ollama (on this computer)</source>
        <translation>Ollama (en este ordenador)</translation>
    </message>
    <message>
        <source>llama.cpp server (on this computer)</source>
        <translation>Servidor de llama.cpp (en este ordenador)</translation>
    </message>
    <message>
        <source>LM Studio (on this computer)</source>
        <translation>LM Studio (en este ordenador)</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>Personalizado compatible con OpenAI</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>Un proveedor necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>No existe ningún proveedor llamado %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRequests</name>
    <message>
        <source>The provider&apos;s list of models could not be read.</source>
        <translation>No se pudo leer la lista de modelos del proveedor.</translation>
    </message>
</context>
<context>
    <name>sotto::ProxyHandshake</name>
    <message>
        <source>general failure</source>
        <translation>fallo general</translation>
    </message>
    <message>
        <source>not allowed by its rules</source>
        <translation>no permitido por sus reglas</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>red inalcanzable</translation>
    </message>
    <message>
        <source>host unreachable or not found</source>
        <translation>host inalcanzable o no encontrado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>time to live expired</source>
        <translation>tiempo de vida (TTL) agotado</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>orden no admitida</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>tipo de dirección no admitido</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>the host name is too long for a SOCKS5 proxy</source>
        <translation>el nombre de host es demasiado largo para un proxy SOCKS5</translation>
    </message>
    <message>
        <source>the HTTP proxy&apos;s answer to CONNECT is too long</source>
        <translation>la respuesta del proxy HTTP a CONNECT es demasiado larga</translation>
    </message>
    <message>
        <source>the HTTP proxy did not answer in HTTP</source>
        <translation>el proxy HTTP no respondió en HTTP</translation>
    </message>
    <message>
        <source>the HTTP proxy refused the tunnel: %1</source>
        <translation>el proxy HTTP rechazó el túnel: %1</translation>
    </message>
    <message>
        <source>the proxy does not speak SOCKS5</source>
        <translation>el proxy no habla SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy wants a login, which Sotto does not support</source>
        <translation>el proxy SOCKS5 pide un inicio de sesión, que Sotto no admite</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy could not connect: %1</source>
        <translation>el proxy SOCKS5 no pudo conectar: %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy sent a malformed reply</source>
        <translation>el proxy SOCKS5 envió una respuesta mal formada</translation>
    </message>
</context>
<context>
    <name>sotto::ProxySpec</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL; use http://HOST:PORT or socks5h://HOST:PORT.</source>
        <translation>&apos;%1&apos; no es una URL de proxy; use http://HOST:PORT o socks5h://HOST:PORT.</translation>
    </message>
    <message>
        <source>With socks5:// every server&apos;s name would be looked up on this computer; use socks5h:// so the proxy resolves names.</source>
        <translation>Con socks5:// el nombre de cada servidor se resolvería en este ordenador; use socks5h:// para que el proxy resuelva los nombres.</translation>
    </message>
    <message>
        <source>Sotto speaks http:// (CONNECT) and socks5h:// proxies, not %1://.</source>
        <translation>Sotto admite proxies http:// (CONNECT) y socks5h://, no %1://.</translation>
    </message>
    <message>
        <source>A proxy URL may not carry a user name or password.</source>
        <translation>Una URL de proxy no puede llevar usuario ni contraseña.</translation>
    </message>
    <message>
        <source>A proxy URL is only a scheme, a host and a port.</source>
        <translation>Una URL de proxy es solo un esquema, un host y un puerto.</translation>
    </message>
    <message>
        <source>A proxy URL needs its port (for example socks5h://127.0.0.1:9050).</source>
        <translation>Una URL de proxy necesita su puerto (por ejemplo socks5h://127.0.0.1:9050).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name is too long.</source>
        <translation>El nombre de host del proxy es demasiado largo.</translation>
    </message>
</context>
<context>
    <name>sotto::SendPrompter</name>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Text: %1 characters</source>
        <translation>Texto: %1 caracteres</translation>
    </message>
    <message>
        <source>Messages: %1 sent (the question included), %2 earlier ones left out to fit the context</source>
        <translation>Mensajes: %1 enviados (incluida la pregunta), %2 anteriores omitidos para caber en el contexto</translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>Imágenes: %1 (%2)</translation>
    </message>
    <message>
        <source>Personal data replaced by placeholders: %1</source>
        <translation>Datos personales sustituidos por marcadores: %1</translation>
    </message>
</context>
<context>
    <name>sotto::Session</name>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Existe una copia del %1: &apos;sotto vault restore %2&apos; la restaura.</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>«%1» aún no se ha guardado.</translation>
    </message>
    <message>
        <source>An answer is still being written. Stop it or let it finish, then restore the backup.</source>
        <translation>Todavía se está escribiendo una respuesta. Deténgala o deje que termine y, después, restaure la copia de seguridad.</translation>
    </message>
    <message>
        <source>The provider chosen for transcription, %1, is no longer configured: choose another in Settings › Voice.</source>
        <translation>El proveedor elegido para la transcripción, %1, ya no está configurado: elija otro en Ajustes › Voz.</translation>
    </message>
</context>
<context>
    <name>sotto::SottoJsonReader</name>
    <message>
        <source>It is not a Sotto JSON export.</source>
        <translation>No es una exportación JSON de Sotto.</translation>
    </message>
    <message>
        <source>It is a version of Sotto&apos;s format this Sotto cannot read.</source>
        <translation>Es una versión del formato de Sotto que este Sotto no puede leer.</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Una conversación no es un objeto.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages.</source>
        <translation>Una conversación no tiene lista de mensajes.</translation>
    </message>
    <message>
        <source>A message has no id, or one another message has.</source>
        <translation>Un mensaje no tiene id, o tiene uno que ya tiene otro mensaje.</translation>
    </message>
    <message>
        <source>Message %1 follows a message that is not before it.</source>
        <translation>El mensaje %1 sigue a un mensaje que no está antes que él.</translation>
    </message>
    <message>
        <source>Message %1 has no role.</source>
        <translation>El mensaje %1 no tiene rol.</translation>
    </message>
    <message>
        <source>An image of message %1 is not base64.</source>
        <translation>Una imagen del mensaje %1 no está en base64.</translation>
    </message>
</context>
<context>
    <name>sotto::SqlStatement</name>
    <message>
        <source>The disk is full, so the vault could not save the latest change. Free some space; what was saved before is intact.</source>
        <translation>El disco está lleno, así que la bóveda no pudo guardar el último cambio. Libere espacio; lo que se guardó antes está intacto.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (read-only or no permission), so the latest change was not saved.</source>
        <translation>No se puede escribir en la carpeta de la bóveda (solo lectura o sin permiso), así que no se guardó el último cambio.</translation>
    </message>
    <message>
        <source>A read or write error occurred in the vault, so the latest change was not saved.</source>
        <translation>Se produjo un error de lectura o escritura en la bóveda, así que no se guardó el último cambio.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Run an integrity check.</source>
        <translation>La base de datos de la bóveda está dañada. Ejecute una comprobación de integridad.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again.</source>
        <translation>La bóveda está ocupada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The change conflicts with what the vault holds.</source>
        <translation>El cambio entra en conflicto con el contenido de la bóveda.</translation>
    </message>
    <message>
        <source>Unexpected vault error.</source>
        <translation>Error inesperado de la bóveda.</translation>
    </message>
</context>
<context>
    <name>sotto::StreamParser</name>
    <message>
        <source>The provider reported an error.</source>
        <translation>El proveedor informó de un error.</translation>
    </message>
    <message>
        <source>Gemini refused the prompt (%1).</source>
        <translation>Gemini rechazó la indicación (%1).</translation>
    </message>
    <message>
        <source>The server sent a part of the answer that is not valid JSON; it was skipped.</source>
        <translation>El servidor envió una parte de la respuesta que no es JSON válido; se omitió.</translation>
    </message>
    <message>
        <source>The server sent a line or an event larger than %1 MiB; the answer was stopped there.</source>
        <translation>El servidor envió una línea o un evento de más de %1 MiB; la respuesta se detuvo ahí.</translation>
    </message>
</context>
<context>
    <name>sotto::TurnRunner</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>The message to answer again is gone.</source>
        <translation>El mensaje al que volver a responder ya no existe.</translation>
    </message>
    <message>
        <source>The question is too long for the context budget of %1 tokens (about %2 tokens). Shorten it, attach fewer images, or raise the provider&apos;s context budget.</source>
        <translation>La pregunta es demasiado larga para el presupuesto de contexto de %1 tokens (unos %2 tokens). Acórtela, adjunte menos imágenes o aumente el presupuesto de contexto del proveedor.</translation>
    </message>
</context>
<context>
    <name>sotto::Vault</name>
    <message>
        <source>The vault in %1 is already open in another Sotto process (process %2). Close it first.</source>
        <translation>La bóveda de %1 ya está abierta en otro proceso de Sotto (proceso %2). Ciérrelo primero.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The profile %1 already holds a vault; Sotto will not overwrite it.</source>
        <translation>El perfil %1 ya contiene una bóveda; Sotto no la sobrescribirá.</translation>
    </message>
    <message>
        <source>Cannot finish creating the vault in %1.</source>
        <translation>No se puede terminar de crear la bóveda en %1.</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1.</source>
        <translation>No se puede crear la bóveda en %1.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>Aún no hay ninguna bóveda en %1.</translation>
    </message>
    <message>
        <source>The vault header %1 does not belong to the database %2 (their database ids differ). Nothing was changed; put back the header that came with this database, or restore a backup.</source>
        <translation>La cabecera de bóveda %1 no corresponde a la base de datos %2 (sus identificadores de base de datos difieren). No se cambió nada; vuelva a poner la cabecera que venía con esta base de datos o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>No se puede escribir la cabecera de bóveda %1.</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer version of Sotto (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>La bóveda de %1 la escribió una versión más reciente de Sotto (esquema %2; esta versión admite hasta el %3). No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Sotto: %1 It was left at schema version %2, and the copy taken before the update is in %3.</source>
        <translation>No se pudo actualizar la bóveda a esta versión de Sotto: %1 Se dejó en la versión de esquema %2, y la copia hecha antes de la actualización está en %3.</translation>
    </message>
    <message>
        <source>Cannot open the vault database %1.</source>
        <translation>No se puede abrir la base de datos de la bóveda %1.</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption engine rejected the key.</source>
        <translation>El motor de cifrado de la bóveda rechazó la clave.</translation>
    </message>
    <message>
        <source>Sotto was built against an SQLite without encryption; it refuses to write the vault in clear. Rebuild it with SQLCipher.</source>
        <translation>Sotto se compiló con un SQLite sin cifrado; se niega a escribir la bóveda sin cifrar. Vuelva a compilarlo con SQLCipher.</translation>
    </message>
    <message>
        <source>Cannot configure the vault&apos;s encryption.</source>
        <translation>No se puede configurar el cifrado de la bóveda.</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be read although the passphrase is right: it is damaged, or was replaced by another file. Nothing was changed; restore a backup.</source>
        <translation>No se puede leer la base de datos de la bóveda %1 aunque la frase de contraseña es correcta: está dañada o se sustituyó por otro archivo. No se cambió nada; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support write-ahead logging.</source>
        <translation>La carpeta de la bóveda no admite el registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>The change was rolled back.</source>
        <translation>Se revirtió el cambio.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nueva frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La frase de contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The vault is still in use; the passphrase was not changed.</source>
        <translation>La bóveda aún está en uso; no se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the passphrase was not changed.</source>
        <translation>No se puede sustituir %1; no se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish this at the next unlock.</source>
        <translation>Se cambió la frase de contraseña, pero no se pudo cambiar el nombre de %1 a %2; Sotto lo completará la próxima vez que se desbloquee.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase.</source>
        <translation>Esa no es la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>The vault cannot keep its temporary data in memory, so it was not opened.</source>
        <translation>La bóveda no puede mantener sus datos temporales en memoria, así que no se abrió.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultArchive</name>
    <message>
        <source>Cannot back up the vault now: part of it is still being written. Try again in a moment.</source>
        <translation>No se puede hacer una copia de seguridad de la bóveda ahora: una parte todavía se está escribiendo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>No se puede leer la bóveda %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written there; check the folder and the free space, then try again.</source>
        <translation>No se puede escribir la copia de seguridad %1: %2. No se escribió nada allí; compruebe la carpeta y el espacio libre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a Sotto vault backup it can read: %2</source>
        <translation>%1 no es una copia de seguridad de bóveda de Sotto que se pueda leer: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>no empieza como una copia de seguridad</translation>
    </message>
    <message>
        <source>it has format %1, which this version of Sotto does not know</source>
        <translation>tiene el formato %1, que esta versión de Sotto no conoce</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>su descripción está dañada</translation>
    </message>
    <message>
        <source>the key parameters it holds are damaged</source>
        <translation>los parámetros de clave que contiene están dañados</translation>
    </message>
    <message>
        <source>it is incomplete (cut short)</source>
        <translation>está incompleta (truncada)</translation>
    </message>
    <message>
        <source>it has extra bytes at the end</source>
        <translation>tiene bytes de más al final</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content does not match its checksum.</source>
        <translation>La copia de seguridad %1 está dañada: su contenido no coincide con su suma de comprobación.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key parameters belong to another vault.</source>
        <translation>La copia de seguridad %1 está dañada: sus parámetros de clave pertenecen a otra bóveda.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1. Nothing was changed; use the passphrase the vault had when the backup was made.</source>
        <translation>Esa frase de contraseña no abre la copia de seguridad %1. No se cambió nada; use la frase de contraseña que tenía la bóveda cuando se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::VaultBackups</name>
    <message>
        <source>Cannot copy the vault to %1 before updating it. Nothing was changed; free some space and try again.</source>
        <translation>No se puede copiar la bóveda a %1 antes de actualizarla. No se cambió nada; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>No existe la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Cannot remove the backup %1.</source>
        <translation>No se puede quitar la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The vault in %1 is open in another Sotto process; close it before restoring a backup.</source>
        <translation>La bóveda de %1 está abierta en otro proceso de Sotto; ciérrelo antes de restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to restore the backup. Nothing was deleted; the files moved so far are in %2.</source>
        <translation>No se puede apartar %1 para restaurar la copia de seguridad. No se eliminó nada; los archivos movidos hasta ahora están en %2.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place. The previous files are in %2.</source>
        <translation>No se puede copiar la copia de seguridad %1 a su sitio. Los archivos anteriores están en %2.</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place. The previous files are in %2.</source>
        <translation>No se puede poner la copia de seguridad %1 en su sitio. Los archivos anteriores están en %2.</translation>
    </message>
    <message>
        <source>Cannot read the copy in %1.</source>
        <translation>No se puede leer la copia de %1.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultHeader</name>
    <message>
        <source>The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.</source>
        <translation>La cabecera de bóveda %1 está dañada (%2). Restáurela desde una copia de seguridad de la carpeta de perfil.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>not a Sotto vault header</source>
        <translation>no es una cabecera de bóveda de Sotto</translation>
    </message>
    <message>
        <source>The vault header %1 has format %2, which this version of Sotto cannot read.</source>
        <translation>La cabecera de bóveda %1 tiene el formato %2, que esta versión de Sotto no puede leer.</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>derivación de clave desconocida</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>campos ausentes o mal formados</translation>
    </message>
    <message>
        <source>impossible key derivation limits</source>
        <translation>límites de derivación de clave imposibles</translation>
    </message>
    <message>
        <source>The vault header %1 is missing. Without it the vault cannot be unlocked; restore it from a backup of the profile folder.</source>
        <translation>Falta la cabecera de bóveda %1. Sin ella no se puede desbloquear la bóveda; restáurela desde una copia de seguridad de la carpeta de perfil.</translation>
    </message>
    <message>
        <source>Cannot read the vault header %1: %2</source>
        <translation>No se puede leer la cabecera de bóveda %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>No se puede escribir la cabecera de bóveda %1.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing. Restore it from a backup of the profile folder.</source>
        <translation>Falta la base de datos de la bóveda %1. Restáurela desde una copia de seguridad de la carpeta de perfil.</translation>
    </message>
    <message>
        <source>Cannot read the vault database %1: %2</source>
        <translation>No se puede leer la base de datos de la bóveda %1: %2</translation>
    </message>
    <message>
        <source>The vault database %1 is not encrypted. Sotto refuses to use it.</source>
        <translation>La base de datos de la bóveda %1 no está cifrada. Sotto se niega a usarla.</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; restore a backup.</source>
        <translation>La base de datos de la bóveda %1 está truncada o dañada (%2 bytes). No se cambió nada; restaure una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>There is no answer being streamed as message %1.</source>
        <translation>No se está transmitiendo ninguna respuesta como mensaje %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Sustituir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Replace the stored API key</source>
        <translation>Sustituir la clave de API guardada</translation>
    </message>
    <message>
        <source>Clear the stored API key</source>
        <translation>Borrar la clave de API guardada</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>The stored key is removed when you save.</source>
        <translation>La clave guardada se elimina al guardar.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>La clave nueva sustituye a la guardada al guardar.</translation>
    </message>
    <message>
        <source>Key stored (%1)</source>
        <translation>Clave guardada (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AppearancePage</name>
    <message>
        <source>Colour theme</source>
        <translation>Tema de color</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Conversation text size in points</source>
        <translation>Tamaño del texto de la conversación en puntos</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Conversation text &amp;size:</source>
        <translation>Ta&amp;maño del texto de la conversación:</translation>
    </message>
    <message>
        <source>Appearance is stored outside the vault, so it applies before you unlock. It never names anything you wrote.</source>
        <translation>La apariencia se guarda fuera de la bóveda, así que se aplica antes de desbloquearla. Nunca menciona nada de lo que usted ha escrito.</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (Shift+Enter starts a new line)</source>
        <translation>&amp;Intro envía el mensaje (Mayús+Intro inicia una línea nueva)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>Si está desactivado, Intro inicia una línea nueva y Ctrl+Intro envía.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Sotto will use this language the next time it starts.</source>
        <translation>Sotto usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditLabels</name>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Red local</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.</source>
        <translation>Bucle local (127.0.0.0/8, ::1, localhost): nada salió de este equipo.</translation>
    </message>
    <message>
        <source>Local network (a private, link-local or .local address): it left this computer, not the local network.</source>
        <translation>Red local (dirección privada, de enlace local o .local): salió de este equipo, no de la red local.</translation>
    </message>
    <message>
        <source>Internet (any other address or host name): it left your network.</source>
        <translation>Internet (cualquier otra dirección o nombre de host): salió de su red.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueadas</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>Enviada, sin respuesta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditTreeModel</name>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Audit cleared</source>
        <translation>Auditoría vaciada</translation>
    </message>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>%n registro eliminado</numerusform>
            <numerusform>%n registros eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloqueada: %1</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>Bloqueada · %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>%n solicitud de una respuesta</numerusform>
            <numerusform>%n solicitudes de una respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%1 de %n completada</numerusform>
            <numerusform>%1 de %n completadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Ocultaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1: %2 en %n solicitud</numerusform>
            <numerusform>%1: %2 en %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>Nada enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>%n solicitud · %1</numerusform>
            <numerusform>%n solicitudes · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraDialog</name>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>&amp;Capturar</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>&amp;Use Photo</source>
        <translation>&amp;Usar la foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>Hacer una foto</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Take the photo (Space or Enter)</source>
        <translation>Hacer la foto (Espacio o Intro)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>Usar la foto</translation>
    </message>
    <message>
        <source>Attach this photo to your message; its metadata is removed like any image&apos;s</source>
        <translation>Adjuntar esta foto a su mensaje; sus metadatos se eliminan como los de cualquier imagen</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied. Choose another camera, or cancel.</source>
        <translation>No se puede usar esta cámara: puede que otro programa la esté usando o que se haya denegado el acceso. Elija otra cámara o cancele.</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied.</source>
        <translation>No se puede usar esta cámara: puede que otro programa la esté usando o que se haya denegado el acceso.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>No se pudo hacer la foto. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraFlow</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>No se encontró ninguna cámara en este equipo.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChangePassphraseBox</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>Las frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Ca&amp;mbiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation>Robustez de la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation>Volviendo a cifrar la bóveda</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase. The old one stops working, and there is still no way to recover a lost passphrase.</source>
        <translation>La bóveda se vuelve a cifrar con la nueva frase de contraseña. La anterior deja de funcionar y sigue sin haber forma de recuperar una frase de contraseña perdida.</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>&amp;Actual:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nueva:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual que la actual.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Frase de contraseña débil</translation>
    </message>
    <message>
        <source>The new passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>La nueva frase de contraseña es fácil de adivinar. Cualquiera que copie el archivo de la bóveda podría probar muchas frases de contraseña rápidamente. ¿Usarla de todos modos?</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>No se cambió la frase de contraseña: %1</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>Se cambió la frase de contraseña. A partir de ahora, use la nueva.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message>
        <source>Local only</source>
        <translation>Solo local</translation>
    </message>
    <message>
        <source>Refuse to send this conversation anywhere but this computer</source>
        <translation>No enviar esta conversación a ningún sitio salvo a este ordenador</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>Delete this message from the vault?</source>
        <translation>¿Eliminar este mensaje de la bóveda?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>¿Abrir esta dirección en su navegador web?

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Editing your message: send to ask again from there, or press Esc to cancel.</source>
        <translation>Editando su mensaje: envíelo para volver a preguntar desde ahí o pulse Esc para cancelar.</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Stop the answer first (Esc), then delete the message.</source>
        <translation>Detenga primero la respuesta (Esc) y después elimine el mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>¿Eliminar de la bóveda este mensaje y el %n que lo sigue en esta versión?</numerusform>
            <numerusform>¿Eliminar de la bóveda este mensaje y los %n que lo siguen en esta versión?</numerusform>
        </translation>
    </message>
    <message>
        <source>Incognito: nothing in this chat is stored</source>
        <translation>Incógnito: no se guarda nada de este chat</translation>
    </message>
    <message>
        <source>This conversation is never written to the vault: closing it, opening another or locking forgets it. Requests are still recorded in the privacy log.</source>
        <translation>Esta conversación nunca se escribe en la bóveda: al cerrarla, abrir otra o bloquear, se olvida. Las solicitudes se siguen anotando en el registro de privacidad.</translation>
    </message>
    <message>
        <source>Contemplate this question?</source>
        <translation>¿Someter esta pregunta a deliberación?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>This answer&apos;s agents are not in the vault any more.</source>
        <translation>Los agentes de esta respuesta ya no están en la bóveda.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>este modelo</translation>
    </message>
    <message>
        <source>%1 agents of %2</source>
        <translation>%1 agentes de %2</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble “%1” (%n agents)</source>
        <translation>
            <numerusform>Conjunto «%1» (%n agente)</numerusform>
            <numerusform>Conjunto «%1» (%n agentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the agents of the ensemble “%1”</source>
        <translation>los agentes del conjunto «%1»</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. %1 cannot contemplate now: choose a provider, or an ensemble whose providers are all configured.</source>
        <translation>Deliberación (Ctrl+3): varios agentes razonan en paralelo y luego se sintetiza una única respuesta a partir de las suyas. Ahora mismo no pueden deliberar %1: elija un proveedor, o un conjunto cuyos proveedores estén todos configurados.</translation>
    </message>
    <message>
        <source>Send without the images?</source>
        <translation>¿Enviar sin las imágenes?</translation>
    </message>
    <message>
        <source>Send the text alone, or cancel and choose a model that sees images.</source>
        <translation>Envíe solo el texto, o cancele y elija un modelo que vea imágenes.</translation>
    </message>
    <message>
        <source>Send Text Only</source>
        <translation>Enviar solo texto</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images.</source>
        <extracomment>%1 a model, %2 its provider.</extracomment>
        <translation>%1 solo acepta texto, según %2: no puede ver imágenes.</translation>
    </message>
    <message>
        <source>Choose a model that sees images, or the text is sent alone.</source>
        <translation>Elija un modelo que vea imágenes, o se enviará solo el texto.</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Dictar</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir ajustes</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>This message is no longer in the vault.</source>
        <translation>Este mensaje ya no está en la bóveda.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Go to the latest message (Ctrl+End)</source>
        <translation>Ir al mensaje más reciente (Ctrl+Fin)</translation>
    </message>
    <message>
        <source>Go to the latest message</source>
        <translation>Ir al mensaje más reciente</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>Adjuntar imágenes (también puede pegarlas o soltarlas aquí)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Intro envía, Mayús+Intro inicia una línea nueva</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Intro envía, Intro inicia una línea nueva</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Quitar la imagen %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what has arrived is kept</source>
        <translation>Detener la respuesta (Esc); se conserva lo que ya ha llegado</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>Enviar (Intro o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Hacer una foto con la cámara</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Dictate: speak, and the words are written here for you to check</source>
        <translation>Dictar: hable y las palabras se escriben aquí para que las revise</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Dictar</translation>
    </message>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>Imagen %1: %2 × %3 píxeles, %4</translation>
    </message>
    <message>
        <source>Location removed</source>
        <translation>Ubicación eliminada</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>Sin metadatos</translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ComposerEdit</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <translation>Pregunte lo que quiera…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message>
        <source>&amp;New</source>
        <translation>Nue&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>Añadir un &amp;agente</translation>
    </message>
    <message>
        <source>&amp;Save ensemble</source>
        <translation>&amp;Guardar el conjunto</translation>
    </message>
    <message>
        <source>Add a provider on the Providers page first: each agent is a provider and one of its models.</source>
        <translation>Añada primero un proveedor en la página Proveedores: cada agente es un proveedor y uno de sus modelos.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Saved ensembles</source>
        <translation>Conjuntos guardados</translation>
    </message>
    <message>
        <source>New ensemble</source>
        <translation>Nuevo conjunto</translation>
    </message>
    <message>
        <source>Delete the ensemble</source>
        <translation>Eliminar el conjunto</translation>
    </message>
    <message>
        <source>Ensemble name</source>
        <translation>Nombre del conjunto</translation>
    </message>
    <message>
        <source>For example: local trio</source>
        <translation>Por ejemplo: trío local</translation>
    </message>
    <message>
        <source>Synthesiser provider</source>
        <translation>Proveedor de síntesis</translation>
    </message>
    <message>
        <source>Synthesiser model</source>
        <translation>Modelo de síntesis</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>Modelo predeterminado del proveedor</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>One: the agents answer, then one answer is written from theirs</source>
        <translation>Una: los agentes responden y luego se escribe una respuesta a partir de las suyas</translation>
    </message>
    <message>
        <source>Two: each agent first revises after reading the others</source>
        <translation>Dos: cada agente revisa primero su respuesta tras leer las de los demás</translation>
    </message>
    <message>
        <source>Agents (2 to 8), each a provider, a model and a perspective:</source>
        <translation>Agentes (de 2 a 8), cada uno con un proveedor, un modelo y una perspectiva:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>S&amp;ynthesiser:</source>
        <translation>&amp;Síntesis:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rondas:</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>Conjuntos</translation>
    </message>
    <message>
        <source>Contemplating asks several agents the same question at once, each in Thinking mode with its own perspective; then one more request writes a single answer from theirs. Three agents mean four requests a question (seven with a second round). The agents&apos; reasoning stays on this computer: only their answers are sent on to the synthesiser.</source>
        <translation>La deliberación hace la misma pregunta a varios agentes a la vez, cada uno en modo Reflexión con su propia perspectiva; después, una solicitud más escribe una única respuesta a partir de las suyas. Tres agentes suponen cuatro solicitudes por pregunta (siete con una segunda ronda). El razonamiento de los agentes se queda en este ordenador: solo sus respuestas se envían para la síntesis.</translation>
    </message>
    <message>
        <source>An agent that takes longer is left out and the answer is written from the others.</source>
        <translation>Un agente que tarde más se deja fuera y la respuesta se escribe a partir de las de los demás.</translation>
    </message>
    <message>
        <source>Without an ensemble, Contemplating asks the conversation&apos;s own model several times, from different perspectives. An ensemble can mix providers: two local models and one in the cloud, or all local.</source>
        <translation>Sin un conjunto, la deliberación pregunta varias veces al propio modelo de la conversación, desde distintas perspectivas. Un conjunto puede combinar proveedores: dos modelos locales y uno en la nube, o todos locales.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agente</numerusform>
            <numerusform>%n agentes</numerusform>
        </translation>
    </message>
    <message>
        <source>the new ensemble</source>
        <translation>este conjunto nuevo</translation>
    </message>
    <message>
        <source>Unsaved ensemble</source>
        <translation>Conjunto sin guardar</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>¿Descartar los cambios de %1?</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Agent %1 provider</source>
        <translation>Proveedor del agente %1</translation>
    </message>
    <message>
        <source>Agent %1 model</source>
        <translation>Modelo del agente %1</translation>
    </message>
    <message>
        <source>Agent %1 perspective</source>
        <translation>Perspectiva del agente %1</translation>
    </message>
    <message>
        <source>The instruction this agent works under. Empty: “%1”</source>
        <translation>La instrucción con la que trabaja este agente. Vacío: «%1»</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>Quitar el agente %1</translation>
    </message>
    <message>
        <source>The conversation&apos;s model</source>
        <translation>Modelo de la conversación</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (sin configurar)</translation>
    </message>
    <message>
        <source>Saved the ensemble %1.</source>
        <translation>Se guardó el conjunto %1.</translation>
    </message>
    <message>
        <source>Delete ensemble</source>
        <translation>Eliminar conjunto</translation>
    </message>
    <message>
        <source>Delete the ensemble %1? Answers it already gave stay in their conversations.</source>
        <translation>¿Eliminar el conjunto %1? Las respuestas que ya dio se quedan en sus conversaciones.</translation>
    </message>
    <message>
        <source>Deleted the ensemble %1.</source>
        <translation>Se eliminó el conjunto %1.</translation>
    </message>
    <message>
        <source>Time each agent&apos;s answer may take, in each round</source>
        <translation>Tiempo que puede tardar la respuesta de cada agente, en cada ronda</translation>
    </message>
    <message>
        <source>How long each agent&apos;s answer may take, in each round: with two rounds an agent has this time again to revise. An agent past it is reported and skipped.</source>
        <translation>Cuánto puede tardar la respuesta de cada agente, en cada ronda: con dos rondas, un agente vuelve a tener este tiempo para revisar. Un agente que lo supera se indica y se omite.</translation>
    </message>
    <message>
        <source>Each agent&apos;s answer may &amp;take:</source>
        <translation>La respuesta de cada agente puede &amp;tardar:</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>su red local</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <source>%1 agents, each revising once, + 1 synthesis</source>
        <translation>%1 agentes, que revisan una vez cada uno, + 1 síntesis</translation>
    </message>
    <message>
        <source>%1 agents + 1 synthesis</source>
        <translation>%1 agentes + 1 síntesis</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.
%2: %3 requests %4.
Each agent is sent the conversation; the synthesis the question and the agents&apos; answers (never their reasoning).</source>
        <translation>Deliberación (Ctrl+3): %1 razonan en paralelo y luego se sintetiza una única respuesta a partir de las suyas.
%2: %3 solicitudes %4.
Cada agente recibe la conversación; la síntesis recibe la pregunta y las respuestas de los agentes (nunca su razonamiento).</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Agent %1, revision</source>
        <translation>Agente %1, revisión</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Síntesis</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2 (%3), %4 en %5: %6, %n carácter</numerusform>
            <numerusform>%1 → %2 (%3), %4 en %5: %6, %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>, %n imagen</numerusform>
            <numerusform>, %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, más las respuestas de los agentes</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>La deliberación envía %n solicitud para esta pregunta:</numerusform>
            <numerusform>La deliberación envía %n solicitudes para esta pregunta:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>En total, %1 y %n carácter</numerusform>
            <numerusform>En total, %1 y %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source> before the agents&apos; answers.</source>
        <translation> antes de las respuestas de los agentes.</translation>
    </message>
    <message>
        <source>Send them? You will not be asked again for this conversation.</source>
        <translation>¿Enviarlas? No se le volverá a preguntar en esta conversación.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Razonó durante %n s</numerusform>
            <numerusform>Razonó durante %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>Incompleta: la respuesta terminó antes de completarse.</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>— Earlier messages were not sent: they did not fit the context budget —</source>
        <translation>— Los mensajes anteriores no se enviaron: no cabían en el presupuesto de contexto —</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 tokens de entrada · %2 de salida</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copiado</translation>
    </message>
    <message>
        <source>Show what each agent answered before the synthesis</source>
        <translation>Mostrar lo que respondió cada agente antes de la síntesis</translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>%n agente deliberó — mostrar</numerusform>
            <numerusform>%n agentes deliberaron — mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>What this answer cost: the tokens of the request, and of the answer</source>
        <translation>Lo que costó esta respuesta: los tokens de la solicitud y los de la respuesta</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Copiar este código</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Imagen %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationItemDelegate</name>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Pinned: </source>
        <translation>Fijada: </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>%1
Answering…</source>
        <translation>%1
Respondiendo…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Cree su bóveda</translation>
    </message>
    <message>
        <source>Sotto keeps your conversations, images, API keys and its record of what was sent in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Sotto guarda sus conversaciones, imágenes, claves de API y su registro de lo enviado en una bóveda cifrada en este ordenador. Elija una frase de contraseña para protegerla.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la bóveda: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez de la frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody — not even the makers of Sotto — can open the vault without it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;No hay forma de recuperar una frase de contraseña perdida.&lt;/b&gt; Nadie, ni siquiera los creadores de Sotto, puede abrir la bóveda sin ella. Anótela en un lugar seguro.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Entiendo que una frase de contraseña olvidada no se puede recuperar</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Frase de contraseña débil</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>Esta frase de contraseña es fácil de adivinar. Cualquiera que copie el archivo de la bóveda podría probar muchas frases de contraseña rápidamente. ¿Usarla de todos modos?</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Datos enviados</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Datos recibidos</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>Imágenes enviadas</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Ocultaciones</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueadas</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Por proveedor</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>Por host</translation>
    </message>
    <message>
        <source>none left this computer</source>
        <translation>ninguna salió de este equipo</translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n salió de este equipo</numerusform>
            <numerusform>%n salieron de este equipo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the internet</source>
        <translation>%1 a internet</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>%1 por solicitud</translation>
    </message>
    <message>
        <source>no images sent</source>
        <translation>ninguna imagen enviada</translation>
    </message>
    <message>
        <source>personal data replaced before sending</source>
        <translation>datos personales sustituidos antes de enviar</translation>
    </message>
    <message>
        <source>stopped by your settings</source>
        <translation>detenidas por su configuración</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message>
        <source>Privacy dashboard — Sotto</source>
        <translation>Panel de privacidad — Sotto</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Panel de privacidad</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>What left this computer, request by request.</source>
        <translation>Lo que salió de este equipo, solicitud por solicitud.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Since midnight</source>
        <translation>Desde medianoche</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>Today and the 6 days before</source>
        <translation>Hoy y los 6 días anteriores</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>Hoy y los 29 días anteriores</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Everything the audit holds</source>
        <translation>Todo lo que contiene la auditoría</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>Resumen (Ctrl+1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Requests (Ctrl+2)</source>
        <translation>Solicitudes (Ctrl+2)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the period&apos;s requests as CSV or JSON (the fields of “sotto audit”)</source>
        <translation>Guardar las solicitudes del periodo como CSV o JSON (los campos de «sotto audit»)</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Como CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Como JSON…</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Vaciar…</translation>
    </message>
    <message>
        <source>Delete every audit record; one record will say when and how many</source>
        <translation>Eliminar todos los registros de auditoría; uno indicará cuándo y cuántos</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exportar la auditoría</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n requests exported to %1</source>
        <translation>
            <numerusform>%n solicitud exportada a %1</numerusform>
            <numerusform>%n solicitudes exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the audit?</source>
        <translation>¿Vaciar la auditoría?</translation>
    </message>
    <message>
        <source>Every record of what was sent, and every kept request copy, will be deleted. One record will remain, saying when the audit was cleared and how many records it held. Export it first if you may need it.</source>
        <translation>Se eliminarán todos los registros de lo enviado y todas las copias de solicitudes guardadas. Quedará un registro que indica cuándo se vació la auditoría y cuántos registros contenía. Expórtela antes si puede necesitarla.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>%n registro borrado</numerusform>
            <numerusform>%n registros borrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationBadge</name>
    <message>
        <source>No provider: nothing is sent</source>
        <translation>Sin proveedor: no se envía nada</translation>
    </message>
    <message>
        <source>Choose a provider to start. Until then, nothing leaves this computer.</source>
        <translation>Elija un proveedor para empezar. Hasta entonces, nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>Se queda en este ordenador</translation>
    </message>
    <message>
        <source>Your words go to %1, a model running on this computer.</source>
        <translation>Sus palabras van a %1, un modelo que se ejecuta en este ordenador.</translation>
    </message>
    <message>
        <source>Local network: %1</source>
        <translation>Red local: %1</translation>
    </message>
    <message>
        <source>Your words go to %1 on your local network, not to the internet.</source>
        <translation>Sus palabras van a %1 en su red local, no a internet.</translation>
    </message>
    <message>
        <source>Internet: %1</source>
        <translation>Internet: %1</translation>
    </message>
    <message>
        <source>Your words go over the internet to %1.</source>
        <translation>Sus palabras van a %1 a través de internet.</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>solo local</translation>
    </message>
    <message>
        <source>This conversation is marked local only: Sotto refuses to send it anywhere but this computer.</source>
        <translation>Esta conversación está marcada como solo local: Sotto se niega a enviarla a ningún sitio salvo a este ordenador.</translation>
    </message>
    <message>
        <source>blocked: offline mode</source>
        <translation>bloqueado: modo sin conexión</translation>
    </message>
    <message>
        <source>Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.</source>
        <translation>El modo sin conexión está activado: no se envía nada a %1 hasta que lo desactive en Ajustes → Privacidad.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationShare</name>
    <message>
        <source>Where requests went</source>
        <translation>A dónde fueron las solicitudes</translation>
    </message>
    <message>
        <source>%1: %2% of requests, %3% of data sent</source>
        <translation>%1: %2 % de las solicitudes, %3 % de los datos enviados</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>A dónde fue</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Solicitudes enviadas</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Datos enviados</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Dictation</name>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>No se encontró ningún micrófono en este equipo.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: connect one to dictate.</source>
        <translation>No se encontró ningún micrófono en este equipo: conecte uno para dictar.</translation>
    </message>
    <message>
        <source>Nothing was recorded: is the microphone muted?</source>
        <translation>No se grabó nada: ¿está silenciado el micrófono?</translation>
    </message>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>No se reconoció ninguna voz en la grabación.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message>
        <source>Data sent per day</source>
        <translation>Datos enviados por día</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>%1 enviados, en %n barra</numerusform>
            <numerusform>%1 enviados, en %n barras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ExportFlow</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, everything kept (*.json)</source>
        <translation>JSON, todo conservado (*.json)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML, un solo archivo (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <source>Sotto conversations %1</source>
        <translation>Conversaciones de Sotto %1</translation>
    </message>
    <message>
        <source>Export all conversations (Markdown, HTML and PDF: a folder of that name)</source>
        <translation>Exportar todas las conversaciones (Markdown, HTML y PDF: una carpeta con ese nombre)</translation>
    </message>
    <message>
        <source>Export: not encrypted</source>
        <translation>Exportación: sin cifrar</translation>
    </message>
    <message>
        <source>An exported file is not encrypted: anyone who gets it, or gets into the folder you save it in, can read the conversation, images included. Sotto will not ask again.</source>
        <translation>Un archivo exportado no está cifrado: cualquiera que lo obtenga, o que entre en la carpeta donde lo guarde, puede leer la conversación, imágenes incluidas. Sotto no volverá a preguntar.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>Exportando conversaciones…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Exporting conversation %1 of %2…</source>
        <translation>Exportando la conversación %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n conversación exportada a %1.</numerusform>
            <numerusform>%n conversaciones exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Greeting</name>
    <message>
        <source>Explain a concept</source>
        <translation>Explicar un concepto</translation>
    </message>
    <message>
        <source>Explain simply, with an example: </source>
        <translation>Explica de forma sencilla, con un ejemplo: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Resumir un texto</translation>
    </message>
    <message>
        <source>Summarise this in a few sentences:
</source>
        <translation>Resume esto en unas pocas frases:
</translation>
    </message>
    <message>
        <source>Draft an email</source>
        <translation>Redactar un correo</translation>
    </message>
    <message>
        <source>Draft a short, friendly email that </source>
        <translation>Redacta un correo breve y amable que </translation>
    </message>
    <message>
        <source>Find a bug</source>
        <translation>Encontrar un error</translation>
    </message>
    <message>
        <source>Find the bug in this code:
</source>
        <translation>Encuentra el error en este código:
</translation>
    </message>
    <message>
        <source>Start your message with “%1”</source>
        <translation>Empezar su mensaje con «%1»</translation>
    </message>
    <message>
        <source>Incognito chat</source>
        <translation>Chat de incógnito</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>¿En qué puedo ayudar?</translation>
    </message>
    <message>
        <source>Nothing in this chat is kept: closing it, opening another or locking the vault forgets it.</source>
        <translation>No se guarda nada de este chat: al cerrarlo, abrir otro o bloquear la bóveda se olvida.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImageViewer</name>
    <message>
        <source>Previous image</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>Imagen anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Imagen siguiente</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>Imagen siguiente (Derecha)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Alejar (Ctrl+menos)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Acercar (Ctrl+más)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajustar a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>Tamaño real: un píxel de la imagen por píxel de pantalla</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar la imagen</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>Copiar la imagen al portapapeles (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)</source>
        <translation>Guardar una copia de la imagen como archivo, fuera de la bóveda cifrada (Ctrl+S)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3 × %4 pixels</source>
        <translation>Imagen %1 de %2 — %3 × %4 píxeles</translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation>Imagen copiada al portapapeles.</translation>
    </message>
    <message>
        <source>Save a copy outside the vault?</source>
        <translation>¿Guardar una copia fuera de la bóveda?</translation>
    </message>
    <message>
        <source>The copy is an ordinary file outside Sotto&apos;s encrypted vault: anyone who can read the folder you choose can open it.</source>
        <translation>La copia es un archivo corriente fuera de la bóveda cifrada de Sotto: cualquiera que pueda leer la carpeta elegida puede abrirla.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>image-%1</source>
        <translation>imagen-%1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Images (*.%1)</source>
        <translation>Imágenes (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>No se pudo guardar la copia: %1</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Se guardó una copia como %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message>
        <source>Exports of Sotto, ChatGPT or Claude (*.json *.zip)</source>
        <translation>Exportaciones de Sotto, ChatGPT o Claude (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>%n conversación importada de %1</numerusform>
            <numerusform>%n conversaciones importadas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n ya estaba en la bóveda, omitida</numerusform>
            <numerusform>%n ya estaban en la bóveda, omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>Importación cancelada: se había importado %n conversación antes; ninguna a medias.</numerusform>
            <numerusform>Importación cancelada: se habían importado %n conversaciones antes; ninguna a medias.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 no se importó; no cambió nada: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Error en la importación: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::KeyringOptIn</name>
    <message>
        <source>Remember the passphrase in the system &amp;keyring</source>
        <translation>Recordar la frase de contraseña en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keyring</source>
        <translation>Recordar la frase de contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Passphrase to remember</source>
        <translation>Frase de contraseña que recordar</translation>
    </message>
    <message>
        <source>Your vault passphrase</source>
        <translation>La frase de contraseña de su bóveda</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>Recordar la frase de contraseña</translation>
    </message>
    <message>
        <source>Do not remember the passphrase</source>
        <translation>No recordar la frase de contraseña</translation>
    </message>
    <message>
        <source>Sotto then unlocks without asking while you are logged in. Anyone who can use your account while it is unlocked can open the vault too.</source>
        <translation>Así, Sotto se desbloquea sin preguntar mientras tenga la sesión iniciada. Cualquiera que pueda usar su cuenta mientras esté desbloqueada también puede abrir la bóveda.</translation>
    </message>
    <message>
        <source>The keyring still holds the old passphrase: %1</source>
        <translation>El llavero aún contiene la frase de contraseña anterior: %1</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keyring.</source>
        <translation>Se quitó la frase de contraseña del llavero del sistema.</translation>
    </message>
    <message>
        <source>The passphrase is now kept in the system keyring.</source>
        <translation>La frase de contraseña se guarda ahora en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LaneCard</name>
    <message>
        <source>Agent %1&apos;s reasoning</source>
        <translation>Razonamiento del agente %1</translation>
    </message>
    <message>
        <source>Agent %1&apos;s answer</source>
        <translation>Respuesta del agente %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>%1 · agent %2</source>
        <translation>%1 · agente %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>round %1 · </source>
        <translation>ronda %1 · </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>thinking…</source>
        <translation>pensando…</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>respondiendo…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanesPanel</name>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes (the answer&apos;s &quot;agents contemplated — show&quot; brings them back)</source>
        <translation>Ocultar las columnas de los agentes («agentes deliberaron — mostrar» en la respuesta las vuelve a mostrar)</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes</source>
        <translation>Ocultar las columnas de los agentes</translation>
    </message>
    <message>
        <source>Contemplating…</source>
        <translation>Deliberando…</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>Deliberación: %n agente</numerusform>
            <numerusform>Deliberación: %n agentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>%n agente deliberó sobre esta respuesta</numerusform>
            <numerusform>%n agentes deliberaron sobre esta respuesta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message>
        <source>&amp;Find local models on this computer</source>
        <translation>&amp;Buscar modelos locales en este equipo</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Usar este modelo</translation>
    </message>
    <message>
        <source>Find local models on this computer</source>
        <translation>Buscar modelos locales en este equipo</translation>
    </message>
    <message>
        <source>Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only.</source>
        <translation>Busca Ollama, llama.cpp, LM Studio, vLLM y Jan solo en este equipo.</translation>
    </message>
    <message>
        <source>Models found on this computer</source>
        <translation>Modelos encontrados en este equipo</translation>
    </message>
    <message>
        <source>Use the chosen model</source>
        <translation>Usar el modelo elegido</translation>
    </message>
    <message>
        <source>Looking for local models…</source>
        <translation>Buscando modelos locales…</translation>
    </message>
    <message>
        <source>&amp;Find local models again</source>
        <translation>&amp;Volver a buscar modelos locales</translation>
    </message>
    <message>
        <source>Sotto did not look: %1.</source>
        <translation>Sotto no buscó: %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No models yet: download one with %1 first.</source>
        <translation>Aún no hay modelos: descargue primero uno con %1.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>Se encontró %n servidor en este equipo. Elija un modelo:</numerusform>
            <numerusform>Se encontraron %n servidores en este equipo. Elija un modelo:</numerusform>
        </translation>
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
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>New &amp;incognito chat</source>
        <translation>Nuevo chat de &amp;incógnito</translation>
    </message>
    <message>
        <source>&amp;Find conversations</source>
        <translation>&amp;Buscar conversaciones</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>B&amp;loquear la bóveda</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>&amp;Instantáneo</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>&amp;Reflexión</translation>
    </message>
    <message>
        <source>&amp;Contemplating</source>
        <translation>&amp;Deliberación</translation>
    </message>
    <message>
        <source>Add a model provider in Settings (Ctrl+,) to start chatting.</source>
        <translation>Añada un proveedor de modelos en Ajustes (Ctrl+,) para empezar a chatear.</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Bóveda bloqueada</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Bóveda desbloqueada</translation>
    </message>
    <message>
        <source>Nothing sent today</source>
        <translation>Nada enviado hoy</translation>
    </message>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>Solicitudes hoy: %n (%1)</numerusform>
            <numerusform>Solicitudes hoy: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n salió de este ordenador</numerusform>
            <numerusform>%n salieron de este ordenador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqueada</numerusform>
            <numerusform>%n bloqueadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you can see exactly what was sent.</source>
        <translation>Empiece un chat nuevo (Ctrl+N) o elija una conversación. Cada solicitud se registra para que vea exactamente qué se envió.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Conversation &amp;list</source>
        <translation>&amp;Lista de conversaciones</translation>
    </message>
    <message>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>Mostrar u ocultar la lista de conversaciones (Ctrl+B)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>Panel de &amp;privacidad</translation>
    </message>
    <message>
        <source>What left this computer, request by request (Ctrl+Shift+P)</source>
        <translation>Lo que salió de este equipo, solicitud por solicitud (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Lista de conversaciones</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>Exportar &amp;todo…</translation>
    </message>
    <message>
        <source>Proxy from the environment not used</source>
        <translation>Proxy del entorno no usado</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>Hacer una &amp;copia de seguridad de la bóveda…</translation>
    </message>
    <message>
        <source>&amp;Restore Vault from File…</source>
        <translation>&amp;Restaurar la bóveda desde un archivo…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)</source>
        <translation>Conversaciones desde una exportación de Sotto, ChatGPT o Claude (.json o .zip)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Copiar el texto de este mensaje</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Ask for another answer (this one is kept as a version)</source>
        <translation>Pedir otra respuesta (esta se conserva como versión)</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Regenerar respuesta</translation>
    </message>
    <message>
        <source>Edit this question and ask again (the answer so far is kept as a version)</source>
        <translation>Editar esta pregunta y volver a preguntar (la respuesta actual se conserva como versión)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <source>Delete this message from the vault (asks first)</source>
        <translation>Eliminar este mensaje de la bóveda (pide confirmación)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copiado</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageWidget</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModeSelector</name>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Instantáneo</translation>
    </message>
    <message>
        <source>Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your message and the conversation so far.</source>
        <translation>Instantáneo (Ctrl+1): una respuesta directa, con el razonamiento desactivado o al mínimo. Envía su mensaje y la conversación hasta ahora.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends the same as Instant and asks for reasoning, which takes longer and costs more tokens.</source>
        <translation>Reflexión (Ctrl+2): el modelo razona antes de responder y usted puede leer su razonamiento. Envía lo mismo que Instantáneo y pide razonamiento, lo que tarda más y cuesta más tokens.</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Deliberación</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. Sends your message to each agent&apos;s provider, plus one synthesis request.</source>
        <translation>Deliberación (Ctrl+3): varios agentes razonan en paralelo y luego se sintetiza una única respuesta a partir de las suyas. Envía su mensaje al proveedor de cada agente, más una solicitud de síntesis.</translation>
    </message>
    <message>
        <source>Who contemplates</source>
        <translation>Quién delibera</translation>
    </message>
    <message>
        <source>Who contemplates: several agents of this model, or a saved ensemble</source>
        <translation>Quién delibera: varios agentes de este modelo o un conjunto guardado</translation>
    </message>
    <message>
        <source>Contemplate with</source>
        <translation>Deliberar con</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPicker</name>
    <message>
        <source>No provider</source>
        <translation>Ningún proveedor</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>Proveedor y modelo: %1</translation>
    </message>
    <message>
        <source>Choose the provider and model, recent ones first, or type a model&apos;s name (Enter)</source>
        <translation>Elegir el proveedor y el modelo, primero los recientes, o escribir el nombre de un modelo (Intro)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPickerPopup</name>
    <message>
        <source>Find a model, or type its name</source>
        <translation>Buscar un modelo o escribir su nombre</translation>
    </message>
    <message>
        <source>Find or type a model</source>
        <translation>Buscar o escribir un modelo</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>No models listed: type a name above</source>
        <translation>No hay modelos en la lista: escriba un nombre arriba</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>No listado</translation>
    </message>
    <message>
        <source>Use “%1” with %2</source>
        <translation>Usar «%1» con %2</translation>
    </message>
    <message>
        <source>Ask %1 for a model named “%2”</source>
        <translation>Pedir a %1 un modelo llamado «%2»</translation>
    </message>
</context>
<context>
    <name>sotto::ui::OfflineAction</name>
    <message>
        <source>&amp;Offline</source>
        <translation>Sin &amp;conexión</translation>
    </message>
    <message>
        <source>Offline: only servers on this computer are reached. Turning it on stops every request under way to another computer at once.</source>
        <translation>Sin conexión: solo se contacta con servidores de este equipo. Al activarlo se detiene al instante toda solicitud en curso a otro equipo.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::PrivacyPage</name>
    <message>
        <source>&amp;Offline mode: only this computer</source>
        <translation>Modo &amp;sin conexión: solo este ordenador</translation>
    </message>
    <message>
        <source>&amp;Keep exact copies of requests</source>
        <translation>&amp;Guardar copias exactas de las solicitudes</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo sin conexión</translation>
    </message>
    <message>
        <source>Ask before sending</source>
        <translation>Preguntar antes de enviar</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>The first time for each provider</source>
        <translation>La primera vez para cada proveedor</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Keep exact copies of requests</source>
        <translation>Guardar copias exactas de las solicitudes</translation>
    </message>
    <message>
        <source>&amp;Ask before sending:</source>
        <translation>&amp;Preguntar antes de enviar:</translation>
    </message>
    <message>
        <source>The privacy log always records where each request went and how big it was. With this on it also keeps the exact text that was sent (API keys masked), inside the encrypted vault, so you can inspect it.</source>
        <translation>El registro de privacidad siempre anota adónde fue cada solicitud y qué tamaño tenía. Con esta opción, también guarda el texto exacto enviado (con las claves de API enmascaradas), dentro de la bóveda cifrada, para que pueda examinarlo.</translation>
    </message>
    <message>
        <source>Before a request leaves — before even the server&apos;s name is looked up — Sotto shows where it goes and waits for your yes. “The first time” asks once per provider and address until the vault is locked; changing a provider&apos;s address asks again.</source>
        <translation>Antes de que salga una solicitud —incluso antes de buscar el nombre del servidor—, Sotto muestra a dónde va y espera su sí. «La primera vez» pregunta una vez por proveedor y dirección hasta que se bloquea la bóveda; cambiar la dirección de un proveedor vuelve a preguntar.</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>Volver a &amp;preguntar</translation>
    </message>
    <message>
        <source>Ask again before sending to these providers</source>
        <translation>Volver a preguntar antes de enviar a estos proveedores</translation>
    </message>
    <message>
        <source>Not asked about, as you chose: %1</source>
        <translation>Sin preguntar, como eligió: %1</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: only providers at a loopback address (such as Ollama on 127.0.0.1) are used, and every other request is refused and recorded as blocked. Turning it on also stops at once every answer still coming from another computer. The Offline button at the right of the menus is the same switch.</source>
        <translation>Nada sale de este equipo: solo se usan proveedores en una dirección de bucle local (como Ollama en 127.0.0.1) y cualquier otra solicitud se rechaza y se registra como bloqueada. Al activarlo también se detiene al instante toda respuesta que aún llegue de otro equipo. El botón Sin conexión a la derecha de los menús es el mismo interruptor.</translation>
    </message>
    <message>
        <source>Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge where a request finally goes, and the privacy log names the proxy. A provider may have its own in Providers.</source>
        <translation>Toda solicitud a otro equipo pasa por este proxy: http://HOST:PORT (un proxy HTTP) o socks5h://HOST:PORT (SOCKS5; el proxy resuelve los nombres, como Tor en socks5h://127.0.0.1:9050). El modo sin conexión, las conversaciones locales y la confirmación siguen juzgando adónde va finalmente una solicitud, y el registro de privacidad nombra el proxy. Un proveedor puede tener el suyo en Proveedores.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderEditor</name>
    <message>
        <source>Choose a provider above, or add one.</source>
        <translation>Elija un proveedor arriba o añada uno.</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Ac&amp;tivado</translation>
    </message>
    <message>
        <source>Provider enabled</source>
        <translation>Proveedor activado</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to the internet</source>
        <translation>Permitir &amp;http sin cifrar hacia internet</translation>
    </message>
    <message>
        <source>Allow plain http to the internet</source>
        <translation>Permitir http sin cifrar hacia internet</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Guardar el proveedor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel adding this provider</source>
        <translation>Cancelar la adición de este proveedor</translation>
    </message>
    <message>
        <source>A disabled provider sends nothing; its requests are refused and recorded.</source>
        <translation>Un proveedor desactivado no envía nada; sus solicitudes se rechazan y se registran.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: anyone on the way to the server can read your messages and API key and change the answers. Allow it only for a server you control on a network you trust. Plain http to this computer or the local network is always allowed.</source>
        <translation>El http simple no está cifrado: cualquiera en el camino hacia el servidor puede leer sus mensajes y su clave de API, y alterar las respuestas. Permítalo solo para un servidor que usted controle en una red de confianza. El http simple hacia este ordenador o la red local siempre está permitido.</translation>
    </message>
    <message>
        <source>Asks the provider for its models. This is the only time the settings send anything, and the request is recorded in the privacy log.</source>
        <translation>Pide al proveedor sus modelos. Es la única vez que los ajustes envían algo, y la solicitud queda anotada en el registro de privacidad.</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modelo predeterminado:</translation>
    </message>
    <message>
        <source>Paste the API key from %1</source>
        <translation>Pegue la clave de API de %1</translation>
    </message>
    <message>
        <source>Usually not needed</source>
        <translation>Normalmente no hace falta</translation>
    </message>
    <message>
        <source>To rename a provider, add it again under the new name.</source>
        <translation>Para cambiar el nombre de un proveedor, añádalo de nuevo con el nombre nuevo.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Pegue la clave de API</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>Se lee de la variable de entorno %1</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Dé un nombre al proveedor.</translation>
    </message>
    <message>
        <source>A provider called “%1” already exists. Choose another name.</source>
        <translation>Ya existe un proveedor llamado «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>Enter the base URL as an http:// or https:// address, for example %1.</source>
        <translation>Introduzca la URL base como una dirección http:// o https://, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Your messages go to %1 (%2).</source>
        <translation>Sus mensajes van a %1 (%2).</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>«%1» aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Pidiendo a %1 sus modelos…</translation>
    </message>
    <message>
        <source>Connected to %1, but it offers no models.</source>
        <translation>Se conectó con %1, pero no ofrece ningún modelo.</translation>
    </message>
    <message>
        <source>Connected to %1. Models offered: %2.</source>
        <translation>Se conectó con %1. Modelos ofrecidos: %2.</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>Presupuesto de contexto en tokens</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>Presupuesto de &amp;contexto:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>The longest request to send, estimated at about 4 characters a token. When a conversation is longer, its oldest turns are left out of the request (they stay in the vault). By default the model&apos;s context length as the provider reports it applies (Test connection asks for it), else %L1 tokens; a larger budget than the reported length is lowered to it.</source>
        <translation>La solicitud más larga que se enviará, estimada en unos 4 caracteres por token. Si una conversación es más larga, sus turnos más antiguos se omiten de la solicitud (siguen en la bóveda). De forma predeterminada se aplica la longitud de contexto del modelo que indica el proveedor («Probar la conexión» la consulta); si no, %L1 tokens. Un presupuesto mayor que la longitud indicada se reduce a ella.</translation>
    </message>
    <message>
        <source>Context: %L1 tokens (reported by %2)</source>
        <translation>Contexto: %L1 tokens (según %2)</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>No se guarda nada hasta que haga clic en Guardar.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>&amp;Ocultar los datos personales:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.</source>
        <translation>Escriba el proxy como http://HOST:PORT o socks5h://HOST:PORT, «direct», o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderListModel</name>
    <message>
        <source>Disabled: Sotto sends nothing to this provider.</source>
        <translation>Desactivado: Sotto no envía nada a este proveedor.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderRedactionChoice</name>
    <message>
        <source>Withhold personal data for this provider</source>
        <translation>Ocultar los datos personales con este proveedor</translation>
    </message>
    <message>
        <source>As in Privacy settings (default)</source>
        <translation>Como en los ajustes de privacidad (predeterminado)</translation>
    </message>
    <message>
        <source>Off for this provider</source>
        <translation>Desactivado para este proveedor</translation>
    </message>
    <message>
        <source>If it is on the internet</source>
        <translation>Si está en internet</translation>
    </message>
    <message>
        <source>Always, also on this computer</source>
        <translation>Siempre, también en este ordenador</translation>
    </message>
    <message>
        <source>Save the provider first; until then it follows the Privacy settings.</source>
        <translation>Guarde primero el proveedor; hasta entonces sigue los ajustes de privacidad.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProvidersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Providers answer your messages. A provider on this computer keeps everything here; a cloud provider receives what you send to it.</source>
        <translation>Los proveedores responden a sus mensajes. Un proveedor en este ordenador lo mantiene todo aquí; un proveedor en la nube recibe lo que usted le envía.</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>Proveedores configurados</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Añadir un proveedor</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Eliminar el proveedor seleccionado</translation>
    </message>
    <message>
        <source>Unsaved provider</source>
        <translation>Proveedor sin guardar</translation>
    </message>
    <message>
        <source>Save the new provider?</source>
        <translation>¿Guardar el proveedor nuevo?</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>¿Guardar los cambios de «%1»?</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Eliminar proveedor</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it are kept.</source>
        <translation>¿Eliminar «%1»? Su configuración y su clave de API se borran de la bóveda. Las conversaciones que lo usaron se conservan.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProxyField</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>This provider&apos;s proxy</source>
        <translation>Proxy de este proveedor</translation>
    </message>
    <message>
        <source>None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)</source>
        <translation>Ninguno: las solicitudes van directas (p. ej. socks5h://127.0.0.1:9050 para Tor)</translation>
    </message>
    <message>
        <source>As in Privacy settings; “direct” for none</source>
        <translation>Como en Privacidad; «direct» para ninguno</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RecordingStrip</name>
    <message>
        <source>Stop and transcribe</source>
        <translation>Detener y transcribir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>Dictado</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Tiempo grabado</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>Detener la grabación y transcribir</translation>
    </message>
    <message>
        <source>Stop recording and write what was said into the message</source>
        <translation>Detener la grabación y escribir lo dicho en el mensaje</translation>
    </message>
    <message>
        <source>Cancel dictation</source>
        <translation>Cancelar el dictado</translation>
    </message>
    <message>
        <source>Discard the recording (Esc)</source>
        <translation>Descartar la grabación (Esc)</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Grabando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcribiendo…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RedactionBox</name>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Withhold personal data</source>
        <translation>Ocultar los datos personales</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Internet destinations only (default)</source>
        <translation>Solo destinos en internet (predeterminado)</translation>
    </message>
    <message>
        <source>Everywhere, also this computer</source>
        <translation>En todas partes, también en este ordenador</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Sus términos</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Término nuevo</translation>
    </message>
    <message>
        <source>A name, a company, a code name</source>
        <translation>Un nombre, una empresa, un nombre en clave</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Añadir término</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Quitar término</translation>
    </message>
    <message>
        <source>Before a request leaves, Sotto replaces the personal data it recognises with placeholders and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, payment cards, IBANs, IP addresses, keys and tokens, and your terms below. &lt;b&gt;Detection can miss things:&lt;/b&gt; it goes by shape, not meaning, so a name not on your list, a number written in words or anything in an image is sent as it is. For data that must not leave at all, use a provider on this computer or make the conversation local-only.</source>
        <translation>Antes de que salga una solicitud, Sotto sustituye los datos personales que reconoce por marcadores y devuelve los originales a la respuesta. Reconoce direcciones de correo, números de teléfono, tarjetas de pago, IBAN, direcciones IP, claves y tokens, y sus términos de abajo. &lt;b&gt;La detección puede pasar cosas por alto:&lt;/b&gt; se guía por la forma, no por el significado; un nombre que no está en su lista, un número escrito en letras o lo que haya en una imagen se envía tal cual. Para datos que no deben salir en absoluto, use un proveedor en este ordenador o haga la conversación solo local.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>&amp;Ocultar los datos personales:</translation>
    </message>
    <message>
        <source>Your &amp;terms (withheld wherever they appear, in any case):</source>
        <translation>Sus &amp;términos (se ocultan dondequiera que aparezcan, en mayúsculas o minúsculas):</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>«%1» ya está en la lista.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloqueada: %1</translation>
    </message>
    <message>
        <source>by your privacy settings</source>
        <translation>por su configuración de privacidad</translation>
    </message>
    <message>
        <source>Open Settings › Providers › %1</source>
        <translation>Abrir Ajustes › Proveedores › %1</translation>
    </message>
    <message>
        <source>Open Settings › Privacy</source>
        <translation>Abrir Ajustes › Privacidad</translation>
    </message>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>Una respuesta, %n solicitud</numerusform>
            <numerusform>Una respuesta, %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>A Contemplating answer sends one request per agent and one for the synthesis; they share a turn id. Expand the row to inspect each.</source>
        <translation>Una respuesta de Deliberación envía una solicitud por agente y otra para la síntesis; comparten un id. de turno. Despliegue la fila para inspeccionar cada una.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Ocultaciones</translation>
    </message>
    <message>
        <source>Select a request to see where it went, the headers as sent and, when request copies are kept, the exact body.</source>
        <translation>Seleccione una solicitud para ver a dónde fue, las cabeceras tal como se enviaron y, si se guardan copias, el cuerpo exacto.</translation>
    </message>
    <message>
        <source>The audit was cleared</source>
        <translation>Se vació la auditoría</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>El %1 se eliminó %n registro anterior, con su copia de solicitud.</numerusform>
            <numerusform>El %1 se eliminaron %n registros anteriores, con sus copias de solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>This record stays so the audit never silently loses its past. Nothing was sent for it.</source>
        <translation>Este registro se conserva para que la auditoría nunca pierda su pasado en silencio. No se envió nada por él.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Línea de solicitud</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>%1 (body %2, headers %3)</source>
        <translation>%1 (cuerpo %2, cabeceras %3)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (%1)</source>
        <translation>
            <numerusform>%n (%1)</numerusform>
            <numerusform>%n (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Headers as sent</source>
        <translation>Cabeceras tal como se enviaron</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ninguna registrada.</translation>
    </message>
    <message>
        <source>Keys and tokens were masked before the headers were stored.</source>
        <translation>Las claves y los tokens se enmascararon antes de guardar las cabeceras.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Nothing was sent: the request was blocked before it left.</source>
        <translation>No se envió nada: la solicitud se bloqueó antes de salir.</translation>
    </message>
    <message>
        <source>%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.</source>
        <translation>%1 de cuerpo: %2 caracteres de texto, %3 imágenes, %4 mensajes anteriores; %5 ocultaciones.</translation>
    </message>
    <message>
        <source>No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to keep the exact body of later requests (in the vault; incognito requests keep none).</source>
        <translation>No se guardó copia de este cuerpo. Active «Guardar copias exactas de las solicitudes» en Ajustes › Privacidad para guardar el cuerpo exacto de las siguientes (en la bóveda; las de incógnito no guardan ninguna).</translation>
    </message>
    <message>
        <source>[binary data, %1]</source>
        <translation>[datos binarios, %1]</translation>
    </message>
    <message>
        <source>[image %1×%2, %3]</source>
        <translation>[imagen %1×%2, %3]</translation>
    </message>
    <message>
        <source>Open the Conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>%n mensaje enviado, %1 retenidos para caber en el contexto</numerusform>
            <numerusform>%n mensajes enviados, %1 retenidos para caber en el contexto</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Metadatos eliminados</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n elemento (ubicación, cámara, fechas, notas…)</numerusform>
            <numerusform>%n elementos (ubicación, cámara, fechas, notas…)</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (an image stored before Sotto kept that)</source>
        <translation>sin contar (una imagen guardada antes de que Sotto lo registrara)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestsPane</name>
    <message>
        <source>Filter requests (provider, model, host, reason…)</source>
        <translation>Filtrar solicitudes (proveedor, modelo, host, motivo…)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrar solicitudes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Cualquier destino</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Cualquier proveedor</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Red local</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RestoreVaultDialog</name>
    <message>
        <source>Restore Vault from File</source>
        <translation>Restaurar la bóveda desde un archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace your vault with the backup “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Reemplazar su bóveda por la copia de seguridad «%1»?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conversations, providers and settings become the backup&apos;s. The vault you have now is not deleted: it is kept as a copy in the profile&apos;s backups folder, and &apos;sotto vault restore&apos; puts it back. Any answer still being written must end first.</source>
        <translation>Sus conversaciones, proveedores y ajustes pasan a ser los de la copia de seguridad. La bóveda que tiene ahora no se elimina: se conserva como copia en la carpeta de copias de seguridad del perfil, y &apos;sotto vault restore&apos; la restaura. Cualquier respuesta que todavía se esté escribiendo debe terminar antes.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>The passphrase the vault had when it was backed up</source>
        <translation>La frase de contraseña que tenía la bóveda al hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Backed up on %1 at %2 · %3</source>
        <translation>Copia de seguridad del %1 a las %2 · %3</translation>
    </message>
</context>
<context>
    <name>sotto::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Cerrar los ajustes</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Deliberación</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>En la ventana</translation>
    </message>
    <message>
        <source>Writing a message</source>
        <translation>Al escribir un mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Enter: send or new line (Settings › Appearance)</source>
        <translation>Intro: enviar o nueva línea (Ajustes › Apariencia)</translation>
    </message>
    <message>
        <source>Attach a copied image</source>
        <translation>Adjuntar una imagen copiada</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Nuevo chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>Incognito</source>
        <translation>Incógnito</translation>
    </message>
    <message>
        <source>New incognito chat (Ctrl+Shift+N): never stored in the vault</source>
        <translation>Nuevo chat de incógnito (Ctrl+Mayús+N): nunca se guarda en la bóveda</translation>
    </message>
    <message>
        <source>New incognito chat</source>
        <translation>Nuevo chat de incógnito</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>Your chats will be listed here. Start one with New chat (Ctrl+N).</source>
        <translation>Sus chats aparecerán aquí. Empiece uno con Nuevo chat (Ctrl+N).</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>Nothing in your conversations matches “%1”. The search looks at titles, messages and reasoning.</source>
        <translation>Nada en sus conversaciones coincide con «%1». La búsqueda abarca títulos, mensajes y razonamientos.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown, JSON, HTML or PDF.</source>
        <translation>Guardar esta conversación como Markdown, JSON, HTML o PDF.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::StreamingMark</name>
    <message>
        <source>The answer is being written</source>
        <translation>Se está escribiendo la respuesta</translation>
    </message>
</context>
<context>
    <name>sotto::ui::UnlockDialog</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Desbloquee su bóveda</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>Introduzca su frase de contraseña para abrir sus conversaciones.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keyring does not open this vault. Type the passphrase to unlock it, then remember the new one in Settings → Vault.</source>
        <translation>La frase de contraseña guardada en el llavero del sistema no abre esta bóveda. Escriba la frase de contraseña para desbloquearla y después recuerde la nueva en Ajustes → Bóveda.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultFileFlow</name>
    <message>
        <source>Sotto vault backups (*.%1)</source>
        <translation>Copias de seguridad de bóveda de Sotto (*.%1)</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Hacer copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>Sotto vault %1</source>
        <translation>Bóveda de Sotto %1</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Haciendo copia de seguridad de la bóveda…</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). It is encrypted and opens with your current passphrase.</source>
        <translation>Se hizo una copia de seguridad de la bóveda en %1 (%2). Está cifrada y se abre con su frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Restore Vault from File</source>
        <translation>Restaurar la bóveda desde un archivo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Se restauró la bóveda desde %1, copia de seguridad hecha el %2.</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2. The vault it replaced is kept as the copy %3.</source>
        <translation>Se restauró la bóveda desde %1, copia de seguridad hecha el %2. La bóveda sustituida se conserva como la copia %3.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultPage</name>
    <message>
        <source>Keep all &amp;conversations</source>
        <translation>&amp;Conservar todas las conversaciones</translation>
    </message>
    <message>
        <source>&amp;Delete conversations not updated for</source>
        <translation>&amp;Eliminar las conversaciones sin cambios desde hace</translation>
    </message>
    <message>
        <source>Lock the vault after idle time</source>
        <translation>Bloquear la bóveda tras un tiempo de inactividad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>Tras %1 minutos de inactividad</translation>
    </message>
    <message>
        <source>Keep all conversations</source>
        <translation>Conservar todas las conversaciones</translation>
    </message>
    <message>
        <source>Delete old conversations</source>
        <translation>Eliminar conversaciones antiguas</translation>
    </message>
    <message>
        <source>Days without an update before a conversation is deleted</source>
        <translation>Días sin cambios antes de eliminar una conversación</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>&amp;Bloquear automáticamente:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Deletion happens every time the vault is unlocked and cannot be undone. Pinned conversations are kept.</source>
        <translation>La eliminación se produce cada vez que se desbloquea la bóveda y no se puede deshacer. Las conversaciones fijadas se conservan.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VoicePage</name>
    <message>
        <source>Transcription provider</source>
        <translation>Proveedor de transcripción</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>Modelo de transcripción</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Dictation records your voice in memory, sends it to the provider below to be written as text, and puts the text in the message for you to check. A provider on this computer (speaches, LocalAI…) keeps your voice here; every recording sent is in the privacy log.</source>
        <translation>El dictado graba su voz en memoria, la envía al proveedor de abajo para que la escriba como texto y pone el texto en el mensaje para que lo revise. Un proveedor en este equipo (speaches, LocalAI…) mantiene su voz aquí; cada grabación enviada queda en el registro de privacidad.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Micrófono:</translation>
    </message>
    <message>
        <source>None (dictation off)</source>
        <translation>Ninguno (dictado desactivado)</translation>
    </message>
    <message>
        <source>Its API has no transcription endpoint</source>
        <translation>Su API no tiene punto de transcripción</translation>
    </message>
    <message>
        <source>The microphone button is shown, but nothing is sent until you choose a provider.</source>
        <translation>El botón del micrófono se muestra, pero no se envía nada hasta que elija un proveedor.</translation>
    </message>
    <message>
        <source>On this computer: your recordings stay here.</source>
        <translation>En este equipo: sus grabaciones se quedan aquí.</translation>
    </message>
    <message>
        <source>Your recordings are sent to %1.</source>
        <translation>Sus grabaciones se envían a %1.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>No se encontró ningún micrófono en este equipo.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Le damos la bienvenida a Sotto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your vault is ready. Where should your questions go?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Su bóveda está lista. ¿Adónde deben ir sus preguntas?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A local model&lt;/b&gt; (Ollama, llama.cpp or LM Studio) runs on this computer. Your messages never leave it: nothing is sent over the network, and Sotto works offline.</source>
        <translation>&lt;b&gt;Un modelo local&lt;/b&gt; (Ollama, llama.cpp o LM Studio) se ejecuta en este ordenador. Sus mensajes nunca salen de él: no se envía nada por la red y Sotto funciona sin conexión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud provider&lt;/b&gt; (OpenAI, Anthropic, Gemini and others) runs on that company&apos;s servers. Your messages, and any images you attach, go to it over the internet, and its own privacy terms apply. Sotto records every request in the privacy log, so you can see exactly what was sent and where.</source>
        <translation>&lt;b&gt;Un proveedor en la nube&lt;/b&gt; (OpenAI, Anthropic, Gemini y otros) se ejecuta en los servidores de esa empresa. Sus mensajes, y las imágenes que adjunte, le llegan a través de internet, y se aplican sus propias condiciones de privacidad. Sotto anota cada solicitud en el registro de privacidad, para que pueda ver exactamente qué se envió y adónde.</translation>
    </message>
    <message>
        <source>Use a &amp;local model</source>
        <translation>Usar un modelo &amp;local</translation>
    </message>
    <message>
        <source>Use a local model (Ollama, llama.cpp or LM Studio)</source>
        <translation>Usar un modelo local (Ollama, llama.cpp o LM Studio)</translation>
    </message>
    <message>
        <source>Add a &amp;cloud provider</source>
        <translation>Añadir un proveedor en la &amp;nube</translation>
    </message>
    <message>
        <source>Add a cloud provider</source>
        <translation>Añadir un proveedor en la nube</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask one question; the answer streams to standard output and is stored in the vault as it arrives.</source>
        <translation>Eine Frage stellen; die Antwort wird auf die Standardausgabe gestreamt und während des Eintreffens im Tresor gespeichert.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Ein mit &apos;sotto providers add&apos; hinzugefügter Anbieter.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai, anthropic, ollama or gemini.</source>
        <translation>Ad-hoc-Anbieter: openai, anthropic, ollama oder gemini.</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434).</source>
        <translation>Ad-hoc-Anbieter: die API-Basis (z. B. http://127.0.0.1:11434).</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>Das zu fragende Modell.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Ad-hoc-Anbieter: die Umgebungsvariable mit dem API-Schlüssel.</translation>
    </message>
    <message>
        <source>Attach an image (repeatable).</source>
        <translation>Ein Bild anhängen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Continue the conversation with this id.</source>
        <translation>Die Unterhaltung mit dieser ID fortsetzen.</translation>
    </message>
    <message>
        <source>Keep neither question nor answer (the request is still audited).</source>
        <translation>Weder Frage noch Antwort speichern (die Anfrage wird trotzdem protokolliert).</translation>
    </message>
    <message>
        <source>Stream the model&apos;s reasoning to standard error.</source>
        <translation>Die Überlegungen des Modells auf die Standardfehlerausgabe streamen.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end instead of streaming text.</source>
        <translation>Am Ende ein JSON-Objekt ausgeben, statt Text zu streamen.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>Die Frage.</translation>
    </message>
    <message>
        <source>&apos;ask&apos; needs a question.</source>
        <translation>&apos;ask&apos; braucht eine Frage.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Geben Sie entweder --provider NAME oder --api mit --base-url an.</translation>
    </message>
    <message>
        <source>--incognito cannot continue a stored conversation.</source>
        <translation>--incognito kann keine gespeicherte Unterhaltung fortsetzen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; ist keine Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api muss openai, anthropic, ollama oder gemini sein.</translation>
    </message>
    <message>
        <source>--api needs --base-url.</source>
        <translation>--api braucht --base-url.</translation>
    </message>
    <message>
        <source>The answer was stopped.</source>
        <translation>Die Antwort wurde angehalten.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens braucht eine positive Anzahl Tokens.</translation>
    </message>
    <message>
        <source>instant (default), thinking or contemplating.</source>
        <translation>instant (Standard), thinking oder contemplating.</translation>
    </message>
    <message>
        <source>Contemplating: how many agents ask the provider&apos;s model (%1 to %2, default %3).</source>
        <translation>Abwägen: wie viele Agenten das Modell des Anbieters fragen (%1 bis %2, Standard %3).</translation>
    </message>
    <message>
        <source>Contemplating: the agents of a saved ensemble.</source>
        <translation>Abwägen: die Agenten eines gespeicherten Ensembles.</translation>
    </message>
    <message>
        <source>Contemplating: 1, or 2 for a round in which each agent revises after reading the others.</source>
        <translation>Abwägen: 1, oder 2 für eine Runde, in der jeder Agent seine Antwort überarbeitet, nachdem er die der anderen gelesen hat.</translation>
    </message>
    <message>
        <source>Contemplating: print what each request would carry, and where, and send nothing.</source>
        <translation>Abwägen: ausgeben, was jede Anfrage enthalten würde und wohin sie ginge, und nichts senden.</translation>
    </message>
    <message>
        <source>The context budget in tokens for this question (default: the provider&apos;s setting, else the model&apos;s context length as the provider reported it, else %1).</source>
        <translation>Das Kontextbudget dieser Frage in Tokens (Standard: die Einstellung des Anbieters, sonst die vom Anbieter gemeldete Kontextlänge des Modells, sonst %1).</translation>
    </message>
    <message>
        <source>Seconds for the name lookup, and again for the connection (0: no limit).</source>
        <translation>Sekunden für die Namensauflösung und noch einmal für den Verbindungsaufbau (0: keine Begrenzung).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds from connecting until the server starts its answer (0: no limit).</source>
        <translation>Sekunden vom Verbindungsaufbau, bis der Server mit seiner Antwort beginnt (0: keine Begrenzung).</translation>
    </message>
    <message>
        <source>Seconds the server may stay silent once connected (0: no limit).</source>
        <translation>Sekunden, die der Server nach dem Verbindungsaufbau schweigen darf (0: keine Begrenzung).</translation>
    </message>
    <message>
        <source>--mode must be instant, thinking or contemplating.</source>
        <translation>--mode muss instant, thinking oder contemplating sein.</translation>
    </message>
    <message>
        <source>--%1 needs --mode contemplating.</source>
        <translation>--%1 braucht --mode contemplating.</translation>
    </message>
    <message>
        <source>Give either --agents or --ensemble.</source>
        <translation>Geben Sie entweder --agents oder --ensemble an.</translation>
    </message>
    <message>
        <source>--agents must be %1 to %2.</source>
        <translation>--agents muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds muss 1 oder 2 sein.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, 0 or more.</source>
        <translation>--%1 muss eine Anzahl Sekunden sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Interrupted by %1; what arrived is kept.</source>
        <translation>Durch %1 unterbrochen; was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>sotto: agent %1 (%2) did not answer: %3</source>
        <translation>sotto: Agent %1 (%2) hat nicht geantwortet: %3</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images. Choose a model that sees images, or ask without them.</source>
        <translation>%1 nimmt nur Text an, wie %2 meldet: Es kann keine Bilder sehen. Wählen Sie ein Modell, das Bilder sieht, oder fragen Sie ohne sie.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Every request Sotto sent or refused, newest first.</source>
        <translation>Jede Anfrage, die Sotto gesendet oder abgelehnt hat, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per request.</source>
        <translation>Ein JSON-Array ausgeben, ein Objekt pro Anfrage.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>CSV mit Kopfzeile ausgeben.</translation>
    </message>
    <message>
        <source>Only requests from this date or time on (ISO 8601, UTC).</source>
        <translation>Nur Anfragen ab diesem Datum oder Zeitpunkt (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes no arguments, only options.</source>
        <translation>&apos;audit&apos; nimmt keine Argumente, nur Optionen.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Wählen Sie --json oder --csv, nicht beides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date.</source>
        <translation>&apos;%1&apos; ist kein Datum nach ISO 8601.</translation>
    </message>
    <message>
        <source> sent</source>
        <translation> gesendet</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Bisher wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>Audit geleert: %n früherer Eintrag gelöscht</numerusform>
            <numerusform>Audit geleert: %n frühere Einträge gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Passphrase für den Tresor in %1: </translation>
    </message>
    <message>
        <source>No vault in %1 yet. Choose a passphrase for a new one: </source>
        <translation>In %1 gibt es noch keinen Tresor. Wählen Sie eine Passphrase für einen neuen: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Eine Kopie vom %1 ist vorhanden: &apos;sotto vault restore %2&apos; stellt sie wieder her.</translation>
    </message>
    <message>
        <source>sotto: created a new encrypted vault in %1.</source>
        <translation>sotto: neuer verschlüsselter Tresor in %1 angelegt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>Die Umgebungsvariable %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>sotto: no command given. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: kein Befehl angegeben. &apos;sotto --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <source>sotto: unknown command &apos;%1&apos;. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: unbekannter Befehl &apos;%1&apos;. &apos;sotto --help&apos; zeigt die Liste.</translation>
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
    <message>
        <source>One of the commands above.</source>
        <translation>Einer der obigen Befehle.</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of &lt;file&gt; (else $SOTTO_PASSPHRASE, else a prompt).</source>
        <translation>Die Passphrase des Tresors aus der ersten Zeile von &lt;file&gt; lesen (sonst $SOTTO_PASSPHRASE, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open the window on conversation &lt;id&gt;.</source>
        <translation>Das Fenster mit der Unterhaltung &lt;id&gt; öffnen.</translation>
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
        <translation>Befehle:
  ask [options] PROMPT                   eine Frage, die Antwort als Stream auf stdout
  providers add NAME|list|remove NAME    die Modellanbieter und ihre Schlüssel
  providers detect [--json]              Modellserver, die auf diesem Computer laufen
  audit [--json|--csv] [--since DATE]    jede gesendete oder abgelehnte Anfrage
  policy show|set KEY VALUE              was diesen Computer verlassen darf
  redact --dry-run TEXT | terms add|remove|list   personenbezogene Daten beim Senden zurückhalten
  conversations list|show ID|delete ID   die Unterhaltungen im Tresor
  conversations set ID local-only on|off  die Anfragen einer Unterhaltung auf diesem Computer halten
  ensembles add NAME|list|remove NAME    die Agenten, die gemeinsam abwägen
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         Unterhaltungen als Dokumente exportieren
  import [--format sotto|chatgpt|claude] FILE   Unterhaltungen aus einem Export importieren
  search QUERY                           Volltextsuche im Tresor
  transcribe [--provider NAME] FILE      Sprache einer Audiodatei als Text
  vault check|change-passphrase|backups|restore ID   den Tresor pflegen
Mit &apos;sotto COMMAND --help&apos; sehen Sie die Optionen eines Befehls.</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; ist keine Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>&apos;conversations %1&apos; needs one conversation id.</source>
        <translation>&apos;conversations %1&apos; braucht genau eine Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>Deleted conversation %1 (%2).</source>
        <translation>Unterhaltung %1 (%2) gelöscht.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n Bild]</numerusform>
            <numerusform>[%n Bilder]</numerusform>
        </translation>
    </message>
    <message>
        <source>List, show or delete the conversations in the vault, or mark one local-only.</source>
        <translation>Die Unterhaltungen im Tresor auflisten, anzeigen oder löschen oder eine davon als nur lokal markieren.</translation>
    </message>
    <message>
        <source>list | show ID | delete ID | set ID local-only on|off</source>
        <translation>list | show ID | delete ID | set ID local-only on|off</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show ID, delete ID or set ID local-only on|off.</source>
        <translation>Unbekannte Aktion &apos;%1&apos;: verwenden Sie list, show ID, delete ID oder set ID local-only on|off.</translation>
    </message>
    <message>
        <source>Use: conversations set ID local-only on|off</source>
        <translation>Verwendung: conversations set ID local-only on|off</translation>
    </message>
    <message>
        <source>Conversation %1 is local-only: its requests go only to this machine.</source>
        <translation>Die Unterhaltung %1 ist nur lokal; ihre Anfragen gehen nur an diesen Computer.</translation>
    </message>
    <message>
        <source>Conversation %1 is no longer local-only.</source>
        <translation>Die Unterhaltung %1 ist nicht mehr nur lokal.</translation>
    </message>
    <message>
        <source>agent %1, round %2 (%3): %4</source>
        <translation>Agent %1, Runde %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message>
        <source>Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and optionally a model, kept in the vault.</source>
        <translation>Ensembles für das Abwägen hinzufügen, auflisten oder entfernen: benannte Gruppen von 2 bis 8 Agenten, jeder ein Anbieter und optional ein Modell, im Tresor gespeichert.</translation>
    </message>
    <message>
        <source>add: one agent, PROVIDER or PROVIDER:MODEL (split at the first &apos;:&apos;); repeat 2 to 8 times.</source>
        <translation>add: ein Agent, PROVIDER oder PROVIDER:MODEL (am ersten &apos;:&apos; getrennt); 2- bis 8-mal angeben.</translation>
    </message>
    <message>
        <source>add: who writes the final answer (default: the conversation&apos;s provider and model).</source>
        <translation>add: wer die endgültige Antwort schreibt (Standard: Anbieter und Modell der Unterhaltung).</translation>
    </message>
    <message>
        <source>add: 1 (default) or 2 (a refinement round).</source>
        <translation>add: 1 (Standard) oder 2 (eine Überarbeitungsrunde).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME</source>
        <translation>add NAME | list | remove NAME</translation>
    </message>
    <message>
        <source>Use: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</source>
        <translation>Verwendung: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</translation>
    </message>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Ein Ensemble braucht einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER or PROVIDER:MODEL.</source>
        <translation>&apos;%1&apos; ist weder PROVIDER noch PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents (--agent).</source>
        <translation>Ein Ensemble hat %1 bis %2 Agenten (--agent).</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds muss 1 oder 2 sein.</translation>
    </message>
    <message>
        <source>synthesizer %1</source>
        <translation>Zusammenführung durch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed ensemble %1.</source>
        <translation>Ensemble %1 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>Ensemble %1 mit %n Agenten gespeichert.</numerusform>
            <numerusform>Ensemble %1 mit %n Agenten gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>add: the instruction the agent in the same position works under (the first --perspective is the first --agent&apos;s); repeat up to once per agent. Agents without one get a default perspective.</source>
        <translation>add: die Anweisung, unter der der Agent an derselben Position arbeitet (die erste --perspective gehört zum ersten --agent); höchstens einmal pro Agent angeben. Agenten ohne eigene erhalten eine Standardperspektive.</translation>
    </message>
    <message>
        <source>There are more --perspective options (%1) than agents (%2).</source>
        <translation>Es gibt mehr --perspective-Optionen (%1) als Agenten (%2).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON writes one file holding every conversation; the other formats write one file per conversation into the folder PATH. Anyone who gets an exported file can read it.</source>
        <translation>Eine Unterhaltung oder alle als Markdown, JSON, HTML oder PDF exportieren. Mit --all schreibt JSON eine Datei mit allen Unterhaltungen; die anderen Formate schreiben je Unterhaltung eine Datei in den Ordner PATH. Wer eine exportierte Datei erhält, kann sie lesen.</translation>
    </message>
    <message>
        <source>The conversation to export.</source>
        <translation>Die zu exportierende Unterhaltung.</translation>
    </message>
    <message>
        <source>Export every conversation.</source>
        <translation>Alle Unterhaltungen exportieren.</translation>
    </message>
    <message>
        <source>md, json, html or pdf.</source>
        <translation>md, json, html oder pdf.</translation>
    </message>
    <message>
        <source>The file to write (with --all and md, html or pdf: the folder).</source>
        <translation>Die zu schreibende Datei (mit --all und md, html oder pdf: der Ordner).</translation>
    </message>
    <message>
        <source>Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</source>
        <translation>Aufruf: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, json, html or pdf.</source>
        <translation>Unbekanntes Format &apos;%1&apos;: md, json, html oder pdf verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; ist keine Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>Exportiere %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n Unterhaltung nach %1 exportiert.</numerusform>
            <numerusform>%n Unterhaltungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiSendPrompter</name>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>on your local network</source>
        <translation>in Ihrem lokalen Netzwerk</translation>
    </message>
    <message>
        <source>on the internet</source>
        <translation>im Internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, %4)?

The request: %5</source>
        <translation>%1 an %2 (%3, %4) senden?

Die Anfrage: %5</translation>
    </message>
    <message>
        <source>Send to %1?</source>
        <translation>An %1 senden?</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this provider</source>
        <translation>Für diesen Anbieter &amp;nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>HttpBackend</name>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>The answer from %1 ended before it was finished.</source>
        <translation>Die Antwort von %1 endete, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is Ollama running?</source>
        <translation>Unter %1 lauscht nichts – läuft Ollama?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is llama-server running?</source>
        <translation>Unter %1 lauscht nichts – läuft llama-server?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is LM Studio&apos;s server started?</source>
        <translation>Unter %1 lauscht nichts – ist der Server von LM Studio gestartet?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>Unter %1 lauscht nichts.</translation>
    </message>
    <message>
        <source>The answer passed %1 Mi characters; it was stopped there.</source>
        <translation>Die Antwort hat %1 Mi Zeichen überschritten; sie wurde dort abgebrochen.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint; choose an OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).</source>
        <translation>%1 spricht die %2-API, die keinen Transkriptionsendpunkt hat; wählen Sie einen OpenAI-kompatiblen Anbieter (OpenAI, Groq, speaches, LocalAI …).</translation>
    </message>
    <message>
        <source>%1 answered with something other than a transcript.</source>
        <translation>%1 antwortete mit etwas anderem als einer Transkription.</translation>
    </message>
</context>
<context>
    <name>ImageSanitizer</name>
    <message>
        <source>Cannot open the image %1: %2.</source>
        <translation>Das Bild %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 50 MB.</source>
        <translation>Das Bild %1 ist größer als 50 MB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The image is larger than 50 MB.</source>
        <translation>Das Bild ist größer als 50 MB.</translation>
    </message>
    <message>
        <source>This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>Diese Datei ist kein Bild, das Sotto lesen kann (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.</source>
        <translation>Das Bild hat %1 × %2 Pixel; Sotto akzeptiert bis zu 100 Megapixel.</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded.</source>
        <translation>Das Bild ist beschädigt und kann nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The image has more than 100 megapixels.</source>
        <translation>Das Bild hat mehr als 100 Megapixel.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded.</source>
        <translation>Das Bild konnte nicht neu kodiert werden.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import conversations from an export: Sotto&apos;s own JSON, or ChatGPT&apos;s or Claude&apos;s conversations.json (or the .zip they come in). Conversations already imported are skipped. A file that cannot be read as its format changes nothing.</source>
        <translation>Unterhaltungen aus einem Export importieren: das eigene JSON von Sotto oder die conversations.json von ChatGPT oder Claude (oder die .zip-Datei, in der sie geliefert wird). Bereits importierte Unterhaltungen werden übersprungen. Eine Datei, die sich in ihrem Format nicht lesen lässt, ändert nichts.</translation>
    </message>
    <message>
        <source>sotto, chatgpt or claude (default: found from the file).</source>
        <translation>sotto, chatgpt oder claude (Standard: aus der Datei ermittelt).</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>Der zu importierende Export.</translation>
    </message>
    <message>
        <source>Use: import [--format sotto|chatgpt|claude] FILE</source>
        <translation>Verwendung: import [--format sotto|chatgpt|claude] FILE</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use sotto, chatgpt or claude.</source>
        <translation>Unbekanntes Format &apos;%1&apos;: verwenden Sie sotto, chatgpt oder claude.</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importieren… %1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was interrupted.</source>
        <translation>Der Import wurde unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung importiert</numerusform>
            <numerusform>%n Unterhaltungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n duplicate(s).</source>
        <translation>
            <numerusform>%n Duplikat übersprungen.</numerusform>
            <numerusform>%n Duplikate übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring holds no passphrase for this vault.</source>
        <translation>Der Schlüsselbund des Systems enthält keine Passphrase für diesen Tresor.</translation>
    </message>
    <message>
        <source>The system keyring refused access.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the passphrase cannot be remembered.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann die Passphrase nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>Fehler im Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>The passphrase is in the system keyring, but Sotto cannot note that in %1.</source>
        <translation>Die Passphrase liegt im Schlüsselbund des Systems, aber Sotto kann das in %1 nicht vermerken.</translation>
    </message>
</context>
<context>
    <name>LiteralDestination</name>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>lokales Netzwerk</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>Internet</translation>
    </message>
</context>
<context>
    <name>LocalServers</name>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 auf Port %2</translation>
    </message>
    <message>
        <source>No model server is running on this computer (looked for %1).</source>
        <translation>Auf diesem Computer läuft kein Modellserver (gesucht nach %1).</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[Bild nicht geladen: %1]</translation>
    </message>
    <message>
        <source>[Image “%1” not loaded: %2]</source>
        <translation>[Bild „%1“ nicht geladen: %2]</translation>
    </message>
</context>
<context>
    <name>MicrophoneInput</name>
    <message>
        <source>%1 offers no audio format Sotto can record.</source>
        <translation>%1 bietet kein Audioformat, das Sotto aufnehmen kann.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it may be in use by another program.</source>
        <translation>%1 konnte nicht geöffnet werden: Vielleicht nutzt es ein anderes Programm.</translation>
    </message>
    <message>
        <source>%1 stopped recording: it may have been unplugged or taken by another program.</source>
        <translation>%1 hat die Aufnahme beendet: Vielleicht wurde es getrennt oder von einem anderen Programm übernommen.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrase-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>SOTTO_PASSPHRASE is set but empty.</source>
        <translation>SOTTO_PASSPHRASE ist gesetzt, aber leer.</translation>
    </message>
    <message>
        <source>No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.</source>
        <translation>Keine Passphrase: Setzen Sie SOTTO_PASSPHRASE, übergeben Sie --passphrase-file oder starten Sie in einem Terminal.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Es wurde keine Passphrase eingegeben.</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>The provider a per-provider key applies to.</source>
        <translation>Der Anbieter, für den eine anbieterbezogene Einstellung gilt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show: JSON ausgeben.</translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation>show | set KEY VALUE</translation>
    </message>
    <message>
        <source>Use &apos;policy show&apos; or &apos;policy set KEY VALUE&apos;.</source>
        <translation>Verwenden Sie &apos;policy show&apos; oder &apos;policy set KEY VALUE&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set per provider: add --provider NAME.</source>
        <translation>&apos;%1&apos; wird pro Anbieter festgelegt: Fügen Sie --provider NAME hinzu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; ist kein Wert für %2; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
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
        <translation>Anzeigen oder ändern, was diesen Computer verlassen darf.

Schlüssel: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,
redact off|internet|always (personenbezogene Daten zurückhalten: standardmäßig bei Zielen im Internet),
proxy URL|off (http://HOST:PORT mit CONNECT oder socks5h://HOST:PORT, dessen Proxy die Namen
auflöst, z. B. Tor unter socks5h://127.0.0.1:9050; Loopback-Ziele gehen direkt),
retention-days N (0 behält alles), audit-retention-days N (Tage, die Audit-Einträge
aufbewahrt werden; 0 behält alle), agent-deadline N (Sekunden, die die Antwort jedes Agenten beim
Abwägen brauchen darf, in jeder Runde; 0: keine Begrenzung); pro Anbieter (mit --provider NAME):
http-to-internet allow|deny, enabled on|off, redact off|internet|always|default (default:
der globalen redact-Regel folgen), proxy URL|direct|default (default: der globale Proxy).</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; ist kein Wert für %2; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>a number of days (0 keeps everything)</source>
        <translation>eine Anzahl von Tagen (0 behält alles)</translation>
    </message>
    <message>
        <source>Unknown policy setting &apos;%1&apos;; known: %2.</source>
        <translation>Unbekannte Richtlinieneinstellung &apos;%1&apos;; bekannt: %2.</translation>
    </message>
    <message>
        <source>a number of seconds (0: no limit)</source>
        <translation>eine Anzahl Sekunden (0: keine Begrenzung)</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>Start from a known provider: %1.</source>
        <translation>Von einem bekannten Anbieter ausgehen: %1.</translation>
    </message>
    <message>
        <source>openai, anthropic, ollama or gemini.</source>
        <translation>openai, anthropic, ollama oder gemini.</translation>
    </message>
    <message>
        <source>The API root.</source>
        <translation>Die API-Basis.</translation>
    </message>
    <message>
        <source>The default model.</source>
        <translation>Das Standardmodell.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Store the API key found in this environment variable (else you are asked for it on a terminal).</source>
        <translation>Den API-Schlüssel aus dieser Umgebungsvariable speichern (sonst wird er im Terminal abgefragt).</translation>
    </message>
    <message>
        <source>The provider needs no API key.</source>
        <translation>Der Anbieter braucht keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Allow plain http to a host on the internet (normally refused).</source>
        <translation>Unverschlüsseltes http zu einem Host im Internet erlauben (normalerweise abgelehnt).</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;; known: %2.</source>
        <translation>Unbekannte Vorlage &apos;%1&apos;; bekannt: %2.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api muss openai, anthropic, ollama oder gemini sein.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs --preset or --api.</source>
        <translation>&apos;providers add&apos; braucht --preset oder --api.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs an http(s) --base-url.</source>
        <translation>&apos;providers add&apos; braucht eine http(s)-Adresse in --base-url.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>Die Umgebungsvariable %1 ist leer.</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API-Schlüssel für %1: </translation>
    </message>
    <message>
        <source>No API key given: use --api-key-env VAR, a terminal, or --no-api-key.</source>
        <translation>Kein API-Schlüssel angegeben: Verwenden Sie --api-key-env VAR, ein Terminal oder --no-api-key.</translation>
    </message>
    <message>
        <source>Saved provider %1 (%2, %3).</source>
        <translation>Anbieter %1 gespeichert (%2, %3).</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Anbieter %1 entfernt.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (deaktiviert)</translation>
    </message>
    <message>
        <source>The context budget in tokens (default %1).</source>
        <translation>Das Kontextbudget in Tokens (Standard %1).</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens braucht eine positive Anzahl Tokens.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Es gibt keinen Anbieter namens %1.</translation>
    </message>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Passphrase für den Tresor in %1: </translation>
    </message>
    <message>
        <source>context %L1 tokens</source>
        <translation>Kontext %L1 Tokens</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; give the key with --api-key-env or when asked.</source>
        <translation>Die Basis-URL darf weder Benutzername noch Passwort enthalten; geben Sie den Schlüssel mit --api-key-env oder bei der Abfrage an.</translation>
    </message>
    <message>
        <source>Send this provider&apos;s requests through a proxy: http://HOST:PORT (CONNECT) or socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one).</source>
        <translation>Die Anfragen dieses Anbieters über einen Proxy senden: http://HOST:PORT (CONNECT) oder socks5h://HOST:PORT; direct umgeht den globalen Proxy (Standard: der globale).</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>%1 at %2: no models yet</source>
        <translation>%1 unter %2: noch keine Modelle</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%1 unter %2: %n Modell (%3)</numerusform>
            <numerusform>%1 unter %2: %n Modelle (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list or remove model providers, or find the model servers running on this computer. API keys are kept inside the encrypted vault; they never go on the command line.</source>
        <translation>Modellanbieter hinzufügen, auflisten oder entfernen oder die Modellserver finden, die auf diesem Computer laufen. API-Schlüssel werden im verschlüsselten Tresor aufbewahrt; sie stehen nie auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>list, models, detect: print JSON.</source>
        <translation>list, models, detect: JSON ausgeben.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME | models NAME (asks the provider for its models and their context lengths) | detect (looks for model servers running on this computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; loopback only)</source>
        <translation>add NAME | list | remove NAME | models NAME (fragt den Anbieter nach seinen Modellen und deren Kontextlängen) | detect (sucht Modellserver, die auf diesem Computer laufen: Ollama, llama.cpp, LM Studio, vLLM, Jan; nur Loopback)</translation>
    </message>
    <message>
        <source>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; or &apos;providers detect&apos;.</source>
        <translation>Verwenden Sie &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; oder &apos;providers detect&apos;.</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>nur Text</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>Sotto does not use %1 from the environment: its requests go direct. To send them through a proxy, run &apos;sotto policy set proxy http://HOST:PORT&apos; (or socks5h://HOST:PORT), or set it in Settings › Privacy.</source>
        <translation>Sotto verwendet %1 aus der Umgebung nicht: Seine Anfragen gehen direkt. Um sie über einen Proxy zu senden, führen Sie &apos;sotto policy set proxy http://HOST:PORT&apos; (oder socks5h://HOST:PORT) aus oder legen Sie ihn unter Einstellungen › Datenschutz fest.</translation>
    </message>
</context>
<context>
    <name>RedactCommand</name>
    <message>
        <source>Added &apos;%1&apos;: it is withheld from what is sent.</source>
        <translation>&apos;%1&apos; hinzugefügt: Der Begriff wird beim Senden zurückgehalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a term.</source>
        <translation>&apos;%1&apos; ist bereits ein Begriff.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term.</source>
        <translation>&apos;%1&apos; ist kein Begriff.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; or &apos;redact terms list [--json]&apos;.</source>
        <translation>Verwenden Sie &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; oder &apos;redact terms list [--json]&apos;.</translation>
    </message>
    <message>
        <source>Redaction is off (policy redact off): the text is sent as it is.</source>
        <translation>Das Zurückhalten ist ausgeschaltet (policy redact off): Der Text wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>Nothing to withhold was found.</source>
        <translation>Es wurde nichts zum Zurückhalten gefunden.</translation>
    </message>
    <message>
        <source>Withhold personal data from what is sent (docs/PRIVACY.md).

  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider
                                    (what was replaced goes to stderr, or into --json)
  redact terms add TERM | remove TERM | list [--json]
                                    your own terms (names, a company, code names)

When it runs: sotto policy set redact off|internet|always. Detection can miss things.</source>
        <translation>Personenbezogene Daten beim Senden zurückhalten (docs/PRIVACY.md).

  redact --dry-run TEXT             TEXT so ausgeben, wie er an einen Anbieter im Internet ginge
                                    (was ersetzt wurde, geht auf stderr oder in --json)
  redact terms add TERM | remove TERM | list [--json]
                                    Ihre eigenen Begriffe (Namen, eine Firma, Codenamen)

Wann es greift: sotto policy set redact off|internet|always. Die Erkennung kann etwas übersehen.</translation>
    </message>
    <message>
        <source>Show what would be sent.</source>
        <translation>Anzeigen, was gesendet würde.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>TEXT, or: terms add|remove|list</source>
        <translation>TEXT, oder: terms add|remove|list</translation>
    </message>
    <message>
        <source>Use &apos;redact --dry-run TEXT&apos; or &apos;redact terms add|remove|list&apos;.</source>
        <translation>Verwenden Sie &apos;redact --dry-run TEXT&apos; oder &apos;redact terms add|remove|list&apos;.</translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message>
        <source>GPS position</source>
        <translation>GPS-Position</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>Kamerahersteller und -modell</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>%n weiteres Tag</numerusform>
            <numerusform>%n weitere Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text note(s)</source>
        <translation>
            <numerusform>%n Textnotiz</numerusform>
            <numerusform>%n Textnotizen</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP data</source>
        <translation>XMP-Daten</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>Farbprofil</translation>
    </message>
    <message>
        <source>The image carried no metadata.</source>
        <translation>Das Bild enthielt keine Metadaten.</translation>
    </message>
    <message>
        <source>Removed before storing and sending: %1.</source>
        <extracomment>%1 is a list such as &quot;GPS position, camera make and model, 12 other tags&quot;.</extracomment>
        <translation>Vor dem Speichern und Senden entfernt: %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search titles, messages and reasoning in the vault (every word must match).</source>
        <translation>Titel, Nachrichten und Überlegungen im Tresor durchsuchen (jedes Wort muss vorkommen).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (default 50).</source>
        <translation>Höchstens &lt;n&gt; Treffer (Standard: 50).</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Die zu suchenden Wörter.</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the words to look for.</source>
        <translation>&apos;search&apos; braucht die zu suchenden Wörter.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
</context>
<context>
    <name>TerminalSendPrompter</name>
    <message>
        <source>this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>in Ihrem lokalen Netzwerk</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>im Internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, on %4)? [y/N, a: yes and don&apos;t ask again for it] </source>
        <translation>%1 an %2 senden (%3, %4)? [j/N, a: ja und nicht mehr fragen] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the letter that answers yes to the [y/N] prompt</comment>
        <translation>j</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <source>Turn speech into text: send an audio file to an OpenAI-compatible transcription endpoint (audited like any request) and print the text. Without --provider or --api, the provider chosen for transcription in the settings is used.</source>
        <translation>Sprache in Text umwandeln: eine Audiodatei an einen OpenAI-kompatiblen Transkriptionsendpunkt senden (wie jede Anfrage protokolliert) und den Text ausgeben. Ohne --provider oder --api wird der in den Einstellungen für die Transkription gewählte Anbieter verwendet.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Ein mit „sotto providers add“ hinzugefügter Anbieter.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai (any OpenAI-compatible server).</source>
        <translation>Ad-hoc-Anbieter: openai (jeder OpenAI-kompatible Server).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1).</source>
        <translation>Ad-hoc-Anbieter: die API-Wurzel (z. B. http://127.0.0.1:8000/v1).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Ad-hoc-Anbieter: die Umgebungsvariable mit dem API-Schlüssel.</translation>
    </message>
    <message>
        <source>The transcription model (default: the setting, else %1).</source>
        <translation>Das Transkriptionsmodell (Standard: die Einstellung, sonst %1).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB.</source>
        <translation>Die Audiodatei: WAV, MP3, FLAC, Ogg, M4A oder WebM, höchstens 25 MB.</translation>
    </message>
    <message>
        <source>&apos;transcribe&apos; needs one audio file.</source>
        <translation>„transcribe“ braucht eine Audiodatei.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Geben Sie entweder --provider NAME oder --api mit --base-url an.</translation>
    </message>
    <message>
        <source>--api needs --base-url, and --base-url --api.</source>
        <translation>--api braucht --base-url und --base-url braucht --api.</translation>
    </message>
    <message>
        <source>--api must be openai.</source>
        <translation>--api muss openai sein.</translation>
    </message>
    <message>
        <source>The %1 API has no transcription endpoint; use --api openai with an OpenAI-compatible server.</source>
        <translation>Die %1-API hat keinen Transkriptionsendpunkt; verwenden Sie --api openai mit einem OpenAI-kompatiblen Server.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Give --provider NAME or --api openai with --base-url, or choose a transcription provider in the settings.</source>
        <translation>Geben Sie --provider NAME oder --api openai mit --base-url an, oder wählen Sie in den Einstellungen einen Transkriptionsanbieter.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint.</source>
        <translation>%1 spricht die %2-API, die keinen Transkriptionsendpunkt hat.</translation>
    </message>
    <message>
        <source>Interrupted by %1.</source>
        <translation>Unterbrochen durch %1.</translation>
    </message>
    <message>
        <source>The transcription ended without an answer.</source>
        <translation>Die Transkription endete ohne Antwort.</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <source>%1 is larger than %2 MB, the most a transcription service takes.</source>
        <translation>%1 ist größer als %2 MB, das Maximum, das ein Transkriptionsdienst annimmt.</translation>
    </message>
    <message>
        <source>%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).</source>
        <translation>%1 ist kein transkribierbares Audio (WAV, MP3, FLAC, Ogg, M4A oder WebM).</translation>
    </message>
    <message>
        <source>No provider is chosen for transcription: choose one in Settings › Voice.</source>
        <translation>Für die Transkription ist kein Anbieter gewählt: Wählen Sie einen unter Einstellungen › Sprache.</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>Look after the encrypted vault.</source>
        <translation>Den verschlüsselten Tresor pflegen.</translation>
    </message>
    <message>
        <source>change-passphrase: read the new passphrase from &lt;file&gt; (else $SOTTO_NEW_PASSPHRASE, else a prompt).</source>
        <translation>change-passphrase: die neue Passphrase aus &lt;file&gt; lesen (sonst $SOTTO_NEW_PASSPHRASE, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>durch eine Wiederherstellung ersetzt</translation>
    </message>
    <message>
        <source>There are no copies of the vault.</source>
        <translation>Es gibt keine Kopien des Tresors.</translation>
    </message>
    <message>
        <source>Restored the copy %1; the files it replaced are kept as another copy.</source>
        <translation>Kopie %1 wiederhergestellt; die ersetzten Dateien werden als weitere Kopie aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>Der Tresor in %1 ist beschädigt (%n Problem gefunden).</numerusform>
            <numerusform>Der Tresor in %1 ist beschädigt (%n Probleme gefunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault in %1 is intact.</source>
        <translation>Der Tresor in %1 ist intakt.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>In %1 gibt es noch keinen Tresor.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <source>SOTTO_NEW_PASSPHRASE is empty.</source>
        <translation>SOTTO_NEW_PASSPHRASE ist leer.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Neue Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase has been changed.</source>
        <translation>Die Passphrase des Tresors wurde geändert.</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). The backup is encrypted: it opens with the passphrase the vault has now.</source>
        <translation>Tresor in %1 gesichert (%2). Die Sicherung ist verschlüsselt: Sie lässt sich mit der Passphrase öffnen, die der Tresor jetzt hat.</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>Passphrase der Sicherung %1: </translation>
    </message>
    <message>
        <source>The files it replaced are kept as the copy %1 (&apos;sotto vault backups&apos;).</source>
        <translation>Die ersetzten Dateien werden als Kopie %1 aufbewahrt (&apos;sotto vault backups&apos;).</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Tresor aus %1 wiederhergestellt, gesichert am %2.</translation>
    </message>
    <message>
        <source>restore: put back the vault from the backup file &lt;file&gt; (made by &apos;sotto vault backup&apos;; it asks for that backup&apos;s passphrase).</source>
        <translation>restore: den Tresor aus der Sicherungsdatei &lt;file&gt; zurückspielen (erstellt mit &apos;sotto vault backup&apos;; fragt nach der Passphrase dieser Sicherung).</translation>
    </message>
    <message>
        <source>backup FILE: write the vault, still encrypted, to one file; check: verify the vault&apos;s integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy or a backup file back (the current files are kept as another copy).</source>
        <translation>backup FILE: den Tresor, weiterhin verschlüsselt, in eine Datei schreiben; check: die Integrität des Tresors prüfen; change-passphrase: ihn mit einer neuen Passphrase neu verschlüsseln; backups: die vor Aktualisierungen und Wiederherstellungen angelegten Kopien auflisten; restore ID | restore --file FILE: eine Kopie oder eine Sicherungsdatei zurückspielen (die aktuellen Dateien werden als weitere Kopie aufbewahrt).</translation>
    </message>
    <message>
        <source>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; or &apos;restore --file FILE&apos;.</source>
        <translation>Verwenden Sie &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; oder &apos;restore --file FILE&apos;.</translation>
    </message>
</context>
<context>
    <name>sotto::AuditDashboard</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message>
        <source>There is no audit record %1.</source>
        <translation>Es gibt keinen Protokolleintrag %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>Das Audit wurde geleert: %n früherer Eintrag wurde gelöscht.</numerusform>
            <numerusform>Das Audit wurde geleert: %n frühere Einträge wurden gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ChatController</name>
    <message>
        <source>Add a model provider first (Settings → Providers).</source>
        <translation>Fügen Sie zuerst einen Modellanbieter hinzu (Einstellungen → Anbieter).</translation>
    </message>
    <message>
        <source>Choose a provider for this conversation.</source>
        <translation>Wählen Sie einen Anbieter für diese Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>sotto::ChatGptReader</name>
    <message>
        <source>[image not included]</source>
        <translation>[Bild nicht enthalten]</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Eine Unterhaltung ist kein Objekt.</translation>
    </message>
    <message>
        <source>A conversation has no message tree (&quot;mapping&quot;).</source>
        <translation>Eine Unterhaltung hat keinen Nachrichtenbaum (&quot;mapping&quot;).</translation>
    </message>
</context>
<context>
    <name>sotto::ClaudeReader</name>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Eine Unterhaltung ist kein Objekt.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages (&quot;chat_messages&quot;).</source>
        <translation>Eine Unterhaltung hat keine Nachrichtenliste (&quot;chat_messages&quot;).</translation>
    </message>
    <message>
        <source>Attached %1:</source>
        <translation>Anhang %1:</translation>
    </message>
    <message>
        <source>[image not included]</source>
        <translation>[Bild nicht enthalten]</translation>
    </message>
    <message>
        <source>[file not included: %1]</source>
        <translation>[Datei nicht enthalten: %1]</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplatingTurn</name>
    <message>
        <source>agent %1 (%2)</source>
        <translation>Agent %1 (%2)</translation>
    </message>
    <message>
        <source>no answer within the agent deadline of %1 s</source>
        <translation>keine Antwort innerhalb der Agentenfrist von %1 s</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>This conversation is local-only and the ensemble asks agents that are not on this machine; nothing was sent.</source>
        <translation>Diese Unterhaltung ist nur lokal, und das Ensemble fragt Agenten, die nicht auf diesem Computer laufen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No agent answered — %1.</source>
        <translation>Kein Agent hat geantwortet – %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationEstimate</name>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>agent %1, round 2</source>
        <translation>Agent %1, Runde 2</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images</source>
        <translation>%1: %2 (%3) bei %4 [%5]: %6 Bytes, %7 Zeichen, %8 Bilder</translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, dazu die Antworten der Agenten</translation>
    </message>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>insgesamt: %n Anfrage</numerusform>
            <numerusform>insgesamt: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bytes, %2 characters, %3 images before the agents&apos; answers</source>
        <translation>, %1 Bytes, %2 Zeichen, %3 Bilder vor den Antworten der Agenten</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationSetup</name>
    <message>
        <source>There is no ensemble named “%1” any more: choose who contemplates.</source>
        <translation>Es gibt kein Ensemble namens „%1“ mehr: Wählen Sie, wer abwägt.</translation>
    </message>
    <message>
        <source>The ensemble “%1” names providers that are not configured: %2.</source>
        <translation>Das Ensemble „%1“ nennt Anbieter, die nicht eingerichtet sind: %2.</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationImport</name>
    <message>
        <source>[image not included]</source>
        <translation>[Bild nicht enthalten]</translation>
    </message>
    <message>
        <source>It is not a %1: it looks like a %2.</source>
        <translation>Es ist kein %1: es sieht aus wie ein %2.</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>Unterhaltung %1: %2</translation>
    </message>
    <message>
        <source>It nests deeper than an export does (%1 levels).</source>
        <translation>Sie ist tiefer verschachtelt, als ein Export es ist (%1 Ebenen).</translation>
    </message>
    <message>
        <source>It is damaged or incomplete: %1</source>
        <translation>Sie ist beschädigt oder unvollständig: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationRepository</name>
    <message>
        <source>An incognito conversation is never stored.</source>
        <translation>Eine Inkognito-Unterhaltung wird nie gespeichert.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressExchange</name>
    <message>
        <source>The request to %1 could not be sent: %2.</source>
        <translation>Die Anfrage an %1 konnte nicht gesendet werden: %2.</translation>
    </message>
    <message>
        <source>Could not find the server %1.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the request (%1).</source>
        <translation>Nicht gesendet: Das Datenschutzprotokoll konnte die Anfrage nicht aufzeichnen (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request was stopped.</source>
        <translation>%1 hat %2 s lang nichts gesendet; die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Sotto does not follow redirects.</source>
        <translation>%1 hat die Anfrage nach %2 umgeleitet; Sotto folgt keinen Umleitungen.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2).</source>
        <translation>%1 hat eine fehlerhafte Antwort gesendet (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 hat mit HTTP %2%3 geantwortet.</translation>
    </message>
    <message>
        <source>%1 refused the connection; is the server running?</source>
        <translation>%1 hat die Verbindung abgelehnt; läuft der Server?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was set up.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor sie aufgebaut war.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not sent, blocked by your privacy settings: %1.</source>
        <translation>Nicht gesendet, von Ihren Datenschutzeinstellungen blockiert: %1.</translation>
    </message>
    <message>
        <source>Sotto was closing.</source>
        <translation>Sotto wurde beendet.</translation>
    </message>
    <message>
        <source>Could not look up the server %1 within %2 s.</source>
        <translation>Der Server %1 wurde innerhalb von %2 s nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet; die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped by your privacy settings: %1.</source>
        <translation>Durch Ihre Datenschutzeinstellungen gestoppt: %1.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the proxy of provider %2 is not valid (%3).</source>
        <translation>Die Anfrage an %1 konnte nicht gesendet werden: Der Proxy des Anbieters %2 ist ungültig (%3).</translation>
    </message>
    <message>
        <source>Could not find the proxy %1.</source>
        <translation>Der Proxy %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The proxy %1 did not connect to %2: %3.</source>
        <translation>Der Proxy %1 hat keine Verbindung zu %2 hergestellt: %3.</translation>
    </message>
    <message>
        <source>The proxy %1 sent data of its own before the request to %2.</source>
        <translation>Der Proxy %1 hat vor der Anfrage an %2 eigene Daten gesendet.</translation>
    </message>
    <message>
        <source>Could not look up the proxy %1 within %2 s.</source>
        <translation>Der Proxy %1 konnte nicht innerhalb von %2 s aufgelöst werden.</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2 within %3 s.</source>
        <translation>Keine Verbindung zu %1 über den Proxy %2 innerhalb von %3 s.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection; is it running?</source>
        <translation>Der Proxy %1 hat die Verbindung abgelehnt; läuft er?</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before connecting to %2.</source>
        <translation>Der Proxy %1 hat die Verbindung geschlossen, bevor er sich mit %2 verbunden hat.</translation>
    </message>
    <message>
        <source>The connection to the proxy %1 failed: %2</source>
        <translation>Die Verbindung zum Proxy %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>sotto::EgressPolicy</name>
    <message>
        <source>provider %1 is disabled</source>
        <translation>Anbieter %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>der Offline-Modus ist an</translation>
    </message>
    <message>
        <source>conversation is local-only</source>
        <translation>die Unterhaltung ist nur lokal</translation>
    </message>
    <message>
        <source>http-to-internet is denied for provider %1</source>
        <translation>http-to-internet ist für Anbieter %1 verboten</translation>
    </message>
    <message>
        <source>you declined sending</source>
        <translation>Sie haben das Senden abgelehnt</translation>
    </message>
    <message>
        <source>ask-before-send is on and nothing could ask you</source>
        <translation>ask-before-send ist an, aber nichts konnte Sie fragen</translation>
    </message>
    <message>
        <source>ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address</source>
        <translation>Vor dem Senden fragen: Sie haben %1 als Ziel der Klasse %2 bestätigt, aber es wurde zu einer Adresse der Klasse %3 aufgelöst</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleCatalog</name>
    <message>
        <source>Choose a provider for every agent.</source>
        <translation>Wählen Sie für jeden Agenten einen Anbieter.</translation>
    </message>
    <message>
        <source>There is already an ensemble named %1.</source>
        <translation>Es gibt bereits ein Ensemble namens %1.</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleRepository</name>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Ein Ensemble braucht einen Namen.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents.</source>
        <translation>Ein Ensemble hat %1 bis %2 Agenten.</translation>
    </message>
    <message>
        <source>An ensemble has 1 or 2 rounds.</source>
        <translation>Ein Ensemble hat 1 oder 2 Runden.</translation>
    </message>
    <message>
        <source>There is no ensemble named %1.</source>
        <translation>Es gibt kein Ensemble namens %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ExportLabels</name>
    <message>
        <source>Conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>Exported from Sotto on %1</source>
        <translation>Aus Sotto exportiert am %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistent · %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 Tokens hinein · %2 heraus</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Agent %1 · %2 · round %3</source>
        <translation>Agent %1 · %2 · Runde %3</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>sotto::ExportTarget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>der Export wurde nicht begonnen</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>sotto::ImportFormat</name>
    <message>
        <source>Sotto JSON export</source>
        <translation>Sotto-JSON-Export</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>ChatGPT-Export</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>Claude-Export</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSniffer</name>
    <message>
        <source>It is not a JSON file.</source>
        <translation>Es ist keine JSON-Datei.</translation>
    </message>
    <message>
        <source>It is not an export of Sotto, ChatGPT or Claude.</source>
        <translation>Es ist kein Export von Sotto, ChatGPT oder Claude.</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>It is a damaged or incomplete zip file.</source>
        <translation>Es ist eine beschädigte oder unvollständige Zip-Datei.</translation>
    </message>
    <message>
        <source>It is a damaged zip file.</source>
        <translation>Es ist eine beschädigte Zip-Datei.</translation>
    </message>
    <message>
        <source>It holds a file whose path leaves the archive (%1).</source>
        <translation>Sie enthält eine Datei, deren Pfad aus dem Archiv hinausführt (%1).</translation>
    </message>
    <message>
        <source>The zip file holds no conversations.json.</source>
        <translation>Die Zip-Datei enthält keine conversations.json.</translation>
    </message>
    <message>
        <source>Its conversations.json is larger than an import may be.</source>
        <translation>Ihre conversations.json ist größer, als ein Import sein darf.</translation>
    </message>
    <message>
        <source>There is no archive to read from.</source>
        <translation>Es gibt kein Archiv, aus dem gelesen werden kann.</translation>
    </message>
    <message>
        <source>The zip file has no %1.</source>
        <translation>Die Zip-Datei enthält kein %1.</translation>
    </message>
    <message>
        <source>%1 is larger than it may be.</source>
        <translation>%1 ist größer als erlaubt.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>sotto::JsonByteSource</name>
    <message>
        <source>It unpacks to far more than it holds (a zip bomb).</source>
        <translation>Sie entpackt sich zu weit mehr, als sie enthält (eine Zip-Bombe).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It is larger than an import may be (%1 MB).</source>
        <translation>Sie ist größer, als ein Import sein darf (%1 MB).</translation>
    </message>
    <message>
        <source>It holds a text longer than an import may hold (%1 MB).</source>
        <translation>Sie enthält einen Text, der länger ist, als ein Import enthalten darf (%1 MB).</translation>
    </message>
</context>
<context>
    <name>sotto::JsonElementStream</name>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>%1 (near byte %2)</source>
        <translation>%1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>It is not a list of conversations.</source>
        <translation>Es ist keine Liste von Unterhaltungen.</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>Das Element &quot;%1&quot; ist keine Liste.</translation>
    </message>
    <message>
        <source>It is not an object.</source>
        <translation>Es ist kein Objekt.</translation>
    </message>
    <message>
        <source>It has no &quot;%1&quot; list.</source>
        <translation>Es hat keine Liste &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It ended too soon.</source>
        <translation>Es endet zu früh.</translation>
    </message>
</context>
<context>
    <name>sotto::KeyDerivation</name>
    <message>
        <source>The vault&apos;s key derivation settings are invalid.</source>
        <translation>Die Einstellungen der Schlüsselableitung des Tresors sind ungültig.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Tresorschlüssel abzuleiten.</translation>
    </message>
</context>
<context>
    <name>sotto::LocalServerDiscovery</name>
    <message>
        <source>The answer was too long for a list of models.</source>
        <translation>Die Antwort war zu lang für eine Liste von Modellen.</translation>
    </message>
</context>
<context>
    <name>sotto::MessageRepository</name>
    <message>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>Es gibt keinen Anhang %1.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
</context>
<context>
    <name>sotto::PassphraseStrength</name>
    <message>
        <source>Very weak: this could be guessed in moments.</source>
        <translation>Sehr schwach: Das ließe sich im Nu erraten.</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words to make it stronger.</source>
        <translation>Schwach: Fügen Sie einige Wörter hinzu, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <source>Excellent.</source>
        <translation>Ausgezeichnet.</translation>
    </message>
</context>
<context>
    <name>sotto::PdfExport</name>
    <message>
        <source>Could not write the PDF.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
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
    <name>sotto::ProviderErrors</name>
    <message>
        <source>%1 is overloaded right now; try again in a moment.</source>
        <translation>%1 ist gerade überlastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1 meldet ein Anfragelimit; versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>%1 meldet ein Anfragelimit; versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports a rate limit; try again later.</source>
        <translation>%1 meldet ein Anfragelimit; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the API key.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>%1 has no model named “%2”.</source>
        <translation>%1 hat kein Modell namens „%2“.</translation>
    </message>
    <message>
        <source>%1 has no such API endpoint (HTTP 404); check the provider&apos;s base URL.</source>
        <translation>%1 hat keinen solchen API-Endpunkt (HTTP 404); prüfen Sie die Basis-URL des Anbieters.</translation>
    </message>
    <message>
        <source>%1 says the account has no credit or quota left.</source>
        <translation>%1 meldet, dass das Konto kein Guthaben oder Kontingent mehr hat.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2): %3</source>
        <translation>%1 hatte einen Serverfehler (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 hatte einen Serverfehler (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 hat mit HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error.</source>
        <translation>%1 hat die Antwort mit einem Fehler abgebrochen.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error: %2</source>
        <translation>%1 hat die Antwort mit einem Fehler abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1 says the conversation is longer than the model can read at once (its context window). Lower the provider&apos;s context budget so that older messages are left out, or start a new conversation.</source>
        <translation>%1 meldet, dass die Unterhaltung länger ist, als das Modell auf einmal lesen kann (sein Kontextfenster). Senken Sie das Kontextbudget des Anbieters, damit ältere Nachrichten weggelassen werden, oder beginnen Sie eine neue Unterhaltung.</translation>
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
        <translation>Ollama (auf diesem Computer)</translation>
    </message>
    <message>
        <source>llama.cpp server (on this computer)</source>
        <translation>llama.cpp-Server (auf diesem Computer)</translation>
    </message>
    <message>
        <source>LM Studio (on this computer)</source>
        <translation>LM Studio (auf diesem Computer)</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>Benutzerdefiniert (OpenAI-kompatibel)</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>Ein Anbieter braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Es gibt keinen Anbieter namens %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRequests</name>
    <message>
        <source>The provider&apos;s list of models could not be read.</source>
        <translation>Die Modellliste des Anbieters konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>sotto::ProxyHandshake</name>
    <message>
        <source>general failure</source>
        <translation>allgemeiner Fehler</translation>
    </message>
    <message>
        <source>not allowed by its rules</source>
        <translation>durch seine Regeln nicht erlaubt</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>host unreachable or not found</source>
        <translation>Host nicht erreichbar oder nicht gefunden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>time to live expired</source>
        <translation>Lebensdauer (TTL) abgelaufen</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>Befehl nicht unterstützt</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>Adresstyp nicht unterstützt</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>the host name is too long for a SOCKS5 proxy</source>
        <translation>der Hostname ist für einen SOCKS5-Proxy zu lang</translation>
    </message>
    <message>
        <source>the HTTP proxy&apos;s answer to CONNECT is too long</source>
        <translation>die Antwort des HTTP-Proxys auf CONNECT ist zu lang</translation>
    </message>
    <message>
        <source>the HTTP proxy did not answer in HTTP</source>
        <translation>der HTTP-Proxy hat nicht in HTTP geantwortet</translation>
    </message>
    <message>
        <source>the HTTP proxy refused the tunnel: %1</source>
        <translation>der HTTP-Proxy hat den Tunnel abgelehnt: %1</translation>
    </message>
    <message>
        <source>the proxy does not speak SOCKS5</source>
        <translation>der Proxy spricht kein SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy wants a login, which Sotto does not support</source>
        <translation>der SOCKS5-Proxy verlangt eine Anmeldung, die Sotto nicht unterstützt</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy could not connect: %1</source>
        <translation>der SOCKS5-Proxy konnte keine Verbindung herstellen: %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy sent a malformed reply</source>
        <translation>der SOCKS5-Proxy hat eine fehlerhafte Antwort gesendet</translation>
    </message>
</context>
<context>
    <name>sotto::ProxySpec</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL; use http://HOST:PORT or socks5h://HOST:PORT.</source>
        <translation>&apos;%1&apos; ist keine Proxy-URL; verwenden Sie http://HOST:PORT oder socks5h://HOST:PORT.</translation>
    </message>
    <message>
        <source>With socks5:// every server&apos;s name would be looked up on this computer; use socks5h:// so the proxy resolves names.</source>
        <translation>Mit socks5:// würde der Name jedes Servers auf diesem Computer aufgelöst; verwenden Sie socks5h://, damit der Proxy die Namen auflöst.</translation>
    </message>
    <message>
        <source>Sotto speaks http:// (CONNECT) and socks5h:// proxies, not %1://.</source>
        <translation>Sotto spricht http://- (CONNECT) und socks5h://-Proxys, nicht %1://.</translation>
    </message>
    <message>
        <source>A proxy URL may not carry a user name or password.</source>
        <translation>Eine Proxy-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>A proxy URL is only a scheme, a host and a port.</source>
        <translation>Eine Proxy-URL besteht nur aus Schema, Host und Port.</translation>
    </message>
    <message>
        <source>A proxy URL needs its port (for example socks5h://127.0.0.1:9050).</source>
        <translation>Eine Proxy-URL braucht ihren Port (zum Beispiel socks5h://127.0.0.1:9050).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name is too long.</source>
        <translation>Der Hostname des Proxys ist zu lang.</translation>
    </message>
</context>
<context>
    <name>sotto::SendPrompter</name>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Text: %1 characters</source>
        <translation>Text: %1 Zeichen</translation>
    </message>
    <message>
        <source>Messages: %1 sent (the question included), %2 earlier ones left out to fit the context</source>
        <translation>Nachrichten: %1 gesendet (die Frage eingeschlossen), %2 frühere weggelassen, damit der Kontext reicht</translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>Bilder: %1 (%2)</translation>
    </message>
    <message>
        <source>Personal data replaced by placeholders: %1</source>
        <translation>Persönliche Daten durch Platzhalter ersetzt: %1</translation>
    </message>
</context>
<context>
    <name>sotto::Session</name>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Eine Kopie vom %1 ist vorhanden: &apos;sotto vault restore %2&apos; stellt sie wieder her.</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>„%1“ ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>An answer is still being written. Stop it or let it finish, then restore the backup.</source>
        <translation>Es wird noch eine Antwort geschrieben. Halten Sie sie an oder lassen Sie sie fertig werden, und stellen Sie dann die Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The provider chosen for transcription, %1, is no longer configured: choose another in Settings › Voice.</source>
        <translation>Der für die Transkription gewählte Anbieter %1 ist nicht mehr eingerichtet: Wählen Sie einen anderen unter Einstellungen › Sprache.</translation>
    </message>
</context>
<context>
    <name>sotto::SottoJsonReader</name>
    <message>
        <source>It is not a Sotto JSON export.</source>
        <translation>Es ist kein Sotto-JSON-Export.</translation>
    </message>
    <message>
        <source>It is a version of Sotto&apos;s format this Sotto cannot read.</source>
        <translation>Es ist eine Version des Sotto-Formats, die dieses Sotto nicht lesen kann.</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Eine Unterhaltung ist kein Objekt.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages.</source>
        <translation>Eine Unterhaltung hat keine Nachrichtenliste.</translation>
    </message>
    <message>
        <source>A message has no id, or one another message has.</source>
        <translation>Eine Nachricht hat keine ID oder eine, die eine andere Nachricht schon hat.</translation>
    </message>
    <message>
        <source>Message %1 follows a message that is not before it.</source>
        <translation>Nachricht %1 folgt auf eine Nachricht, die nicht vor ihr steht.</translation>
    </message>
    <message>
        <source>Message %1 has no role.</source>
        <translation>Nachricht %1 hat keine Rolle.</translation>
    </message>
    <message>
        <source>An image of message %1 is not base64.</source>
        <translation>Ein Bild von Nachricht %1 ist nicht base64-codiert.</translation>
    </message>
</context>
<context>
    <name>sotto::SqlStatement</name>
    <message>
        <source>The disk is full, so the vault could not save the latest change. Free some space; what was saved before is intact.</source>
        <translation>Der Datenträger ist voll, daher konnte der Tresor die letzte Änderung nicht speichern. Schaffen Sie etwas Platz; alles zuvor Gespeicherte ist intakt.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (read-only or no permission), so the latest change was not saved.</source>
        <translation>In den Ordner des Tresors kann nicht geschrieben werden (schreibgeschützt oder keine Berechtigung), daher wurde die letzte Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>A read or write error occurred in the vault, so the latest change was not saved.</source>
        <translation>Im Tresor ist ein Lese- oder Schreibfehler aufgetreten, daher wurde die letzte Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Run an integrity check.</source>
        <translation>Die Datenbank des Tresors ist beschädigt. Führen Sie eine Integritätsprüfung durch.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again.</source>
        <translation>Der Tresor ist beschäftigt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change conflicts with what the vault holds.</source>
        <translation>Die Änderung steht im Widerspruch zum Inhalt des Tresors.</translation>
    </message>
    <message>
        <source>Unexpected vault error.</source>
        <translation>Unerwarteter Fehler im Tresor.</translation>
    </message>
</context>
<context>
    <name>sotto::StreamParser</name>
    <message>
        <source>The provider reported an error.</source>
        <translation>Der Anbieter hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Gemini refused the prompt (%1).</source>
        <translation>Gemini hat die Eingabe abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server sent a part of the answer that is not valid JSON; it was skipped.</source>
        <translation>Der Server hat einen Teil der Antwort gesendet, der kein gültiges JSON ist; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>The server sent a line or an event larger than %1 MiB; the answer was stopped there.</source>
        <translation>Der Server hat eine Zeile oder ein Ereignis über %1 MiB gesendet; die Antwort wurde dort abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sotto::TurnRunner</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>The message to answer again is gone.</source>
        <translation>Die erneut zu beantwortende Nachricht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The question is too long for the context budget of %1 tokens (about %2 tokens). Shorten it, attach fewer images, or raise the provider&apos;s context budget.</source>
        <translation>Die Frage ist zu lang für das Kontextbudget von %1 Tokens (etwa %2 Tokens). Kürzen Sie sie, hängen Sie weniger Bilder an oder erhöhen Sie das Kontextbudget des Anbieters.</translation>
    </message>
</context>
<context>
    <name>sotto::Vault</name>
    <message>
        <source>The vault in %1 is already open in another Sotto process (process %2). Close it first.</source>
        <translation>Der Tresor in %1 ist bereits in einem anderen Sotto-Prozess geöffnet (Prozess %2). Schließen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Die Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The profile %1 already holds a vault; Sotto will not overwrite it.</source>
        <translation>Das Profil %1 enthält bereits einen Tresor; Sotto überschreibt ihn nicht.</translation>
    </message>
    <message>
        <source>Cannot finish creating the vault in %1.</source>
        <translation>Das Anlegen des Tresors in %1 kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1.</source>
        <translation>Der Tresor in %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>In %1 gibt es noch keinen Tresor.</translation>
    </message>
    <message>
        <source>The vault header %1 does not belong to the database %2 (their database ids differ). Nothing was changed; put back the header that came with this database, or restore a backup.</source>
        <translation>Der Tresor-Header %1 gehört nicht zur Datenbank %2 (ihre Datenbank-IDs unterscheiden sich). Es wurde nichts geändert; legen Sie den Header zurück, der zu dieser Datenbank gehört, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Der Tresor-Header %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer version of Sotto (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>Der Tresor in %1 wurde von einer neueren Version von Sotto geschrieben (Schema %2; diese Version kennt bis %3). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Sotto: %1 It was left at schema version %2, and the copy taken before the update is in %3.</source>
        <translation>Der Tresor konnte nicht auf diese Version von Sotto aktualisiert werden: %1 Er blieb auf Schemaversion %2, und die vor der Aktualisierung angelegte Kopie liegt in %3.</translation>
    </message>
    <message>
        <source>Cannot open the vault database %1.</source>
        <translation>Die Tresor-Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption engine rejected the key.</source>
        <translation>Die Verschlüsselung des Tresors hat den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Sotto was built against an SQLite without encryption; it refuses to write the vault in clear. Rebuild it with SQLCipher.</source>
        <translation>Sotto wurde mit einem SQLite ohne Verschlüsselung gebaut; es weigert sich, den Tresor unverschlüsselt zu schreiben. Bauen Sie es mit SQLCipher neu.</translation>
    </message>
    <message>
        <source>Cannot configure the vault&apos;s encryption.</source>
        <translation>Die Verschlüsselung des Tresors kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be read although the passphrase is right: it is damaged, or was replaced by another file. Nothing was changed; restore a backup.</source>
        <translation>Die Tresor-Datenbank %1 kann trotz richtiger Passphrase nicht gelesen werden: Sie ist beschädigt oder wurde durch eine andere Datei ersetzt. Es wurde nichts geändert; stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support write-ahead logging.</source>
        <translation>Der Ordner des Tresors unterstützt kein Write-Ahead-Logging.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>The change was rolled back.</source>
        <translation>Die Änderung wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>Die neue Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The vault is still in use; the passphrase was not changed.</source>
        <translation>Der Tresor wird noch verwendet; die Passphrase wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the passphrase was not changed.</source>
        <translation>%1 kann nicht ersetzt werden; die Passphrase wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish this at the next unlock.</source>
        <translation>Die Passphrase wurde geändert, aber %1 konnte nicht in %2 umbenannt werden; Sotto holt das beim nächsten Entsperren nach.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase.</source>
        <translation>Das ist nicht die Passphrase des Tresors.</translation>
    </message>
    <message>
        <source>The vault cannot keep its temporary data in memory, so it was not opened.</source>
        <translation>Der Tresor kann seine temporären Daten nicht im Arbeitsspeicher halten und wurde daher nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultArchive</name>
    <message>
        <source>Cannot back up the vault now: part of it is still being written. Try again in a moment.</source>
        <translation>Der Tresor kann gerade nicht gesichert werden: Ein Teil davon wird noch geschrieben. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>Der Tresor %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written there; check the folder and the free space, then try again.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2. Dort wurde nichts geschrieben; prüfen Sie den Ordner und den freien Speicherplatz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is not a Sotto vault backup it can read: %2</source>
        <translation>%1 ist keine lesbare Sicherung eines Sotto-Tresors: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>sie beginnt nicht wie eine Sicherung</translation>
    </message>
    <message>
        <source>it has format %1, which this version of Sotto does not know</source>
        <translation>sie hat das Format %1, das diese Version von Sotto nicht kennt</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>ihre Beschreibung ist beschädigt</translation>
    </message>
    <message>
        <source>the key parameters it holds are damaged</source>
        <translation>die darin enthaltenen Schlüsselparameter sind beschädigt</translation>
    </message>
    <message>
        <source>it is incomplete (cut short)</source>
        <translation>sie ist unvollständig (abgeschnitten)</translation>
    </message>
    <message>
        <source>it has extra bytes at the end</source>
        <translation>sie hat überzählige Bytes am Ende</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content does not match its checksum.</source>
        <translation>Die Sicherung %1 ist beschädigt: Ihr Inhalt stimmt nicht mit ihrer Prüfsumme überein.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key parameters belong to another vault.</source>
        <translation>Die Sicherung %1 ist beschädigt: Ihre Schlüsselparameter gehören zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1. Nothing was changed; use the passphrase the vault had when the backup was made.</source>
        <translation>Diese Passphrase öffnet die Sicherung %1 nicht. Es wurde nichts geändert; verwenden Sie die Passphrase, die der Tresor beim Erstellen der Sicherung hatte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sotto::VaultBackups</name>
    <message>
        <source>Cannot copy the vault to %1 before updating it. Nothing was changed; free some space and try again.</source>
        <translation>Der Tresor kann vor der Aktualisierung nicht nach %1 kopiert werden. Es wurde nichts geändert; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Es gibt keine Sicherung %1.</translation>
    </message>
    <message>
        <source>Cannot remove the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The vault in %1 is open in another Sotto process; close it before restoring a backup.</source>
        <translation>Der Tresor in %1 ist in einem anderen Sotto-Prozess geöffnet; schließen Sie ihn, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to restore the backup. Nothing was deleted; the files moved so far are in %2.</source>
        <translation>%1 kann zum Wiederherstellen der Sicherung nicht beiseitegelegt werden. Es wurde nichts gelöscht; die bisher verschobenen Dateien liegen in %2.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place. The previous files are in %2.</source>
        <translation>Die Sicherung %1 kann nicht an ihren Platz kopiert werden. Die bisherigen Dateien liegen in %2.</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place. The previous files are in %2.</source>
        <translation>Die Sicherung %1 kann nicht an ihren Platz gebracht werden. Die bisherigen Dateien liegen in %2.</translation>
    </message>
    <message>
        <source>Cannot read the copy in %1.</source>
        <translation>Die Kopie in %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultHeader</name>
    <message>
        <source>The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.</source>
        <translation>Der Tresor-Header %1 ist beschädigt (%2). Stellen Sie ihn aus einer Sicherung des Profilordners wieder her.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>not a Sotto vault header</source>
        <translation>kein Tresor-Header von Sotto</translation>
    </message>
    <message>
        <source>The vault header %1 has format %2, which this version of Sotto cannot read.</source>
        <translation>Der Tresor-Header %1 hat das Format %2, das diese Version von Sotto nicht lesen kann.</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>unbekannte Schlüsselableitung</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>fehlende oder fehlerhafte Felder</translation>
    </message>
    <message>
        <source>impossible key derivation limits</source>
        <translation>unmögliche Grenzwerte für die Schlüsselableitung</translation>
    </message>
    <message>
        <source>The vault header %1 is missing. Without it the vault cannot be unlocked; restore it from a backup of the profile folder.</source>
        <translation>Der Tresor-Header %1 fehlt. Ohne ihn lässt sich der Tresor nicht entsperren; stellen Sie ihn aus einer Sicherung des Profilordners wieder her.</translation>
    </message>
    <message>
        <source>Cannot read the vault header %1: %2</source>
        <translation>Der Tresor-Header %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Der Tresor-Header %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing. Restore it from a backup of the profile folder.</source>
        <translation>Die Tresor-Datenbank %1 fehlt. Stellen Sie sie aus einer Sicherung des Profilordners wieder her.</translation>
    </message>
    <message>
        <source>Cannot read the vault database %1: %2</source>
        <translation>Die Tresor-Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The vault database %1 is not encrypted. Sotto refuses to use it.</source>
        <translation>Die Tresor-Datenbank %1 ist nicht verschlüsselt. Sotto verweigert ihre Verwendung.</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; restore a backup.</source>
        <translation>Die Tresor-Datenbank %1 ist abgeschnitten oder beschädigt (%2 Bytes). Es wurde nichts geändert; stellen Sie eine Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>There is no answer being streamed as message %1.</source>
        <translation>Es wird keine Antwort als Nachricht %1 gestreamt.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Replace the stored API key</source>
        <translation>Den gespeicherten API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Clear the stored API key</source>
        <translation>Den gespeicherten API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The stored key is removed when you save.</source>
        <translation>Der gespeicherte Schlüssel wird beim Speichern entfernt.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>Der neue Schlüssel ersetzt beim Speichern den gespeicherten.</translation>
    </message>
    <message>
        <source>Key stored (%1)</source>
        <translation>Schlüssel gespeichert (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AppearancePage</name>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Conversation text size in points</source>
        <translation>Textgröße der Unterhaltungen in Punkt</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Conversation text &amp;size:</source>
        <translation>Textgröße der &amp;Unterhaltungen:</translation>
    </message>
    <message>
        <source>Appearance is stored outside the vault, so it applies before you unlock. It never names anything you wrote.</source>
        <translation>Die Darstellung wird außerhalb des Tresors gespeichert, damit sie schon vor dem Entsperren gilt. Sie verrät nichts von dem, was Sie geschrieben haben.</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (Shift+Enter starts a new line)</source>
        <translation>&amp;Enter sendet die Nachricht (Umschalt+Enter beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>Wenn aus, beginnt Enter eine neue Zeile und Strg+Enter sendet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Sotto will use this language the next time it starts.</source>
        <translation>Sotto verwendet diese Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditLabels</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.</source>
        <translation>Loopback (127.0.0.0/8, ::1, localhost): nichts hat diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>Local network (a private, link-local or .local address): it left this computer, not the local network.</source>
        <translation>Lokales Netzwerk (eine private, link-lokale oder .local-Adresse): es hat diesen Computer verlassen, nicht das lokale Netzwerk.</translation>
    </message>
    <message>
        <source>Internet (any other address or host name): it left your network.</source>
        <translation>Internet (jede andere Adresse oder jeder andere Hostname): es hat Ihr Netzwerk verlassen.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>Gesendet, keine Antwort</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
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
        <translation>Audit geleert</translation>
    </message>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>%n Eintrag gelöscht</numerusform>
            <numerusform>%n Einträge gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>Blockiert · %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>%n Anfrage einer Antwort</numerusform>
            <numerusform>%n Anfragen einer Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%1 von %n abgeschlossen</numerusform>
            <numerusform>%1 von %n abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Ersetzungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1: %2 in %n Anfrage</numerusform>
            <numerusform>%1: %2 in %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>Nichts gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>%n Anfrage · %1</numerusform>
            <numerusform>%n Anfragen · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraDialog</name>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Neu aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Use Photo</source>
        <translation>Foto &amp;verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet …</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Take the photo (Space or Enter)</source>
        <translation>Foto aufnehmen (Leertaste oder Eingabe)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>Foto verwenden</translation>
    </message>
    <message>
        <source>Attach this photo to your message; its metadata is removed like any image&apos;s</source>
        <translation>Dieses Foto an Ihre Nachricht anhängen; seine Metadaten werden wie bei jedem Bild entfernt</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied. Choose another camera, or cancel.</source>
        <translation>Diese Kamera kann nicht verwendet werden: Ein anderes Programm nutzt sie vielleicht, oder der Zugriff wurde verweigert. Wählen Sie eine andere Kamera oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied.</source>
        <translation>Diese Kamera kann nicht verwendet werden: Ein anderes Programm nutzt sie vielleicht, oder der Zugriff wurde verweigert.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>Das Foto konnte nicht aufgenommen werden. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraFlow</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>Auf diesem Computer wurde keine Kamera gefunden.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChangePassphraseBox</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>Die neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase än&amp;dern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Neue Passphrase bestätigen</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation>Stärke der neuen Passphrase</translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation>Tresor wird neu verschlüsselt</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase. The old one stops working, and there is still no way to recover a lost passphrase.</source>
        <translation>Der Tresor wird mit der neuen Passphrase neu verschlüsselt. Die alte funktioniert dann nicht mehr, und eine verlorene Passphrase lässt sich weiterhin nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>&amp;Aktuell:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Neu:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Schwache Passphrase</translation>
    </message>
    <message>
        <source>The new passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>Die neue Passphrase ist leicht zu erraten. Wer die Tresordatei kopiert, kann schnell viele Passphrasen ausprobieren. Trotzdem verwenden?</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Die aktuelle Passphrase ist nicht richtig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>Die Passphrase wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>Passphrase geändert. Verwenden Sie ab jetzt die neue Passphrase.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Refuse to send this conversation anywhere but this computer</source>
        <translation>Diese Unterhaltung nirgendwohin außer an diesen Computer senden</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this message from the vault?</source>
        <translation>Diese Nachricht aus dem Tresor löschen?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Diese Adresse im Webbrowser öffnen?

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Editing your message: send to ask again from there, or press Esc to cancel.</source>
        <translation>Sie bearbeiten Ihre Nachricht: Senden Sie sie, um ab hier neu zu fragen, oder drücken Sie Esc zum Abbrechen.</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Stop the answer first (Esc), then delete the message.</source>
        <translation>Halten Sie zuerst die Antwort an (Esc) und löschen Sie dann die Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>Diese Nachricht und die %n folgende in dieser Version aus dem Tresor löschen?</numerusform>
            <numerusform>Diese Nachricht und die %n folgenden in dieser Version aus dem Tresor löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Incognito: nothing in this chat is stored</source>
        <translation>Inkognito: Nichts aus diesem Chat wird gespeichert</translation>
    </message>
    <message>
        <source>This conversation is never written to the vault: closing it, opening another or locking forgets it. Requests are still recorded in the privacy log.</source>
        <translation>Diese Unterhaltung wird nie in den Tresor geschrieben: Wenn Sie sie schließen, eine andere öffnen oder sperren, ist sie verloren. Anfragen werden trotzdem im Datenschutzprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Contemplate this question?</source>
        <translation>Diese Frage abwägen lassen?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>This answer&apos;s agents are not in the vault any more.</source>
        <translation>Die Agenten dieser Antwort sind nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>diesem Modell</translation>
    </message>
    <message>
        <source>%1 agents of %2</source>
        <translation>%1 Agenten von %2</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble “%1” (%n agents)</source>
        <translation>
            <numerusform>Ensemble „%1“ (%n Agent)</numerusform>
            <numerusform>Ensemble „%1“ (%n Agenten)</numerusform>
        </translation>
    </message>
    <message>
        <source>the agents of the ensemble “%1”</source>
        <translation>die Agenten des Ensembles „%1“</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. %1 cannot contemplate now: choose a provider, or an ensemble whose providers are all configured.</source>
        <translation>Abwägen (Strg+3): Mehrere Agenten überlegen parallel, dann wird aus ihren Ergebnissen eine Antwort zusammengeführt. Derzeit können %1 nicht abwägen: Wählen Sie einen Anbieter oder ein Ensemble, dessen Anbieter alle eingerichtet sind.</translation>
    </message>
    <message>
        <source>Send without the images?</source>
        <translation>Ohne die Bilder senden?</translation>
    </message>
    <message>
        <source>Send the text alone, or cancel and choose a model that sees images.</source>
        <translation>Senden Sie nur den Text, oder brechen Sie ab und wählen Sie ein Modell, das Bilder sieht.</translation>
    </message>
    <message>
        <source>Send Text Only</source>
        <translation>Nur Text senden</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images.</source>
        <extracomment>%1 a model, %2 its provider.</extracomment>
        <translation>%1 nimmt nur Text an, wie %2 meldet: Es kann keine Bilder sehen.</translation>
    </message>
    <message>
        <source>Choose a model that sees images, or the text is sent alone.</source>
        <translation>Wählen Sie ein Modell, das Bilder sieht, sonst wird nur der Text gesendet.</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Diktieren</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>This message is no longer in the vault.</source>
        <translation>Diese Nachricht ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Go to the latest message (Ctrl+End)</source>
        <translation>Zur neuesten Nachricht (Strg+Ende)</translation>
    </message>
    <message>
        <source>Go to the latest message</source>
        <translation>Zur neuesten Nachricht</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>Bilder anhängen (Sie können sie auch einfügen oder hineinziehen)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter sendet, Umschalt+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Strg+Enter sendet, Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Bild %1 entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what has arrived is kept</source>
        <translation>Antwort anhalten (Esc); was bereits angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>Senden (Enter oder Strg+Enter)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Ein Foto mit der Kamera aufnehmen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Dictate: speak, and the words are written here for you to check</source>
        <translation>Diktieren: Sprechen Sie, die Worte erscheinen hier zur Prüfung</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Diktieren</translation>
    </message>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>Bild %1: %2 × %3 Pixel, %4</translation>
    </message>
    <message>
        <source>Location removed</source>
        <translation>Ort entfernt</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>Keine Metadaten</translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ComposerEdit</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <translation>Fragen Sie, was Sie möchten…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message>
        <source>&amp;New</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>&amp;Agent hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save ensemble</source>
        <translation>Ensemble &amp;speichern</translation>
    </message>
    <message>
        <source>Add a provider on the Providers page first: each agent is a provider and one of its models.</source>
        <translation>Fügen Sie zuerst auf der Seite „Anbieter“ einen Anbieter hinzu: Jeder Agent ist ein Anbieter mit einem seiner Modelle.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Saved ensembles</source>
        <translation>Gespeicherte Ensembles</translation>
    </message>
    <message>
        <source>New ensemble</source>
        <translation>Neues Ensemble</translation>
    </message>
    <message>
        <source>Delete the ensemble</source>
        <translation>Ensemble löschen</translation>
    </message>
    <message>
        <source>Ensemble name</source>
        <translation>Name des Ensembles</translation>
    </message>
    <message>
        <source>For example: local trio</source>
        <translation>Zum Beispiel: lokales Trio</translation>
    </message>
    <message>
        <source>Synthesiser provider</source>
        <translation>Anbieter für die Zusammenführung</translation>
    </message>
    <message>
        <source>Synthesiser model</source>
        <translation>Modell für die Zusammenführung</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>Standardmodell des Anbieters</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>One: the agents answer, then one answer is written from theirs</source>
        <translation>Eine: Die Agenten antworten, dann wird aus ihren Antworten eine geschrieben</translation>
    </message>
    <message>
        <source>Two: each agent first revises after reading the others</source>
        <translation>Zwei: Jeder Agent überarbeitet zuerst seine Antwort, nachdem er die der anderen gelesen hat</translation>
    </message>
    <message>
        <source>Agents (2 to 8), each a provider, a model and a perspective:</source>
        <translation>Agenten (2 bis 8), jeweils mit Anbieter, Modell und Perspektive:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;ynthesiser:</source>
        <translation>Zusammen&amp;führung:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <source>Contemplating asks several agents the same question at once, each in Thinking mode with its own perspective; then one more request writes a single answer from theirs. Three agents mean four requests a question (seven with a second round). The agents&apos; reasoning stays on this computer: only their answers are sent on to the synthesiser.</source>
        <translation>Abwägen stellt mehreren Agenten gleichzeitig dieselbe Frage, jedem im Modus „Nachdenken“ mit eigener Perspektive; eine weitere Anfrage schreibt dann aus ihren Antworten eine einzige. Drei Agenten bedeuten vier Anfragen pro Frage (sieben mit einer zweiten Runde). Die Überlegungen der Agenten bleiben auf diesem Computer: Nur ihre Antworten werden zur Zusammenführung weitergegeben.</translation>
    </message>
    <message>
        <source>An agent that takes longer is left out and the answer is written from the others.</source>
        <translation>Ein Agent, der länger braucht, wird übergangen, und die Antwort wird aus denen der anderen geschrieben.</translation>
    </message>
    <message>
        <source>Without an ensemble, Contemplating asks the conversation&apos;s own model several times, from different perspectives. An ensemble can mix providers: two local models and one in the cloud, or all local.</source>
        <translation>Ohne Ensemble fragt Abwägen das Modell der Unterhaltung mehrmals aus verschiedenen Perspektiven. Ein Ensemble kann Anbieter mischen: zwei lokale Modelle und eines in der Cloud, oder nur lokale.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n Agent</numerusform>
            <numerusform>%n Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>the new ensemble</source>
        <translation>diesem neuen Ensemble</translation>
    </message>
    <message>
        <source>Unsaved ensemble</source>
        <translation>Ungespeichertes Ensemble</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Die Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Agent %1 provider</source>
        <translation>Anbieter von Agent %1</translation>
    </message>
    <message>
        <source>Agent %1 model</source>
        <translation>Modell von Agent %1</translation>
    </message>
    <message>
        <source>Agent %1 perspective</source>
        <translation>Perspektive von Agent %1</translation>
    </message>
    <message>
        <source>The instruction this agent works under. Empty: “%1”</source>
        <translation>Die Anweisung, unter der dieser Agent arbeitet. Leer: „%1“</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>Agent %1 entfernen</translation>
    </message>
    <message>
        <source>The conversation&apos;s model</source>
        <translation>Modell der Unterhaltung</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (nicht eingerichtet)</translation>
    </message>
    <message>
        <source>Saved the ensemble %1.</source>
        <translation>Ensemble %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete ensemble</source>
        <translation>Ensemble löschen</translation>
    </message>
    <message>
        <source>Delete the ensemble %1? Answers it already gave stay in their conversations.</source>
        <translation>Das Ensemble %1 löschen? Bereits gegebene Antworten bleiben in ihren Unterhaltungen.</translation>
    </message>
    <message>
        <source>Deleted the ensemble %1.</source>
        <translation>Ensemble %1 gelöscht.</translation>
    </message>
    <message>
        <source>Time each agent&apos;s answer may take, in each round</source>
        <translation>Zeit, die die Antwort jedes Agenten brauchen darf, in jeder Runde</translation>
    </message>
    <message>
        <source>How long each agent&apos;s answer may take, in each round: with two rounds an agent has this time again to revise. An agent past it is reported and skipped.</source>
        <translation>Wie lange die Antwort jedes Agenten dauern darf, in jeder Runde: Bei zwei Runden hat ein Agent diese Zeit erneut zum Überarbeiten. Ein Agent, der sie überschreitet, wird gemeldet und übersprungen.</translation>
    </message>
    <message>
        <source>Each agent&apos;s answer may &amp;take:</source>
        <translation>Antwort jedes Agenten darf &amp;dauern:</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message>
        <source>this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>in Ihrem lokalen Netzwerk</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>im Internet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 an %2 (%3)</translation>
    </message>
    <message>
        <source>%1 agents, each revising once, + 1 synthesis</source>
        <translation>%1 Agenten, die je einmal überarbeiten, + 1 Zusammenführung</translation>
    </message>
    <message>
        <source>%1 agents + 1 synthesis</source>
        <translation>%1 Agenten + 1 Zusammenführung</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.
%2: %3 requests %4.
Each agent is sent the conversation; the synthesis the question and the agents&apos; answers (never their reasoning).</source>
        <translation>Abwägen (Strg+3): %1 überlegen parallel, dann wird aus ihren Ergebnissen eine Antwort zusammengeführt.
%2: %3 Anfragen %4.
Jeder Agent erhält die Unterhaltung, die Zusammenführung die Frage und die Antworten der Agenten (nie ihre Überlegungen).</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Agent %1, revision</source>
        <translation>Agent %1, Überarbeitung</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Zusammenführung</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2 (%3), %4 %5: %6, %n Zeichen</numerusform>
            <numerusform>%1 → %2 (%3), %4 %5: %6, %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>, %n Bild</numerusform>
            <numerusform>, %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, dazu die Antworten der Agenten</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>Abwägen sendet für diese Frage %n Anfrage:</numerusform>
            <numerusform>Abwägen sendet für diese Frage %n Anfragen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>Insgesamt %1 und %n Zeichen</numerusform>
            <numerusform>Insgesamt %1 und %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source> before the agents&apos; answers.</source>
        <translation> vor den Antworten der Agenten.</translation>
    </message>
    <message>
        <source>Send them? You will not be asked again for this conversation.</source>
        <translation>Senden? Bei dieser Unterhaltung werden Sie nicht noch einmal gefragt.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>%n s nachgedacht</numerusform>
            <numerusform>%n s nachgedacht</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>Unvollständig: Die Antwort endete, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Überlegungen</translation>
    </message>
    <message>
        <source>— Earlier messages were not sent: they did not fit the context budget —</source>
        <translation>— Frühere Nachrichten wurden nicht gesendet: Sie passten nicht ins Kontextbudget —</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 Tokens rein · %2 raus</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Kopiert</translation>
    </message>
    <message>
        <source>Show what each agent answered before the synthesis</source>
        <translation>Zeigen, was jeder Agent vor der Zusammenführung geantwortet hat</translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>%n Agent hat abgewogen – anzeigen</numerusform>
            <numerusform>%n Agenten haben abgewogen – anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>What this answer cost: the tokens of the request, and of the answer</source>
        <translation>Was diese Antwort gekostet hat: die Tokens der Anfrage und der Antwort</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Diesen Code kopieren</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationItemDelegate</name>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Pinned: </source>
        <translation>Angeheftet: </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>%1
Answering…</source>
        <translation>%1
Antwortet…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Sotto keeps your conversations, images, API keys and its record of what was sent in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Sotto bewahrt Ihre Unterhaltungen, Bilder, API-Schlüssel und das Protokoll über Gesendetes in einem verschlüsselten Tresor auf diesem Computer auf. Wählen Sie eine Passphrase, um ihn zu verschließen.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Tresorordner: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody — not even the makers of Sotto — can open the vault without it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;Eine verlorene Passphrase lässt sich nicht wiederherstellen.&lt;/b&gt; Niemand – nicht einmal die Entwickler von Sotto – kann den Tresor ohne sie öffnen. Notieren Sie sie an einem sicheren Ort.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Ich habe verstanden, dass eine vergessene Passphrase nicht wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Tresor wird angelegt…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Tresor wird angelegt</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Schwache Passphrase</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>Diese Passphrase ist leicht zu erraten. Wer die Tresordatei kopiert, kann schnell viele Passphrasen ausprobieren. Trotzdem verwenden?</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Gesendete Daten</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Empfangene Daten</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>Gesendete Bilder</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Ersetzungen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>Nach Host</translation>
    </message>
    <message>
        <source>none left this computer</source>
        <translation>keine hat diesen Computer verlassen</translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n hat diesen Computer verlassen</numerusform>
            <numerusform>%n haben diesen Computer verlassen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the internet</source>
        <translation>%1 ins Internet</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>%1 pro Anfrage</translation>
    </message>
    <message>
        <source>no images sent</source>
        <translation>keine Bilder gesendet</translation>
    </message>
    <message>
        <source>personal data replaced before sending</source>
        <translation>persönliche Daten vor dem Senden ersetzt</translation>
    </message>
    <message>
        <source>stopped by your settings</source>
        <translation>durch Ihre Einstellungen gestoppt</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message>
        <source>Privacy dashboard — Sotto</source>
        <translation>Datenschutz-Übersicht — Sotto</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Datenschutz-Übersicht</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>What left this computer, request by request.</source>
        <translation>Was diesen Computer verlassen hat, Anfrage für Anfrage.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Since midnight</source>
        <translation>Seit Mitternacht</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Today and the 6 days before</source>
        <translation>Heute und die 6 Tage davor</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>Heute und die 29 Tage davor</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Everything the audit holds</source>
        <translation>Alles, was das Audit enthält</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>Überblick (Strg+1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requests (Ctrl+2)</source>
        <translation>Anfragen (Strg+2)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the period&apos;s requests as CSV or JSON (the fields of “sotto audit”)</source>
        <translation>Die Anfragen des Zeitraums als CSV oder JSON speichern (die Felder von „sotto audit“)</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Delete every audit record; one record will say when and how many</source>
        <translation>Alle Audit-Einträge löschen; ein Eintrag hält fest, wann und wie viele</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Audit exportieren</translation>
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
            <numerusform>%n Anfrage nach %1 exportiert</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the audit?</source>
        <translation>Audit leeren?</translation>
    </message>
    <message>
        <source>Every record of what was sent, and every kept request copy, will be deleted. One record will remain, saying when the audit was cleared and how many records it held. Export it first if you may need it.</source>
        <translation>Jeder Eintrag darüber, was gesendet wurde, und jede aufbewahrte Anfragekopie werden gelöscht. Ein Eintrag bleibt und hält fest, wann das Audit geleert wurde und wie viele Einträge es enthielt. Exportieren Sie es vorher, falls Sie es noch brauchen.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>%n Eintrag gelöscht</numerusform>
            <numerusform>%n Einträge gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationBadge</name>
    <message>
        <source>No provider: nothing is sent</source>
        <translation>Kein Anbieter: Es wird nichts gesendet</translation>
    </message>
    <message>
        <source>Choose a provider to start. Until then, nothing leaves this computer.</source>
        <translation>Wählen Sie einen Anbieter, um zu beginnen. Bis dahin verlässt nichts diesen Computer.</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>Bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>Your words go to %1, a model running on this computer.</source>
        <translation>Ihre Worte gehen an %1, ein Modell, das auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>Local network: %1</source>
        <translation>Lokales Netzwerk: %1</translation>
    </message>
    <message>
        <source>Your words go to %1 on your local network, not to the internet.</source>
        <translation>Ihre Worte gehen an %1 in Ihrem lokalen Netzwerk, nicht ins Internet.</translation>
    </message>
    <message>
        <source>Internet: %1</source>
        <translation>Internet: %1</translation>
    </message>
    <message>
        <source>Your words go over the internet to %1.</source>
        <translation>Ihre Worte gehen über das Internet an %1.</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>nur lokal</translation>
    </message>
    <message>
        <source>This conversation is marked local only: Sotto refuses to send it anywhere but this computer.</source>
        <translation>Diese Unterhaltung ist als „nur lokal“ markiert: Sotto sendet sie nirgendwohin außer an diesen Computer.</translation>
    </message>
    <message>
        <source>blocked: offline mode</source>
        <translation>gesperrt: Offline-Modus</translation>
    </message>
    <message>
        <source>Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.</source>
        <translation>Der Offline-Modus ist an: An %1 wird nichts gesendet, bis Sie ihn unter Einstellungen → Datenschutz ausschalten.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationShare</name>
    <message>
        <source>Where requests went</source>
        <translation>Wohin die Anfragen gingen</translation>
    </message>
    <message>
        <source>%1: %2% of requests, %3% of data sent</source>
        <translation>%1: %2 % der Anfragen, %3 % der gesendeten Daten</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Wohin es ging</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Gesendete Daten</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Dictation</name>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Mikrofon gefunden.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: connect one to dictate.</source>
        <translation>Auf diesem Computer wurde kein Mikrofon gefunden: Schließen Sie eines an, um zu diktieren.</translation>
    </message>
    <message>
        <source>Nothing was recorded: is the microphone muted?</source>
        <translation>Es wurde nichts aufgenommen: Ist das Mikrofon stummgeschaltet?</translation>
    </message>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>In der Aufnahme wurde keine Sprache erkannt.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message>
        <source>Data sent per day</source>
        <translation>Gesendete Daten pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>%1 gesendet, in %n Balken</numerusform>
            <numerusform>%1 gesendet, in %n Balken</numerusform>
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
        <translation>JSON, alles erhalten (*.json)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML, eine Datei (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Sotto conversations %1</source>
        <translation>Sotto-Unterhaltungen %1</translation>
    </message>
    <message>
        <source>Export all conversations (Markdown, HTML and PDF: a folder of that name)</source>
        <translation>Alle Unterhaltungen exportieren (Markdown, HTML und PDF: ein Ordner dieses Namens)</translation>
    </message>
    <message>
        <source>Export: not encrypted</source>
        <translation>Export: nicht verschlüsselt</translation>
    </message>
    <message>
        <source>An exported file is not encrypted: anyone who gets it, or gets into the folder you save it in, can read the conversation, images included. Sotto will not ask again.</source>
        <translation>Eine exportierte Datei ist nicht verschlüsselt: Wer sie erhält oder Zugriff auf den Ordner hat, in dem Sie sie speichern, kann die Unterhaltung lesen, Bilder eingeschlossen. Sotto fragt nicht noch einmal.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>Unterhaltungen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Alle exportieren</translation>
    </message>
    <message>
        <source>Exporting conversation %1 of %2…</source>
        <translation>Exportiere Unterhaltung %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n Unterhaltung nach %1 exportiert.</numerusform>
            <numerusform>%n Unterhaltungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Greeting</name>
    <message>
        <source>Explain a concept</source>
        <translation>Ein Konzept erklären</translation>
    </message>
    <message>
        <source>Explain simply, with an example: </source>
        <translation>Erkläre einfach, mit einem Beispiel: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Einen Text zusammenfassen</translation>
    </message>
    <message>
        <source>Summarise this in a few sentences:
</source>
        <translation>Fasse das in wenigen Sätzen zusammen:
</translation>
    </message>
    <message>
        <source>Draft an email</source>
        <translation>Eine E-Mail entwerfen</translation>
    </message>
    <message>
        <source>Draft a short, friendly email that </source>
        <translation>Entwirf eine kurze, freundliche E-Mail, die </translation>
    </message>
    <message>
        <source>Find a bug</source>
        <translation>Einen Fehler finden</translation>
    </message>
    <message>
        <source>Find the bug in this code:
</source>
        <translation>Finde den Fehler in diesem Code:
</translation>
    </message>
    <message>
        <source>Start your message with “%1”</source>
        <translation>Ihre Nachricht mit „%1“ beginnen</translation>
    </message>
    <message>
        <source>Incognito chat</source>
        <translation>Inkognito-Chat</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>Wobei kann ich helfen?</translation>
    </message>
    <message>
        <source>Nothing in this chat is kept: closing it, opening another or locking the vault forgets it.</source>
        <translation>Nichts aus diesem Chat wird aufbewahrt: Schließen, ein anderer Chat oder das Sperren des Tresors vergisst ihn.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImageViewer</name>
    <message>
        <source>Previous image</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>Vorheriges Bild (Links)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>Nächstes Bild (Rechts)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Verkleinern (Strg+Minus)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Vergrößern (Strg+Plus)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>An Fenster anpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>Originalgröße: ein Bildpixel je Bildschirmpixel</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>Bild in die Zwischenablage kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern …</translation>
    </message>
    <message>
        <source>Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)</source>
        <translation>Eine Kopie des Bildes als Datei speichern, außerhalb des verschlüsselten Tresors (Strg+S)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
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
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3 × %4 pixels</source>
        <translation>Bild %1 von %2 – %3 × %4 Pixel</translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation>Bild in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save a copy outside the vault?</source>
        <translation>Eine Kopie außerhalb des Tresors speichern?</translation>
    </message>
    <message>
        <source>The copy is an ordinary file outside Sotto&apos;s encrypted vault: anyone who can read the folder you choose can open it.</source>
        <translation>Die Kopie ist eine gewöhnliche Datei außerhalb von Sottos verschlüsseltem Tresor: Wer den gewählten Ordner lesen kann, kann sie öffnen.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie speichern …</translation>
    </message>
    <message>
        <source>image-%1</source>
        <translation>bild-%1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Images (*.%1)</source>
        <translation>Bilder (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Eine Kopie wurde als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message>
        <source>Exports of Sotto, ChatGPT or Claude (*.json *.zip)</source>
        <translation>Exporte von Sotto, ChatGPT oder Claude (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>%n Unterhaltung aus %1 importiert</numerusform>
            <numerusform>%n Unterhaltungen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n bereits im Tresor, übersprungen</numerusform>
            <numerusform>%n bereits im Tresor, übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>Import abgebrochen: %n Unterhaltung wurde vorher importiert, keine nur halb.</numerusform>
            <numerusform>Import abgebrochen: %n Unterhaltungen wurden vorher importiert, keine nur halb.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 wurde nicht importiert, nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::KeyringOptIn</name>
    <message>
        <source>Remember the passphrase in the system &amp;keyring</source>
        <translation>Passphrase im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keyring</source>
        <translation>Passphrase im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Passphrase to remember</source>
        <translation>Zu speichernde Passphrase</translation>
    </message>
    <message>
        <source>Your vault passphrase</source>
        <translation>Ihre Tresor-Passphrase</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>Passphrase speichern</translation>
    </message>
    <message>
        <source>Do not remember the passphrase</source>
        <translation>Passphrase nicht speichern</translation>
    </message>
    <message>
        <source>Sotto then unlocks without asking while you are logged in. Anyone who can use your account while it is unlocked can open the vault too.</source>
        <translation>Sotto entsperrt dann ohne Nachfrage, solange Sie angemeldet sind. Wer Ihr Benutzerkonto benutzen kann, während es entsperrt ist, kann auch den Tresor öffnen.</translation>
    </message>
    <message>
        <source>The keyring still holds the old passphrase: %1</source>
        <translation>Der Schlüsselbund enthält noch die alte Passphrase: %1</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keyring.</source>
        <translation>Die Passphrase wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>The passphrase is now kept in the system keyring.</source>
        <translation>Die Passphrase wird jetzt im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LaneCard</name>
    <message>
        <source>Agent %1&apos;s reasoning</source>
        <translation>Überlegungen von Agent %1</translation>
    </message>
    <message>
        <source>Agent %1&apos;s answer</source>
        <translation>Antwort von Agent %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>%1 · agent %2</source>
        <translation>%1 · Agent %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>round %1 · </source>
        <translation>Runde %1 · </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>thinking…</source>
        <translation>denkt nach…</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>antwortet…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanesPanel</name>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes (the answer&apos;s &quot;agents contemplated — show&quot; brings them back)</source>
        <translation>Spalten der Agenten ausblenden („Agenten haben abgewogen – anzeigen“ an der Antwort zeigt sie wieder)</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes</source>
        <translation>Spalten der Agenten ausblenden</translation>
    </message>
    <message>
        <source>Contemplating…</source>
        <translation>Wägt ab…</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>Abwägen: %n Agent</numerusform>
            <numerusform>Abwägen: %n Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>%n Agent hat diese Antwort abgewogen</numerusform>
            <numerusform>%n Agenten haben diese Antwort abgewogen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message>
        <source>&amp;Find local models on this computer</source>
        <translation>Lokale Modelle auf diesem Computer &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>Dieses Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Find local models on this computer</source>
        <translation>Lokale Modelle auf diesem Computer finden</translation>
    </message>
    <message>
        <source>Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only.</source>
        <translation>Sucht nur auf diesem Computer nach Ollama, llama.cpp, LM Studio, vLLM und Jan.</translation>
    </message>
    <message>
        <source>Models found on this computer</source>
        <translation>Auf diesem Computer gefundene Modelle</translation>
    </message>
    <message>
        <source>Use the chosen model</source>
        <translation>Das gewählte Modell verwenden</translation>
    </message>
    <message>
        <source>Looking for local models…</source>
        <translation>Suche nach lokalen Modellen…</translation>
    </message>
    <message>
        <source>&amp;Find local models again</source>
        <translation>Lokale Modelle erneut &amp;suchen</translation>
    </message>
    <message>
        <source>Sotto did not look: %1.</source>
        <translation>Sotto hat nicht gesucht: %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>No models yet: download one with %1 first.</source>
        <translation>Noch keine Modelle: Laden Sie zuerst eines mit %1 herunter.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>%n Server auf diesem Computer gefunden. Wählen Sie ein Modell:</numerusform>
            <numerusform>%n Server auf diesem Computer gefunden. Wählen Sie ein Modell:</numerusform>
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
        <translation>Privat von Grund auf</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>Hier erscheinen Ihre Unterhaltungen. Nichts verlässt diesen Computer, bevor Sie einen Modellanbieter wählen, und jede Anfrage wird protokolliert, damit Sie genau sehen, was gesendet wurde.</translation>
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
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>New &amp;incognito chat</source>
        <translation>Neuer &amp;Inkognito-Chat</translation>
    </message>
    <message>
        <source>&amp;Find conversations</source>
        <translation>&amp;Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>Tresor &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>&amp;Sofort</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>&amp;Nachdenken</translation>
    </message>
    <message>
        <source>&amp;Contemplating</source>
        <translation>&amp;Abwägen</translation>
    </message>
    <message>
        <source>Add a model provider in Settings (Ctrl+,) to start chatting.</source>
        <translation>Fügen Sie in den Einstellungen (Strg+,) einen Modellanbieter hinzu, um zu chatten.</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Tresor gesperrt</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Tresor entsperrt</translation>
    </message>
    <message>
        <source>Nothing sent today</source>
        <translation>Heute nichts gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>Anfragen heute: %n (%1)</numerusform>
            <numerusform>Anfragen heute: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n hat diesen Computer verlassen</numerusform>
            <numerusform>%n haben diesen Computer verlassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you can see exactly what was sent.</source>
        <translation>Beginnen Sie einen neuen Chat (Strg+N) oder wählen Sie eine Unterhaltung. Jede Anfrage wird festgehalten, damit Sie genau sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Conversation &amp;list</source>
        <translation>Unterhaltungs&amp;liste</translation>
    </message>
    <message>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>Unterhaltungsliste ein- oder ausblenden (Strg+B)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>&amp;Datenschutz-Übersicht</translation>
    </message>
    <message>
        <source>What left this computer, request by request (Ctrl+Shift+P)</source>
        <translation>Was diesen Computer verlassen hat, Anfrage für Anfrage (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Unterhaltungsliste</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>&amp;Alle exportieren…</translation>
    </message>
    <message>
        <source>Proxy from the environment not used</source>
        <translation>Proxy aus der Umgebung nicht verwendet</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>Tresor si&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Restore Vault from File…</source>
        <translation>Tresor aus Datei &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)</source>
        <translation>Unterhaltungen aus einem Export von Sotto, ChatGPT oder Claude (.json oder .zip)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Text dieser Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Ask for another answer (this one is kept as a version)</source>
        <translation>Eine andere Antwort anfordern (diese bleibt als Version erhalten)</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Antwort neu erzeugen</translation>
    </message>
    <message>
        <source>Edit this question and ask again (the answer so far is kept as a version)</source>
        <translation>Diese Frage bearbeiten und neu stellen (die bisherige Antwort bleibt als Version erhalten)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Delete this message from the vault (asks first)</source>
        <translation>Diese Nachricht aus dem Tresor löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Kopiert</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageWidget</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModeSelector</name>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your message and the conversation so far.</source>
        <translation>Sofort (Strg+1): eine direkte Antwort, Überlegungen ausgeschaltet oder auf das Minimum reduziert. Sendet Ihre Nachricht und die bisherige Unterhaltung.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends the same as Instant and asks for reasoning, which takes longer and costs more tokens.</source>
        <translation>Nachdenken (Strg+2): Das Modell überlegt vor der Antwort, und Sie können seine Überlegungen lesen. Sendet dasselbe wie „Sofort“ und fordert Überlegungen an; das dauert länger und kostet mehr Tokens.</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Abwägen</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. Sends your message to each agent&apos;s provider, plus one synthesis request.</source>
        <translation>Abwägen (Strg+3): Mehrere Agenten überlegen parallel, dann wird aus ihren Ergebnissen eine Antwort zusammengeführt. Sendet Ihre Nachricht an den Anbieter jedes Agenten, dazu eine Anfrage für die Zusammenführung.</translation>
    </message>
    <message>
        <source>Who contemplates</source>
        <translation>Wer abwägt</translation>
    </message>
    <message>
        <source>Who contemplates: several agents of this model, or a saved ensemble</source>
        <translation>Wer abwägt: mehrere Agenten dieses Modells oder ein gespeichertes Ensemble</translation>
    </message>
    <message>
        <source>Contemplate with</source>
        <translation>Abwägen mit</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPicker</name>
    <message>
        <source>No provider</source>
        <translation>Kein Anbieter</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>Anbieter und Modell: %1</translation>
    </message>
    <message>
        <source>Choose the provider and model, recent ones first, or type a model&apos;s name (Enter)</source>
        <translation>Anbieter und Modell wählen, zuletzt verwendete zuerst, oder einen Modellnamen eingeben (Eingabe)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPickerPopup</name>
    <message>
        <source>Find a model, or type its name</source>
        <translation>Modell suchen oder Namen eingeben</translation>
    </message>
    <message>
        <source>Find or type a model</source>
        <translation>Modell suchen oder eingeben</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>No models listed: type a name above</source>
        <translation>Keine Modelle aufgeführt: oben einen Namen eingeben</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht aufgeführt</translation>
    </message>
    <message>
        <source>Use “%1” with %2</source>
        <translation>„%1“ mit %2 verwenden</translation>
    </message>
    <message>
        <source>Ask %1 for a model named “%2”</source>
        <translation>%1 nach einem Modell namens „%2“ fragen</translation>
    </message>
</context>
<context>
    <name>sotto::ui::OfflineAction</name>
    <message>
        <source>&amp;Offline</source>
        <translation>&amp;Offline</translation>
    </message>
    <message>
        <source>Offline: only servers on this computer are reached. Turning it on stops every request under way to another computer at once.</source>
        <translation>Offline: Nur Server auf diesem Computer werden erreicht. Beim Einschalten wird jede laufende Anfrage an einen anderen Computer sofort gestoppt.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::PrivacyPage</name>
    <message>
        <source>&amp;Offline mode: only this computer</source>
        <translation>&amp;Offline-Modus: nur dieser Computer</translation>
    </message>
    <message>
        <source>&amp;Keep exact copies of requests</source>
        <translation>Exakte &amp;Kopien der Anfragen aufbewahren</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>Ask before sending</source>
        <translation>Vor dem Senden fragen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The first time for each provider</source>
        <translation>Beim ersten Mal pro Anbieter</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>Jedes Mal</translation>
    </message>
    <message>
        <source>Keep exact copies of requests</source>
        <translation>Exakte Kopien der Anfragen aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Ask before sending:</source>
        <translation>Vor dem Senden &amp;fragen:</translation>
    </message>
    <message>
        <source>The privacy log always records where each request went and how big it was. With this on it also keeps the exact text that was sent (API keys masked), inside the encrypted vault, so you can inspect it.</source>
        <translation>Das Datenschutzprotokoll hält immer fest, wohin jede Anfrage ging und wie groß sie war. Ist diese Option an, bewahrt es zusätzlich den exakt gesendeten Text auf (API-Schlüssel maskiert), im verschlüsselten Tresor, damit Sie ihn prüfen können.</translation>
    </message>
    <message>
        <source>Before a request leaves — before even the server&apos;s name is looked up — Sotto shows where it goes and waits for your yes. “The first time” asks once per provider and address until the vault is locked; changing a provider&apos;s address asks again.</source>
        <translation>Bevor eine Anfrage hinausgeht – noch bevor der Name des Servers nachgeschlagen wird –, zeigt Sotto, wohin sie geht, und wartet auf Ihr Ja. „Beim ersten Mal“ fragt einmal je Anbieter und Adresse, bis der Tresor gesperrt wird; eine geänderte Adresse eines Anbieters fragt erneut.</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>Wieder &amp;fragen</translation>
    </message>
    <message>
        <source>Ask again before sending to these providers</source>
        <translation>Vor dem Senden an diese Anbieter wieder fragen</translation>
    </message>
    <message>
        <source>Not asked about, as you chose: %1</source>
        <translation>Auf Ihren Wunsch nicht mehr gefragt: %1</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: only providers at a loopback address (such as Ollama on 127.0.0.1) are used, and every other request is refused and recorded as blocked. Turning it on also stops at once every answer still coming from another computer. The Offline button at the right of the menus is the same switch.</source>
        <translation>Nichts verlässt diesen Computer: Nur Anbieter an einer Loopback-Adresse (etwa Ollama auf 127.0.0.1) werden verwendet, jede andere Anfrage wird abgelehnt und als blockiert festgehalten. Beim Einschalten wird auch jede Antwort, die noch von einem anderen Computer kommt, sofort gestoppt. Die Offline-Schaltfläche rechts neben den Menüs ist derselbe Schalter.</translation>
    </message>
    <message>
        <source>Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge where a request finally goes, and the privacy log names the proxy. A provider may have its own in Providers.</source>
        <translation>Jede Anfrage an einen anderen Computer geht über diesen Proxy: http://HOST:PORT (ein HTTP-Proxy) oder socks5h://HOST:PORT (SOCKS5; der Proxy löst die Namen auf, wie Tor unter socks5h://127.0.0.1:9050). Offline-Modus, lokale Unterhaltungen und das Nachfragen beurteilen weiterhin, wohin eine Anfrage letztlich geht, und das Datenschutzprotokoll nennt den Proxy. Ein Anbieter kann unter Anbieter einen eigenen haben.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderEditor</name>
    <message>
        <source>Choose a provider above, or add one.</source>
        <translation>Wählen Sie oben einen Anbieter aus oder fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Provider enabled</source>
        <translation>Anbieter aktiviert</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to the internet</source>
        <translation>Unverschlüsseltes http ins Internet &amp;zulassen</translation>
    </message>
    <message>
        <source>Allow plain http to the internet</source>
        <translation>Unverschlüsseltes http ins Internet zulassen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Anbieter speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel adding this provider</source>
        <translation>Hinzufügen dieses Anbieters abbrechen</translation>
    </message>
    <message>
        <source>A disabled provider sends nothing; its requests are refused and recorded.</source>
        <translation>Ein deaktivierter Anbieter sendet nichts; seine Anfragen werden abgelehnt und protokolliert.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: anyone on the way to the server can read your messages and API key and change the answers. Allow it only for a server you control on a network you trust. Plain http to this computer or the local network is always allowed.</source>
        <translation>Einfaches http ist nicht verschlüsselt: Jeder auf dem Weg zum Server kann Ihre Nachrichten und Ihren API-Schlüssel lesen und die Antworten verändern. Erlauben Sie es nur für einen Server, den Sie selbst betreiben, in einem Netzwerk, dem Sie vertrauen. Einfaches http zu diesem Computer oder ins lokale Netzwerk ist immer erlaubt.</translation>
    </message>
    <message>
        <source>Asks the provider for its models. This is the only time the settings send anything, and the request is recorded in the privacy log.</source>
        <translation>Fragt den Anbieter nach seinen Modellen. Nur dabei senden die Einstellungen etwas, und die Anfrage wird im Datenschutzprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>Standard&amp;modell:</translation>
    </message>
    <message>
        <source>Paste the API key from %1</source>
        <translation>API-Schlüssel von %1 einfügen</translation>
    </message>
    <message>
        <source>Usually not needed</source>
        <translation>Meist nicht nötig</translation>
    </message>
    <message>
        <source>To rename a provider, add it again under the new name.</source>
        <translation>Um einen Anbieter umzubenennen, fügen Sie ihn unter dem neuen Namen erneut hinzu.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>Aus der Umgebungsvariable %1 gelesen</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Geben Sie dem Anbieter einen Namen.</translation>
    </message>
    <message>
        <source>A provider called “%1” already exists. Choose another name.</source>
        <translation>Ein Anbieter namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the base URL as an http:// or https:// address, for example %1.</source>
        <translation>Geben Sie die Basis-URL als http://- oder https://-Adresse ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Your messages go to %1 (%2).</source>
        <translation>Ihre Nachrichten gehen an %1 (%2).</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>„%1“ ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>Connected to %1, but it offers no models.</source>
        <translation>Mit %1 verbunden, aber es werden keine Modelle angeboten.</translation>
    </message>
    <message>
        <source>Connected to %1. Models offered: %2.</source>
        <translation>Mit %1 verbunden. Angebotene Modelle: %2.</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>Kontextbudget in Tokens</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>&amp;Kontextbudget:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The longest request to send, estimated at about 4 characters a token. When a conversation is longer, its oldest turns are left out of the request (they stay in the vault). By default the model&apos;s context length as the provider reports it applies (Test connection asks for it), else %L1 tokens; a larger budget than the reported length is lowered to it.</source>
        <translation>Die längste zu sendende Anfrage, geschätzt mit etwa 4 Zeichen pro Token. Ist eine Unterhaltung länger, werden ihre ältesten Wechsel aus der Anfrage weggelassen (sie bleiben im Tresor). Standardmäßig gilt die vom Anbieter gemeldete Kontextlänge des Modells („Verbindung testen“ fragt sie ab), sonst %L1 Tokens; ein größeres Budget als die gemeldete Länge wird auf diese gesenkt.</translation>
    </message>
    <message>
        <source>Context: %L1 tokens (reported by %2)</source>
        <translation>Kontext: %L1 Tokens (gemeldet von %2)</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>Nichts wird gespeichert, bis Sie auf „Speichern“ klicken.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>Personenbezogene Daten &amp;zurückhalten:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.</source>
        <translation>Geben Sie den Proxy als http://HOST:PORT oder socks5h://HOST:PORT ein, „direct“, oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderListModel</name>
    <message>
        <source>Disabled: Sotto sends nothing to this provider.</source>
        <translation>Deaktiviert: Sotto sendet nichts an diesen Anbieter.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderRedactionChoice</name>
    <message>
        <source>Withhold personal data for this provider</source>
        <translation>Personenbezogene Daten bei diesem Anbieter zurückhalten</translation>
    </message>
    <message>
        <source>As in Privacy settings (default)</source>
        <translation>Wie in den Datenschutz-Einstellungen (Standard)</translation>
    </message>
    <message>
        <source>Off for this provider</source>
        <translation>Bei diesem Anbieter aus</translation>
    </message>
    <message>
        <source>If it is on the internet</source>
        <translation>Wenn er im Internet ist</translation>
    </message>
    <message>
        <source>Always, also on this computer</source>
        <translation>Immer, auch auf diesem Computer</translation>
    </message>
    <message>
        <source>Save the provider first; until then it follows the Privacy settings.</source>
        <translation>Speichern Sie zuerst den Anbieter; bis dahin gelten die Datenschutz-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProvidersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Providers answer your messages. A provider on this computer keeps everything here; a cloud provider receives what you send to it.</source>
        <translation>Anbieter beantworten Ihre Nachrichten. Ein Anbieter auf diesem Computer behält alles hier; ein Cloud-Anbieter erhält, was Sie an ihn senden.</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>Eingerichtete Anbieter</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Ausgewählten Anbieter entfernen</translation>
    </message>
    <message>
        <source>Unsaved provider</source>
        <translation>Ungespeicherter Anbieter</translation>
    </message>
    <message>
        <source>Save the new provider?</source>
        <translation>Den neuen Anbieter speichern?</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Ihre Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it are kept.</source>
        <translation>„%1“ entfernen? Seine Einstellungen und sein API-Schlüssel werden aus dem Tresor gelöscht. Unterhaltungen, die ihn verwendet haben, bleiben erhalten.</translation>
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
        <translation>Proxy dieses Anbieters</translation>
    </message>
    <message>
        <source>None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)</source>
        <translation>Keiner: Anfragen gehen direkt (z. B. socks5h://127.0.0.1:9050 für Tor)</translation>
    </message>
    <message>
        <source>As in Privacy settings; “direct” for none</source>
        <translation>Wie in den Datenschutz-Einstellungen; „direct“ für keinen</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RecordingStrip</name>
    <message>
        <source>Stop and transcribe</source>
        <translation>Beenden und transkribieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>Diktat</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Aufgenommene Zeit</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>Aufnahme beenden und transkribieren</translation>
    </message>
    <message>
        <source>Stop recording and write what was said into the message</source>
        <translation>Aufnahme beenden und das Gesagte in die Nachricht schreiben</translation>
    </message>
    <message>
        <source>Cancel dictation</source>
        <translation>Diktat abbrechen</translation>
    </message>
    <message>
        <source>Discard the recording (Esc)</source>
        <translation>Aufnahme verwerfen (Esc)</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Aufnahme läuft …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Wird transkribiert …</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RedactionBox</name>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Withhold personal data</source>
        <translation>Personenbezogene Daten zurückhalten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Internet destinations only (default)</source>
        <translation>Nur bei Zielen im Internet (Standard)</translation>
    </message>
    <message>
        <source>Everywhere, also this computer</source>
        <translation>Überall, auch auf diesem Computer</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Ihre Begriffe</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Neuer Begriff</translation>
    </message>
    <message>
        <source>A name, a company, a code name</source>
        <translation>Ein Name, eine Firma, ein Codename</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Begriff hinzufügen</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Begriff entfernen</translation>
    </message>
    <message>
        <source>Before a request leaves, Sotto replaces the personal data it recognises with placeholders and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, payment cards, IBANs, IP addresses, keys and tokens, and your terms below. &lt;b&gt;Detection can miss things:&lt;/b&gt; it goes by shape, not meaning, so a name not on your list, a number written in words or anything in an image is sent as it is. For data that must not leave at all, use a provider on this computer or make the conversation local-only.</source>
        <translation>Bevor eine Anfrage den Computer verlässt, ersetzt Sotto die personenbezogenen Daten, die es erkennt, durch Platzhalter und setzt die Originale in der Antwort wieder ein. Es erkennt E-Mail-Adressen, Telefonnummern, Zahlungskarten, IBANs, IP-Adressen, Schlüssel und Tokens sowie Ihre Begriffe unten. &lt;b&gt;Die Erkennung kann Dinge übersehen:&lt;/b&gt; Sie richtet sich nach der Form, nicht nach der Bedeutung; ein Name, der nicht auf Ihrer Liste steht, eine in Worten geschriebene Zahl oder alles in einem Bild wird unverändert gesendet. Für Daten, die den Computer gar nicht verlassen dürfen, verwenden Sie einen Anbieter auf diesem Computer oder machen Sie die Unterhaltung nur lokal.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>Personenbezogene Daten &amp;zurückhalten:</translation>
    </message>
    <message>
        <source>Your &amp;terms (withheld wherever they appear, in any case):</source>
        <translation>Ihre &amp;Begriffe (überall zurückgehalten, in jeder Schreibweise):</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>„%1“ steht schon auf der Liste.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>by your privacy settings</source>
        <translation>durch Ihre Datenschutzeinstellungen</translation>
    </message>
    <message>
        <source>Open Settings › Providers › %1</source>
        <translation>Einstellungen › Anbieter › %1 öffnen</translation>
    </message>
    <message>
        <source>Open Settings › Privacy</source>
        <translation>Einstellungen › Datenschutz öffnen</translation>
    </message>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>Eine Antwort, %n Anfrage</numerusform>
            <numerusform>Eine Antwort, %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>A Contemplating answer sends one request per agent and one for the synthesis; they share a turn id. Expand the row to inspect each.</source>
        <translation>Eine Abwägen-Antwort sendet eine Anfrage je Agent und eine für die Synthese; sie teilen eine Turn-ID. Klappen Sie die Zeile auf, um jede zu prüfen.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Ersetzungen</translation>
    </message>
    <message>
        <source>Select a request to see where it went, the headers as sent and, when request copies are kept, the exact body.</source>
        <translation>Wählen Sie eine Anfrage, um zu sehen, wohin sie ging, die Header wie gesendet und, wenn Anfragekopien aufbewahrt werden, den genauen Inhalt.</translation>
    </message>
    <message>
        <source>The audit was cleared</source>
        <translation>Das Audit wurde geleert</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>Am %1 wurde %n früherer Eintrag mit seiner Anfragekopie gelöscht.</numerusform>
            <numerusform>Am %1 wurden %n frühere Einträge mit ihren Anfragekopien gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>This record stays so the audit never silently loses its past. Nothing was sent for it.</source>
        <translation>Dieser Eintrag bleibt, damit das Audit seine Vergangenheit nie stillschweigend verliert. Für ihn wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Anfragezeile</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>%1 (body %2, headers %3)</source>
        <translation>%1 (Inhalt %2, Header %3)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
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
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Headers as sent</source>
        <translation>Header wie gesendet</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine aufgezeichnet.</translation>
    </message>
    <message>
        <source>Keys and tokens were masked before the headers were stored.</source>
        <translation>Schlüssel und Tokens wurden maskiert, bevor die Header gespeichert wurden.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Nothing was sent: the request was blocked before it left.</source>
        <translation>Nichts wurde gesendet: die Anfrage wurde blockiert, bevor sie hinausging.</translation>
    </message>
    <message>
        <source>%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.</source>
        <translation>%1 Inhalt: %2 Zeichen Text, %3 Bilder, %4 frühere Nachrichten; %5 Ersetzungen.</translation>
    </message>
    <message>
        <source>No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to keep the exact body of later requests (in the vault; incognito requests keep none).</source>
        <translation>Von diesem Inhalt wurde keine Kopie aufbewahrt. Schalten Sie unter Einstellungen › Datenschutz „Exakte Kopien der Anfragen aufbewahren“ ein, um den genauen Inhalt späterer Anfragen zu behalten (im Tresor; Inkognito-Anfragen behalten keine).</translation>
    </message>
    <message>
        <source>[binary data, %1]</source>
        <translation>[Binärdaten, %1]</translation>
    </message>
    <message>
        <source>[image %1×%2, %3]</source>
        <translation>[Bild %1×%2, %3]</translation>
    </message>
    <message>
        <source>Open the Conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>%n Nachricht gesendet, %1 zurückgehalten, damit der Kontext passt</numerusform>
            <numerusform>%n Nachrichten gesendet, %1 zurückgehalten, damit der Kontext passt</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Entfernte Metadaten</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n Eintrag (Ort, Kamera, Daten, Notizen …)</numerusform>
            <numerusform>%n Einträge (Ort, Kamera, Daten, Notizen …)</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (an image stored before Sotto kept that)</source>
        <translation>nicht gezählt (ein Bild, das gespeichert wurde, bevor Sotto das festhielt)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestsPane</name>
    <message>
        <source>Filter requests (provider, model, host, reason…)</source>
        <translation>Anfragen filtern (Anbieter, Modell, Host, Grund…)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Jeder Anbieter</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RestoreVaultDialog</name>
    <message>
        <source>Restore Vault from File</source>
        <translation>Tresor aus Datei wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace your vault with the backup “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihren Tresor durch die Sicherung „%1“ ersetzen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conversations, providers and settings become the backup&apos;s. The vault you have now is not deleted: it is kept as a copy in the profile&apos;s backups folder, and &apos;sotto vault restore&apos; puts it back. Any answer still being written must end first.</source>
        <translation>Ihre Unterhaltungen, Anbieter und Einstellungen werden zu denen der Sicherung. Ihr jetziger Tresor wird nicht gelöscht: Er wird als Kopie im Sicherungsordner des Profils aufbewahrt, und &apos;sotto vault restore&apos; stellt ihn wieder her. Eine Antwort, die noch geschrieben wird, muss zuerst fertig sein.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>The passphrase the vault had when it was backed up</source>
        <translation>Die Passphrase, die der Tresor beim Sichern hatte</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Backed up on %1 at %2 · %3</source>
        <translation>Gesichert am %1 um %2 · %3</translation>
    </message>
</context>
<context>
    <name>sotto::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Abwägen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <source>Writing a message</source>
        <translation>Beim Schreiben einer Nachricht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>Enter: send or new line (Settings › Appearance)</source>
        <translation>Eingabetaste: senden oder neue Zeile (Einstellungen › Darstellung)</translation>
    </message>
    <message>
        <source>Attach a copied image</source>
        <translation>Kopiertes Bild anhängen</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Strg+N)</translation>
    </message>
    <message>
        <source>Incognito</source>
        <translation>Inkognito</translation>
    </message>
    <message>
        <source>New incognito chat (Ctrl+Shift+N): never stored in the vault</source>
        <translation>Neuer Inkognito-Chat (Strg+Umschalt+N): wird nie im Tresor gespeichert</translation>
    </message>
    <message>
        <source>New incognito chat</source>
        <translation>Neuer Inkognito-Chat</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <source>Your chats will be listed here. Start one with New chat (Ctrl+N).</source>
        <translation>Ihre Chats werden hier aufgelistet. Beginnen Sie einen mit „Neuer Chat“ (Strg+N).</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message>
        <source>Nothing in your conversations matches “%1”. The search looks at titles, messages and reasoning.</source>
        <translation>Nichts in Ihren Unterhaltungen passt zu „%1“. Die Suche berücksichtigt Titel, Nachrichten und Überlegungen.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown, JSON, HTML or PDF.</source>
        <translation>Diese Unterhaltung als Markdown, JSON, HTML oder PDF speichern.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::StreamingMark</name>
    <message>
        <source>The answer is being written</source>
        <translation>Die Antwort wird geschrieben</translation>
    </message>
</context>
<context>
    <name>sotto::ui::UnlockDialog</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>Geben Sie Ihre Passphrase ein, um Ihre Unterhaltungen zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keyring does not open this vault. Type the passphrase to unlock it, then remember the new one in Settings → Vault.</source>
        <translation>Die im Schlüsselbund des Systems gespeicherte Passphrase öffnet diesen Tresor nicht. Geben Sie die Passphrase ein, um ihn zu entsperren, und lassen Sie sich die neue dann unter Einstellungen → Tresor merken.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultFileFlow</name>
    <message>
        <source>Sotto vault backups (*.%1)</source>
        <translation>Sotto-Tresorsicherungen (*.%1)</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Tresor sichern</translation>
    </message>
    <message>
        <source>Sotto vault %1</source>
        <translation>Sotto-Tresor %1</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Tresor wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). It is encrypted and opens with your current passphrase.</source>
        <translation>Tresor in %1 gesichert (%2). Die Sicherung ist verschlüsselt und lässt sich mit Ihrer aktuellen Passphrase öffnen.</translation>
    </message>
    <message>
        <source>Restore Vault from File</source>
        <translation>Tresor aus Datei wiederherstellen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Tresor aus %1 wiederhergestellt, gesichert am %2.</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2. The vault it replaced is kept as the copy %3.</source>
        <translation>Tresor aus %1 wiederhergestellt, gesichert am %2. Der ersetzte Tresor wird als Kopie %3 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultPage</name>
    <message>
        <source>Keep all &amp;conversations</source>
        <translation>Alle Unterhaltungen be&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Delete conversations not updated for</source>
        <translation>Unterhaltungen &amp;löschen, die unverändert sind seit</translation>
    </message>
    <message>
        <source>Lock the vault after idle time</source>
        <translation>Tresor nach Inaktivität sperren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>Nach %1 Minuten Inaktivität</translation>
    </message>
    <message>
        <source>Keep all conversations</source>
        <translation>Alle Unterhaltungen behalten</translation>
    </message>
    <message>
        <source>Delete old conversations</source>
        <translation>Alte Unterhaltungen löschen</translation>
    </message>
    <message>
        <source>Days without an update before a conversation is deleted</source>
        <translation>Tage ohne Änderung, bevor eine Unterhaltung gelöscht wird</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>Automatisch s&amp;perren:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Deletion happens every time the vault is unlocked and cannot be undone. Pinned conversations are kept.</source>
        <translation>Gelöscht wird bei jedem Entsperren des Tresors, und das lässt sich nicht rückgängig machen. Angeheftete Unterhaltungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VoicePage</name>
    <message>
        <source>Transcription provider</source>
        <translation>Transkriptionsanbieter</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>Transkriptionsmodell</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Dictation records your voice in memory, sends it to the provider below to be written as text, and puts the text in the message for you to check. A provider on this computer (speaches, LocalAI…) keeps your voice here; every recording sent is in the privacy log.</source>
        <translation>Das Diktieren nimmt Ihre Stimme im Arbeitsspeicher auf, sendet sie an den unten gewählten Anbieter, der sie als Text schreibt, und setzt den Text zur Prüfung in die Nachricht. Ein Anbieter auf diesem Computer (speaches, LocalAI …) behält Ihre Stimme hier; jede gesendete Aufnahme steht im Datenschutzprotokoll.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Mikrofon:</translation>
    </message>
    <message>
        <source>None (dictation off)</source>
        <translation>Keiner (Diktieren aus)</translation>
    </message>
    <message>
        <source>Its API has no transcription endpoint</source>
        <translation>Seine API hat keinen Transkriptionsendpunkt</translation>
    </message>
    <message>
        <source>The microphone button is shown, but nothing is sent until you choose a provider.</source>
        <translation>Die Mikrofontaste wird angezeigt, aber nichts wird gesendet, bis Sie einen Anbieter wählen.</translation>
    </message>
    <message>
        <source>On this computer: your recordings stay here.</source>
        <translation>Auf diesem Computer: Ihre Aufnahmen bleiben hier.</translation>
    </message>
    <message>
        <source>Your recordings are sent to %1.</source>
        <translation>Ihre Aufnahmen werden an %1 gesendet.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein Mikrofon gefunden.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Willkommen bei Sotto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your vault is ready. Where should your questions go?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Tresor ist bereit. Wohin sollen Ihre Fragen gehen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A local model&lt;/b&gt; (Ollama, llama.cpp or LM Studio) runs on this computer. Your messages never leave it: nothing is sent over the network, and Sotto works offline.</source>
        <translation>&lt;b&gt;Ein lokales Modell&lt;/b&gt; (Ollama, llama.cpp oder LM Studio) läuft auf diesem Computer. Ihre Nachrichten verlassen ihn nie: Nichts wird über das Netzwerk gesendet, und Sotto funktioniert offline.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud provider&lt;/b&gt; (OpenAI, Anthropic, Gemini and others) runs on that company&apos;s servers. Your messages, and any images you attach, go to it over the internet, and its own privacy terms apply. Sotto records every request in the privacy log, so you can see exactly what was sent and where.</source>
        <translation>&lt;b&gt;Ein Cloud-Anbieter&lt;/b&gt; (OpenAI, Anthropic, Gemini und andere) läuft auf den Servern des jeweiligen Unternehmens. Ihre Nachrichten und angehängte Bilder gehen über das Internet dorthin, und es gelten dessen eigene Datenschutzbestimmungen. Sotto protokolliert jede Anfrage im Datenschutzprotokoll, damit Sie genau sehen, was wohin gesendet wurde.</translation>
    </message>
    <message>
        <source>Use a &amp;local model</source>
        <translation>&amp;Lokales Modell verwenden</translation>
    </message>
    <message>
        <source>Use a local model (Ollama, llama.cpp or LM Studio)</source>
        <translation>Lokales Modell verwenden (Ollama, llama.cpp oder LM Studio)</translation>
    </message>
    <message>
        <source>Add a &amp;cloud provider</source>
        <translation>&amp;Cloud-Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Add a cloud provider</source>
        <translation>Cloud-Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>&amp;Später</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask one question; the answer streams to standard output and is stored in the vault as it arrives.</source>
        <translation>Pone una domanda; la risposta viene trasmessa man mano sullo standard output e salvata nella cassaforte mentre arriva.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Un fornitore aggiunto con &apos;sotto providers add&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai, anthropic, ollama or gemini.</source>
        <translation>Fornitore ad hoc: openai, anthropic, ollama o gemini.</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434).</source>
        <translation>Fornitore ad hoc: la radice dell&apos;API (per es. http://127.0.0.1:11434).</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>Il modello da interrogare.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Fornitore ad hoc: la variabile d&apos;ambiente che contiene la chiave API.</translation>
    </message>
    <message>
        <source>instant (default), thinking or contemplating.</source>
        <translation>instant (predefinito), thinking o contemplating.</translation>
    </message>
    <message>
        <source>Contemplating: how many agents ask the provider&apos;s model (%1 to %2, default %3).</source>
        <translation>Deliberazione: quanti agenti interrogano il modello del fornitore (da %1 a %2, predefinito %3).</translation>
    </message>
    <message>
        <source>Contemplating: the agents of a saved ensemble.</source>
        <translation>Deliberazione: gli agenti di un ensemble salvato.</translation>
    </message>
    <message>
        <source>Contemplating: 1, or 2 for a round in which each agent revises after reading the others.</source>
        <translation>Deliberazione: 1, oppure 2 per un turno in cui ogni agente rivede la propria risposta dopo aver letto quelle degli altri.</translation>
    </message>
    <message>
        <source>Contemplating: print what each request would carry, and where, and send nothing.</source>
        <translation>Deliberazione: stampa cosa conterrebbe ogni richiesta, e dove andrebbe, senza inviare nulla.</translation>
    </message>
    <message>
        <source>Attach an image (repeatable).</source>
        <translation>Allega un&apos;immagine (ripetibile).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Continue the conversation with this id.</source>
        <translation>Continua la conversazione con questo ID.</translation>
    </message>
    <message>
        <source>Keep neither question nor answer (the request is still audited).</source>
        <translation>Non conservare né la domanda né la risposta (la richiesta viene comunque registrata nell&apos;audit).</translation>
    </message>
    <message>
        <source>Stream the model&apos;s reasoning to standard error.</source>
        <translation>Trasmette man mano il ragionamento del modello sullo standard error.</translation>
    </message>
    <message>
        <source>The context budget in tokens for this question (default: the provider&apos;s setting, else the model&apos;s context length as the provider reported it, else %1).</source>
        <translation>Il budget di contesto in token per questa domanda (predefinito: l&apos;impostazione del fornitore, altrimenti la lunghezza di contesto del modello indicata dal fornitore, altrimenti %1).</translation>
    </message>
    <message>
        <source>Print one JSON object at the end instead of streaming text.</source>
        <translation>Stampa un unico oggetto JSON alla fine invece di trasmettere il testo man mano.</translation>
    </message>
    <message>
        <source>Seconds for the name lookup, and again for the connection (0: no limit).</source>
        <translation>Secondi per la risoluzione del nome, e di nuovo per la connessione (0: nessun limite).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds from connecting until the server starts its answer (0: no limit).</source>
        <translation>Secondi dalla connessione finché il server inizia la risposta (0: nessun limite).</translation>
    </message>
    <message>
        <source>Seconds the server may stay silent once connected (0: no limit).</source>
        <translation>Secondi per cui il server può restare in silenzio una volta connesso (0: nessun limite).</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>La domanda.</translation>
    </message>
    <message>
        <source>&apos;ask&apos; needs a question.</source>
        <translation>&apos;ask&apos; richiede una domanda.</translation>
    </message>
    <message>
        <source>--mode must be instant, thinking or contemplating.</source>
        <translation>--mode deve essere instant, thinking o contemplating.</translation>
    </message>
    <message>
        <source>--%1 needs --mode contemplating.</source>
        <translation>--%1 richiede --mode contemplating.</translation>
    </message>
    <message>
        <source>Give either --agents or --ensemble.</source>
        <translation>Indicare --agents oppure --ensemble.</translation>
    </message>
    <message>
        <source>--agents must be %1 to %2.</source>
        <translation>--agents deve essere compreso tra %1 e %2.</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds deve essere 1 o 2.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Indicare --provider NAME oppure --api con --base-url.</translation>
    </message>
    <message>
        <source>--incognito cannot continue a stored conversation.</source>
        <translation>--incognito non può continuare una conversazione salvata.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens richiede un numero positivo di token.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, 0 or more.</source>
        <translation>--%1 deve essere un numero di secondi, 0 o più.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; non è un ID di conversazione.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api deve essere openai, anthropic, ollama o gemini.</translation>
    </message>
    <message>
        <source>--api needs --base-url.</source>
        <translation>--api richiede --base-url.</translation>
    </message>
    <message>
        <source>Interrupted by %1; what arrived is kept.</source>
        <translation>Interrotto da %1; quanto è già arrivato viene conservato.</translation>
    </message>
    <message>
        <source>sotto: agent %1 (%2) did not answer: %3</source>
        <translation>sotto: l&apos;agente %1 (%2) non ha risposto: %3</translation>
    </message>
    <message>
        <source>The answer was stopped.</source>
        <translation>La risposta è stata interrotta.</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images. Choose a model that sees images, or ask without them.</source>
        <translation>%1 accetta solo testo, come riporta %2: non vede le immagini. Scegli un modello che vede le immagini, oppure chiedi senza.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Every request Sotto sent or refused, newest first.</source>
        <translation>Ogni richiesta che Sotto ha inviato o rifiutato, dalla più recente.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per request.</source>
        <translation>Stampa un array JSON, un oggetto per richiesta.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Stampa in CSV con una riga di intestazione.</translation>
    </message>
    <message>
        <source>Only requests from this date or time on (ISO 8601, UTC).</source>
        <translation>Solo le richieste da questa data o ora in poi (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes no arguments, only options.</source>
        <translation>&apos;audit&apos; non accetta argomenti, solo opzioni.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Scegliere --json o --csv, non entrambi.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date.</source>
        <translation>&apos;%1&apos; non è una data ISO 8601.</translation>
    </message>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>audit svuotato: eliminato %n record precedente</numerusform>
            <numerusform>audit svuotato: eliminati %n record precedenti</numerusform>
        </translation>
    </message>
    <message>
        <source> sent</source>
        <translation> inviate</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Non è ancora stato inviato nulla.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Passphrase della cassaforte in %1: </translation>
    </message>
    <message>
        <source>No vault in %1 yet. Choose a passphrase for a new one: </source>
        <translation>Non c&apos;è ancora una cassaforte in %1. Scegliere una passphrase per crearne una nuova: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Ripetere la passphrase: </translation>
    </message>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Esiste una copia del %1: &apos;sotto vault restore %2&apos; la ripristina.</translation>
    </message>
    <message>
        <source>sotto: created a new encrypted vault in %1.</source>
        <translation>sotto: creata una nuova cassaforte cifrata in %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>&apos;%1&apos; non è un URL http(s).</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>La variabile d&apos;ambiente %1 è vuota.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>One of the commands above.</source>
        <translation>Uno dei comandi sopra elencati.</translation>
    </message>
    <message>
        <source>sotto: no command given. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: nessun comando indicato. Eseguire &apos;sotto --help&apos; per l&apos;elenco.</translation>
    </message>
    <message>
        <source>sotto: unknown command &apos;%1&apos;. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: comando sconosciuto &apos;%1&apos;. Eseguire &apos;sotto --help&apos; per l&apos;elenco.</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>Usa la cartella del profilo &lt;dir&gt; (predefinita: $SOTTO_PROFILE, altrimenti la cartella dei dati dell&apos;applicazione).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of &lt;file&gt; (else $SOTTO_PASSPHRASE, else a prompt).</source>
        <translation>Legge la passphrase della cassaforte dalla prima riga di &lt;file&gt; (altrimenti $SOTTO_PASSPHRASE, altrimenti una richiesta interattiva).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open the window on conversation &lt;id&gt;.</source>
        <translation>Apre la finestra sulla conversazione &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto, un assistente IA privato per il desktop.

Senza un comando, Sotto apre la sua finestra.</translation>
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
        <translation>Comandi:
  ask [options] PROMPT                   una domanda, la risposta trasmessa su stdout
  providers add NAME|list|remove NAME    i fornitori di modelli e le loro chiavi
  providers detect [--json]              server di modelli in esecuzione su questo computer
  audit [--json|--csv] [--since DATE]    ogni richiesta inviata o rifiutata
  policy show|set KEY VALUE              cosa può lasciare questo computer
  redact --dry-run TEXT | terms add|remove|list   oscura i dati personali in ciò che viene inviato
  conversations list|show ID|delete ID   le conversazioni nella cassaforte
  conversations set ID local-only on|off  tiene le richieste di una conversazione su questo computer
  ensembles add NAME|list|remove NAME    gli agenti che deliberano insieme
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         esporta conversazioni come documenti
  import [--format sotto|chatgpt|claude] FILE   importa conversazioni da un&apos;esportazione
  search QUERY                           ricerca a testo completo nella cassaforte
  transcribe [--provider NAME] FILE      il parlato di un file audio come testo
  vault check|change-passphrase|backups|restore ID   gestisce la cassaforte
Eseguire &apos;sotto COMMAND --help&apos; per le opzioni di un comando.</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; non è un ID di conversazione.</translation>
    </message>
    <message>
        <source>List, show or delete the conversations in the vault, or mark one local-only.</source>
        <translation>Elenca, mostra o elimina le conversazioni nella cassaforte, oppure ne contrassegna una come solo locale.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Stampa JSON invece di testo.</translation>
    </message>
    <message>
        <source>list | show ID | delete ID | set ID local-only on|off</source>
        <translation>list | show ID | delete ID | set ID local-only on|off</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show ID, delete ID or set ID local-only on|off.</source>
        <translation>Azione sconosciuta &apos;%1&apos;: usare list, show ID, delete ID o set ID local-only on|off.</translation>
    </message>
    <message>
        <source>Use: conversations set ID local-only on|off</source>
        <translation>Uso: conversations set ID local-only on|off</translation>
    </message>
    <message>
        <source>&apos;conversations %1&apos; needs one conversation id.</source>
        <translation>&apos;conversations %1&apos; richiede un ID di conversazione.</translation>
    </message>
    <message>
        <source>Conversation %1 is local-only: its requests go only to this machine.</source>
        <translation>La conversazione %1 è solo locale: le sue richieste vanno solo a questo computer.</translation>
    </message>
    <message>
        <source>Conversation %1 is no longer local-only.</source>
        <translation>La conversazione %1 non è più solo locale.</translation>
    </message>
    <message>
        <source>Deleted conversation %1 (%2).</source>
        <translation>Eliminata la conversazione %1 (%2).</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n immagine]</numerusform>
            <numerusform>[%n immagini]</numerusform>
        </translation>
    </message>
    <message>
        <source>agent %1, round %2 (%3): %4</source>
        <translation>agente %1, turno %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message>
        <source>Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and optionally a model, kept in the vault.</source>
        <translation>Aggiunge, elenca o rimuove ensemble per la Deliberazione: gruppi con nome di 2–8 agenti, ciascuno un fornitore ed eventualmente un modello, conservati nella cassaforte.</translation>
    </message>
    <message>
        <source>add: one agent, PROVIDER or PROVIDER:MODEL (split at the first &apos;:&apos;); repeat 2 to 8 times.</source>
        <translation>add: un agente, PROVIDER o PROVIDER:MODEL (diviso al primo &apos;:&apos;); ripetere da 2 a 8 volte.</translation>
    </message>
    <message>
        <source>add: the instruction the agent in the same position works under (the first --perspective is the first --agent&apos;s); repeat up to once per agent. Agents without one get a default perspective.</source>
        <translation>add: l&apos;istruzione che segue l&apos;agente nella stessa posizione (la prima --perspective è del primo --agent); ripetere al massimo una volta per agente. Gli agenti senza istruzione ricevono una prospettiva predefinita.</translation>
    </message>
    <message>
        <source>add: who writes the final answer (default: the conversation&apos;s provider and model).</source>
        <translation>add: chi scrive la risposta finale (predefinito: il fornitore e il modello della conversazione).</translation>
    </message>
    <message>
        <source>add: 1 (default) or 2 (a refinement round).</source>
        <translation>add: 1 (predefinito) o 2 (un turno di affinamento).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: stampa JSON.</translation>
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
        <translation>Un ensemble deve avere un nome.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER or PROVIDER:MODEL.</source>
        <translation>&apos;%1&apos; non è né PROVIDER né PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents (--agent).</source>
        <translation>Un ensemble ha da %1 a %2 agenti (--agent).</translation>
    </message>
    <message>
        <source>There are more --perspective options (%1) than agents (%2).</source>
        <translation>Ci sono più opzioni --perspective (%1) che agenti (%2).</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds deve essere 1 o 2.</translation>
    </message>
    <message>
        <source>synthesizer %1</source>
        <translation>sintesi di %1</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n turno</numerusform>
            <numerusform>%n turni</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed ensemble %1.</source>
        <translation>Rimosso l&apos;ensemble %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>Salvato l&apos;ensemble %1 con %n agente.</numerusform>
            <numerusform>Salvato l&apos;ensemble %1 con %n agenti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON writes one file holding every conversation; the other formats write one file per conversation into the folder PATH. Anyone who gets an exported file can read it.</source>
        <translation>Esporta una conversazione, o tutte, in Markdown, JSON, HTML o PDF. Con --all, JSON scrive un unico file con tutte le conversazioni; gli altri formati scrivono un file per conversazione nella cartella PATH. Chiunque ottenga un file esportato può leggerlo.</translation>
    </message>
    <message>
        <source>The conversation to export.</source>
        <translation>La conversazione da esportare.</translation>
    </message>
    <message>
        <source>Export every conversation.</source>
        <translation>Esporta tutte le conversazioni.</translation>
    </message>
    <message>
        <source>md, json, html or pdf.</source>
        <translation>md, json, html o pdf.</translation>
    </message>
    <message>
        <source>The file to write (with --all and md, html or pdf: the folder).</source>
        <translation>Il file da scrivere (con --all e md, html o pdf: la cartella).</translation>
    </message>
    <message>
        <source>Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</source>
        <translation>Uso: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, json, html or pdf.</source>
        <translation>Formato sconosciuto &apos;%1&apos;: usare md, json, html o pdf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; non è un ID di conversazione.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>Esportazione di %1 di %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Esportata %n conversazione in %1.</numerusform>
            <numerusform>Esportate %n conversazioni in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiSendPrompter</name>
    <message>
        <source>on this computer</source>
        <translation>su questo computer</translation>
    </message>
    <message>
        <source>on your local network</source>
        <translation>sulla rete locale</translation>
    </message>
    <message>
        <source>on the internet</source>
        <translation>su Internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, %4)?

The request: %5</source>
        <translation>Inviare %1 a %2 (%3, %4)?

La richiesta: %5</translation>
    </message>
    <message>
        <source>Send to %1?</source>
        <translation>Inviare a %1?</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this provider</source>
        <translation>&amp;Non chiedere più per questo fornitore</translation>
    </message>
</context>
<context>
    <name>HttpBackend</name>
    <message>
        <source>The answer passed %1 Mi characters; it was stopped there.</source>
        <translation>La risposta ha superato %1 Mi caratteri; è stata interrotta a quel punto.</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non inviata: %1.</translation>
    </message>
    <message>
        <source>The answer from %1 ended before it was finished.</source>
        <translation>La risposta di %1 si è interrotta prima di essere completa.</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is Ollama running?</source>
        <translation>Nessun servizio in ascolto su %1: Ollama è in esecuzione?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is llama-server running?</source>
        <translation>Nessun servizio in ascolto su %1: llama-server è in esecuzione?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is LM Studio&apos;s server started?</source>
        <translation>Nessun servizio in ascolto su %1: il server di LM Studio è avviato?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>Nessun servizio in ascolto su %1.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint; choose an OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).</source>
        <translation>%1 usa l’API %2, che non ha un endpoint di trascrizione; scegli un fornitore compatibile con OpenAI (OpenAI, Groq, speaches, LocalAI…).</translation>
    </message>
    <message>
        <source>%1 answered with something other than a transcript.</source>
        <translation>%1 ha risposto con qualcosa che non è una trascrizione.</translation>
    </message>
</context>
<context>
    <name>ImageSanitizer</name>
    <message>
        <source>This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>Questo file non è un&apos;immagine che Sotto può leggere (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>Cannot open the image %1: %2.</source>
        <translation>Impossibile aprire l&apos;immagine %1: %2.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 50 MB.</source>
        <translation>L&apos;immagine %1 supera i 50 MB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The image is larger than 50 MB.</source>
        <translation>L&apos;immagine supera i 50 MB.</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded.</source>
        <translation>L&apos;immagine è danneggiata e non può essere decodificata.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.</source>
        <translation>L&apos;immagine misura %1 × %2 pixel; Sotto accetta fino a 100 megapixel.</translation>
    </message>
    <message>
        <source>The image has more than 100 megapixels.</source>
        <translation>L&apos;immagine supera i 100 megapixel.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded.</source>
        <translation>Impossibile ricodificare l&apos;immagine.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import conversations from an export: Sotto&apos;s own JSON, or ChatGPT&apos;s or Claude&apos;s conversations.json (or the .zip they come in). Conversations already imported are skipped. A file that cannot be read as its format changes nothing.</source>
        <translation>Importa conversazioni da un&apos;esportazione: il JSON di Sotto, oppure il conversations.json di ChatGPT o di Claude (o il .zip in cui viene fornito). Le conversazioni già importate vengono saltate. Un file che non può essere letto nel suo formato non modifica nulla.</translation>
    </message>
    <message>
        <source>sotto, chatgpt or claude (default: found from the file).</source>
        <translation>sotto, chatgpt o claude (predefinito: dedotto dal file).</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>L&apos;esportazione da importare.</translation>
    </message>
    <message>
        <source>Use: import [--format sotto|chatgpt|claude] FILE</source>
        <translation>Uso: import [--format sotto|chatgpt|claude] FILE</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use sotto, chatgpt or claude.</source>
        <translation>Formato &apos;%1&apos; sconosciuto: usare sotto, chatgpt o claude.</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importazione… %1%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import was interrupted.</source>
        <translation>L&apos;importazione è stata interrotta.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n conversazione importata</numerusform>
            <numerusform>%n conversazioni importate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n duplicate(s).</source>
        <translation>
            <numerusform>%n duplicato saltato.</numerusform>
            <numerusform>%n duplicati saltati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring holds no passphrase for this vault.</source>
        <translation>Il portachiavi di sistema non contiene alcuna passphrase per questa cassaforte.</translation>
    </message>
    <message>
        <source>The system keyring refused access.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the passphrase cannot be remembered.</source>
        <translation>Nessun portachiavi di sistema disponibile, quindi la passphrase non può essere memorizzata.</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>Errore del portachiavi di sistema: %1</translation>
    </message>
    <message>
        <source>The passphrase is in the system keyring, but Sotto cannot note that in %1.</source>
        <translation>La passphrase è nel portachiavi di sistema, ma Sotto non può annotarlo in %1.</translation>
    </message>
</context>
<context>
    <name>LiteralDestination</name>
    <message>
        <source>on this computer</source>
        <translation>su questo computer</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>rete locale</translation>
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
        <translation>%1 sulla porta %2</translation>
    </message>
    <message>
        <source>No model server is running on this computer (looked for %1).</source>
        <translation>Nessun server di modelli è in esecuzione su questo computer (cercati: %1).</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>immagine</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[Immagine non caricata: %1]</translation>
    </message>
    <message>
        <source>[Image “%1” not loaded: %2]</source>
        <translation>[Immagine «%1» non caricata: %2]</translation>
    </message>
</context>
<context>
    <name>MicrophoneInput</name>
    <message>
        <source>%1 offers no audio format Sotto can record.</source>
        <translation>%1 non offre alcun formato audio che Sotto possa registrare.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it may be in use by another program.</source>
        <translation>Impossibile aprire %1: forse lo sta usando un altro programma.</translation>
    </message>
    <message>
        <source>%1 stopped recording: it may have been unplugged or taken by another program.</source>
        <translation>%1 ha smesso di registrare: forse è stato scollegato o preso da un altro programma.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostra passphrase</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Nascondi passphrase</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Impossibile leggere il file della passphrase %1: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Il file della passphrase %1 è vuoto.</translation>
    </message>
    <message>
        <source>SOTTO_PASSPHRASE is set but empty.</source>
        <translation>SOTTO_PASSPHRASE è impostata ma vuota.</translation>
    </message>
    <message>
        <source>No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.</source>
        <translation>Nessuna passphrase: impostare SOTTO_PASSPHRASE, passare --passphrase-file o eseguire in un terminale.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase non coincidono.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Non è stata inserita alcuna passphrase.</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
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
        <translation>Mostra o modifica cosa può lasciare questo computer.

Chiavi: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,
redact off|internet|always (oscura i dati personali: per impostazione predefinita per le destinazioni su Internet),
proxy URL|off (http://HOST:PORT con CONNECT, oppure socks5h://HOST:PORT il cui proxy risolve
i nomi, per es. Tor su socks5h://127.0.0.1:9050; le destinazioni di loopback vanno dirette),
retention-days N (0 conserva tutto), audit-retention-days N (giorni di conservazione dei record
di audit; 0 li conserva tutti), agent-deadline N (secondi concessi alla risposta di ciascun agente
della Deliberazione, in ogni turno; 0: nessun limite); per fornitore (con --provider NAME):
http-to-internet allow|deny, enabled on|off, redact off|internet|always|default (default:
segue la regola redact globale), proxy URL|direct|default (default: il proxy globale).</translation>
    </message>
    <message>
        <source>The provider a per-provider key applies to.</source>
        <translation>Il fornitore a cui si applica un&apos;impostazione specifica per fornitore.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show: stampa JSON.</translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation>show | set KEY VALUE</translation>
    </message>
    <message>
        <source>Use &apos;policy show&apos; or &apos;policy set KEY VALUE&apos;.</source>
        <translation>Usare &apos;policy show&apos; o &apos;policy set KEY VALUE&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set per provider: add --provider NAME.</source>
        <translation>&apos;%1&apos; si imposta per fornitore: aggiungere --provider NAME.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; non è un valore valido per %2; usare %3.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ora vale %2.</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; non è un valore valido per %2; usare %3.</translation>
    </message>
    <message>
        <source>a number of days (0 keeps everything)</source>
        <translation>un numero di giorni (0 conserva tutto)</translation>
    </message>
    <message>
        <source>a number of seconds (0: no limit)</source>
        <translation>un numero di secondi (0: nessun limite)</translation>
    </message>
    <message>
        <source>Unknown policy setting &apos;%1&apos;; known: %2.</source>
        <translation>Impostazione della politica sconosciuta &apos;%1&apos;; valori noti: %2.</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Non esiste alcun fornitore chiamato %1.</translation>
    </message>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Passphrase della cassaforte in %1: </translation>
    </message>
    <message>
        <source>context %L1 tokens</source>
        <translation>contesto di %L1 token</translation>
    </message>
    <message>
        <source>Start from a known provider: %1.</source>
        <translation>Parte da un fornitore noto: %1.</translation>
    </message>
    <message>
        <source>openai, anthropic, ollama or gemini.</source>
        <translation>openai, anthropic, ollama o gemini.</translation>
    </message>
    <message>
        <source>The API root.</source>
        <translation>La radice dell&apos;API.</translation>
    </message>
    <message>
        <source>The default model.</source>
        <translation>Il modello predefinito.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Store the API key found in this environment variable (else you are asked for it on a terminal).</source>
        <translation>Salva la chiave API trovata in questa variabile d&apos;ambiente (altrimenti viene chiesta nel terminale).</translation>
    </message>
    <message>
        <source>The provider needs no API key.</source>
        <translation>Il fornitore non richiede una chiave API.</translation>
    </message>
    <message>
        <source>Allow plain http to a host on the internet (normally refused).</source>
        <translation>Consente http non cifrato verso un host su Internet (normalmente rifiutato).</translation>
    </message>
    <message>
        <source>The context budget in tokens (default %1).</source>
        <translation>Il budget di contesto in token (predefinito %1).</translation>
    </message>
    <message>
        <source>Send this provider&apos;s requests through a proxy: http://HOST:PORT (CONNECT) or socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one).</source>
        <translation>Invia le richieste di questo fornitore tramite un proxy: http://HOST:PORT (CONNECT) o socks5h://HOST:PORT; direct per ignorare il proxy globale (predefinito: quello globale).</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;; known: %2.</source>
        <translation>Preimpostazione sconosciuta &apos;%1&apos;; valori noti: %2.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api deve essere openai, anthropic, ollama o gemini.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs --preset or --api.</source>
        <translation>&apos;providers add&apos; richiede --preset o --api.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs an http(s) --base-url.</source>
        <translation>&apos;providers add&apos; richiede un indirizzo http(s) in --base-url.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; give the key with --api-key-env or when asked.</source>
        <translation>L&apos;URL di base non deve contenere un nome utente o una password; fornire la chiave con --api-key-env o quando viene chiesta.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens richiede un numero positivo di token.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>La variabile d&apos;ambiente %1 è vuota.</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Chiave API per %1: </translation>
    </message>
    <message>
        <source>No API key given: use --api-key-env VAR, a terminal, or --no-api-key.</source>
        <translation>Nessuna chiave API fornita: usare --api-key-env VAR, un terminale o --no-api-key.</translation>
    </message>
    <message>
        <source>Saved provider %1 (%2, %3).</source>
        <translation>Salvato il fornitore %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Rimosso il fornitore %1.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>nessuna chiave</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>chiave %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (disabilitato)</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non inviato: %1.</translation>
    </message>
    <message>
        <source>%1 at %2: no models yet</source>
        <translation>%1 su %2: ancora nessun modello</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%1 su %2: %n modello (%3)</numerusform>
            <numerusform>%1 su %2: %n modelli (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list or remove model providers, or find the model servers running on this computer. API keys are kept inside the encrypted vault; they never go on the command line.</source>
        <translation>Aggiunge, elenca o rimuove fornitori di modelli, o trova i server di modelli in esecuzione su questo computer. Le chiavi API sono conservate nella cassaforte cifrata; non passano mai dalla riga di comando.</translation>
    </message>
    <message>
        <source>list, models, detect: print JSON.</source>
        <translation>list, models, detect: stampa JSON.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME | models NAME (asks the provider for its models and their context lengths) | detect (looks for model servers running on this computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; loopback only)</source>
        <translation>add NAME | list | remove NAME | models NAME (chiede al fornitore i suoi modelli e le relative lunghezze di contesto) | detect (cerca i server di modelli in esecuzione su questo computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; solo loopback)</translation>
    </message>
    <message>
        <source>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; or &apos;providers detect&apos;.</source>
        <translation>Usare &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; o &apos;providers detect&apos;.</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>solo testo</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>Sotto does not use %1 from the environment: its requests go direct. To send them through a proxy, run &apos;sotto policy set proxy http://HOST:PORT&apos; (or socks5h://HOST:PORT), or set it in Settings › Privacy.</source>
        <translation>Sotto non usa %1 dall&apos;ambiente: le sue richieste vanno dirette. Per inviarle tramite un proxy, eseguire &apos;sotto policy set proxy http://HOST:PORT&apos; (o socks5h://HOST:PORT), oppure impostarlo in Impostazioni › Privacy.</translation>
    </message>
</context>
<context>
    <name>RedactCommand</name>
    <message>
        <source>Added &apos;%1&apos;: it is withheld from what is sent.</source>
        <translation>Aggiunto &apos;%1&apos;: viene oscurato in ciò che viene inviato.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a term.</source>
        <translation>&apos;%1&apos; è già un termine.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term.</source>
        <translation>&apos;%1&apos; non è un termine.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>Rimosso &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; or &apos;redact terms list [--json]&apos;.</source>
        <translation>Usare &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; o &apos;redact terms list [--json]&apos;.</translation>
    </message>
    <message>
        <source>Redaction is off (policy redact off): the text is sent as it is.</source>
        <translation>L&apos;oscuramento è disattivato (policy redact off): il testo viene inviato così com&apos;è.</translation>
    </message>
    <message>
        <source>Nothing to withhold was found.</source>
        <translation>Non è stato trovato nulla da oscurare.</translation>
    </message>
    <message>
        <source>Withhold personal data from what is sent (docs/PRIVACY.md).

  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider
                                    (what was replaced goes to stderr, or into --json)
  redact terms add TERM | remove TERM | list [--json]
                                    your own terms (names, a company, code names)

When it runs: sotto policy set redact off|internet|always. Detection can miss things.</source>
        <translation>Oscura i dati personali in ciò che viene inviato (docs/PRIVACY.md).

  redact --dry-run TEXT             stampa TEXT come verrebbe inviato a un fornitore su Internet
                                    (ciò che è stato sostituito va su stderr, o in --json)
  redact terms add TERM | remove TERM | list [--json]
                                    i propri termini (nomi, un&apos;azienda, nomi in codice)

Quando si applica: sotto policy set redact off|internet|always. Il rilevamento può lasciarsi sfuggire qualcosa.</translation>
    </message>
    <message>
        <source>Show what would be sent.</source>
        <translation>Mostra cosa verrebbe inviato.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa JSON.</translation>
    </message>
    <message>
        <source>TEXT, or: terms add|remove|list</source>
        <translation>TEXT, oppure: terms add|remove|list</translation>
    </message>
    <message>
        <source>Use &apos;redact --dry-run TEXT&apos; or &apos;redact terms add|remove|list&apos;.</source>
        <translation>Usare &apos;redact --dry-run TEXT&apos; o &apos;redact terms add|remove|list&apos;.</translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message>
        <source>GPS position</source>
        <translation>posizione GPS</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>marca e modello della fotocamera</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>data dello scatto</translation>
    </message>
    <message>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>%n altro tag</numerusform>
            <numerusform>%n altri tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text note(s)</source>
        <translation>
            <numerusform>%n nota di testo</numerusform>
            <numerusform>%n note di testo</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP data</source>
        <translation>dati XMP</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>profilo colore</translation>
    </message>
    <message>
        <source>The image carried no metadata.</source>
        <translation>L’immagine non conteneva metadati.</translation>
    </message>
    <message>
        <source>Removed before storing and sending: %1.</source>
        <extracomment>%1 is a list such as &quot;GPS position, camera make and model, 12 other tags&quot;.</extracomment>
        <translation>Rimosso prima di salvare e inviare: %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search titles, messages and reasoning in the vault (every word must match).</source>
        <translation>Cerca in titoli, messaggi e ragionamenti della cassaforte (ogni parola deve corrispondere).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Stampa JSON invece di testo.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (default 50).</source>
        <translation>Al massimo &lt;n&gt; risultati (predefinito 50).</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Le parole da cercare.</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the words to look for.</source>
        <translation>&apos;search&apos; richiede le parole da cercare.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Nessun risultato.</translation>
    </message>
</context>
<context>
    <name>TerminalSendPrompter</name>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>la rete locale</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, on %4)? [y/N, a: yes and don&apos;t ask again for it] </source>
        <translation>Inviare %1 a %2 (%3, su %4)? [s/N, a: sì e non chiedere più per questo] </translation>
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
        <translation>Trasforma la voce in testo: invia un file audio a un endpoint di trascrizione compatibile con OpenAI (registrato come ogni richiesta) e stampa il testo. Senza --provider o --api, usa il fornitore scelto per la trascrizione nelle impostazioni.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Un fornitore aggiunto con &apos;sotto providers add&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai (any OpenAI-compatible server).</source>
        <translation>Fornitore al volo: openai (qualsiasi server compatibile con OpenAI).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1).</source>
        <translation>Fornitore al volo: la radice dell’API (es. http://127.0.0.1:8000/v1).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Fornitore al volo: la variabile d’ambiente con la chiave API.</translation>
    </message>
    <message>
        <source>The transcription model (default: the setting, else %1).</source>
        <translation>Il modello di trascrizione (predefinito: l’impostazione, altrimenti %1).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modello</translation>
    </message>
    <message>
        <source>The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB.</source>
        <translation>L’audio: WAV, MP3, FLAC, Ogg, M4A o WebM, al massimo 25 MB.</translation>
    </message>
    <message>
        <source>&apos;transcribe&apos; needs one audio file.</source>
        <translation>&apos;transcribe&apos; richiede un file audio.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Indica --provider NOME oppure --api con --base-url.</translation>
    </message>
    <message>
        <source>--api needs --base-url, and --base-url --api.</source>
        <translation>--api richiede --base-url, e --base-url richiede --api.</translation>
    </message>
    <message>
        <source>--api must be openai.</source>
        <translation>--api deve essere openai.</translation>
    </message>
    <message>
        <source>The %1 API has no transcription endpoint; use --api openai with an OpenAI-compatible server.</source>
        <translation>L’API %1 non ha un endpoint di trascrizione; usa --api openai con un server compatibile con OpenAI.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>Give --provider NAME or --api openai with --base-url, or choose a transcription provider in the settings.</source>
        <translation>Indica --provider NOME o --api openai con --base-url, oppure scegli un fornitore di trascrizione nelle impostazioni.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint.</source>
        <translation>%1 usa l’API %2, che non ha un endpoint di trascrizione.</translation>
    </message>
    <message>
        <source>Interrupted by %1.</source>
        <translation>Interrotto da %1.</translation>
    </message>
    <message>
        <source>The transcription ended without an answer.</source>
        <translation>La trascrizione è terminata senza risposta.</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <source>%1 is larger than %2 MB, the most a transcription service takes.</source>
        <translation>%1 supera i %2 MB, il massimo accettato da un servizio di trascrizione.</translation>
    </message>
    <message>
        <source>%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).</source>
        <translation>%1 non è un audio trascrivibile (WAV, MP3, FLAC, Ogg, M4A o WebM).</translation>
    </message>
    <message>
        <source>No provider is chosen for transcription: choose one in Settings › Voice.</source>
        <translation>Nessun fornitore scelto per la trascrizione: sceglilo in Impostazioni › Voce.</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>Non c&apos;è ancora una cassaforte in %1.</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). The backup is encrypted: it opens with the passphrase the vault has now.</source>
        <translation>Backup della cassaforte eseguito in %1 (%2). Il backup è cifrato: si apre con la passphrase attuale della cassaforte.</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>Passphrase del backup %1: </translation>
    </message>
    <message>
        <source>The files it replaced are kept as the copy %1 (&apos;sotto vault backups&apos;).</source>
        <translation>I file sostituiti sono conservati come copia %1 (&apos;sotto vault backups&apos;).</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Cassaforte ripristinata da %1, backup eseguito il %2.</translation>
    </message>
    <message>
        <source>Look after the encrypted vault.</source>
        <translation>Gestisce la cassaforte cifrata.</translation>
    </message>
    <message>
        <source>change-passphrase: read the new passphrase from &lt;file&gt; (else $SOTTO_NEW_PASSPHRASE, else a prompt).</source>
        <translation>change-passphrase: legge la nuova passphrase da &lt;file&gt; (altrimenti $SOTTO_NEW_PASSPHRASE, altrimenti una richiesta interattiva).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>restore: put back the vault from the backup file &lt;file&gt; (made by &apos;sotto vault backup&apos;; it asks for that backup&apos;s passphrase).</source>
        <translation>restore: ripristina la cassaforte dal file di backup &lt;file&gt; (creato da &apos;sotto vault backup&apos;; chiede la passphrase di quel backup).</translation>
    </message>
    <message>
        <source>backup FILE: write the vault, still encrypted, to one file; check: verify the vault&apos;s integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy or a backup file back (the current files are kept as another copy).</source>
        <translation>backup FILE: scrive la cassaforte, ancora cifrata, in un unico file; check: verifica l&apos;integrità della cassaforte; change-passphrase: la cifra di nuovo con una nuova passphrase; backups: elenca le copie fatte prima degli aggiornamenti e dei ripristini; restore ID | restore --file FILE: ripristina una copia o un file di backup (i file attuali vengono conservati come ulteriore copia).</translation>
    </message>
    <message>
        <source>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; or &apos;restore --file FILE&apos;.</source>
        <translation>Usare &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; o &apos;restore --file FILE&apos;.</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>sostituita da un ripristino</translation>
    </message>
    <message>
        <source>There are no copies of the vault.</source>
        <translation>Non ci sono copie della cassaforte.</translation>
    </message>
    <message>
        <source>Restored the copy %1; the files it replaced are kept as another copy.</source>
        <translation>Ripristinata la copia %1; i file che ha sostituito sono conservati come ulteriore copia.</translation>
    </message>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>La cassaforte in %1 è danneggiata (trovato %n problema).</numerusform>
            <numerusform>La cassaforte in %1 è danneggiata (trovati %n problemi).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault in %1 is intact.</source>
        <translation>La cassaforte in %1 è integra.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Passphrase attuale: </translation>
    </message>
    <message>
        <source>SOTTO_NEW_PASSPHRASE is empty.</source>
        <translation>SOTTO_NEW_PASSPHRASE è vuota.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nuova passphrase: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Ripetere la nuova passphrase: </translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase has been changed.</source>
        <translation>La passphrase della cassaforte è stata cambiata.</translation>
    </message>
</context>
<context>
    <name>sotto::AuditDashboard</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message>
        <source>There is no audit record %1.</source>
        <translation>Non esiste alcun record di audit %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>L&apos;audit è stato svuotato: è stato eliminato %n record precedente.</numerusform>
            <numerusform>L&apos;audit è stato svuotato: sono stati eliminati %n record precedenti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ChatController</name>
    <message>
        <source>Add a model provider first (Settings → Providers).</source>
        <translation>Aggiungere prima un fornitore di modelli (Impostazioni → Fornitori).</translation>
    </message>
    <message>
        <source>Choose a provider for this conversation.</source>
        <translation>Scegliere un fornitore per questa conversazione.</translation>
    </message>
</context>
<context>
    <name>sotto::ChatGptReader</name>
    <message>
        <source>[image not included]</source>
        <translation>[immagine non inclusa]</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Una conversazione non è un oggetto.</translation>
    </message>
    <message>
        <source>A conversation has no message tree (&quot;mapping&quot;).</source>
        <translation>Una conversazione non ha un albero di messaggi (&quot;mapping&quot;).</translation>
    </message>
</context>
<context>
    <name>sotto::ClaudeReader</name>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Una conversazione non è un oggetto.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages (&quot;chat_messages&quot;).</source>
        <translation>Una conversazione non ha un elenco di messaggi (&quot;chat_messages&quot;).</translation>
    </message>
    <message>
        <source>Attached %1:</source>
        <translation>Allegato %1:</translation>
    </message>
    <message>
        <source>[image not included]</source>
        <translation>[immagine non inclusa]</translation>
    </message>
    <message>
        <source>[file not included: %1]</source>
        <translation>[file non incluso: %1]</translation>
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
        <translation>nessuna risposta entro la scadenza dell&apos;agente di %1 s</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotta.</translation>
    </message>
    <message>
        <source>This conversation is local-only and the ensemble asks agents that are not on this machine; nothing was sent.</source>
        <translation>Questa conversazione è solo locale e l&apos;ensemble interroga agenti che non sono su questo computer; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No agent answered — %1.</source>
        <translation>Nessun agente ha risposto: %1.</translation>
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
        <translation>agente %1, turno 2</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>sintesi</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images</source>
        <translation>%1: %2 (%3) su %4 [%5]: %6 byte, %7 caratteri, %8 immagini</translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, più le risposte degli agenti</translation>
    </message>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>totale: %n richiesta</numerusform>
            <numerusform>totale: %n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bytes, %2 characters, %3 images before the agents&apos; answers</source>
        <translation>, %1 byte, %2 caratteri, %3 immagini prima delle risposte degli agenti</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationSetup</name>
    <message>
        <source>There is no ensemble named “%1” any more: choose who contemplates.</source>
        <translation>Non esiste più un ensemble chiamato «%1»: scegliere chi delibera.</translation>
    </message>
    <message>
        <source>The ensemble “%1” names providers that are not configured: %2.</source>
        <translation>L&apos;ensemble «%1» indica fornitori non configurati: %2.</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationImport</name>
    <message>
        <source>[image not included]</source>
        <translation>[immagine non inclusa]</translation>
    </message>
    <message>
        <source>It is not a %1: it looks like a %2.</source>
        <translation>Non è un&apos;%1: sembra un&apos;%2.</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>Conversazione %1: %2</translation>
    </message>
    <message>
        <source>It nests deeper than an export does (%1 levels).</source>
        <translation>Ha un annidamento più profondo di un&apos;esportazione (%1 livelli).</translation>
    </message>
    <message>
        <source>It is damaged or incomplete: %1</source>
        <translation>È danneggiato o incompleto: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationRepository</name>
    <message>
        <source>An incognito conversation is never stored.</source>
        <translation>Una conversazione in incognito non viene mai salvata.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>La conversazione %1 non esiste.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressExchange</name>
    <message>
        <source>The request to %1 could not be sent: %2.</source>
        <translation>Impossibile inviare la richiesta a %1: %2.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the proxy of provider %2 is not valid (%3).</source>
        <translation>Impossibile inviare la richiesta a %1: il proxy del fornitore %2 non è valido (%3).</translation>
    </message>
    <message>
        <source>Could not find the proxy %1.</source>
        <translation>Impossibile trovare il proxy %1.</translation>
    </message>
    <message>
        <source>Could not find the server %1.</source>
        <translation>Impossibile trovare il server %1.</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the request (%1).</source>
        <translation>Non inviata: il registro della privacy non ha potuto registrare la richiesta (%1).</translation>
    </message>
    <message>
        <source>The proxy %1 did not connect to %2: %3.</source>
        <translation>Il proxy %1 non si è connesso a %2: %3.</translation>
    </message>
    <message>
        <source>The proxy %1 sent data of its own before the request to %2.</source>
        <translation>Il proxy %1 ha inviato dati propri prima della richiesta a %2.</translation>
    </message>
    <message>
        <source>Could not look up the proxy %1 within %2 s.</source>
        <translation>Impossibile risolvere il proxy %1 entro %2 s.</translation>
    </message>
    <message>
        <source>Could not look up the server %1 within %2 s.</source>
        <translation>Impossibile risolvere il server %1 entro %2 s.</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2 within %3 s.</source>
        <translation>Impossibile connettersi a %1 tramite il proxy %2 entro %3 s.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Impossibile connettersi a %1 entro %2 s.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1 non ha risposto entro %2 s; la richiesta è stata interrotta.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request was stopped.</source>
        <translation>%1 non ha inviato nulla per %2 s; la richiesta è stata interrotta.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Sotto does not follow redirects.</source>
        <translation>%1 ha reindirizzato la richiesta a %2; Sotto non segue i reindirizzamenti.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 ha chiuso la connessione prima che la risposta fosse completa.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 ha chiuso la connessione senza rispondere.</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2).</source>
        <translation>%1 ha inviato una risposta non valida (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 ha risposto HTTP %2%3.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection; is it running?</source>
        <translation>Il proxy %1 ha rifiutato la connessione; è in esecuzione?</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before connecting to %2.</source>
        <translation>Il proxy %1 ha chiuso la connessione prima di connettersi a %2.</translation>
    </message>
    <message>
        <source>The connection to the proxy %1 failed: %2</source>
        <translation>La connessione al proxy %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection; is the server running?</source>
        <translation>%1 ha rifiutato la connessione; il server è in esecuzione?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>La connessione sicura a %1 non è riuscita.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connessione sicura a %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was set up.</source>
        <translation>%1 ha chiuso la connessione prima che fosse stabilita.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connessione a %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>Not sent, blocked by your privacy settings: %1.</source>
        <translation>Non inviata, bloccata dalle impostazioni della privacy: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Stopped by your privacy settings: %1.</source>
        <translation>Fermata dalle impostazioni della privacy: %1.</translation>
    </message>
    <message>
        <source>Sotto was closing.</source>
        <translation>Sotto era in chiusura.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressPolicy</name>
    <message>
        <source>provider %1 is disabled</source>
        <translation>il fornitore %1 è disabilitato</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>la modalità offline è attiva</translation>
    </message>
    <message>
        <source>conversation is local-only</source>
        <translation>la conversazione è solo locale</translation>
    </message>
    <message>
        <source>http-to-internet is denied for provider %1</source>
        <translation>http-to-internet è negato per il fornitore %1</translation>
    </message>
    <message>
        <source>you declined sending</source>
        <translation>l&apos;invio è stato rifiutato</translation>
    </message>
    <message>
        <source>ask-before-send is on and nothing could ask you</source>
        <translation>ask-before-send è attivo e non è stato possibile chiedere conferma</translation>
    </message>
    <message>
        <source>ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address</source>
        <translation>ask-before-send: %1 è stato approvato come destinazione %2, ma è stato risolto in un indirizzo %3</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleCatalog</name>
    <message>
        <source>Choose a provider for every agent.</source>
        <translation>Scegliere un fornitore per ogni agente.</translation>
    </message>
    <message>
        <source>There is already an ensemble named %1.</source>
        <translation>Esiste già un ensemble chiamato %1.</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleRepository</name>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Un ensemble deve avere un nome.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents.</source>
        <translation>Un ensemble ha da %1 a %2 agenti.</translation>
    </message>
    <message>
        <source>An ensemble has 1 or 2 rounds.</source>
        <translation>Un ensemble ha 1 o 2 turni.</translation>
    </message>
    <message>
        <source>There is no ensemble named %1.</source>
        <translation>Non esiste alcun ensemble chiamato %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ExportLabels</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversazione %1</translation>
    </message>
    <message>
        <source>Exported from Sotto on %1</source>
        <translation>Esportato da Sotto il %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistente · %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>versione %1 di %2</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 token in ingresso · %2 in uscita</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Riflessione</translation>
    </message>
    <message>
        <source>Agent %1 · %2 · round %3</source>
        <translation>Agente %1 · %2 · turno %3</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Immagine %1</translation>
    </message>
</context>
<context>
    <name>sotto::ExportTarget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>è un file, non una cartella</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>impossibile creare la cartella</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>l&apos;esportazione non è stata avviata</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato sconosciuto</translation>
    </message>
</context>
<context>
    <name>sotto::ImportFormat</name>
    <message>
        <source>Sotto JSON export</source>
        <translation>esportazione JSON di Sotto</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>esportazione di ChatGPT</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>esportazione di Claude</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSniffer</name>
    <message>
        <source>It is not a JSON file.</source>
        <translation>Non è un file JSON.</translation>
    </message>
    <message>
        <source>It is not an export of Sotto, ChatGPT or Claude.</source>
        <translation>Non è un&apos;esportazione di Sotto, ChatGPT o Claude.</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>It is a damaged or incomplete zip file.</source>
        <translation>È un file zip danneggiato o incompleto.</translation>
    </message>
    <message>
        <source>It is a damaged zip file.</source>
        <translation>È un file zip danneggiato.</translation>
    </message>
    <message>
        <source>It holds a file whose path leaves the archive (%1).</source>
        <translation>Contiene un file il cui percorso esce dall&apos;archivio (%1).</translation>
    </message>
    <message>
        <source>The zip file holds no conversations.json.</source>
        <translation>Il file zip non contiene conversations.json.</translation>
    </message>
    <message>
        <source>Its conversations.json is larger than an import may be.</source>
        <translation>Il suo conversations.json è più grande di quanto un&apos;importazione consenta.</translation>
    </message>
    <message>
        <source>There is no archive to read from.</source>
        <translation>Non c&apos;è alcun archivio da cui leggere.</translation>
    </message>
    <message>
        <source>The zip file has no %1.</source>
        <translation>Il file zip non contiene %1.</translation>
    </message>
    <message>
        <source>%1 is larger than it may be.</source>
        <translation>%1 è più grande del consentito.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 è danneggiato.</translation>
    </message>
</context>
<context>
    <name>sotto::JsonByteSource</name>
    <message>
        <source>It unpacks to far more than it holds (a zip bomb).</source>
        <translation>Si decomprime in molto più di quanto contenga (una zip bomb).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Impossibile leggere il file.</translation>
    </message>
    <message>
        <source>It is larger than an import may be (%1 MB).</source>
        <translation>È più grande di quanto un&apos;importazione consenta (%1 MB).</translation>
    </message>
    <message>
        <source>It holds a text longer than an import may hold (%1 MB).</source>
        <translation>Contiene un testo più lungo di quanto un&apos;importazione consenta (%1 MB).</translation>
    </message>
</context>
<context>
    <name>sotto::JsonElementStream</name>
    <message>
        <source>binary data</source>
        <translation>dati binari</translation>
    </message>
    <message>
        <source>%1 (near byte %2)</source>
        <translation>%1 (vicino al byte %2)</translation>
    </message>
    <message>
        <source>It is not a list of conversations.</source>
        <translation>Non è un elenco di conversazioni.</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>Il suo &quot;%1&quot; non è un elenco.</translation>
    </message>
    <message>
        <source>It is not an object.</source>
        <translation>Non è un oggetto.</translation>
    </message>
    <message>
        <source>It has no &quot;%1&quot; list.</source>
        <translation>Non ha un elenco &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It ended too soon.</source>
        <translation>Termina troppo presto.</translation>
    </message>
</context>
<context>
    <name>sotto::KeyDerivation</name>
    <message>
        <source>The vault&apos;s key derivation settings are invalid.</source>
        <translation>Le impostazioni di derivazione della chiave della cassaforte non sono valide.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key.</source>
        <translation>Memoria insufficiente per derivare la chiave della cassaforte.</translation>
    </message>
</context>
<context>
    <name>sotto::LocalServerDiscovery</name>
    <message>
        <source>The answer was too long for a list of models.</source>
        <translation>La risposta era troppo lunga per un elenco di modelli.</translation>
    </message>
</context>
<context>
    <name>sotto::MessageRepository</name>
    <message>
        <source>There is no message %1.</source>
        <translation>Il messaggio %1 non esiste.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>L&apos;allegato %1 non esiste.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>La conversazione %1 non esiste.</translation>
    </message>
</context>
<context>
    <name>sotto::PassphraseStrength</name>
    <message>
        <source>Very weak: this could be guessed in moments.</source>
        <translation>Molto debole: potrebbe essere indovinata in pochi istanti.</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words to make it stronger.</source>
        <translation>Debole: aggiungere alcune parole non correlate tra loro per renderla più robusta.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buona.</translation>
    </message>
    <message>
        <source>Excellent.</source>
        <translation>Eccellente.</translation>
    </message>
</context>
<context>
    <name>sotto::PdfExport</name>
    <message>
        <source>Could not write the PDF.</source>
        <translation>Impossibile scrivere il PDF.</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossibile creare la cartella del profilo %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>La cartella del profilo %1 non è scrivibile.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderErrors</name>
    <message>
        <source>%1 is overloaded right now; try again in a moment.</source>
        <translation>%1 è sovraccarico in questo momento; riprovare tra poco.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1 segnala un limite di frequenza; riprovare tra %n s.</numerusform>
            <numerusform>%1 segnala un limite di frequenza; riprovare tra %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports a rate limit; try again later.</source>
        <translation>%1 segnala un limite di frequenza; riprovare più tardi.</translation>
    </message>
    <message>
        <source>%1 says the conversation is longer than the model can read at once (its context window). Lower the provider&apos;s context budget so that older messages are left out, or start a new conversation.</source>
        <translation>%1 indica che la conversazione è più lunga di quanto il modello possa leggere in una volta (la sua finestra di contesto). Ridurre il budget di contesto del fornitore in modo da escludere i messaggi più vecchi, oppure iniziare una nuova conversazione.</translation>
    </message>
    <message>
        <source>%1 rejected the API key.</source>
        <translation>%1 ha rifiutato la chiave API.</translation>
    </message>
    <message>
        <source>%1 has no model named “%2”.</source>
        <translation>%1 non ha alcun modello chiamato «%2».</translation>
    </message>
    <message>
        <source>%1 has no such API endpoint (HTTP 404); check the provider&apos;s base URL.</source>
        <translation>%1 non ha questo endpoint API (HTTP 404); controllare l&apos;URL di base del fornitore.</translation>
    </message>
    <message>
        <source>%1 says the account has no credit or quota left.</source>
        <translation>%1 indica che l&apos;account ha esaurito il credito o la quota.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2): %3</source>
        <translation>%1 ha avuto un errore del server (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 ha avuto un errore del server (HTTP %2); riprovare più tardi.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 ha rifiutato la richiesta: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 ha rifiutato la richiesta (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 ha risposto con un errore: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 ha risposto con lo stato HTTP %2.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error.</source>
        <translation>%1 ha interrotto la risposta con un errore.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error: %2</source>
        <translation>%1 ha interrotto la risposta con un errore: %2</translation>
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
        <translation>Ollama (su questo computer)</translation>
    </message>
    <message>
        <source>llama.cpp server (on this computer)</source>
        <translation>Server llama.cpp (su questo computer)</translation>
    </message>
    <message>
        <source>LM Studio (on this computer)</source>
        <translation>LM Studio (su questo computer)</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>Personalizzato compatibile con OpenAI</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>Un fornitore deve avere un nome.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Non esiste alcun fornitore chiamato %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRequests</name>
    <message>
        <source>The provider&apos;s list of models could not be read.</source>
        <translation>Impossibile leggere l&apos;elenco dei modelli del fornitore.</translation>
    </message>
</context>
<context>
    <name>sotto::ProxyHandshake</name>
    <message>
        <source>general failure</source>
        <translation>errore generico</translation>
    </message>
    <message>
        <source>not allowed by its rules</source>
        <translation>non consentito dalle sue regole</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>rete non raggiungibile</translation>
    </message>
    <message>
        <source>host unreachable or not found</source>
        <translation>host non raggiungibile o non trovato</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connessione rifiutata</translation>
    </message>
    <message>
        <source>time to live expired</source>
        <translation>tempo di vita (TTL) scaduto</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>comando non supportato</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>tipo di indirizzo non supportato</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>errore %1</translation>
    </message>
    <message>
        <source>the host name is too long for a SOCKS5 proxy</source>
        <translation>il nome host è troppo lungo per un proxy SOCKS5</translation>
    </message>
    <message>
        <source>the HTTP proxy&apos;s answer to CONNECT is too long</source>
        <translation>la risposta del proxy HTTP a CONNECT è troppo lunga</translation>
    </message>
    <message>
        <source>the HTTP proxy did not answer in HTTP</source>
        <translation>il proxy HTTP non ha risposto in HTTP</translation>
    </message>
    <message>
        <source>the HTTP proxy refused the tunnel: %1</source>
        <translation>il proxy HTTP ha rifiutato il tunnel: %1</translation>
    </message>
    <message>
        <source>the proxy does not speak SOCKS5</source>
        <translation>il proxy non parla SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy wants a login, which Sotto does not support</source>
        <translation>il proxy SOCKS5 richiede un accesso con credenziali, che Sotto non supporta</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy could not connect: %1</source>
        <translation>il proxy SOCKS5 non è riuscito a connettersi: %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy sent a malformed reply</source>
        <translation>il proxy SOCKS5 ha inviato una risposta non valida</translation>
    </message>
</context>
<context>
    <name>sotto::ProxySpec</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL; use http://HOST:PORT or socks5h://HOST:PORT.</source>
        <translation>&apos;%1&apos; non è un URL di proxy; usare http://HOST:PORT o socks5h://HOST:PORT.</translation>
    </message>
    <message>
        <source>With socks5:// every server&apos;s name would be looked up on this computer; use socks5h:// so the proxy resolves names.</source>
        <translation>Con socks5:// il nome di ogni server verrebbe risolto su questo computer; usare socks5h:// in modo che sia il proxy a risolvere i nomi.</translation>
    </message>
    <message>
        <source>Sotto speaks http:// (CONNECT) and socks5h:// proxies, not %1://.</source>
        <translation>Sotto supporta i proxy http:// (CONNECT) e socks5h://, non %1://.</translation>
    </message>
    <message>
        <source>A proxy URL may not carry a user name or password.</source>
        <translation>Un URL di proxy non può contenere un nome utente o una password.</translation>
    </message>
    <message>
        <source>A proxy URL is only a scheme, a host and a port.</source>
        <translation>Un URL di proxy è composto solo da schema, host e porta.</translation>
    </message>
    <message>
        <source>A proxy URL needs its port (for example socks5h://127.0.0.1:9050).</source>
        <translation>Un URL di proxy deve indicare la porta (per esempio socks5h://127.0.0.1:9050).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name is too long.</source>
        <translation>Il nome host del proxy è troppo lungo.</translation>
    </message>
</context>
<context>
    <name>sotto::SendPrompter</name>
    <message>
        <source>Model: %1</source>
        <translation>Modello: %1</translation>
    </message>
    <message>
        <source>Text: %1 characters</source>
        <translation>Testo: %1 caratteri</translation>
    </message>
    <message>
        <source>Messages: %1 sent (the question included), %2 earlier ones left out to fit the context</source>
        <translation>Messaggi: %1 inviati (compresa la domanda), %2 precedenti esclusi per rientrare nel contesto</translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>Immagini: %1 (%2)</translation>
    </message>
    <message>
        <source>Personal data replaced by placeholders: %1</source>
        <translation>Dati personali sostituiti da segnaposto: %1</translation>
    </message>
</context>
<context>
    <name>sotto::Session</name>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Esiste una copia del %1: &apos;sotto vault restore %2&apos; la ripristina.</translation>
    </message>
    <message>
        <source>An answer is still being written. Stop it or let it finish, then restore the backup.</source>
        <translation>Una risposta è ancora in fase di scrittura. Interromperla o lasciarla terminare, poi ripristinare il backup.</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>«%1» non è ancora salvato.</translation>
    </message>
    <message>
        <source>The provider chosen for transcription, %1, is no longer configured: choose another in Settings › Voice.</source>
        <translation>Il fornitore scelto per la trascrizione, %1, non è più configurato: scegline un altro in Impostazioni › Voce.</translation>
    </message>
</context>
<context>
    <name>sotto::SottoJsonReader</name>
    <message>
        <source>It is not a Sotto JSON export.</source>
        <translation>Non è un&apos;esportazione JSON di Sotto.</translation>
    </message>
    <message>
        <source>It is a version of Sotto&apos;s format this Sotto cannot read.</source>
        <translation>È una versione del formato di Sotto che questo Sotto non può leggere.</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Una conversazione non è un oggetto.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages.</source>
        <translation>Una conversazione non ha un elenco di messaggi.</translation>
    </message>
    <message>
        <source>A message has no id, or one another message has.</source>
        <translation>Un messaggio non ha un id, oppure ne ha uno che ha già un altro messaggio.</translation>
    </message>
    <message>
        <source>Message %1 follows a message that is not before it.</source>
        <translation>Il messaggio %1 segue un messaggio che non lo precede.</translation>
    </message>
    <message>
        <source>Message %1 has no role.</source>
        <translation>Il messaggio %1 non ha un ruolo.</translation>
    </message>
    <message>
        <source>An image of message %1 is not base64.</source>
        <translation>Un&apos;immagine del messaggio %1 non è in base64.</translation>
    </message>
</context>
<context>
    <name>sotto::SqlStatement</name>
    <message>
        <source>The disk is full, so the vault could not save the latest change. Free some space; what was saved before is intact.</source>
        <translation>Il disco è pieno, quindi la cassaforte non ha potuto salvare l&apos;ultima modifica. Liberare spazio; quanto salvato in precedenza è intatto.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (read-only or no permission), so the latest change was not saved.</source>
        <translation>La cartella della cassaforte non è scrivibile (sola lettura o permessi mancanti), quindi l&apos;ultima modifica non è stata salvata.</translation>
    </message>
    <message>
        <source>A read or write error occurred in the vault, so the latest change was not saved.</source>
        <translation>Si è verificato un errore di lettura o scrittura nella cassaforte, quindi l&apos;ultima modifica non è stata salvata.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Run an integrity check.</source>
        <translation>Il database della cassaforte è danneggiato. Eseguire un controllo di integrità.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again.</source>
        <translation>La cassaforte è occupata. Riprovare.</translation>
    </message>
    <message>
        <source>The change conflicts with what the vault holds.</source>
        <translation>La modifica è in conflitto con il contenuto della cassaforte.</translation>
    </message>
    <message>
        <source>Unexpected vault error.</source>
        <translation>Errore imprevisto della cassaforte.</translation>
    </message>
</context>
<context>
    <name>sotto::StreamParser</name>
    <message>
        <source>The provider reported an error.</source>
        <translation>Il fornitore ha segnalato un errore.</translation>
    </message>
    <message>
        <source>Gemini refused the prompt (%1).</source>
        <translation>Gemini ha rifiutato il prompt (%1).</translation>
    </message>
    <message>
        <source>The server sent a part of the answer that is not valid JSON; it was skipped.</source>
        <translation>Il server ha inviato una parte della risposta che non è JSON valido; è stata ignorata.</translation>
    </message>
    <message>
        <source>The server sent a line or an event larger than %1 MiB; the answer was stopped there.</source>
        <translation>Il server ha inviato una riga o un evento più grande di %1 MiB; la risposta è stata interrotta a quel punto.</translation>
    </message>
</context>
<context>
    <name>sotto::TurnRunner</name>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>The message to answer again is gone.</source>
        <translation>Il messaggio a cui rispondere di nuovo non esiste più.</translation>
    </message>
    <message>
        <source>The question is too long for the context budget of %1 tokens (about %2 tokens). Shorten it, attach fewer images, or raise the provider&apos;s context budget.</source>
        <translation>La domanda è troppo lunga per il budget di contesto di %1 token (circa %2 token). Accorciarla, allegare meno immagini o aumentare il budget di contesto del fornitore.</translation>
    </message>
</context>
<context>
    <name>sotto::Vault</name>
    <message>
        <source>The vault in %1 is already open in another Sotto process (process %2). Close it first.</source>
        <translation>La cassaforte in %1 è già aperta in un altro processo di Sotto (processo %2). Chiuderlo prima.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossibile creare il file di blocco %1.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La passphrase non può essere vuota.</translation>
    </message>
    <message>
        <source>The profile %1 already holds a vault; Sotto will not overwrite it.</source>
        <translation>Il profilo %1 contiene già una cassaforte; Sotto non la sovrascriverà.</translation>
    </message>
    <message>
        <source>Cannot finish creating the vault in %1.</source>
        <translation>Impossibile completare la creazione della cassaforte in %1.</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1.</source>
        <translation>Impossibile creare la cassaforte in %1.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>Non c&apos;è ancora una cassaforte in %1.</translation>
    </message>
    <message>
        <source>The vault header %1 does not belong to the database %2 (their database ids differ). Nothing was changed; put back the header that came with this database, or restore a backup.</source>
        <translation>L&apos;intestazione della cassaforte %1 non appartiene al database %2 (i loro ID di database sono diversi). Non è stato modificato nulla; rimettere l&apos;intestazione fornita con questo database, oppure ripristinare un backup.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Passphrase errata.</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Impossibile scrivere l&apos;intestazione della cassaforte %1.</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer version of Sotto (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>La cassaforte in %1 è stata scritta da una versione più recente di Sotto (schema %2; questa versione arriva fino a %3). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Sotto: %1 It was left at schema version %2, and the copy taken before the update is in %3.</source>
        <translation>Impossibile aggiornare la cassaforte a questa versione di Sotto: %1 È rimasta alla versione di schema %2, e la copia fatta prima dell&apos;aggiornamento si trova in %3.</translation>
    </message>
    <message>
        <source>Cannot open the vault database %1.</source>
        <translation>Impossibile aprire il database della cassaforte %1.</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption engine rejected the key.</source>
        <translation>Il motore di cifratura della cassaforte ha rifiutato la chiave.</translation>
    </message>
    <message>
        <source>Sotto was built against an SQLite without encryption; it refuses to write the vault in clear. Rebuild it with SQLCipher.</source>
        <translation>Sotto è stato compilato con un SQLite senza cifratura; si rifiuta di scrivere la cassaforte in chiaro. Ricompilarlo con SQLCipher.</translation>
    </message>
    <message>
        <source>Cannot configure the vault&apos;s encryption.</source>
        <translation>Impossibile configurare la cifratura della cassaforte.</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be read although the passphrase is right: it is damaged, or was replaced by another file. Nothing was changed; restore a backup.</source>
        <translation>Il database della cassaforte %1 non può essere letto nonostante la passphrase sia corretta: è danneggiato, o è stato sostituito da un altro file. Non è stato modificato nulla; ripristinare un backup.</translation>
    </message>
    <message>
        <source>The vault cannot keep its temporary data in memory, so it was not opened.</source>
        <translation>La cassaforte non può tenere in memoria i suoi dati temporanei, quindi non è stata aperta.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support write-ahead logging.</source>
        <translation>La cartella della cassaforte non supporta il write-ahead logging (WAL).</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>The change was rolled back.</source>
        <translation>La modifica è stata annullata.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase.</source>
        <translation>Questa non è la passphrase della cassaforte.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nuova passphrase non può essere vuota.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La passphrase attuale è errata.</translation>
    </message>
    <message>
        <source>The vault is still in use; the passphrase was not changed.</source>
        <translation>La cassaforte è ancora in uso; la passphrase non è stata cambiata.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the passphrase was not changed.</source>
        <translation>Impossibile sostituire %1; la passphrase non è stata cambiata.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish this at the next unlock.</source>
        <translation>La passphrase è stata cambiata, ma non è stato possibile rinominare %1 in %2; Sotto completerà l&apos;operazione al prossimo sblocco.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultArchive</name>
    <message>
        <source>Cannot back up the vault now: part of it is still being written. Try again in a moment.</source>
        <translation>Impossibile eseguire ora il backup della cassaforte: una parte è ancora in fase di scrittura. Riprovare tra un momento.</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>Impossibile leggere la cassaforte %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written there; check the folder and the free space, then try again.</source>
        <translation>Impossibile scrivere il backup %1: %2. Non è stato scritto nulla; controllare la cartella e lo spazio libero, poi riprovare.</translation>
    </message>
    <message>
        <source>%1 is not a Sotto vault backup it can read: %2</source>
        <translation>%1 non è un backup di cassaforte di Sotto leggibile: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>non inizia come un backup</translation>
    </message>
    <message>
        <source>it has format %1, which this version of Sotto does not know</source>
        <translation>ha il formato %1, che questa versione di Sotto non conosce</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>la sua descrizione è danneggiata</translation>
    </message>
    <message>
        <source>the key parameters it holds are damaged</source>
        <translation>i parametri della chiave che contiene sono danneggiati</translation>
    </message>
    <message>
        <source>it is incomplete (cut short)</source>
        <translation>è incompleto (troncato)</translation>
    </message>
    <message>
        <source>it has extra bytes at the end</source>
        <translation>ha byte in più alla fine</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content does not match its checksum.</source>
        <translation>Il backup %1 è danneggiato: il contenuto non corrisponde al suo checksum.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key parameters belong to another vault.</source>
        <translation>Il backup %1 è danneggiato: i parametri della chiave appartengono a un&apos;altra cassaforte.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1. Nothing was changed; use the passphrase the vault had when the backup was made.</source>
        <translation>Questa passphrase non apre il backup %1. Non è stato modificato nulla; usare la passphrase che la cassaforte aveva quando è stato eseguito il backup.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::VaultBackups</name>
    <message>
        <source>The vault in %1 is open in another Sotto process; close it before restoring a backup.</source>
        <translation>La cassaforte in %1 è aperta in un altro processo di Sotto; chiuderlo prima di ripristinare un backup.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to restore the backup. Nothing was deleted; the files moved so far are in %2.</source>
        <translation>Impossibile spostare da parte %1 per ripristinare il backup. Non è stato eliminato nulla; i file spostati finora si trovano in %2.</translation>
    </message>
    <message>
        <source>Cannot copy the vault to %1 before updating it. Nothing was changed; free some space and try again.</source>
        <translation>Impossibile copiare la cassaforte in %1 prima di aggiornarla. Non è stato modificato nulla; liberare spazio e riprovare.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Il backup %1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot remove the backup %1.</source>
        <translation>Impossibile rimuovere il backup %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place. The previous files are in %2.</source>
        <translation>Impossibile rimettere al suo posto il backup %1. I file precedenti si trovano in %2.</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place. The previous files are in %2.</source>
        <translation>Impossibile mettere al suo posto il backup %1. I file precedenti si trovano in %2.</translation>
    </message>
    <message>
        <source>Cannot read the copy in %1.</source>
        <translation>Impossibile leggere la copia in %1.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultHeader</name>
    <message>
        <source>The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.</source>
        <translation>L&apos;intestazione della cassaforte %1 è danneggiata (%2). Ripristinarla da un backup della cartella del profilo.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON non valido</translation>
    </message>
    <message>
        <source>not a Sotto vault header</source>
        <translation>non è un&apos;intestazione di cassaforte di Sotto</translation>
    </message>
    <message>
        <source>The vault header %1 has format %2, which this version of Sotto cannot read.</source>
        <translation>L&apos;intestazione della cassaforte %1 ha il formato %2, che questa versione di Sotto non sa leggere.</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>derivazione della chiave sconosciuta</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>campi mancanti o non validi</translation>
    </message>
    <message>
        <source>impossible key derivation limits</source>
        <translation>limiti di derivazione della chiave impossibili</translation>
    </message>
    <message>
        <source>The vault header %1 is missing. Without it the vault cannot be unlocked; restore it from a backup of the profile folder.</source>
        <translation>L&apos;intestazione della cassaforte %1 manca. Senza di essa la cassaforte non può essere sbloccata; ripristinarla da un backup della cartella del profilo.</translation>
    </message>
    <message>
        <source>Cannot read the vault header %1: %2</source>
        <translation>Impossibile leggere l&apos;intestazione della cassaforte %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Impossibile scrivere l&apos;intestazione della cassaforte %1.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing. Restore it from a backup of the profile folder.</source>
        <translation>Il database della cassaforte %1 manca. Ripristinarlo da un backup della cartella del profilo.</translation>
    </message>
    <message>
        <source>Cannot read the vault database %1: %2</source>
        <translation>Impossibile leggere il database della cassaforte %1: %2</translation>
    </message>
    <message>
        <source>The vault database %1 is not encrypted. Sotto refuses to use it.</source>
        <translation>Il database della cassaforte %1 non è cifrato. Sotto si rifiuta di usarlo.</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; restore a backup.</source>
        <translation>Il database della cassaforte %1 è troncato o danneggiato (%2 byte). Non è stato modificato nulla; ripristinare un backup.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>La cassaforte è bloccata.</translation>
    </message>
    <message>
        <source>There is no answer being streamed as message %1.</source>
        <translation>Nessuna risposta in corso di ricezione come messaggio %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Sostituisci…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Replace the stored API key</source>
        <translation>Sostituisci la chiave API salvata</translation>
    </message>
    <message>
        <source>Clear the stored API key</source>
        <translation>Cancella la chiave API salvata</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>The stored key is removed when you save.</source>
        <translation>La chiave salvata verrà rimossa al salvataggio.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>La nuova chiave sostituirà quella salvata al salvataggio.</translation>
    </message>
    <message>
        <source>Key stored (%1)</source>
        <translation>Chiave salvata (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AppearancePage</name>
    <message>
        <source>Colour theme</source>
        <translation>Tema dei colori</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Conversation text size in points</source>
        <translation>Dimensione del testo delle conversazioni in punti</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>Sotto will use this language the next time it starts.</source>
        <translation>Sotto userà questa lingua al prossimo avvio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Conversation text &amp;size:</source>
        <translation>&amp;Dimensione del testo delle conversazioni:</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (Shift+Enter starts a new line)</source>
        <translation>&amp;Enter invia il messaggio (Shift+Enter va a capo)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>Se disattivato, Enter va a capo e Ctrl+Enter invia.</translation>
    </message>
    <message>
        <source>Appearance is stored outside the vault, so it applies before you unlock. It never names anything you wrote.</source>
        <translation>L&apos;aspetto è salvato fuori dalla cassaforte, quindi si applica prima dello sblocco. Non menziona mai nulla di ciò che è stato scritto.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditLabels</name>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Rete locale</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.</source>
        <translation>Loopback (127.0.0.0/8, ::1, localhost): nulla ha lasciato questo computer.</translation>
    </message>
    <message>
        <source>Local network (a private, link-local or .local address): it left this computer, not the local network.</source>
        <translation>Rete locale (un indirizzo privato, link-local o .local): la richiesta ha lasciato questo computer, non la rete locale.</translation>
    </message>
    <message>
        <source>Internet (any other address or host name): it left your network.</source>
        <translation>Internet (qualsiasi altro indirizzo o nome host): la richiesta ha lasciato la rete.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccate</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>Inviata, senza risposta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
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
        <translation>Audit svuotato</translation>
    </message>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>%n record eliminato</numerusform>
            <numerusform>%n record eliminati</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloccata: %1</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>Bloccata · %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>%n richiesta di una risposta</numerusform>
            <numerusform>%n richieste di una risposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n richiesta</numerusform>
            <numerusform>%n richieste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%1 di %n completata</numerusform>
            <numerusform>%1 di %n completate</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Oscuramenti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Altri</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1: %2 in %n richiesta</numerusform>
            <numerusform>%1: %2 in %n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>Nulla inviato</translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>%n richiesta · %1</numerusform>
            <numerusform>%n richieste · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraDialog</name>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Fotocamera:</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>&amp;Scatta</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Riscatta</translation>
    </message>
    <message>
        <source>&amp;Use Photo</source>
        <translation>&amp;Usa la foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>Scatta una foto</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Anteprima della fotocamera</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Avvio della fotocamera…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Scatta</translation>
    </message>
    <message>
        <source>Take the photo (Space or Enter)</source>
        <translation>Scatta la foto (Spazio o Invio)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Riscatta</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>Usa la foto</translation>
    </message>
    <message>
        <source>Attach this photo to your message; its metadata is removed like any image&apos;s</source>
        <translation>Allega questa foto al messaggio; i suoi metadati vengono rimossi come per ogni immagine</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied. Choose another camera, or cancel.</source>
        <translation>Questa fotocamera non si può usare: forse un altro programma la sta usando, o l’accesso è stato negato. Scegli un’altra fotocamera o annulla.</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied.</source>
        <translation>Questa fotocamera non si può usare: forse un altro programma la sta usando, o l’accesso è stato negato.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>Impossibile scattare la foto. Riprova.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraFlow</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>Nessuna fotocamera trovata su questo computer.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChangePassphraseBox</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambia passphrase</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>Le nuove passphrase non coincidono.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Cambia passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Passphrase attuale</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Conferma la nuova passphrase</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation>Robustezza della nuova passphrase</translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation>Nuova cifratura della cassaforte</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase. The old one stops working, and there is still no way to recover a lost passphrase.</source>
        <translation>La cassaforte viene cifrata di nuovo con la nuova passphrase. Quella vecchia smette di funzionare, e non esiste comunque alcun modo di recuperare una passphrase persa.</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>&amp;Attuale:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nuova:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;ferma:</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nuova passphrase è uguale a quella attuale.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Passphrase debole</translation>
    </message>
    <message>
        <source>The new passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>La nuova passphrase è facile da indovinare. Chiunque copi il file della cassaforte potrebbe provare rapidamente molte passphrase. Usarla comunque?</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La passphrase attuale non è corretta. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>La passphrase non è stata cambiata: %1</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>Passphrase cambiata. D&apos;ora in poi usare la nuova passphrase.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message>
        <source>Local only</source>
        <translation>Solo locale</translation>
    </message>
    <message>
        <source>Refuse to send this conversation anywhere but this computer</source>
        <translation>Non inviare questa conversazione da nessuna parte se non a questo computer</translation>
    </message>
    <message>
        <source>Incognito: nothing in this chat is stored</source>
        <translation>Incognito: nulla di questa chat viene salvato</translation>
    </message>
    <message>
        <source>This conversation is never written to the vault: closing it, opening another or locking forgets it. Requests are still recorded in the privacy log.</source>
        <translation>Questa conversazione non viene mai scritta nella cassaforte: chiuderla, aprirne un&apos;altra o bloccare la fa dimenticare. Le richieste vengono comunque registrate nel registro della privacy.</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Ferma la risposta</translation>
    </message>
    <message>
        <source>Editing your message: send to ask again from there, or press Esc to cancel.</source>
        <translation>Modifica del messaggio: inviarlo per chiedere di nuovo da quel punto, o premere Esc per annullare.</translation>
    </message>
    <message>
        <source>Stop the answer first (Esc), then delete the message.</source>
        <translation>Fermare prima la risposta (Esc), poi eliminare il messaggio.</translation>
    </message>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>Eliminare dalla cassaforte questo messaggio e %n messaggio successivo in questa versione?</numerusform>
            <numerusform>Eliminare dalla cassaforte questo messaggio e i %n messaggi successivi in questa versione?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this message from the vault?</source>
        <translation>Eliminare questo messaggio dalla cassaforte?</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Elimina messaggio</translation>
    </message>
    <message>
        <source>Contemplate this question?</source>
        <translation>Sottoporre questa domanda alla Deliberazione?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>This answer&apos;s agents are not in the vault any more.</source>
        <translation>Gli agenti di questa risposta non sono più nella cassaforte.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>questo modello</translation>
    </message>
    <message>
        <source>%1 agents of %2</source>
        <translation>%1 agenti di %2</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble “%1” (%n agents)</source>
        <translation>
            <numerusform>Ensemble «%1» (%n agente)</numerusform>
            <numerusform>Ensemble «%1» (%n agenti)</numerusform>
        </translation>
    </message>
    <message>
        <source>the agents of the ensemble “%1”</source>
        <translation>gli agenti dell&apos;ensemble «%1»</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. %1 cannot contemplate now: choose a provider, or an ensemble whose providers are all configured.</source>
        <translation>Deliberazione (Ctrl+3): diversi agenti ragionano in parallelo, poi dalle loro risposte viene sintetizzata una risposta unica. Al momento %1 non possono deliberare: scegliere un fornitore, o un ensemble i cui fornitori siano tutti configurati.</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Aprire questo indirizzo nel browser web?

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Apri collegamento</translation>
    </message>
    <message>
        <source>Send without the images?</source>
        <translation>Inviare senza le immagini?</translation>
    </message>
    <message>
        <source>Send the text alone, or cancel and choose a model that sees images.</source>
        <translation>Invia solo il testo, oppure annulla e scegli un modello che vede le immagini.</translation>
    </message>
    <message>
        <source>Send Text Only</source>
        <translation>Invia solo testo</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images.</source>
        <extracomment>%1 a model, %2 its provider.</extracomment>
        <translation>%1 accetta solo testo, come riporta %2: non vede le immagini.</translation>
    </message>
    <message>
        <source>Choose a model that sees images, or the text is sent alone.</source>
        <translation>Scegli un modello che vede le immagini, altrimenti viene inviato solo il testo.</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Detta</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Apri impostazioni</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Più recente</translation>
    </message>
    <message>
        <source>Go to the latest message (Ctrl+End)</source>
        <translation>Vai al messaggio più recente (Ctrl+End)</translation>
    </message>
    <message>
        <source>Go to the latest message</source>
        <translation>Vai al messaggio più recente</translation>
    </message>
    <message>
        <source>This message is no longer in the vault.</source>
        <translation>Questo messaggio non è più nella cassaforte.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>Allega immagini (è possibile anche incollarle o trascinarle)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Allega immagini</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter invia, Shift+Enter va a capo</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter invia, Enter va a capo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Rimuovi l&apos;immagine %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what has arrived is kept</source>
        <translation>Ferma la risposta (Esc); quanto è già arrivato viene conservato</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>Invia (Enter o Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Invia (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Scatta una foto con la fotocamera</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <source>Dictate: speak, and the words are written here for you to check</source>
        <translation>Detta: parla e le parole vengono scritte qui perché tu le controlli</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Detta</translation>
    </message>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>Immagine %1: %2 × %3 pixel, %4</translation>
    </message>
    <message>
        <source>Location removed</source>
        <translation>Posizione rimossa</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>Nessun metadato</translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n rimosso</numerusform>
            <numerusform>%n rimossi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ComposerEdit</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <translation>Chiedi qualsiasi cosa…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>Aggiungi un &amp;agente</translation>
    </message>
    <message>
        <source>&amp;Save ensemble</source>
        <translation>&amp;Salva ensemble</translation>
    </message>
    <message>
        <source>Add a provider on the Providers page first: each agent is a provider and one of its models.</source>
        <translation>Aggiungere prima un fornitore nella pagina Fornitori: ogni agente è un fornitore con uno dei suoi modelli.</translation>
    </message>
    <message>
        <source>Time each agent&apos;s answer may take, in each round</source>
        <translation>Tempo concesso alla risposta di ciascun agente, in ogni turno</translation>
    </message>
    <message>
        <source>How long each agent&apos;s answer may take, in each round: with two rounds an agent has this time again to revise. An agent past it is reported and skipped.</source>
        <translation>Quanto tempo può richiedere la risposta di ciascun agente, in ogni turno: con due turni un agente ha di nuovo questo tempo per rivedere la risposta. Un agente che lo supera viene segnalato e saltato.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>Saved ensembles</source>
        <translation>Ensemble salvati</translation>
    </message>
    <message>
        <source>New ensemble</source>
        <translation>Nuovo ensemble</translation>
    </message>
    <message>
        <source>Delete the ensemble</source>
        <translation>Elimina l&apos;ensemble</translation>
    </message>
    <message>
        <source>Ensemble name</source>
        <translation>Nome dell&apos;ensemble</translation>
    </message>
    <message>
        <source>For example: local trio</source>
        <translation>Per esempio: trio locale</translation>
    </message>
    <message>
        <source>Synthesiser provider</source>
        <translation>Fornitore della sintesi</translation>
    </message>
    <message>
        <source>Synthesiser model</source>
        <translation>Modello della sintesi</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>Il modello predefinito del fornitore</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Turni</translation>
    </message>
    <message>
        <source>One: the agents answer, then one answer is written from theirs</source>
        <translation>Uno: gli agenti rispondono, poi dalle loro risposte ne viene scritta una sola</translation>
    </message>
    <message>
        <source>Two: each agent first revises after reading the others</source>
        <translation>Due: ogni agente prima rivede la propria risposta dopo aver letto le altre</translation>
    </message>
    <message>
        <source>Each agent&apos;s answer may &amp;take:</source>
        <translation>&amp;Tempo per la risposta di ciascun agente:</translation>
    </message>
    <message>
        <source>Agents (2 to 8), each a provider, a model and a perspective:</source>
        <translation>Agenti (da 2 a 8), ciascuno con un fornitore, un modello e una prospettiva:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>S&amp;ynthesiser:</source>
        <translation>S&amp;intesi:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Turni:</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Contemplating asks several agents the same question at once, each in Thinking mode with its own perspective; then one more request writes a single answer from theirs. Three agents mean four requests a question (seven with a second round). The agents&apos; reasoning stays on this computer: only their answers are sent on to the synthesiser.</source>
        <translation>La Deliberazione pone la stessa domanda a diversi agenti contemporaneamente, ciascuno in modalità Riflessione con la propria prospettiva; poi un&apos;ulteriore richiesta scrive una risposta unica a partire dalle loro. Tre agenti significano quattro richieste per domanda (sette con un secondo turno). Il ragionamento degli agenti resta su questo computer: solo le loro risposte vengono inoltrate per la sintesi.</translation>
    </message>
    <message>
        <source>An agent that takes longer is left out and the answer is written from the others.</source>
        <translation>Un agente che impiega più tempo viene escluso e la risposta viene scritta a partire dagli altri.</translation>
    </message>
    <message>
        <source>Without an ensemble, Contemplating asks the conversation&apos;s own model several times, from different perspectives. An ensemble can mix providers: two local models and one in the cloud, or all local.</source>
        <translation>Senza un ensemble, la Deliberazione interroga più volte il modello della conversazione, da prospettive diverse. Un ensemble può combinare fornitori: due modelli locali e uno nel cloud, oppure tutti locali.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agente</numerusform>
            <numerusform>%n agenti</numerusform>
        </translation>
    </message>
    <message>
        <source>the new ensemble</source>
        <translation>il nuovo ensemble</translation>
    </message>
    <message>
        <source>Unsaved ensemble</source>
        <translation>Ensemble non salvato</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Scartare le modifiche a %1?</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modello predefinito</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Agent %1 provider</source>
        <translation>Fornitore dell&apos;agente %1</translation>
    </message>
    <message>
        <source>Agent %1 model</source>
        <translation>Modello dell&apos;agente %1</translation>
    </message>
    <message>
        <source>Agent %1 perspective</source>
        <translation>Prospettiva dell&apos;agente %1</translation>
    </message>
    <message>
        <source>The instruction this agent works under. Empty: “%1”</source>
        <translation>L&apos;istruzione che segue questo agente. Se vuota: «%1»</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>Rimuovi l&apos;agente %1</translation>
    </message>
    <message>
        <source>The conversation&apos;s model</source>
        <translation>Il modello della conversazione</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (non configurato)</translation>
    </message>
    <message>
        <source>Saved the ensemble %1.</source>
        <translation>Salvato l&apos;ensemble %1.</translation>
    </message>
    <message>
        <source>Delete ensemble</source>
        <translation>Elimina ensemble</translation>
    </message>
    <message>
        <source>Delete the ensemble %1? Answers it already gave stay in their conversations.</source>
        <translation>Eliminare l&apos;ensemble %1? Le risposte che ha già dato restano nelle rispettive conversazioni.</translation>
    </message>
    <message>
        <source>Deleted the ensemble %1.</source>
        <translation>Eliminato l&apos;ensemble %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>la rete locale</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>Internet</translation>
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
        <translation>%1 agenti, ciascuno con una revisione, + 1 sintesi</translation>
    </message>
    <message>
        <source>%1 agents + 1 synthesis</source>
        <translation>%1 agenti + 1 sintesi</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.
%2: %3 requests %4.
Each agent is sent the conversation; the synthesis the question and the agents&apos; answers (never their reasoning).</source>
        <translation>Deliberazione (Ctrl+3): %1 ragionano in parallelo, poi dalle loro risposte viene sintetizzata una risposta unica.
%2: %3 richieste %4.
A ogni agente viene inviata la conversazione; alla sintesi la domanda e le risposte degli agenti (mai il loro ragionamento).</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Agent %1, revision</source>
        <translation>Agente %1, revisione</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Sintesi</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2 (%3), %4 su %5: %6, %n carattere</numerusform>
            <numerusform>%1 → %2 (%3), %4 su %5: %6, %n caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>, %n immagine</numerusform>
            <numerusform>, %n immagini</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, più le risposte degli agenti</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>La Deliberazione invia %n richiesta per questa domanda:</numerusform>
            <numerusform>La Deliberazione invia %n richieste per questa domanda:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>In tutto %1 e %n carattere</numerusform>
            <numerusform>In tutto %1 e %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source> before the agents&apos; answers.</source>
        <translation> prima delle risposte degli agenti.</translation>
    </message>
    <message>
        <source>Send them? You will not be asked again for this conversation.</source>
        <translation>Inviarle? Non verrà chiesto di nuovo per questa conversazione.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Ha riflettuto per %n s</numerusform>
            <numerusform>Ha riflettuto per %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copiato</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copia codice</translation>
    </message>
    <message>
        <source>— Earlier messages were not sent: they did not fit the context budget —</source>
        <translation>— I messaggi precedenti non sono stati inviati: non rientravano nel budget di contesto —</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Riflessione…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotta.</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>Incompleta: la risposta si è interrotta prima di essere completa.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versione precedente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versione successiva</translation>
    </message>
    <message>
        <source>Show what each agent answered before the synthesis</source>
        <translation>Mostra cosa ha risposto ciascun agente prima della sintesi</translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>%n agente ha deliberato — mostra</numerusform>
            <numerusform>%n agenti hanno deliberato — mostra</numerusform>
        </translation>
    </message>
    <message>
        <source>What this answer cost: the tokens of the request, and of the answer</source>
        <translation>Quanto è costata questa risposta: i token della richiesta e quelli della risposta</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 token in ingresso · %2 in uscita</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Copia questo codice</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Immagine %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationItemDelegate</name>
    <message>
        <source>More actions</source>
        <translation>Altre azioni</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Fissate</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>%1
Answering…</source>
        <translation>%1
Risposta in corso…</translation>
    </message>
    <message>
        <source>Pinned: </source>
        <translation>Fissata: </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Crea la cassaforte</translation>
    </message>
    <message>
        <source>Sotto keeps your conversations, images, API keys and its record of what was sent in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Sotto conserva le conversazioni, le immagini, le chiavi API e il proprio registro di ciò che è stato inviato in una cassaforte cifrata su questo computer. Scegliere una passphrase per bloccarla.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Cartella della cassaforte: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Conferma passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustezza della passphrase</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Le passphrase non coincidono.</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody — not even the makers of Sotto — can open the vault without it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;Non esiste alcun modo di recuperare una passphrase persa.&lt;/b&gt; Nessuno, nemmeno gli autori di Sotto, può aprire la cassaforte senza di essa. Annotarla in un luogo sicuro.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Ho capito che una passphrase dimenticata non può essere recuperata</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creazione della cassaforte…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creazione della cassaforte</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crea cassaforte</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Conferma:</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Passphrase debole</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>Questa passphrase è facile da indovinare. Chiunque copi il file della cassaforte potrebbe provare rapidamente molte passphrase. Usarla comunque?</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Dati inviati</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Dati ricevuti</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>Immagini inviate</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Oscuramenti</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccate</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Per fornitore</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>Per host</translation>
    </message>
    <message>
        <source>none left this computer</source>
        <translation>nessuna ha lasciato questo computer</translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n ha lasciato questo computer</numerusform>
            <numerusform>%n hanno lasciato questo computer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the internet</source>
        <translation>%1 verso Internet</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>%1 per richiesta</translation>
    </message>
    <message>
        <source>no images sent</source>
        <translation>nessuna immagine inviata</translation>
    </message>
    <message>
        <source>personal data replaced before sending</source>
        <translation>dati personali sostituiti prima dell&apos;invio</translation>
    </message>
    <message>
        <source>stopped by your settings</source>
        <translation>fermate dalle impostazioni</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message>
        <source>Privacy dashboard — Sotto</source>
        <translation>Pannello della privacy — Sotto</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Pannello della privacy</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>What left this computer, request by request.</source>
        <translation>Cosa ha lasciato questo computer, richiesta per richiesta.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Since midnight</source>
        <translation>Da mezzanotte</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 giorni</translation>
    </message>
    <message>
        <source>Today and the 6 days before</source>
        <translation>Oggi e i 6 giorni precedenti</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>Oggi e i 29 giorni precedenti</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>Everything the audit holds</source>
        <translation>Tutto ciò che contiene l&apos;audit</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>Panoramica (Ctrl+1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Requests (Ctrl+2)</source>
        <translation>Richieste (Ctrl+2)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save the period&apos;s requests as CSV or JSON (the fields of “sotto audit”)</source>
        <translation>Salva le richieste del periodo in CSV o JSON (i campi di «sotto audit»)</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Come CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Come JSON…</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Svuota…</translation>
    </message>
    <message>
        <source>Delete every audit record; one record will say when and how many</source>
        <translation>Elimina tutti i record di audit; un record indicherà quando e quanti</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Esporta l&apos;audit</translation>
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
            <numerusform>%n richiesta esportata in %1</numerusform>
            <numerusform>%n richieste esportate in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the audit?</source>
        <translation>Svuotare l&apos;audit?</translation>
    </message>
    <message>
        <source>Every record of what was sent, and every kept request copy, will be deleted. One record will remain, saying when the audit was cleared and how many records it held. Export it first if you may need it.</source>
        <translation>Tutti i record di ciò che è stato inviato, e tutte le copie delle richieste conservate, verranno eliminati. Resterà un record che indica quando l&apos;audit è stato svuotato e quanti record conteneva. Esportarlo prima se potrebbe servire.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>%n record cancellato</numerusform>
            <numerusform>%n record cancellati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationBadge</name>
    <message>
        <source>No provider: nothing is sent</source>
        <translation>Nessun fornitore: non viene inviato nulla</translation>
    </message>
    <message>
        <source>Choose a provider to start. Until then, nothing leaves this computer.</source>
        <translation>Scegliere un fornitore per iniziare. Fino ad allora, nulla lascia questo computer.</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>Resta su questo computer</translation>
    </message>
    <message>
        <source>Your words go to %1, a model running on this computer.</source>
        <translation>Le parole vanno a %1, un modello in esecuzione su questo computer.</translation>
    </message>
    <message>
        <source>Local network: %1</source>
        <translation>Rete locale: %1</translation>
    </message>
    <message>
        <source>Your words go to %1 on your local network, not to the internet.</source>
        <translation>Le parole vanno a %1 sulla rete locale, non su Internet.</translation>
    </message>
    <message>
        <source>Internet: %1</source>
        <translation>Internet: %1</translation>
    </message>
    <message>
        <source>Your words go over the internet to %1.</source>
        <translation>Le parole vanno a %1 tramite Internet.</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>solo locale</translation>
    </message>
    <message>
        <source>This conversation is marked local only: Sotto refuses to send it anywhere but this computer.</source>
        <translation>Questa conversazione è contrassegnata come solo locale: Sotto si rifiuta di inviarla da qualsiasi parte che non sia questo computer.</translation>
    </message>
    <message>
        <source>blocked: offline mode</source>
        <translation>bloccato: modalità offline</translation>
    </message>
    <message>
        <source>Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.</source>
        <translation>La modalità offline è attiva: non viene inviato nulla a %1 finché non la si disattiva in Impostazioni → Privacy.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationShare</name>
    <message>
        <source>Where requests went</source>
        <translation>Dove sono andate le richieste</translation>
    </message>
    <message>
        <source>%1: %2% of requests, %3% of data sent</source>
        <translation>%1: %2% delle richieste, %3% dei dati inviati</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Dove è andato</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Richieste inviate</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Dati inviati</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Dictation</name>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>Nessun microfono trovato su questo computer.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: connect one to dictate.</source>
        <translation>Nessun microfono trovato su questo computer: collegane uno per dettare.</translation>
    </message>
    <message>
        <source>Nothing was recorded: is the microphone muted?</source>
        <translation>Non è stato registrato nulla: il microfono è disattivato?</translation>
    </message>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>Nella registrazione non è stato riconosciuto alcun parlato.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message>
        <source>Data sent per day</source>
        <translation>Dati inviati al giorno</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>%1 inviati, su %n barra</numerusform>
            <numerusform>%1 inviati, su %n barre</numerusform>
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
        <translation>JSON, tutto conservato (*.json)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML, un unico file (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Esporta conversazione</translation>
    </message>
    <message>
        <source>Sotto conversations %1</source>
        <translation>Conversazioni di Sotto %1</translation>
    </message>
    <message>
        <source>Export all conversations (Markdown, HTML and PDF: a folder of that name)</source>
        <translation>Esporta tutte le conversazioni (Markdown, HTML e PDF: una cartella con quel nome)</translation>
    </message>
    <message>
        <source>Export: not encrypted</source>
        <translation>Esportazione: non cifrata</translation>
    </message>
    <message>
        <source>An exported file is not encrypted: anyone who gets it, or gets into the folder you save it in, can read the conversation, images included. Sotto will not ask again.</source>
        <translation>Un file esportato non è cifrato: chiunque lo ottenga, o acceda alla cartella in cui viene salvato, può leggere la conversazione, immagini comprese. Sotto non lo chiederà di nuovo.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>Esportazione delle conversazioni…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Esporta tutto</translation>
    </message>
    <message>
        <source>Exporting conversation %1 of %2…</source>
        <translation>Esportazione della conversazione %1 di %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>Esportata %n conversazione in %1.</numerusform>
            <numerusform>Esportate %n conversazioni in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Esportazione annullata; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Esportazione non riuscita: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Greeting</name>
    <message>
        <source>Explain a concept</source>
        <translation>Spiegare un concetto</translation>
    </message>
    <message>
        <source>Explain simply, with an example: </source>
        <translation>Spiega in modo semplice, con un esempio: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Riassumere un testo</translation>
    </message>
    <message>
        <source>Summarise this in a few sentences:
</source>
        <translation>Riassumi questo testo in poche frasi:
</translation>
    </message>
    <message>
        <source>Draft an email</source>
        <translation>Scrivere un&apos;email</translation>
    </message>
    <message>
        <source>Draft a short, friendly email that </source>
        <translation>Scrivi un&apos;email breve e cordiale che </translation>
    </message>
    <message>
        <source>Find a bug</source>
        <translation>Trovare un bug</translation>
    </message>
    <message>
        <source>Find the bug in this code:
</source>
        <translation>Trova il bug in questo codice:
</translation>
    </message>
    <message>
        <source>Start your message with “%1”</source>
        <translation>Inizia il messaggio con «%1»</translation>
    </message>
    <message>
        <source>Incognito chat</source>
        <translation>Chat in incognito</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>Come posso aiutarti?</translation>
    </message>
    <message>
        <source>Nothing in this chat is kept: closing it, opening another or locking the vault forgets it.</source>
        <translation>Nulla di questa chat viene conservato: chiuderla, aprirne un&apos;altra o bloccare la cassaforte la fa dimenticare.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImageViewer</name>
    <message>
        <source>Previous image</source>
        <translation>Immagine precedente</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>Immagine precedente (Sinistra)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Immagine successiva</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>Immagine successiva (Destra)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Riduci (Ctrl+meno)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Ingrandisci (Ctrl+più)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Adatta alla finestra</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Adatta alla finestra (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Dimensioni reali</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>Dimensioni reali: un pixel dell’immagine per pixel dello schermo</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copia immagine</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>Copia l’immagine negli appunti (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salva una copia…</translation>
    </message>
    <message>
        <source>Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)</source>
        <translation>Salva una copia dell’immagine come file, fuori dalla cassaforte cifrata (Ctrl+S)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3 × %4 pixels</source>
        <translation>Immagine %1 di %2 — %3 × %4 pixel</translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation>Immagine copiata negli appunti.</translation>
    </message>
    <message>
        <source>Save a copy outside the vault?</source>
        <translation>Salvare una copia fuori dalla cassaforte?</translation>
    </message>
    <message>
        <source>The copy is an ordinary file outside Sotto&apos;s encrypted vault: anyone who can read the folder you choose can open it.</source>
        <translation>La copia è un file normale fuori dalla cassaforte cifrata di Sotto: chiunque possa leggere la cartella scelta può aprirla.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Salva una copia…</translation>
    </message>
    <message>
        <source>image-%1</source>
        <translation>immagine-%1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>Images (*.%1)</source>
        <translation>Immagini (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Impossibile salvare la copia: %1</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Una copia è stata salvata come %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message>
        <source>Exports of Sotto, ChatGPT or Claude (*.json *.zip)</source>
        <translation>Esportazioni di Sotto, ChatGPT o Claude (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importa conversazioni</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>%n conversazione importata da %1</numerusform>
            <numerusform>%n conversazioni importate da %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n già nella cassaforte, saltata</numerusform>
            <numerusform>%n già nella cassaforte, saltate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>Importazione annullata: %n conversazione era stata importata prima; nessuna a metà.</numerusform>
            <numerusform>Importazione annullata: %n conversazioni erano state importate prima; nessuna a metà.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 non è stato importato, nulla è cambiato: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Importazione non riuscita: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::KeyringOptIn</name>
    <message>
        <source>Remember the passphrase in the system &amp;keyring</source>
        <translation>Ricorda la passphrase nel &amp;portachiavi di sistema</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Ricorda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keyring</source>
        <translation>Ricorda la passphrase nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Passphrase to remember</source>
        <translation>Passphrase da ricordare</translation>
    </message>
    <message>
        <source>Your vault passphrase</source>
        <translation>La passphrase della cassaforte</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>Ricorda la passphrase</translation>
    </message>
    <message>
        <source>Do not remember the passphrase</source>
        <translation>Non ricordare la passphrase</translation>
    </message>
    <message>
        <source>Sotto then unlocks without asking while you are logged in. Anyone who can use your account while it is unlocked can open the vault too.</source>
        <translation>Sotto si sbloccherà quindi senza chiedere nulla finché si è connessi. Chiunque possa usare l&apos;account mentre è sbloccato potrà aprire anche la cassaforte.</translation>
    </message>
    <message>
        <source>The keyring still holds the old passphrase: %1</source>
        <translation>Il portachiavi contiene ancora la vecchia passphrase: %1</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keyring.</source>
        <translation>La passphrase è stata rimossa dal portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The passphrase is now kept in the system keyring.</source>
        <translation>La passphrase è ora conservata nel portachiavi di sistema.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LaneCard</name>
    <message>
        <source>Agent %1&apos;s reasoning</source>
        <translation>Ragionamento dell&apos;agente %1</translation>
    </message>
    <message>
        <source>Agent %1&apos;s answer</source>
        <translation>Risposta dell&apos;agente %1</translation>
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
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>round %1 · </source>
        <translation>turno %1 · </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>thinking…</source>
        <translation>riflessione…</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>risposta in corso…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>non riuscito: %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo scaduto</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanesPanel</name>
    <message>
        <source>Agents</source>
        <translation>Agenti</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes (the answer&apos;s &quot;agents contemplated — show&quot; brings them back)</source>
        <translation>Nascondi le colonne degli agenti («agenti hanno deliberato — mostra» sotto la risposta le fa ricomparire)</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes</source>
        <translation>Nascondi le colonne degli agenti</translation>
    </message>
    <message>
        <source>Contemplating…</source>
        <translation>Deliberazione…</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>Deliberazione: %n agente</numerusform>
            <numerusform>Deliberazione: %n agenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>%n agente ha deliberato su questa risposta</numerusform>
            <numerusform>%n agenti hanno deliberato su questa risposta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message>
        <source>&amp;Find local models on this computer</source>
        <translation>&amp;Trova modelli locali su questo computer</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Usa questo modello</translation>
    </message>
    <message>
        <source>Find local models on this computer</source>
        <translation>Trova modelli locali su questo computer</translation>
    </message>
    <message>
        <source>Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only.</source>
        <translation>Cerca Ollama, llama.cpp, LM Studio, vLLM e Jan solo su questo computer.</translation>
    </message>
    <message>
        <source>Models found on this computer</source>
        <translation>Modelli trovati su questo computer</translation>
    </message>
    <message>
        <source>Use the chosen model</source>
        <translation>Usa il modello scelto</translation>
    </message>
    <message>
        <source>Looking for local models…</source>
        <translation>Ricerca di modelli locali…</translation>
    </message>
    <message>
        <source>&amp;Find local models again</source>
        <translation>&amp;Cerca di nuovo modelli locali</translation>
    </message>
    <message>
        <source>Sotto did not look: %1.</source>
        <translation>Sotto non ha cercato: %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>No models yet: download one with %1 first.</source>
        <translation>Ancora nessun modello: scaricane prima uno con %1.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>Trovato %n server su questo computer. Scegli un modello:</numerusform>
            <numerusform>Trovati %n server su questo computer. Scegli un modello:</numerusform>
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
        <translation>Riservato per progettazione</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>Le conversazioni appariranno qui. Nulla lascia questo computer finché non si sceglie un fornitore di modelli, e ogni richiesta viene registrata, così è possibile vedere esattamente cosa è stato inviato.</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you can see exactly what was sent.</source>
        <translation>Avviare una nuova chat (Ctrl+N) o scegliere una conversazione. Ogni richiesta viene registrata, così è possibile vedere esattamente cosa è stato inviato.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Eliminata «%1».</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Elenco delle conversazioni</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuova chat</translation>
    </message>
    <message>
        <source>New &amp;incognito chat</source>
        <translation>Nuova chat in &amp;incognito</translation>
    </message>
    <message>
        <source>&amp;Find conversations</source>
        <translation>&amp;Trova conversazioni</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Esporta conversazione…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>Esporta &amp;tutto…</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>Esegui b&amp;ackup della cassaforte…</translation>
    </message>
    <message>
        <source>&amp;Restore Vault from File…</source>
        <translation>&amp;Ripristina la cassaforte da file…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Blocca la cassaforte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>&amp;Immediata</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>&amp;Riflessione</translation>
    </message>
    <message>
        <source>&amp;Contemplating</source>
        <translation>&amp;Deliberazione</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Conversation &amp;list</source>
        <translation>&amp;Elenco delle conversazioni</translation>
    </message>
    <message>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>Mostra o nasconde l&apos;elenco delle conversazioni (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>&amp;Pannello della privacy</translation>
    </message>
    <message>
        <source>What left this computer, request by request (Ctrl+Shift+P)</source>
        <translation>Cosa ha lasciato questo computer, richiesta per richiesta (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>&amp;Informazioni su Sotto</translation>
    </message>
    <message>
        <source>Add a model provider in Settings (Ctrl+,) to start chatting.</source>
        <translation>Aggiungere un fornitore di modelli nelle Impostazioni (Ctrl+,) per iniziare a chattare.</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Cassaforte bloccata</translation>
    </message>
    <message>
        <source>Proxy from the environment not used</source>
        <translation>Proxy dell&apos;ambiente non usato</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Cassaforte sbloccata</translation>
    </message>
    <message>
        <source>Nothing sent today</source>
        <translation>Nulla inviato oggi</translation>
    </message>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>Richieste di oggi: %n (%1)</numerusform>
            <numerusform>Richieste di oggi: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n ha lasciato questo computer</numerusform>
            <numerusform>%n hanno lasciato questo computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloccata</numerusform>
            <numerusform>%n bloccate</numerusform>
        </translation>
    </message>
    <message>
        <source>About Sotto</source>
        <translation>Informazioni su Sotto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;Un assistente IA privato per il desktop. Le conversazioni restano in una cassaforte cifrata su questo computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)</source>
        <translation>Conversazioni da un&apos;esportazione di Sotto, ChatGPT o Claude (.json o .zip)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Azioni del messaggio</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Copia il testo di questo messaggio</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copia messaggio</translation>
    </message>
    <message>
        <source>Ask for another answer (this one is kept as a version)</source>
        <translation>Chiedi un&apos;altra risposta (questa viene conservata come versione)</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Rigenera risposta</translation>
    </message>
    <message>
        <source>Edit this question and ask again (the answer so far is kept as a version)</source>
        <translation>Modifica questa domanda e chiedi di nuovo (la risposta attuale viene conservata come versione)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifica messaggio</translation>
    </message>
    <message>
        <source>Delete this message from the vault (asks first)</source>
        <translation>Elimina questo messaggio dalla cassaforte (chiede conferma)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Elimina messaggio</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copiato</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageWidget</name>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModeSelector</name>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Immediata</translation>
    </message>
    <message>
        <source>Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your message and the conversation so far.</source>
        <translation>Immediata (Ctrl+1): una risposta diretta, con il ragionamento disattivato o ridotto al minimo. Invia il messaggio e la conversazione fino a questo punto.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Riflessione</translation>
    </message>
    <message>
        <source>Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends the same as Instant and asks for reasoning, which takes longer and costs more tokens.</source>
        <translation>Riflessione (Ctrl+2): il modello ragiona prima di rispondere ed è possibile leggerne il ragionamento. Invia gli stessi dati di Immediata e richiede un ragionamento, che richiede più tempo e costa più token.</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Deliberazione</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. Sends your message to each agent&apos;s provider, plus one synthesis request.</source>
        <translation>Deliberazione (Ctrl+3): diversi agenti ragionano in parallelo, poi dalle loro risposte viene sintetizzata una risposta unica. Invia il messaggio al fornitore di ciascun agente, più una richiesta di sintesi.</translation>
    </message>
    <message>
        <source>Who contemplates</source>
        <translation>Chi delibera</translation>
    </message>
    <message>
        <source>Who contemplates: several agents of this model, or a saved ensemble</source>
        <translation>Chi delibera: diversi agenti di questo modello, o un ensemble salvato</translation>
    </message>
    <message>
        <source>Contemplate with</source>
        <translation>Delibera con</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPicker</name>
    <message>
        <source>No provider</source>
        <translation>Nessun fornitore</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>Fornitore e modello: %1</translation>
    </message>
    <message>
        <source>Choose the provider and model, recent ones first, or type a model&apos;s name (Enter)</source>
        <translation>Scegli il fornitore e il modello, prima i recenti, o digita il nome di un modello (Enter)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPickerPopup</name>
    <message>
        <source>Find a model, or type its name</source>
        <translation>Trova un modello o digitane il nome</translation>
    </message>
    <message>
        <source>Find or type a model</source>
        <translation>Trova o digita un modello</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recenti</translation>
    </message>
    <message>
        <source>No models listed: type a name above</source>
        <translation>Nessun modello elencato: digitare un nome qui sopra</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non elencato</translation>
    </message>
    <message>
        <source>Use “%1” with %2</source>
        <translation>Usa «%1» con %2</translation>
    </message>
    <message>
        <source>Ask %1 for a model named “%2”</source>
        <translation>Chiedi a %1 un modello chiamato «%2»</translation>
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
        <translation>Offline: vengono raggiunti solo i server su questo computer. Attivarla ferma subito ogni richiesta in corso verso un altro computer.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::PrivacyPage</name>
    <message>
        <source>&amp;Offline mode: only this computer</source>
        <translation>Modalità &amp;offline: solo questo computer</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>Chiedi di &amp;nuovo</translation>
    </message>
    <message>
        <source>&amp;Keep exact copies of requests</source>
        <translation>&amp;Conserva copie esatte delle richieste</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modalità offline</translation>
    </message>
    <message>
        <source>Ask before sending</source>
        <translation>Chiedi prima di inviare</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>The first time for each provider</source>
        <translation>La prima volta per ogni fornitore</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>Ogni volta</translation>
    </message>
    <message>
        <source>Ask again before sending to these providers</source>
        <translation>Chiedi di nuovo prima di inviare a questi fornitori</translation>
    </message>
    <message>
        <source>Keep exact copies of requests</source>
        <translation>Conserva copie esatte delle richieste</translation>
    </message>
    <message>
        <source>&amp;Ask before sending:</source>
        <translation>&amp;Chiedi prima di inviare:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: only providers at a loopback address (such as Ollama on 127.0.0.1) are used, and every other request is refused and recorded as blocked. Turning it on also stops at once every answer still coming from another computer. The Offline button at the right of the menus is the same switch.</source>
        <translation>Nulla lascia questo computer: vengono usati solo i fornitori con un indirizzo di loopback (come Ollama su 127.0.0.1), e ogni altra richiesta viene rifiutata e registrata come bloccata. Attivarla ferma anche subito ogni risposta che sta ancora arrivando da un altro computer. Il pulsante Offline a destra dei menu è lo stesso interruttore.</translation>
    </message>
    <message>
        <source>Before a request leaves — before even the server&apos;s name is looked up — Sotto shows where it goes and waits for your yes. “The first time” asks once per provider and address until the vault is locked; changing a provider&apos;s address asks again.</source>
        <translation>Prima che una richiesta parta, prima ancora che il nome del server venga risolto, Sotto mostra dove va e attende il consenso. «La prima volta» chiede una volta per fornitore e indirizzo finché la cassaforte non viene bloccata; cambiare l&apos;indirizzo di un fornitore fa chiedere di nuovo.</translation>
    </message>
    <message>
        <source>The privacy log always records where each request went and how big it was. With this on it also keeps the exact text that was sent (API keys masked), inside the encrypted vault, so you can inspect it.</source>
        <translation>Il registro della privacy registra sempre dove è andata ogni richiesta e quanto era grande. Con questa opzione attiva conserva anche il testo esatto inviato (con le chiavi API mascherate), all&apos;interno della cassaforte cifrata, in modo da poterlo esaminare.</translation>
    </message>
    <message>
        <source>Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge where a request finally goes, and the privacy log names the proxy. A provider may have its own in Providers.</source>
        <translation>Ogni richiesta verso un altro computer passa da questo proxy: http://HOST:PORT (un proxy HTTP) o socks5h://HOST:PORT (SOCKS5; il proxy risolve i nomi, come fa Tor su socks5h://127.0.0.1:9050). La modalità offline, le chat solo locali e la richiesta di conferma valutano comunque la destinazione finale di una richiesta, e il registro della privacy indica il proxy. Un fornitore può avere il proprio in Fornitori.</translation>
    </message>
    <message>
        <source>Not asked about, as you chose: %1</source>
        <translation>Senza conferma, come scelto: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderEditor</name>
    <message>
        <source>Choose a provider above, or add one.</source>
        <translation>Scegliere un fornitore qui sopra, o aggiungerne uno.</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nome del fornitore</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL di base</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modello predefinito</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>Budget di contesto in token</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Abilitato</translation>
    </message>
    <message>
        <source>Provider enabled</source>
        <translation>Fornitore abilitato</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to the internet</source>
        <translation>Consenti &amp;http non cifrato verso Internet</translation>
    </message>
    <message>
        <source>Allow plain http to the internet</source>
        <translation>Consenti http non cifrato verso Internet</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verifica connessione</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Salva fornitore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel adding this provider</source>
        <translation>Annulla l&apos;aggiunta di questo fornitore</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>The longest request to send, estimated at about 4 characters a token. When a conversation is longer, its oldest turns are left out of the request (they stay in the vault). By default the model&apos;s context length as the provider reports it applies (Test connection asks for it), else %L1 tokens; a larger budget than the reported length is lowered to it.</source>
        <translation>La richiesta più lunga da inviare, stimata in circa 4 caratteri per token. Quando una conversazione è più lunga, i suoi scambi più vecchi vengono esclusi dalla richiesta (restano nella cassaforte). Per impostazione predefinita si applica la lunghezza di contesto del modello indicata dal fornitore (la chiede «Verifica connessione»), altrimenti %L1 token; un budget maggiore della lunghezza indicata viene ridotto a essa.</translation>
    </message>
    <message>
        <source>A disabled provider sends nothing; its requests are refused and recorded.</source>
        <translation>Un fornitore disabilitato non invia nulla; le sue richieste vengono rifiutate e registrate.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: anyone on the way to the server can read your messages and API key and change the answers. Allow it only for a server you control on a network you trust. Plain http to this computer or the local network is always allowed.</source>
        <translation>L&apos;http semplice non è cifrato: chiunque si trovi lungo il percorso verso il server può leggere i messaggi e la chiave API e modificare le risposte. Consentirlo solo per un server sotto il proprio controllo su una rete affidabile. L&apos;http semplice verso questo computer o la rete locale è sempre consentito.</translation>
    </message>
    <message>
        <source>Asks the provider for its models. This is the only time the settings send anything, and the request is recorded in the privacy log.</source>
        <translation>Chiede al fornitore i suoi modelli. È l&apos;unico caso in cui le impostazioni inviano qualcosa, e la richiesta viene registrata nel registro della privacy.</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocollo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;URL di base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modello predefinito:</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>Budget di &amp;contesto:</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>&amp;Oscura i dati personali:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Paste the API key from %1</source>
        <translation>Incollare la chiave API di %1</translation>
    </message>
    <message>
        <source>Usually not needed</source>
        <translation>Di solito non necessario</translation>
    </message>
    <message>
        <source>To rename a provider, add it again under the new name.</source>
        <translation>Per rinominare un fornitore, aggiungerlo di nuovo con il nuovo nome.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Incollare la chiave API</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>Letta dalla variabile d&apos;ambiente %1</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Assegnare un nome al fornitore.</translation>
    </message>
    <message>
        <source>A provider called “%1” already exists. Choose another name.</source>
        <translation>Esiste già un fornitore chiamato «%1». Scegliere un altro nome.</translation>
    </message>
    <message>
        <source>Enter the base URL as an http:// or https:// address, for example %1.</source>
        <translation>Inserire l&apos;URL di base come indirizzo http:// o https://, per esempio %1.</translation>
    </message>
    <message>
        <source>Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.</source>
        <translation>Inserire il proxy come http://HOST:PORT o socks5h://HOST:PORT, «direct», oppure lasciare vuoto.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Your messages go to %1 (%2).</source>
        <translation>I messaggi vanno a %1 (%2).</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Richiesta dei modelli a %1…</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>«%1» non è ancora salvato.</translation>
    </message>
    <message>
        <source>Connected to %1, but it offers no models.</source>
        <translation>Connesso a %1, ma non offre alcun modello.</translation>
    </message>
    <message>
        <source>Connected to %1. Models offered: %2.</source>
        <translation>Connesso a %1. Modelli offerti: %2.</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>Nulla viene salvato finché non si fa clic su Salva.</translation>
    </message>
    <message>
        <source>Context: %L1 tokens (reported by %2)</source>
        <translation>Contesto: %L1 token (indicato da %2)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderListModel</name>
    <message>
        <source>Disabled: Sotto sends nothing to this provider.</source>
        <translation>Disabilitato: Sotto non invia nulla a questo fornitore.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderRedactionChoice</name>
    <message>
        <source>Withhold personal data for this provider</source>
        <translation>Oscura i dati personali per questo fornitore</translation>
    </message>
    <message>
        <source>As in Privacy settings (default)</source>
        <translation>Come nelle impostazioni della privacy (predefinito)</translation>
    </message>
    <message>
        <source>Off for this provider</source>
        <translation>Disattivato per questo fornitore</translation>
    </message>
    <message>
        <source>If it is on the internet</source>
        <translation>Se è su Internet</translation>
    </message>
    <message>
        <source>Always, also on this computer</source>
        <translation>Sempre, anche su questo computer</translation>
    </message>
    <message>
        <source>Save the provider first; until then it follows the Privacy settings.</source>
        <translation>Salvare prima il fornitore; fino ad allora segue le impostazioni della privacy.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProvidersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Providers answer your messages. A provider on this computer keeps everything here; a cloud provider receives what you send to it.</source>
        <translation>I fornitori rispondono ai messaggi. Un fornitore su questo computer tiene tutto qui; un fornitore cloud riceve ciò che gli viene inviato.</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>Fornitori configurati</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Aggiungi un fornitore</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Rimuovi il fornitore selezionato</translation>
    </message>
    <message>
        <source>Unsaved provider</source>
        <translation>Fornitore non salvato</translation>
    </message>
    <message>
        <source>Save the new provider?</source>
        <translation>Salvare il nuovo fornitore?</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Salvare le modifiche a «%1»?</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Rimuovi fornitore</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it are kept.</source>
        <translation>Rimuovere «%1»? Le sue impostazioni e la sua chiave API vengono eliminate dalla cassaforte. Le conversazioni che lo hanno usato vengono conservate.</translation>
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
        <translation>Proxy di questo fornitore</translation>
    </message>
    <message>
        <source>None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)</source>
        <translation>Nessuno: le richieste vanno dirette (per es. socks5h://127.0.0.1:9050 per Tor)</translation>
    </message>
    <message>
        <source>As in Privacy settings; “direct” for none</source>
        <translation>Come nelle impostazioni della privacy; «direct» per nessuno</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RecordingStrip</name>
    <message>
        <source>Stop and transcribe</source>
        <translation>Ferma e trascrivi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>Dettatura</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Livello del microfono</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Tempo registrato</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>Ferma la registrazione e trascrivi</translation>
    </message>
    <message>
        <source>Stop recording and write what was said into the message</source>
        <translation>Ferma la registrazione e scrivi nel messaggio ciò che è stato detto</translation>
    </message>
    <message>
        <source>Cancel dictation</source>
        <translation>Annulla dettatura</translation>
    </message>
    <message>
        <source>Discard the recording (Esc)</source>
        <translation>Scarta la registrazione (Esc)</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrazione…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Trascrizione…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RedactionBox</name>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Withhold personal data</source>
        <translation>Oscura i dati personali</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Internet destinations only (default)</source>
        <translation>Solo destinazioni su Internet (predefinito)</translation>
    </message>
    <message>
        <source>Everywhere, also this computer</source>
        <translation>Ovunque, anche su questo computer</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Termini personali</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Nuovo termine</translation>
    </message>
    <message>
        <source>A name, a company, a code name</source>
        <translation>Un nome, un&apos;azienda, un nome in codice</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Aggiungi termine</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Rimuovi termine</translation>
    </message>
    <message>
        <source>Before a request leaves, Sotto replaces the personal data it recognises with placeholders and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, payment cards, IBANs, IP addresses, keys and tokens, and your terms below. &lt;b&gt;Detection can miss things:&lt;/b&gt; it goes by shape, not meaning, so a name not on your list, a number written in words or anything in an image is sent as it is. For data that must not leave at all, use a provider on this computer or make the conversation local-only.</source>
        <translation>Prima che una richiesta parta, Sotto sostituisce con dei segnaposto i dati personali che riconosce e rimette gli originali nella risposta. Riconosce indirizzi email, numeri di telefono, carte di pagamento, IBAN, indirizzi IP, chiavi e token, e i termini personali qui sotto. &lt;b&gt;Il rilevamento può lasciarsi sfuggire qualcosa:&lt;/b&gt; si basa sulla forma, non sul significato, quindi un nome che non è nell&apos;elenco, un numero scritto in lettere o qualsiasi cosa in un&apos;immagine viene inviato così com&apos;è. Per i dati che non devono uscire affatto, usare un fornitore su questo computer o rendere la conversazione solo locale.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>&amp;Oscura i dati personali:</translation>
    </message>
    <message>
        <source>Your &amp;terms (withheld wherever they appear, in any case):</source>
        <translation>&amp;Termini personali (oscurati ovunque compaiano, senza distinzione tra maiuscole e minuscole):</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>«%1» è già nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message>
        <source>Request details</source>
        <translation>Dettagli della richiesta</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloccata: %1</translation>
    </message>
    <message>
        <source>by your privacy settings</source>
        <translation>dalle impostazioni della privacy</translation>
    </message>
    <message>
        <source>Open Settings › Providers › %1</source>
        <translation>Apri Impostazioni › Fornitori › %1</translation>
    </message>
    <message>
        <source>Open the Conversation</source>
        <translation>Apri la conversazione</translation>
    </message>
    <message>
        <source>Open Settings › Privacy</source>
        <translation>Apri Impostazioni › Privacy</translation>
    </message>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>Una risposta, %n richiesta</numerusform>
            <numerusform>Una risposta, %n richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>A Contemplating answer sends one request per agent and one for the synthesis; they share a turn id. Expand the row to inspect each.</source>
        <translation>Una risposta in Deliberazione invia una richiesta per agente e una per la sintesi; condividono un ID di turno. Espandere la riga per esaminarle una per una.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Oscuramenti</translation>
    </message>
    <message>
        <source>Select a request to see where it went, the headers as sent and, when request copies are kept, the exact body.</source>
        <translation>Selezionare una richiesta per vedere dove è andata, le intestazioni come sono state inviate e, se le copie delle richieste vengono conservate, il corpo esatto.</translation>
    </message>
    <message>
        <source>The audit was cleared</source>
        <translation>L&apos;audit è stato svuotato</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>Il %1 è stato eliminato %n record precedente, con la sua copia della richiesta.</numerusform>
            <numerusform>Il %1 sono stati eliminati %n record precedenti, con le relative copie delle richieste.</numerusform>
        </translation>
    </message>
    <message>
        <source>This record stays so the audit never silently loses its past. Nothing was sent for it.</source>
        <translation>Questo record resta affinché l&apos;audit non perda mai il proprio passato senza lasciare traccia. Per esso non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Riga della richiesta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>%1 (body %2, headers %3)</source>
        <translation>%1 (corpo %2, intestazioni %3)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n carattere</numerusform>
            <numerusform>%n caratteri</numerusform>
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
        <translation>Cronologia</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>%n messaggio inviato, %1 esclusi per rientrare nel contesto</numerusform>
            <numerusform>%n messaggi inviati, %1 esclusi per rientrare nel contesto</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Headers as sent</source>
        <translation>Intestazioni come inviate</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nessuna registrata.</translation>
    </message>
    <message>
        <source>Keys and tokens were masked before the headers were stored.</source>
        <translation>Chiavi e token sono stati mascherati prima di salvare le intestazioni.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Nothing was sent: the request was blocked before it left.</source>
        <translation>Non è stato inviato nulla: la richiesta è stata bloccata prima di partire.</translation>
    </message>
    <message>
        <source>%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.</source>
        <translation>%1 di corpo: %2 caratteri di testo, %3 immagini, %4 messaggi precedenti; %5 oscuramenti.</translation>
    </message>
    <message>
        <source>No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to keep the exact body of later requests (in the vault; incognito requests keep none).</source>
        <translation>Non è stata conservata alcuna copia di questo corpo. Attivare «Conserva copie esatte delle richieste» in Impostazioni › Privacy per conservare il corpo esatto delle richieste successive (nella cassaforte; le richieste in incognito non ne conservano).</translation>
    </message>
    <message>
        <source>[binary data, %1]</source>
        <translation>[dati binari, %1]</translation>
    </message>
    <message>
        <source>[image %1×%2, %3]</source>
        <translation>[immagine %1×%2, %3]</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Metadati rimossi</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n elemento (posizione, fotocamera, date, note…)</numerusform>
            <numerusform>%n elementi (posizione, fotocamera, date, note…)</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (an image stored before Sotto kept that)</source>
        <translation>non contato (un’immagine salvata prima che Sotto lo registrasse)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestsPane</name>
    <message>
        <source>Filter requests (provider, model, host, reason…)</source>
        <translation>Filtra le richieste (fornitore, modello, host, motivo…)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtra le richieste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Qualsiasi destinazione</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Qualsiasi fornitore</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Rete locale</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RestoreVaultDialog</name>
    <message>
        <source>Restore Vault from File</source>
        <translation>Ripristina la cassaforte da file</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace your vault with the backup “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sostituire la cassaforte con il backup «%1»?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conversations, providers and settings become the backup&apos;s. The vault you have now is not deleted: it is kept as a copy in the profile&apos;s backups folder, and &apos;sotto vault restore&apos; puts it back. Any answer still being written must end first.</source>
        <translation>Le conversazioni, i fornitori e le impostazioni diventano quelli del backup. La cassaforte attuale non viene eliminata: viene conservata come copia nella cartella dei backup del profilo, e &apos;sotto vault restore&apos; la ripristina. Qualsiasi risposta ancora in fase di scrittura deve prima terminare.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase del backup</translation>
    </message>
    <message>
        <source>The passphrase the vault had when it was backed up</source>
        <translation>La passphrase che la cassaforte aveva al momento del backup</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Ripristino in corso</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Backed up on %1 at %2 · %3</source>
        <translation>Backup eseguito il %1 alle %2 · %3</translation>
    </message>
</context>
<context>
    <name>sotto::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fornitori</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Deliberazione</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Cassaforte</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Chiudi le impostazioni</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Nella finestra</translation>
    </message>
    <message>
        <source>Writing a message</source>
        <translation>Scrivendo un messaggio</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nuova riga</translation>
    </message>
    <message>
        <source>Enter: send or new line (Settings › Appearance)</source>
        <translation>Invio: invia o nuova riga (Impostazioni › Aspetto)</translation>
    </message>
    <message>
        <source>Attach a copied image</source>
        <translation>Allega un&apos;immagine copiata</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Nuova chat (Ctrl+N)</translation>
    </message>
    <message>
        <source>Incognito</source>
        <translation>Incognito</translation>
    </message>
    <message>
        <source>New incognito chat (Ctrl+Shift+N): never stored in the vault</source>
        <translation>Nuova chat in incognito (Ctrl+Shift+N): mai salvata nella cassaforte</translation>
    </message>
    <message>
        <source>New incognito chat</source>
        <translation>Nuova chat in incognito</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Cerca nelle conversazioni</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Ancora nessuna conversazione</translation>
    </message>
    <message>
        <source>Your chats will be listed here. Start one with New chat (Ctrl+N).</source>
        <translation>Le chat verranno elencate qui. Avviarne una con Nuova chat (Ctrl+N).</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>Nothing in your conversations matches “%1”. The search looks at titles, messages and reasoning.</source>
        <translation>Nessun elemento delle conversazioni corrisponde a «%1». La ricerca considera titoli, messaggi e ragionamenti.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Non fissare più</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Fissa in alto</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown, JSON, HTML or PDF.</source>
        <translation>Salva questa conversazione in Markdown, JSON, HTML o PDF.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>sotto::ui::StreamingMark</name>
    <message>
        <source>The answer is being written</source>
        <translation>La risposta è in fase di scrittura</translation>
    </message>
</context>
<context>
    <name>sotto::ui::UnlockDialog</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Sblocca la cassaforte</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>Inserire la passphrase per aprire le conversazioni.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Sblocco</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keyring does not open this vault. Type the passphrase to unlock it, then remember the new one in Settings → Vault.</source>
        <translation>La passphrase conservata nel portachiavi di sistema non apre questa cassaforte. Digitare la passphrase per sbloccarla, poi memorizzare quella nuova in Impostazioni → Cassaforte.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultFileFlow</name>
    <message>
        <source>Sotto vault backups (*.%1)</source>
        <translation>Backup di cassaforte di Sotto (*.%1)</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Backup della cassaforte</translation>
    </message>
    <message>
        <source>Sotto vault %1</source>
        <translation>Cassaforte Sotto %1</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Backup della cassaforte in corso…</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). It is encrypted and opens with your current passphrase.</source>
        <translation>Backup della cassaforte eseguito in %1 (%2). È cifrato e si apre con la passphrase attuale.</translation>
    </message>
    <message>
        <source>Restore Vault from File</source>
        <translation>Ripristina la cassaforte da file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Cassaforte ripristinata da %1, backup eseguito il %2.</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2. The vault it replaced is kept as the copy %3.</source>
        <translation>Cassaforte ripristinata da %1, backup eseguito il %2. La cassaforte sostituita è conservata come copia %3.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultPage</name>
    <message>
        <source>Keep all &amp;conversations</source>
        <translation>Conserva tutte le &amp;conversazioni</translation>
    </message>
    <message>
        <source>&amp;Delete conversations not updated for</source>
        <translation>&amp;Elimina le conversazioni non aggiornate da</translation>
    </message>
    <message>
        <source>Lock the vault after idle time</source>
        <translation>Blocca la cassaforte dopo un periodo di inattività</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>Dopo %1 minuti di inattività</translation>
    </message>
    <message>
        <source>Keep all conversations</source>
        <translation>Conserva tutte le conversazioni</translation>
    </message>
    <message>
        <source>Delete old conversations</source>
        <translation>Elimina le conversazioni vecchie</translation>
    </message>
    <message>
        <source>Days without an update before a conversation is deleted</source>
        <translation>Giorni senza aggiornamenti prima che una conversazione venga eliminata</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>&amp;Blocca automaticamente:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Deletion happens every time the vault is unlocked and cannot be undone. Pinned conversations are kept.</source>
        <translation>L&apos;eliminazione avviene a ogni sblocco della cassaforte e non può essere annullata. Le conversazioni fissate vengono conservate.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VoicePage</name>
    <message>
        <source>Transcription provider</source>
        <translation>Fornitore di trascrizione</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>Modello di trascrizione</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <source>Dictation records your voice in memory, sends it to the provider below to be written as text, and puts the text in the message for you to check. A provider on this computer (speaches, LocalAI…) keeps your voice here; every recording sent is in the privacy log.</source>
        <translation>La dettatura registra la tua voce in memoria, la invia al fornitore qui sotto perché la scriva come testo e mette il testo nel messaggio perché tu lo controlli. Un fornitore su questo computer (speaches, LocalAI…) tiene qui la tua voce; ogni registrazione inviata è nel registro della privacy.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fornitore:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microfono:</translation>
    </message>
    <message>
        <source>None (dictation off)</source>
        <translation>Nessuno (dettatura disattivata)</translation>
    </message>
    <message>
        <source>Its API has no transcription endpoint</source>
        <translation>La sua API non ha un endpoint di trascrizione</translation>
    </message>
    <message>
        <source>The microphone button is shown, but nothing is sent until you choose a provider.</source>
        <translation>Il pulsante del microfono è visibile, ma non viene inviato nulla finché non scegli un fornitore.</translation>
    </message>
    <message>
        <source>On this computer: your recordings stay here.</source>
        <translation>Su questo computer: le tue registrazioni restano qui.</translation>
    </message>
    <message>
        <source>Your recordings are sent to %1.</source>
        <translation>Le tue registrazioni vengono inviate a %1.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>Nessun microfono trovato su questo computer.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Benvenuto in Sotto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your vault is ready. Where should your questions go?&lt;/b&gt;</source>
        <translation>&lt;b&gt;La cassaforte è pronta. Dove devono andare le domande?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A local model&lt;/b&gt; (Ollama, llama.cpp or LM Studio) runs on this computer. Your messages never leave it: nothing is sent over the network, and Sotto works offline.</source>
        <translation>&lt;b&gt;Un modello locale&lt;/b&gt; (Ollama, llama.cpp o LM Studio) viene eseguito su questo computer. I messaggi non lo lasciano mai: nulla viene inviato in rete, e Sotto funziona offline.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud provider&lt;/b&gt; (OpenAI, Anthropic, Gemini and others) runs on that company&apos;s servers. Your messages, and any images you attach, go to it over the internet, and its own privacy terms apply. Sotto records every request in the privacy log, so you can see exactly what was sent and where.</source>
        <translation>&lt;b&gt;Un fornitore cloud&lt;/b&gt; (OpenAI, Anthropic, Gemini e altri) viene eseguito sui server di quell&apos;azienda. I messaggi, e le eventuali immagini allegate, gli arrivano tramite Internet, e si applicano le sue condizioni sulla privacy. Sotto registra ogni richiesta nel registro della privacy, così è possibile vedere esattamente cosa è stato inviato e dove.</translation>
    </message>
    <message>
        <source>Use a &amp;local model</source>
        <translation>Usa un modello &amp;locale</translation>
    </message>
    <message>
        <source>Use a local model (Ollama, llama.cpp or LM Studio)</source>
        <translation>Usa un modello locale (Ollama, llama.cpp o LM Studio)</translation>
    </message>
    <message>
        <source>Add a &amp;cloud provider</source>
        <translation>Aggiungi un fornitore &amp;cloud</translation>
    </message>
    <message>
        <source>Add a cloud provider</source>
        <translation>Aggiungi un fornitore cloud</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>Più &amp;tardi</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidi più tardi</translation>
    </message>
</context>
</TS>

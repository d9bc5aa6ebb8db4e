<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask one question; the answer streams to standard output and is stored in the vault as it arrives.</source>
        <translation>Poser une question&#xa0;; la réponse s&apos;affiche au fil de l&apos;eau sur la sortie standard et est enregistrée dans le coffre à mesure qu&apos;elle arrive.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Un fournisseur ajouté avec &apos;sotto providers add&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai, anthropic, ollama or gemini.</source>
        <translation>Fournisseur ponctuel&#xa0;: openai, anthropic, ollama ou gemini.</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434).</source>
        <translation>Fournisseur ponctuel&#xa0;: la racine de l&apos;API (par ex. http://127.0.0.1:11434).</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>Le modèle à interroger.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Fournisseur ponctuel&#xa0;: la variable d&apos;environnement qui contient la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Attach an image (repeatable).</source>
        <translation>Joindre une image (répétable).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Continue the conversation with this id.</source>
        <translation>Poursuivre la conversation portant cet identifiant.</translation>
    </message>
    <message>
        <source>Keep neither question nor answer (the request is still audited).</source>
        <translation>Ne conserver ni la question ni la réponse (la requête est tout de même journalisée).</translation>
    </message>
    <message>
        <source>Stream the model&apos;s reasoning to standard error.</source>
        <translation>Afficher le raisonnement du modèle au fil de l&apos;eau sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end instead of streaming text.</source>
        <translation>Afficher un seul objet JSON à la fin au lieu du texte au fil de l&apos;eau.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>La question.</translation>
    </message>
    <message>
        <source>&apos;ask&apos; needs a question.</source>
        <translation>&apos;ask&apos; attend une question.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Indiquez soit --provider NAME, soit --api avec --base-url.</translation>
    </message>
    <message>
        <source>--incognito cannot continue a stored conversation.</source>
        <translation>--incognito ne peut pas poursuivre une conversation enregistrée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de conversation.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api doit valoir openai, anthropic, ollama ou gemini.</translation>
    </message>
    <message>
        <source>--api needs --base-url.</source>
        <translation>--api nécessite --base-url.</translation>
    </message>
    <message>
        <source>The answer was stopped.</source>
        <translation>La réponse a été interrompue.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens demande un nombre positif de jetons.</translation>
    </message>
    <message>
        <source>instant (default), thinking or contemplating.</source>
        <translation>instant (par défaut), thinking ou contemplating.</translation>
    </message>
    <message>
        <source>Contemplating: how many agents ask the provider&apos;s model (%1 to %2, default %3).</source>
        <translation>Délibération&#xa0;: nombre d&apos;agents qui interrogent le modèle du fournisseur (de %1 à %2, %3 par défaut).</translation>
    </message>
    <message>
        <source>Contemplating: the agents of a saved ensemble.</source>
        <translation>Délibération&#xa0;: les agents d&apos;un ensemble enregistré.</translation>
    </message>
    <message>
        <source>Contemplating: 1, or 2 for a round in which each agent revises after reading the others.</source>
        <translation>Délibération&#xa0;: 1, ou 2 pour un tour où chaque agent révise sa réponse après avoir lu celles des autres.</translation>
    </message>
    <message>
        <source>Contemplating: print what each request would carry, and where, and send nothing.</source>
        <translation>Délibération&#xa0;: afficher ce que chaque requête transporterait, et vers où, sans rien envoyer.</translation>
    </message>
    <message>
        <source>The context budget in tokens for this question (default: the provider&apos;s setting, else the model&apos;s context length as the provider reported it, else %1).</source>
        <translation>Le budget de contexte de cette question, en jetons (par défaut&#xa0;: le réglage du fournisseur, sinon la longueur de contexte du modèle telle que le fournisseur l&apos;a indiquée, sinon %1).</translation>
    </message>
    <message>
        <source>Seconds for the name lookup, and again for the connection (0: no limit).</source>
        <translation>Secondes accordées à la résolution du nom, puis de nouveau à la connexion (0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds from connecting until the server starts its answer (0: no limit).</source>
        <translation>Secondes entre la connexion et le début de la réponse du serveur (0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>Seconds the server may stay silent once connected (0: no limit).</source>
        <translation>Secondes pendant lesquelles le serveur peut rester silencieux une fois connecté (0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>--mode must be instant, thinking or contemplating.</source>
        <translation>--mode doit valoir instant, thinking ou contemplating.</translation>
    </message>
    <message>
        <source>--%1 needs --mode contemplating.</source>
        <translation>--%1 nécessite --mode contemplating.</translation>
    </message>
    <message>
        <source>Give either --agents or --ensemble.</source>
        <translation>Indiquez soit --agents, soit --ensemble.</translation>
    </message>
    <message>
        <source>--agents must be %1 to %2.</source>
        <translation>--agents doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds doit valoir 1 ou 2.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, 0 or more.</source>
        <translation>--%1 doit être un nombre de secondes, 0 ou plus.</translation>
    </message>
    <message>
        <source>Interrupted by %1; what arrived is kept.</source>
        <translation>Interrompu par %1&#xa0;; ce qui est déjà arrivé est conservé.</translation>
    </message>
    <message>
        <source>sotto: agent %1 (%2) did not answer: %3</source>
        <translation>sotto&#xa0;: l&apos;agent %1 (%2) n&apos;a pas répondu&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images. Choose a model that sees images, or ask without them.</source>
        <translation>%1 n’accepte que du texte, selon %2 : il ne voit pas les images. Choisissez un modèle qui voit les images, ou posez la question sans elles.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Every request Sotto sent or refused, newest first.</source>
        <translation>Toutes les requêtes envoyées ou refusées par Sotto, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per request.</source>
        <translation>Afficher un tableau JSON, un objet par requête.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Afficher du CSV avec une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Only requests from this date or time on (ISO 8601, UTC).</source>
        <translation>Seulement les requêtes à partir de cette date ou de cette heure (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes no arguments, only options.</source>
        <translation>&apos;audit&apos; n&apos;accepte aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Choisissez --json ou --csv, pas les deux.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date.</source>
        <translation>&apos;%1&apos; n&apos;est pas une date ISO 8601.</translation>
    </message>
    <message>
        <source> sent</source>
        <translation> envoyés</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Rien n&apos;a encore été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>audit vidé : %n enregistrement antérieur supprimé</numerusform>
            <numerusform>audit vidé : %n enregistrements antérieurs supprimés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Phrase secrète du coffre dans %1&#xa0;: </translation>
    </message>
    <message>
        <source>No vault in %1 yet. Choose a passphrase for a new one: </source>
        <translation>Pas encore de coffre dans %1. Choisissez une phrase secrète pour en créer un&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Une copie du %1 existe&#xa0;: &apos;sotto vault restore %2&apos; la remet en place.</translation>
    </message>
    <message>
        <source>sotto: created a new encrypted vault in %1.</source>
        <translation>sotto&#xa0;: nouveau coffre chiffré créé dans %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>La variable d&apos;environnement %1 est vide.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>sotto: no command given. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto&#xa0;: aucune commande indiquée. &apos;sotto --help&apos; en donne la liste.</translation>
    </message>
    <message>
        <source>sotto: unknown command &apos;%1&apos;. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto&#xa0;: commande inconnue &apos;%1&apos;. &apos;sotto --help&apos; en donne la liste.</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>Utiliser le dossier de profil &lt;dir&gt; (par défaut&#xa0;: $SOTTO_PROFILE, sinon le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto, un assistant IA de bureau privé.

Sans commande, Sotto ouvre sa fenêtre.</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>L&apos;une des commandes ci-dessus.</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of &lt;file&gt; (else $SOTTO_PASSPHRASE, else a prompt).</source>
        <translation>Lire la phrase secrète du coffre sur la première ligne de &lt;file&gt; (sinon $SOTTO_PASSPHRASE, sinon une invite).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open the window on conversation &lt;id&gt;.</source>
        <translation>Ouvrir la fenêtre sur la conversation &lt;id&gt;.</translation>
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
        <translation>Commandes&#xa0;:
  ask [options] PROMPT                   une question, la réponse diffusée sur stdout
  providers add NAME|list|remove NAME    les fournisseurs de modèles et leurs clés
  providers detect [--json]              serveurs de modèles en cours d&apos;exécution sur cet ordinateur
  audit [--json|--csv] [--since DATE]    toutes les requêtes envoyées ou refusées
  policy show|set KEY VALUE              ce qui peut quitter cet ordinateur
  redact --dry-run TEXT | terms add|remove|list   masquer les données personnelles dans ce qui est envoyé
  conversations list|show ID|delete ID   les conversations du coffre
  conversations set ID local-only on|off  garder les requêtes d&apos;une conversation sur cet ordinateur
  ensembles add NAME|list|remove NAME    les agents qui délibèrent ensemble
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         exporter des conversations en documents
  import [--format sotto|chatgpt|claude] FILE   importer des conversations depuis un export
  search QUERY                           recherche plein texte dans le coffre
  transcribe [--provider NAME] FILE      la parole d’un fichier audio en texte
  vault check|change-passphrase|backups|restore ID   entretenir le coffre
Lancez &apos;sotto COMMAND --help&apos; pour les options d&apos;une commande.</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de conversation.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>&apos;conversations %1&apos; needs one conversation id.</source>
        <translation>&apos;conversations %1&apos; attend un identifiant de conversation.</translation>
    </message>
    <message>
        <source>Deleted conversation %1 (%2).</source>
        <translation>Conversation %1 supprimée (%2).</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n image]</numerusform>
            <numerusform>[%n images]</numerusform>
        </translation>
    </message>
    <message>
        <source>List, show or delete the conversations in the vault, or mark one local-only.</source>
        <translation>Lister, afficher ou supprimer les conversations du coffre, ou en marquer une comme «&#xa0;local uniquement&#xa0;».</translation>
    </message>
    <message>
        <source>list | show ID | delete ID | set ID local-only on|off</source>
        <translation>list | show ID | delete ID | set ID local-only on|off</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show ID, delete ID or set ID local-only on|off.</source>
        <translation>Action inconnue &apos;%1&apos;&#xa0;: utilisez list, show ID, delete ID ou set ID local-only on|off.</translation>
    </message>
    <message>
        <source>Use: conversations set ID local-only on|off</source>
        <translation>Utilisation&#xa0;: conversations set ID local-only on|off</translation>
    </message>
    <message>
        <source>Conversation %1 is local-only: its requests go only to this machine.</source>
        <translation>La conversation %1 est en local uniquement&#xa0;: ses requêtes ne vont qu&apos;à cet ordinateur.</translation>
    </message>
    <message>
        <source>Conversation %1 is no longer local-only.</source>
        <translation>La conversation %1 n&apos;est plus en local uniquement.</translation>
    </message>
    <message>
        <source>agent %1, round %2 (%3): %4</source>
        <translation>agent %1, tour %2 (%3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message>
        <source>Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and optionally a model, kept in the vault.</source>
        <translation>Ajouter, lister ou supprimer des ensembles de délibération&#xa0;: des groupes nommés de 2 à 8 agents, chacun un fournisseur et éventuellement un modèle, conservés dans le coffre.</translation>
    </message>
    <message>
        <source>add: one agent, PROVIDER or PROVIDER:MODEL (split at the first &apos;:&apos;); repeat 2 to 8 times.</source>
        <translation>add&#xa0;: un agent, PROVIDER ou PROVIDER:MODEL (coupé au premier &apos;:&apos;)&#xa0;; à répéter de 2 à 8 fois.</translation>
    </message>
    <message>
        <source>add: who writes the final answer (default: the conversation&apos;s provider and model).</source>
        <translation>add&#xa0;: qui rédige la réponse finale (par défaut&#xa0;: le fournisseur et le modèle de la conversation).</translation>
    </message>
    <message>
        <source>add: 1 (default) or 2 (a refinement round).</source>
        <translation>add&#xa0;: 1 (par défaut) ou 2 (un tour d&apos;affinage).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list&#xa0;: afficher du JSON.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME</source>
        <translation>add NAME | list | remove NAME</translation>
    </message>
    <message>
        <source>Use: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</source>
        <translation>Utilisation&#xa0;: ensembles add NAME --agent PROVIDER[:MODEL] … | list [--json] | remove NAME</translation>
    </message>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Un ensemble doit avoir un nom.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER or PROVIDER:MODEL.</source>
        <translation>&apos;%1&apos; n&apos;est ni PROVIDER ni PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents (--agent).</source>
        <translation>Un ensemble compte de %1 à %2 agents (--agent).</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds doit valoir 1 ou 2.</translation>
    </message>
    <message>
        <source>synthesizer %1</source>
        <translation>synthèse par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n tour</numerusform>
            <numerusform>%n tours</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed ensemble %1.</source>
        <translation>Ensemble %1 supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>Ensemble %1 enregistré avec %n agent.</numerusform>
            <numerusform>Ensemble %1 enregistré avec %n agents.</numerusform>
        </translation>
    </message>
    <message>
        <source>add: the instruction the agent in the same position works under (the first --perspective is the first --agent&apos;s); repeat up to once per agent. Agents without one get a default perspective.</source>
        <translation>add&#xa0;: l&apos;instruction suivie par l&apos;agent de même rang (la première --perspective va au premier --agent)&#xa0;; à répéter au plus une fois par agent. Les agents qui n&apos;en ont pas reçoivent une perspective par défaut.</translation>
    </message>
    <message>
        <source>There are more --perspective options (%1) than agents (%2).</source>
        <translation>Il y a plus d&apos;options --perspective (%1) que d&apos;agents (%2).</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON writes one file holding every conversation; the other formats write one file per conversation into the folder PATH. Anyone who gets an exported file can read it.</source>
        <translation>Exporter une conversation, ou toutes, en Markdown, JSON, HTML ou PDF. Avec --all, JSON écrit un seul fichier contenant toutes les conversations&#xa0;; les autres formats écrivent un fichier par conversation dans le dossier PATH. Quiconque obtient un fichier exporté peut le lire.</translation>
    </message>
    <message>
        <source>The conversation to export.</source>
        <translation>La conversation à exporter.</translation>
    </message>
    <message>
        <source>Export every conversation.</source>
        <translation>Exporter toutes les conversations.</translation>
    </message>
    <message>
        <source>md, json, html or pdf.</source>
        <translation>md, json, html ou pdf.</translation>
    </message>
    <message>
        <source>The file to write (with --all and md, html or pdf: the folder).</source>
        <translation>Le fichier à écrire (avec --all et md, html ou pdf&#xa0;: le dossier).</translation>
    </message>
    <message>
        <source>Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</source>
        <translation>Usage&#xa0;: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, json, html or pdf.</source>
        <translation>Format inconnu &apos;%1&apos;&#xa0;: utilisez md, json, html ou pdf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de conversation.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>Export de %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n conversation exportée vers %1.</numerusform>
            <numerusform>%n conversations exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiSendPrompter</name>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>on your local network</source>
        <translation>sur votre réseau local</translation>
    </message>
    <message>
        <source>on the internet</source>
        <translation>sur Internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, %4)?

The request: %5</source>
        <translation>Envoyer %1 à %2 (%3, %4)&#xa0;?

La requête&#xa0;: %5</translation>
    </message>
    <message>
        <source>Send to %1?</source>
        <translation>Envoyer à %1&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this provider</source>
        <translation>Ne plus &amp;demander pour ce fournisseur</translation>
    </message>
</context>
<context>
    <name>HttpBackend</name>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non envoyée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The answer from %1 ended before it was finished.</source>
        <translation>La réponse de %1 s&apos;est arrêtée avant d&apos;être terminée.</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is Ollama running?</source>
        <translation>Rien n&apos;écoute à l&apos;adresse %1 — Ollama est-il lancé&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is llama-server running?</source>
        <translation>Rien n&apos;écoute à l&apos;adresse %1 — llama-server est-il lancé&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is LM Studio&apos;s server started?</source>
        <translation>Rien n&apos;écoute à l&apos;adresse %1 — le serveur de LM Studio est-il démarré&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>Rien n&apos;écoute à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>The answer passed %1 Mi characters; it was stopped there.</source>
        <translation>La réponse a dépassé %1 Mi caractères&#xa0;; elle a été interrompue à ce point.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint; choose an OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).</source>
        <translation>%1 parle l’API %2, qui n’a pas de point de transcription ; choisissez un fournisseur compatible OpenAI (OpenAI, Groq, speaches, LocalAI…).</translation>
    </message>
    <message>
        <source>%1 answered with something other than a transcript.</source>
        <translation>%1 a répondu autre chose qu’une transcription.</translation>
    </message>
</context>
<context>
    <name>ImageSanitizer</name>
    <message>
        <source>Cannot open the image %1: %2.</source>
        <translation>Impossible d&apos;ouvrir l&apos;image %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 50 MB.</source>
        <translation>L&apos;image %1 dépasse 50 Mo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image is larger than 50 MB.</source>
        <translation>L&apos;image dépasse 50 Mo.</translation>
    </message>
    <message>
        <source>This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>Ce fichier n&apos;est pas une image que Sotto sait lire (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.</source>
        <translation>L&apos;image mesure %1 × %2 pixels&#xa0;; Sotto accepte jusqu&apos;à 100 mégapixels.</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded.</source>
        <translation>L&apos;image est endommagée et ne peut pas être décodée.</translation>
    </message>
    <message>
        <source>The image has more than 100 megapixels.</source>
        <translation>L&apos;image dépasse 100 mégapixels.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded.</source>
        <translation>L&apos;image n&apos;a pas pu être réencodée.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import conversations from an export: Sotto&apos;s own JSON, or ChatGPT&apos;s or Claude&apos;s conversations.json (or the .zip they come in). Conversations already imported are skipped. A file that cannot be read as its format changes nothing.</source>
        <translation>Importer des conversations depuis un export&#xa0;: le JSON propre à Sotto, ou le conversations.json de ChatGPT ou de Claude (ou le .zip dans lequel il est fourni). Les conversations déjà importées sont ignorées. Un fichier qui ne peut pas être lu dans son format ne modifie rien.</translation>
    </message>
    <message>
        <source>sotto, chatgpt or claude (default: found from the file).</source>
        <translation>sotto, chatgpt ou claude (par défaut&#xa0;: déduit du fichier).</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>L&apos;export à importer.</translation>
    </message>
    <message>
        <source>Use: import [--format sotto|chatgpt|claude] FILE</source>
        <translation>Utilisation&#xa0;: import [--format sotto|chatgpt|claude] FILE</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use sotto, chatgpt or claude.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez sotto, chatgpt ou claude.</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Importation… %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import was interrupted.</source>
        <translation>L&apos;importation a été interrompue.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n conversation importée</numerusform>
            <numerusform>%n conversations importées</numerusform>
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
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring holds no passphrase for this vault.</source>
        <translation>Le trousseau du système ne contient aucune phrase secrète pour ce coffre.</translation>
    </message>
    <message>
        <source>The system keyring refused access.</source>
        <translation>Le trousseau du système a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the passphrase cannot be remembered.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: la phrase secrète ne peut pas être mémorisée.</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>Échec du trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>The passphrase is in the system keyring, but Sotto cannot note that in %1.</source>
        <translation>La phrase secrète est dans le trousseau du système, mais Sotto ne peut pas le noter dans %1.</translation>
    </message>
</context>
<context>
    <name>LiteralDestination</name>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>réseau local</translation>
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
        <translation>%1 sur le port %2</translation>
    </message>
    <message>
        <source>No model server is running on this computer (looked for %1).</source>
        <translation>Aucun serveur de modèles ne tourne sur cet ordinateur (recherché : %1).</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[Image non chargée&#xa0;: %1]</translation>
    </message>
    <message>
        <source>[Image “%1” not loaded: %2]</source>
        <translation>[Image «&#xa0;%1&#xa0;» non chargée&#xa0;: %2]</translation>
    </message>
</context>
<context>
    <name>MicrophoneInput</name>
    <message>
        <source>%1 offers no audio format Sotto can record.</source>
        <translation>%1 ne propose aucun format audio que Sotto sache enregistrer.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it may be in use by another program.</source>
        <translation>%1 n’a pas pu être ouvert : un autre programme l’utilise peut-être.</translation>
    </message>
    <message>
        <source>%1 stopped recording: it may have been unplugged or taken by another program.</source>
        <translation>%1 a cessé d’enregistrer : il a peut-être été débranché ou pris par un autre programme.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Impossible de lire le fichier de phrase secrète %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>SOTTO_PASSPHRASE is set but empty.</source>
        <translation>SOTTO_PASSPHRASE est défini mais vide.</translation>
    </message>
    <message>
        <source>No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.</source>
        <translation>Aucune phrase secrète&#xa0;: définissez SOTTO_PASSPHRASE, passez --passphrase-file ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Aucune phrase secrète n&apos;a été saisie.</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>The provider a per-provider key applies to.</source>
        <translation>Le fournisseur auquel s&apos;applique un réglage propre à un fournisseur.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show&#xa0;: afficher du JSON.</translation>
    </message>
    <message>
        <source>show | set KEY VALUE</source>
        <translation>show | set KEY VALUE</translation>
    </message>
    <message>
        <source>Use &apos;policy show&apos; or &apos;policy set KEY VALUE&apos;.</source>
        <translation>Utilisez &apos;policy show&apos; ou &apos;policy set KEY VALUE&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set per provider: add --provider NAME.</source>
        <translation>&apos;%1&apos; se règle par fournisseur&#xa0;: ajoutez --provider NAME.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur valide pour %2&#xa0;; utilisez %3.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 vaut maintenant %2.</translation>
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
        <translation>Afficher ou modifier ce qui peut quitter cet ordinateur.

Clés&#xa0;: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,
redact off|internet|always (masquer les données personnelles&#xa0;: par défaut pour les destinations sur Internet),
proxy URL|off (http://HOST:PORT avec CONNECT, ou socks5h://HOST:PORT dont le proxy résout
les noms, par ex. Tor sur socks5h://127.0.0.1:9050&#xa0;; les destinations en boucle locale vont en direct),
retention-days N (0 conserve tout), audit-retention-days N (jours de conservation des
enregistrements d’audit&#xa0;; 0 les conserve tous), agent-deadline N (secondes accordées à la réponse de chaque agent
de la délibération, à chaque tour&#xa0;; 0&#xa0;: sans limite)&#xa0;; par fournisseur (avec --provider NAME)&#xa0;:
http-to-internet allow|deny, enabled on|off, redact off|internet|always|default (default&#xa0;:
suivre la règle redact globale), proxy URL|direct|default (default&#xa0;: le proxy global).</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur valide pour %2&#xa0;; utilisez %3.</translation>
    </message>
    <message>
        <source>a number of days (0 keeps everything)</source>
        <translation>un nombre de jours (0 conserve tout)</translation>
    </message>
    <message>
        <source>Unknown policy setting &apos;%1&apos;; known: %2.</source>
        <translation>Réglage de politique inconnu &apos;%1&apos;&#xa0;; réglages connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a number of seconds (0: no limit)</source>
        <translation>un nombre de secondes (0&#xa0;: sans limite)</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>Start from a known provider: %1.</source>
        <translation>Partir d&apos;un fournisseur connu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>openai, anthropic, ollama or gemini.</source>
        <translation>openai, anthropic, ollama ou gemini.</translation>
    </message>
    <message>
        <source>The API root.</source>
        <translation>La racine de l&apos;API.</translation>
    </message>
    <message>
        <source>The default model.</source>
        <translation>Le modèle par défaut.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Store the API key found in this environment variable (else you are asked for it on a terminal).</source>
        <translation>Enregistrer la clé d&apos;API trouvée dans cette variable d&apos;environnement (sinon, elle vous est demandée dans le terminal).</translation>
    </message>
    <message>
        <source>The provider needs no API key.</source>
        <translation>Le fournisseur n&apos;a pas besoin de clé d&apos;API.</translation>
    </message>
    <message>
        <source>Allow plain http to a host on the internet (normally refused).</source>
        <translation>Autoriser le http non chiffré vers un hôte sur Internet (normalement refusé).</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;; known: %2.</source>
        <translation>Préréglage inconnu &apos;%1&apos;&#xa0;; préréglages connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api doit valoir openai, anthropic, ollama ou gemini.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs --preset or --api.</source>
        <translation>&apos;providers add&apos; nécessite --preset ou --api.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs an http(s) --base-url.</source>
        <translation>&apos;providers add&apos; nécessite une adresse http(s) dans --base-url.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>La variable d&apos;environnement %1 est vide.</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clé d&apos;API pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>No API key given: use --api-key-env VAR, a terminal, or --no-api-key.</source>
        <translation>Aucune clé d&apos;API fournie&#xa0;: utilisez --api-key-env VAR, un terminal ou --no-api-key.</translation>
    </message>
    <message>
        <source>Saved provider %1 (%2, %3).</source>
        <translation>Fournisseur %1 enregistré (%2, %3).</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Fournisseur %1 supprimé.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>pas de clé</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (désactivé)</translation>
    </message>
    <message>
        <source>The context budget in tokens (default %1).</source>
        <translation>Le budget de contexte, en jetons (par défaut %1).</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens demande un nombre positif de jetons.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Aucun fournisseur ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Phrase secrète du coffre dans %1&#xa0;: </translation>
    </message>
    <message>
        <source>context %L1 tokens</source>
        <translation>contexte de %L1 jetons</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; give the key with --api-key-env or when asked.</source>
        <translation>L&apos;URL de base ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;; fournissez la clé avec --api-key-env ou quand elle vous est demandée.</translation>
    </message>
    <message>
        <source>Send this provider&apos;s requests through a proxy: http://HOST:PORT (CONNECT) or socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one).</source>
        <translation>Envoyer les requêtes de ce fournisseur par un proxy&#xa0;: http://HOST:PORT (CONNECT) ou socks5h://HOST:PORT&#xa0;; direct pour contourner le proxy global (par défaut&#xa0;: le proxy global).</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non envoyé : %1.</translation>
    </message>
    <message>
        <source>%1 at %2: no models yet</source>
        <translation>%1 à %2 : pas encore de modèle</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%1 à %2 : %n modèle (%3)</numerusform>
            <numerusform>%1 à %2 : %n modèles (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list or remove model providers, or find the model servers running on this computer. API keys are kept inside the encrypted vault; they never go on the command line.</source>
        <translation>Ajouter, lister ou supprimer des fournisseurs de modèles, ou trouver les serveurs de modèles qui tournent sur cet ordinateur. Les clés d&apos;API sont conservées dans le coffre chiffré ; elles ne passent jamais par la ligne de commande.</translation>
    </message>
    <message>
        <source>list, models, detect: print JSON.</source>
        <translation>list, models, detect : afficher du JSON.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME | models NAME (asks the provider for its models and their context lengths) | detect (looks for model servers running on this computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; loopback only)</source>
        <translation>add NAME | list | remove NAME | models NAME (demande au fournisseur ses modèles et leurs longueurs de contexte) | detect (cherche les serveurs de modèles qui tournent sur cet ordinateur : Ollama, llama.cpp, LM Studio, vLLM, Jan ; boucle locale uniquement)</translation>
    </message>
    <message>
        <source>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; or &apos;providers detect&apos;.</source>
        <translation>Utilisez &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; ou &apos;providers detect&apos;.</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>texte seul</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>Sotto does not use %1 from the environment: its requests go direct. To send them through a proxy, run &apos;sotto policy set proxy http://HOST:PORT&apos; (or socks5h://HOST:PORT), or set it in Settings › Privacy.</source>
        <translation>Sotto n’utilise pas %1 de l’environnement&#xa0;: ses requêtes partent en direct. Pour les faire passer par un proxy, lancez &apos;sotto policy set proxy http://HOST:PORT&apos; (ou socks5h://HOST:PORT), ou réglez-le dans Paramètres › Confidentialité.</translation>
    </message>
</context>
<context>
    <name>RedactCommand</name>
    <message>
        <source>Added &apos;%1&apos;: it is withheld from what is sent.</source>
        <translation>&apos;%1&apos; ajouté&#xa0;: il est masqué dans ce qui est envoyé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a term.</source>
        <translation>&apos;%1&apos; est déjà un terme.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term.</source>
        <translation>&apos;%1&apos; n&apos;est pas un terme.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; supprimé.</translation>
    </message>
    <message>
        <source>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; or &apos;redact terms list [--json]&apos;.</source>
        <translation>Utilisez &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; ou &apos;redact terms list [--json]&apos;.</translation>
    </message>
    <message>
        <source>Redaction is off (policy redact off): the text is sent as it is.</source>
        <translation>Le masquage est désactivé (policy redact off)&#xa0;: le texte est envoyé tel quel.</translation>
    </message>
    <message>
        <source>Nothing to withhold was found.</source>
        <translation>Rien à masquer n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Withhold personal data from what is sent (docs/PRIVACY.md).

  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider
                                    (what was replaced goes to stderr, or into --json)
  redact terms add TERM | remove TERM | list [--json]
                                    your own terms (names, a company, code names)

When it runs: sotto policy set redact off|internet|always. Detection can miss things.</source>
        <translation>Masquer les données personnelles dans ce qui est envoyé (docs/PRIVACY.md).

  redact --dry-run TEXT             afficher TEXT tel qu&apos;il serait envoyé à un fournisseur sur Internet
                                    (ce qui a été remplacé va sur stderr, ou dans --json)
  redact terms add TERM | remove TERM | list [--json]
                                    vos propres termes (noms, une entreprise, noms de code)

Quand le masquage s&apos;applique&#xa0;: sotto policy set redact off|internet|always. La détection peut laisser passer des données.</translation>
    </message>
    <message>
        <source>Show what would be sent.</source>
        <translation>Afficher ce qui serait envoyé.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>TEXT, or: terms add|remove|list</source>
        <translation>TEXT, ou&#xa0;: terms add|remove|list</translation>
    </message>
    <message>
        <source>Use &apos;redact --dry-run TEXT&apos; or &apos;redact terms add|remove|list&apos;.</source>
        <translation>Utilisez &apos;redact --dry-run TEXT&apos; ou &apos;redact terms add|remove|list&apos;.</translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message>
        <source>GPS position</source>
        <translation>position GPS</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>marque et modèle de l’appareil</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>date de prise de vue</translation>
    </message>
    <message>
        <source>software</source>
        <translation>logiciel</translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>%n autre balise</numerusform>
            <numerusform>%n autres balises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text note(s)</source>
        <translation>
            <numerusform>%n note texte</numerusform>
            <numerusform>%n notes texte</numerusform>
        </translation>
    </message>
    <message>
        <source>XMP data</source>
        <translation>données XMP</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>profil de couleurs</translation>
    </message>
    <message>
        <source>The image carried no metadata.</source>
        <translation>L’image ne contenait aucune métadonnée.</translation>
    </message>
    <message>
        <source>Removed before storing and sending: %1.</source>
        <extracomment>%1 is a list such as &quot;GPS position, camera make and model, 12 other tags&quot;.</extracomment>
        <translation>Retiré avant l’enregistrement et l’envoi : %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search titles, messages and reasoning in the vault (every word must match).</source>
        <translation>Rechercher dans les titres, les messages et les raisonnements du coffre (chaque mot doit correspondre).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (default 50).</source>
        <translation>Au plus &lt;n&gt; résultats (50 par défaut).</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Les mots à rechercher.</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the words to look for.</source>
        <translation>&apos;search&apos; attend les mots à rechercher.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>TerminalSendPrompter</name>
    <message>
        <source>this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>sur votre réseau local</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>sur Internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, on %4)? [y/N, a: yes and don&apos;t ask again for it] </source>
        <translation>Envoyer %1 à %2 (%3, %4)&#xa0;? [o/N, a&#xa0;: oui et ne plus demander] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the letter that answers yes to the [y/N] prompt</comment>
        <translation>o</translation>
    </message>
</context>
<context>
    <name>TranscribeCommand</name>
    <message>
        <source>Turn speech into text: send an audio file to an OpenAI-compatible transcription endpoint (audited like any request) and print the text. Without --provider or --api, the provider chosen for transcription in the settings is used.</source>
        <translation>Transformer la parole en texte : envoyer un fichier audio à un point de transcription compatible OpenAI (journalisé comme toute requête) et afficher le texte. Sans --provider ni --api, le fournisseur choisi pour la transcription dans les paramètres est utilisé.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Un fournisseur ajouté avec « sotto providers add ».</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai (any OpenAI-compatible server).</source>
        <translation>Fournisseur ponctuel : openai (tout serveur compatible OpenAI).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1).</source>
        <translation>Fournisseur ponctuel : la racine de l’API (p. ex. http://127.0.0.1:8000/v1).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Fournisseur ponctuel : la variable d’environnement qui contient la clé d’API.</translation>
    </message>
    <message>
        <source>The transcription model (default: the setting, else %1).</source>
        <translation>Le modèle de transcription (par défaut : le paramètre, sinon %1).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB.</source>
        <translation>L’audio : WAV, MP3, FLAC, Ogg, M4A ou WebM, 25 Mo au plus.</translation>
    </message>
    <message>
        <source>&apos;transcribe&apos; needs one audio file.</source>
        <translation>« transcribe » attend un fichier audio.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Indiquez soit --provider NOM, soit --api avec --base-url.</translation>
    </message>
    <message>
        <source>--api needs --base-url, and --base-url --api.</source>
        <translation>--api nécessite --base-url, et --base-url nécessite --api.</translation>
    </message>
    <message>
        <source>--api must be openai.</source>
        <translation>--api doit valoir openai.</translation>
    </message>
    <message>
        <source>The %1 API has no transcription endpoint; use --api openai with an OpenAI-compatible server.</source>
        <translation>L’API %1 n’a pas de point de transcription ; utilisez --api openai avec un serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>Give --provider NAME or --api openai with --base-url, or choose a transcription provider in the settings.</source>
        <translation>Indiquez --provider NOM ou --api openai avec --base-url, ou choisissez un fournisseur de transcription dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint.</source>
        <translation>%1 parle l’API %2, qui n’a pas de point de transcription.</translation>
    </message>
    <message>
        <source>Interrupted by %1.</source>
        <translation>Interrompu par %1.</translation>
    </message>
    <message>
        <source>The transcription ended without an answer.</source>
        <translation>La transcription s’est terminée sans réponse.</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <source>%1 is larger than %2 MB, the most a transcription service takes.</source>
        <translation>%1 dépasse %2 Mo, le maximum qu’accepte un service de transcription.</translation>
    </message>
    <message>
        <source>%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).</source>
        <translation>%1 n’est pas un audio transcriptible (WAV, MP3, FLAC, Ogg, M4A ou WebM).</translation>
    </message>
    <message>
        <source>No provider is chosen for transcription: choose one in Settings › Voice.</source>
        <translation>Aucun fournisseur n’est choisi pour la transcription : choisissez-en un dans Paramètres › Voix.</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>Look after the encrypted vault.</source>
        <translation>Entretenir le coffre chiffré.</translation>
    </message>
    <message>
        <source>change-passphrase: read the new passphrase from &lt;file&gt; (else $SOTTO_NEW_PASSPHRASE, else a prompt).</source>
        <translation>change-passphrase&#xa0;: lire la nouvelle phrase secrète dans &lt;file&gt; (sinon $SOTTO_NEW_PASSPHRASE, sinon une invite).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>remplacé lors d&apos;une restauration</translation>
    </message>
    <message>
        <source>There are no copies of the vault.</source>
        <translation>Il n&apos;existe aucune copie du coffre.</translation>
    </message>
    <message>
        <source>Restored the copy %1; the files it replaced are kept as another copy.</source>
        <translation>Copie %1 restaurée&#xa0;; les fichiers qu&apos;elle a remplacés sont conservés comme une autre copie.</translation>
    </message>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>Le coffre dans %1 est endommagé (%n problème trouvé).</numerusform>
            <numerusform>Le coffre dans %1 est endommagé (%n problèmes trouvés).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault in %1 is intact.</source>
        <translation>Le coffre dans %1 est intact.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>Il n&apos;y a pas encore de coffre dans %1.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Phrase secrète actuelle&#xa0;: </translation>
    </message>
    <message>
        <source>SOTTO_NEW_PASSPHRASE is empty.</source>
        <translation>SOTTO_NEW_PASSPHRASE est vide.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase has been changed.</source>
        <translation>La phrase secrète du coffre a été changée.</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). The backup is encrypted: it opens with the passphrase the vault has now.</source>
        <translation>Coffre sauvegardé dans %1 (%2). La sauvegarde est chiffrée&#xa0;: elle s&apos;ouvre avec la phrase secrète actuelle du coffre.</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>Phrase secrète de la sauvegarde %1&#xa0;: </translation>
    </message>
    <message>
        <source>The files it replaced are kept as the copy %1 (&apos;sotto vault backups&apos;).</source>
        <translation>Les fichiers remplacés sont conservés comme copie %1 (&apos;sotto vault backups&apos;).</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Coffre restauré à partir de %1, sauvegardé le %2.</translation>
    </message>
    <message>
        <source>restore: put back the vault from the backup file &lt;file&gt; (made by &apos;sotto vault backup&apos;; it asks for that backup&apos;s passphrase).</source>
        <translation>restore&#xa0;: remettre en place le coffre à partir du fichier de sauvegarde &lt;file&gt; (créé par &apos;sotto vault backup&apos;&#xa0;; la phrase secrète de cette sauvegarde est demandée).</translation>
    </message>
    <message>
        <source>backup FILE: write the vault, still encrypted, to one file; check: verify the vault&apos;s integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy or a backup file back (the current files are kept as another copy).</source>
        <translation>backup FILE&#xa0;: écrire le coffre, toujours chiffré, dans un seul fichier&#xa0;; check&#xa0;: vérifier l&apos;intégrité du coffre&#xa0;; change-passphrase&#xa0;: le rechiffrer avec une nouvelle phrase secrète&#xa0;; backups&#xa0;: lister les copies faites avant les mises à niveau et les restaurations&#xa0;; restore ID | restore --file FILE&#xa0;: remettre en place une copie ou un fichier de sauvegarde (les fichiers actuels sont conservés comme une autre copie).</translation>
    </message>
    <message>
        <source>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; or &apos;restore --file FILE&apos;.</source>
        <translation>Utilisez &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; ou &apos;restore --file FILE&apos;.</translation>
    </message>
</context>
<context>
    <name>sotto::AuditDashboard</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message>
        <source>There is no audit record %1.</source>
        <translation>Aucune entrée de journal %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>L’audit a été vidé : %n enregistrement antérieur a été supprimé.</numerusform>
            <numerusform>L’audit a été vidé : %n enregistrements antérieurs ont été supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ChatController</name>
    <message>
        <source>Add a model provider first (Settings → Providers).</source>
        <translation>Ajoutez d&apos;abord un fournisseur de modèles (Paramètres → Fournisseurs).</translation>
    </message>
    <message>
        <source>Choose a provider for this conversation.</source>
        <translation>Choisissez un fournisseur pour cette conversation.</translation>
    </message>
</context>
<context>
    <name>sotto::ChatGptReader</name>
    <message>
        <source>[image not included]</source>
        <translation>[image non incluse]</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Une conversation n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>A conversation has no message tree (&quot;mapping&quot;).</source>
        <translation>Une conversation n&apos;a pas d&apos;arbre de messages (&quot;mapping&quot;).</translation>
    </message>
</context>
<context>
    <name>sotto::ClaudeReader</name>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Une conversation n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages (&quot;chat_messages&quot;).</source>
        <translation>Une conversation n&apos;a pas de liste de messages (&quot;chat_messages&quot;).</translation>
    </message>
    <message>
        <source>Attached %1:</source>
        <translation>Pièce jointe %1&#xa0;:</translation>
    </message>
    <message>
        <source>[image not included]</source>
        <translation>[image non incluse]</translation>
    </message>
    <message>
        <source>[file not included: %1]</source>
        <translation>[fichier non inclus&#xa0;: %1]</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplatingTurn</name>
    <message>
        <source>agent %1 (%2)</source>
        <translation>agent %1 (%2)</translation>
    </message>
    <message>
        <source>no answer within the agent deadline of %1 s</source>
        <translation>aucune réponse dans le délai de %1 s accordé à l&apos;agent</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompue.</translation>
    </message>
    <message>
        <source>This conversation is local-only and the ensemble asks agents that are not on this machine; nothing was sent.</source>
        <translation>Cette conversation est en local uniquement et l&apos;ensemble interroge des agents qui ne sont pas sur cet ordinateur&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No agent answered — %1.</source>
        <translation>Aucun agent n&apos;a répondu — %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationEstimate</name>
    <message>
        <source>agent %1</source>
        <translation>agent %1</translation>
    </message>
    <message>
        <source>agent %1, round 2</source>
        <translation>agent %1, tour 2</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images</source>
        <translation>%1&#xa0;: %2 (%3) à %4 [%5]&#xa0;: %6 octets, %7 caractères, %8 images</translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, plus les réponses des agents</translation>
    </message>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>total&#xa0;: %n requête</numerusform>
            <numerusform>total&#xa0;: %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bytes, %2 characters, %3 images before the agents&apos; answers</source>
        <translation>, %1 octets, %2 caractères, %3 images avant les réponses des agents</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationSetup</name>
    <message>
        <source>There is no ensemble named “%1” any more: choose who contemplates.</source>
        <translation>Il n&apos;y a plus d&apos;ensemble nommé «&#xa0;%1&#xa0;»&#xa0;: choisissez qui délibère.</translation>
    </message>
    <message>
        <source>The ensemble “%1” names providers that are not configured: %2.</source>
        <translation>L&apos;ensemble «&#xa0;%1&#xa0;» désigne des fournisseurs non configurés&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationImport</name>
    <message>
        <source>[image not included]</source>
        <translation>[image non incluse]</translation>
    </message>
    <message>
        <source>It is not a %1: it looks like a %2.</source>
        <translation>Ce n&apos;est pas un %1&#xa0;: cela ressemble à un %2.</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>Conversation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It nests deeper than an export does (%1 levels).</source>
        <translation>Son imbrication est plus profonde que celle d&apos;un export (%1 niveaux).</translation>
    </message>
    <message>
        <source>It is damaged or incomplete: %1</source>
        <translation>Il est endommagé ou incomplet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationRepository</name>
    <message>
        <source>An incognito conversation is never stored.</source>
        <translation>Une conversation incognito n&apos;est jamais enregistrée.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>La conversation %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressExchange</name>
    <message>
        <source>The request to %1 could not be sent: %2.</source>
        <translation>La requête vers %1 n&apos;a pas pu être envoyée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not find the server %1.</source>
        <translation>Serveur %1 introuvable.</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the request (%1).</source>
        <translation>Non envoyée&#xa0;: le journal de confidentialité n&apos;a pas pu consigner la requête (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Impossible de se connecter à %1 en %2 s.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request was stopped.</source>
        <translation>%1 n&apos;a rien envoyé pendant %2 s&#xa0;; la requête a été interrompue.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Sotto does not follow redirects.</source>
        <translation>%1 a redirigé la requête vers %2&#xa0;; Sotto ne suit pas les redirections.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2).</source>
        <translation>%1 a envoyé une réponse malformée (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 a répondu HTTP %2%3.</translation>
    </message>
    <message>
        <source>%1 refused the connection; is the server running?</source>
        <translation>%1 a refusé la connexion&#xa0;; le serveur est-il lancé&#xa0;?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>La connexion sécurisée à %1 a échoué.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was set up.</source>
        <translation>%1 a fermé la connexion avant qu&apos;elle soit établie.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not sent, blocked by your privacy settings: %1.</source>
        <translation>Non envoyée, bloquée par vos paramètres de confidentialité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sotto was closing.</source>
        <translation>Sotto était en cours de fermeture.</translation>
    </message>
    <message>
        <source>Could not look up the server %1 within %2 s.</source>
        <translation>Impossible de trouver le serveur %1 en %2 s.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1 n&apos;a pas répondu en %2 s&#xa0;; la requête a été interrompue.</translation>
    </message>
    <message>
        <source>Stopped by your privacy settings: %1.</source>
        <translation>Arrêté par vos réglages de confidentialité : %1.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the proxy of provider %2 is not valid (%3).</source>
        <translation>La requête vers %1 n’a pas pu être envoyée&#xa0;: le proxy du fournisseur %2 n’est pas valide (%3).</translation>
    </message>
    <message>
        <source>Could not find the proxy %1.</source>
        <translation>Impossible de trouver le proxy %1.</translation>
    </message>
    <message>
        <source>The proxy %1 did not connect to %2: %3.</source>
        <translation>Le proxy %1 ne s’est pas connecté à %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The proxy %1 sent data of its own before the request to %2.</source>
        <translation>Le proxy %1 a envoyé ses propres données avant la requête vers %2.</translation>
    </message>
    <message>
        <source>Could not look up the proxy %1 within %2 s.</source>
        <translation>Impossible de résoudre le proxy %1 en %2&#xa0;s.</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2 within %3 s.</source>
        <translation>Impossible de se connecter à %1 par le proxy %2 en %3&#xa0;s.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection; is it running?</source>
        <translation>Le proxy %1 a refusé la connexion&#xa0;; est-il lancé&#xa0;?</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before connecting to %2.</source>
        <translation>Le proxy %1 a fermé la connexion avant de se connecter à %2.</translation>
    </message>
    <message>
        <source>The connection to the proxy %1 failed: %2</source>
        <translation>La connexion au proxy %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sotto::EgressPolicy</name>
    <message>
        <source>provider %1 is disabled</source>
        <translation>le fournisseur %1 est désactivé</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>le mode hors ligne est activé</translation>
    </message>
    <message>
        <source>conversation is local-only</source>
        <translation>la conversation est locale uniquement</translation>
    </message>
    <message>
        <source>http-to-internet is denied for provider %1</source>
        <translation>http-to-internet est refusé pour le fournisseur %1</translation>
    </message>
    <message>
        <source>you declined sending</source>
        <translation>vous avez refusé l&apos;envoi</translation>
    </message>
    <message>
        <source>ask-before-send is on and nothing could ask you</source>
        <translation>ask-before-send est activé et rien ne pouvait vous le demander</translation>
    </message>
    <message>
        <source>ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address</source>
        <translation>demander avant d&apos;envoyer&#xa0;: vous avez approuvé %1 comme destination %2, mais il correspond à une adresse %3</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleCatalog</name>
    <message>
        <source>Choose a provider for every agent.</source>
        <translation>Choisissez un fournisseur pour chaque agent.</translation>
    </message>
    <message>
        <source>There is already an ensemble named %1.</source>
        <translation>Il existe déjà un ensemble nommé %1.</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleRepository</name>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Un ensemble doit avoir un nom.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents.</source>
        <translation>Un ensemble compte de %1 à %2 agents.</translation>
    </message>
    <message>
        <source>An ensemble has 1 or 2 rounds.</source>
        <translation>Un ensemble compte 1 ou 2 tours.</translation>
    </message>
    <message>
        <source>There is no ensemble named %1.</source>
        <translation>Aucun ensemble ne s&apos;appelle %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ExportLabels</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
    </message>
    <message>
        <source>Exported from Sotto on %1</source>
        <translation>Exporté de Sotto le %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistant · %1</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 sur %2</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 jetons en entrée · %2 en sortie</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Agent %1 · %2 · round %3</source>
        <translation>Agent %1 · %2 · tour %3</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
</context>
<context>
    <name>sotto::ExportTarget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>c&apos;est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>l&apos;export n&apos;a pas commencé</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
</context>
<context>
    <name>sotto::ImportFormat</name>
    <message>
        <source>Sotto JSON export</source>
        <translation>export JSON de Sotto</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>export ChatGPT</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>export Claude</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSniffer</name>
    <message>
        <source>It is not a JSON file.</source>
        <translation>Ce n&apos;est pas un fichier JSON.</translation>
    </message>
    <message>
        <source>It is not an export of Sotto, ChatGPT or Claude.</source>
        <translation>Ce n&apos;est pas un export de Sotto, ChatGPT ou Claude.</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It is a damaged or incomplete zip file.</source>
        <translation>C&apos;est un fichier zip endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>It is a damaged zip file.</source>
        <translation>C&apos;est un fichier zip endommagé.</translation>
    </message>
    <message>
        <source>It holds a file whose path leaves the archive (%1).</source>
        <translation>Il contient un fichier dont le chemin sort de l&apos;archive (%1).</translation>
    </message>
    <message>
        <source>The zip file holds no conversations.json.</source>
        <translation>Le fichier zip ne contient pas de conversations.json.</translation>
    </message>
    <message>
        <source>Its conversations.json is larger than an import may be.</source>
        <translation>Son conversations.json est plus volumineux que ce qu&apos;une importation autorise.</translation>
    </message>
    <message>
        <source>There is no archive to read from.</source>
        <translation>Il n&apos;y a aucune archive à lire.</translation>
    </message>
    <message>
        <source>The zip file has no %1.</source>
        <translation>Le fichier zip ne contient pas %1.</translation>
    </message>
    <message>
        <source>%1 is larger than it may be.</source>
        <translation>%1 est plus volumineux qu&apos;autorisé.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>sotto::JsonByteSource</name>
    <message>
        <source>It unpacks to far more than it holds (a zip bomb).</source>
        <translation>Il se décompresse en bien plus que ce qu&apos;il contient (une bombe zip).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>It is larger than an import may be (%1 MB).</source>
        <translation>Il est plus volumineux que ce qu&apos;une importation autorise (%1&#xa0;Mo).</translation>
    </message>
    <message>
        <source>It holds a text longer than an import may hold (%1 MB).</source>
        <translation>Il contient un texte plus long qu&apos;une importation ne l&apos;autorise (%1&#xa0;Mo).</translation>
    </message>
</context>
<context>
    <name>sotto::JsonElementStream</name>
    <message>
        <source>binary data</source>
        <translation>données binaires</translation>
    </message>
    <message>
        <source>%1 (near byte %2)</source>
        <translation>%1 (vers l&apos;octet %2)</translation>
    </message>
    <message>
        <source>It is not a list of conversations.</source>
        <translation>Ce n&apos;est pas une liste de conversations.</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>Son &quot;%1&quot; n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>It is not an object.</source>
        <translation>Ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>It has no &quot;%1&quot; list.</source>
        <translation>Il n&apos;a pas de liste &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It ended too soon.</source>
        <translation>Il se termine trop tôt.</translation>
    </message>
</context>
<context>
    <name>sotto::KeyDerivation</name>
    <message>
        <source>The vault&apos;s key derivation settings are invalid.</source>
        <translation>Les paramètres de dérivation de clé du coffre ne sont pas valides.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key.</source>
        <translation>Mémoire insuffisante pour dériver la clé du coffre.</translation>
    </message>
</context>
<context>
    <name>sotto::LocalServerDiscovery</name>
    <message>
        <source>The answer was too long for a list of models.</source>
        <translation>La réponse était trop longue pour une liste de modèles.</translation>
    </message>
</context>
<context>
    <name>sotto::MessageRepository</name>
    <message>
        <source>There is no message %1.</source>
        <translation>Le message %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>La pièce jointe %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>La conversation %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>sotto::PassphraseStrength</name>
    <message>
        <source>Very weak: this could be guessed in moments.</source>
        <translation>Très faible&#xa0;: elle serait devinée en un instant.</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words to make it stronger.</source>
        <translation>Faible&#xa0;: ajoutez quelques mots sans rapport entre eux pour la renforcer.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Excellent.</source>
        <translation>Excellente.</translation>
    </message>
</context>
<context>
    <name>sotto::PdfExport</name>
    <message>
        <source>Could not write the PDF.</source>
        <translation>Impossible d&apos;écrire le PDF.</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>Le dossier de profil %1 n&apos;est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderErrors</name>
    <message>
        <source>%1 is overloaded right now; try again in a moment.</source>
        <translation>%1 est surchargé en ce moment&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1 signale une limite de débit&#xa0;; réessayez dans %n s.</numerusform>
            <numerusform>%1 signale une limite de débit&#xa0;; réessayez dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports a rate limit; try again later.</source>
        <translation>%1 signale une limite de débit&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 rejected the API key.</source>
        <translation>%1 a refusé la clé d&apos;API.</translation>
    </message>
    <message>
        <source>%1 has no model named “%2”.</source>
        <translation>%1 n&apos;a aucun modèle nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has no such API endpoint (HTTP 404); check the provider&apos;s base URL.</source>
        <translation>%1 n&apos;a pas ce point d&apos;accès d&apos;API (HTTP 404)&#xa0;; vérifiez l&apos;URL de base du fournisseur.</translation>
    </message>
    <message>
        <source>%1 says the account has no credit or quota left.</source>
        <translation>%1 indique que le compte n&apos;a plus de crédit ni de quota.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2): %3</source>
        <translation>%1 a rencontré une erreur serveur (HTTP %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 a rencontré une erreur serveur (HTTP %2)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 a refusé la requête&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 a refusé la requête (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 a répondu par une erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 a répondu avec le statut HTTP %2.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error.</source>
        <translation>%1 a interrompu la réponse sur une erreur.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error: %2</source>
        <translation>%1 a interrompu la réponse sur une erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 says the conversation is longer than the model can read at once (its context window). Lower the provider&apos;s context budget so that older messages are left out, or start a new conversation.</source>
        <translation>%1 indique que la conversation est plus longue que ce que le modèle peut lire d&apos;un coup (sa fenêtre de contexte). Réduisez le budget de contexte du fournisseur pour que les messages plus anciens soient laissés de côté, ou commencez une nouvelle conversation.</translation>
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
        <translation>Ollama (sur cet ordinateur)</translation>
    </message>
    <message>
        <source>llama.cpp server (on this computer)</source>
        <translation>Serveur llama.cpp (sur cet ordinateur)</translation>
    </message>
    <message>
        <source>LM Studio (on this computer)</source>
        <translation>LM Studio (sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>Personnalisé, compatible OpenAI</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>Un fournisseur doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Aucun fournisseur ne s&apos;appelle %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRequests</name>
    <message>
        <source>The provider&apos;s list of models could not be read.</source>
        <translation>La liste des modèles du fournisseur n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>sotto::ProxyHandshake</name>
    <message>
        <source>general failure</source>
        <translation>échec général</translation>
    </message>
    <message>
        <source>not allowed by its rules</source>
        <translation>interdit par ses règles</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <source>host unreachable or not found</source>
        <translation>hôte inaccessible ou introuvable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>time to live expired</source>
        <translation>durée de vie (TTL) expirée</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>commande non prise en charge</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>type d’adresse non pris en charge</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>the host name is too long for a SOCKS5 proxy</source>
        <translation>le nom d’hôte est trop long pour un proxy SOCKS5</translation>
    </message>
    <message>
        <source>the HTTP proxy&apos;s answer to CONNECT is too long</source>
        <translation>la réponse du proxy HTTP à CONNECT est trop longue</translation>
    </message>
    <message>
        <source>the HTTP proxy did not answer in HTTP</source>
        <translation>le proxy HTTP n’a pas répondu en HTTP</translation>
    </message>
    <message>
        <source>the HTTP proxy refused the tunnel: %1</source>
        <translation>le proxy HTTP a refusé le tunnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>the proxy does not speak SOCKS5</source>
        <translation>le proxy ne parle pas SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy wants a login, which Sotto does not support</source>
        <translation>le proxy SOCKS5 demande une authentification, que Sotto ne prend pas en charge</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy could not connect: %1</source>
        <translation>le proxy SOCKS5 n’a pas pu se connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy sent a malformed reply</source>
        <translation>le proxy SOCKS5 a envoyé une réponse mal formée</translation>
    </message>
</context>
<context>
    <name>sotto::ProxySpec</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL; use http://HOST:PORT or socks5h://HOST:PORT.</source>
        <translation>&apos;%1&apos; n’est pas une URL de proxy&#xa0;; utilisez http://HOST:PORT ou socks5h://HOST:PORT.</translation>
    </message>
    <message>
        <source>With socks5:// every server&apos;s name would be looked up on this computer; use socks5h:// so the proxy resolves names.</source>
        <translation>Avec socks5://, le nom de chaque serveur serait résolu sur cet ordinateur&#xa0;; utilisez socks5h:// pour que le proxy résolve les noms.</translation>
    </message>
    <message>
        <source>Sotto speaks http:// (CONNECT) and socks5h:// proxies, not %1://.</source>
        <translation>Sotto prend en charge les proxys http:// (CONNECT) et socks5h://, pas %1://.</translation>
    </message>
    <message>
        <source>A proxy URL may not carry a user name or password.</source>
        <translation>Une URL de proxy ne peut pas contenir de nom d’utilisateur ni de mot de passe.</translation>
    </message>
    <message>
        <source>A proxy URL is only a scheme, a host and a port.</source>
        <translation>Une URL de proxy n’est qu’un schéma, un hôte et un port.</translation>
    </message>
    <message>
        <source>A proxy URL needs its port (for example socks5h://127.0.0.1:9050).</source>
        <translation>Une URL de proxy doit indiquer son port (par exemple socks5h://127.0.0.1:9050).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name is too long.</source>
        <translation>Le nom d’hôte du proxy est trop long.</translation>
    </message>
</context>
<context>
    <name>sotto::SendPrompter</name>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Text: %1 characters</source>
        <translation>Texte : %1 caractères</translation>
    </message>
    <message>
        <source>Messages: %1 sent (the question included), %2 earlier ones left out to fit the context</source>
        <translation>Messages : %1 envoyés (la question comprise), %2 antérieurs laissés de côté pour tenir dans le contexte</translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>Images : %1 (%2)</translation>
    </message>
    <message>
        <source>Personal data replaced by placeholders: %1</source>
        <translation>Données personnelles remplacées par des marques : %1</translation>
    </message>
</context>
<context>
    <name>sotto::Session</name>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Une copie du %1 existe&#xa0;: &apos;sotto vault restore %2&apos; la remet en place.</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <source>An answer is still being written. Stop it or let it finish, then restore the backup.</source>
        <translation>Une réponse est encore en cours d&apos;écriture. Arrêtez-la ou laissez-la se terminer, puis restaurez la sauvegarde.</translation>
    </message>
    <message>
        <source>The provider chosen for transcription, %1, is no longer configured: choose another in Settings › Voice.</source>
        <translation>Le fournisseur choisi pour la transcription, %1, n’est plus configuré : choisissez-en un autre dans Paramètres › Voix.</translation>
    </message>
</context>
<context>
    <name>sotto::SottoJsonReader</name>
    <message>
        <source>It is not a Sotto JSON export.</source>
        <translation>Ce n&apos;est pas un export JSON de Sotto.</translation>
    </message>
    <message>
        <source>It is a version of Sotto&apos;s format this Sotto cannot read.</source>
        <translation>C&apos;est une version du format de Sotto que ce Sotto ne peut pas lire.</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Une conversation n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages.</source>
        <translation>Une conversation n&apos;a pas de liste de messages.</translation>
    </message>
    <message>
        <source>A message has no id, or one another message has.</source>
        <translation>Un message n&apos;a pas d&apos;identifiant, ou a celui d&apos;un autre message.</translation>
    </message>
    <message>
        <source>Message %1 follows a message that is not before it.</source>
        <translation>Le message %1 suit un message qui ne le précède pas.</translation>
    </message>
    <message>
        <source>Message %1 has no role.</source>
        <translation>Le message %1 n&apos;a pas de rôle.</translation>
    </message>
    <message>
        <source>An image of message %1 is not base64.</source>
        <translation>Une image du message %1 n&apos;est pas en base64.</translation>
    </message>
</context>
<context>
    <name>sotto::SqlStatement</name>
    <message>
        <source>The disk is full, so the vault could not save the latest change. Free some space; what was saved before is intact.</source>
        <translation>Le disque est plein&#xa0;: le coffre n&apos;a pas pu enregistrer la dernière modification. Libérez de l&apos;espace&#xa0;; ce qui avait été enregistré avant est intact.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (read-only or no permission), so the latest change was not saved.</source>
        <translation>Le dossier du coffre n&apos;est pas accessible en écriture (lecture seule ou droits insuffisants)&#xa0;: la dernière modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A read or write error occurred in the vault, so the latest change was not saved.</source>
        <translation>Une erreur de lecture ou d&apos;écriture s&apos;est produite dans le coffre&#xa0;: la dernière modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Run an integrity check.</source>
        <translation>La base de données du coffre est endommagée. Lancez une vérification d&apos;intégrité.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again.</source>
        <translation>Le coffre est occupé. Réessayez.</translation>
    </message>
    <message>
        <source>The change conflicts with what the vault holds.</source>
        <translation>La modification est en conflit avec le contenu du coffre.</translation>
    </message>
    <message>
        <source>Unexpected vault error.</source>
        <translation>Erreur inattendue du coffre.</translation>
    </message>
</context>
<context>
    <name>sotto::StreamParser</name>
    <message>
        <source>The provider reported an error.</source>
        <translation>Le fournisseur a signalé une erreur.</translation>
    </message>
    <message>
        <source>Gemini refused the prompt (%1).</source>
        <translation>Gemini a refusé l&apos;invite (%1).</translation>
    </message>
    <message>
        <source>The server sent a part of the answer that is not valid JSON; it was skipped.</source>
        <translation>Le serveur a envoyé une partie de la réponse qui n&apos;est pas du JSON valide&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The server sent a line or an event larger than %1 MiB; the answer was stopped there.</source>
        <translation>Le serveur a envoyé une ligne ou un événement de plus de %1 Mio&#xa0;; la réponse a été interrompue à ce point.</translation>
    </message>
</context>
<context>
    <name>sotto::TurnRunner</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The message to answer again is gone.</source>
        <translation>Le message auquel répondre à nouveau n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The question is too long for the context budget of %1 tokens (about %2 tokens). Shorten it, attach fewer images, or raise the provider&apos;s context budget.</source>
        <translation>La question est trop longue pour le budget de contexte de %1 jetons (environ %2 jetons). Raccourcissez-la, joignez moins d&apos;images ou augmentez le budget de contexte du fournisseur.</translation>
    </message>
</context>
<context>
    <name>sotto::Vault</name>
    <message>
        <source>The vault in %1 is already open in another Sotto process (process %2). Close it first.</source>
        <translation>Le coffre dans %1 est déjà ouvert dans un autre processus Sotto (processus %2). Fermez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La phrase secrète ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The profile %1 already holds a vault; Sotto will not overwrite it.</source>
        <translation>Le profil %1 contient déjà un coffre&#xa0;; Sotto ne l&apos;écrasera pas.</translation>
    </message>
    <message>
        <source>Cannot finish creating the vault in %1.</source>
        <translation>Impossible de terminer la création du coffre dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1.</source>
        <translation>Impossible de créer le coffre dans %1.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>Il n&apos;y a pas encore de coffre dans %1.</translation>
    </message>
    <message>
        <source>The vault header %1 does not belong to the database %2 (their database ids differ). Nothing was changed; put back the header that came with this database, or restore a backup.</source>
        <translation>L&apos;en-tête de coffre %1 n&apos;appartient pas à la base de données %2 (leurs identifiants de base diffèrent). Rien n&apos;a été modifié&#xa0;; remettez l&apos;en-tête fourni avec cette base de données, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Impossible d&apos;écrire l&apos;en-tête de coffre %1.</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer version of Sotto (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>Le coffre dans %1 a été écrit par une version plus récente de Sotto (schéma %2&#xa0;; cette version connaît jusqu&apos;au %3). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Sotto: %1 It was left at schema version %2, and the copy taken before the update is in %3.</source>
        <translation>Le coffre n&apos;a pas pu être mis à niveau vers cette version de Sotto&#xa0;: %1 Il est resté à la version de schéma %2, et la copie faite avant la mise à niveau se trouve dans %3.</translation>
    </message>
    <message>
        <source>Cannot open the vault database %1.</source>
        <translation>Impossible d&apos;ouvrir la base de données du coffre %1.</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption engine rejected the key.</source>
        <translation>Le moteur de chiffrement du coffre a refusé la clé.</translation>
    </message>
    <message>
        <source>Sotto was built against an SQLite without encryption; it refuses to write the vault in clear. Rebuild it with SQLCipher.</source>
        <translation>Sotto a été compilé avec un SQLite sans chiffrement&#xa0;; il refuse d&apos;écrire le coffre en clair. Recompilez-le avec SQLCipher.</translation>
    </message>
    <message>
        <source>Cannot configure the vault&apos;s encryption.</source>
        <translation>Impossible de configurer le chiffrement du coffre.</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be read although the passphrase is right: it is damaged, or was replaced by another file. Nothing was changed; restore a backup.</source>
        <translation>La base de données du coffre %1 est illisible bien que la phrase secrète soit correcte&#xa0;: elle est endommagée ou a été remplacée par un autre fichier. Rien n&apos;a été modifié&#xa0;; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support write-ahead logging.</source>
        <translation>Le dossier du coffre ne prend pas en charge la journalisation WAL (write-ahead logging).</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The change was rolled back.</source>
        <translation>La modification a été annulée.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nouvelle phrase secrète ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La phrase secrète actuelle est incorrecte.</translation>
    </message>
    <message>
        <source>The vault is still in use; the passphrase was not changed.</source>
        <translation>Le coffre est encore utilisé&#xa0;; la phrase secrète n&apos;a pas été changée.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the passphrase was not changed.</source>
        <translation>Impossible de remplacer %1&#xa0;; la phrase secrète n&apos;a pas été changée.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish this at the next unlock.</source>
        <translation>La phrase secrète a été changée, mais %1 n&apos;a pas pu être renommé en %2&#xa0;; Sotto terminera l&apos;opération au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase.</source>
        <translation>Ce n&apos;est pas la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>The vault cannot keep its temporary data in memory, so it was not opened.</source>
        <translation>Le coffre ne peut pas garder ses données temporaires en mémoire&#xa0;: il n&apos;a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultArchive</name>
    <message>
        <source>Cannot back up the vault now: part of it is still being written. Try again in a moment.</source>
        <translation>Impossible de sauvegarder le coffre pour l&apos;instant&#xa0;: une partie est encore en cours d&apos;écriture. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>Impossible de lire le coffre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written there; check the folder and the free space, then try again.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2. Rien n&apos;y a été écrit&#xa0;; vérifiez le dossier et l&apos;espace libre, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a Sotto vault backup it can read: %2</source>
        <translation>%1 n&apos;est pas une sauvegarde de coffre Sotto lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>son début ne correspond pas à une sauvegarde</translation>
    </message>
    <message>
        <source>it has format %1, which this version of Sotto does not know</source>
        <translation>elle est au format %1, que cette version de Sotto ne connaît pas</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>sa description est endommagée</translation>
    </message>
    <message>
        <source>the key parameters it holds are damaged</source>
        <translation>les paramètres de clé qu&apos;elle contient sont endommagés</translation>
    </message>
    <message>
        <source>it is incomplete (cut short)</source>
        <translation>elle est incomplète (tronquée)</translation>
    </message>
    <message>
        <source>it has extra bytes at the end</source>
        <translation>elle contient des octets en trop à la fin</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content does not match its checksum.</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;: son contenu ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key parameters belong to another vault.</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;: ses paramètres de clé appartiennent à un autre coffre.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1. Nothing was changed; use the passphrase the vault had when the backup was made.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la sauvegarde %1. Rien n&apos;a été modifié&#xa0;; utilisez la phrase secrète qu&apos;avait le coffre au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sotto::VaultBackups</name>
    <message>
        <source>Cannot copy the vault to %1 before updating it. Nothing was changed; free some space and try again.</source>
        <translation>Impossible de copier le coffre dans %1 avant de le mettre à niveau. Rien n&apos;a été modifié&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>La sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot remove the backup %1.</source>
        <translation>Impossible de supprimer la sauvegarde %1.</translation>
    </message>
    <message>
        <source>The vault in %1 is open in another Sotto process; close it before restoring a backup.</source>
        <translation>Le coffre dans %1 est ouvert dans un autre processus Sotto&#xa0;; fermez-le avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to restore the backup. Nothing was deleted; the files moved so far are in %2.</source>
        <translation>Impossible de mettre %1 de côté pour restaurer la sauvegarde. Rien n&apos;a été supprimé&#xa0;; les fichiers déjà déplacés se trouvent dans %2.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place. The previous files are in %2.</source>
        <translation>Impossible de remettre en place la sauvegarde %1. Les fichiers précédents se trouvent dans %2.</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place. The previous files are in %2.</source>
        <translation>Impossible de mettre en place la sauvegarde %1. Les fichiers précédents se trouvent dans %2.</translation>
    </message>
    <message>
        <source>Cannot read the copy in %1.</source>
        <translation>Impossible de lire la copie dans %1.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultHeader</name>
    <message>
        <source>The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.</source>
        <translation>L&apos;en-tête de coffre %1 est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde du dossier de profil.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>not a Sotto vault header</source>
        <translation>pas un en-tête de coffre Sotto</translation>
    </message>
    <message>
        <source>The vault header %1 has format %2, which this version of Sotto cannot read.</source>
        <translation>L&apos;en-tête de coffre %1 est au format %2, que cette version de Sotto ne sait pas lire.</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>dérivation de clé inconnue</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>champs manquants ou malformés</translation>
    </message>
    <message>
        <source>impossible key derivation limits</source>
        <translation>limites de dérivation de clé impossibles</translation>
    </message>
    <message>
        <source>The vault header %1 is missing. Without it the vault cannot be unlocked; restore it from a backup of the profile folder.</source>
        <translation>L&apos;en-tête de coffre %1 est manquant. Sans lui, le coffre ne peut pas être déverrouillé&#xa0;; restaurez-le à partir d&apos;une sauvegarde du dossier de profil.</translation>
    </message>
    <message>
        <source>Cannot read the vault header %1: %2</source>
        <translation>Impossible de lire l&apos;en-tête de coffre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Impossible d&apos;écrire l&apos;en-tête de coffre %1.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing. Restore it from a backup of the profile folder.</source>
        <translation>La base de données du coffre %1 est manquante. Restaurez-la à partir d&apos;une sauvegarde du dossier de profil.</translation>
    </message>
    <message>
        <source>Cannot read the vault database %1: %2</source>
        <translation>Impossible de lire la base de données du coffre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The vault database %1 is not encrypted. Sotto refuses to use it.</source>
        <translation>La base de données du coffre %1 n&apos;est pas chiffrée. Sotto refuse de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; restore a backup.</source>
        <translation>La base de données du coffre %1 est tronquée ou endommagée (%2 octets). Rien n&apos;a été modifié&#xa0;; restaurez une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>There is no answer being streamed as message %1.</source>
        <translation>Aucune réponse n&apos;est en cours de réception comme message %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Replace the stored API key</source>
        <translation>Remplacer la clé d&apos;API enregistrée</translation>
    </message>
    <message>
        <source>Clear the stored API key</source>
        <translation>Effacer la clé d&apos;API enregistrée</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>The stored key is removed when you save.</source>
        <translation>La clé enregistrée sera supprimée lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>La nouvelle clé remplacera celle enregistrée lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Key stored (%1)</source>
        <translation>Clé enregistrée (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AppearancePage</name>
    <message>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Conversation text size in points</source>
        <translation>Taille du texte des conversations, en points</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Conversation text &amp;size:</source>
        <translation>Ta&amp;ille du texte des conversations&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance is stored outside the vault, so it applies before you unlock. It never names anything you wrote.</source>
        <translation>L&apos;apparence est enregistrée hors du coffre, pour s&apos;appliquer avant le déverrouillage. Elle ne mentionne jamais rien de ce que vous avez écrit.</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (Shift+Enter starts a new line)</source>
        <translation>&amp;Entrée envoie le message (Maj+Entrée insère une nouvelle ligne)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>Désactivé&#xa0;: Entrée insère une nouvelle ligne et Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Sotto will use this language the next time it starts.</source>
        <translation>Sotto utilisera cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditLabels</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Réseau local</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.</source>
        <translation>Boucle locale (127.0.0.0/8, ::1, localhost) : rien n’a quitté cet ordinateur.</translation>
    </message>
    <message>
        <source>Local network (a private, link-local or .local address): it left this computer, not the local network.</source>
        <translation>Réseau local (adresse privée, lien-local ou .local) : la requête a quitté cet ordinateur, pas le réseau local.</translation>
    </message>
    <message>
        <source>Internet (any other address or host name): it left your network.</source>
        <translation>Internet (toute autre adresse ou nom d’hôte) : la requête a quitté votre réseau.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>Envoyée, sans réponse</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
        <translation>Audit vidé</translation>
    </message>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>%n enregistrement supprimé</numerusform>
            <numerusform>%n enregistrements supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloquée : %1</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>Bloquée · %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>%n requête d’une réponse</numerusform>
            <numerusform>%n requêtes d’une réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%1 sur %n terminée</numerusform>
            <numerusform>%1 sur %n terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Masquages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1 : %2 en %n requête</numerusform>
            <numerusform>%1 : %2 en %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>Rien d’envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>%n requête · %1</numerusform>
            <numerusform>%n requêtes · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraDialog</name>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra :</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Use Photo</source>
        <translation>&amp;Utiliser la photo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Take the photo (Space or Enter)</source>
        <translation>Prendre la photo (Espace ou Entrée)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>Utiliser la photo</translation>
    </message>
    <message>
        <source>Attach this photo to your message; its metadata is removed like any image&apos;s</source>
        <translation>Joindre cette photo à votre message ; ses métadonnées sont retirées comme pour toute image</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied. Choose another camera, or cancel.</source>
        <translation>Cette caméra est inutilisable : un autre programme l’utilise peut-être, ou l’accès a été refusé. Choisissez une autre caméra, ou annulez.</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied.</source>
        <translation>Cette caméra est inutilisable : un autre programme l’utilise peut-être, ou l’accès a été refusé.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>La photo n’a pas pu être prise. Réessayez.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraFlow</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>Aucune caméra n’a été trouvée sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChangePassphraseBox</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>Les nouvelles phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hanger la phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation>Robustesse de la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation>Rechiffrement du coffre</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase. The old one stops working, and there is still no way to recover a lost passphrase.</source>
        <translation>Le coffre est rechiffré avec la nouvelle phrase secrète. L&apos;ancienne cesse de fonctionner, et il n&apos;existe toujours aucun moyen de récupérer une phrase secrète perdue.</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>&amp;Actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nouvelle&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmer&#xa0;:</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase secrète est identique à l&apos;actuelle.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Phrase secrète faible</translation>
    </message>
    <message>
        <source>The new passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>La nouvelle phrase secrète est facile à deviner. Quiconque copie le fichier du coffre pourrait essayer rapidement de nombreuses phrases secrètes. L&apos;utiliser quand même&#xa0;?</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La phrase secrète actuelle est incorrecte. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>La phrase secrète n&apos;a pas été changée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>Phrase secrète changée. Utilisez désormais la nouvelle phrase secrète.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message>
        <source>Local only</source>
        <translation>Local uniquement</translation>
    </message>
    <message>
        <source>Refuse to send this conversation anywhere but this computer</source>
        <translation>Refuser d&apos;envoyer cette conversation ailleurs que sur cet ordinateur</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this message from the vault?</source>
        <translation>Supprimer ce message du coffre&#xa0;?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Editing your message: send to ask again from there, or press Esc to cancel.</source>
        <translation>Modification de votre message&#xa0;: envoyez-le pour reposer la question à partir de là, ou appuyez sur Échap pour annuler.</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the answer first (Esc), then delete the message.</source>
        <translation>Arrêtez d&apos;abord la réponse (Échap), puis supprimez le message.</translation>
    </message>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>Supprimer du coffre ce message et le %n message qui le suit dans cette version ?</numerusform>
            <numerusform>Supprimer du coffre ce message et les %n messages qui le suivent dans cette version ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Incognito: nothing in this chat is stored</source>
        <translation>Incognito&#xa0;: rien de cette discussion n&apos;est enregistré</translation>
    </message>
    <message>
        <source>This conversation is never written to the vault: closing it, opening another or locking forgets it. Requests are still recorded in the privacy log.</source>
        <translation>Cette conversation n&apos;est jamais écrite dans le coffre&#xa0;: la fermer, en ouvrir une autre ou verrouiller l&apos;efface. Les requêtes restent consignées dans le journal de confidentialité.</translation>
    </message>
    <message>
        <source>Contemplate this question?</source>
        <translation>Soumettre cette question à la délibération&#xa0;?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>This answer&apos;s agents are not in the vault any more.</source>
        <translation>Les agents de cette réponse ne sont plus dans le coffre.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>ce modèle</translation>
    </message>
    <message>
        <source>%1 agents of %2</source>
        <translation>%1 agents de %2</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble “%1” (%n agents)</source>
        <translation>
            <numerusform>Ensemble «&#xa0;%1&#xa0;» (%n agent)</numerusform>
            <numerusform>Ensemble «&#xa0;%1&#xa0;» (%n agents)</numerusform>
        </translation>
    </message>
    <message>
        <source>the agents of the ensemble “%1”</source>
        <translation>les agents de l&apos;ensemble «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. %1 cannot contemplate now: choose a provider, or an ensemble whose providers are all configured.</source>
        <translation>Délibération (Ctrl+3)&#xa0;: plusieurs agents raisonnent en parallèle, puis une réponse unique est synthétisée à partir des leurs. Pour l&apos;instant, %1 ne peuvent pas délibérer&#xa0;: choisissez un fournisseur, ou un ensemble dont tous les fournisseurs sont configurés.</translation>
    </message>
    <message>
        <source>Send without the images?</source>
        <translation>Envoyer sans les images ?</translation>
    </message>
    <message>
        <source>Send the text alone, or cancel and choose a model that sees images.</source>
        <translation>Envoyez le texte seul, ou annulez et choisissez un modèle qui voit les images.</translation>
    </message>
    <message>
        <source>Send Text Only</source>
        <translation>Envoyer le texte seul</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images.</source>
        <extracomment>%1 a model, %2 its provider.</extracomment>
        <translation>%1 n’accepte que du texte, selon %2 : il ne voit pas les images.</translation>
    </message>
    <message>
        <source>Choose a model that sees images, or the text is sent alone.</source>
        <translation>Choisissez un modèle qui voit les images, sinon le texte part seul.</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Dicter</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>This message is no longer in the vault.</source>
        <translation>Ce message n&apos;est plus dans le coffre.</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Plus récent</translation>
    </message>
    <message>
        <source>Go to the latest message (Ctrl+End)</source>
        <translation>Aller au message le plus récent (Ctrl+Fin)</translation>
    </message>
    <message>
        <source>Go to the latest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>Joindre des images (vous pouvez aussi les coller ou les déposer)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée envoie, Maj+Entrée insère une nouvelle ligne</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Entrée envoie, Entrée insère une nouvelle ligne</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Retirer l&apos;image %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what has arrived is kept</source>
        <translation>Arrêter la réponse (Échap)&#xa0;; ce qui est déjà arrivé est conservé</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>Envoyer (Entrée ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Prendre une photo avec la caméra</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Dictate: speak, and the words are written here for you to check</source>
        <translation>Dicter : parlez, les mots s’écrivent ici pour que vous les vérifiiez</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Dicter</translation>
    </message>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>Image %1 : %2 × %3 pixels, %4</translation>
    </message>
    <message>
        <source>Location removed</source>
        <translation>Position retirée</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>Aucune métadonnée</translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ComposerEdit</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <translation>Demandez ce que vous voulez…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message>
        <source>&amp;New</source>
        <translation>Nou&amp;veau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>Ajouter un &amp;agent</translation>
    </message>
    <message>
        <source>&amp;Save ensemble</source>
        <translation>&amp;Enregistrer l&apos;ensemble</translation>
    </message>
    <message>
        <source>Add a provider on the Providers page first: each agent is a provider and one of its models.</source>
        <translation>Ajoutez d&apos;abord un fournisseur dans la page Fournisseurs&#xa0;: chaque agent est un fournisseur et l&apos;un de ses modèles.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Saved ensembles</source>
        <translation>Ensembles enregistrés</translation>
    </message>
    <message>
        <source>New ensemble</source>
        <translation>Nouvel ensemble</translation>
    </message>
    <message>
        <source>Delete the ensemble</source>
        <translation>Supprimer l&apos;ensemble</translation>
    </message>
    <message>
        <source>Ensemble name</source>
        <translation>Nom de l&apos;ensemble</translation>
    </message>
    <message>
        <source>For example: local trio</source>
        <translation>Par exemple&#xa0;: trio local</translation>
    </message>
    <message>
        <source>Synthesiser provider</source>
        <translation>Fournisseur de synthèse</translation>
    </message>
    <message>
        <source>Synthesiser model</source>
        <translation>Modèle de synthèse</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>Modèle par défaut du fournisseur</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>One: the agents answer, then one answer is written from theirs</source>
        <translation>Un&#xa0;: les agents répondent, puis une réponse unique est rédigée à partir des leurs</translation>
    </message>
    <message>
        <source>Two: each agent first revises after reading the others</source>
        <translation>Deux&#xa0;: chaque agent révise d&apos;abord sa réponse après avoir lu celles des autres</translation>
    </message>
    <message>
        <source>Agents (2 to 8), each a provider, a model and a perspective:</source>
        <translation>Agents (de 2 à 8), chacun avec un fournisseur, un modèle et une perspective&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ynthesiser:</source>
        <translation>S&amp;ynthèse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Tours&#xa0;:</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <source>Contemplating asks several agents the same question at once, each in Thinking mode with its own perspective; then one more request writes a single answer from theirs. Three agents mean four requests a question (seven with a second round). The agents&apos; reasoning stays on this computer: only their answers are sent on to the synthesiser.</source>
        <translation>La délibération pose la même question à plusieurs agents à la fois, chacun en mode Réflexion avec sa propre perspective&#xa0;; une requête de plus rédige ensuite une réponse unique à partir des leurs. Trois agents, c&apos;est quatre requêtes par question (sept avec un deuxième tour). Le raisonnement des agents reste sur cet ordinateur&#xa0;: seules leurs réponses sont transmises pour la synthèse.</translation>
    </message>
    <message>
        <source>An agent that takes longer is left out and the answer is written from the others.</source>
        <translation>Un agent qui met plus de temps est écarté et la réponse est rédigée à partir des autres.</translation>
    </message>
    <message>
        <source>Without an ensemble, Contemplating asks the conversation&apos;s own model several times, from different perspectives. An ensemble can mix providers: two local models and one in the cloud, or all local.</source>
        <translation>Sans ensemble, la délibération interroge plusieurs fois le modèle de la conversation, selon différentes perspectives. Un ensemble peut mélanger les fournisseurs&#xa0;: deux modèles locaux et un dans le cloud, ou tous locaux.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>the new ensemble</source>
        <translation>ce nouvel ensemble</translation>
    </message>
    <message>
        <source>Unsaved ensemble</source>
        <translation>Ensemble non enregistré</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Abandonner les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Agent %1 provider</source>
        <translation>Fournisseur de l&apos;agent %1</translation>
    </message>
    <message>
        <source>Agent %1 model</source>
        <translation>Modèle de l&apos;agent %1</translation>
    </message>
    <message>
        <source>Agent %1 perspective</source>
        <translation>Perspective de l&apos;agent %1</translation>
    </message>
    <message>
        <source>The instruction this agent works under. Empty: “%1”</source>
        <translation>L&apos;instruction suivie par cet agent. Vide&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>Retirer l&apos;agent %1</translation>
    </message>
    <message>
        <source>The conversation&apos;s model</source>
        <translation>Modèle de la conversation</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (non configuré)</translation>
    </message>
    <message>
        <source>Saved the ensemble %1.</source>
        <translation>Ensemble %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete ensemble</source>
        <translation>Supprimer l&apos;ensemble</translation>
    </message>
    <message>
        <source>Delete the ensemble %1? Answers it already gave stay in their conversations.</source>
        <translation>Supprimer l&apos;ensemble %1&#xa0;? Les réponses qu&apos;il a déjà données restent dans leurs conversations.</translation>
    </message>
    <message>
        <source>Deleted the ensemble %1.</source>
        <translation>Ensemble %1 supprimé.</translation>
    </message>
    <message>
        <source>Time each agent&apos;s answer may take, in each round</source>
        <translation>Temps accordé à la réponse de chaque agent, à chaque tour</translation>
    </message>
    <message>
        <source>How long each agent&apos;s answer may take, in each round: with two rounds an agent has this time again to revise. An agent past it is reported and skipped.</source>
        <translation>Durée accordée à la réponse de chaque agent, à chaque tour : avec deux tours, un agent dispose à nouveau de ce temps pour réviser. Un agent qui la dépasse est signalé et ignoré.</translation>
    </message>
    <message>
        <source>Each agent&apos;s answer may &amp;take:</source>
        <translation>Durée de la réponse de chaque agen&amp;t :</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>votre réseau local</translation>
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
        <translation>%1 vers %2 (%3)</translation>
    </message>
    <message>
        <source>%1 agents, each revising once, + 1 synthesis</source>
        <translation>%1 agents, qui révisent chacun une fois, + 1 synthèse</translation>
    </message>
    <message>
        <source>%1 agents + 1 synthesis</source>
        <translation>%1 agents + 1 synthèse</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.
%2: %3 requests %4.
Each agent is sent the conversation; the synthesis the question and the agents&apos; answers (never their reasoning).</source>
        <translation>Délibération (Ctrl+3)&#xa0;: %1 raisonnent en parallèle, puis une réponse unique est synthétisée à partir des leurs.
%2&#xa0;: %3 requêtes %4.
Chaque agent reçoit la conversation&#xa0;; la synthèse reçoit la question et les réponses des agents (jamais leur raisonnement).</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Agent %1, revision</source>
        <translation>Agent %1, révision</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2 (%3), %4 sur %5&#xa0;: %6, %n caractère</numerusform>
            <numerusform>%1 → %2 (%3), %4 sur %5&#xa0;: %6, %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>, %n image</numerusform>
            <numerusform>, %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, plus les réponses des agents</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>La délibération envoie %n requête pour cette question&#xa0;:</numerusform>
            <numerusform>La délibération envoie %n requêtes pour cette question&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>Au total %1 et %n caractère</numerusform>
            <numerusform>Au total %1 et %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source> before the agents&apos; answers.</source>
        <translation> avant les réponses des agents.</translation>
    </message>
    <message>
        <source>Send them? You will not be asked again for this conversation.</source>
        <translation>Les envoyer&#xa0;? La question ne vous sera plus posée pour cette conversation.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Réflexion pendant %n s</numerusform>
            <numerusform>Réflexion pendant %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompue.</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>Incomplète&#xa0;: la réponse s&apos;est arrêtée avant d&apos;être terminée.</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>— Earlier messages were not sent: they did not fit the context budget —</source>
        <translation>— Les messages précédents n&apos;ont pas été envoyés : ils ne tenaient pas dans le budget de contexte —</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 jetons en entrée · %2 en sortie</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copié</translation>
    </message>
    <message>
        <source>Show what each agent answered before the synthesis</source>
        <translation>Afficher ce que chaque agent a répondu avant la synthèse</translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>%n agent a délibéré — afficher</numerusform>
            <numerusform>%n agents ont délibéré — afficher</numerusform>
        </translation>
    </message>
    <message>
        <source>What this answer cost: the tokens of the request, and of the answer</source>
        <translation>Ce qu&apos;a coûté cette réponse&#xa0;: les jetons de la requête et ceux de la réponse</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Copier ce code</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Image %1 : %2</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationItemDelegate</name>
    <message>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Pinned: </source>
        <translation>Épinglée&#xa0;: </translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>%1
Answering…</source>
        <translation>%1
Réponse en cours…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Créer votre coffre</translation>
    </message>
    <message>
        <source>Sotto keeps your conversations, images, API keys and its record of what was sent in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>Sotto conserve vos conversations, vos images, vos clés d&apos;API et son journal de ce qui a été envoyé dans un coffre chiffré sur cet ordinateur. Choisissez une phrase secrète pour le verrouiller.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Dossier du coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody — not even the makers of Sotto — can open the vault without it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;Il est impossible de récupérer une phrase secrète perdue.&lt;/b&gt; Personne — pas même les créateurs de Sotto — ne peut ouvrir le coffre sans elle. Notez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Je comprends qu&apos;une phrase secrète oubliée ne peut pas être récupérée</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Phrase secrète faible</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>Cette phrase secrète est facile à deviner. Quiconque copie le fichier du coffre pourrait essayer rapidement de nombreuses phrases secrètes. L&apos;utiliser quand même ?</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Données envoyées</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Données reçues</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>Images envoyées</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Masquages</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Par fournisseur</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>Par hôte</translation>
    </message>
    <message>
        <source>none left this computer</source>
        <translation>aucune n’a quitté cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n a quitté cet ordinateur</numerusform>
            <numerusform>%n ont quitté cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the internet</source>
        <translation>%1 vers Internet</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>%1 par requête</translation>
    </message>
    <message>
        <source>no images sent</source>
        <translation>aucune image envoyée</translation>
    </message>
    <message>
        <source>personal data replaced before sending</source>
        <translation>données personnelles remplacées avant l’envoi</translation>
    </message>
    <message>
        <source>stopped by your settings</source>
        <translation>arrêtées par vos réglages</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message>
        <source>Privacy dashboard — Sotto</source>
        <translation>Tableau de bord de confidentialité — Sotto</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Tableau de bord de confidentialité</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>What left this computer, request by request.</source>
        <translation>Ce qui a quitté cet ordinateur, requête par requête.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Since midnight</source>
        <translation>Depuis minuit</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Today and the 6 days before</source>
        <translation>Aujourd’hui et les 6 jours précédents</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>Aujourd’hui et les 29 jours précédents</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Everything the audit holds</source>
        <translation>Tout ce que contient l’audit</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>Vue d’ensemble (Ctrl+1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Requests (Ctrl+2)</source>
        <translation>Requêtes (Ctrl+2)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the period&apos;s requests as CSV or JSON (the fields of “sotto audit”)</source>
        <translation>Enregistrer les requêtes de la période en CSV ou JSON (les champs de « sotto audit »)</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>En CSV…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>En JSON…</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Vider…</translation>
    </message>
    <message>
        <source>Delete every audit record; one record will say when and how many</source>
        <translation>Supprimer tous les enregistrements de l’audit ; un enregistrement indiquera quand et combien</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exporter l’audit</translation>
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
            <numerusform>%n requête exportée vers %1</numerusform>
            <numerusform>%n requêtes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the audit?</source>
        <translation>Vider l’audit ?</translation>
    </message>
    <message>
        <source>Every record of what was sent, and every kept request copy, will be deleted. One record will remain, saying when the audit was cleared and how many records it held. Export it first if you may need it.</source>
        <translation>Tous les enregistrements de ce qui a été envoyé, et toutes les copies de requêtes conservées, seront supprimés. Un enregistrement restera, indiquant quand l’audit a été vidé et combien d’enregistrements il contenait. Exportez-le d’abord si vous pourriez en avoir besoin.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>%n enregistrement effacé</numerusform>
            <numerusform>%n enregistrements effacés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationBadge</name>
    <message>
        <source>No provider: nothing is sent</source>
        <translation>Aucun fournisseur&#xa0;: rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Choose a provider to start. Until then, nothing leaves this computer.</source>
        <translation>Choisissez un fournisseur pour commencer. D&apos;ici là, rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>Reste sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your words go to %1, a model running on this computer.</source>
        <translation>Vos mots vont à %1, un modèle qui tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Local network: %1</source>
        <translation>Réseau local&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your words go to %1 on your local network, not to the internet.</source>
        <translation>Vos mots vont à %1 sur votre réseau local, pas sur Internet.</translation>
    </message>
    <message>
        <source>Internet: %1</source>
        <translation>Internet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your words go over the internet to %1.</source>
        <translation>Vos mots vont à %1 via Internet.</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>local uniquement</translation>
    </message>
    <message>
        <source>This conversation is marked local only: Sotto refuses to send it anywhere but this computer.</source>
        <translation>Cette conversation est marquée «&#xa0;local uniquement&#xa0;»&#xa0;: Sotto refuse de l&apos;envoyer ailleurs que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>blocked: offline mode</source>
        <translation>bloqué : mode hors ligne</translation>
    </message>
    <message>
        <source>Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.</source>
        <translation>Le mode hors ligne est activé : rien n&apos;est envoyé à %1 tant que vous ne le désactivez pas dans Paramètres → Confidentialité.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationShare</name>
    <message>
        <source>Where requests went</source>
        <translation>Où sont allées les requêtes</translation>
    </message>
    <message>
        <source>%1: %2% of requests, %3% of data sent</source>
        <translation>%1 : %2 % des requêtes, %3 % des données envoyées</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Où c’est allé</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Requêtes envoyées</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Données envoyées</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Dictation</name>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>Aucun microphone n’a été trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: connect one to dictate.</source>
        <translation>Aucun microphone n’a été trouvé sur cet ordinateur : branchez-en un pour dicter.</translation>
    </message>
    <message>
        <source>Nothing was recorded: is the microphone muted?</source>
        <translation>Rien n’a été enregistré : le microphone est-il coupé ?</translation>
    </message>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>Aucune parole n’a été reconnue dans l’enregistrement.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message>
        <source>Data sent per day</source>
        <translation>Données envoyées par jour</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>%1 envoyés, sur %n barre</numerusform>
            <numerusform>%1 envoyés, sur %n barres</numerusform>
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
        <translation>JSON, tout conservé (*.json)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML, un seul fichier (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Sotto conversations %1</source>
        <translation>Conversations Sotto %1</translation>
    </message>
    <message>
        <source>Export all conversations (Markdown, HTML and PDF: a folder of that name)</source>
        <translation>Exporter toutes les conversations (Markdown, HTML et PDF&#xa0;: un dossier de ce nom)</translation>
    </message>
    <message>
        <source>Export: not encrypted</source>
        <translation>Export&#xa0;: non chiffré</translation>
    </message>
    <message>
        <source>An exported file is not encrypted: anyone who gets it, or gets into the folder you save it in, can read the conversation, images included. Sotto will not ask again.</source>
        <translation>Un fichier exporté n&apos;est pas chiffré&#xa0;: quiconque l&apos;obtient, ou accède au dossier où vous l&apos;enregistrez, peut lire la conversation, images comprises. Sotto ne vous le redemandera pas.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>Export des conversations…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Exporting conversation %1 of %2…</source>
        <translation>Export de la conversation %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n conversation exportée vers %1.</numerusform>
            <numerusform>%n conversations exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Greeting</name>
    <message>
        <source>Explain a concept</source>
        <translation>Expliquer une notion</translation>
    </message>
    <message>
        <source>Explain simply, with an example: </source>
        <translation>Explique simplement, avec un exemple : </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Résumer un texte</translation>
    </message>
    <message>
        <source>Summarise this in a few sentences:
</source>
        <translation>Résume ceci en quelques phrases :
</translation>
    </message>
    <message>
        <source>Draft an email</source>
        <translation>Rédiger un e-mail</translation>
    </message>
    <message>
        <source>Draft a short, friendly email that </source>
        <translation>Rédige un e-mail court et aimable qui </translation>
    </message>
    <message>
        <source>Find a bug</source>
        <translation>Trouver un bug</translation>
    </message>
    <message>
        <source>Find the bug in this code:
</source>
        <translation>Trouve le bug dans ce code :
</translation>
    </message>
    <message>
        <source>Start your message with “%1”</source>
        <translation>Commencer votre message par « %1 »</translation>
    </message>
    <message>
        <source>Incognito chat</source>
        <translation>Discussion incognito</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>Comment puis-je vous aider ?</translation>
    </message>
    <message>
        <source>Nothing in this chat is kept: closing it, opening another or locking the vault forgets it.</source>
        <translation>Rien de cette discussion n’est conservé : la fermer, en ouvrir une autre ou verrouiller le coffre l’oublie.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImageViewer</name>
    <message>
        <source>Previous image</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>Image précédente (Gauche)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>Image suivante (Droite)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Zoom arrière (Ctrl+moins)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Zoom avant (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajuster à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>Taille réelle : un pixel de l’image par pixel d’écran</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>Copier l’image dans le presse-papiers (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)</source>
        <translation>Enregistrer une copie de l’image dans un fichier, hors du coffre chiffré (Ctrl+S)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom : %1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3 × %4 pixels</source>
        <translation>Image %1 sur %2 — %3 × %4 pixels</translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation>Image copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save a copy outside the vault?</source>
        <translation>Enregistrer une copie hors du coffre ?</translation>
    </message>
    <message>
        <source>The copy is an ordinary file outside Sotto&apos;s encrypted vault: anyone who can read the folder you choose can open it.</source>
        <translation>La copie est un fichier ordinaire hors du coffre chiffré de Sotto : quiconque peut lire le dossier choisi peut l’ouvrir.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>image-%1</source>
        <translation>image-%1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Images (*.%1)</source>
        <translation>Images (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>La copie n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Une copie a été enregistrée sous %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message>
        <source>Exports of Sotto, ChatGPT or Claude (*.json *.zip)</source>
        <translation>Exports de Sotto, ChatGPT ou Claude (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) from %1</source>
        <translation>
            <numerusform>%n conversation importée depuis %1</numerusform>
            <numerusform>%n conversations importées depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n déjà dans le coffre, ignorée</numerusform>
            <numerusform>%n déjà dans le coffre, ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>Importation annulée&#xa0;: %n conversation avait été importée avant, aucune à moitié.</numerusform>
            <numerusform>Importation annulée&#xa0;: %n conversations avaient été importées avant, aucune à moitié.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 n&apos;a pas été importé, rien n&apos;a changé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l&apos;importation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::KeyringOptIn</name>
    <message>
        <source>Remember the passphrase in the system &amp;keyring</source>
        <translation>Mémoriser la phrase secrète dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Mémoriser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keyring</source>
        <translation>Mémoriser la phrase secrète dans le trousseau du système</translation>
    </message>
    <message>
        <source>Passphrase to remember</source>
        <translation>Phrase secrète à mémoriser</translation>
    </message>
    <message>
        <source>Your vault passphrase</source>
        <translation>La phrase secrète de votre coffre</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>Mémoriser la phrase secrète</translation>
    </message>
    <message>
        <source>Do not remember the passphrase</source>
        <translation>Ne pas mémoriser la phrase secrète</translation>
    </message>
    <message>
        <source>Sotto then unlocks without asking while you are logged in. Anyone who can use your account while it is unlocked can open the vault too.</source>
        <translation>Sotto se déverrouille alors sans rien demander tant que vous êtes connecté. Toute personne pouvant utiliser votre session déverrouillée peut aussi ouvrir le coffre.</translation>
    </message>
    <message>
        <source>The keyring still holds the old passphrase: %1</source>
        <translation>Le trousseau contient toujours l&apos;ancienne phrase secrète&#xa0;: %1</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keyring.</source>
        <translation>La phrase secrète a été retirée du trousseau du système.</translation>
    </message>
    <message>
        <source>The passphrase is now kept in the system keyring.</source>
        <translation>La phrase secrète est désormais conservée dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LaneCard</name>
    <message>
        <source>Agent %1&apos;s reasoning</source>
        <translation>Raisonnement de l&apos;agent %1</translation>
    </message>
    <message>
        <source>Agent %1&apos;s answer</source>
        <translation>Réponse de l&apos;agent %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>%1 · agent %2</source>
        <translation>%1 · agent %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>round %1 · </source>
        <translation>tour %1 · </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>thinking…</source>
        <translation>réflexion…</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>réponse en cours…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LanesPanel</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes (the answer&apos;s &quot;agents contemplated — show&quot; brings them back)</source>
        <translation>Masquer les colonnes des agents («&#xa0;agents ont délibéré — afficher&#xa0;» sous la réponse les fait réapparaître)</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes</source>
        <translation>Masquer les colonnes des agents</translation>
    </message>
    <message>
        <source>Contemplating…</source>
        <translation>Délibération…</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>Délibération&#xa0;: %n agent</numerusform>
            <numerusform>Délibération&#xa0;: %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>%n agent a délibéré sur cette réponse</numerusform>
            <numerusform>%n agents ont délibéré sur cette réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message>
        <source>&amp;Find local models on this computer</source>
        <translation>&amp;Trouver des modèles locaux sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Find local models on this computer</source>
        <translation>Trouver des modèles locaux sur cet ordinateur</translation>
    </message>
    <message>
        <source>Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only.</source>
        <translation>Cherche Ollama, llama.cpp, LM Studio, vLLM et Jan sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Models found on this computer</source>
        <translation>Modèles trouvés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Use the chosen model</source>
        <translation>Utiliser le modèle choisi</translation>
    </message>
    <message>
        <source>Looking for local models…</source>
        <translation>Recherche de modèles locaux…</translation>
    </message>
    <message>
        <source>&amp;Find local models again</source>
        <translation>&amp;Chercher à nouveau des modèles locaux</translation>
    </message>
    <message>
        <source>Sotto did not look: %1.</source>
        <translation>Sotto n&apos;a pas cherché : %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>No models yet: download one with %1 first.</source>
        <translation>Pas encore de modèle : téléchargez-en d&apos;abord un avec %1.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>%n serveur trouvé sur cet ordinateur. Choisissez un modèle :</numerusform>
            <numerusform>%n serveurs trouvés sur cet ordinateur. Choisissez un modèle :</numerusform>
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
        <translation>Privé par conception</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>Vos conversations apparaîtront ici. Rien ne quitte cet ordinateur tant que vous n&apos;avez pas choisi de fournisseur de modèles, et chaque requête est consignée pour que vous voyiez exactement ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>À &amp;propos de Sotto</translation>
    </message>
    <message>
        <source>About Sotto</source>
        <translation>À propos de Sotto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;Un assistant IA de bureau privé. Vos conversations restent dans un coffre chiffré sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>New &amp;incognito chat</source>
        <translation>Nouvelle discussion &amp;incognito</translation>
    </message>
    <message>
        <source>&amp;Find conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Verrouiller le coffre</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>&amp;Instantané</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>&amp;Réflexion</translation>
    </message>
    <message>
        <source>&amp;Contemplating</source>
        <translation>&amp;Délibération</translation>
    </message>
    <message>
        <source>Add a model provider in Settings (Ctrl+,) to start chatting.</source>
        <translation>Ajoutez un fournisseur de modèles dans les Paramètres (Ctrl+,) pour commencer à discuter.</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Coffre verrouillé</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Coffre déverrouillé</translation>
    </message>
    <message>
        <source>Nothing sent today</source>
        <translation>Rien envoyé aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>Requêtes aujourd&apos;hui&#xa0;: %n (%1)</numerusform>
            <numerusform>Requêtes aujourd&apos;hui&#xa0;: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n a quitté cet ordinateur</numerusform>
            <numerusform>%n ont quitté cet ordinateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloquée</numerusform>
            <numerusform>%n bloquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you can see exactly what was sent.</source>
        <translation>Commencez une nouvelle conversation (Ctrl+N) ou choisissez-en une. Chaque requête est enregistrée pour que vous voyiez exactement ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>Conversation &amp;list</source>
        <translation>&amp;Liste des conversations</translation>
    </message>
    <message>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>Afficher ou masquer la liste des conversations (Ctrl+B)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>Tableau de bord de &amp;confidentialité</translation>
    </message>
    <message>
        <source>What left this computer, request by request (Ctrl+Shift+P)</source>
        <translation>Ce qui a quitté cet ordinateur, requête par requête (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Liste des conversations</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <source>Proxy from the environment not used</source>
        <translation>Proxy de l’environnement non utilisé</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <source>&amp;Restore Vault from File…</source>
        <translation>Restaurer le coffre depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)</source>
        <translation>Des conversations depuis un export de Sotto, ChatGPT ou Claude (.json ou .zip)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Actions du message</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Copier le texte de ce message</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Ask for another answer (this one is kept as a version)</source>
        <translation>Demander une autre réponse (celle-ci est conservée comme version)</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Régénérer la réponse</translation>
    </message>
    <message>
        <source>Edit this question and ask again (the answer so far is kept as a version)</source>
        <translation>Modifier cette question et la reposer (la réponse actuelle est conservée comme version)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Delete this message from the vault (asks first)</source>
        <translation>Supprimer ce message du coffre (avec confirmation)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copié</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageWidget</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModeSelector</name>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your message and the conversation so far.</source>
        <translation>Instantané (Ctrl+1)&#xa0;: une réponse directe, avec le raisonnement désactivé ou réduit au minimum. Envoie votre message et la conversation jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends the same as Instant and asks for reasoning, which takes longer and costs more tokens.</source>
        <translation>Réflexion (Ctrl+2)&#xa0;: le modèle raisonne avant de répondre et vous pouvez lire son raisonnement. Envoie la même chose qu&apos;Instantané et demande un raisonnement, ce qui prend plus de temps et coûte plus de jetons.</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. Sends your message to each agent&apos;s provider, plus one synthesis request.</source>
        <translation>Délibération (Ctrl+3)&#xa0;: plusieurs agents raisonnent en parallèle, puis une réponse unique est synthétisée à partir des leurs. Envoie votre message au fournisseur de chaque agent, plus une requête de synthèse.</translation>
    </message>
    <message>
        <source>Who contemplates</source>
        <translation>Qui délibère</translation>
    </message>
    <message>
        <source>Who contemplates: several agents of this model, or a saved ensemble</source>
        <translation>Qui délibère&#xa0;: plusieurs agents de ce modèle, ou un ensemble enregistré</translation>
    </message>
    <message>
        <source>Contemplate with</source>
        <translation>Délibérer avec</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPicker</name>
    <message>
        <source>No provider</source>
        <translation>Aucun fournisseur</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>Fournisseur et modèle : %1</translation>
    </message>
    <message>
        <source>Choose the provider and model, recent ones first, or type a model&apos;s name (Enter)</source>
        <translation>Choisir le fournisseur et le modèle, les récents d’abord, ou taper le nom d’un modèle (Entrée)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPickerPopup</name>
    <message>
        <source>Find a model, or type its name</source>
        <translation>Chercher un modèle ou taper son nom</translation>
    </message>
    <message>
        <source>Find or type a model</source>
        <translation>Chercher ou taper un modèle</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>No models listed: type a name above</source>
        <translation>Aucun modèle listé : tapez un nom ci-dessus</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non listé</translation>
    </message>
    <message>
        <source>Use “%1” with %2</source>
        <translation>Utiliser « %1 » avec %2</translation>
    </message>
    <message>
        <source>Ask %1 for a model named “%2”</source>
        <translation>Demander à %1 un modèle nommé « %2 »</translation>
    </message>
</context>
<context>
    <name>sotto::ui::OfflineAction</name>
    <message>
        <source>&amp;Offline</source>
        <translation>&amp;Hors ligne</translation>
    </message>
    <message>
        <source>Offline: only servers on this computer are reached. Turning it on stops every request under way to another computer at once.</source>
        <translation>Hors ligne : seuls les serveurs de cet ordinateur sont joints. L’activer arrête aussitôt toute requête en cours vers un autre ordinateur.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::PrivacyPage</name>
    <message>
        <source>&amp;Offline mode: only this computer</source>
        <translation>Mode &amp;hors ligne&#xa0;: uniquement cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Keep exact copies of requests</source>
        <translation>&amp;Conserver une copie exacte des requêtes</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Mode hors ligne</translation>
    </message>
    <message>
        <source>Ask before sending</source>
        <translation>Demander avant d&apos;envoyer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>The first time for each provider</source>
        <translation>La première fois pour chaque fournisseur</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>À chaque fois</translation>
    </message>
    <message>
        <source>Keep exact copies of requests</source>
        <translation>Conserver une copie exacte des requêtes</translation>
    </message>
    <message>
        <source>&amp;Ask before sending:</source>
        <translation>&amp;Demander avant d&apos;envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>The privacy log always records where each request went and how big it was. With this on it also keeps the exact text that was sent (API keys masked), inside the encrypted vault, so you can inspect it.</source>
        <translation>Le journal de confidentialité consigne toujours la destination et la taille de chaque requête. Avec cette option, il conserve aussi le texte exact envoyé (clés d&apos;API masquées), dans le coffre chiffré, pour que vous puissiez l&apos;examiner.</translation>
    </message>
    <message>
        <source>Before a request leaves — before even the server&apos;s name is looked up — Sotto shows where it goes and waits for your yes. “The first time” asks once per provider and address until the vault is locked; changing a provider&apos;s address asks again.</source>
        <translation>Avant qu’une requête parte — avant même que le nom du serveur soit résolu —, Sotto montre où elle va et attend votre accord. « La première fois » demande une fois par fournisseur et par adresse jusqu’au verrouillage du coffre ; changer l’adresse d’un fournisseur redemande.</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>Demander à &amp;nouveau</translation>
    </message>
    <message>
        <source>Ask again before sending to these providers</source>
        <translation>Demander à nouveau avant d&apos;envoyer à ces fournisseurs</translation>
    </message>
    <message>
        <source>Not asked about, as you chose: %1</source>
        <translation>Sans confirmation, à votre demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: only providers at a loopback address (such as Ollama on 127.0.0.1) are used, and every other request is refused and recorded as blocked. Turning it on also stops at once every answer still coming from another computer. The Offline button at the right of the menus is the same switch.</source>
        <translation>Rien ne quitte cet ordinateur&#xa0;: seuls les fournisseurs à une adresse de boucle locale (comme Ollama sur 127.0.0.1) sont utilisés, et toute autre requête est refusée et consignée comme bloquée. L’activer arrête aussi aussitôt toute réponse qui arrive encore d’un autre ordinateur. Le bouton Hors ligne à droite des menus est le même interrupteur.</translation>
    </message>
    <message>
        <source>Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge where a request finally goes, and the privacy log names the proxy. A provider may have its own in Providers.</source>
        <translation>Toute requête vers un autre ordinateur passe par ce proxy&#xa0;: http://HOST:PORT (un proxy HTTP) ou socks5h://HOST:PORT (SOCKS5&#xa0;; le proxy résout les noms, comme Tor sur socks5h://127.0.0.1:9050). Le mode hors ligne, les conversations locales et la demande de confirmation jugent toujours la destination finale d’une requête, et le journal de confidentialité nomme le proxy. Un fournisseur peut avoir le sien dans Fournisseurs.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderEditor</name>
    <message>
        <source>Choose a provider above, or add one.</source>
        <translation>Choisissez un fournisseur ci-dessus, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vé</translation>
    </message>
    <message>
        <source>Provider enabled</source>
        <translation>Fournisseur activé</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to the internet</source>
        <translation>Autoriser le &amp;http non chiffré vers Internet</translation>
    </message>
    <message>
        <source>Allow plain http to the internet</source>
        <translation>Autoriser le http non chiffré vers Internet</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Enregistrer le fournisseur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel adding this provider</source>
        <translation>Annuler l&apos;ajout de ce fournisseur</translation>
    </message>
    <message>
        <source>A disabled provider sends nothing; its requests are refused and recorded.</source>
        <translation>Un fournisseur désactivé n&apos;envoie rien&#xa0;; ses requêtes sont refusées et consignées.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: anyone on the way to the server can read your messages and API key and change the answers. Allow it only for a server you control on a network you trust. Plain http to this computer or the local network is always allowed.</source>
        <translation>Le http simple n&apos;est pas chiffré&#xa0;: toute personne sur le trajet vers le serveur peut lire vos messages et votre clé d&apos;API, et modifier les réponses. Ne l&apos;autorisez que pour un serveur que vous contrôlez, sur un réseau de confiance. Le http simple vers cet ordinateur ou le réseau local est toujours autorisé.</translation>
    </message>
    <message>
        <source>Asks the provider for its models. This is the only time the settings send anything, and the request is recorded in the privacy log.</source>
        <translation>Demande au fournisseur la liste de ses modèles. C&apos;est la seule fois où les paramètres envoient quelque chose, et la requête est consignée dans le journal de confidentialité.</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modèle par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the API key from %1</source>
        <translation>Collez la clé d&apos;API de %1</translation>
    </message>
    <message>
        <source>Usually not needed</source>
        <translation>Généralement inutile</translation>
    </message>
    <message>
        <source>To rename a provider, add it again under the new name.</source>
        <translation>Pour renommer un fournisseur, ajoutez-le à nouveau sous le nouveau nom.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d&apos;API</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>Lue depuis la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Donnez un nom au fournisseur.</translation>
    </message>
    <message>
        <source>A provider called “%1” already exists. Choose another name.</source>
        <translation>Un fournisseur nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter the base URL as an http:// or https:// address, for example %1.</source>
        <translation>Saisissez l&apos;URL de base sous forme d&apos;adresse http:// ou https://, par exemple %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Your messages go to %1 (%2).</source>
        <translation>Vos messages vont à %1 (%2).</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Demande de ses modèles à %1…</translation>
    </message>
    <message>
        <source>Connected to %1, but it offers no models.</source>
        <translation>Connecté à %1, mais aucun modèle n&apos;est proposé.</translation>
    </message>
    <message>
        <source>Connected to %1. Models offered: %2.</source>
        <translation>Connecté à %1. Modèles proposés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>Budget de contexte en jetons</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>Budget de &amp;contexte :</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>The longest request to send, estimated at about 4 characters a token. When a conversation is longer, its oldest turns are left out of the request (they stay in the vault). By default the model&apos;s context length as the provider reports it applies (Test connection asks for it), else %L1 tokens; a larger budget than the reported length is lowered to it.</source>
        <translation>La requête la plus longue à envoyer, estimée à environ 4 caractères par jeton. Quand une conversation est plus longue, ses échanges les plus anciens sont laissés hors de la requête (ils restent dans le coffre). Par défaut, c&apos;est la longueur de contexte du modèle indiquée par le fournisseur qui s&apos;applique («&#xa0;Tester la connexion&#xa0;» la demande), sinon %L1 jetons&#xa0;; un budget supérieur à la longueur indiquée est ramené à celle-ci.</translation>
    </message>
    <message>
        <source>Context: %L1 tokens (reported by %2)</source>
        <translation>Contexte&#xa0;: %L1 jetons (indiqué par %2)</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>Rien n&apos;est enregistré tant que vous ne cliquez pas sur Enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>&amp;Masquer les données personnelles :</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.</source>
        <translation>Saisissez le proxy sous la forme http://HOST:PORT ou socks5h://HOST:PORT, «&#xa0;direct&#xa0;», ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderListModel</name>
    <message>
        <source>Disabled: Sotto sends nothing to this provider.</source>
        <translation>Désactivé&#xa0;: Sotto n&apos;envoie rien à ce fournisseur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderRedactionChoice</name>
    <message>
        <source>Withhold personal data for this provider</source>
        <translation>Masquer les données personnelles pour ce fournisseur</translation>
    </message>
    <message>
        <source>As in Privacy settings (default)</source>
        <translation>Comme dans les réglages de confidentialité (par défaut)</translation>
    </message>
    <message>
        <source>Off for this provider</source>
        <translation>Désactivé pour ce fournisseur</translation>
    </message>
    <message>
        <source>If it is on the internet</source>
        <translation>S&apos;il est sur Internet</translation>
    </message>
    <message>
        <source>Always, also on this computer</source>
        <translation>Toujours, même sur cet ordinateur</translation>
    </message>
    <message>
        <source>Save the provider first; until then it follows the Privacy settings.</source>
        <translation>Enregistrez d&apos;abord le fournisseur ; d&apos;ici là, il suit les réglages de confidentialité.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProvidersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Providers answer your messages. A provider on this computer keeps everything here; a cloud provider receives what you send to it.</source>
        <translation>Les fournisseurs répondent à vos messages. Un fournisseur sur cet ordinateur garde tout ici&#xa0;; un fournisseur cloud reçoit ce que vous lui envoyez.</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>Fournisseurs configurés</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Supprimer le fournisseur sélectionné</translation>
    </message>
    <message>
        <source>Unsaved provider</source>
        <translation>Fournisseur non enregistré</translation>
    </message>
    <message>
        <source>Save the new provider?</source>
        <translation>Enregistrer le nouveau fournisseur&#xa0;?</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Enregistrer vos modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it are kept.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Ses paramètres et sa clé d&apos;API sont effacés du coffre. Les conversations qui l&apos;ont utilisé sont conservées.</translation>
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
        <translation>Proxy de ce fournisseur</translation>
    </message>
    <message>
        <source>None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)</source>
        <translation>Aucun&#xa0;: les requêtes partent en direct (par ex. socks5h://127.0.0.1:9050 pour Tor)</translation>
    </message>
    <message>
        <source>As in Privacy settings; “direct” for none</source>
        <translation>Comme dans Confidentialité&#xa0;; «&#xa0;direct&#xa0;» pour aucun</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RecordingStrip</name>
    <message>
        <source>Stop and transcribe</source>
        <translation>Arrêter et transcrire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>Dictée</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Durée enregistrée</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>Arrêter l’enregistrement et transcrire</translation>
    </message>
    <message>
        <source>Stop recording and write what was said into the message</source>
        <translation>Arrêter l’enregistrement et écrire ce qui a été dit dans le message</translation>
    </message>
    <message>
        <source>Cancel dictation</source>
        <translation>Annuler la dictée</translation>
    </message>
    <message>
        <source>Discard the recording (Esc)</source>
        <translation>Abandonner l’enregistrement (Échap)</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RedactionBox</name>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Withhold personal data</source>
        <translation>Masquer les données personnelles</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Internet destinations only (default)</source>
        <translation>Destinations sur Internet seulement (par défaut)</translation>
    </message>
    <message>
        <source>Everywhere, also this computer</source>
        <translation>Partout, même sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Vos termes</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Nouveau terme</translation>
    </message>
    <message>
        <source>A name, a company, a code name</source>
        <translation>Un nom, une entreprise, un nom de code</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Ajouter le terme</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Retirer le terme</translation>
    </message>
    <message>
        <source>Before a request leaves, Sotto replaces the personal data it recognises with placeholders and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, payment cards, IBANs, IP addresses, keys and tokens, and your terms below. &lt;b&gt;Detection can miss things:&lt;/b&gt; it goes by shape, not meaning, so a name not on your list, a number written in words or anything in an image is sent as it is. For data that must not leave at all, use a provider on this computer or make the conversation local-only.</source>
        <translation>Avant qu&apos;une requête ne parte, Sotto remplace les données personnelles qu&apos;il reconnaît par des marqueurs et remet les originaux dans la réponse. Il reconnaît les adresses e-mail, les numéros de téléphone, les cartes de paiement, les IBAN, les adresses IP, les clés et jetons, et vos termes ci-dessous. &lt;b&gt;La détection peut laisser passer des choses :&lt;/b&gt; elle se fie à la forme, pas au sens ; un nom absent de votre liste, un nombre écrit en toutes lettres ou ce que contient une image est envoyé tel quel. Pour des données qui ne doivent pas partir du tout, utilisez un fournisseur sur cet ordinateur ou rendez la conversation locale uniquement.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>&amp;Masquer les données personnelles :</translation>
    </message>
    <message>
        <source>Your &amp;terms (withheld wherever they appear, in any case):</source>
        <translation>Vos &amp;termes (masqués partout où ils apparaissent, quelle que soit la casse) :</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>« %1 » est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message>
        <source>Request details</source>
        <translation>Détails de la requête</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloquée : %1</translation>
    </message>
    <message>
        <source>by your privacy settings</source>
        <translation>par vos réglages de confidentialité</translation>
    </message>
    <message>
        <source>Open Settings › Providers › %1</source>
        <translation>Ouvrir Paramètres › Fournisseurs › %1</translation>
    </message>
    <message>
        <source>Open Settings › Privacy</source>
        <translation>Ouvrir Paramètres › Confidentialité</translation>
    </message>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>Une réponse, %n requête</numerusform>
            <numerusform>Une réponse, %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>A Contemplating answer sends one request per agent and one for the synthesis; they share a turn id. Expand the row to inspect each.</source>
        <translation>Une réponse Délibération envoie une requête par agent et une pour la synthèse ; elles partagent un identifiant de tour. Dépliez la ligne pour les inspecter une à une.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Masquages</translation>
    </message>
    <message>
        <source>Select a request to see where it went, the headers as sent and, when request copies are kept, the exact body.</source>
        <translation>Sélectionnez une requête pour voir où elle est allée, les en-têtes tels qu’envoyés et, si les copies de requêtes sont conservées, le corps exact.</translation>
    </message>
    <message>
        <source>The audit was cleared</source>
        <translation>L’audit a été vidé</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>Le %1, %n enregistrement antérieur a été supprimé, avec sa copie de requête.</numerusform>
            <numerusform>Le %1, %n enregistrements antérieurs ont été supprimés, avec leurs copies de requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This record stays so the audit never silently loses its past. Nothing was sent for it.</source>
        <translation>Cet enregistrement reste pour que l’audit ne perde jamais son passé en silence. Rien n’a été envoyé pour lui.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Ligne de requête</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>%1 (body %2, headers %3)</source>
        <translation>%1 (corps %2, en-têtes %3)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
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
        <translation>Historique</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Headers as sent</source>
        <translation>En-têtes tels qu’envoyés</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun enregistré.</translation>
    </message>
    <message>
        <source>Keys and tokens were masked before the headers were stored.</source>
        <translation>Les clés et jetons ont été masqués avant l’enregistrement des en-têtes.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Nothing was sent: the request was blocked before it left.</source>
        <translation>Rien n’a été envoyé : la requête a été bloquée avant de partir.</translation>
    </message>
    <message>
        <source>%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.</source>
        <translation>%1 de corps : %2 caractères de texte, %3 images, %4 messages antérieurs ; %5 masquages.</translation>
    </message>
    <message>
        <source>No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to keep the exact body of later requests (in the vault; incognito requests keep none).</source>
        <translation>Aucune copie de ce corps n’a été conservée. Activez « Conserver une copie exacte des requêtes » dans Paramètres › Confidentialité pour garder le corps exact des requêtes suivantes (dans le coffre ; les requêtes incognito n’en gardent aucune).</translation>
    </message>
    <message>
        <source>[binary data, %1]</source>
        <translation>[données binaires, %1]</translation>
    </message>
    <message>
        <source>[image %1×%2, %3]</source>
        <translation>[image %1×%2, %3]</translation>
    </message>
    <message>
        <source>Open the Conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>%n message envoyé, %1 retenus pour tenir dans le contexte</numerusform>
            <numerusform>%n messages envoyés, %1 retenus pour tenir dans le contexte</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Métadonnées retirées</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n élément (position, appareil, dates, notes…)</numerusform>
            <numerusform>%n éléments (position, appareil, dates, notes…)</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (an image stored before Sotto kept that)</source>
        <translation>non compté (une image enregistrée avant que Sotto ne le conserve)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestsPane</name>
    <message>
        <source>Filter requests (provider, model, host, reason…)</source>
        <translation>Filtrer les requêtes (fournisseur, modèle, hôte, motif…)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrer les requêtes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Toute destination</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Tout fournisseur</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Réseau local</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RestoreVaultDialog</name>
    <message>
        <source>Restore Vault from File</source>
        <translation>Restaurer le coffre depuis un fichier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace your vault with the backup “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Remplacer votre coffre par la sauvegarde «&#xa0;%1&#xa0;»&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conversations, providers and settings become the backup&apos;s. The vault you have now is not deleted: it is kept as a copy in the profile&apos;s backups folder, and &apos;sotto vault restore&apos; puts it back. Any answer still being written must end first.</source>
        <translation>Vos conversations, fournisseurs et paramètres deviennent ceux de la sauvegarde. Le coffre actuel n&apos;est pas supprimé&#xa0;: il est conservé comme copie dans le dossier des sauvegardes du profil, et &apos;sotto vault restore&apos; le remet en place. Toute réponse encore en cours d&apos;écriture doit d&apos;abord se terminer.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>The passphrase the vault had when it was backed up</source>
        <translation>La phrase secrète du coffre au moment de la sauvegarde</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Backed up on %1 at %2 · %3</source>
        <translation>Sauvegardé le %1 à %2 · %3</translation>
    </message>
</context>
<context>
    <name>sotto::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Fermer les paramètres</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <source>Writing a message</source>
        <translation>En écrivant un message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Enter: send or new line (Settings › Appearance)</source>
        <translation>Entrée : envoyer ou nouvelle ligne (Paramètres › Apparence)</translation>
    </message>
    <message>
        <source>Attach a copied image</source>
        <translation>Joindre une image copiée</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Nouvelle discussion (Ctrl+N)</translation>
    </message>
    <message>
        <source>Incognito</source>
        <translation>Incognito</translation>
    </message>
    <message>
        <source>New incognito chat (Ctrl+Shift+N): never stored in the vault</source>
        <translation>Nouvelle discussion incognito (Ctrl+Maj+N)&#xa0;: jamais enregistrée dans le coffre</translation>
    </message>
    <message>
        <source>New incognito chat</source>
        <translation>Nouvelle discussion incognito</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Your chats will be listed here. Start one with New chat (Ctrl+N).</source>
        <translation>Vos discussions apparaîtront ici. Commencez-en une avec Nouvelle discussion (Ctrl+N).</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Nothing in your conversations matches “%1”. The search looks at titles, messages and reasoning.</source>
        <translation>Rien dans vos conversations ne correspond à «&#xa0;%1&#xa0;». La recherche porte sur les titres, les messages et les raisonnements.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown, JSON, HTML or PDF.</source>
        <translation>Enregistrer cette conversation en Markdown, JSON, HTML ou PDF.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::StreamingMark</name>
    <message>
        <source>The answer is being written</source>
        <translation>La réponse est en cours de rédaction</translation>
    </message>
</context>
<context>
    <name>sotto::ui::UnlockDialog</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Déverrouiller votre coffre</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir vos conversations.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keyring does not open this vault. Type the passphrase to unlock it, then remember the new one in Settings → Vault.</source>
        <translation>La phrase secrète conservée dans le trousseau du système n&apos;ouvre pas ce coffre. Saisissez la phrase secrète pour le déverrouiller, puis mémorisez la nouvelle dans Paramètres → Coffre.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultFileFlow</name>
    <message>
        <source>Sotto vault backups (*.%1)</source>
        <translation>Sauvegardes de coffre Sotto (*.%1)</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>Sotto vault %1</source>
        <translation>Coffre Sotto %1</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). It is encrypted and opens with your current passphrase.</source>
        <translation>Coffre sauvegardé dans %1 (%2). La sauvegarde est chiffrée et s&apos;ouvre avec votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Restore Vault from File</source>
        <translation>Restaurer le coffre depuis un fichier</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Coffre restauré à partir de %1, sauvegardé le %2.</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2. The vault it replaced is kept as the copy %3.</source>
        <translation>Coffre restauré à partir de %1, sauvegardé le %2. Le coffre remplacé est conservé comme copie %3.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultPage</name>
    <message>
        <source>Keep all &amp;conversations</source>
        <translation>&amp;Conserver toutes les conversations</translation>
    </message>
    <message>
        <source>&amp;Delete conversations not updated for</source>
        <translation>&amp;Supprimer les conversations inchangées depuis</translation>
    </message>
    <message>
        <source>Lock the vault after idle time</source>
        <translation>Verrouiller le coffre après une période d&apos;inactivité</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>Après %1 minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Keep all conversations</source>
        <translation>Conserver toutes les conversations</translation>
    </message>
    <message>
        <source>Delete old conversations</source>
        <translation>Supprimer les anciennes conversations</translation>
    </message>
    <message>
        <source>Days without an update before a conversation is deleted</source>
        <translation>Nombre de jours sans modification avant la suppression d&apos;une conversation</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>&amp;Verrouiller automatiquement&#xa0;:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Deletion happens every time the vault is unlocked and cannot be undone. Pinned conversations are kept.</source>
        <translation>La suppression a lieu à chaque déverrouillage du coffre et ne peut pas être annulée. Les conversations épinglées sont conservées.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VoicePage</name>
    <message>
        <source>Transcription provider</source>
        <translation>Fournisseur de transcription</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>Modèle de transcription</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Dictation records your voice in memory, sends it to the provider below to be written as text, and puts the text in the message for you to check. A provider on this computer (speaches, LocalAI…) keeps your voice here; every recording sent is in the privacy log.</source>
        <translation>La dictée enregistre votre voix en mémoire, l’envoie au fournisseur ci-dessous pour qu’il l’écrive en texte, et place le texte dans le message pour que vous le vérifiiez. Un fournisseur sur cet ordinateur (speaches, LocalAI…) garde votre voix ici ; chaque enregistrement envoyé figure dans le journal de confidentialité.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microphone :</translation>
    </message>
    <message>
        <source>None (dictation off)</source>
        <translation>Aucun (dictée désactivée)</translation>
    </message>
    <message>
        <source>Its API has no transcription endpoint</source>
        <translation>Son API n’a pas de point de transcription</translation>
    </message>
    <message>
        <source>The microphone button is shown, but nothing is sent until you choose a provider.</source>
        <translation>Le bouton du microphone est affiché, mais rien n’est envoyé tant que vous n’avez pas choisi de fournisseur.</translation>
    </message>
    <message>
        <source>On this computer: your recordings stay here.</source>
        <translation>Sur cet ordinateur : vos enregistrements restent ici.</translation>
    </message>
    <message>
        <source>Your recordings are sent to %1.</source>
        <translation>Vos enregistrements sont envoyés à %1.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>Aucun microphone n’a été trouvé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Bienvenue dans Sotto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your vault is ready. Where should your questions go?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre coffre est prêt. Où vos questions doivent-elles aller&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A local model&lt;/b&gt; (Ollama, llama.cpp or LM Studio) runs on this computer. Your messages never leave it: nothing is sent over the network, and Sotto works offline.</source>
        <translation>&lt;b&gt;Un modèle local&lt;/b&gt; (Ollama, llama.cpp ou LM Studio) tourne sur cet ordinateur. Vos messages ne le quittent jamais&#xa0;: rien n&apos;est envoyé sur le réseau, et Sotto fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud provider&lt;/b&gt; (OpenAI, Anthropic, Gemini and others) runs on that company&apos;s servers. Your messages, and any images you attach, go to it over the internet, and its own privacy terms apply. Sotto records every request in the privacy log, so you can see exactly what was sent and where.</source>
        <translation>&lt;b&gt;Un fournisseur cloud&lt;/b&gt; (OpenAI, Anthropic, Gemini et d&apos;autres) tourne sur les serveurs de cette entreprise. Vos messages, ainsi que les images jointes, lui parviennent via Internet, et ses propres conditions de confidentialité s&apos;appliquent. Sotto consigne chaque requête dans le journal de confidentialité, pour que vous voyiez exactement ce qui a été envoyé, et où.</translation>
    </message>
    <message>
        <source>Use a &amp;local model</source>
        <translation>Utiliser un modèle &amp;local</translation>
    </message>
    <message>
        <source>Use a local model (Ollama, llama.cpp or LM Studio)</source>
        <translation>Utiliser un modèle local (Ollama, llama.cpp ou LM Studio)</translation>
    </message>
    <message>
        <source>Add a &amp;cloud provider</source>
        <translation>Ajouter un fournisseur &amp;cloud</translation>
    </message>
    <message>
        <source>Add a cloud provider</source>
        <translation>Ajouter un fournisseur cloud</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
</TS>

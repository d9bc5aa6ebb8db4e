<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AskCommand</name>
    <message>
        <source>Ask one question; the answer streams to standard output and is stored in the vault as it arrives.</source>
        <translation>Fazer uma pergunta; a resposta é transmitida para a saída padrão e guardada no cofre à medida que chega.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Um provedor adicionado com &apos;sotto providers add&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai, anthropic, ollama or gemini.</source>
        <translation>Provedor avulso: openai, anthropic, ollama ou gemini.</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:11434).</source>
        <translation>Provedor avulso: a raiz da API (por exemplo, http://127.0.0.1:11434).</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>O modelo a ser consultado.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Provedor avulso: a variável de ambiente que contém a chave de API.</translation>
    </message>
    <message>
        <source>instant (default), thinking or contemplating.</source>
        <translation>instant (padrão), thinking ou contemplating.</translation>
    </message>
    <message>
        <source>Contemplating: how many agents ask the provider&apos;s model (%1 to %2, default %3).</source>
        <translation>Deliberação: quantos agentes consultam o modelo do provedor (%1 a %2, padrão %3).</translation>
    </message>
    <message>
        <source>Contemplating: the agents of a saved ensemble.</source>
        <translation>Deliberação: os agentes de um conjunto salvo.</translation>
    </message>
    <message>
        <source>Contemplating: 1, or 2 for a round in which each agent revises after reading the others.</source>
        <translation>Deliberação: 1, ou 2 para uma rodada em que cada agente revisa sua resposta depois de ler as dos outros.</translation>
    </message>
    <message>
        <source>Contemplating: print what each request would carry, and where, and send nothing.</source>
        <translation>Deliberação: imprimir o que cada requisição levaria, e para onde, sem enviar nada.</translation>
    </message>
    <message>
        <source>Attach an image (repeatable).</source>
        <translation>Anexar uma imagem (pode ser repetido).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Continue the conversation with this id.</source>
        <translation>Continuar a conversa com este ID.</translation>
    </message>
    <message>
        <source>Keep neither question nor answer (the request is still audited).</source>
        <translation>Não guardar nem a pergunta nem a resposta (a requisição ainda é auditada).</translation>
    </message>
    <message>
        <source>Stream the model&apos;s reasoning to standard error.</source>
        <translation>Transmitir o raciocínio do modelo para a saída de erro padrão.</translation>
    </message>
    <message>
        <source>The context budget in tokens for this question (default: the provider&apos;s setting, else the model&apos;s context length as the provider reported it, else %1).</source>
        <translation>O orçamento de contexto em tokens para esta pergunta (padrão: a configuração do provedor; senão, o tamanho de contexto do modelo informado pelo provedor; senão, %1).</translation>
    </message>
    <message>
        <source>Print one JSON object at the end instead of streaming text.</source>
        <translation>Imprimir um único objeto JSON no final em vez de transmitir o texto.</translation>
    </message>
    <message>
        <source>Seconds for the name lookup, and again for the connection (0: no limit).</source>
        <translation>Segundos para a resolução do nome e, de novo, para a conexão (0: sem limite).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds from connecting until the server starts its answer (0: no limit).</source>
        <translation>Segundos desde a conexão até o servidor começar a responder (0: sem limite).</translation>
    </message>
    <message>
        <source>Seconds the server may stay silent once connected (0: no limit).</source>
        <translation>Segundos que o servidor pode ficar em silêncio depois de conectado (0: sem limite).</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>A pergunta.</translation>
    </message>
    <message>
        <source>&apos;ask&apos; needs a question.</source>
        <translation>&apos;ask&apos; precisa de uma pergunta.</translation>
    </message>
    <message>
        <source>--mode must be instant, thinking or contemplating.</source>
        <translation>--mode deve ser instant, thinking ou contemplating.</translation>
    </message>
    <message>
        <source>--%1 needs --mode contemplating.</source>
        <translation>--%1 precisa de --mode contemplating.</translation>
    </message>
    <message>
        <source>Give either --agents or --ensemble.</source>
        <translation>Informe --agents ou --ensemble.</translation>
    </message>
    <message>
        <source>--agents must be %1 to %2.</source>
        <translation>--agents deve estar entre %1 e %2.</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds deve ser 1 ou 2.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Informe --provider NAME ou --api com --base-url.</translation>
    </message>
    <message>
        <source>--incognito cannot continue a stored conversation.</source>
        <translation>--incognito não pode continuar uma conversa armazenada.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens precisa de um número positivo de tokens.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds, 0 or more.</source>
        <translation>--%1 deve ser um número de segundos, 0 ou mais.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; não é um ID de conversa.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api deve ser openai, anthropic, ollama ou gemini.</translation>
    </message>
    <message>
        <source>--api needs --base-url.</source>
        <translation>--api precisa de --base-url.</translation>
    </message>
    <message>
        <source>Interrupted by %1; what arrived is kept.</source>
        <translation>Interrompido por %1; o que já chegou foi mantido.</translation>
    </message>
    <message>
        <source>sotto: agent %1 (%2) did not answer: %3</source>
        <translation>sotto: o agente %1 (%2) não respondeu: %3</translation>
    </message>
    <message>
        <source>The answer was stopped.</source>
        <translation>A resposta foi interrompida.</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images. Choose a model that sees images, or ask without them.</source>
        <translation>%1 aceita só texto, segundo %2: não enxerga imagens. Escolha um modelo que enxergue imagens, ou pergunte sem elas.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Every request Sotto sent or refused, newest first.</source>
        <translation>Todas as requisições que o Sotto enviou ou recusou, das mais recentes para as mais antigas.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per request.</source>
        <translation>Imprimir um array JSON, com um objeto por requisição.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Imprimir CSV com uma linha de cabeçalho.</translation>
    </message>
    <message>
        <source>Only requests from this date or time on (ISO 8601, UTC).</source>
        <translation>Somente requisições a partir desta data ou hora (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&apos;audit&apos; takes no arguments, only options.</source>
        <translation>&apos;audit&apos; não aceita argumentos, apenas opções.</translation>
    </message>
    <message>
        <source>Choose --json or --csv, not both.</source>
        <translation>Escolha --json ou --csv, não ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date.</source>
        <translation>&apos;%1&apos; não é uma data ISO 8601.</translation>
    </message>
    <message numerus="yes">
        <source>audit cleared: %n earlier records deleted</source>
        <translation>
            <numerusform>auditoria limpa: %n registro anterior excluído</numerusform>
            <numerusform>auditoria limpa: %n registros anteriores excluídos</numerusform>
        </translation>
    </message>
    <message>
        <source> sent</source>
        <translation> enviados</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Nada foi enviado ainda.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Frase secreta do cofre em %1: </translation>
    </message>
    <message>
        <source>No vault in %1 yet. Choose a passphrase for a new one: </source>
        <translation>Ainda não há cofre em %1. Escolha uma frase secreta para criar um: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita a frase secreta: </translation>
    </message>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Existe uma cópia de %1: &apos;sotto vault restore %2&apos; a coloca de volta.</translation>
    </message>
    <message>
        <source>sotto: created a new encrypted vault in %1.</source>
        <translation>sotto: novo cofre criptografado criado em %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL.</source>
        <translation>&apos;%1&apos; não é uma URL http(s).</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>A variável de ambiente %1 está vazia.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>One of the commands above.</source>
        <translation>Um dos comandos acima.</translation>
    </message>
    <message>
        <source>sotto: no command given. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: nenhum comando informado. Execute &apos;sotto --help&apos; para ver a lista.</translation>
    </message>
    <message>
        <source>sotto: unknown command &apos;%1&apos;. Run &apos;sotto --help&apos; for the list.</source>
        <translation>sotto: comando desconhecido &apos;%1&apos;. Execute &apos;sotto --help&apos; para ver a lista.</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>Usar a pasta de perfil &lt;dir&gt; (padrão: $SOTTO_PROFILE; senão, a pasta de dados do aplicativo).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of &lt;file&gt; (else $SOTTO_PASSPHRASE, else a prompt).</source>
        <translation>Ler a frase secreta do cofre na primeira linha de &lt;file&gt; (senão, de $SOTTO_PASSPHRASE; senão, ela é solicitada).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open the window on conversation &lt;id&gt;.</source>
        <translation>Abrir a janela na conversa &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto, um assistente de IA privado para desktop.

Sem um comando, o Sotto abre sua janela.</translation>
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
        <translation>Comandos:
  ask [options] PROMPT                   uma pergunta, com a resposta transmitida para stdout
  providers add NAME|list|remove NAME    os provedores de modelos e suas chaves
  providers detect [--json]              servidores de modelos rodando neste computador
  audit [--json|--csv] [--since DATE]    todas as requisições enviadas ou recusadas
  policy show|set KEY VALUE              o que pode sair deste computador
  redact --dry-run TEXT | terms add|remove|list   ocultar dados pessoais do que é enviado
  conversations list|show ID|delete ID   as conversas do cofre
  conversations set ID local-only on|off  manter as requisições de uma conversa neste computador
  ensembles add NAME|list|remove NAME    os agentes que deliberam juntos
  export (--conversation ID | --all) --format md|json|html|pdf --output PATH
                                         exportar conversas como documentos
  import [--format sotto|chatgpt|claude] FILE   importar conversas de uma exportação
  search QUERY                           busca de texto completo no cofre
  transcribe [--provider NAME] FILE      a fala de um arquivo de áudio como texto
  vault check|change-passphrase|backups|restore ID   cuidar do cofre
Execute &apos;sotto COMMAND --help&apos; para ver as opções de um comando.</translation>
    </message>
</context>
<context>
    <name>ConversationsCommand</name>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; não é um ID de conversa.</translation>
    </message>
    <message>
        <source>List, show or delete the conversations in the vault, or mark one local-only.</source>
        <translation>Listar, mostrar ou excluir as conversas do cofre, ou marcar uma como somente local.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON em vez de texto.</translation>
    </message>
    <message>
        <source>list | show ID | delete ID | set ID local-only on|off</source>
        <translation>list | show ID | delete ID | set ID local-only on|off</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show ID, delete ID or set ID local-only on|off.</source>
        <translation>Ação desconhecida &apos;%1&apos;: use list, show ID, delete ID ou set ID local-only on|off.</translation>
    </message>
    <message>
        <source>Use: conversations set ID local-only on|off</source>
        <translation>Uso: conversations set ID local-only on|off</translation>
    </message>
    <message>
        <source>&apos;conversations %1&apos; needs one conversation id.</source>
        <translation>&apos;conversations %1&apos; precisa de um ID de conversa.</translation>
    </message>
    <message>
        <source>Conversation %1 is local-only: its requests go only to this machine.</source>
        <translation>A conversa %1 é somente local: suas requisições vão apenas para este computador.</translation>
    </message>
    <message>
        <source>Conversation %1 is no longer local-only.</source>
        <translation>A conversa %1 não é mais somente local.</translation>
    </message>
    <message>
        <source>Deleted conversation %1 (%2).</source>
        <translation>Conversa %1 excluída (%2).</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n imagem]</numerusform>
            <numerusform>[%n imagens]</numerusform>
        </translation>
    </message>
    <message>
        <source>agent %1, round %2 (%3): %4</source>
        <translation>agente %1, rodada %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>EnsemblesCommand</name>
    <message>
        <source>Add, list or remove Contemplating ensembles: named sets of 2 to 8 agents, each a provider and optionally a model, kept in the vault.</source>
        <translation>Adicionar, listar ou remover conjuntos de Deliberação: grupos nomeados de 2 a 8 agentes, cada um com um provedor e, opcionalmente, um modelo, guardados no cofre.</translation>
    </message>
    <message>
        <source>add: one agent, PROVIDER or PROVIDER:MODEL (split at the first &apos;:&apos;); repeat 2 to 8 times.</source>
        <translation>add: um agente, PROVIDER ou PROVIDER:MODEL (dividido no primeiro &apos;:&apos;); repita de 2 a 8 vezes.</translation>
    </message>
    <message>
        <source>add: the instruction the agent in the same position works under (the first --perspective is the first --agent&apos;s); repeat up to once per agent. Agents without one get a default perspective.</source>
        <translation>add: a instrução sob a qual trabalha o agente na mesma posição (a primeira --perspective é a do primeiro --agent); repita no máximo uma vez por agente. Agentes sem instrução própria recebem uma perspectiva padrão.</translation>
    </message>
    <message>
        <source>add: who writes the final answer (default: the conversation&apos;s provider and model).</source>
        <translation>add: quem escreve a resposta final (padrão: o provedor e o modelo da conversa).</translation>
    </message>
    <message>
        <source>add: 1 (default) or 2 (a refinement round).</source>
        <translation>add: 1 (padrão) ou 2 (uma rodada de refinamento).</translation>
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
        <translation>Um conjunto precisa de um nome.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PROVIDER or PROVIDER:MODEL.</source>
        <translation>&apos;%1&apos; não é PROVIDER nem PROVIDER:MODEL.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents (--agent).</source>
        <translation>Um conjunto tem de %1 a %2 agentes (--agent).</translation>
    </message>
    <message>
        <source>There are more --perspective options (%1) than agents (%2).</source>
        <translation>Há mais opções --perspective (%1) do que agentes (%2).</translation>
    </message>
    <message>
        <source>--rounds must be 1 or 2.</source>
        <translation>--rounds deve ser 1 ou 2.</translation>
    </message>
    <message>
        <source>synthesizer %1</source>
        <translation>síntese por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n rodada</numerusform>
            <numerusform>%n rodadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed ensemble %1.</source>
        <translation>Conjunto %1 removido.</translation>
    </message>
    <message numerus="yes">
        <source>Saved ensemble %1 with %n agent(s).</source>
        <translation>
            <numerusform>Conjunto %1 salvo com %n agente.</numerusform>
            <numerusform>Conjunto %1 salvo com %n agentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export one conversation, or all of them, as Markdown, JSON, HTML or PDF. With --all, JSON writes one file holding every conversation; the other formats write one file per conversation into the folder PATH. Anyone who gets an exported file can read it.</source>
        <translation>Exportar uma conversa, ou todas, como Markdown, JSON, HTML ou PDF. Com --all, o JSON grava um único arquivo com todas as conversas; os outros formatos gravam um arquivo por conversa na pasta PATH. Qualquer pessoa que obtiver um arquivo exportado poderá lê-lo.</translation>
    </message>
    <message>
        <source>The conversation to export.</source>
        <translation>A conversa a ser exportada.</translation>
    </message>
    <message>
        <source>Export every conversation.</source>
        <translation>Exportar todas as conversas.</translation>
    </message>
    <message>
        <source>md, json, html or pdf.</source>
        <translation>md, json, html ou pdf.</translation>
    </message>
    <message>
        <source>The file to write (with --all and md, html or pdf: the folder).</source>
        <translation>O arquivo a ser gravado (com --all e md, html ou pdf: a pasta).</translation>
    </message>
    <message>
        <source>Use: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</source>
        <translation>Uso: export (--conversation ID | --all) --format md|json|html|pdf --output PATH</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use md, json, html or pdf.</source>
        <translation>Formato desconhecido &apos;%1&apos;: use md, json, html ou pdf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a conversation id.</source>
        <translation>&apos;%1&apos; não é um ID de conversa.</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>Exportando %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n conversa exportada para %1.</numerusform>
            <numerusform>%n conversas exportadas para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiSendPrompter</name>
    <message>
        <source>on this computer</source>
        <translation>neste computador</translation>
    </message>
    <message>
        <source>on your local network</source>
        <translation>na sua rede local</translation>
    </message>
    <message>
        <source>on the internet</source>
        <translation>na internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, %4)?

The request: %5</source>
        <translation>Enviar %1 para %2 (%3, %4)?

A requisição: %5</translation>
    </message>
    <message>
        <source>Send to %1?</source>
        <translation>Enviar para %1?</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this provider</source>
        <translation>&amp;Não perguntar de novo para este provedor</translation>
    </message>
</context>
<context>
    <name>HttpBackend</name>
    <message>
        <source>The answer passed %1 Mi characters; it was stopped there.</source>
        <translation>A resposta passou de %1 Mi caracteres; ela foi interrompida nesse ponto.</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Não enviada: %1.</translation>
    </message>
    <message>
        <source>The answer from %1 ended before it was finished.</source>
        <translation>A resposta de %1 terminou antes de ser concluída.</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is Ollama running?</source>
        <translation>Nada está escutando em %1 — o Ollama está em execução?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is llama-server running?</source>
        <translation>Nada está escutando em %1 — o llama-server está em execução?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 — is LM Studio&apos;s server started?</source>
        <translation>Nada está escutando em %1 — o servidor do LM Studio foi iniciado?</translation>
    </message>
    <message>
        <source>Nothing is listening at %1.</source>
        <translation>Nada está escutando em %1.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint; choose an OpenAI-compatible provider (OpenAI, Groq, speaches, LocalAI…).</source>
        <translation>%1 usa a API %2, que não tem endpoint de transcrição; escolha um provedor compatível com OpenAI (OpenAI, Groq, speaches, LocalAI…).</translation>
    </message>
    <message>
        <source>%1 answered with something other than a transcript.</source>
        <translation>%1 respondeu com algo que não é uma transcrição.</translation>
    </message>
</context>
<context>
    <name>ImageSanitizer</name>
    <message>
        <source>This file is not an image Sotto can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>Este arquivo não é uma imagem que o Sotto consiga ler (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>Cannot open the image %1: %2.</source>
        <translation>Não foi possível abrir a imagem %1: %2.</translation>
    </message>
    <message>
        <source>The image %1 is larger than 50 MB.</source>
        <translation>A imagem %1 é maior que 50 MB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The image is larger than 50 MB.</source>
        <translation>A imagem é maior que 50 MB.</translation>
    </message>
    <message>
        <source>The image is damaged and cannot be decoded.</source>
        <translation>A imagem está danificada e não pode ser decodificada.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; Sotto accepts up to 100 megapixels.</source>
        <translation>A imagem tem %1 × %2 pixels; o Sotto aceita até 100 megapixels.</translation>
    </message>
    <message>
        <source>The image has more than 100 megapixels.</source>
        <translation>A imagem tem mais de 100 megapixels.</translation>
    </message>
    <message>
        <source>The image could not be re-encoded.</source>
        <translation>Não foi possível recodificar a imagem.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import conversations from an export: Sotto&apos;s own JSON, or ChatGPT&apos;s or Claude&apos;s conversations.json (or the .zip they come in). Conversations already imported are skipped. A file that cannot be read as its format changes nothing.</source>
        <translation>Importar conversas de uma exportação: o JSON do próprio Sotto, ou o conversations.json do ChatGPT ou do Claude (ou o .zip em que ele vem). Conversas já importadas são ignoradas. Um arquivo que não pode ser lido no seu formato não altera nada.</translation>
    </message>
    <message>
        <source>sotto, chatgpt or claude (default: found from the file).</source>
        <translation>sotto, chatgpt ou claude (padrão: detectado pelo arquivo).</translation>
    </message>
    <message>
        <source>The export to import.</source>
        <translation>A exportação a importar.</translation>
    </message>
    <message>
        <source>Use: import [--format sotto|chatgpt|claude] FILE</source>
        <translation>Uso: import [--format sotto|chatgpt|claude] FILE</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use sotto, chatgpt or claude.</source>
        <translation>Formato &apos;%1&apos; desconhecido: use sotto, chatgpt ou claude.</translation>
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
        <translation>A importação foi interrompida.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s)</source>
        <translation>
            <numerusform>%n conversa importada</numerusform>
            <numerusform>%n conversas importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n duplicate(s).</source>
        <translation>
            <numerusform>%n duplicata ignorada.</numerusform>
            <numerusform>%n duplicatas ignoradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The system keyring holds no passphrase for this vault.</source>
        <translation>O chaveiro do sistema não contém nenhuma frase secreta para este cofre.</translation>
    </message>
    <message>
        <source>The system keyring refused access.</source>
        <translation>O chaveiro do sistema recusou o acesso.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the passphrase cannot be remembered.</source>
        <translation>Nenhum chaveiro do sistema está disponível, então a frase secreta não pode ser lembrada.</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>O chaveiro do sistema falhou: %1</translation>
    </message>
    <message>
        <source>The passphrase is in the system keyring, but Sotto cannot note that in %1.</source>
        <translation>A frase secreta está no chaveiro do sistema, mas o Sotto não consegue registrar isso em %1.</translation>
    </message>
</context>
<context>
    <name>LiteralDestination</name>
    <message>
        <source>on this computer</source>
        <translation>neste computador</translation>
    </message>
    <message>
        <source>local network</source>
        <translation>rede local</translation>
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
        <translation>%1 na porta %2</translation>
    </message>
    <message>
        <source>No model server is running on this computer (looked for %1).</source>
        <translation>Nenhum servidor de modelos está rodando neste computador (procurados: %1).</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>[Image not loaded: %1]</source>
        <translation>[Imagem não carregada: %1]</translation>
    </message>
    <message>
        <source>[Image “%1” not loaded: %2]</source>
        <translation>[Imagem “%1” não carregada: %2]</translation>
    </message>
</context>
<context>
    <name>MicrophoneInput</name>
    <message>
        <source>%1 offers no audio format Sotto can record.</source>
        <translation>%1 não oferece nenhum formato de áudio que o Sotto consiga gravar.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it may be in use by another program.</source>
        <translation>Não foi possível abrir %1: talvez outro programa o esteja usando.</translation>
    </message>
    <message>
        <source>%1 stopped recording: it may have been unplugged or taken by another program.</source>
        <translation>%1 parou de gravar: talvez tenha sido desconectado ou tomado por outro programa.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar frase secreta</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar frase secreta</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation>Não foi possível ler o arquivo de frase secreta %1: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>O arquivo de frase secreta %1 está vazio.</translation>
    </message>
    <message>
        <source>SOTTO_PASSPHRASE is set but empty.</source>
        <translation>SOTTO_PASSPHRASE está definida, mas vazia.</translation>
    </message>
    <message>
        <source>No passphrase: set SOTTO_PASSPHRASE, pass --passphrase-file, or run in a terminal.</source>
        <translation>Nenhuma frase secreta: defina SOTTO_PASSPHRASE, passe --passphrase-file ou execute em um terminal.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases secretas são diferentes.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Nenhuma frase secreta foi digitada.</translation>
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
        <translation>Mostrar ou alterar o que pode sair deste computador.

Chaves: offline on|off, ask-before-send never|first|always, keep-request-copies on|off,
redact off|internet|always (ocultar dados pessoais: por padrão, para destinos na internet),
proxy URL|off (http://HOST:PORT com CONNECT, ou socks5h://HOST:PORT, cujo proxy resolve
os nomes, por exemplo, Tor em socks5h://127.0.0.1:9050; destinos de loopback vão direto),
retention-days N (0 mantém tudo), audit-retention-days N (dias de registros de auditoria a manter;
0 mantém todos), agent-deadline N (segundos que a resposta de cada agente da Deliberação
pode levar, em cada rodada; 0: sem limite); por provedor (com --provider NAME):
http-to-internet allow|deny, enabled on|off, redact off|internet|always|default (default:
seguir a política redact global), proxy URL|direct|default (default: o proxy global).</translation>
    </message>
    <message>
        <source>The provider a per-provider key applies to.</source>
        <translation>O provedor ao qual se aplica uma configuração por provedor.</translation>
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
        <translation>Use &apos;policy show&apos; ou &apos;policy set KEY VALUE&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set per provider: add --provider NAME.</source>
        <translation>&apos;%1&apos; é definido por provedor: adicione --provider NAME.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; não é um valor válido para %2; use %3.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 agora é %2.</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2; use %3.</source>
        <translation>&apos;%1&apos; não é um valor válido para %2; use %3.</translation>
    </message>
    <message>
        <source>a number of days (0 keeps everything)</source>
        <translation>um número de dias (0 mantém tudo)</translation>
    </message>
    <message>
        <source>a number of seconds (0: no limit)</source>
        <translation>um número de segundos (0: sem limite)</translation>
    </message>
    <message>
        <source>Unknown policy setting &apos;%1&apos;; known: %2.</source>
        <translation>Configuração de política desconhecida &apos;%1&apos;; conhecidas: %2.</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Não existe nenhum provedor chamado %1.</translation>
    </message>
    <message>
        <source>Passphrase for the vault in %1: </source>
        <translation>Frase secreta do cofre em %1: </translation>
    </message>
    <message>
        <source>context %L1 tokens</source>
        <translation>contexto de %L1 tokens</translation>
    </message>
    <message>
        <source>Start from a known provider: %1.</source>
        <translation>Partir de um provedor conhecido: %1.</translation>
    </message>
    <message>
        <source>openai, anthropic, ollama or gemini.</source>
        <translation>openai, anthropic, ollama ou gemini.</translation>
    </message>
    <message>
        <source>The API root.</source>
        <translation>A raiz da API.</translation>
    </message>
    <message>
        <source>The default model.</source>
        <translation>O modelo padrão.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Store the API key found in this environment variable (else you are asked for it on a terminal).</source>
        <translation>Guardar a chave de API encontrada nesta variável de ambiente (senão, ela é solicitada no terminal).</translation>
    </message>
    <message>
        <source>The provider needs no API key.</source>
        <translation>O provedor não precisa de chave de API.</translation>
    </message>
    <message>
        <source>Allow plain http to a host on the internet (normally refused).</source>
        <translation>Permitir http sem criptografia para um host na internet (normalmente recusado).</translation>
    </message>
    <message>
        <source>The context budget in tokens (default %1).</source>
        <translation>O orçamento de contexto em tokens (padrão %1).</translation>
    </message>
    <message>
        <source>Send this provider&apos;s requests through a proxy: http://HOST:PORT (CONNECT) or socks5h://HOST:PORT; direct to bypass the global proxy (default: the global one).</source>
        <translation>Enviar as requisições deste provedor por um proxy: http://HOST:PORT (CONNECT) ou socks5h://HOST:PORT; direct para ignorar o proxy global (padrão: o global).</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;; known: %2.</source>
        <translation>Predefinição desconhecida &apos;%1&apos;; conhecidas: %2.</translation>
    </message>
    <message>
        <source>--api must be openai, anthropic, ollama or gemini.</source>
        <translation>--api deve ser openai, anthropic, ollama ou gemini.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs --preset or --api.</source>
        <translation>&apos;providers add&apos; precisa de --preset ou --api.</translation>
    </message>
    <message>
        <source>&apos;providers add&apos; needs an http(s) --base-url.</source>
        <translation>&apos;providers add&apos; precisa de uma --base-url http(s).</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; give the key with --api-key-env or when asked.</source>
        <translation>A URL base não pode conter nome de usuário nem senha; informe a chave com --api-key-env ou quando ela for solicitada.</translation>
    </message>
    <message>
        <source>--context-tokens needs a positive number of tokens.</source>
        <translation>--context-tokens precisa de um número positivo de tokens.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>A variável de ambiente %1 está vazia.</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Chave de API para %1: </translation>
    </message>
    <message>
        <source>No API key given: use --api-key-env VAR, a terminal, or --no-api-key.</source>
        <translation>Nenhuma chave de API informada: use --api-key-env VAR, um terminal ou --no-api-key.</translation>
    </message>
    <message>
        <source>Saved provider %1 (%2, %3).</source>
        <translation>Provedor %1 salvo (%2, %3).</translation>
    </message>
    <message>
        <source>Removed provider %1.</source>
        <translation>Provedor %1 removido.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sem chave</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>chave %1</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (desativado)</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Não enviado: %1.</translation>
    </message>
    <message>
        <source>%1 at %2: no models yet</source>
        <translation>%1 em %2: ainda sem modelos</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n model(s) (%3)</source>
        <translation>
            <numerusform>%1 em %2: %n modelo (%3)</numerusform>
            <numerusform>%1 em %2: %n modelos (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list or remove model providers, or find the model servers running on this computer. API keys are kept inside the encrypted vault; they never go on the command line.</source>
        <translation>Adicionar, listar ou remover provedores de modelos, ou encontrar os servidores de modelos rodando neste computador. As chaves de API ficam guardadas no cofre criptografado; elas nunca aparecem na linha de comando.</translation>
    </message>
    <message>
        <source>list, models, detect: print JSON.</source>
        <translation>list, models, detect: imprimir JSON.</translation>
    </message>
    <message>
        <source>add NAME | list | remove NAME | models NAME (asks the provider for its models and their context lengths) | detect (looks for model servers running on this computer: Ollama, llama.cpp, LM Studio, vLLM, Jan; loopback only)</source>
        <translation>add NAME | list | remove NAME | models NAME (pergunta ao provedor quais são seus modelos e os tamanhos de contexto deles) | detect (procura servidores de modelos rodando neste computador: Ollama, llama.cpp, LM Studio, vLLM, Jan; somente loopback)</translation>
    </message>
    <message>
        <source>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; or &apos;providers detect&apos;.</source>
        <translation>Use &apos;providers add NAME …&apos;, &apos;providers list&apos;, &apos;providers remove NAME&apos;, &apos;providers models NAME&apos; ou &apos;providers detect&apos;.</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>só texto</translation>
    </message>
</context>
<context>
    <name>ProxyEnvironment</name>
    <message>
        <source>Sotto does not use %1 from the environment: its requests go direct. To send them through a proxy, run &apos;sotto policy set proxy http://HOST:PORT&apos; (or socks5h://HOST:PORT), or set it in Settings › Privacy.</source>
        <translation>O Sotto não usa %1 do ambiente: suas requisições vão direto. Para enviá-las por um proxy, execute &apos;sotto policy set proxy http://HOST:PORT&apos; (ou socks5h://HOST:PORT) ou defina-o em Configurações › Privacidade.</translation>
    </message>
</context>
<context>
    <name>RedactCommand</name>
    <message>
        <source>Added &apos;%1&apos;: it is withheld from what is sent.</source>
        <translation>&apos;%1&apos; adicionado: ele é ocultado do que é enviado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a term.</source>
        <translation>&apos;%1&apos; já é um termo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a term.</source>
        <translation>&apos;%1&apos; não é um termo.</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; removido.</translation>
    </message>
    <message>
        <source>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; or &apos;redact terms list [--json]&apos;.</source>
        <translation>Use &apos;redact terms add TERM&apos;, &apos;redact terms remove TERM&apos; ou &apos;redact terms list [--json]&apos;.</translation>
    </message>
    <message>
        <source>Redaction is off (policy redact off): the text is sent as it is.</source>
        <translation>A ocultação está desativada (policy redact off): o texto é enviado como está.</translation>
    </message>
    <message>
        <source>Nothing to withhold was found.</source>
        <translation>Nada a ocultar foi encontrado.</translation>
    </message>
    <message>
        <source>Withhold personal data from what is sent (docs/PRIVACY.md).

  redact --dry-run TEXT             print TEXT as it would be sent to an internet provider
                                    (what was replaced goes to stderr, or into --json)
  redact terms add TERM | remove TERM | list [--json]
                                    your own terms (names, a company, code names)

When it runs: sotto policy set redact off|internet|always. Detection can miss things.</source>
        <translation>Ocultar dados pessoais do que é enviado (docs/PRIVACY.md).

  redact --dry-run TEXT             imprimir TEXT como seria enviado a um provedor na internet
                                    (o que foi substituído vai para stderr, ou para --json)
  redact terms add TERM | remove TERM | list [--json]
                                    seus próprios termos (nomes, uma empresa, codinomes)

Quando é aplicada: sotto policy set redact off|internet|always. A detecção pode deixar coisas passarem.</translation>
    </message>
    <message>
        <source>Show what would be sent.</source>
        <translation>Mostrar o que seria enviado.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>TEXT, or: terms add|remove|list</source>
        <translation>TEXT, ou: terms add|remove|list</translation>
    </message>
    <message>
        <source>Use &apos;redact --dry-run TEXT&apos; or &apos;redact terms add|remove|list&apos;.</source>
        <translation>Use &apos;redact --dry-run TEXT&apos; ou &apos;redact terms add|remove|list&apos;.</translation>
    </message>
</context>
<context>
    <name>RemovedMetadata</name>
    <message>
        <source>GPS position</source>
        <translation>posição GPS</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>marca e modelo da câmera</translation>
    </message>
    <message>
        <source>date taken</source>
        <translation>data da foto</translation>
    </message>
    <message>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message numerus="yes">
        <source>%n other tag(s)</source>
        <translation>
            <numerusform>%n outra etiqueta</numerusform>
            <numerusform>%n outras etiquetas</numerusform>
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
        <translation>dados XMP</translation>
    </message>
    <message>
        <source>colour profile</source>
        <translation>perfil de cor</translation>
    </message>
    <message>
        <source>The image carried no metadata.</source>
        <translation>A imagem não tinha metadados.</translation>
    </message>
    <message>
        <source>Removed before storing and sending: %1.</source>
        <extracomment>%1 is a list such as &quot;GPS position, camera make and model, 12 other tags&quot;.</extracomment>
        <translation>Removido antes de guardar e enviar: %1.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search titles, messages and reasoning in the vault (every word must match).</source>
        <translation>Pesquisar títulos, mensagens e raciocínios no cofre (todas as palavras devem corresponder).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON em vez de texto.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (default 50).</source>
        <translation>No máximo &lt;n&gt; resultados (padrão 50).</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>As palavras a serem pesquisadas.</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs the words to look for.</source>
        <translation>&apos;search&apos; precisa das palavras a serem pesquisadas.</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Nenhum resultado.</translation>
    </message>
</context>
<context>
    <name>TerminalSendPrompter</name>
    <message>
        <source>this computer</source>
        <translation>neste computador</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>na sua rede local</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>na internet</translation>
    </message>
    <message>
        <source>Send %1 to %2 (%3, on %4)? [y/N, a: yes and don&apos;t ask again for it] </source>
        <translation>Enviar %1 para %2 (%3, %4)? [y (sim)/N, a: sim e não perguntar mais] </translation>
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
        <translation>Transformar fala em texto: enviar um arquivo de áudio a um endpoint de transcrição compatível com OpenAI (auditado como qualquer requisição) e imprimir o texto. Sem --provider nem --api, usa o provedor escolhido para transcrição nas configurações.</translation>
    </message>
    <message>
        <source>A provider added with &apos;sotto providers add&apos;.</source>
        <translation>Um provedor adicionado com &apos;sotto providers add&apos;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Ad-hoc provider: openai (any OpenAI-compatible server).</source>
        <translation>Provedor avulso: openai (qualquer servidor compatível com OpenAI).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the API root (e.g. http://127.0.0.1:8000/v1).</source>
        <translation>Provedor avulso: a raiz da API (ex.: http://127.0.0.1:8000/v1).</translation>
    </message>
    <message>
        <source>Ad-hoc provider: the environment variable holding the API key.</source>
        <translation>Provedor avulso: a variável de ambiente com a chave de API.</translation>
    </message>
    <message>
        <source>The transcription model (default: the setting, else %1).</source>
        <translation>O modelo de transcrição (padrão: a configuração; senão, %1).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>The audio: WAV, MP3, FLAC, Ogg, M4A or WebM, at most 25 MB.</source>
        <translation>O áudio: WAV, MP3, FLAC, Ogg, M4A ou WebM, no máximo 25 MB.</translation>
    </message>
    <message>
        <source>&apos;transcribe&apos; needs one audio file.</source>
        <translation>&apos;transcribe&apos; precisa de um arquivo de áudio.</translation>
    </message>
    <message>
        <source>Give either --provider NAME or --api with --base-url.</source>
        <translation>Informe --provider NOME ou --api com --base-url.</translation>
    </message>
    <message>
        <source>--api needs --base-url, and --base-url --api.</source>
        <translation>--api precisa de --base-url, e --base-url de --api.</translation>
    </message>
    <message>
        <source>--api must be openai.</source>
        <translation>--api deve ser openai.</translation>
    </message>
    <message>
        <source>The %1 API has no transcription endpoint; use --api openai with an OpenAI-compatible server.</source>
        <translation>A API %1 não tem endpoint de transcrição; use --api openai com um servidor compatível com OpenAI.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>Give --provider NAME or --api openai with --base-url, or choose a transcription provider in the settings.</source>
        <translation>Informe --provider NOME ou --api openai com --base-url, ou escolha um provedor de transcrição nas configurações.</translation>
    </message>
    <message>
        <source>%1 speaks the %2 API, which has no transcription endpoint.</source>
        <translation>%1 usa a API %2, que não tem endpoint de transcrição.</translation>
    </message>
    <message>
        <source>Interrupted by %1.</source>
        <translation>Interrompido por %1.</translation>
    </message>
    <message>
        <source>The transcription ended without an answer.</source>
        <translation>A transcrição terminou sem resposta.</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <source>%1 is larger than %2 MB, the most a transcription service takes.</source>
        <translation>%1 é maior que %2 MB, o máximo que um serviço de transcrição aceita.</translation>
    </message>
    <message>
        <source>%1 is not audio that can be transcribed (WAV, MP3, FLAC, Ogg, M4A or WebM).</source>
        <translation>%1 não é um áudio que possa ser transcrito (WAV, MP3, FLAC, Ogg, M4A ou WebM).</translation>
    </message>
    <message>
        <source>No provider is chosen for transcription: choose one in Settings › Voice.</source>
        <translation>Nenhum provedor foi escolhido para transcrição: escolha um em Configurações › Voz.</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>Ainda não há cofre em %1.</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). The backup is encrypted: it opens with the passphrase the vault has now.</source>
        <translation>Backup do cofre feito em %1 (%2). O backup é criptografado: ele abre com a frase secreta atual do cofre.</translation>
    </message>
    <message>
        <source>Passphrase of the backup %1: </source>
        <translation>Frase secreta do backup %1: </translation>
    </message>
    <message>
        <source>The files it replaced are kept as the copy %1 (&apos;sotto vault backups&apos;).</source>
        <translation>Os arquivos substituídos foram mantidos como a cópia %1 (&apos;sotto vault backups&apos;).</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Cofre restaurado de %1, com backup feito em %2.</translation>
    </message>
    <message>
        <source>Look after the encrypted vault.</source>
        <translation>Cuidar do cofre criptografado.</translation>
    </message>
    <message>
        <source>change-passphrase: read the new passphrase from &lt;file&gt; (else $SOTTO_NEW_PASSPHRASE, else a prompt).</source>
        <translation>change-passphrase: ler a nova frase secreta de &lt;file&gt; (senão, de $SOTTO_NEW_PASSPHRASE; senão, ela é solicitada).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>restore: put back the vault from the backup file &lt;file&gt; (made by &apos;sotto vault backup&apos;; it asks for that backup&apos;s passphrase).</source>
        <translation>restore: restaurar o cofre a partir do arquivo de backup &lt;file&gt; (criado por &apos;sotto vault backup&apos;; pede a frase secreta desse backup).</translation>
    </message>
    <message>
        <source>backup FILE: write the vault, still encrypted, to one file; check: verify the vault&apos;s integrity; change-passphrase: re-encrypt it under a new passphrase; backups: list the copies taken before upgrades and restores; restore ID | restore --file FILE: put a copy or a backup file back (the current files are kept as another copy).</source>
        <translation>backup FILE: gravar o cofre, ainda criptografado, em um único arquivo; check: verificar a integridade do cofre; change-passphrase: criptografá-lo novamente com uma nova frase secreta; backups: listar as cópias feitas antes de atualizações e restaurações; restore ID | restore --file FILE: restaurar uma cópia ou um arquivo de backup (os arquivos atuais são mantidos como outra cópia).</translation>
    </message>
    <message>
        <source>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; or &apos;restore --file FILE&apos;.</source>
        <translation>Use &apos;sotto vault backup FILE&apos;, &apos;check&apos;, &apos;change-passphrase&apos;, &apos;backups&apos;, &apos;restore ID&apos; ou &apos;restore --file FILE&apos;.</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de uma atualização</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>substituída por uma restauração</translation>
    </message>
    <message>
        <source>There are no copies of the vault.</source>
        <translation>Não há cópias do cofre.</translation>
    </message>
    <message>
        <source>Restored the copy %1; the files it replaced are kept as another copy.</source>
        <translation>Cópia %1 restaurada; os arquivos que ela substituiu foram mantidos como outra cópia.</translation>
    </message>
    <message numerus="yes">
        <source>The vault in %1 is damaged (%n problem(s) found).</source>
        <translation>
            <numerusform>O cofre em %1 está danificado (%n problema encontrado).</numerusform>
            <numerusform>O cofre em %1 está danificado (%n problemas encontrados).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault in %1 is intact.</source>
        <translation>O cofre em %1 está íntegro.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase secreta atual: </translation>
    </message>
    <message>
        <source>SOTTO_NEW_PASSPHRASE is empty.</source>
        <translation>SOTTO_NEW_PASSPHRASE está vazia.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nova frase secreta: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repita a nova frase secreta: </translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase has been changed.</source>
        <translation>A frase secreta do cofre foi alterada.</translation>
    </message>
</context>
<context>
    <name>sotto::AuditDashboard</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::AuditRepository</name>
    <message>
        <source>There is no audit record %1.</source>
        <translation>Não existe o registro de auditoria %1.</translation>
    </message>
    <message numerus="yes">
        <source>The audit was cleared: %n earlier records were deleted.</source>
        <translation>
            <numerusform>A auditoria foi limpa: %n registro anterior foi excluído.</numerusform>
            <numerusform>A auditoria foi limpa: %n registros anteriores foram excluídos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ChatController</name>
    <message>
        <source>Add a model provider first (Settings → Providers).</source>
        <translation>Adicione primeiro um provedor de modelos (Configurações → Provedores).</translation>
    </message>
    <message>
        <source>Choose a provider for this conversation.</source>
        <translation>Escolha um provedor para esta conversa.</translation>
    </message>
</context>
<context>
    <name>sotto::ChatGptReader</name>
    <message>
        <source>[image not included]</source>
        <translation>[imagem não incluída]</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Uma conversa não é um objeto.</translation>
    </message>
    <message>
        <source>A conversation has no message tree (&quot;mapping&quot;).</source>
        <translation>Uma conversa não tem árvore de mensagens (&quot;mapping&quot;).</translation>
    </message>
</context>
<context>
    <name>sotto::ClaudeReader</name>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Uma conversa não é um objeto.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages (&quot;chat_messages&quot;).</source>
        <translation>Uma conversa não tem lista de mensagens (&quot;chat_messages&quot;).</translation>
    </message>
    <message>
        <source>Attached %1:</source>
        <translation>Anexo %1:</translation>
    </message>
    <message>
        <source>[image not included]</source>
        <translation>[imagem não incluída]</translation>
    </message>
    <message>
        <source>[file not included: %1]</source>
        <translation>[arquivo não incluído: %1]</translation>
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
        <translation>nenhuma resposta dentro do prazo do agente de %1 s</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompida.</translation>
    </message>
    <message>
        <source>This conversation is local-only and the ensemble asks agents that are not on this machine; nothing was sent.</source>
        <translation>Esta conversa é somente local e o conjunto consulta agentes que não estão neste computador; nada foi enviado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No agent answered — %1.</source>
        <translation>Nenhum agente respondeu — %1.</translation>
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
        <translation>agente %1, rodada 2</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>síntese</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 [%5]: %6 bytes, %7 characters, %8 images</source>
        <translation>%1: %2 (%3) em %4 [%5]: %6 bytes, %7 caracteres, %8 imagens</translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, mais as respostas dos agentes</translation>
    </message>
    <message numerus="yes">
        <source>total: %n requests</source>
        <translation>
            <numerusform>total: %n requisição</numerusform>
            <numerusform>total: %n requisições</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 bytes, %2 characters, %3 images before the agents&apos; answers</source>
        <translation>, %1 bytes, %2 caracteres, %3 imagens antes das respostas dos agentes</translation>
    </message>
</context>
<context>
    <name>sotto::ContemplationSetup</name>
    <message>
        <source>There is no ensemble named “%1” any more: choose who contemplates.</source>
        <translation>Não existe mais um conjunto chamado “%1”: escolha quem delibera.</translation>
    </message>
    <message>
        <source>The ensemble “%1” names providers that are not configured: %2.</source>
        <translation>O conjunto “%1” cita provedores que não estão configurados: %2.</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationImport</name>
    <message>
        <source>[image not included]</source>
        <translation>[imagem não incluída]</translation>
    </message>
    <message>
        <source>It is not a %1: it looks like a %2.</source>
        <translation>Não é uma %1: parece uma %2.</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>Conversa %1: %2</translation>
    </message>
    <message>
        <source>It nests deeper than an export does (%1 levels).</source>
        <translation>Tem mais níveis de aninhamento do que uma exportação (%1 níveis).</translation>
    </message>
    <message>
        <source>It is damaged or incomplete: %1</source>
        <translation>Está danificado ou incompleto: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ConversationRepository</name>
    <message>
        <source>An incognito conversation is never stored.</source>
        <translation>Uma conversa anônima nunca é armazenada.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Não existe a conversa %1.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressExchange</name>
    <message>
        <source>The request to %1 could not be sent: %2.</source>
        <translation>Não foi possível enviar a requisição para %1: %2.</translation>
    </message>
    <message>
        <source>The request to %1 could not be sent: the proxy of provider %2 is not valid (%3).</source>
        <translation>Não foi possível enviar a requisição para %1: o proxy do provedor %2 não é válido (%3).</translation>
    </message>
    <message>
        <source>Could not find the proxy %1.</source>
        <translation>Não foi possível encontrar o proxy %1.</translation>
    </message>
    <message>
        <source>Could not find the server %1.</source>
        <translation>Não foi possível encontrar o servidor %1.</translation>
    </message>
    <message>
        <source>Not sent: the audit log could not record the request (%1).</source>
        <translation>Não enviada: o registro de privacidade não conseguiu registrar a requisição (%1).</translation>
    </message>
    <message>
        <source>The proxy %1 did not connect to %2: %3.</source>
        <translation>O proxy %1 não se conectou a %2: %3.</translation>
    </message>
    <message>
        <source>The proxy %1 sent data of its own before the request to %2.</source>
        <translation>O proxy %1 enviou dados próprios antes da requisição para %2.</translation>
    </message>
    <message>
        <source>Could not look up the proxy %1 within %2 s.</source>
        <translation>Não foi possível localizar o proxy %1 em %2 s.</translation>
    </message>
    <message>
        <source>Could not look up the server %1 within %2 s.</source>
        <translation>Não foi possível localizar o servidor %1 em %2 s.</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2 within %3 s.</source>
        <translation>Não foi possível conectar a %1 pelo proxy %2 em %3 s.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Não foi possível conectar a %1 em %2 s.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the request was stopped.</source>
        <translation>%1 não respondeu em %2 s; a requisição foi interrompida.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s; the request was stopped.</source>
        <translation>%1 não enviou nada por %2 s; a requisição foi interrompida.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2; Sotto does not follow redirects.</source>
        <translation>%1 redirecionou a requisição para %2; o Sotto não segue redirecionamentos.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the answer was complete.</source>
        <translation>%1 fechou a conexão antes que a resposta estivesse completa.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 fechou a conexão sem responder.</translation>
    </message>
    <message>
        <source>%1 sent a malformed answer (%2).</source>
        <translation>%1 enviou uma resposta malformada (%2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3.</source>
        <translation>%1 respondeu HTTP %2%3.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the connection; is it running?</source>
        <translation>O proxy %1 recusou a conexão; ele está em execução?</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before connecting to %2.</source>
        <translation>O proxy %1 fechou a conexão antes de se conectar a %2.</translation>
    </message>
    <message>
        <source>The connection to the proxy %1 failed: %2</source>
        <translation>A conexão com o proxy %1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 refused the connection; is the server running?</source>
        <translation>%1 recusou a conexão; o servidor está em execução?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>A conexão segura com %1 falhou.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>A conexão segura com %1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was set up.</source>
        <translation>%1 fechou a conexão antes que ela fosse estabelecida.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>A conexão com %1 falhou: %2</translation>
    </message>
    <message>
        <source>Not sent, blocked by your privacy settings: %1.</source>
        <translation>Não enviada, bloqueada pelas suas configurações de privacidade: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Stopped by your privacy settings: %1.</source>
        <translation>Interrompida pelas suas configurações de privacidade: %1.</translation>
    </message>
    <message>
        <source>Sotto was closing.</source>
        <translation>O Sotto estava sendo fechado.</translation>
    </message>
</context>
<context>
    <name>sotto::EgressPolicy</name>
    <message>
        <source>provider %1 is disabled</source>
        <translation>o provedor %1 está desativado</translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation>o modo offline está ativado</translation>
    </message>
    <message>
        <source>conversation is local-only</source>
        <translation>a conversa é somente local</translation>
    </message>
    <message>
        <source>http-to-internet is denied for provider %1</source>
        <translation>http-to-internet está negado para o provedor %1</translation>
    </message>
    <message>
        <source>you declined sending</source>
        <translation>você recusou o envio</translation>
    </message>
    <message>
        <source>ask-before-send is on and nothing could ask you</source>
        <translation>ask-before-send está ativado e nada pôde perguntar a você</translation>
    </message>
    <message>
        <source>ask-before-send: you approved %1 as a %2 destination, but it resolved to an %3 address</source>
        <translation>ask-before-send: você aprovou %1 como destino do tipo %2, mas ele foi resolvido para um endereço do tipo %3</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleCatalog</name>
    <message>
        <source>Choose a provider for every agent.</source>
        <translation>Escolha um provedor para cada agente.</translation>
    </message>
    <message>
        <source>There is already an ensemble named %1.</source>
        <translation>Já existe um conjunto chamado %1.</translation>
    </message>
</context>
<context>
    <name>sotto::EnsembleRepository</name>
    <message>
        <source>An ensemble needs a name.</source>
        <translation>Um conjunto precisa de um nome.</translation>
    </message>
    <message>
        <source>An ensemble has %1 to %2 agents.</source>
        <translation>Um conjunto tem de %1 a %2 agentes.</translation>
    </message>
    <message>
        <source>An ensemble has 1 or 2 rounds.</source>
        <translation>Um conjunto tem 1 ou 2 rodadas.</translation>
    </message>
    <message>
        <source>There is no ensemble named %1.</source>
        <translation>Não existe nenhum conjunto chamado %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ExportLabels</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversa %1</translation>
    </message>
    <message>
        <source>Exported from Sotto on %1</source>
        <translation>Exportado do Sotto em %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
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
        <translation>versão %1 de %2</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 tokens de entrada · %2 de saída</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Agent %1 · %2 · round %3</source>
        <translation>Agente %1 · %2 · rodada %3</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagem %1</translation>
    </message>
</context>
<context>
    <name>sotto::ExportTarget</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>não é possível criar a pasta</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>a exportação não foi iniciada</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconhecido</translation>
    </message>
</context>
<context>
    <name>sotto::ImportFormat</name>
    <message>
        <source>Sotto JSON export</source>
        <translation>exportação JSON do Sotto</translation>
    </message>
    <message>
        <source>ChatGPT export</source>
        <translation>exportação do ChatGPT</translation>
    </message>
    <message>
        <source>Claude export</source>
        <translation>exportação do Claude</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSniffer</name>
    <message>
        <source>It is not a JSON file.</source>
        <translation>Não é um arquivo JSON.</translation>
    </message>
    <message>
        <source>It is not an export of Sotto, ChatGPT or Claude.</source>
        <translation>Não é uma exportação do Sotto, do ChatGPT nem do Claude.</translation>
    </message>
</context>
<context>
    <name>sotto::ImportSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>It is a damaged or incomplete zip file.</source>
        <translation>É um arquivo zip danificado ou incompleto.</translation>
    </message>
    <message>
        <source>It is a damaged zip file.</source>
        <translation>É um arquivo zip danificado.</translation>
    </message>
    <message>
        <source>It holds a file whose path leaves the archive (%1).</source>
        <translation>Contém um arquivo cujo caminho sai do arquivo compactado (%1).</translation>
    </message>
    <message>
        <source>The zip file holds no conversations.json.</source>
        <translation>O arquivo zip não contém conversations.json.</translation>
    </message>
    <message>
        <source>Its conversations.json is larger than an import may be.</source>
        <translation>O conversations.json dele é maior do que uma importação permite.</translation>
    </message>
    <message>
        <source>There is no archive to read from.</source>
        <translation>Não há arquivo compactado para ler.</translation>
    </message>
    <message>
        <source>The zip file has no %1.</source>
        <translation>O arquivo zip não contém %1.</translation>
    </message>
    <message>
        <source>%1 is larger than it may be.</source>
        <translation>%1 é maior do que o permitido.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 está danificado.</translation>
    </message>
</context>
<context>
    <name>sotto::JsonByteSource</name>
    <message>
        <source>It unpacks to far more than it holds (a zip bomb).</source>
        <translation>Ao descompactar, fica muito maior do que contém (uma bomba zip).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>It is larger than an import may be (%1 MB).</source>
        <translation>É maior do que uma importação permite (%1 MB).</translation>
    </message>
    <message>
        <source>It holds a text longer than an import may hold (%1 MB).</source>
        <translation>Contém um texto mais longo do que uma importação permite (%1 MB).</translation>
    </message>
</context>
<context>
    <name>sotto::JsonElementStream</name>
    <message>
        <source>binary data</source>
        <translation>dados binários</translation>
    </message>
    <message>
        <source>%1 (near byte %2)</source>
        <translation>%1 (perto do byte %2)</translation>
    </message>
    <message>
        <source>It is not a list of conversations.</source>
        <translation>Não é uma lista de conversas.</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>O &quot;%1&quot; dele não é uma lista.</translation>
    </message>
    <message>
        <source>It is not an object.</source>
        <translation>Não é um objeto.</translation>
    </message>
    <message>
        <source>It has no &quot;%1&quot; list.</source>
        <translation>Não tem a lista &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It ended too soon.</source>
        <translation>Termina cedo demais.</translation>
    </message>
</context>
<context>
    <name>sotto::KeyDerivation</name>
    <message>
        <source>The vault&apos;s key derivation settings are invalid.</source>
        <translation>As configurações de derivação de chave do cofre são inválidas.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key.</source>
        <translation>Não há memória suficiente para derivar a chave do cofre.</translation>
    </message>
</context>
<context>
    <name>sotto::LocalServerDiscovery</name>
    <message>
        <source>The answer was too long for a list of models.</source>
        <translation>A resposta era longa demais para uma lista de modelos.</translation>
    </message>
</context>
<context>
    <name>sotto::MessageRepository</name>
    <message>
        <source>There is no message %1.</source>
        <translation>Não existe a mensagem %1.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>Não existe o anexo %1.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Não existe a conversa %1.</translation>
    </message>
</context>
<context>
    <name>sotto::PassphraseStrength</name>
    <message>
        <source>Very weak: this could be guessed in moments.</source>
        <translation>Muito fraca: poderia ser adivinhada em instantes.</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words to make it stronger.</source>
        <translation>Fraca: adicione algumas palavras sem relação entre si para fortalecê-la.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Boa.</translation>
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
        <translation>Não foi possível gravar o PDF.</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Não foi possível criar a pasta de perfil %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>Não é possível gravar na pasta de perfil %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderErrors</name>
    <message>
        <source>%1 is overloaded right now; try again in a moment.</source>
        <translation>%1 está sobrecarregado no momento; tente novamente em instantes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports a rate limit; try again in %n s.</source>
        <translation>
            <numerusform>%1 informa um limite de requisições; tente novamente em %n s.</numerusform>
            <numerusform>%1 informa um limite de requisições; tente novamente em %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports a rate limit; try again later.</source>
        <translation>%1 informa um limite de requisições; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 says the conversation is longer than the model can read at once (its context window). Lower the provider&apos;s context budget so that older messages are left out, or start a new conversation.</source>
        <translation>%1 informa que a conversa é mais longa do que o modelo consegue ler de uma vez (sua janela de contexto). Reduza o orçamento de contexto do provedor para que as mensagens mais antigas fiquem de fora, ou inicie uma nova conversa.</translation>
    </message>
    <message>
        <source>%1 rejected the API key.</source>
        <translation>%1 rejeitou a chave de API.</translation>
    </message>
    <message>
        <source>%1 has no model named “%2”.</source>
        <translation>%1 não tem nenhum modelo chamado “%2”.</translation>
    </message>
    <message>
        <source>%1 has no such API endpoint (HTTP 404); check the provider&apos;s base URL.</source>
        <translation>%1 não tem esse endpoint de API (HTTP 404); verifique a URL base do provedor.</translation>
    </message>
    <message>
        <source>%1 says the account has no credit or quota left.</source>
        <translation>%1 informa que a conta não tem mais crédito ou cota.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2): %3</source>
        <translation>%1 teve um erro de servidor (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 teve um erro de servidor (HTTP %2); tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 recusou a requisição: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 recusou a requisição (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 respondeu com um erro: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 respondeu com o status HTTP %2.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error.</source>
        <translation>%1 interrompeu a resposta com um erro.</translation>
    </message>
    <message>
        <source>%1 stopped the answer with an error: %2</source>
        <translation>%1 interrompeu a resposta com um erro: %2</translation>
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
        <translation>Ollama (neste computador)</translation>
    </message>
    <message>
        <source>llama.cpp server (on this computer)</source>
        <translation>Servidor llama.cpp (neste computador)</translation>
    </message>
    <message>
        <source>LM Studio (on this computer)</source>
        <translation>LM Studio (neste computador)</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>Personalizado compatível com OpenAI</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRepository</name>
    <message>
        <source>A provider needs a name.</source>
        <translation>Um provedor precisa de um nome.</translation>
    </message>
    <message>
        <source>There is no provider named %1.</source>
        <translation>Não existe nenhum provedor chamado %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ProviderRequests</name>
    <message>
        <source>The provider&apos;s list of models could not be read.</source>
        <translation>Não foi possível ler a lista de modelos do provedor.</translation>
    </message>
</context>
<context>
    <name>sotto::ProxyHandshake</name>
    <message>
        <source>general failure</source>
        <translation>falha geral</translation>
    </message>
    <message>
        <source>not allowed by its rules</source>
        <translation>não permitido pelas regras dele</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>rede inacessível</translation>
    </message>
    <message>
        <source>host unreachable or not found</source>
        <translation>host inacessível ou não encontrado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>time to live expired</source>
        <translation>tempo de vida (TTL) expirado</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>comando sem suporte</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>tipo de endereço sem suporte</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erro %1</translation>
    </message>
    <message>
        <source>the host name is too long for a SOCKS5 proxy</source>
        <translation>o nome do host é longo demais para um proxy SOCKS5</translation>
    </message>
    <message>
        <source>the HTTP proxy&apos;s answer to CONNECT is too long</source>
        <translation>a resposta do proxy HTTP ao CONNECT é longa demais</translation>
    </message>
    <message>
        <source>the HTTP proxy did not answer in HTTP</source>
        <translation>o proxy HTTP não respondeu em HTTP</translation>
    </message>
    <message>
        <source>the HTTP proxy refused the tunnel: %1</source>
        <translation>o proxy HTTP recusou o túnel: %1</translation>
    </message>
    <message>
        <source>the proxy does not speak SOCKS5</source>
        <translation>o proxy não fala SOCKS5</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy wants a login, which Sotto does not support</source>
        <translation>o proxy SOCKS5 exige um login, o que o Sotto não oferece</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy could not connect: %1</source>
        <translation>o proxy SOCKS5 não conseguiu se conectar: %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy sent a malformed reply</source>
        <translation>o proxy SOCKS5 enviou uma resposta malformada</translation>
    </message>
</context>
<context>
    <name>sotto::ProxySpec</name>
    <message>
        <source>&apos;%1&apos; is not a proxy URL; use http://HOST:PORT or socks5h://HOST:PORT.</source>
        <translation>&apos;%1&apos; não é uma URL de proxy; use http://HOST:PORT ou socks5h://HOST:PORT.</translation>
    </message>
    <message>
        <source>With socks5:// every server&apos;s name would be looked up on this computer; use socks5h:// so the proxy resolves names.</source>
        <translation>Com socks5://, o nome de cada servidor seria resolvido neste computador; use socks5h:// para que o proxy resolva os nomes.</translation>
    </message>
    <message>
        <source>Sotto speaks http:// (CONNECT) and socks5h:// proxies, not %1://.</source>
        <translation>O Sotto fala com proxies http:// (CONNECT) e socks5h://, não %1://.</translation>
    </message>
    <message>
        <source>A proxy URL may not carry a user name or password.</source>
        <translation>Uma URL de proxy não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>A proxy URL is only a scheme, a host and a port.</source>
        <translation>Uma URL de proxy é apenas um esquema, um host e uma porta.</translation>
    </message>
    <message>
        <source>A proxy URL needs its port (for example socks5h://127.0.0.1:9050).</source>
        <translation>Uma URL de proxy precisa da porta (por exemplo, socks5h://127.0.0.1:9050).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name is too long.</source>
        <translation>O nome do host do proxy é longo demais.</translation>
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
        <translation>Mensagens: %1 enviadas (incluindo a pergunta), %2 anteriores deixadas de fora para caber no contexto</translation>
    </message>
    <message>
        <source>Images: %1 (%2)</source>
        <translation>Imagens: %1 (%2)</translation>
    </message>
    <message>
        <source>Personal data replaced by placeholders: %1</source>
        <translation>Dados pessoais substituídos por marcadores: %1</translation>
    </message>
</context>
<context>
    <name>sotto::Session</name>
    <message>
        <source>A copy from %1 exists: &apos;sotto vault restore %2&apos; puts it back.</source>
        <translation>Existe uma cópia de %1: &apos;sotto vault restore %2&apos; a coloca de volta.</translation>
    </message>
    <message>
        <source>An answer is still being written. Stop it or let it finish, then restore the backup.</source>
        <translation>Uma resposta ainda está sendo escrita. Interrompa-a ou deixe-a terminar e depois restaure o backup.</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>“%1” ainda não foi salvo.</translation>
    </message>
    <message>
        <source>The provider chosen for transcription, %1, is no longer configured: choose another in Settings › Voice.</source>
        <translation>O provedor escolhido para transcrição, %1, não está mais configurado: escolha outro em Configurações › Voz.</translation>
    </message>
</context>
<context>
    <name>sotto::SottoJsonReader</name>
    <message>
        <source>It is not a Sotto JSON export.</source>
        <translation>Não é uma exportação JSON do Sotto.</translation>
    </message>
    <message>
        <source>It is a version of Sotto&apos;s format this Sotto cannot read.</source>
        <translation>É uma versão do formato do Sotto que este Sotto não consegue ler.</translation>
    </message>
    <message>
        <source>A conversation is not an object.</source>
        <translation>Uma conversa não é um objeto.</translation>
    </message>
    <message>
        <source>A conversation has no list of messages.</source>
        <translation>Uma conversa não tem lista de mensagens.</translation>
    </message>
    <message>
        <source>A message has no id, or one another message has.</source>
        <translation>Uma mensagem não tem id, ou tem um que outra mensagem já tem.</translation>
    </message>
    <message>
        <source>Message %1 follows a message that is not before it.</source>
        <translation>A mensagem %1 segue uma mensagem que não está antes dela.</translation>
    </message>
    <message>
        <source>Message %1 has no role.</source>
        <translation>A mensagem %1 não tem função.</translation>
    </message>
    <message>
        <source>An image of message %1 is not base64.</source>
        <translation>Uma imagem da mensagem %1 não está em base64.</translation>
    </message>
</context>
<context>
    <name>sotto::SqlStatement</name>
    <message>
        <source>The disk is full, so the vault could not save the latest change. Free some space; what was saved before is intact.</source>
        <translation>O disco está cheio, então o cofre não conseguiu salvar a última alteração. Libere algum espaço; o que foi salvo antes está intacto.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (read-only or no permission), so the latest change was not saved.</source>
        <translation>Não é possível gravar na pasta do cofre (somente leitura ou sem permissão), então a última alteração não foi salva.</translation>
    </message>
    <message>
        <source>A read or write error occurred in the vault, so the latest change was not saved.</source>
        <translation>Ocorreu um erro de leitura ou gravação no cofre, então a última alteração não foi salva.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Run an integrity check.</source>
        <translation>O banco de dados do cofre está danificado. Execute uma verificação de integridade.</translation>
    </message>
    <message>
        <source>The vault is busy. Try again.</source>
        <translation>O cofre está ocupado. Tente novamente.</translation>
    </message>
    <message>
        <source>The change conflicts with what the vault holds.</source>
        <translation>A alteração entra em conflito com o conteúdo do cofre.</translation>
    </message>
    <message>
        <source>Unexpected vault error.</source>
        <translation>Erro inesperado do cofre.</translation>
    </message>
</context>
<context>
    <name>sotto::StreamParser</name>
    <message>
        <source>The provider reported an error.</source>
        <translation>O provedor informou um erro.</translation>
    </message>
    <message>
        <source>Gemini refused the prompt (%1).</source>
        <translation>O Gemini recusou o prompt (%1).</translation>
    </message>
    <message>
        <source>The server sent a part of the answer that is not valid JSON; it was skipped.</source>
        <translation>O servidor enviou uma parte da resposta que não é JSON válido; ela foi ignorada.</translation>
    </message>
    <message>
        <source>The server sent a line or an event larger than %1 MiB; the answer was stopped there.</source>
        <translation>O servidor enviou uma linha ou um evento maior que %1 MiB; a resposta foi interrompida nesse ponto.</translation>
    </message>
</context>
<context>
    <name>sotto::TurnRunner</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>The message to answer again is gone.</source>
        <translation>A mensagem a ser respondida novamente não existe mais.</translation>
    </message>
    <message>
        <source>The question is too long for the context budget of %1 tokens (about %2 tokens). Shorten it, attach fewer images, or raise the provider&apos;s context budget.</source>
        <translation>A pergunta é longa demais para o orçamento de contexto de %1 tokens (cerca de %2 tokens). Encurte-a, anexe menos imagens ou aumente o orçamento de contexto do provedor.</translation>
    </message>
</context>
<context>
    <name>sotto::Vault</name>
    <message>
        <source>The vault in %1 is already open in another Sotto process (process %2). Close it first.</source>
        <translation>O cofre em %1 já está aberto em outro processo do Sotto (processo %2). Feche-o primeiro.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Não foi possível criar o arquivo de trava %1.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>A frase secreta não pode estar vazia.</translation>
    </message>
    <message>
        <source>The profile %1 already holds a vault; Sotto will not overwrite it.</source>
        <translation>O perfil %1 já contém um cofre; o Sotto não vai sobrescrevê-lo.</translation>
    </message>
    <message>
        <source>Cannot finish creating the vault in %1.</source>
        <translation>Não foi possível concluir a criação do cofre em %1.</translation>
    </message>
    <message>
        <source>Cannot create the vault in %1.</source>
        <translation>Não foi possível criar o cofre em %1.</translation>
    </message>
    <message>
        <source>There is no vault in %1 yet.</source>
        <translation>Ainda não há cofre em %1.</translation>
    </message>
    <message>
        <source>The vault header %1 does not belong to the database %2 (their database ids differ). Nothing was changed; put back the header that came with this database, or restore a backup.</source>
        <translation>O cabeçalho do cofre %1 não pertence ao banco de dados %2 (os IDs de banco de dados são diferentes). Nada foi alterado; coloque de volta o cabeçalho que veio com este banco de dados ou restaure um backup.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase secreta incorreta.</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Não foi possível gravar o cabeçalho do cofre %1.</translation>
    </message>
    <message>
        <source>The vault in %1 was written by a newer version of Sotto (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>O cofre em %1 foi gravado por uma versão mais nova do Sotto (esquema %2; esta versão conhece até o %3). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The vault could not be updated to this version of Sotto: %1 It was left at schema version %2, and the copy taken before the update is in %3.</source>
        <translation>Não foi possível atualizar o cofre para esta versão do Sotto: %1 Ele permaneceu na versão de esquema %2, e a cópia feita antes da atualização está em %3.</translation>
    </message>
    <message>
        <source>Cannot open the vault database %1.</source>
        <translation>Não foi possível abrir o banco de dados do cofre %1.</translation>
    </message>
    <message>
        <source>The vault&apos;s encryption engine rejected the key.</source>
        <translation>O mecanismo de criptografia do cofre rejeitou a chave.</translation>
    </message>
    <message>
        <source>Sotto was built against an SQLite without encryption; it refuses to write the vault in clear. Rebuild it with SQLCipher.</source>
        <translation>O Sotto foi compilado com um SQLite sem criptografia; ele se recusa a gravar o cofre sem criptografia. Compile-o novamente com SQLCipher.</translation>
    </message>
    <message>
        <source>Cannot configure the vault&apos;s encryption.</source>
        <translation>Não foi possível configurar a criptografia do cofre.</translation>
    </message>
    <message>
        <source>The vault database %1 cannot be read although the passphrase is right: it is damaged, or was replaced by another file. Nothing was changed; restore a backup.</source>
        <translation>Não é possível ler o banco de dados do cofre %1, embora a frase secreta esteja correta: ele está danificado ou foi substituído por outro arquivo. Nada foi alterado; restaure um backup.</translation>
    </message>
    <message>
        <source>The vault cannot keep its temporary data in memory, so it was not opened.</source>
        <translation>O cofre não consegue manter seus dados temporários na memória, então ele não foi aberto.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support write-ahead logging.</source>
        <translation>A pasta do cofre não oferece suporte a write-ahead logging (WAL).</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>O cofre está bloqueado.</translation>
    </message>
    <message>
        <source>The change was rolled back.</source>
        <translation>A alteração foi revertida.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>That is not the vault&apos;s passphrase.</source>
        <translation>Essa não é a frase secreta do cofre.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>A nova frase secreta não pode estar vazia.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>A frase secreta atual está incorreta.</translation>
    </message>
    <message>
        <source>The vault is still in use; the passphrase was not changed.</source>
        <translation>O cofre ainda está em uso; a frase secreta não foi alterada.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the passphrase was not changed.</source>
        <translation>Não foi possível substituir %1; a frase secreta não foi alterada.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but %1 could not be renamed to %2; Sotto will finish this at the next unlock.</source>
        <translation>A frase secreta foi alterada, mas não foi possível renomear %1 para %2; o Sotto vai concluir isso no próximo desbloqueio.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultArchive</name>
    <message>
        <source>Cannot back up the vault now: part of it is still being written. Try again in a moment.</source>
        <translation>Não é possível fazer backup do cofre agora: parte dele ainda está sendo gravada. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>Não foi possível ler o cofre %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Nothing was written there; check the folder and the free space, then try again.</source>
        <translation>Não foi possível gravar o backup %1: %2. Nada foi gravado lá; verifique a pasta e o espaço livre e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is not a Sotto vault backup it can read: %2</source>
        <translation>%1 não é um backup de cofre do Sotto que possa ser lido: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation>o início não corresponde ao de um backup</translation>
    </message>
    <message>
        <source>it has format %1, which this version of Sotto does not know</source>
        <translation>ele tem o formato %1, que esta versão do Sotto não conhece</translation>
    </message>
    <message>
        <source>its description is damaged</source>
        <translation>a descrição dele está danificada</translation>
    </message>
    <message>
        <source>the key parameters it holds are damaged</source>
        <translation>os parâmetros de chave que ele contém estão danificados</translation>
    </message>
    <message>
        <source>it is incomplete (cut short)</source>
        <translation>ele está incompleto (truncado)</translation>
    </message>
    <message>
        <source>it has extra bytes at the end</source>
        <translation>ele tem bytes extras no final</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its content does not match its checksum.</source>
        <translation>O backup %1 está danificado: o conteúdo não corresponde à soma de verificação.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its key parameters belong to another vault.</source>
        <translation>O backup %1 está danificado: os parâmetros de chave pertencem a outro cofre.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup %1. Nothing was changed; use the passphrase the vault had when the backup was made.</source>
        <translation>Essa frase secreta não abre o backup %1. Nada foi alterado; use a frase secreta que o cofre tinha quando o backup foi feito.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::VaultBackups</name>
    <message>
        <source>The vault in %1 is open in another Sotto process; close it before restoring a backup.</source>
        <translation>O cofre em %1 está aberto em outro processo do Sotto; feche-o antes de restaurar um backup.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to restore the backup. Nothing was deleted; the files moved so far are in %2.</source>
        <translation>Não foi possível mover %1 para o lado para restaurar o backup. Nada foi excluído; os arquivos movidos até agora estão em %2.</translation>
    </message>
    <message>
        <source>Cannot copy the vault to %1 before updating it. Nothing was changed; free some space and try again.</source>
        <translation>Não foi possível copiar o cofre para %1 antes de atualizá-lo. Nada foi alterado; libere algum espaço e tente novamente.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Não existe o backup %1.</translation>
    </message>
    <message>
        <source>Cannot remove the backup %1.</source>
        <translation>Não foi possível remover o backup %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place. The previous files are in %2.</source>
        <translation>Não foi possível copiar o backup %1 para o lugar. Os arquivos anteriores estão em %2.</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place. The previous files are in %2.</source>
        <translation>Não foi possível colocar o backup %1 no lugar. Os arquivos anteriores estão em %2.</translation>
    </message>
    <message>
        <source>Cannot read the copy in %1.</source>
        <translation>Não foi possível ler a cópia em %1.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultHeader</name>
    <message>
        <source>The vault header %1 is damaged (%2). Restore it from a backup of the profile folder.</source>
        <translation>O cabeçalho do cofre %1 está danificado (%2). Restaure-o a partir de um backup da pasta de perfil.</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>não é JSON válido</translation>
    </message>
    <message>
        <source>not a Sotto vault header</source>
        <translation>não é um cabeçalho de cofre do Sotto</translation>
    </message>
    <message>
        <source>The vault header %1 has format %2, which this version of Sotto cannot read.</source>
        <translation>O cabeçalho do cofre %1 tem o formato %2, que esta versão do Sotto não consegue ler.</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>derivação de chave desconhecida</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>campos ausentes ou malformados</translation>
    </message>
    <message>
        <source>impossible key derivation limits</source>
        <translation>limites impossíveis de derivação de chave</translation>
    </message>
    <message>
        <source>The vault header %1 is missing. Without it the vault cannot be unlocked; restore it from a backup of the profile folder.</source>
        <translation>O cabeçalho do cofre %1 está ausente. Sem ele, o cofre não pode ser desbloqueado; restaure-o a partir de um backup da pasta de perfil.</translation>
    </message>
    <message>
        <source>Cannot read the vault header %1: %2</source>
        <translation>Não foi possível ler o cabeçalho do cofre %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the vault header %1.</source>
        <translation>Não foi possível gravar o cabeçalho do cofre %1.</translation>
    </message>
    <message>
        <source>The vault database %1 is missing. Restore it from a backup of the profile folder.</source>
        <translation>O banco de dados do cofre %1 está ausente. Restaure-o a partir de um backup da pasta de perfil.</translation>
    </message>
    <message>
        <source>Cannot read the vault database %1: %2</source>
        <translation>Não foi possível ler o banco de dados do cofre %1: %2</translation>
    </message>
    <message>
        <source>The vault database %1 is not encrypted. Sotto refuses to use it.</source>
        <translation>O banco de dados do cofre %1 não está criptografado. O Sotto se recusa a usá-lo.</translation>
    </message>
    <message>
        <source>The vault database %1 is truncated or damaged (%2 bytes). Nothing was changed; restore a backup.</source>
        <translation>O banco de dados do cofre %1 está truncado ou danificado (%2 bytes). Nada foi alterado; restaure um backup.</translation>
    </message>
</context>
<context>
    <name>sotto::VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>O cofre está bloqueado.</translation>
    </message>
    <message>
        <source>There is no answer being streamed as message %1.</source>
        <translation>Não há nenhuma resposta sendo transmitida como mensagem %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Substituir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Replace the stored API key</source>
        <translation>Substituir a chave de API armazenada</translation>
    </message>
    <message>
        <source>Clear the stored API key</source>
        <translation>Limpar a chave de API armazenada</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>The stored key is removed when you save.</source>
        <translation>A chave armazenada será removida quando você salvar.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you save.</source>
        <translation>A nova chave substituirá a armazenada quando você salvar.</translation>
    </message>
    <message>
        <source>Key stored (%1)</source>
        <translation>Chave armazenada (%1)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AppearancePage</name>
    <message>
        <source>Colour theme</source>
        <translation>Tema de cores</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Conversation text size in points</source>
        <translation>Tamanho do texto das conversas em pontos</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Sotto will use this language the next time it starts.</source>
        <translation>O Sotto usará este idioma na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Conversation text &amp;size:</source>
        <translation>Tamanho do texto das &amp;conversas:</translation>
    </message>
    <message>
        <source>&amp;Enter sends the message (Shift+Enter starts a new line)</source>
        <translation>&amp;Enter envia a mensagem (Shift+Enter inicia uma nova linha)</translation>
    </message>
    <message>
        <source>When off, Enter starts a new line and Ctrl+Enter sends.</source>
        <translation>Quando desativado, Enter inicia uma nova linha e Ctrl+Enter envia.</translation>
    </message>
    <message>
        <source>Appearance is stored outside the vault, so it applies before you unlock. It never names anything you wrote.</source>
        <translation>A aparência é armazenada fora do cofre, para valer antes do desbloqueio. Ela nunca menciona nada do que você escreveu.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::AuditLabels</name>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Rede local</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Loopback (127.0.0.0/8, ::1, localhost): nothing left this computer.</source>
        <translation>Loopback (127.0.0.0/8, ::1, localhost): nada saiu deste computador.</translation>
    </message>
    <message>
        <source>Local network (a private, link-local or .local address): it left this computer, not the local network.</source>
        <translation>Rede local (um endereço privado, link-local ou .local): saiu deste computador, mas não da rede local.</translation>
    </message>
    <message>
        <source>Internet (any other address or host name): it left your network.</source>
        <translation>Internet (qualquer outro endereço ou nome de host): saiu da sua rede.</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <translation>Enviado, sem resposta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
        <translation>Auditoria limpa</translation>
    </message>
    <message numerus="yes">
        <source>%n records deleted</source>
        <translation>
            <numerusform>%n registro excluído</numerusform>
            <numerusform>%n registros excluídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloqueado: %1</translation>
    </message>
    <message>
        <source>Blocked · %1</source>
        <translation>Bloqueado · %1</translation>
    </message>
    <message>
        <source>%1 · HTTP %2</source>
        <translation>%1 · HTTP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n requests of one answer</source>
        <translation>
            <numerusform>%n requisição de uma resposta</numerusform>
            <numerusform>%n requisições de uma resposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n requisição</numerusform>
            <numerusform>%n requisições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%1 de %n concluída</numerusform>
            <numerusform>%1 de %n concluídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
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
        <translation>Finalidade</translation>
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
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Ocultações</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>sotto::ui::BreakdownList</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Outros</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n requests</source>
        <translation>
            <numerusform>%1: %2 em %n requisição</numerusform>
            <numerusform>%1: %2 em %n requisições</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>Nada enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n requests · %1</source>
        <translation>
            <numerusform>%n requisição · %1</numerusform>
            <numerusform>%n requisições · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraDialog</name>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Câmera:</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>&amp;Capturar</translation>
    </message>
    <message>
        <source>&amp;Retake</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Use Photo</source>
        <translation>&amp;Usar foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Take a Photo</source>
        <translation>Tirar uma foto</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Prévia da câmera</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando a câmera…</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Take the photo (Space or Enter)</source>
        <translation>Tirar a foto (Espaço ou Enter)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Use Photo</source>
        <translation>Usar foto</translation>
    </message>
    <message>
        <source>Attach this photo to your message; its metadata is removed like any image&apos;s</source>
        <translation>Anexar esta foto à sua mensagem; os metadados são removidos como os de qualquer imagem</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied. Choose another camera, or cancel.</source>
        <translation>Esta câmera não pode ser usada: outro programa pode estar usando-a, ou o acesso foi negado. Escolha outra câmera ou cancele.</translation>
    </message>
    <message>
        <source>This camera cannot be used: another program may be using it, or access to it was denied.</source>
        <translation>Esta câmera não pode ser usada: outro programa pode estar usando-a, ou o acesso foi negado.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>Não foi possível tirar a foto. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::CameraFlow</name>
    <message>
        <source>No camera was found on this computer.</source>
        <translation>Nenhuma câmera foi encontrada neste computador.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChangePassphraseBox</name>
    <message>
        <source>Change passphrase</source>
        <translation>Alterar frase secreta</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>As novas frases secretas não coincidem.</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Alterar frase secreta</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta atual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Confirme a nova frase secreta</translation>
    </message>
    <message>
        <source>New passphrase strength</source>
        <translation>Força da nova frase secreta</translation>
    </message>
    <message>
        <source>Re-encrypting the vault</source>
        <translation>Criptografando o cofre novamente</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under the new passphrase. The old one stops working, and there is still no way to recover a lost passphrase.</source>
        <translation>O cofre é criptografado novamente com a nova frase secreta. A antiga deixa de funcionar, e continua não havendo nenhuma forma de recuperar uma frase secreta perdida.</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation>A&amp;tual:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nova:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>A nova frase secreta é igual à atual.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Frase secreta fraca</translation>
    </message>
    <message>
        <source>The new passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>A nova frase secreta é fácil de adivinhar. Qualquer pessoa que copiar o arquivo do cofre poderá testar muitas frases secretas rapidamente. Usar mesmo assim?</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>A frase secreta atual não está correta. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>A frase secreta não foi alterada: %1</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new passphrase from now on.</source>
        <translation>Frase secreta alterada. Use a nova frase secreta a partir de agora.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatPane</name>
    <message>
        <source>Local only</source>
        <translation>Somente local</translation>
    </message>
    <message>
        <source>Refuse to send this conversation anywhere but this computer</source>
        <translation>Recusar enviar esta conversa para qualquer lugar que não seja este computador</translation>
    </message>
    <message>
        <source>Incognito: nothing in this chat is stored</source>
        <translation>Anônima: nada desta conversa é armazenado</translation>
    </message>
    <message>
        <source>This conversation is never written to the vault: closing it, opening another or locking forgets it. Requests are still recorded in the privacy log.</source>
        <translation>Esta conversa nunca é gravada no cofre: fechá-la, abrir outra ou bloquear o cofre a apaga. As requisições ainda são anotadas no registro de privacidade.</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Editing your message: send to ask again from there, or press Esc to cancel.</source>
        <translation>Editando sua mensagem: envie para perguntar de novo a partir daí ou pressione Esc para cancelar.</translation>
    </message>
    <message>
        <source>Stop the answer first (Esc), then delete the message.</source>
        <translation>Pare a resposta primeiro (Esc) e depois exclua a mensagem.</translation>
    </message>
    <message numerus="yes">
        <source>Delete this message and the %n that follow it in this version from the vault?</source>
        <translation>
            <numerusform>Excluir do cofre esta mensagem e a %n que vem depois dela nesta versão?</numerusform>
            <numerusform>Excluir do cofre esta mensagem e as %n que vêm depois dela nesta versão?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this message from the vault?</source>
        <translation>Excluir esta mensagem do cofre?</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Excluir mensagem</translation>
    </message>
    <message>
        <source>Contemplate this question?</source>
        <translation>Deliberar sobre esta pergunta?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>This answer&apos;s agents are not in the vault any more.</source>
        <translation>Os agentes desta resposta não estão mais no cofre.</translation>
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
            <numerusform>Conjunto “%1” (%n agente)</numerusform>
            <numerusform>Conjunto “%1” (%n agentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the agents of the ensemble “%1”</source>
        <translation>os agentes do conjunto “%1”</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. %1 cannot contemplate now: choose a provider, or an ensemble whose providers are all configured.</source>
        <translation>Deliberação (Ctrl+3): vários agentes raciocinam em paralelo e depois uma única resposta é sintetizada a partir das deles. No momento, %1 não podem deliberar: escolha um provedor ou um conjunto cujos provedores estejam todos configurados.</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Abrir este endereço no seu navegador?

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir link</translation>
    </message>
    <message>
        <source>Send without the images?</source>
        <translation>Enviar sem as imagens?</translation>
    </message>
    <message>
        <source>Send the text alone, or cancel and choose a model that sees images.</source>
        <translation>Envie só o texto, ou cancele e escolha um modelo que enxergue imagens.</translation>
    </message>
    <message>
        <source>Send Text Only</source>
        <translation>Enviar só o texto</translation>
    </message>
    <message>
        <source>%1 takes text only, as %2 reports: it cannot see images.</source>
        <extracomment>%1 a model, %2 its provider.</extracomment>
        <translation>%1 aceita só texto, segundo %2: não enxerga imagens.</translation>
    </message>
    <message>
        <source>Choose a model that sees images, or the text is sent alone.</source>
        <translation>Escolha um modelo que enxergue imagens, ou só o texto será enviado.</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Ditar</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir configurações</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Mais recente</translation>
    </message>
    <message>
        <source>Go to the latest message (Ctrl+End)</source>
        <translation>Ir para a mensagem mais recente (Ctrl+End)</translation>
    </message>
    <message>
        <source>Go to the latest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
    <message>
        <source>This message is no longer in the vault.</source>
        <translation>Esta mensagem não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Composer</name>
    <message>
        <source>Attach images (you can also paste or drop them)</source>
        <translation>Anexar imagens (você também pode colá-las ou arrastá-las para cá)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Anexar imagens</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter envia, Shift+Enter inicia uma nova linha</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter envia, Enter inicia uma nova linha</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Remove image %1</source>
        <translation>Remover imagem %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what has arrived is kept</source>
        <translation>Parar a resposta (Esc); o que já chegou é mantido</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Enter or Ctrl+Enter)</source>
        <translation>Enviar (Enter ou Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Take a photo with the camera</source>
        <translation>Tirar uma foto com a câmera</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Dictate: speak, and the words are written here for you to check</source>
        <translation>Ditar: fale e as palavras são escritas aqui para você conferir</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Ditar</translation>
    </message>
    <message>
        <source>Image %1: %2 × %3 pixels, %4</source>
        <translation>Imagem %1: %2 × %3 pixels, %4</translation>
    </message>
    <message>
        <source>Location removed</source>
        <translation>Local removido</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>Sem metadados</translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removido</numerusform>
            <numerusform>%n removidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::ComposerEdit</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <translation>Pergunte qualquer coisa…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplatingPage</name>
    <message>
        <source>&amp;New</source>
        <translation>No&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>Adicionar um &amp;agente</translation>
    </message>
    <message>
        <source>&amp;Save ensemble</source>
        <translation>&amp;Salvar conjunto</translation>
    </message>
    <message>
        <source>Add a provider on the Providers page first: each agent is a provider and one of its models.</source>
        <translation>Adicione primeiro um provedor na página Provedores: cada agente é um provedor e um dos modelos dele.</translation>
    </message>
    <message>
        <source>Time each agent&apos;s answer may take, in each round</source>
        <translation>Tempo que a resposta de cada agente pode levar, em cada rodada</translation>
    </message>
    <message>
        <source>How long each agent&apos;s answer may take, in each round: with two rounds an agent has this time again to revise. An agent past it is reported and skipped.</source>
        <translation>Quanto tempo a resposta de cada agente pode levar, em cada rodada: com duas rodadas, um agente tem esse tempo de novo para revisar. Um agente que passar desse tempo é informado e ignorado.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Saved ensembles</source>
        <translation>Conjuntos salvos</translation>
    </message>
    <message>
        <source>New ensemble</source>
        <translation>Novo conjunto</translation>
    </message>
    <message>
        <source>Delete the ensemble</source>
        <translation>Excluir o conjunto</translation>
    </message>
    <message>
        <source>Ensemble name</source>
        <translation>Nome do conjunto</translation>
    </message>
    <message>
        <source>For example: local trio</source>
        <translation>Por exemplo: trio local</translation>
    </message>
    <message>
        <source>Synthesiser provider</source>
        <translation>Provedor da síntese</translation>
    </message>
    <message>
        <source>Synthesiser model</source>
        <translation>Modelo da síntese</translation>
    </message>
    <message>
        <source>The provider&apos;s default model</source>
        <translation>O modelo padrão do provedor</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rodadas</translation>
    </message>
    <message>
        <source>One: the agents answer, then one answer is written from theirs</source>
        <translation>Uma: os agentes respondem e depois uma única resposta é escrita a partir das deles</translation>
    </message>
    <message>
        <source>Two: each agent first revises after reading the others</source>
        <translation>Duas: cada agente primeiro revisa sua resposta depois de ler as dos outros</translation>
    </message>
    <message>
        <source>Each agent&apos;s answer may &amp;take:</source>
        <translation>A resposta de cada agente pode &amp;levar:</translation>
    </message>
    <message>
        <source>Agents (2 to 8), each a provider, a model and a perspective:</source>
        <translation>Agentes (2 a 8), cada um com um provedor, um modelo e uma perspectiva:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>S&amp;ynthesiser:</source>
        <translation>Sín&amp;tese:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rodadas:</translation>
    </message>
    <message>
        <source>Ensembles</source>
        <translation>Conjuntos</translation>
    </message>
    <message>
        <source>Contemplating asks several agents the same question at once, each in Thinking mode with its own perspective; then one more request writes a single answer from theirs. Three agents mean four requests a question (seven with a second round). The agents&apos; reasoning stays on this computer: only their answers are sent on to the synthesiser.</source>
        <translation>A Deliberação faz a mesma pergunta a vários agentes ao mesmo tempo, cada um no modo Raciocínio com sua própria perspectiva; depois, mais uma requisição escreve uma única resposta a partir das deles. Três agentes significam quatro requisições por pergunta (sete com uma segunda rodada). O raciocínio dos agentes fica neste computador: somente as respostas deles são repassadas para a síntese.</translation>
    </message>
    <message>
        <source>An agent that takes longer is left out and the answer is written from the others.</source>
        <translation>Um agente que demorar mais é deixado de fora e a resposta é escrita a partir dos outros.</translation>
    </message>
    <message>
        <source>Without an ensemble, Contemplating asks the conversation&apos;s own model several times, from different perspectives. An ensemble can mix providers: two local models and one in the cloud, or all local.</source>
        <translation>Sem um conjunto, a Deliberação consulta o próprio modelo da conversa várias vezes, a partir de perspectivas diferentes. Um conjunto pode misturar provedores: dois modelos locais e um na nuvem, ou todos locais.</translation>
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
        <translation>o novo conjunto</translation>
    </message>
    <message>
        <source>Unsaved ensemble</source>
        <translation>Conjunto não salvo</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Descartar as alterações em %1?</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo padrão</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Agent %1 provider</source>
        <translation>Provedor do agente %1</translation>
    </message>
    <message>
        <source>Agent %1 model</source>
        <translation>Modelo do agente %1</translation>
    </message>
    <message>
        <source>Agent %1 perspective</source>
        <translation>Perspectiva do agente %1</translation>
    </message>
    <message>
        <source>The instruction this agent works under. Empty: “%1”</source>
        <translation>A instrução sob a qual este agente trabalha. Vazio: “%1”</translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation>Remover agente %1</translation>
    </message>
    <message>
        <source>The conversation&apos;s model</source>
        <translation>O modelo da conversa</translation>
    </message>
    <message>
        <source>%1 (not configured)</source>
        <translation>%1 (não configurado)</translation>
    </message>
    <message>
        <source>Saved the ensemble %1.</source>
        <translation>Conjunto %1 salvo.</translation>
    </message>
    <message>
        <source>Delete ensemble</source>
        <translation>Excluir conjunto</translation>
    </message>
    <message>
        <source>Delete the ensemble %1? Answers it already gave stay in their conversations.</source>
        <translation>Excluir o conjunto %1? As respostas que ele já deu permanecem nas conversas delas.</translation>
    </message>
    <message>
        <source>Deleted the ensemble %1.</source>
        <translation>Conjunto %1 excluído.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ContemplationCost</name>
    <message>
        <source>this computer</source>
        <translation>neste computador</translation>
    </message>
    <message>
        <source>your local network</source>
        <translation>na sua rede local</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>na internet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 para %2 (%3)</translation>
    </message>
    <message>
        <source>%1 agents, each revising once, + 1 synthesis</source>
        <translation>%1 agentes, cada um revisando uma vez, + 1 síntese</translation>
    </message>
    <message>
        <source>%1 agents + 1 synthesis</source>
        <translation>%1 agentes + 1 síntese</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): %1 reason in parallel, then one answer is synthesised from theirs.
%2: %3 requests %4.
Each agent is sent the conversation; the synthesis the question and the agents&apos; answers (never their reasoning).</source>
        <translation>Deliberação (Ctrl+3): %1 raciocinam em paralelo e depois uma única resposta é sintetizada a partir das deles.
%2: %3 requisições %4.
Cada agente recebe a conversa; a síntese recebe a pergunta e as respostas dos agentes (nunca o raciocínio deles).</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Agent %1, revision</source>
        <translation>Agente %1, revisão</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Síntese</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3), %4 on %5: %6, %n characters</source>
        <translation>
            <numerusform>%1 → %2 (%3), %4 %5: %6, %n caractere</numerusform>
            <numerusform>%1 → %2 (%3), %4 %5: %6, %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n images</source>
        <translation>
            <numerusform>, %n imagem</numerusform>
            <numerusform>, %n imagens</numerusform>
        </translation>
    </message>
    <message>
        <source>, plus the agents&apos; answers</source>
        <translation>, mais as respostas dos agentes</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating sends %n requests for this question:</source>
        <translation>
            <numerusform>A Deliberação envia %n requisição para esta pergunta:</numerusform>
            <numerusform>A Deliberação envia %n requisições para esta pergunta:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %1 and %n characters</source>
        <translation>
            <numerusform>No total, %1 e %n caractere</numerusform>
            <numerusform>No total, %1 e %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source> before the agents&apos; answers.</source>
        <translation> antes das respostas dos agentes.</translation>
    </message>
    <message>
        <source>Send them? You will not be asked again for this conversation.</source>
        <translation>Enviá-las? Não será perguntado de novo nesta conversa.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationDocument</name>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Raciocinou por %n s</numerusform>
            <numerusform>Raciocinou por %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <translation>✓ Copiado</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>— Earlier messages were not sent: they did not fit the context budget —</source>
        <translation>— Mensagens anteriores não foram enviadas: elas não cabiam no orçamento de contexto —</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Raciocinando…</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompida.</translation>
    </message>
    <message>
        <source>Incomplete: the answer ended before it was finished.</source>
        <translation>Incompleta: a resposta terminou antes de ser concluída.</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
    <message>
        <source>Show what each agent answered before the synthesis</source>
        <translation>Mostrar o que cada agente respondeu antes da síntese</translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated — show</source>
        <translation>
            <numerusform>%n agente deliberou — mostrar</numerusform>
            <numerusform>%n agentes deliberaram — mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>What this answer cost: the tokens of the request, and of the answer</source>
        <translation>O que esta resposta custou: os tokens da requisição e os da resposta</translation>
    </message>
    <message>
        <source>%1 tokens in · %2 out</source>
        <translation>%1 tokens de entrada · %2 de saída</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Copiar este código</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Imagem %1: %2</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationItemDelegate</name>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Fixadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>%1
Answering…</source>
        <translation>%1
Respondendo…</translation>
    </message>
    <message>
        <source>Pinned: </source>
        <translation>Fixada: </translation>
    </message>
</context>
<context>
    <name>sotto::ui::CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Criar seu cofre</translation>
    </message>
    <message>
        <source>Sotto keeps your conversations, images, API keys and its record of what was sent in an encrypted vault on this computer. Choose a passphrase to lock it.</source>
        <translation>O Sotto guarda suas conversas, imagens, chaves de API e o registro do que foi enviado em um cofre criptografado neste computador. Escolha uma frase secreta para trancá-lo.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Pasta do cofre: %1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar frase secreta</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Força da frase secreta</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>As frases secretas não coincidem.</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Nobody — not even the makers of Sotto — can open the vault without it. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;Não há como recuperar uma frase secreta perdida.&lt;/b&gt; Ninguém — nem mesmo os criadores do Sotto — consegue abrir o cofre sem ela. Anote-a em um lugar seguro.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Eu entendo que uma frase secreta esquecida não pode ser recuperada</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Criando o cofre…</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Criando o cofre</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Criar cofre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Frase secreta fraca</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Anyone who copies the vault file could try many passphrases quickly. Use it anyway?</source>
        <translation>Esta frase secreta é fácil de adivinhar. Qualquer pessoa que copiar o arquivo do cofre poderá testar muitas frases secretas rapidamente. Usar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardOverview</name>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Dados enviados</translation>
    </message>
    <message>
        <source>Data received</source>
        <translation>Dados recebidos</translation>
    </message>
    <message>
        <source>Images sent</source>
        <translation>Imagens enviadas</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Ocultações</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Por provedor</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>Por host</translation>
    </message>
    <message>
        <source>none left this computer</source>
        <translation>nenhuma saiu deste computador</translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n saiu deste computador</numerusform>
            <numerusform>%n saíram deste computador</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the internet</source>
        <translation>%1 para a internet</translation>
    </message>
    <message>
        <source>%1 per request</source>
        <translation>%1 por requisição</translation>
    </message>
    <message>
        <source>no images sent</source>
        <translation>nenhuma imagem enviada</translation>
    </message>
    <message>
        <source>personal data replaced before sending</source>
        <translation>dados pessoais substituídos antes do envio</translation>
    </message>
    <message>
        <source>stopped by your settings</source>
        <translation>interrompidas pelas suas configurações</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DashboardWindow</name>
    <message>
        <source>Privacy dashboard — Sotto</source>
        <translation>Painel de privacidade — Sotto</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Painel de privacidade</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>What left this computer, request by request.</source>
        <translation>O que saiu deste computador, requisição por requisição.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Since midnight</source>
        <translation>Desde a meia-noite</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>Today and the 6 days before</source>
        <translation>Hoje e os 6 dias anteriores</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>Today and the 29 days before</source>
        <translation>Hoje e os 29 dias anteriores</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Everything the audit holds</source>
        <translation>Tudo o que a auditoria contém</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Exibir</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Overview (Ctrl+1)</source>
        <translation>Visão geral (Ctrl+1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Requests (Ctrl+2)</source>
        <translation>Requisições (Ctrl+2)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the period&apos;s requests as CSV or JSON (the fields of “sotto audit”)</source>
        <translation>Salvar as requisições do período como CSV ou JSON (os campos de “sotto audit”)</translation>
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
        <translation>Limpar…</translation>
    </message>
    <message>
        <source>Delete every audit record; one record will say when and how many</source>
        <translation>Excluir todos os registros de auditoria; um registro dirá quando e quantos</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exportar a auditoria</translation>
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
            <numerusform>%n requisição exportada para %1</numerusform>
            <numerusform>%n requisições exportadas para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the audit?</source>
        <translation>Limpar a auditoria?</translation>
    </message>
    <message>
        <source>Every record of what was sent, and every kept request copy, will be deleted. One record will remain, saying when the audit was cleared and how many records it held. Export it first if you may need it.</source>
        <translation>Todos os registros do que foi enviado, e todas as cópias de requisições guardadas, serão excluídos. Um registro permanecerá, informando quando a auditoria foi limpa e quantos registros ela continha. Exporte-a antes se puder precisar dela.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message numerus="yes">
        <source>%n records cleared</source>
        <translation>
            <numerusform>%n registro apagado</numerusform>
            <numerusform>%n registros apagados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationBadge</name>
    <message>
        <source>No provider: nothing is sent</source>
        <translation>Nenhum provedor: nada é enviado</translation>
    </message>
    <message>
        <source>Choose a provider to start. Until then, nothing leaves this computer.</source>
        <translation>Escolha um provedor para começar. Até lá, nada sai deste computador.</translation>
    </message>
    <message>
        <source>Stays on this computer</source>
        <translation>Fica neste computador</translation>
    </message>
    <message>
        <source>Your words go to %1, a model running on this computer.</source>
        <translation>Suas palavras vão para %1, um modelo em execução neste computador.</translation>
    </message>
    <message>
        <source>Local network: %1</source>
        <translation>Rede local: %1</translation>
    </message>
    <message>
        <source>Your words go to %1 on your local network, not to the internet.</source>
        <translation>Suas palavras vão para %1 na sua rede local, não para a internet.</translation>
    </message>
    <message>
        <source>Internet: %1</source>
        <translation>Internet: %1</translation>
    </message>
    <message>
        <source>Your words go over the internet to %1.</source>
        <translation>Suas palavras vão pela internet até %1.</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>somente local</translation>
    </message>
    <message>
        <source>This conversation is marked local only: Sotto refuses to send it anywhere but this computer.</source>
        <translation>Esta conversa está marcada como somente local: o Sotto se recusa a enviá-la para qualquer lugar que não seja este computador.</translation>
    </message>
    <message>
        <source>blocked: offline mode</source>
        <translation>bloqueado: modo offline</translation>
    </message>
    <message>
        <source>Offline mode is on: nothing is sent to %1 until you turn it off in Settings → Privacy.</source>
        <translation>O modo offline está ativado: nada é enviado para %1 até que você o desative em Configurações → Privacidade.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::DestinationShare</name>
    <message>
        <source>Where requests went</source>
        <translation>Para onde as requisições foram</translation>
    </message>
    <message>
        <source>%1: %2% of requests, %3% of data sent</source>
        <translation>%1: %2% das requisições, %3% dos dados enviados</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Para onde foi</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Requisições enviadas</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Dados enviados</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Dictation</name>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>Nenhum microfone foi encontrado neste computador.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: connect one to dictate.</source>
        <translation>Nenhum microfone foi encontrado neste computador: conecte um para ditar.</translation>
    </message>
    <message>
        <source>Nothing was recorded: is the microphone muted?</source>
        <translation>Nada foi gravado: o microfone está mudo?</translation>
    </message>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>Nenhuma fala foi reconhecida na gravação.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::EgressChart</name>
    <message>
        <source>Data sent per day</source>
        <translation>Dados enviados por dia</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent over %n bars</source>
        <translation>
            <numerusform>%1 enviados, em %n barra</numerusform>
            <numerusform>%1 enviados, em %n barras</numerusform>
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
        <translation>JSON, com tudo preservado (*.json)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML, um único arquivo (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <source>Sotto conversations %1</source>
        <translation>Conversas do Sotto %1</translation>
    </message>
    <message>
        <source>Export all conversations (Markdown, HTML and PDF: a folder of that name)</source>
        <translation>Exportar todas as conversas (Markdown, HTML e PDF: uma pasta com esse nome)</translation>
    </message>
    <message>
        <source>Export: not encrypted</source>
        <translation>Exportação: sem criptografia</translation>
    </message>
    <message>
        <source>An exported file is not encrypted: anyone who gets it, or gets into the folder you save it in, can read the conversation, images included. Sotto will not ask again.</source>
        <translation>Um arquivo exportado não é criptografado: qualquer pessoa que o obtiver, ou que tiver acesso à pasta onde você o salvar, poderá ler a conversa, incluindo as imagens. O Sotto não vai perguntar de novo.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting conversations…</source>
        <translation>Exportando conversas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Exportar tudo</translation>
    </message>
    <message>
        <source>Exporting conversation %1 of %2…</source>
        <translation>Exportando a conversa %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n conversa exportada para %1.</numerusform>
            <numerusform>%n conversas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportação cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Greeting</name>
    <message>
        <source>Explain a concept</source>
        <translation>Explicar um conceito</translation>
    </message>
    <message>
        <source>Explain simply, with an example: </source>
        <translation>Explique de forma simples, com um exemplo: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Resumir um texto</translation>
    </message>
    <message>
        <source>Summarise this in a few sentences:
</source>
        <translation>Resuma isto em poucas frases:
</translation>
    </message>
    <message>
        <source>Draft an email</source>
        <translation>Escrever um e-mail</translation>
    </message>
    <message>
        <source>Draft a short, friendly email that </source>
        <translation>Escreva um e-mail curto e cordial que </translation>
    </message>
    <message>
        <source>Find a bug</source>
        <translation>Encontrar um bug</translation>
    </message>
    <message>
        <source>Find the bug in this code:
</source>
        <translation>Encontre o bug neste código:
</translation>
    </message>
    <message>
        <source>Start your message with “%1”</source>
        <translation>Começar sua mensagem com “%1”</translation>
    </message>
    <message>
        <source>Incognito chat</source>
        <translation>Conversa anônima</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>Como posso ajudar?</translation>
    </message>
    <message>
        <source>Nothing in this chat is kept: closing it, opening another or locking the vault forgets it.</source>
        <translation>Nada desta conversa é guardado: fechá-la, abrir outra ou bloquear o cofre a apaga.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImageViewer</name>
    <message>
        <source>Previous image</source>
        <translation>Imagem anterior</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>Imagem anterior (Esquerda)</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Próxima imagem</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>Próxima imagem (Direita)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Diminuir zoom (Ctrl+menos)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Aumentar zoom (Ctrl+mais)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajustar à janela (Ctrl+0)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamanho real</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>Tamanho real: um pixel da imagem por pixel da tela</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagem</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard (Ctrl+C)</source>
        <translation>Copiar a imagem para a área de transferência (Ctrl+C)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>Save a copy of the image as a file, outside the encrypted vault (Ctrl+S)</source>
        <translation>Salvar uma cópia da imagem como arquivo, fora do cofre criptografado (Ctrl+S)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Image %1 of %2 — %3 × %4 pixels</source>
        <translation>Imagem %1 de %2 — %3 × %4 pixels</translation>
    </message>
    <message>
        <source>Image copied to the clipboard.</source>
        <translation>Imagem copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>Save a copy outside the vault?</source>
        <translation>Salvar uma cópia fora do cofre?</translation>
    </message>
    <message>
        <source>The copy is an ordinary file outside Sotto&apos;s encrypted vault: anyone who can read the folder you choose can open it.</source>
        <translation>A cópia é um arquivo comum fora do cofre criptografado do Sotto: qualquer pessoa que possa ler a pasta escolhida pode abri-la.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>image-%1</source>
        <translation>imagem-%1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Images (*.%1)</source>
        <translation>Imagens (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Não foi possível salvar a cópia: %1</translation>
    </message>
    <message>
        <source>A copy was saved as %1.</source>
        <translation>Uma cópia foi salva como %1.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ImportFlow</name>
    <message>
        <source>Exports of Sotto, ChatGPT or Claude (*.json *.zip)</source>
        <translation>Exportações do Sotto, ChatGPT ou Claude (*.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversas</translation>
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
            <numerusform>%n conversa importada de %1</numerusform>
            <numerusform>%n conversas importadas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault, skipped</source>
        <translation>
            <numerusform>%n já estava no cofre, ignorada</numerusform>
            <numerusform>%n já estavam no cofre, ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n conversation(s) were imported before it; none half-way.</source>
        <translation>
            <numerusform>Importação cancelada: %n conversa foi importada antes; nenhuma pela metade.</numerusform>
            <numerusform>Importação cancelada: %n conversas foram importadas antes; nenhuma pela metade.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing changed: %2</source>
        <translation>%1 não foi importado, nada mudou: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Falha na importação: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::KeyringOptIn</name>
    <message>
        <source>Remember the passphrase in the system &amp;keyring</source>
        <translation>Lembrar a frase secreta no cha&amp;veiro do sistema</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Lembrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keyring</source>
        <translation>Lembrar a frase secreta no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Passphrase to remember</source>
        <translation>Frase secreta a ser lembrada</translation>
    </message>
    <message>
        <source>Your vault passphrase</source>
        <translation>A frase secreta do seu cofre</translation>
    </message>
    <message>
        <source>Remember the passphrase</source>
        <translation>Lembrar a frase secreta</translation>
    </message>
    <message>
        <source>Do not remember the passphrase</source>
        <translation>Não lembrar a frase secreta</translation>
    </message>
    <message>
        <source>Sotto then unlocks without asking while you are logged in. Anyone who can use your account while it is unlocked can open the vault too.</source>
        <translation>O Sotto passa então a desbloquear sem perguntar enquanto você estiver conectado. Qualquer pessoa que puder usar sua conta enquanto ela estiver desbloqueada também poderá abrir o cofre.</translation>
    </message>
    <message>
        <source>The keyring still holds the old passphrase: %1</source>
        <translation>O chaveiro ainda contém a frase secreta antiga: %1</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keyring.</source>
        <translation>A frase secreta foi removida do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The passphrase is now kept in the system keyring.</source>
        <translation>A frase secreta agora é guardada no chaveiro do sistema.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::LaneCard</name>
    <message>
        <source>Agent %1&apos;s reasoning</source>
        <translation>Raciocínio do agente %1</translation>
    </message>
    <message>
        <source>Agent %1&apos;s answer</source>
        <translation>Resposta do agente %1</translation>
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
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>round %1 · </source>
        <translation>rodada %1 · </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>thinking…</source>
        <translation>raciocinando…</translation>
    </message>
    <message>
        <source>answering…</source>
        <translation>respondendo…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
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
        <translation>Ocultar as colunas dos agentes (“agentes deliberaram — mostrar”, na resposta, as traz de volta)</translation>
    </message>
    <message>
        <source>Hide the agents&apos; lanes</source>
        <translation>Ocultar as colunas dos agentes</translation>
    </message>
    <message>
        <source>Contemplating…</source>
        <translation>Deliberando…</translation>
    </message>
    <message numerus="yes">
        <source>Contemplating: %n agents</source>
        <translation>
            <numerusform>Deliberação: %n agente</numerusform>
            <numerusform>Deliberação: %n agentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents contemplated this answer</source>
        <translation>
            <numerusform>%n agente deliberou sobre esta resposta</numerusform>
            <numerusform>%n agentes deliberaram sobre esta resposta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sotto::ui::LocalModelFinder</name>
    <message>
        <source>&amp;Find local models on this computer</source>
        <translation>&amp;Encontrar modelos locais neste computador</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Usar este modelo</translation>
    </message>
    <message>
        <source>Find local models on this computer</source>
        <translation>Encontrar modelos locais neste computador</translation>
    </message>
    <message>
        <source>Looks for Ollama, llama.cpp, LM Studio, vLLM and Jan on this computer only.</source>
        <translation>Procura Ollama, llama.cpp, LM Studio, vLLM e Jan somente neste computador.</translation>
    </message>
    <message>
        <source>Models found on this computer</source>
        <translation>Modelos encontrados neste computador</translation>
    </message>
    <message>
        <source>Use the chosen model</source>
        <translation>Usar o modelo escolhido</translation>
    </message>
    <message>
        <source>Looking for local models…</source>
        <translation>Procurando modelos locais…</translation>
    </message>
    <message>
        <source>&amp;Find local models again</source>
        <translation>&amp;Procurar modelos locais de novo</translation>
    </message>
    <message>
        <source>Sotto did not look: %1.</source>
        <translation>O Sotto não procurou: %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>No models yet: download one with %1 first.</source>
        <translation>Ainda não há modelos: baixe um com %1 primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) on this computer. Choose a model:</source>
        <translation>
            <numerusform>%n servidor encontrado neste computador. Escolha um modelo:</numerusform>
            <numerusform>%n servidores encontrados neste computador. Escolha um modelo:</numerusform>
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
        <translation>Privado desde a concepção</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>Suas conversas vão aparecer aqui. Nada sai deste computador até que você escolha um provedor de modelos, e cada requisição é registrada para que você veja exatamente o que foi enviado.</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N) or pick a conversation. Every request is recorded so you can see exactly what was sent.</source>
        <translation>Inicie uma nova conversa (Ctrl+N) ou escolha uma. Cada requisição é registrada para que você veja exatamente o que foi enviado.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” excluída.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Lista de conversas</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <source>New &amp;incognito chat</source>
        <translation>Nova conversa &amp;anônima</translation>
    </message>
    <message>
        <source>&amp;Find conversations</source>
        <translation>&amp;Procurar conversas</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Exportar conversa…</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>Exportar &amp;tudo…</translation>
    </message>
    <message>
        <source>&amp;Back Up Vault…</source>
        <translation>&amp;Fazer backup do cofre…</translation>
    </message>
    <message>
        <source>&amp;Restore Vault from File…</source>
        <translation>&amp;Restaurar cofre de um arquivo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Bloquear cofre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;Instant</source>
        <translation>&amp;Instantâneo</translation>
    </message>
    <message>
        <source>&amp;Thinking</source>
        <translation>&amp;Raciocínio</translation>
    </message>
    <message>
        <source>&amp;Contemplating</source>
        <translation>&amp;Deliberação</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Conversation &amp;list</source>
        <translation>&amp;Lista de conversas</translation>
    </message>
    <message>
        <source>Show or hide the conversation list (Ctrl+B)</source>
        <translation>Mostrar ou ocultar a lista de conversas (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>Painel de &amp;privacidade</translation>
    </message>
    <message>
        <source>What left this computer, request by request (Ctrl+Shift+P)</source>
        <translation>O que saiu deste computador, requisição por requisição (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>&amp;Sobre o Sotto</translation>
    </message>
    <message>
        <source>Add a model provider in Settings (Ctrl+,) to start chatting.</source>
        <translation>Adicione um provedor de modelos nas Configurações (Ctrl+,) para começar a conversar.</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Cofre bloqueado</translation>
    </message>
    <message>
        <source>Proxy from the environment not used</source>
        <translation>Proxy do ambiente não utilizado</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Cofre desbloqueado</translation>
    </message>
    <message>
        <source>Nothing sent today</source>
        <translation>Nada enviado hoje</translation>
    </message>
    <message numerus="yes">
        <source>Requests today: %n (%1)</source>
        <translation>
            <numerusform>Requisições hoje: %n (%1)</numerusform>
            <numerusform>Requisições hoje: %n (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left this computer</source>
        <translation>
            <numerusform>%n saiu deste computador</numerusform>
            <numerusform>%n saíram deste computador</numerusform>
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
        <source>About Sotto</source>
        <translation>Sobre o Sotto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;Um assistente de IA privado para desktop. Suas conversas ficam em um cofre criptografado neste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Conversations from an export of Sotto, ChatGPT or Claude (.json or .zip)</source>
        <translation>Conversas de uma exportação do Sotto, ChatGPT ou Claude (.json ou .zip)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MessageActions</name>
    <message>
        <source>Message actions</source>
        <translation>Ações da mensagem</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>Copiar o texto desta mensagem</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensagem</translation>
    </message>
    <message>
        <source>Ask for another answer (this one is kept as a version)</source>
        <translation>Pedir outra resposta (esta é mantida como uma versão)</translation>
    </message>
    <message>
        <source>Regenerate answer</source>
        <translation>Gerar a resposta novamente</translation>
    </message>
    <message>
        <source>Edit this question and ask again (the answer so far is kept as a version)</source>
        <translation>Editar esta pergunta e perguntar de novo (a resposta atual é mantida como uma versão)</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>Editar mensagem</translation>
    </message>
    <message>
        <source>Delete this message from the vault (asks first)</source>
        <translation>Excluir esta mensagem do cofre (pede confirmação)</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Excluir mensagem</translation>
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
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dispensar mensagem</translation>
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
        <translation>Instantâneo</translation>
    </message>
    <message>
        <source>Instant (Ctrl+1): a direct answer, with reasoning turned off or to its minimum. Sends your message and the conversation so far.</source>
        <translation>Instantâneo (Ctrl+1): uma resposta direta, com o raciocínio desativado ou no mínimo. Envia sua mensagem e a conversa até aqui.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Thinking (Ctrl+2): the model reasons before answering and you can read its reasoning. Sends the same as Instant and asks for reasoning, which takes longer and costs more tokens.</source>
        <translation>Raciocínio (Ctrl+2): o modelo raciocina antes de responder e você pode ler o raciocínio dele. Envia o mesmo que o Instantâneo e pede raciocínio, o que demora mais e custa mais tokens.</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Deliberação</translation>
    </message>
    <message>
        <source>Contemplating (Ctrl+3): several agents reason in parallel, then one answer is synthesised from theirs. Sends your message to each agent&apos;s provider, plus one synthesis request.</source>
        <translation>Deliberação (Ctrl+3): vários agentes raciocinam em paralelo e depois uma única resposta é sintetizada a partir das deles. Envia sua mensagem ao provedor de cada agente, mais uma requisição de síntese.</translation>
    </message>
    <message>
        <source>Who contemplates</source>
        <translation>Quem delibera</translation>
    </message>
    <message>
        <source>Who contemplates: several agents of this model, or a saved ensemble</source>
        <translation>Quem delibera: vários agentes deste modelo ou um conjunto salvo</translation>
    </message>
    <message>
        <source>Contemplate with</source>
        <translation>Deliberar com</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPicker</name>
    <message>
        <source>No provider</source>
        <translation>Nenhum provedor</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>Provedor e modelo: %1</translation>
    </message>
    <message>
        <source>Choose the provider and model, recent ones first, or type a model&apos;s name (Enter)</source>
        <translation>Escolha o provedor e o modelo, os recentes primeiro, ou digite o nome de um modelo (Enter)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ModelPickerPopup</name>
    <message>
        <source>Find a model, or type its name</source>
        <translation>Encontre um modelo ou digite o nome dele</translation>
    </message>
    <message>
        <source>Find or type a model</source>
        <translation>Encontre ou digite um modelo</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>No models listed: type a name above</source>
        <translation>Nenhum modelo listado: digite um nome acima</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Não listado</translation>
    </message>
    <message>
        <source>Use “%1” with %2</source>
        <translation>Usar “%1” com %2</translation>
    </message>
    <message>
        <source>Ask %1 for a model named “%2”</source>
        <translation>Pedir a %1 um modelo chamado “%2”</translation>
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
        <translation>Offline: somente servidores neste computador são acessados. Ativá-lo interrompe imediatamente toda requisição em andamento para outro computador.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::PrivacyPage</name>
    <message>
        <source>&amp;Offline mode: only this computer</source>
        <translation>Modo &amp;offline: somente este computador</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>Perguntar de &amp;novo</translation>
    </message>
    <message>
        <source>&amp;Keep exact copies of requests</source>
        <translation>&amp;Guardar cópias exatas das requisições</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Modo offline</translation>
    </message>
    <message>
        <source>Ask before sending</source>
        <translation>Perguntar antes de enviar</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>The first time for each provider</source>
        <translation>Na primeira vez para cada provedor</translation>
    </message>
    <message>
        <source>Every time</source>
        <translation>Todas as vezes</translation>
    </message>
    <message>
        <source>Ask again before sending to these providers</source>
        <translation>Perguntar de novo antes de enviar para estes provedores</translation>
    </message>
    <message>
        <source>Keep exact copies of requests</source>
        <translation>Guardar cópias exatas das requisições</translation>
    </message>
    <message>
        <source>&amp;Ask before sending:</source>
        <translation>&amp;Perguntar antes de enviar:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: only providers at a loopback address (such as Ollama on 127.0.0.1) are used, and every other request is refused and recorded as blocked. Turning it on also stops at once every answer still coming from another computer. The Offline button at the right of the menus is the same switch.</source>
        <translation>Nada sai deste computador: somente provedores em um endereço de loopback (como o Ollama em 127.0.0.1) são usados, e qualquer outra requisição é recusada e registrada como bloqueada. Ativá-lo também interrompe imediatamente toda resposta que ainda esteja chegando de outro computador. O botão Offline à direita dos menus é o mesmo interruptor.</translation>
    </message>
    <message>
        <source>Before a request leaves — before even the server&apos;s name is looked up — Sotto shows where it goes and waits for your yes. “The first time” asks once per provider and address until the vault is locked; changing a provider&apos;s address asks again.</source>
        <translation>Antes que uma requisição saia — antes mesmo de o nome do servidor ser resolvido —, o Sotto mostra para onde ela vai e aguarda o seu sim. “Na primeira vez” pergunta uma vez por provedor e endereço até o cofre ser bloqueado; alterar o endereço de um provedor faz perguntar de novo.</translation>
    </message>
    <message>
        <source>The privacy log always records where each request went and how big it was. With this on it also keeps the exact text that was sent (API keys masked), inside the encrypted vault, so you can inspect it.</source>
        <translation>O registro de privacidade sempre anota para onde cada requisição foi e qual era o tamanho dela. Com esta opção ativada, ele também guarda o texto exato que foi enviado (com as chaves de API mascaradas), dentro do cofre criptografado, para que você possa examiná-lo.</translation>
    </message>
    <message>
        <source>Every request to another computer goes through this proxy: http://HOST:PORT (an HTTP proxy) or socks5h://HOST:PORT (SOCKS5; the proxy looks up the names, as Tor at socks5h://127.0.0.1:9050 does). Offline mode, local-only chats and asking still judge where a request finally goes, and the privacy log names the proxy. A provider may have its own in Providers.</source>
        <translation>Toda requisição para outro computador passa por este proxy: http://HOST:PORT (um proxy HTTP) ou socks5h://HOST:PORT (SOCKS5; o proxy resolve os nomes, como faz o Tor em socks5h://127.0.0.1:9050). O modo offline, as conversas somente locais e a confirmação antes do envio continuam avaliando para onde a requisição vai no final, e o registro de privacidade indica o proxy. Um provedor pode ter o seu próprio em Provedores.</translation>
    </message>
    <message>
        <source>Not asked about, as you chose: %1</source>
        <translation>Sem perguntar, como você escolheu: %1</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderEditor</name>
    <message>
        <source>Choose a provider above, or add one.</source>
        <translation>Escolha um provedor acima ou adicione um.</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nome do provedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo padrão</translation>
    </message>
    <message>
        <source>Context budget in tokens</source>
        <translation>Orçamento de contexto em tokens</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Ati&amp;vado</translation>
    </message>
    <message>
        <source>Provider enabled</source>
        <translation>Provedor ativado</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to the internet</source>
        <translation>Permitir &amp;http sem criptografia para a internet</translation>
    </message>
    <message>
        <source>Allow plain http to the internet</source>
        <translation>Permitir http sem criptografia para a internet</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Salvar provedor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel adding this provider</source>
        <translation>Cancelar a adição deste provedor</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>The longest request to send, estimated at about 4 characters a token. When a conversation is longer, its oldest turns are left out of the request (they stay in the vault). By default the model&apos;s context length as the provider reports it applies (Test connection asks for it), else %L1 tokens; a larger budget than the reported length is lowered to it.</source>
        <translation>A requisição mais longa a ser enviada, estimada em cerca de 4 caracteres por token. Quando uma conversa é mais longa, as trocas mais antigas ficam de fora da requisição (elas permanecem no cofre). Por padrão, vale o tamanho de contexto do modelo informado pelo provedor (“Testar conexão” o consulta); senão, %L1 tokens. Um orçamento maior que o tamanho informado é reduzido para ele.</translation>
    </message>
    <message>
        <source>A disabled provider sends nothing; its requests are refused and recorded.</source>
        <translation>Um provedor desativado não envia nada; suas requisições são recusadas e registradas.</translation>
    </message>
    <message>
        <source>Plain http is not encrypted: anyone on the way to the server can read your messages and API key and change the answers. Allow it only for a server you control on a network you trust. Plain http to this computer or the local network is always allowed.</source>
        <translation>O http simples não é criptografado: qualquer pessoa no caminho até o servidor pode ler suas mensagens e sua chave de API e alterar as respostas. Permita-o somente para um servidor que você controla, em uma rede em que você confia. O http simples para este computador ou para a rede local é sempre permitido.</translation>
    </message>
    <message>
        <source>Asks the provider for its models. This is the only time the settings send anything, and the request is recorded in the privacy log.</source>
        <translation>Pede ao provedor a lista de modelos dele. Esta é a única vez em que as configurações enviam algo, e a requisição é anotada no registro de privacidade.</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modelo padrão:</translation>
    </message>
    <message>
        <source>&amp;Context budget:</source>
        <translation>&amp;Orçamento de contexto:</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>Ocu&amp;ltar dados pessoais:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Paste the API key from %1</source>
        <translation>Cole a chave de API de %1</translation>
    </message>
    <message>
        <source>Usually not needed</source>
        <translation>Geralmente não é necessária</translation>
    </message>
    <message>
        <source>To rename a provider, add it again under the new name.</source>
        <translation>Para renomear um provedor, adicione-o de novo com o novo nome.</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Cole a chave de API</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>Lida da variável de ambiente %1</translation>
    </message>
    <message>
        <source>Give the provider a name.</source>
        <translation>Dê um nome ao provedor.</translation>
    </message>
    <message>
        <source>A provider called “%1” already exists. Choose another name.</source>
        <translation>Já existe um provedor chamado “%1”. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Enter the base URL as an http:// or https:// address, for example %1.</source>
        <translation>Digite a URL base como um endereço http:// ou https://, por exemplo, %1.</translation>
    </message>
    <message>
        <source>Enter the proxy as http://HOST:PORT or socks5h://HOST:PORT, “direct”, or leave it empty.</source>
        <translation>Digite o proxy como http://HOST:PORT ou socks5h://HOST:PORT, “direct”, ou deixe o campo vazio.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Your messages go to %1 (%2).</source>
        <translation>Suas mensagens vão para %1 (%2).</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Pedindo a %1 a lista de modelos…</translation>
    </message>
    <message>
        <source>“%1” is not saved yet.</source>
        <translation>“%1” ainda não foi salvo.</translation>
    </message>
    <message>
        <source>Connected to %1, but it offers no models.</source>
        <translation>Conectado a %1, mas ele não oferece nenhum modelo.</translation>
    </message>
    <message>
        <source>Connected to %1. Models offered: %2.</source>
        <translation>Conectado a %1. Modelos oferecidos: %2.</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>Nada é salvo até você clicar em Salvar.</translation>
    </message>
    <message>
        <source>Context: %L1 tokens (reported by %2)</source>
        <translation>Contexto: %L1 tokens (informado por %2)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProviderListModel</name>
    <message>
        <source>Disabled: Sotto sends nothing to this provider.</source>
        <translation>Desativado: o Sotto não envia nada a este provedor.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Para onde vai</translation>
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
        <translation>Ocultar dados pessoais para este provedor</translation>
    </message>
    <message>
        <source>As in Privacy settings (default)</source>
        <translation>Como nas configurações de Privacidade (padrão)</translation>
    </message>
    <message>
        <source>Off for this provider</source>
        <translation>Desativado para este provedor</translation>
    </message>
    <message>
        <source>If it is on the internet</source>
        <translation>Se ele estiver na internet</translation>
    </message>
    <message>
        <source>Always, also on this computer</source>
        <translation>Sempre, inclusive neste computador</translation>
    </message>
    <message>
        <source>Save the provider first; until then it follows the Privacy settings.</source>
        <translation>Salve o provedor primeiro; até lá, ele segue as configurações de Privacidade.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::ProvidersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Providers answer your messages. A provider on this computer keeps everything here; a cloud provider receives what you send to it.</source>
        <translation>Os provedores respondem às suas mensagens. Um provedor neste computador mantém tudo aqui; um provedor na nuvem recebe o que você envia a ele.</translation>
    </message>
    <message>
        <source>Configured providers</source>
        <translation>Provedores configurados</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Adicionar um provedor</translation>
    </message>
    <message>
        <source>Remove the selected provider</source>
        <translation>Remover o provedor selecionado</translation>
    </message>
    <message>
        <source>Unsaved provider</source>
        <translation>Provedor não salvo</translation>
    </message>
    <message>
        <source>Save the new provider?</source>
        <translation>Salvar o novo provedor?</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Salvar suas alterações em “%1”?</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Remover provedor</translation>
    </message>
    <message>
        <source>Remove “%1”? Its settings and API key are deleted from the vault. Conversations that used it are kept.</source>
        <translation>Remover “%1”? As configurações e a chave de API dele serão excluídas do cofre. As conversas que o usaram são mantidas.</translation>
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
        <translation>Proxy deste provedor</translation>
    </message>
    <message>
        <source>None: requests go direct (e.g. socks5h://127.0.0.1:9050 for Tor)</source>
        <translation>Nenhum: as requisições vão direto (por exemplo, socks5h://127.0.0.1:9050 para o Tor)</translation>
    </message>
    <message>
        <source>As in Privacy settings; “direct” for none</source>
        <translation>Como nas configurações de Privacidade; “direct” para nenhum</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RecordingStrip</name>
    <message>
        <source>Stop and transcribe</source>
        <translation>Parar e transcrever</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Dictation</source>
        <translation>Ditado</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
    <message>
        <source>Time recorded</source>
        <translation>Tempo gravado</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>Parar a gravação e transcrever</translation>
    </message>
    <message>
        <source>Stop recording and write what was said into the message</source>
        <translation>Parar a gravação e escrever o que foi dito na mensagem</translation>
    </message>
    <message>
        <source>Cancel dictation</source>
        <translation>Cancelar ditado</translation>
    </message>
    <message>
        <source>Discard the recording (Esc)</source>
        <translation>Descartar a gravação (Esc)</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Gravando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcrevendo…</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RedactionBox</name>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dicionar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Withhold personal data</source>
        <translation>Ocultar dados pessoais</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Internet destinations only (default)</source>
        <translation>Somente destinos na internet (padrão)</translation>
    </message>
    <message>
        <source>Everywhere, also this computer</source>
        <translation>Em todos os lugares, inclusive neste computador</translation>
    </message>
    <message>
        <source>Your terms</source>
        <translation>Seus termos</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Novo termo</translation>
    </message>
    <message>
        <source>A name, a company, a code name</source>
        <translation>Um nome, uma empresa, um codinome</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Adicionar termo</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Remover termo</translation>
    </message>
    <message>
        <source>Before a request leaves, Sotto replaces the personal data it recognises with placeholders and puts the originals back into the answer. It recognises e-mail addresses, phone numbers, payment cards, IBANs, IP addresses, keys and tokens, and your terms below. &lt;b&gt;Detection can miss things:&lt;/b&gt; it goes by shape, not meaning, so a name not on your list, a number written in words or anything in an image is sent as it is. For data that must not leave at all, use a provider on this computer or make the conversation local-only.</source>
        <translation>Antes que uma requisição saia, o Sotto substitui os dados pessoais que reconhece por marcadores e coloca os originais de volta na resposta. Ele reconhece endereços de e-mail, números de telefone, cartões de pagamento, IBANs, endereços IP, chaves e tokens, além dos seus termos abaixo. &lt;b&gt;A detecção pode deixar coisas passarem:&lt;/b&gt; ela se baseia na forma, não no significado, então um nome que não está na sua lista, um número escrito por extenso ou qualquer coisa em uma imagem é enviado como está. Para dados que não podem sair de forma alguma, use um provedor neste computador ou torne a conversa somente local.</translation>
    </message>
    <message>
        <source>&amp;Withhold personal data:</source>
        <translation>Ocu&amp;ltar dados pessoais:</translation>
    </message>
    <message>
        <source>Your &amp;terms (withheld wherever they appear, in any case):</source>
        <translation>Seus &amp;termos (ocultados onde quer que apareçam, com qualquer combinação de maiúsculas e minúsculas):</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>“%1” já está na lista.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestInspector</name>
    <message>
        <source>Request details</source>
        <translation>Detalhes da requisição</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloqueado: %1</translation>
    </message>
    <message>
        <source>by your privacy settings</source>
        <translation>pelas suas configurações de privacidade</translation>
    </message>
    <message>
        <source>Open Settings › Providers › %1</source>
        <translation>Abrir Configurações › Provedores › %1</translation>
    </message>
    <message>
        <source>Open the Conversation</source>
        <translation>Abrir a conversa</translation>
    </message>
    <message>
        <source>Open Settings › Privacy</source>
        <translation>Abrir Configurações › Privacidade</translation>
    </message>
    <message numerus="yes">
        <source>One answer, %n requests</source>
        <translation>
            <numerusform>Uma resposta, %n requisição</numerusform>
            <numerusform>Uma resposta, %n requisições</numerusform>
        </translation>
    </message>
    <message>
        <source>A Contemplating answer sends one request per agent and one for the synthesis; they share a turn id. Expand the row to inspect each.</source>
        <translation>Uma resposta da Deliberação envia uma requisição por agente e uma para a síntese; elas compartilham um ID de turno. Expanda a linha para examinar cada uma.</translation>
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
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Redactions</source>
        <translation>Ocultações</translation>
    </message>
    <message>
        <source>Select a request to see where it went, the headers as sent and, when request copies are kept, the exact body.</source>
        <translation>Selecione uma requisição para ver para onde ela foi, os cabeçalhos como foram enviados e, quando as cópias de requisições são guardadas, o corpo exato.</translation>
    </message>
    <message>
        <source>The audit was cleared</source>
        <translation>A auditoria foi limpa</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n earlier records were deleted, with their request copies.</source>
        <translation>
            <numerusform>Em %1, %n registro anterior foi excluído, com sua cópia de requisição.</numerusform>
            <numerusform>Em %1, %n registros anteriores foram excluídos, com suas cópias de requisições.</numerusform>
        </translation>
    </message>
    <message>
        <source>This record stays so the audit never silently loses its past. Nothing was sent for it.</source>
        <translation>Este registro permanece para que a auditoria nunca perca seu passado silenciosamente. Nada foi enviado por causa dele.</translation>
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
        <translation>Classe</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Linha de requisição</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
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
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>%1 (body %2, headers %3)</source>
        <translation>%1 (corpo %2, cabeçalhos %3)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n caractere</numerusform>
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
        <translation>Histórico</translation>
    </message>
    <message numerus="yes">
        <source>%n messages sent, %1 withheld to fit the context</source>
        <translation>
            <numerusform>%n mensagem enviada, %1 deixadas de fora para caber no contexto</numerusform>
            <numerusform>%n mensagens enviadas, %1 deixadas de fora para caber no contexto</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Headers as sent</source>
        <translation>Cabeçalhos como foram enviados</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nenhum registrado.</translation>
    </message>
    <message>
        <source>Keys and tokens were masked before the headers were stored.</source>
        <translation>Chaves e tokens foram mascarados antes de os cabeçalhos serem armazenados.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Nothing was sent: the request was blocked before it left.</source>
        <translation>Nada foi enviado: a requisição foi bloqueada antes de sair.</translation>
    </message>
    <message>
        <source>%1 of body: %2 characters of text, %3 images, %4 earlier messages; %5 redactions.</source>
        <translation>%1 de corpo: %2 caracteres de texto, %3 imagens, %4 mensagens anteriores; %5 ocultações.</translation>
    </message>
    <message>
        <source>No copy of this body was kept. Turn on “Keep request copies” in Settings › Privacy to keep the exact body of later requests (in the vault; incognito requests keep none).</source>
        <translation>Nenhuma cópia deste corpo foi guardada. Ative “Guardar cópias exatas das requisições” em Configurações › Privacidade para guardar o corpo exato das próximas requisições (no cofre; requisições de conversas anônimas não guardam nenhuma).</translation>
    </message>
    <message>
        <source>[binary data, %1]</source>
        <translation>[dados binários, %1]</translation>
    </message>
    <message>
        <source>[image %1×%2, %3]</source>
        <translation>[imagem %1×%2, %3]</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Metadados removidos</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) (location, camera, dates, notes…)</source>
        <translation>
            <numerusform>%n item (local, câmera, datas, notas…)</numerusform>
            <numerusform>%n itens (local, câmera, datas, notas…)</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted (an image stored before Sotto kept that)</source>
        <translation>não contado (uma imagem guardada antes de o Sotto registrar isso)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RequestsPane</name>
    <message>
        <source>Filter requests (provider, model, host, reason…)</source>
        <translation>Filtrar requisições (provedor, modelo, host, motivo…)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrar requisições</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Qualquer destino</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Qualquer provedor</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Rede local</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>sotto::ui::RestoreVaultDialog</name>
    <message>
        <source>Restore Vault from File</source>
        <translation>Restaurar cofre de um arquivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace your vault with the backup “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Substituir seu cofre pelo backup “%1”?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your conversations, providers and settings become the backup&apos;s. The vault you have now is not deleted: it is kept as a copy in the profile&apos;s backups folder, and &apos;sotto vault restore&apos; puts it back. Any answer still being written must end first.</source>
        <translation>Suas conversas, provedores e configurações passam a ser os do backup. O cofre atual não é excluído: ele é mantido como uma cópia na pasta de backups do perfil, e &apos;sotto vault restore&apos; o coloca de volta. Qualquer resposta que ainda esteja sendo escrita precisa terminar antes.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase secreta do backup</translation>
    </message>
    <message>
        <source>The passphrase the vault had when it was backed up</source>
        <translation>A frase secreta que o cofre tinha quando o backup foi feito</translation>
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
        <translation>Backup feito em %1 às %2 · %3</translation>
    </message>
</context>
<context>
    <name>sotto::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Contemplating</source>
        <translation>Deliberação</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Fechar as configurações</translation>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Na janela</translation>
    </message>
    <message>
        <source>Writing a message</source>
        <translation>Ao escrever uma mensagem</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nova linha</translation>
    </message>
    <message>
        <source>Enter: send or new line (Settings › Appearance)</source>
        <translation>Enter: enviar ou nova linha (Configurações › Aparência)</translation>
    </message>
    <message>
        <source>Attach a copied image</source>
        <translation>Anexar uma imagem copiada</translation>
    </message>
</context>
<context>
    <name>sotto::ui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>Nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Incognito</source>
        <translation>Anônima</translation>
    </message>
    <message>
        <source>New incognito chat (Ctrl+Shift+N): never stored in the vault</source>
        <translation>Nova conversa anônima (Ctrl+Shift+N): nunca é armazenada no cofre</translation>
    </message>
    <message>
        <source>New incognito chat</source>
        <translation>Nova conversa anônima</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Nenhuma conversa ainda</translation>
    </message>
    <message>
        <source>Your chats will be listed here. Start one with New chat (Ctrl+N).</source>
        <translation>Suas conversas serão listadas aqui. Inicie uma com Nova conversa (Ctrl+N).</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>Nothing in your conversations matches “%1”. The search looks at titles, messages and reasoning.</source>
        <translation>Nada nas suas conversas corresponde a “%1”. A pesquisa considera títulos, mensagens e raciocínios.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <translation>Fixar no topo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown, JSON, HTML or PDF.</source>
        <translation>Salvar esta conversa como Markdown, JSON, HTML ou PDF.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>sotto::ui::StreamingMark</name>
    <message>
        <source>The answer is being written</source>
        <translation>A resposta está sendo escrita</translation>
    </message>
</context>
<context>
    <name>sotto::ui::UnlockDialog</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Desbloquear seu cofre</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>Digite sua frase secreta para abrir suas conversas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
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
        <translation>Sair</translation>
    </message>
    <message>
        <source>The passphrase kept in the system keyring does not open this vault. Type the passphrase to unlock it, then remember the new one in Settings → Vault.</source>
        <translation>A frase secreta guardada no chaveiro do sistema não abre este cofre. Digite a frase secreta para desbloqueá-lo e depois faça o Sotto lembrar a nova em Configurações → Cofre.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultFileFlow</name>
    <message>
        <source>Sotto vault backups (*.%1)</source>
        <translation>Backups de cofre do Sotto (*.%1)</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Fazer backup do cofre</translation>
    </message>
    <message>
        <source>Sotto vault %1</source>
        <translation>Cofre do Sotto %1</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Fazendo backup do cofre…</translation>
    </message>
    <message>
        <source>Backed up the vault to %1 (%2). It is encrypted and opens with your current passphrase.</source>
        <translation>Backup do cofre feito em %1 (%2). Ele é criptografado e abre com sua frase secreta atual.</translation>
    </message>
    <message>
        <source>Restore Vault from File</source>
        <translation>Restaurar cofre de um arquivo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2.</source>
        <translation>Cofre restaurado de %1, com backup feito em %2.</translation>
    </message>
    <message>
        <source>Restored the vault from %1, backed up on %2. The vault it replaced is kept as the copy %3.</source>
        <translation>Cofre restaurado de %1, com backup feito em %2. O cofre substituído foi mantido como a cópia %3.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VaultPage</name>
    <message>
        <source>Keep all &amp;conversations</source>
        <translation>Manter todas as &amp;conversas</translation>
    </message>
    <message>
        <source>&amp;Delete conversations not updated for</source>
        <translation>&amp;Excluir conversas não atualizadas há</translation>
    </message>
    <message>
        <source>Lock the vault after idle time</source>
        <translation>Bloquear o cofre após um tempo de inatividade</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>After %1 minutes idle</source>
        <translation>Após %1 minutos de inatividade</translation>
    </message>
    <message>
        <source>Keep all conversations</source>
        <translation>Manter todas as conversas</translation>
    </message>
    <message>
        <source>Delete old conversations</source>
        <translation>Excluir conversas antigas</translation>
    </message>
    <message>
        <source>Days without an update before a conversation is deleted</source>
        <translation>Dias sem atualização antes de uma conversa ser excluída</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Lock automatically:</source>
        <translation>&amp;Bloquear automaticamente:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retenção</translation>
    </message>
    <message>
        <source>Deletion happens every time the vault is unlocked and cannot be undone. Pinned conversations are kept.</source>
        <translation>A exclusão acontece sempre que o cofre é desbloqueado e não pode ser desfeita. As conversas fixadas são mantidas.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::VoicePage</name>
    <message>
        <source>Transcription provider</source>
        <translation>Provedor de transcrição</translation>
    </message>
    <message>
        <source>Transcription model</source>
        <translation>Modelo de transcrição</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Dictation records your voice in memory, sends it to the provider below to be written as text, and puts the text in the message for you to check. A provider on this computer (speaches, LocalAI…) keeps your voice here; every recording sent is in the privacy log.</source>
        <translation>O ditado grava sua voz na memória, envia ao provedor abaixo para virar texto e coloca o texto na mensagem para você conferir. Um provedor neste computador (speaches, LocalAI…) mantém sua voz aqui; cada gravação enviada fica no registro de privacidade.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provedor:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microfone:</translation>
    </message>
    <message>
        <source>None (dictation off)</source>
        <translation>Nenhum (ditado desligado)</translation>
    </message>
    <message>
        <source>Its API has no transcription endpoint</source>
        <translation>A API dele não tem endpoint de transcrição</translation>
    </message>
    <message>
        <source>The microphone button is shown, but nothing is sent until you choose a provider.</source>
        <translation>O botão do microfone aparece, mas nada é enviado até você escolher um provedor.</translation>
    </message>
    <message>
        <source>On this computer: your recordings stay here.</source>
        <translation>Neste computador: suas gravações ficam aqui.</translation>
    </message>
    <message>
        <source>Your recordings are sent to %1.</source>
        <translation>Suas gravações são enviadas para %1.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>Nenhum microfone foi encontrado neste computador.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Sotto</source>
        <translation>Boas-vindas ao Sotto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your vault is ready. Where should your questions go?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seu cofre está pronto. Para onde suas perguntas devem ir?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;A local model&lt;/b&gt; (Ollama, llama.cpp or LM Studio) runs on this computer. Your messages never leave it: nothing is sent over the network, and Sotto works offline.</source>
        <translation>&lt;b&gt;Um modelo local&lt;/b&gt; (Ollama, llama.cpp ou LM Studio) é executado neste computador. Suas mensagens nunca saem dele: nada é enviado pela rede, e o Sotto funciona offline.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud provider&lt;/b&gt; (OpenAI, Anthropic, Gemini and others) runs on that company&apos;s servers. Your messages, and any images you attach, go to it over the internet, and its own privacy terms apply. Sotto records every request in the privacy log, so you can see exactly what was sent and where.</source>
        <translation>&lt;b&gt;Um provedor na nuvem&lt;/b&gt; (OpenAI, Anthropic, Gemini e outros) é executado nos servidores da empresa. Suas mensagens, e as imagens que você anexar, vão para ele pela internet, e os termos de privacidade dele se aplicam. O Sotto anota cada requisição no registro de privacidade, para que você veja exatamente o que foi enviado e para onde.</translation>
    </message>
    <message>
        <source>Use a &amp;local model</source>
        <translation>Usar um modelo &amp;local</translation>
    </message>
    <message>
        <source>Use a local model (Ollama, llama.cpp or LM Studio)</source>
        <translation>Usar um modelo local (Ollama, llama.cpp ou LM Studio)</translation>
    </message>
    <message>
        <source>Add a &amp;cloud provider</source>
        <translation>Adicionar um provedor na &amp;nuvem</translation>
    </message>
    <message>
        <source>Add a cloud provider</source>
        <translation>Adicionar um provedor na nuvem</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir depois</translation>
    </message>
</context>
</TS>
